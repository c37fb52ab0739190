#!/usr/bin/env python3
"""Run `quarks check` and the independent check_witness.py on the golden witnesses
and on seeded mutants of them, and fail on any disagreement.

    compare.py QUARKS ROOT [--keep DIR] [--jobs N] [--seed S]

For each file: `quarks check FILE --method exhaustive`, also `--method both`
(Z3) when n <= 12, and `check_witness.py FILE`, with the same flags. They must
give the same exit code and, on a lemma-5.1/5.2 verdict, the same coverage word
(complete/partial) and, on a weakened file, both the weakened mark. Where a
mutant's class is certain from docs/witness-format.md (for example "010" is bad
input) both must also give that class, so the two cannot agree on a wrong
answer there. The mutant set must contain files of every class (0, 1 and 2).
On failure the files are kept and their directory is printed.
"""
import argparse
import concurrent.futures
import copy
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKER = HERE / "check_witness.py"
WEAK = "[weakened: gates strict only at selector points]"
MIN_PER_CLASS = 10


class Dup(str):
    """A dict key equal in text to another key but distinct in the dict:
    json.dumps then writes the key twice (a duplicate-key mutant)."""
    __hash__ = object.__hash__

    def __eq__(self, other):
        return self is other


class Mutant:
    def __init__(self, name, text, expect=None, word=None, flags=(), n=None):
        self.name, self.text, self.flags, self.n = name, text, tuple(flags), n
        self.expect = expect  # exit code the doc implies, or None when it depends on the numbers
        self.word = word      # coverage word the doc implies ("complete"/"partial"), or None


def dumps(w, raw=None):
    """JSON text of w; each placeholder string RAW<i> is replaced by raw[i] verbatim."""
    text = json.dumps(w, indent=1, ensure_ascii=False)
    for i, r in enumerate(raw or []):
        text = text.replace(f'"RAW{i}"', r)
    return text.encode("utf-8")


# ------------------------------------------------------------ mutations

def mutants_of(name, golden, rng):
    """Every mutant of one golden witness: a list of Mutant."""
    out = []
    stem = name[:-len(".json")]
    claim = golden["claim"]
    n = golden.get("n")
    base_rc = 1 if name in REFUTED_GOLDENS else 0  # witnesses/README.md

    def add(tag, w=None, raw=None, text=None, expect=None, word=None, flags=()):
        data = text if text is not None else dumps(w, raw)
        out.append(Mutant(f"{stem}--{tag}-{len(out)}.json", data, expect, word, flags, n))

    def edit(change):
        w = copy.deepcopy(golden)
        change(w)
        return w

    plain = dumps(golden)
    other_claim = "lemma-5.3" if claim != "lemma-5.3" else "lemma-5.4"

    # --- §JSON and §Common fields, on every golden witness
    add("bom", text=b"\xef\xbb\xbf" + plain, expect=2)
    add("dup-top-same", edit(lambda w: w.__setitem__(Dup("version"), 1)), expect=2)
    add("dup-top-claim", edit(lambda w: w.__setitem__(Dup("claim"), other_claim)), expect=2)
    add("dup-construction", edit(lambda w: w["construction"].update({"x": 2, Dup("x"): 1})), expect=2)
    add("unknown-top", edit(lambda w: w.__setitem__("comment", "hello")), expect=2)
    add("misspelled-claim", edit(lambda w: rename(w, "claim", "claims")), expect=2)
    add("claim-other", edit(lambda w: w.__setitem__("claim", other_claim)), expect=2)
    add("version--0", edit(lambda w: w.__setitem__("version", "RAW0")), raw=["-0"], expect=2)
    add("generator-float", edit(lambda w: w.setdefault("generator", {}).__setitem__("x", "RAW0")),
        raw=["1.5"], expect=2)
    add("construction-changed", edit(lambda w: w.__setitem__("construction", {"M": "1", "y": [1]})),
        expect=base_rc)  # informational fields cannot change a verdict
    add("flag-allow-weakened", golden, expect=base_rc, flags=["--allow-weakened"])  # no effect on "cube"
    if name in JSON_GOLDENS:
        json_mutants(golden, add, edit, plain, base_rc)

    if claim in ("lemma-5.3", "lemma-5.4"):
        selector_mutants(golden, rng, add, edit)
    elif claim == "lemma-5.1":
        lemma_5_1_mutants(golden, rng, add, edit, base_rc)
    elif claim == "theorem-4.3":
        layer_mutants(golden, rng, add, edit, base_rc)
    else:
        lemma_5_2_mutants(golden, rng, add, edit, base_rc)
    return out


# The golden witnesses whose claim is false (errata): witnesses/README.md.
REFUTED_GOLDENS = ("lemma-5.2-paper-k2.json", "theorem-4.3-paper-n2-m2-s1.json")

JSON_GOLDENS = ("composition-AND-n8-d1-s7.json", "lemma-5.1-arity2.json", "lemma-5.2-paper-k2.json")


def json_mutants(golden, add, edit, plain, base_rc):
    """The JSON layer in depth (§JSON, §Integers, §Common fields), on JSON_GOLDENS only."""
    add("trailing-garbage", text=plain + b"\nx", expect=2)
    add("two-values", text=plain + b"\n{}", expect=2)
    add("trailing-space", text=b"\n " + plain + b" \n\t\r\n", expect=base_rc)
    add("form-feed", text=plain + b"\f", expect=2)  # not JSON white space
    add("nbsp", text=plain + "\u00a0".encode(), expect=2)
    add("not-utf8", text=plain.replace(b'"paper": "', b'"paper": "\xff', 1), expect=2)
    add("utf8-surrogate", text=plain.replace(b'"paper": "', b'"paper": "\xed\xa0\x80', 1), expect=2)
    add("utf8-overlong", text=plain.replace(b'"paper": "', b'"paper": "\xc0\xaf', 1), expect=2)
    add("utf8-text", edit(lambda w: w.__setitem__("paper", "Lemme 5 \u2014 \u00e9t\u00e9 \U0001d53d")),
        expect=base_rc)
    add("control-char", text=plain.replace(b'"paper": "', b'"paper": "\t', 1), expect=2)
    add("escaped-nul", edit(lambda w: w.__setitem__("paper", "RAW0")), raw=['"a\\u0000b"'], expect=base_rc)
    add("escaped-pair", edit(lambda w: w.__setitem__("paper", "RAW0")), raw=['"\\ud83d\\ude00"'],
        expect=base_rc)
    # an unpaired surrogate escape: the doc is silent; quarks and check_witness.py refuse it
    add("escaped-lone-surrogate", edit(lambda w: w.__setitem__("paper", "RAW0")), raw=['"\\ud800"'], expect=2)
    add("escaped-key", edit(lambda w: rename(w, "paper", "RAW0")), raw=['"\\u0070aper"'], expect=base_rc)
    add("array", text=b"[" + plain + b"]", expect=2)
    add("empty", text=b"", expect=2)
    add("deep", text=plain[:-2] + b', "deep": ' + b"[" * 100000 + b"]" * 100000 + b"}", expect=2)
    for depth, rc in [(64, base_rc), (65, 2)]:  # the top-level object is level 1
        add(f"nesting-{depth}", edit(lambda w: w.__setitem__("generator", nested(depth - 1))), expect=rc)
    # duplicate keys: nested, inside the free-form objects, and written with an escape
    add("dup-escaped", edit(lambda w: w.__setitem__("RAW0", 1)), raw=['"\\u0076ersion"'], expect=2)
    add("dup-encoding", edit(lambda w: w["encoding"].__setitem__(Dup("inputs"), w["encoding"]["inputs"])),
        expect=2)
    add("dup-generator", edit(lambda w: w.setdefault("generator", {}).update({"a": 1, Dup("a"): 1})),
        expect=2)
    add("dup-generator-deep", edit(lambda w: w.setdefault("generator", {}).__setitem__(
        "list", [{"a": 1, Dup("a"): 1}])), expect=2)
    # unknown, misspelled and missing keys
    add("unknown-encoding", edit(lambda w: w["encoding"].__setitem__("extra", "x")), expect=2)
    add("unknown-empty-key", edit(lambda w: w.__setitem__("", 1)), expect=2)
    add("misspelled-encoding", edit(lambda w: rename(w, "encoding", "encodings")), expect=2)
    add("misspelled-format", edit(lambda w: rename(w, "format", "Format")), expect=2)
    add("missing-version", edit(lambda w: w.pop("version")), expect=2)
    # JSON numbers: integers only, in the signed 64-bit range
    for tag, raw in [("1.0", "1.0"), ("1e0", "1e0"), ("1E0", "1E0"), ("NaN", "NaN"), ("01", "01"),
                     ("str", '"1"'), ("2", "2"), ("true", "true"), ("null", "null"), ("+1", "+1")]:
        add(f"version-{tag}", edit(lambda w: w.__setitem__("version", "RAW0")), raw=[raw], expect=2)
    for tag, raw, rc in [("exp", "1e3", 2), ("inf", "Infinity", 2), ("-inf", "-Infinity", 2),
                         ("2^63", "9223372036854775808", 2), ("-2^63-1", "-9223372036854775809", 2),
                         ("2^63-1", "9223372036854775807", base_rc),
                         ("-2^63", "-9223372036854775808", base_rc), ("-0", "-0", 2), ("-0.0", "-0.0", 2),
                         ("5000-digit-number", "7" * 5000, 2), ("5000-digit-string", '"' + "7" * 5000 + '"',
                                                                 base_rc)]:
        add(f"generator-number-{tag}", edit(lambda w: w.setdefault("generator", {}).__setitem__("x", "RAW0")),
            raw=[raw], expect=rc)
    # the common fields
    add("format", edit(lambda w: w.__setitem__("format", "quarks-witnesses")), expect=2)
    add("encoding-changed", edit(lambda w: w["encoding"].__setitem__("integers", "decimal strings")), expect=2)
    add("encoding-reordered", edit(lambda w: w.__setitem__("encoding", dict(reversed(w["encoding"].items())))),
        expect=base_rc)
    add("encoding-missing-key", edit(lambda w: w["encoding"].pop("selector")), expect=2)
    add("paper-number", edit(lambda w: w.__setitem__("paper", 5)), expect=2)
    add("paper-null", edit(lambda w: w.__setitem__("paper", None)), expect=2)
    add("statement-list", edit(lambda w: w.__setitem__("statement", ["x"])), expect=2)
    add("generator-string", edit(lambda w: w.__setitem__("generator", "quarks")), expect=2)
    add("paper-changed", edit(lambda w: w.__setitem__("paper", "Lemma 9.9")), expect=base_rc)
    add("informational-removed", edit(lambda w: [w.pop(key) for key in ("paper", "statement", "generator",
                                                                         "construction") if key in w]),
        expect=base_rc)


def rename(obj, old, new):
    obj[new] = obj.pop(old)


def nested(levels):
    """An object `levels` deep: {"a": {"a": ... {}}}."""
    value = {}
    for _ in range(levels - 1):
        value = {"a": value}
    return value


def selector_mutants(golden, rng, add, edit):
    n, k = golden["n"], golden["k"]
    claim = golden["claim"]
    gates, inputs = golden["gates"], golden["inputs"]

    # coefficient +-1 in a gate or an input (the verdict depends on the numbers)
    for _ in range(4):
        for where in ("gates", "inputs"):
            p = rng.randrange(len(golden[where]))
            t = rng.randrange(len(golden[where][p]["terms"]))
            d = rng.choice((-1, 1))

            def bump(w, where=where, p=p, t=t, d=d):
                term = w[where][p]["terms"][t]
                term[0] = str(int(term[0]) + d) if int(term[0]) + d != 0 else str(2 * d)
            add(f"{where}-coef{d:+d}", edit(bump))
    # the gate constant (first term, no variables) written in a refused way
    constant = gates[0]["terms"][0]
    assert len(constant) == 1
    value = constant[0]
    for tag, text in [("lead0", "0" + value.lstrip("-") if not value.startswith("-") else "-0" + value[1:]),
                      ("plus", "+" + value.lstrip("-")), ("minus0", "-0"), ("space", " " + value),
                      ("space-after", value + " "), ("1e3", "1e3"), ("0x10", "0x10"), ("1.0", "1.0"),
                      ("empty", ""), ("00", "00"), ("08", "08"), ("digits-unicode", "\u0661\u0662")]:
        add(f"gate-constant-{tag}", edit(lambda w: w["gates"][0]["terms"][0].__setitem__(0, text)), expect=2)
    add("gate-constant-json-int", edit(lambda w: w["gates"][0]["terms"][0].__setitem__(0, int(value))),
        expect=2)
    add("input-coef-lead0", edit(lambda w: w["inputs"][0]["terms"][-1].__setitem__(
        0, re.sub(r"^(-?)", r"\g<1>0", w["inputs"][0]["terms"][-1][0]))), expect=2)
    add("gate-constant-5000-digits", edit(lambda w: w["gates"][0]["terms"][0].__setitem__(0, "9" * 5000)),
        expect=1)  # sign F_0 is then +1 everywhere, so some case fails
    # polynomial canonical form
    add("zero-term", edit(lambda w: w["gates"][0]["terms"].append(["0", 0, n - 1])), expect=2)
    add("dup-monomial", edit(lambda w: w["gates"][0]["terms"].append(list(w["gates"][0]["terms"][1]))),
        expect=2)
    add("dup-monomial-input", edit(lambda w: w["inputs"][0]["terms"].append(
        ["2"] + w["inputs"][0]["terms"][-1][1:])), expect=2)
    add("unsorted-vars", edit(lambda w: w["gates"][0]["terms"].append(["2", n - 1, 0])), expect=2)
    add("repeated-var", edit(lambda w: w["gates"][0]["terms"].append(["2", 1, 1])), expect=2)
    add("var-out-of-range", edit(lambda w: w["gates"][0]["terms"].append(["2", n])), expect=2)
    add("var-negative", edit(lambda w: w["inputs"][0]["terms"].append(["2", -1])), expect=2)
    add("var-string", edit(lambda w: w["gates"][0]["terms"][1].__setitem__(1, "0")), expect=2)
    add("empty-term", edit(lambda w: w["gates"][0]["terms"].append([])), expect=2)
    add("gate-variables", edit(lambda w: w["gates"][0].__setitem__("variables", n - 1)), expect=2)
    add("input-variables", edit(lambda w: w["inputs"][0].__setitem__("variables", n)), expect=2)
    add("terms-shuffled", edit(lambda w: [rng.shuffle(p["terms"]) for p in w["gates"] + w["inputs"]]),
        expect=0)
    add("zero-polynomial-input", edit(lambda w: w["inputs"][0].__setitem__("terms", [])), expect=1)
    # keys of the polynomials, operator and cases
    add("dup-gate-key", edit(lambda w: w["gates"][0].__setitem__(Dup("variables"), n)), expect=2)
    add("dup-case-key", edit(lambda w: w["cases"][0].__setitem__(Dup("selector"), 0)), expect=2)
    add("dup-operator-key", edit(lambda w: w["operator"].__setitem__(Dup("arity"), w["operator"]["arity"])),
        expect=2)
    add("unknown-gate", edit(lambda w: w["gates"][0].__setitem__("degree", 1)), expect=2)
    add("unknown-case", edit(lambda w: w["cases"][0].__setitem__("note", "x")), expect=2)
    add("unknown-operator", edit(lambda w: w["operator"].__setitem__("arity2", 2)), expect=2)
    add("misspelled-degree_bound", edit(lambda w: rename(w["gates"][0], "degree_bound", "degree_bund")), expect=2)
    add("misspelled-strict_on", edit(lambda w: rename(w, "strict_on", "strict_in")), expect=2)
    add("misspelled-truth_table", edit(lambda w: rename(w["operator"], "truth_table", "truthtable")), expect=2)
    add("misspelled-equals", edit(lambda w: rename(w["cases"][0], "equals", "equal")), expect=2)
    add("gate-name", edit(lambda w: w["gates"][0].__setitem__("name", "F_1")), expect=2)
    add("input-name", edit(lambda w: w["inputs"][0].__setitem__("name", "f")), expect=2)
    add("names-removed", edit(lambda w: [p.pop("name") for p in w["gates"] + w["inputs"]]), expect=0)
    # strict_on: the weakened claim needs --allow-weakened
    weak = edit(lambda w: w.__setitem__("strict_on", "selector-points"))
    add("selector-points", weak, expect=2)
    add("selector-points-allowed", weak, expect=0, flags=["--allow-weakened"])
    add("strict_on-Cube", edit(lambda w: w.__setitem__("strict_on", "Cube")), expect=2)
    dense = golden.get("selector") == "dense"
    if k >= 2 and not dense:  # F_0 + c z_1 z_2: zero off the selector points only
        F = golden["gates"][0]
        at = sum(int(t[0]) for t in F["terms"] if set(t[1:]) <= {0, 1})  # F_0 at z_1 = z_2 = 1, x = 0

        def off_selector_zero(w):
            w["gates"][0]["terms"].append([str(-at), 0, 1])
            w["gates"][0]["degree_bound"] = max(2, w["gates"][0]["degree_bound"])
        add("zero-off-selector", edit(off_selector_zero), expect=1)
        weak_zero = edit(lambda w: (off_selector_zero(w), w.__setitem__("strict_on", "selector-points")))
        add("zero-off-selector-weakened", weak_zero, expect=0, flags=["--allow-weakened"])
    # n, k, degree bounds
    add("n-plus-1", edit(lambda w: w.__setitem__("n", n + 1)), expect=2)
    add("k-equals-n", edit(lambda w: w.__setitem__("k", n)), expect=2)
    add("k-0", edit(lambda w: w.__setitem__("k", 0)), expect=2)
    add("n-string", edit(lambda w: w.__setitem__("n", str(n))), expect=2)
    for j, g in enumerate(gates):
        degree = max(len(t) - 1 for t in g["terms"])
        add(f"degree-bound-below-{j}", edit(lambda w: w["gates"][j].__setitem__("degree_bound", degree - 1)),
            expect=1 if degree >= 2 else 2)
    add("degree-bound-n", edit(lambda w: w["gates"][0].__setitem__("degree_bound", n)), expect=0)
    add("degree-bound-n+1", edit(lambda w: w["gates"][0].__setitem__("degree_bound", n + 1)), expect=2)
    # cases
    add("cases-short", edit(lambda w: w["cases"].pop()), expect=2)
    add("case-selector", edit(lambda w: w["cases"][1].__setitem__("selector", 0)), expect=2)
    add("case-selector-string", edit(lambda w: w["cases"][0].__setitem__("selector", "0")), expect=2)
    for tag, target in [("plus-f0", "+f_0"), ("f00", "f_00"), ("f+1", "f_+1"), ("f9", "f_9"), ("one", "1")]:
        add(f"case-target-{tag}", edit(lambda w: w["cases"][0].__setitem__("equals", target)), expect=2)
    f_case = next(i for i, c in enumerate(golden["cases"]) if "f_" in c["equals"])
    if claim == "lemma-5.4":
        add("case-target-f0-at-1", edit(lambda w: w["cases"][1].__setitem__("equals", "f_0")), expect=2)
        add("case-target-negated", edit(lambda w: w["cases"][0].__setitem__("equals", "-f_0")), expect=2)
        add("case-target-constant", edit(lambda w: w["cases"][0].__setitem__("equals", "+1")), expect=2)
        add("inputs-short", edit(lambda w: w["inputs"].pop()), expect=2)
        add("gates-short", edit(lambda w: w["gates"].pop()), expect=2)
        # a reducible operator of the same arity: B = z_0 (table 0101..)
        a = golden["operator"]["arity"]
        z0 = ("01" * 2 ** (a - 1))
        add("reducible-operator", edit(lambda w: w.__setitem__("operator", {"arity": a, "truth_table": z0})),
            expect=2)
        negated = "".join("10"[int(c)] for c in golden["operator"]["truth_table"])  # irreducible too
        add("negated-operator", edit(lambda w: w.__setitem__("operator", {"arity": a, "truth_table": negated})),
            expect=1)
        add("gates-negated", edit(lambda w: [t.__setitem__(0, neg(t[0]))
                                             for g in w["gates"] for t in g["terms"]]))  # XOR: still verified
        if a == 2:
            add("operator-wrong-name", edit(lambda w: w["operator"].__setitem__(
                "name", "OR" if w["operator"]["truth_table"] != "0111" else "AND")), expect=2)
        else:
            add("operator-named", edit(lambda w: w["operator"].__setitem__("name", "MAJ")), expect=2)
        add("operator-short-table", edit(lambda w: w["operator"].__setitem__("truth_table", "01")), expect=2)
        add("operator-table-2", edit(lambda w: w["operator"].__setitem__(
            "truth_table", w["operator"]["truth_table"][:-1] + "2")), expect=2)
    else:
        const_case = next(i for i, c in enumerate(golden["cases"]) if "f_" not in c["equals"])
        flip = {"+1": "-1", "-1": "+1", "f_0": "-f_0", "-f_0": "f_0"}
        add("case-target-constant-flipped", edit(lambda w: w["cases"][const_case].__setitem__(
            "equals", flip[w["cases"][const_case]["equals"]])), expect=1)
        add("case-target-f-negated", edit(lambda w: w["cases"][f_case].__setitem__(
            "equals", flip[w["cases"][f_case]["equals"]])), expect=1)
        add("case-target-no-f", edit(lambda w: w["cases"][f_case].__setitem__("equals", "+1")), expect=2)
        add("case-target-two-f", edit(lambda w: w["cases"][const_case].__setitem__("equals", "f_0")), expect=2)
        add("case-target-f1", edit(lambda w: w["cases"][f_case].__setitem__("equals", "f_1")), expect=2)
        add("operator-negation", edit(lambda w: w["operator"].__setitem__("truth_table", "10")), expect=2)
        add("operator-named", edit(lambda w: w["operator"].__setitem__("name", "ID")), expect=2)
        add("operator-arity-2", edit(lambda w: w.__setitem__("operator", {"arity": 2, "truth_table": "0101"})),
            expect=2)
        add("two-inputs", edit(lambda w: w["inputs"].append(copy.deepcopy(w["inputs"][0]))), expect=2)
    # §Dense selectors: the "selector" field, the codes, the dense encoding block
    add("selector-Dense", edit(lambda w: w.__setitem__("selector", "Dense")), expect=2)
    add("selector-number", edit(lambda w: w.__setitem__("selector", 1)), expect=2)
    if not dense:
        add("selector-sparse-explicit", edit(lambda w: w.__setitem__("selector", "sparse")), expect=0)
        add("selector-dense-on-sparse", edit(lambda w: w.__setitem__("selector", "dense")), expect=2)
        add("code-on-sparse", edit(lambda w: w["cases"][0].__setitem__("code", 0)), expect=2)
        return
    codes = [c["code"] for c in golden["cases"]]
    add("selector-removed", edit(lambda w: w.pop("selector")), expect=2)
    add("selector-sparse", edit(lambda w: w.__setitem__("selector", "sparse")), expect=2)
    add("sparse-encoding", edit(lambda w: w["encoding"].__setitem__(
        "selector", "variables 0..k-1 are z_1..z_k, variables k..n-1 are x; e_0 = 0, e_i sets variable i-1")),
        expect=2)
    add("code-missing", edit(lambda w: w["cases"][1].pop("code")), expect=2)
    add("code-repeated", edit(lambda w: w["cases"][1].__setitem__("code", codes[0])), expect=2)
    add("code-2^k", edit(lambda w: w["cases"][0].__setitem__("code", 2 ** k)), expect=2)
    add("code-negative", edit(lambda w: w["cases"][0].__setitem__("code", -1)), expect=2)
    add("code-string", edit(lambda w: w["cases"][0].__setitem__("code", str(codes[0]))), expect=2)
    add("k-plus-1", edit(lambda w: w.__setitem__("k", k + 1)), expect=2)
    # two cases exchange their codes: F_0 is then read where f_1 is selected
    add("codes-swapped", edit(lambda w: (w["cases"][0].__setitem__("code", codes[1]),
                                         w["cases"][1].__setitem__("code", codes[0]))), expect=1)
    unused = [c for c in range(2 ** k) if c not in codes]
    if unused:  # case 0 moved to an unused code: F_0 is the constant +1 there
        add("code-unused", edit(lambda w: w["cases"][0].__setitem__("code", unused[0])), expect=1)

def neg(c):
    return c[1:] if c.startswith("-") else "-" + c


def lemma_5_1_mutants(golden, rng, add, edit, base_rc):
    items = golden["items"]
    r = rng.randrange(len(items))
    add("one-item", edit(lambda w: w.__setitem__("items", [w["items"][r]])), expect=base_rc, word="partial")
    add("all-but-one", edit(lambda w: w["items"].pop(r)), expect=base_rc, word="partial")
    add("dup-item", edit(lambda w: w["items"].append(copy.deepcopy(w["items"][r]))), expect=base_rc,
        word="complete")
    add("items-shuffled", edit(lambda w: rng.shuffle(w["items"])), expect=base_rc, word="complete")
    add("items-empty", edit(lambda w: w.__setitem__("items", [])), expect=2)
    add("items-object", edit(lambda w: w.__setitem__("items", {})), expect=2)
    add("mixed-arity", edit(lambda w: w["items"].append(
        {"operator": {"arity": 4, "truth_table": "0" * 15 + "1"}, "index": 3, "theta": 1, "signs": [1, 1, 1, 0]})),
        expect=base_rc, word="partial")
    identity = {"arity": 1, "truth_table": "01"}
    negation = {"arity": 1, "truth_table": "10"}
    add("arity-1-partial", edit(lambda w: w.__setitem__("items", [
        {"operator": identity, "index": 0, "theta": 1, "signs": [0]}])), expect=0, word="partial")
    add("arity-1-complete", edit(lambda w: w.__setitem__("items", [
        {"operator": identity, "index": 0, "theta": 1, "signs": [0]},
        {"operator": negation, "index": 0, "theta": -1, "signs": [0]}])), expect=0, word="complete")
    add("mixed-arity-12", edit(lambda w: w["items"].append(  # AND of 12: z_11 when the others are +1
        {"operator": {"arity": 12, "truth_table": "0" * 4095 + "1"}, "index": 11, "theta": 1,
         "signs": [1] * 11 + [0]})), expect=base_rc, word="partial")
    add("arity-12-refuted", edit(lambda w: w.__setitem__("items", [
        {"operator": {"arity": 12, "truth_table": "0" * 4095 + "1"}, "index": 0, "theta": 1,
         "signs": [0] + [1] * 10 + [-1]}])), expect=1, word="partial")
    for _ in range(3):
        r = rng.randrange(len(items))
        add("theta-flipped", edit(lambda w: w["items"][r].__setitem__("theta", -w["items"][r]["theta"])),
            expect=1, word="complete")
        s = rng.choice([p for p, v in enumerate(items[r]["signs"]) if v != 0])
        add("sign-flipped", edit(lambda w: w["items"][r]["signs"].__setitem__(s, -w["items"][r]["signs"][s])),
            word="complete")
    add("theta-0", edit(lambda w: w["items"][r].__setitem__("theta", 0)), expect=2)
    add("theta-string", edit(lambda w: w["items"][r].__setitem__("theta", "1")), expect=2)
    add("theta-2", edit(lambda w: w["items"][r].__setitem__("theta", 2)), expect=2)
    add("index-out-of-range", edit(lambda w: w["items"][r].__setitem__("index", w["items"][r]["operator"]["arity"])),
        expect=2)
    add("signs-zero-moved", edit(lambda w: w["items"][r].__setitem__("signs", [0] * len(w["items"][r]["signs"]))),
        expect=2)
    add("signs-short", edit(lambda w: w["items"][r]["signs"].pop()), expect=2)
    add("signs-2", edit(lambda w: w["items"][r]["signs"].__setitem__(
        (w["items"][r]["index"] + 1) % len(w["items"][r]["signs"]), 2)), expect=2)
    a = items[0]["operator"]["arity"]
    add("reducible-operator", edit(lambda w: w["items"][0].__setitem__(
        "operator", {"arity": a, "truth_table": "01" * 2 ** (a - 1)})), expect=2)
    add("reducible-operator-constant", edit(lambda w: w["items"][0].__setitem__(
        "operator", {"arity": a, "truth_table": "1" * 2 ** a})), expect=2)
    named = [p for p, it in enumerate(items) if "name" in it["operator"]]
    if named:
        p = named[0]
        add("operator-wrong-name", edit(lambda w: w["items"][p]["operator"].__setitem__("name", "TRUE")), expect=2)
        add("operator-lowercase-name", edit(lambda w: w["items"][p]["operator"].__setitem__(
            "name", w["items"][p]["operator"]["name"].lower())), expect=2)
        add("operator-name-removed", edit(lambda w: w["items"][p]["operator"].pop("name")), expect=base_rc,
            word="complete")
    else:
        add("operator-named", edit(lambda w: w["items"][0]["operator"].__setitem__("name", "AND")), expect=2)
    add("operator-arity-13", edit(lambda w: w["items"][0]["operator"].__setitem__("arity", 13)), expect=2)
    add("operator-table-x", edit(lambda w: w["items"][0]["operator"].__setitem__(
        "truth_table", "x" + w["items"][0]["operator"]["truth_table"][1:])), expect=2)
    add("dup-item-key", edit(lambda w: w["items"][0].__setitem__(Dup("theta"), w["items"][0]["theta"])), expect=2)
    add("dup-operator-key", edit(lambda w: w["items"][1]["operator"].__setitem__(
        Dup("truth_table"), w["items"][1]["operator"]["truth_table"])), expect=2)
    add("unknown-item-key", edit(lambda w: w["items"][0].__setitem__("k", 1)), expect=2)
    add("misspelled-theta", edit(lambda w: rename(w["items"][0], "theta", "teta")), expect=2)
    add("misspelled-index", edit(lambda w: rename(w["items"][0], "index", "i")), expect=2)


def layer_mutants(golden, rng, add, edit, base_rc):
    """§theorem-4.3: sizes, names, the output gate, and corruptions of the numbers."""
    n, m = golden["n"], golden["m"]
    s = (m - 1).bit_length()
    add("m-0", edit(lambda w: w.__setitem__("m", 0)), expect=2)
    add("m-8", edit(lambda w: w.__setitem__("m", 8)), expect=2)  # m entries expected: lists too short
    add("m-1025", edit(lambda w: w.__setitem__("m", 1025)), expect=2)  # above the format's 1..1024
    add("n-1", edit(lambda w: w.__setitem__("n", 1)), expect=2)
    add("n-string", edit(lambda w: w.__setitem__("n", str(n))), expect=2)
    if 2 ** (n - 1) + 1 <= 1024:  # more pairs than 2^(n-1): x^+ would be empty
        add("m-too-large", edit(lambda w: w.__setitem__("m", 2 ** (n - 1) + 1)), expect=2)
    add("h-plus-missing-unit", edit(lambda w: w["h_plus"].pop()), expect=2)
    add("g-missing", edit(lambda w: w.pop("g")), expect=2)
    add("weights-short", edit(lambda w: w["output"]["weights"].pop()), expect=2)
    add("bias-minus0", edit(lambda w: w["output"].__setitem__("bias", "-0")), expect=2)
    add("bias-json-int", edit(lambda w: w["output"].__setitem__("bias", int(w["output"]["bias"]))), expect=2)
    add("output-unknown-key", edit(lambda w: w["output"].__setitem__("threshold", "0")), expect=2)
    add("h-name", edit(lambda w: w["h"][0].__setitem__("name", "g_0")), expect=2)
    add("h-plus-name", edit(lambda w: w["h_plus"][0].__setitem__("name", "h_0")), expect=2)
    add("h-plus-variables", edit(lambda w: w["h_plus"][0].__setitem__("variables", n)), expect=2)
    add("g-degree-bound", edit(lambda w: w["g"][0].__setitem__("degree_bound", 1)), expect=2)
    add("h-plus-quadratic", edit(lambda w: w["h_plus"][0]["terms"].append(["2", 0, n - s - 1])),
        expect=2)  # n - s = 1 makes it a repeated variable: bad input too
    add("selector-encoding", edit(lambda w: w["encoding"].__setitem__(
        "selector", "variables 0..k-1 are z_1..z_k, variables k..n-1 are x; e_0 = 0, e_i sets variable i-1")),
        expect=2)
    # a quadratic gate is no LTF: refuted whatever the numbers
    add("g-quadratic", edit(lambda w: w["g"][0]["terms"].append(["2", 0, n - 1])), expect=1)
    # h_0 negated flips y_0 everywhere; at x- = 0 every other y_i is -1 (corrected) or
    # the claim was false already (paper), so the claim is false either way
    add("h0-negated", edit(lambda w: [t.__setitem__(0, str(-int(t[0]))) for t in w["h"][0]["terms"]]), expect=1)
    # y_i = h_i g_i: the two units of a pair exchanged is the same claim
    add("swap-h0-g0", edit(lambda w: (w["h"].__setitem__(0, w["g"][0] | {"name": "h_0"}),
                                      w["g"].__setitem__(0, golden["h"][0] | {"name": "g_0"}))), expect=base_rc)
    # the numbers: the verdict depends on them
    for d in (-1, 1, 2):
        add(f"bias{d:+d}", edit(lambda w, d=d: w["output"].__setitem__("bias", str(int(w["output"]["bias"]) + d))))
    add("weight-0", edit(lambda w: w["output"]["weights"].__setitem__(0, "0")))
    for _ in range(4):
        for where in ("h", "g", "h_plus", "g_plus"):
            p = rng.randrange(m)
            t = rng.randrange(len(golden[where][p]["terms"]))
            d = rng.choice((-1, 1))

            def bump(w, where=where, p=p, t=t, d=d):
                term = w[where][p]["terms"][t]
                term[0] = str(int(term[0]) + d) if int(term[0]) + d != 0 else str(2 * d)
            add(f"{where}-coef{d:+d}", edit(bump))


def lemma_5_2_mutants(golden, rng, add, edit, base_rc):
    items = golden["items"]
    good = [p for p, it in enumerate(items) if it["j"] >= 1]  # Eq. 5.5 as printed is right there
    r = rng.choice(good)
    add("one-item", edit(lambda w: w.__setitem__("items", [w["items"][r]])), expect=0, word="partial")
    add("first-item", edit(lambda w: w.__setitem__("items", [w["items"][0]])), expect=base_rc, word="partial")
    add("all-but-one", edit(lambda w: w["items"].pop(r)), expect=base_rc, word="partial")
    add("dup-item", edit(lambda w: w["items"].append(copy.deepcopy(w["items"][r]))), expect=base_rc,
        word="complete")
    add("largest-k-removed", edit(lambda w: w.__setitem__(
        "items", [it for it in w["items"] if it["k"] < w["items"][-1]["k"]])), expect=base_rc, word="complete")
    add("items-empty", edit(lambda w: w.__setitem__("items", [])), expect=2)
    for _ in range(3):
        r = rng.choice(good)
        l = rng.randrange(len(items[r]["q"]))
        d = rng.choice((-1, 1))
        add(f"q{d:+d}", edit(lambda w: w["items"][r]["q"].__setitem__(l, str(int(w["items"][r]["q"][l]) + d))),
            expect=1, word="complete")
    add("q-5000-digits", edit(lambda w: w["items"][r]["q"].__setitem__(0, "1" + "0" * 4999)), expect=1,
        word="complete")
    add("q-lead0", edit(lambda w: w["items"][r]["q"].__setitem__(0, "01")), expect=2)
    add("q-minus0", edit(lambda w: w["items"][r]["q"].__setitem__(0, "-0")), expect=2)
    add("q-json-int", edit(lambda w: w["items"][r]["q"].__setitem__(0, int(w["items"][r]["q"][0]))), expect=2)
    add("q-short", edit(lambda w: w["items"][r]["q"].pop()), expect=2)
    add("k-9", edit(lambda w: w["items"][r].__setitem__("k", 9)), expect=2)
    add("k-0", edit(lambda w: w["items"][0].__setitem__("k", 0)), expect=2)
    add("j-above-k", edit(lambda w: w["items"][r].__setitem__("j", w["items"][r]["k"] + 1)), expect=2)
    add("signs-2", edit(lambda w: w["items"][r]["signs"].__setitem__(
        (w["items"][r]["j"] + 1) % len(w["items"][r]["signs"]), 2)), expect=2)
    add("signs-no-zero", edit(lambda w: w["items"][r]["signs"].__setitem__(w["items"][r]["j"], 1)), expect=2)
    add("dup-item-key", edit(lambda w: w["items"][0].__setitem__(Dup("q"), w["items"][0]["q"])), expect=2)
    add("unknown-item-key", edit(lambda w: w["items"][0].__setitem__("theta", 1)), expect=2)
    add("misspelled-signs", edit(lambda w: rename(w["items"][0], "signs", "sings")), expect=2)


# ------------------------------------------------------------ running

def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       errors="replace", timeout=300)
    return p.returncode, p.stdout, p.stderr


def verdict_line(out):
    lines = [l for l in out.splitlines() if l.startswith("verdict:")]
    return lines[-1] if lines else ""


def coverage_word(out):
    m = re.match(r"verdict: \w+ \((complete|partial)\b", verdict_line(out))
    return m.group(1) if m else None


def compare_one(quarks, path, m):
    """All runs of one file: (exit code of check_witness.py, report of the problems or None)."""
    mine = run([sys.executable, "-S", str(CHECKER), str(path), *m.flags])  # -S: stdlib only, starts faster
    methods = ["exhaustive"] + (["both"] if m.n is None or m.n <= 12 else [])
    runs = [("check_witness.py", mine)]
    runs += [(f"quarks --method {meth}", run([quarks, "check", str(path), "--method", meth, *m.flags]))
             for meth in methods]
    weakened = "--allow-weakened" in m.flags and b'"selector-points"' in m.text
    problems = []
    for who, (rc, out, err) in runs:
        if rc != mine[0]:
            problems.append(f"exit codes differ: {who} {rc}, check_witness.py {mine[0]}")
        if m.expect is not None and rc != m.expect:
            problems.append(f"{who} exits {rc}, but docs/witness-format.md implies {m.expect}")
        if rc == 2 and len(err.strip().splitlines()) != 1:
            problems.append(f"{who}: bad input must be one line on stderr")
        if rc in (0, 1):
            if coverage_word(out) != coverage_word(mine[1]):
                problems.append(f"coverage differs: {who} {coverage_word(out)}, "
                                f"check_witness.py {coverage_word(mine[1])}")
            if m.word is not None and coverage_word(out) != m.word:
                problems.append(f"{who}: coverage {coverage_word(out)}, but the doc implies {m.word}")
            if verdict_line(out).endswith(WEAK) != weakened:
                problems.append(f"{who}: the weakened mark is {'missing' if weakened else 'wrong'}")
    if not problems:
        return mine[0], None
    report = [f"DISAGREEMENT {path} {' '.join(m.flags)}"] + ["  " + p for p in problems]
    for who, (rc, out, err) in runs:
        report.append(f"  --- {who}: exit {rc}")
        report += ["    " + line for line in (out + err).strip().splitlines()[-6:]]
    return mine[0], "\n".join(report)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("quarks", help="the built quarks binary")
    parser.add_argument("root", type=Path, help="the repository root (holds witnesses/)")
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--seed", default="quarks-independent-1")
    args = parser.parse_args()
    start = time.monotonic()

    goldens = sorted((args.root / "witnesses").glob("*.json"))
    if not goldens:
        print(f"no witnesses in {args.root / 'witnesses'}", file=sys.stderr)
        return 2
    files, mutants = [], []
    for g in goldens:
        w = json.loads(g.read_bytes())
        expect = 1 if g.name in REFUTED_GOLDENS else 0  # witnesses/README.md
        files.append(Mutant(g.name, g.read_bytes(), expect, None, (), w.get("n")))
        mutants += mutants_of(g.name, w, random.Random(f"{args.seed}:{g.name}"))
    files += mutants

    tmp = args.keep or Path(tempfile.mkdtemp(prefix="quarks-independent-"))
    tmp.mkdir(parents=True, exist_ok=True)
    for m in files:
        (tmp / m.name).write_bytes(m.text)
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda m: compare_one(args.quarks, tmp / m.name, m), files))

    failures = [report for _, report in results if report]
    for report in failures:
        print(report)
    classes = {0: 0, 1: 0, 2: 0}
    for rc, _ in results[len(goldens):]:
        classes[rc] = classes.get(rc, 0) + 1
    print(f"independent checker: {len(goldens)} golden witnesses and {len(mutants)} mutants "
          f"({classes[0]} verified, {classes[1]} refuted, {classes[2]} bad input), "
          f"{len(failures)} disagreements, {time.monotonic() - start:.1f} s")
    for rc in (0, 1, 2):  # an all-bad-input run must not pass silently
        if classes[rc] < MIN_PER_CLASS:
            print(f"FAIL: only {classes[rc]} mutants exit {rc}; at least {MIN_PER_CLASS} expected")
            failures.append(rc)
    if failures or len(classes) > 3:
        print(f"files kept in {tmp}")
        return 1
    if not args.keep:
        shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
