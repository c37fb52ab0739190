#!/usr/bin/env python3
"""Print Assumptions of every main theorem of the Coq development, against an allowed list.

  check_assumptions.py --build DIR --theorems FILE --allowed FILE [--statements FILE]
                       [--require MODULE] [--load-path DIR,NAME]

For each line "Statement theorem" of --theorems, a generated file checks that the theorem has
exactly that statement as its type (Check) and prints its assumptions (Print Assumptions);
coqc runs it against the built development in --build. Every axiom printed must be listed in
--allowed, and nothing else may be reported (section variables, type-in-type, unguarded
fixpoints, ...). With --statements, every "Definition Name : Prop" of that file must appear
exactly once in --theorems, so that no statement is left without a theorem.
Exit 0: all allowed; 1: a theorem depends on something not allowed, or a statement is missing;
2: bad input or coqc failed.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

MARKER = "quarks_assumptions_marker_"


def fail(code, message):
    print(message, file=sys.stderr)
    sys.exit(code)


def read_pairs(path):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = line.split()
            if len(fields) != 2 or not all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_']*", x) for x in fields):
                fail(2, f"{path}:{number}: expected 'Statement theorem', got {line!r}")
            pairs.append((fields[0], fields[1]))
    if not pairs:
        fail(2, f"{path}: no theorems listed")
    return pairs


def read_allowed(path):
    with open(path, encoding="utf-8") as f:
        return {line.split("#", 1)[0].strip() for line in f} - {""}


def parse_segment(theorem, text):
    """Returns (axioms, problems) of one Print Assumptions output."""
    lines = [l for l in text.splitlines() if l.strip()]
    if lines == ["Closed under the global context"]:
        return [], []
    if not lines or lines[0] != "Axioms:":
        return [], [f"{theorem}: unexpected Print Assumptions output: {lines[:3]}"]
    axioms, problems = [], []
    for line in lines[1:]:
        if line[0].isspace():
            continue  # the continuation of an axiom's type
        if line.endswith(":"):
            problems.append(f"{theorem}: unexpected section {line!r}")
            continue
        axioms.append(line.split(" ", 1)[0])
    return axioms, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True, help="directory of the built development (its _CoqProject)")
    parser.add_argument("--theorems", required=True)
    parser.add_argument("--allowed", required=True)
    parser.add_argument("--statements")
    parser.add_argument("--require", default="Quarks.Statements,Quarks.theories.All",
                        help="comma-separated modules to Require Import")
    parser.add_argument("--load-path", default=".,Quarks", help="DIR,NAME for coqc -Q (DIR relative to --build)")
    args = parser.parse_args()

    pairs = read_pairs(args.theorems)
    allowed = read_allowed(args.allowed)
    problems = []
    if args.statements:
        with open(args.statements, encoding="utf-8") as f:
            stated = re.findall(r"^Definition\s+([A-Za-z_][A-Za-z0-9_']*)\s*:\s*Prop\b", f.read(), re.M)
        listed = [s for s, _ in pairs]
        for name in stated:
            if listed.count(name) != 1:
                problems.append(f"statement {name} is listed {listed.count(name)} times in {args.theorems}")
        for name in listed:
            if name not in stated:
                problems.append(f"{args.theorems} lists {name}, which {args.statements} does not state")

    body = ['Set Warnings "-notation-overridden,-ambiguous-paths".', f"Require Import {' '.join(args.require.split(','))}."]
    body += [f"Check ({thm} : {stmt})." for stmt, thm in pairs]
    for i, (_, thm) in enumerate(pairs):
        body += [f"Definition {MARKER}{i} := tt.", f"Print {MARKER}{i}.", f"Print Assumptions {thm}."]
    directory, name = args.load_path.split(",", 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "QuarksAssumptions.v")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(body) + "\n")
        run = subprocess.run(["coqc", "-Q", directory, name, path], cwd=args.build, capture_output=True, text=True)
    if run.returncode != 0:
        fail(2, f"coqc failed ({run.returncode}):\n{run.stdout}{run.stderr}")

    segments = re.split(rf"^{MARKER}(\d+) = tt\n\s+: unit\n", run.stdout, flags=re.M)
    if len(segments) != 2 * len(pairs) + 1:
        fail(2, f"could not split the coqc output into {len(pairs)} parts:\n{run.stdout}")
    used = {}
    for k in range(len(pairs)):
        index, text = int(segments[1 + 2 * k]), segments[2 + 2 * k]
        theorem = pairs[index][1]
        axioms, bad = parse_segment(theorem, text)
        problems += bad
        for axiom in axioms:
            used.setdefault(axiom, []).append(theorem)
            if axiom not in allowed:
                problems.append(f"{theorem} depends on {axiom}, which {args.allowed} does not allow")
        print(f"{theorem}: {', '.join(axioms) if axioms else 'no axioms'}")
    if problems:
        for p in problems:
            print("FAIL: " + p, file=sys.stderr)
        sys.exit(1)
    print(f"{len(pairs)} theorems; axioms used: {', '.join(sorted(used)) if used else 'none'} (all allowed)")


if __name__ == "__main__":
    main()
