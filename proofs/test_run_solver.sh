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
# Cubes of a split obligation (strict-F0 in 4 cubes, on z1 and x7): the set
# must be whole and every header must fix the bits of its cube number.
cubes=composition-XOR-n12-d2-s1.strict-F0
fresh_cubes() { rm -f "$work"/*.smt2; cp "$here/$cubes".cube-* "$work/"; }
fresh_cubes
for f in "$work"/*.smt2; do run "$f" || fail "untouched cube $f was refused"; done
header() { sed -i "s/^\(; obligation: .*\), in cube .*$/\1, in cube $2/" "$work/$cubes.cube-$1.smt2"; }
rm "$work/$cubes.cube-2.smt2" "$work/$cubes.cube-2".bound-*
run "$work/$cubes.cube-0.smt2" && fail "cube 0 of a set without cube 2 was accepted"
fresh_cubes; header 1 "1 of 4 (z1 = 0, x7 = 0)"
run "$work/$cubes.cube-1.smt2" && fail "a cube whose header is not its number's bits was accepted"
fresh_cubes; header 1 "01 of 4 (z1 = 1, x7 = 0)"
run "$work/$cubes.cube-1.smt2" && fail "a cube number with a leading zero was accepted"
fresh_cubes; header 3 "3 of 8 (z1 = 1, x7 = 1)"
run "$work/$cubes.cube-3.smt2" && fail "a cube claiming 8 cubes on 2 variables was accepted"
fresh_cubes; header 2 "2 of 4 (z1 = 0, x6 = 1)"
run "$work/$cubes.cube-2.smt2" && fail "a cube split on other variables than cube 0 was accepted"
fresh_cubes; header 3 "3 of 4 (z1 = 1, z1 = 1)"
run "$work/$cubes.cube-3.smt2" && fail "a cube fixing one variable twice was accepted"
fresh_cubes; header 1 "1 of 4 (z1 = 1, x07 = 0)"
run "$work/$cubes.cube-1.smt2" && fail "a variable name with a leading zero was accepted"
fresh_cubes; sed -i 's/, in cube .*$//' "$work/$cubes.cube-1.smt2"
run "$work/$cubes.cube-1.smt2" && fail "a cube file without a cube header was accepted"
echo "run_solver.sh caught every tampering"
