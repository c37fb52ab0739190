#!/bin/sh
# Self-tests of the two honesty checks on inputs they must reject (tests/coq/rejected):
#   self_test.sh admitted   -- check_no_admitted.sh finds the Admitted in rejected/Admitted.v
#   self_test.sh axioms     -- check_assumptions.py rejects a theorem that uses an axiom not on
#                              the allowed list and a statement without a theorem, and accepts
#                              one that uses only an allowed axiom
set -eu
here=$(cd "$(dirname "$0")" && pwd)
case ${1:-} in
  admitted)
    set +e
    out=$("$here/check_no_admitted.sh" "$here/rejected" 2>&1)
    rc=$?
    set -e
    echo "$out"
    [ "$rc" -eq 1 ] || { echo "expected exit 1 from check_no_admitted.sh, got $rc" >&2; exit 1; }
    echo "$out" | grep -q 'Admitted.v:3:Admitted.' || { echo "the Admitted line was not reported" >&2; exit 1; }
    ;;
  axioms)
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp "$here/rejected/Extra.v" "$tmp/"
    (cd "$tmp" && coqc -Q . Rejected Extra.v)
    set +e
    out=$(python3 "$here/check_assumptions.py" --build "$tmp" --load-path .,Rejected --require Rejected.Extra \
            --theorems "$here/rejected/extra-theorems.txt" --allowed "$here/allowed-axioms.txt" \
            --statements "$here/rejected/Extra.v" 2>&1)
    rc=$?
    set -e
    echo "$out"
    [ "$rc" -eq 1 ] || { echo "expected exit 1 from check_assumptions.py, got $rc" >&2; exit 1; }
    echo "$out" | grep -q 'FAIL: extra_used depends on extra,' || { echo "the extra axiom was not reported" >&2; exit 1; }
    echo "$out" | grep -q 'FAIL: statement Unproved is listed 0 times' || { echo "the missing statement was not reported" >&2; exit 1; }
    if echo "$out" | grep -q 'FAIL: classic_used'; then echo "an allowed axiom was rejected" >&2; exit 1; fi
    ;;
  *)
    echo "usage: self_test.sh admitted|axioms" >&2
    exit 2
    ;;
esac
echo "self-test passed"
