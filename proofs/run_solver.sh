#!/usr/bin/env bash
# Usage: run_solver.sh <solver> <file.smt2>     (solver: z3 or cvc5, or a path to one)
# Runs a stock SMT solver on one quarks obligation (written by `quarks smt2`)
# and succeeds iff the solver prints exactly the answer stated in the file's
# header line "; expected: unsat" (or "; expected: sat"), which must agree with
# its (set-info :status ...) line. Anything else -- the other answer, unknown,
# an error message (z3 and cvc5 both object when the answer contradicts
# :status), a timeout -- fails.
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
