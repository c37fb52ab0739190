#!/usr/bin/env bash
# `mpirun -np 2 quarks count ...` must give the count, and the certificate
# directory, that one process gives. OpenMPI refuses root without the flag.
set -euo pipefail
mpirun=$1 quarks=$2
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
