#!/usr/bin/env bash
# Tests run_solver.sh's structure checks on tampered copies of golden proofs
# (the companion rule of proofs/README.md): each tampering must be caught.
set -u
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stem=composition-AND-n8-d1-s7.case-0
fail() { echo "FAILED: $*" >&2; exit 1; }
run() { bash "$here/run_solver.sh" z3 "$1" >/dev/null 2>&1; }

cp "$here/$stem".* "$work/"
for f in "$work"/*.smt2; do run "$f" || fail "untouched copy $f was refused"; done

# A parent's definition changed but its kept bounds still make it unsat.
sed -i 's/^(assert (= F0 (+ 45903 /(assert (= F0 (+ 1045903 /' "$work/$stem.smt2"
grep -q '1045903' "$work/$stem.smt2" || fail "the tampering did not apply"
run "$work/$stem.smt2" || fail "the tampered parent alone should still be unsat (the weakness companions close)"
run "$work/$stem.bound-F0.smt2" && fail "a companion whose definition is no longer its parent's was accepted"

# A parent whose companion is missing.
cp "$here/$stem".* "$work/"
rm "$work/$stem.bound-F1.smt2"
run "$work/$stem.smt2" && fail "a parent without its companion was accepted"

# A companion that negates other bounds than the parent asserts.
cp "$here/$stem".* "$work/"
sed -i 's/^(assert (or (< F0 (- 861)) (> F0 246343)))$/(assert (or (< F0 (- 862)) (> F0 246343)))/' "$work/$stem.bound-F0.smt2"
grep -q -- '(- 862)' "$work/$stem.bound-F0.smt2" || fail "the tampering did not apply"
run "$work/$stem.bound-F0.smt2" && fail "a companion proving other bounds was accepted"
echo "run_solver.sh caught every tampering"
