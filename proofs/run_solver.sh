#!/usr/bin/env bash
# Usage: run_solver.sh <solver> <file.smt2>     (solver: z3 or cvc5, or a path to one)
# Runs a stock SMT solver on one quarks obligation (written by `quarks smt2`)
# and succeeds iff the solver prints exactly the answer stated in the file's
# header line "; expected: unsat" (or "; expected: sat"), which must agree with
# its (set-info :status ...) line. Anything else -- the other answer, unknown,
# an error message (z3 and cvc5 both object when the answer contradicts
# :status), a timeout -- fails.
# It also checks the structure that makes a set of files self-contained
# (proofs/README.md): a companion <parent>.bound-V.smt2 asserts only lines of
# its parent plus the negation of exactly the bounds the parent asserts on V,
# and every value V whose bounds a parent asserts has its companion beside it.
# Time limit: QUARKS_SOLVER_TIMEOUT seconds (default 120). ctest runs this via
# proofs/CMakeLists.txt as proof-z3:<file> and proof-cvc5:<file> (label "proofs").
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 <z3|cvc5> <file.smt2>" >&2
  exit 2
fi
solver=$1
file=$2
if [ ! -r "$file" ]; then
  echo "cannot read $file" >&2
  exit 2
fi
expected=$(sed -n 's/^; expected: \(sat\|unsat\)[[:space:]]*$/\1/p' "$file" | head -n 1)
if [ -z "$expected" ]; then
  echo "$file has no '; expected: sat' or '; expected: unsat' header line" >&2
  exit 2
fi
declared=$(sed -n 's/^(set-info :status \(sat\|unsat\))[[:space:]]*$/\1/p' "$file" | head -n 1)
if [ "$declared" != "$expected" ]; then
  echo "$file: '; expected: $expected' but (set-info :status ${declared:-<none>})" >&2
  exit 2
fi
# Bounds `(assert (<= LO V))` / `(assert (<= V HI))` of a defined value V.
bound_lines() {  # file value
  grep -E "^\(assert \(<= (\(- [0-9]+\)|[0-9]+) $2\)\)$|^\(assert \(<= $2 (\(- [0-9]+\)|[0-9]+)\)\)$" "$1"
}
case "$file" in
  *.bound-*.smt2)
    parent="${file%.bound-*.smt2}.smt2"
    value="${file##*.bound-}"
    value="${value%.smt2}"
    if [ ! -r "$parent" ]; then
      echo "$file: its parent $parent is missing" >&2
      exit 1
    fi
    body=$(grep '^(' "$file" | grep -v -e '^(set-info' -e '^(check-sat)')
    negated=$(printf '%s\n' "$body" | tail -n 1)
    foreign=$(printf '%s\n' "$body" | sed '$d' | grep -vxF -f "$parent")
    if [ -n "$foreign" ]; then
      echo "$file: a line that is not in its parent: $(printf '%s\n' "$foreign" | head -n 1)" >&2
      exit 1
    fi
    lo=$(bound_lines "$parent" "$value" | sed -n "s/^(assert (<= \(.*\) $value))\$/\1/p")
    hi=$(bound_lines "$parent" "$value" | sed -n "s/^(assert (<= $value \(.*\)))\$/\1/p")
    if [ -z "$lo" ] || [ -z "$hi" ] || [ "$negated" != "(assert (or (< $value $lo) (> $value $hi)))" ]; then
      echo "$file: its last assertion does not negate the bounds $parent asserts on $value" >&2
      exit 1
    fi
    ;;
  *)
    for value in $(sed -n 's/^(assert (= \([A-Za-z_][A-Za-z0-9_]*\) .*/\1/p' "$file" | sort -u); do
      if [ -n "$(bound_lines "$file" "$value")" ] && [ ! -r "${file%.smt2}.bound-$value.smt2" ]; then
        echo "$file asserts bounds on $value, but ${file%.smt2}.bound-$value.smt2 is missing" >&2
        exit 1
      fi
    done
    ;;
esac
output=$(timeout "${QUARKS_SOLVER_TIMEOUT:-120}" "$solver" "$file" 2>&1)
status=$?
if [ "$output" = "$expected" ]; then
  echo "$(basename "$solver"): $expected ($file)"
  exit 0
fi
if [ $status -eq 124 ]; then
  output="timeout after ${QUARKS_SOLVER_TIMEOUT:-120} s"
fi
echo "$(basename "$solver") on $file: expected '$expected', got '$output' (exit $status)" >&2
exit 1
