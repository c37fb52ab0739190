#!/usr/bin/env bash
# Usage: man-pages.sh QUARKS CHECK_PROOFS HELP2MAN VERSION SOURCE_DIR OUTPUT_DIR
# Writes OUTPUT_DIR/quarks.1.gz and OUTPUT_DIR/quarks-check-proofs.1.gz with
# help2man from their --help, plus docs/man/*.h2m (exit status, examples, see
# also). quarks.1 also gets a COMMANDS section holding the --help text of
# every subcommand, found by walking the "Subcommands:" lists.
set -euo pipefail
quarks=$1 check_proofs=$2 help2man=$3 version=$4 source_dir=$5 output_dir=$6
mkdir -p "$output_dir"

subcommands() {  # help text on stdin -> the names listed under "Subcommands:"
  sed -n '/^Subcommands:/,/^[^ ]/{s/^  \([a-z0-9][a-z0-9.-]*\)\( .*\)\{0,1\}$/\1/p}'
}
# Preformatted roff: backslashes doubled, a leading '.' or "'" protected.
roff() { sed -e 's/\\/\\\\/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

commands=$output_dir/commands.h2m
{
  echo '[COMMANDS]'
  echo 'Every command takes \fB\-\-help\fR; this is its text.'
  queue=()
  while read -r name; do queue+=("$name"); done < <("$quarks" --help | subcommands)
  while [ ${#queue[@]} -gt 0 ]; do
    command=${queue[0]}
    queue=("${queue[@]:1}")
    # shellcheck disable=SC2086  # a command is one or two words
    help=$("$quarks" $command --help)
    echo ".SS \"quarks $command\""
    echo '.nf'
    printf '%s\n' "$help" | roff
    echo '.fi'
    nested=()
    while read -r name; do nested+=("$command $name"); done < <(printf '%s\n' "$help" | subcommands)
    queue=("${nested[@]}" "${queue[@]}")
  done
} > "$commands.tmp"
mv "$commands.tmp" "$commands"

"$help2man" --no-info --section=1 --version-string="$version" \
  --name='checked witnesses for the capacity results of The Quarks of Attention' \
  --include="$source_dir/docs/man/quarks.h2m" --include="$commands" \
  --output="$output_dir/quarks.1" "$quarks"
"$help2man" --no-info --section=1 --version-string="$version" \
  --name='re-check exported SMT-LIB2 proofs with z3 and cvc5' \
  --include="$source_dir/docs/man/quarks-check-proofs.h2m" \
  --output="$output_dir/quarks-check-proofs.1" "$check_proofs"
# Compressed as Debian installs man pages; -n: no name or time stamp inside.
gzip -9nf "$output_dir/quarks.1" "$output_dir/quarks-check-proofs.1"
