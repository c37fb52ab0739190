#!/usr/bin/env bash
# `mpirun -np 2 quarks count ...` must give the count, and the certificate
# directory, that one process gives. OpenMPI refuses root without the flag.
set -euo pipefail
mpirun=$1 quarks=$2
# Under the sanitized build, OpenMPI's own allocations are not quarks' leaks.
if [ -n "${ASAN_OPTIONS:-}" ]; then
  export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$(cd "$(dirname "$0")/../sanitize" && pwd)/openmpi-lsan.supp:fast_unwind_on_malloc=0"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root_flag=()
[ "$(id -u)" -eq 0 ] && root_flag=(--allow-run-as-root)
run_mpi() { "$mpirun" "${root_flag[@]}" --oversubscribe -np 2 "$quarks" "$@"; }
for args in "ltf --n 6" "ptf --n 4 --degree 2"; do
  # shellcheck disable=SC2086
  one=$("$quarks" count $args --threads 1 --certificates "$work/one" | head -1)
  # shellcheck disable=SC2086
  two=$(run_mpi count $args --threads 1 --certificates "$work/two" | head -1)
  [ "$one" = "$two" ] || { echo "FAIL: $args: one process '$one', two ranks '$two'"; exit 1; }
  diff -r "$work/one" "$work/two" >/dev/null || { echo "FAIL: $args: certificate directories differ"; exit 1; }
  "$quarks" count verify "$work/two" | grep -q '^verified:' || { echo "FAIL: $args: verify"; exit 1; }
  echo "ok: $args: $two"
  rm -rf "$work/one" "$work/two"
done
# Rank 0 alone prints: one report line, not two.
lines=$(run_mpi count ltf --n 5 --json | wc -l)
[ "$lines" -eq 1 ] || { echo "FAIL: $lines JSON lines from 2 ranks"; exit 1; }
echo "ok: one report from 2 ranks"
# Per-rank checkpoints: 2 ranks stopped after 8 units each resume to the
# certificate directory one process writes; a rank's file names its layout.
one=$("$quarks" count ltf --n 7 --threads 1 --certificates "$work/one" | head -1)
status=0
QUARKS_TEST_STOP_AFTER_UNITS=8 run_mpi count ltf --n 7 --threads 1 --checkpoint "$work/ckpt" \
  --certificates "$work/two" >/dev/null 2>&1 || status=$?
[ "$status" -ne 0 ] || { echo "FAIL: the stopped run exited 0"; exit 1; }
for r in 0 1; do
  head -2 "$work/ckpt.rank-$r-of-2" | grep -q "rank $r ranks 2\$" || { echo "FAIL: checkpoint of rank $r"; exit 1; }
done
[ ! -e "$work/two/summary.txt" ] || { echo "FAIL: a summary after an interrupted run"; exit 1; }
two=$(run_mpi count ltf --n 7 --threads 1 --checkpoint "$work/ckpt" --certificates "$work/two" | head -1)
[ "$one" = "$two" ] || { echo "FAIL: resumed: one process '$one', two ranks '$two'"; exit 1; }
diff -r "$work/one" "$work/two" >/dev/null || { echo "FAIL: resumed certificate directories differ"; exit 1; }
echo "ok: 2 ranks resume from per-rank checkpoints: $two"
