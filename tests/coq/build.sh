#!/bin/sh
# Builds the Coq development of proofs/coq in a copy under the build directory, so that the
# source tree stays clean and several build directories never share .vo files.
#   build.sh SOURCE_DIR/proofs/coq OUTPUT_DIR [JOBS]
set -eu
src=$1
out=$2
jobs=${3:-2}
command -v coqc >/dev/null 2>&1 || { echo "coqc not found (scripts/install-deps installs coq)" >&2; exit 2; }
mkdir -p "$out"
# Copy _CoqProject and every .v file, keeping timestamps so that make rebuilds only what
# changed; the build uses only the files _CoqProject lists.
(cd "$src" && find . -name '*.v' -o -name _CoqProject) | while read -r f; do
  mkdir -p "$out/$(dirname "$f")"
  if [ ! -e "$out/$f" ] || ! cmp -s "$src/$f" "$out/$f"; then cp -p "$src/$f" "$out/$f"; fi
done
cd "$out"
coq_makefile -f _CoqProject -o CoqMakefile >/dev/null
make -f CoqMakefile -j "$jobs"
