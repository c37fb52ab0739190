#!/usr/bin/env bash
# Usage: check_proofs_test.sh QUARKS_CHECK_PROOFS SOURCE_DIR WORK_DIR
# The installed proofs checker on one golden proof family (a parent and its
# bound companions), on a tampered copy and a file without a stated answer,
# and on bad command lines; its JUnit XML through tests/cli/junit_schema.py.
set -uo pipefail
checker=$1 source=$2 work=$3
schema="python3 $source/tests/cli/junit_schema.py"
rm -rf "$work"
mkdir -p "$work/good" "$work/bad" "$work/empty" "$work/header"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect() {  # status name -- command...: runs it, output into $work/out, $work/err
  local want=$1 name=$2
  shift 3
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  [ "$got" = "$want" ] || fail "$name: exit $got, expected $want: $(cat "$work/err")"
}

family=theorem-4.3-n2-m2-s1.code-0
cp "$source/proofs/$family".* "$work/good/"
count=$(ls "$work/good" | wc -l)
[ "$count" -ge 2 ] || fail "proofs/$family.* has $count files"

expect 0 "golden proofs" -- "$checker" "$work/good" --jobs 2 --junit "$work/good.xml"
grep -qx "summary: $((2 * count)) passed, 0 failed, 0 bad input ($count files x 2 solvers)" "$work/out" ||
  fail "golden proofs: summary: $(tail -n 1 "$work/out")"
[ "$(grep -c ': pass$' "$work/out")" = $((2 * count)) ] || fail "golden proofs: not one pass line per file and solver"
$schema "$work/good.xml" --tests $((2 * count)) --failures 0 --errors 0 || fail "golden proofs: JUnit XML"

# A parent whose stated answer is flipped: both solvers print the other one.
cp "$source/proofs/$family".* "$work/bad/"
sed -i -e 's/^; expected: unsat$/; expected: sat/' -e 's/^(set-info :status unsat)$/(set-info :status sat)/' \
  "$work/bad/$family.smt2"
printf '(set-logic QF_LIA)\n(check-sat)\n' >"$work/bad/no-answer.smt2"
expect 1 "tampered proofs" -- "$checker" "$work/bad" --junit "$work/bad.xml"
grep -q "^$work/bad/$family.smt2: z3: FAIL: " "$work/out" || fail "tampered proofs: no FAIL line for z3"
grep -q "^$work/bad/$family.smt2: cvc5: FAIL: " "$work/out" || fail "tampered proofs: no FAIL line for cvc5"
grep -q "^$work/bad/no-answer.smt2: z3: bad input: .*no '; expected: sat'" "$work/out" ||
  fail "tampered proofs: no bad input line"
$schema "$work/bad.xml" --tests $((2 * (count + 1))) --failures 2 --errors 2 --failure-text "expected 'sat'" ||
  fail "tampered proofs: JUnit XML"
# Only the file without an answer: bad input decides (2).
printf '(check-sat)\n' >"$work/header/x.smt2"
expect 2 "file without an answer" -- "$checker" --solvers z3 "$work/header/x.smt2"

# Bad command lines: one line on stderr, nothing on stdout, exit 2, no file.
for args in "$work/empty" "$work/missing" "--solvers no-such-solver $work/good" "--jobs 0 $work/good" \
            "--timeout 1.5 $work/good" "--junit $work/no-dir/x.xml $work/good" "--frobnicate $work/good" ""; do
  # shellcheck disable=SC2086  # the cases are word lists
  expect 2 "bad command line '$args'" -- "$checker" $args
  [ ! -s "$work/out" ] || fail "bad command line '$args': printed on stdout"
  [ "$(wc -l <"$work/err")" = 1 ] || fail "bad command line '$args': not one line on stderr: $(cat "$work/err")"
done
[ ! -e "$work/no-dir" ] || fail "a bad --junit created a directory"
expect 0 "--version" -- "$checker" --version
grep -q '^quarks-check-proofs (quarks) [0-9]' "$work/out" || fail "--version: $(cat "$work/out")"

[ "$failures" = 0 ] || exit 1
echo "quarks-check-proofs: golden family of $count files passed, tampered ones failed, bad command lines refused"
