#!/usr/bin/env bash
# Usage: install_tree.sh BUILD_DIR PREFIX HEADER...
# Installs the build into a fresh PREFIX and checks what is there: the binary
# runs from it, every listed header is installed and includes only installed
# headers, and the CMake package, the libraries, the man pages and the proofs
# checker are in place. (ctest fixture of tests/install.)
set -euo pipefail
build=$1 prefix=$2
shift 2
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
fail() { echo "install_tree: $*" >&2; exit 1; }
for f in bin/quarks bin/quarks-check-proofs libexec/quarks/run_solver.sh; do
  [ -x "$prefix/$f" ] || fail "$f is missing or not executable"
done
lib=$(cd "$prefix" && ls -d lib*/cmake/quarks | head -n 1)
[ -n "$lib" ] || fail "no lib*/cmake/quarks"
for f in "$lib"/quarksConfig.cmake "$lib"/quarksConfigVersion.cmake "$lib"/quarksTargets.cmake \
         "$lib"/quarksDependencies.cmake share/man/man1/quarks.1.gz share/man/man1/quarks-check-proofs.1.gz \
         share/doc/quarks/api.md share/doc/quarks/ci.md; do
  [ -s "$prefix/$f" ] || fail "$f is missing"
done
libdir=$(dirname "$(dirname "$lib")")
for layer in core claim witness verify smt io; do
  [ -s "$prefix/$libdir/libquarks_$layer.a" ] || fail "$libdir/libquarks_$layer.a is missing"
done
[ $# -gt 0 ] || fail "no header list given"
installed=$(cd "$prefix/include/quarks" && find . -name '*.h' | sed 's|^\./||' | sort)
[ "$installed" = "$(printf '%s\n' "$@" | sort)" ] || fail "installed headers differ from the list: $installed"
for header in "$@"; do
  for included in $(sed -n 's/^#include "\(.*\)".*/\1/p' "$prefix/include/quarks/$header"); do
    [ -f "$prefix/include/quarks/$included" ] || fail "$header includes $included, which is not installed"
  done
done
# The binary from the prefix alone; man finds the page.
version=$("$prefix/bin/quarks" --version)
[ "$(printf '%s\n' "$version" | head -n 1)" = "quarks $(sed -n 's/^project(quarks VERSION \([0-9.]*\).*/\1/p' \
   "$(dirname "$0")/../../CMakeLists.txt")" ] || fail "--version says: $version"
"$prefix/bin/quarks" list >/dev/null || fail "quarks list failed"
if command -v man >/dev/null; then
  MANPATH="$prefix/share/man" man -P cat quarks 2>/dev/null | grep -q 'quarks check' || fail "man quarks shows no 'quarks check'"
fi
zcat "$prefix/share/man/man1/quarks.1.gz" | grep -q '^\.SS "quarks check"' || fail "quarks.1 has no 'quarks check' section"
echo "installed into $prefix: $# headers, $(ls "$prefix/$libdir"/libquarks_*.a | wc -l) libraries"
