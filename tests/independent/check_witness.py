#!/usr/bin/env python3
"""An independent checker of quarks witness files ("the checker of the checker").

Written from docs/witness-format.md alone: it shares no code, no claim model and
no evaluation with the C++ reader. Standard library only; every number is an
exact Python integer. Section names in comments (§JSON, §Integers, ...) are the
headings of docs/witness-format.md; equation numbers are the paper's.

    check_witness.py [--allow-weakened] FILE

Exit 0 verified, 1 refuted, 2 bad input (one line on stderr naming the problem).
Prints `verdict: verified|refuted (SCOPE)`, where SCOPE is `complete: ...` or
`partial: ...` for lemma-5.1/5.2 files and `one instance` for lemma-5.3/5.4 and theorem-4.3.
Selector and layer claims (5.3/5.4, 4.3) with n > 20 are refused (exit 2): brute force only.
"""
import json
import operator
import re
import sys
from math import comb

if hasattr(sys, "set_int_max_str_digits"):  # Python >= 3.11 limits int("...") to 4300 digits
    sys.set_int_max_str_digits(0)

MAX_BRUTE_FORCE_N = 20
WEAKENED = " [weakened: gates strict only at selector points]"


class BadInput(Exception):
    pass


def bad(message):
    raise BadInput(message)


# ---------------------------------------------------------------- §JSON

def parse_json(raw):
    """Strict RFC 8259: UTF-8 without BOM, one value, no duplicate keys, integers only."""
    if raw.startswith(b"\xef\xbb\xbf"):
        bad("JSON: byte-order mark")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        bad(f"JSON: not UTF-8 ({e.reason} at byte {e.start})")

    def object_without_duplicates(pairs):
        obj = {}
        for key, value in pairs:
            if key in obj:
                bad(f'JSON: duplicate key "{key}"')
            obj[key] = value
        return obj

    def json_integer(token):  # "-0" and anything outside int64 are refused
        if token == "-0" or not re.fullmatch(r"-?(0|[1-9][0-9]*)", token):
            bad(f"JSON: number {token} is not allowed")
        value = int(token)
        if not -2**63 <= value < 2**63:
            bad(f"JSON: number {token} is outside the signed 64-bit range")
        return value

    def not_integer(token):
        bad(f"JSON: number {token} is not an integer")

    try:
        value = json.loads(text, object_pairs_hook=object_without_duplicates,
                           parse_int=json_integer, parse_float=not_integer,
                           parse_constant=not_integer)
    except json.JSONDecodeError as e:
        bad(f"JSON: {e.msg} at line {e.lineno} column {e.colno}")
    except RecursionError:
        bad("JSON: nesting deeper than 64 levels")
    if nesting(value) > 64:
        bad("JSON: nesting deeper than 64 levels")
    try:  # an unpaired surrogate escape such as "\\ud800" is no Unicode text and has
        # no UTF-8 form (RFC 8259 §8.2): refused, like quarks (docs/witness-format.md is silent)
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        bad("JSON: a string with an unpaired surrogate escape")
    if type(value) is not dict:
        bad("JSON: the file is not an object")
    return value


def nesting(value):
    """Levels of arrays/objects: the top-level object is level 1."""
    if type(value) is dict:
        return 1 + max(map(nesting, value.values()), default=0)
    if type(value) is list:
        return 1 + max(map(nesting, value), default=0)
    return 0


# ------------------------------------------------------- typed field readers

def fields(obj, where, required, optional=()):
    """An object with every required key and no key outside required + optional."""
    if type(obj) is not dict:
        bad(f"{where}: expected an object")
    for key in obj:
        if key not in required and key not in optional:
            bad(f'{where}: unknown key "{key}"')
    for key in required:
        if key not in obj:
            bad(f'{where}: missing key "{key}"')
    return obj


def json_int(value, where, lo, hi):
    if type(value) is not int:  # bool is not int here
        bad(f"{where}: expected a JSON integer")
    if not lo <= value <= hi:
        bad(f"{where}: {value} is outside {lo}..{hi}")
    return value


def decimal(value, where):
    """§Integers: a string matching -?(0|[1-9][0-9]*), read in base 10. The
    regex alone admits "-0", but §Integers lists "-0" among the refused strings."""
    if type(value) is not str or not re.fullmatch(r"-?(0|[1-9][0-9]*)", value) or value == "-0":
        bad(f"{where}: {json.dumps(value)[:40]} is not a decimal integer string")
    return int(value)


def string(value, where):
    if type(value) is not str:
        bad(f"{where}: expected a string")
    return value


def json_list(value, where):
    if type(value) is not list:
        bad(f"{where}: expected an array")
    return value


def sign_vector(value, where, length, zero_at):
    """Exactly `length` integers: 0 at position zero_at, +1 or -1 elsewhere."""
    signs = json_list(value, where)
    if len(signs) != length:
        bad(f"{where}: expected {length} signs, found {len(signs)}")
    for p, s in enumerate(signs):
        json_int(s, f"{where}[{p}]", -1, 1)
        if (s == 0) != (p == zero_at):
            bad(f"{where}[{p}]: must be {'0' if p == zero_at else '1 or -1'}")
    return signs


# ------------------------------------------------------------ §Polynomials

class Poly:
    def __init__(self, m, terms):
        self.m = m            # number of variables
        self.terms = terms    # [(mask, coefficient)]: bit v of mask is x_v
        # canonical form, so the degree is the longest written term (-1 for 0)
        self.degree = max((bin(mask).count("1") for mask, _ in terms), default=-1)


def polynomial(obj, where, variables, extra_required=(), extra_optional=()):
    fields(obj, where, ("variables", "terms") + extra_required, extra_optional)
    m = json_int(obj["variables"], where + ".variables", 0, 4096)
    terms, seen = [], set()
    for t, term in enumerate(json_list(obj["terms"], where + ".terms")):
        w = f"{where}.terms[{t}]"
        if type(term) is not list or not term:
            bad(f"{w}: expected [coefficient, variable, ...]")
        c = decimal(term[0], w + " coefficient")
        if c == 0:
            bad(f"{w}: zero coefficient")
        vs = [json_int(v, w + " variable", 0, m - 1) for v in term[1:]]
        if any(a >= b for a, b in zip(vs, vs[1:])):
            bad(f"{w}: variables not strictly increasing")
        mask = sum(1 << v for v in vs)
        if mask in seen:
            bad(f"{w}: a second term with the same variables")
        seen.add(mask)
        terms.append((mask, c))
    if m != variables:
        bad(f"{where}.variables: must be {variables}")
    return Poly(m, terms)


def values_on_cube(p):
    """p(y) for every y in {0,1}^m, y as an integer whose bit v is x_v.

    p(y) is the sum of the coefficients of the terms whose variables are all 1
    in y. The table is built by the subset-sum transform, one variable at a
    time; test_check_witness.py compares it with the per-point sum."""
    size = 1 << p.m
    table = [0] * size
    for mask, c in p.terms:
        table[mask] = c
    for v in range(p.m):
        h = 1 << v
        for start in range(0, size, 2 * h):  # points with x_v = 1 gain those with x_v = 0
            table[start + h:start + 2 * h] = map(operator.add, table[start + h:start + 2 * h],
                                                 table[start:start + h])
    return table


# -------------------------------------------------------------- §Operators

BINARY_NAMES = {  # the 16 binary operators and their tables
    "FALSE": "0000", "NOR": "1000", "NIMPLY": "0100", "NOT_Z1": "1100",
    "CNIMPLY": "0010", "NOT_Z0": "1010", "XOR": "0110", "NAND": "1110",
    "AND": "0001", "XNOR": "1001", "Z0": "0101", "CIMPLY": "1101",
    "Z1": "0011", "IMPLY": "1011", "OR": "0111", "TRUE": "1111",
}


def boolean_operator(obj, where):
    """Returns the truth table; character t is B at row t (z_j = +1 iff bit j of t)."""
    fields(obj, where, ("arity", "truth_table"), ("name",))
    a = json_int(obj["arity"], where + ".arity", 1, 12)
    table = string(obj["truth_table"], where + ".truth_table")
    if len(table) != 2 ** a or set(table) - {"0", "1"}:
        bad(f"{where}.truth_table: expected {2 ** a} characters 0 or 1")
    if "name" in obj:
        name = string(obj["name"], where + ".name")
        if a != 2 or BINARY_NAMES.get(name) != table:
            bad(f'{where}.name: "{name}" is not the name of this operator')
    return table


def arity(table):
    return len(table).bit_length() - 1


def irreducible(table):
    """B depends on every argument: for each j some row changes when z_j flips."""
    rows = range(len(table))
    return all(any(table[t] != table[t ^ (1 << j)] for t in rows) for j in range(arity(table)))


def apply(table, z):
    """B(z) in {-1,+1} for z in {-1,+1}^a."""
    row = sum(1 << j for j, zj in enumerate(z) if zj == 1)
    return 1 if table[row] == "1" else -1


def irreducible_count(a):
    """Number of irreducible operators of arity a (§Operators)."""
    return sum((-1) ** (a - i) * comb(a, i) * 2 ** (2 ** i) for i in range(a + 1))


# ---------------------------------------------------------- §Common fields

ENCODING = {
    "inputs": "x in {0,1}^n",
    "gate_outputs": "sign(p) in {-1,+1}, +1 = true; p(x) = 0 is never allowed (strict)",
    "operator_rows": "row t has z_j = +1 iff bit j of t is 1; truth_table character t is 1 iff B = +1 there",
    "selector": "variables 0..k-1 are z_1..z_k, variables k..n-1 are x; e_0 = 0, e_i sets variable i-1",
    "integers": "decimal strings of any size",
}
COMMON = ("format", "version", "claim", "encoding")
INFORMATIONAL = ("paper", "statement", "generator", "construction")
CLAIM_FIELDS = {
    "lemma-5.1": ("items",),
    "lemma-5.2": ("items",),
    "lemma-5.3": ("n", "k", "operator", "inputs", "gates", "cases", "strict_on"),
    "lemma-5.4": ("n", "k", "operator", "inputs", "gates", "cases", "strict_on"),
    "theorem-4.3": ("n", "m", "h_plus", "g_plus", "h", "g", "output"),
}
DENSE_ENCODING = dict(ENCODING, selector=(  # §Dense selectors
    "variables 0..k-1 are z_1..z_k, variables k..n-1 are x; k = ceil(log2 cases); "
    "case i sets z to its code c_i: variable b is bit b of c_i"))
LAYER_ENCODING = {  # §theorem-4.3: the dense selector of Eq. 4.13
    "inputs": "x in {0,1}^n",
    "gate_outputs": "sign(p) in {-1,+1}, +1 = true; p(x) = 0 is never allowed (strict)",
    "hidden": "y_i = sign(h_i) * sign(g_i) in {-1,+1}; output phi = sign(bias + sum_i w_i y_i)",
    "selector": "variables 0..s-1 are x^-, s = ceil(log2 m); x^- = c iff variable b is bit b of c; "
                "variables s..n-1 are x^+",
    "integers": "decimal strings of any size",
}


def common_fields(w):
    claim = w.get("claim")
    if type(claim) is not str or claim not in CLAIM_FIELDS:
        bad(f"claim: {json.dumps(claim)[:40]} is not lemma-5.1..lemma-5.4 or theorem-4.3")
    selector_field = ("selector",) if claim in ("lemma-5.3", "lemma-5.4") else ()
    fields(w, "witness", COMMON + CLAIM_FIELDS[claim], INFORMATIONAL + selector_field)
    if w["format"] != "quarks-witness":
        bad('format: must be "quarks-witness"')
    if type(w["version"]) is not int or w["version"] != 1:
        bad("version: must be the integer 1")
    if "selector" in w and w["selector"] not in ("sparse", "dense"):
        bad('selector: must be "sparse" or "dense"')
    dense = w.get("selector") == "dense"
    if dense and claim != "lemma-5.4":
        bad('selector: "dense" is for lemma-5.4 only')
    encoding = LAYER_ENCODING if claim == "theorem-4.3" else DENSE_ENCODING if dense else ENCODING
    if w["encoding"] != encoding:  # equal exactly, key order aside
        bad("encoding: not the encoding of version 1")
    for key in ("paper", "statement"):
        if key in w:
            string(w[key], key)
    for key in ("generator", "construction"):  # free-form objects, never read
        if key in w and type(w[key]) is not dict:
            bad(f"{key}: expected an object")
    return claim


# --------------------------------------------- lemma-5.1 (Eq. 5.3)

def lemma_5_1(w):
    items = json_list(w["items"], "items")
    if not items:
        bad("items: empty")
    parsed = []
    for n, item in enumerate(items):
        where = f"items[{n}]"
        fields(item, where, ("operator", "index", "theta", "signs"))
        table = boolean_operator(item["operator"], where + ".operator")
        a = arity(table)
        if not irreducible(table):
            bad(f"{where}.operator: B is reducible")
        i = json_int(item["index"], where + ".index", 0, a - 1)
        theta = json_int(item["theta"], where + ".theta", -1, 1)
        if theta == 0:
            bad(f"{where}.theta: must be 1 or -1")
        signs = sign_vector(item["signs"], where + ".signs", a, i)
        parsed.append((table, i, theta, signs))
    # §lemma-5.1 Coverage: distinct (B, i) against a * (irreducible B of arity a)
    by_arity = {}
    for table, i, _, _ in parsed:
        by_arity.setdefault(arity(table), set()).add((table, i))
    scope = coverage([(len(pairs), a * irreducible_count(a),
                       f"all irreducible B of arity {a}, every index", f"(B, i) pairs of arity {a}")
                      for a, pairs in sorted(by_arity.items())])
    return scope, next(eq_5_3_failures(parsed), None)


def eq_5_3_failures(parsed):
    """Eq. 5.3: B(z) = theta * z_i for both z_i, whenever z_j = theta_j (j != i)."""
    for n, (table, i, theta, signs) in enumerate(parsed):
        for zi in (-1, 1):
            z = signs[:i] + [zi] + signs[i + 1:]
            if apply(table, z) != theta * zi:
                yield f"Eq. 5.3 fails for item {n} (B = {table}, i = {i}) at z_i = {zi:+d}"


# --------------------------------------------- lemma-5.2 (Eq. 5.4)

def lemma_5_2(w):
    items = json_list(w["items"], "items")
    if not items:
        bad("items: empty")
    parsed = []
    for n, item in enumerate(items):
        where = f"items[{n}]"
        fields(item, where, ("k", "j", "signs", "q"))
        k = json_int(item["k"], where + ".k", 1, 8)
        j = json_int(item["j"], where + ".j", 0, k)
        signs = sign_vector(item["signs"], where + ".signs", k + 1, j)
        q = json_list(item["q"], where + ".q")
        if len(q) != k + 1:
            bad(f"{where}.q: expected {k + 1} values, found {len(q)}")
        q = [decimal(v, f"{where}.q[{l}]") for l, v in enumerate(q)]
        parsed.append((k, j, signs, q))
    # §lemma-5.2 Coverage: distinct (j, signs) against (k+1) * 2^k
    by_k = {}
    for k, j, signs, _ in parsed:
        by_k.setdefault(k, set()).add((j, tuple(signs)))
    scope = coverage([(len(pairs), (k + 1) * 2 ** k,
                       f"every j and sign vector for k = {k}", f"(j, signs) pairs for k = {k}")
                      for k, pairs in sorted(by_k.items())])
    return scope, next(eq_5_4_failures(parsed), None)


def eq_5_4_failures(parsed):
    """Eq. 5.4: q(e_j) = 0, q(e_i) = theta_i (i != j); q(e_0) = q_0, q(e_i) = q_0 + q_i."""
    for n, (k, j, signs, q) in enumerate(parsed):
        for i in range(k + 1):
            value = q[0] + (q[i] if i > 0 else 0)
            if value != signs[i]:  # signs[j] is 0
                yield (f"Eq. 5.4 fails for item {n} (k = {k}, j = {j}): "
                       f"q(e_{i}) = {value}, expected {signs[i]}")


def coverage(groups):
    """groups: (found, all, text if complete, what is counted) per arity or k.
    `complete: ...` when every group present is complete, else `partial: ...`."""
    if all(found == total for found, total, _, _ in groups):
        return "complete: " + "; ".join(text for _, _, text, _ in groups)
    return "partial: " + "; ".join(text if found == total else f"{found} of {total} {what}"
                                   for found, total, text, what in groups)


# ----------------------------- lemma-5.3 (Eq. 5.6) and lemma-5.4 (Eq. 5.9)

def selector_claim(w, claim, allow_weakened):
    n = json_int(w["n"], "n", 2, 4096)
    k = json_int(w["k"], "k", 1, 8)
    if k >= n:
        bad("k: must be less than n")
    table = boolean_operator(w["operator"], "operator")
    inputs = [polynomial(f, f"inputs[{i}]", n - k, (), ("name",))
              for i, f in enumerate(json_list(w["inputs"], "inputs"))]
    for i, f in enumerate(w["inputs"]):
        if "name" in f and f["name"] != f"f_{i}":
            bad(f'inputs[{i}].name: must be "f_{i}"')
    gates, bounds = [], []
    for j, g in enumerate(json_list(w["gates"], "gates")):
        gates.append(polynomial(g, f"gates[{j}]", n, ("degree_bound",), ("name",)))
        bounds.append(json_int(g["degree_bound"], f"gates[{j}].degree_bound", 1, n))
        if "name" in g and g["name"] != f"F_{j}":
            bad(f'gates[{j}].name: must be "F_{j}"')
    if arity(table) != len(gates):
        bad(f"operator: arity {arity(table)} but {len(gates)} gates")
    cases = json_list(w["cases"], "cases")
    dense = w.get("selector") == "dense"
    if dense:  # §Dense selectors: 2..9 cases, k = ceil(log2 cases), distinct codes below 2^k
        if not 2 <= len(cases) <= 9:
            bad(f"cases: a dense claim has 2..9 cases, found {len(cases)}")
        if k != (len(cases) - 1).bit_length():
            bad(f"k: a dense claim with {len(cases)} cases needs k = {(len(cases) - 1).bit_length()}")
    elif len(cases) != k + 1:
        bad(f"cases: expected k+1 = {k + 1} cases, found {len(cases)}")
    targets = []  # (sign, t): the target is sign * sign(f_t(x)), or the constant sign if t is None
    codes = []  # the selector part of case i, as a mask of variables 0..k-1
    for i, case in enumerate(cases):
        fields(case, f"cases[{i}]", ("selector", "code", "equals") if dense else ("selector", "equals"))
        if type(case["selector"]) is not int or case["selector"] != i:
            bad(f"cases[{i}].selector: must be {i}")
        if dense:
            code = json_int(case["code"], f"cases[{i}].code", 0, (1 << k) - 1)
            if code in codes:
                bad(f"cases[{i}].code: {code} repeats an earlier code")
            codes.append(code)
        else:
            codes.append(0 if i == 0 else 1 << (i - 1))  # e_0 = 0; e_i sets variable i-1 (z_i)
        target = string(case["equals"], f"cases[{i}].equals")
        match = re.fullmatch(r"(-?)f_([0-8])", target)
        if match and int(match.group(2)) < len(inputs):
            targets.append((-1 if match.group(1) else 1, int(match.group(2))))
        elif target in ("+1", "-1"):
            targets.append((int(target), None))
        else:
            bad(f'cases[{i}].equals: "{target}" is not f_t, -f_t, +1 or -1 naming an input')
    strict_on = w["strict_on"]
    if strict_on not in ("cube", "selector-points"):
        bad('strict_on: must be "cube" or "selector-points"')
    if strict_on == "selector-points" and not allow_weakened:
        bad('strict_on: "selector-points" (a weakened claim) needs --allow-weakened')

    if claim == "lemma-5.4":  # Eq. 5.9 / Theorem 4.2
        if not irreducible(table):
            bad("operator: B is reducible")
        if len(inputs) != len(cases) or len(gates) != len(cases):
            bad(f"lemma-5.4 needs {len(cases)} inputs and gates, one per case")
        for i, case in enumerate(cases):
            if case["equals"] != f"f_{i}":
                bad(f'cases[{i}].equals: lemma-5.4 needs "f_{i}"')
    else:  # lemma-5.3, Eq. 5.6
        if len(inputs) != 1 or len(gates) != 1:
            bad("lemma-5.3 needs one input and one gate")
        if table != "01":
            bad("operator: lemma-5.3 needs the identity (arity 1, table 01)")
        if sum(t is not None for _, t in targets) != 1:
            bad('cases: lemma-5.3 needs exactly one case "f_0" or "-f_0"')

    if n > MAX_BRUTE_FORCE_N:
        bad(f"n = {n}: this brute-force checker stops at n = {MAX_BRUTE_FORCE_N}")
    failures = selector_failures(n, k, table, inputs, gates, bounds, targets, codes, strict_on == "cube")
    return "one instance", next(failures, None)


def selector_failures(n, k, table, inputs, gates, bounds, targets, codes, strict_on_cube):
    """Conditions 1-5 of §Selector claims, by brute force over the cube."""
    for j, g in enumerate(gates):  # 5. deg F_j <= d_j
        if g.degree > bounds[j]:
            yield f"deg F_{j} = {g.degree} exceeds degree_bound {bounds[j]}"
    f_values = [values_on_cube(f) for f in inputs]
    F_values = [values_on_cube(g) for g in gates]
    if strict_on_cube:  # 4. every F_j is nonzero on all of {0,1}^n
        for j, values in enumerate(F_values):
            if 0 in values:
                yield f"F_{j} = 0 at y = {point(values.index(0), n)}"
    for i, (sign, t) in enumerate(targets):  # 1.-3. at every selector point e_i + x (dense: c_i + x)
        e_i = codes[i]
        for x in range(1 << (n - k)):
            y = e_i | (x << k)  # variables k..n-1 are x
            if t is None:
                expected = sign
            elif f_values[t][x] == 0:  # 1. the named input is strict
                yield f"f_{t} = 0 at x = {point(x, n - k)}"
                continue
            else:
                expected = sign * (1 if f_values[t][x] > 0 else -1)
            z = [(values[y] > 0) - (values[y] < 0) for values in F_values]
            if 0 in z:  # 2. every gate is strict at e_i + x
                yield f"F_{z.index(0)} = 0 at e_{i} + x, x = {point(x, n - k)}"
            elif apply(table, z) != expected:  # 3. B(sign F_0, ..., sign F_m)(e_i + x) = target
                yield (f"case {i} fails at x = {point(x, n - k)}: "
                       f"B(sign F) = {-expected:+d}, target {expected:+d}")


# ------------------------------------- theorem-4.3 (Eqs. 4.13-4.15)

def layer_claim(w):
    n = json_int(w["n"], "n", 2, 4096)
    m = json_int(w["m"], "m", 1, 1024)
    s = (m - 1).bit_length()  # ceil(log2 m)
    if s >= n:
        bad(f"m: {m} leaves no variable of n = {n} for x^+")

    def polys(key, prefix, variables):
        out = []
        for i, f in enumerate(json_list(w[key], key)):
            out.append(polynomial(f, f"{key}[{i}]", variables, (), ("name",)))
            if "name" in f and f["name"] != f"{prefix}{i}":
                bad(f'{key}[{i}].name: must be "{prefix}{i}"')
        if len(out) != m:
            bad(f"{key}: expected m = {m} entries, found {len(out)}")
        return out

    h_plus, g_plus = polys("h_plus", "h+_", n - s), polys("g_plus", "g+_", n - s)
    h, g = polys("h", "h_", n), polys("g", "g_", n)
    for key, inputs in (("h_plus", h_plus), ("g_plus", g_plus)):
        for i, f in enumerate(inputs):
            if f.degree > 1:
                bad(f"{key}[{i}]: degree {f.degree}, an input LTF has degree <= 1")
    output = fields(w["output"], "output", ("bias", "weights"))
    bias = decimal(output["bias"], "output.bias")
    weights = [decimal(v, f"output.weights[{i}]") for i, v in enumerate(json_list(output["weights"], "output.weights"))]
    if len(weights) != m:
        bad(f"output.weights: expected m = {m} weights, found {len(weights)}")
    if n > MAX_BRUTE_FORCE_N:
        bad(f"n = {n}: this brute-force checker stops at n = {MAX_BRUTE_FORCE_N}")
    return "one instance", next(layer_failures(n, m, s, h_plus, g_plus, h, g, bias, weights), None)


def layer_failures(n, m, s, h_plus, g_plus, h, g, bias, weights):
    """§theorem-4.3: every code c < 2^s and every x^+ (they cover {0,1}^n)."""
    def sgn(v):
        return (v > 0) - (v < 0)

    for name, gates in (("h", h), ("g", g)):
        for i, p in enumerate(gates):
            if p.degree > 1:
                yield f"{name}_{i} has degree {p.degree}: not an LTF"
    hp, gp = [values_on_cube(p) for p in h_plus], [values_on_cube(p) for p in g_plus]
    hv, gv = [values_on_cube(p) for p in h], [values_on_cube(p) for p in g]
    for c in range(1 << s):
        for x in range(1 << (n - s)):
            y = c | (x << s)  # variable b < s is bit b of c
            if c < m:
                if hp[c][x] == 0 or gp[c][x] == 0:
                    yield f"input h+_{c} or g+_{c} = 0 at x+ = {point(x, n - s)}"
                    continue
                expected = sgn(hp[c][x]) * sgn(gp[c][x])
            else:
                expected = -1  # an unused code: phi = -1
            signs = [sgn(hv[i][y]) * sgn(gv[i][y]) for i in range(m)]
            if 0 in signs:
                yield f"a gate of unit {signs.index(0)} is 0 at x- = {c}, x+ = {point(x, n - s)}"
                continue
            activation = bias + sum(wi * yi for wi, yi in zip(weights, signs))
            if activation == 0:
                yield f"phi's activation is 0 at x- = {c}, x+ = {point(x, n - s)}"
            elif sgn(activation) != expected:
                yield f"phi = {sgn(activation):+d} at x- = {c}, x+ = {point(x, n - s)}, expected {expected:+d}"


def point(y, m):
    return "".join(str(y >> v & 1) for v in range(m))


# ------------------------------------------------------------------ main

def check(raw, allow_weakened=False):
    """Returns (scope, failure or None, weakened?); raises BadInput before any check."""
    w = parse_json(raw)
    claim = common_fields(w)
    if claim == "lemma-5.1":
        return lemma_5_1(w) + (False,)
    if claim == "lemma-5.2":
        return lemma_5_2(w) + (False,)
    if claim == "theorem-4.3":
        return layer_claim(w) + (False,)
    return selector_claim(w, claim, allow_weakened) + (w["strict_on"] == "selector-points",)


def main(argv):
    args = argv[1:]
    allow_weakened = "--allow-weakened" in args
    files = [a for a in args if a != "--allow-weakened"]
    if len(files) != 1 or files[0].startswith("-"):
        print("usage: check_witness.py [--allow-weakened] FILE", file=sys.stderr)
        return 2
    try:
        with open(files[0], "rb") as f:
            raw = f.read()
        scope, failure, weakened = check(raw, allow_weakened)
    except OSError as e:
        print(f"bad input: {files[0]}: {e.strerror}", file=sys.stderr)
        return 2
    except BadInput as e:
        print(f"bad input: {files[0]}: {e}", file=sys.stderr)
        return 2
    tail = WEAKENED if weakened else ""
    if failure:
        print(f"counterexample: {failure}{tail}")
    print(f"verdict: {'refuted' if failure else 'verified'} ({scope}){tail}")
    return 1 if failure else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
