#!/usr/bin/env python3
"""One witness through the Coq witness checker (docs/formal-proofs.md, "The Coq witness checker").

  export_check.py --quarks QUARKS --development DIR --work DIR --witness W.json --name NAME
                  --expect verified|refuted [--mutation KIND] [--native]
  export_check.py ... --generate "witness composition --op AND --n 16 ..." --name NAME ...

0. With --generate, `quarks ARGS -o WORK/NAME.json` makes the witness first.
1. With --mutation, W is corrupted in one way (MUTATIONS below) and written to WORK/NAME.json.
2. `quarks check FILE --method exhaustive` must exit 0 (verified) or 1 (refuted), as --expect
   says: the C++ checker decides what the file claims, independently of Coq.
3. `quarks export coq FILE -o WORK/NAME.v` must succeed.
4. `coqc -R DIR Quarks WORK/NAME.v` (DIR: the built proofs/coq) must compile and print
   "Closed under the global context" for witness_holds (verified), or fail exactly at the Qed
   of witness_holds because the check evaluated to false (refuted): any other failure (a
   syntax error, a missing library) fails this test instead of passing it.
Prints the coqc time. Exit 0 when all holds, 1 otherwise.
"""
import argparse
import copy
import json
import os
import re
import subprocess
import sys
import time


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


# ---------------------------------------------------------------------------------------------
# Mutations: each makes one change to a witness and returns a description of it.

def largest_term(poly):
    return max(range(len(poly["terms"])), key=lambda t: abs(int(poly["terms"][t][0])))


def negate(poly):
    for term in poly["terms"]:
        term[0] = str(-int(term[0]))


def degree(poly):
    return max((len(t) - 1 for t in poly["terms"]), default=-1)


def add_term(poly, monomial, coefficient):
    present = {tuple(t[1:]) for t in poly["terms"]}
    if tuple(monomial) in present:
        raise ValueError("monomial already present")
    poly["terms"].append([coefficient] + list(monomial))


def irreducible(table):
    arity = len(table).bit_length() - 1
    return all(any(table[t] != table[t ^ (1 << j)] for t in range(len(table))) for j in range(arity))


def mutate(w, kind):
    claim = w["claim"]
    if claim in ("lemma-5.3", "lemma-5.4"):
        gates, inputs = w["gates"], w["inputs"]
        if kind == "coefficient":  # the largest coefficient of F_0 (its selector weight M) becomes 1
            t = largest_term(gates[0])
            gates[0]["terms"][t][0] = "1" if gates[0]["terms"][t][0] != "1" else "3"
            return "F_0: largest coefficient set to 1"
        if kind == "sign":  # the last input negated: B(F)(e_i + x) = f_i fails at every x
            negate(inputs[-1])
            return "f_%d negated" % (len(inputs) - 1)
        if kind == "drop":  # the largest monomial of the last gate dropped
            gates[-1]["terms"].pop(largest_term(gates[-1]))
            return "F_%d: largest monomial dropped" % (len(gates) - 1)
        if kind == "degree":  # deg F_j > d_j: a bound lowered, or a degree-2 monomial added
            for j, g in enumerate(gates):
                if g["degree_bound"] >= 2 and degree(g) == g["degree_bound"]:
                    g["degree_bound"] -= 1
                    return "F_%d: degree bound lowered to %d" % (j, g["degree_bound"])
            add_term(gates[0], [w["n"] - 2, w["n"] - 1], "2")
            return "F_0: degree-2 monomial added"
        if kind == "operator":  # one row of B's table flipped, B still irreducible
            table = [c == "1" for c in w["operator"]["truth_table"]]
            for t in range(len(table)):
                flipped = table[:t] + [not table[t]] + table[t + 1:]
                if irreducible(flipped):
                    w["operator"]["truth_table"] = "".join("1" if b else "0" for b in flipped)
                    w["operator"].pop("name", None)
                    return "B: row %d flipped" % t
            raise ValueError("no irreducible neighbour")
        if kind == "codes":  # dense: the codes of cases 0 and 1 exchanged
            c = w["cases"]
            c[0]["code"], c[1]["code"] = c[1]["code"], c[0]["code"]
            return "codes of cases 0 and 1 exchanged"
    if claim == "lemma-5.1":
        item = w["items"][0]
        if kind == "theta":
            item["theta"] = -item["theta"]
            return "item 0: theta flipped"
        if kind == "sign":
            j = next(j for j, s in enumerate(item["signs"]) if s != 0)
            item["signs"][j] = -item["signs"][j]
            return "item 0: sign %d flipped" % j
    if claim == "lemma-5.2":
        if kind == "coefficient":
            q = w["items"][0]["q"]
            q[0] = str(int(q[0]) + 1)
            return "item 0: q_0 + 1"
        if kind == "sign":
            q = w["items"][-1]["q"]
            q[1] = str(-int(q[1])) if q[1] != "0" else "1"
            return "last item: q_1 negated"
    if claim == "theorem-4.3":
        if kind == "bias":  # bias m - 2: the activation is 0 where exactly one y_i = +1
            w["output"]["bias"] = str(int(w["output"]["bias"]) - 1)
            return "bias - 1"
        if kind == "weight":
            w["output"]["weights"][0] = str(-int(w["output"]["weights"][0]))
            return "w_0 negated"
        if kind == "drop":  # h_0 loses its selector term M D_0(x-)
            h = w["h"][0]
            h["terms"].pop(largest_term(h))
            return "h_0: largest monomial dropped"
        if kind == "degree":
            add_term(w["g"][0], [0, w["n"] - 1], "2")
            return "g_0: degree-2 monomial added"
        if kind == "sign":
            negate(w["h_plus"][0])
            return "h+_0 negated"
    raise ValueError("mutation %s does not apply to a %s witness" % (kind, claim))


# ---------------------------------------------------------------------------------------------

def run(cmd, timeout):
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        fail("timed out after %d s: %s" % (timeout, " ".join(cmd)))
    return p, time.monotonic() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quarks", required=True)
    ap.add_argument("--development", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--witness")
    ap.add_argument("--generate")
    ap.add_argument("--name", required=True)
    ap.add_argument("--expect", choices=["verified", "refuted"], required=True)
    ap.add_argument("--mutation")
    ap.add_argument("--native", action="store_true")
    ap.add_argument("--timeout", type=int, default=300)
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)

    if a.generate:
        a.witness = os.path.join(a.work, a.name + ".json")
        p, _ = run([a.quarks] + a.generate.split() + ["-o", a.witness], 600)
        if p.returncode != 0:
            fail("quarks %s exited %d: %s" % (a.generate, p.returncode, p.stderr.strip()))
    if not a.witness:
        fail("give --witness or --generate")
    source = a.witness
    if a.mutation:
        with open(a.witness, encoding="utf-8") as f:
            w = json.load(f)
        try:
            what = mutate(w, a.mutation)
        except ValueError as e:
            fail(str(e))
        source = os.path.join(a.work, a.name + ".mutant.json")
        with open(source, "w", encoding="utf-8") as f:
            json.dump(w, f, indent=1, sort_keys=True)
        print("mutant: " + what)

    p, _ = run([a.quarks, "check", source, "--method", "exhaustive"], 600)
    want = 0 if a.expect == "verified" else 1
    if p.returncode != want:
        fail("quarks check exited %d, expected %d (%s)\n%s%s" % (p.returncode, want, a.expect, p.stdout, p.stderr))

    out = os.path.join(a.work, a.name + ".v")
    if os.path.exists(out):
        os.remove(out)
    cmd = [a.quarks, "export", "coq", source, "-o", out] + (["--native"] if a.native else [])
    p, _ = run(cmd, 120)
    if p.returncode != 0 or not os.path.exists(out):
        fail("quarks export coq exited %d: %s" % (p.returncode, p.stderr.strip()))
    with open(out, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    qed_line = next((i + 1 for i, l in enumerate(lines) if l.startswith("Proof. apply: check_")), None)
    if qed_line is None or not any(l.startswith("Theorem witness_holds : ") for l in lines):
        fail("the export has no witness_holds theorem")

    p, seconds = run(["coqc", "-R", a.development, "Quarks", out], a.timeout)
    print("coqc: %.2f s, exit %d" % (seconds, p.returncode))
    if a.expect == "verified":
        if p.returncode != 0:
            fail("coqc rejected a verified witness:\n" + p.stdout + p.stderr)
        if "Closed under the global context" not in p.stdout:
            fail("witness_holds depends on an assumption:\n" + p.stdout)
    else:
        if p.returncode == 0:
            fail("coqc accepted a refuted witness")
        # The failure must be the kernel's refusal of the cast at witness_holds' Qed.
        m = re.search(r'line (\d+), characters \d+-\d+:\s*Error:\s*The term "eq_refl" has type "true = true"'
                      r'\s+while it is expected to have type\s+"is_true \(check_', p.stderr)
        if not m or int(m.group(1)) != qed_line:
            fail("coqc failed for another reason than the check (line %d expected):\n%s" % (qed_line, p.stderr))
    print("ok: " + a.expect)


if __name__ == "__main__":
    main()
