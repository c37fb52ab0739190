#!/bin/sh
# Fails if a Coq file under DIR contains a command that would let an unproved statement
# through: Admitted, admit, Axiom, Parameter, Abort, Admit Obligations (issue 12, section 4).
# Comments count too: the rule is simplest when no such word appears at all.
#   check_no_admitted.sh DIR
set -eu
dir=$1
[ -d "$dir" ] || { echo "check_no_admitted.sh: no directory $dir" >&2; exit 2; }
files=$(find "$dir" -name '*.v' | sort)
[ -n "$files" ] || { echo "check_no_admitted.sh: no .v files under $dir" >&2; exit 2; }
# Word matches, so that "Axioms" or "admits" in prose do not count.
if grep -nwE 'Admitted|admit|Axiom|Parameter|Abort|Admit[[:space:]]+Obligations' $files; then
  echo "FAIL: the lines above would admit an unproved statement" >&2
  exit 1
fi
echo "no Admitted/admit/Axiom/Parameter/Abort/Admit Obligations in $(echo "$files" | wc -l) files under $dir"
