#!/usr/bin/env bash
# Usage: debian_packages.sh BUILD_DIR WORK_DIR WITH_COUNT HAVE_MPI
# Builds the Debian packages with cpack -G DEB and checks them: every shared
# library the binary needs comes from a package its Depends names (found with
# ldd and dpkg -S, independently of dpkg-shlibdeps, which wrote the field),
# the files are where they belong, quarks-dev depends on quarks and on the
# -dev packages its CMake config finds, the unpacked binary and proofs checker
# run, the unpacked CMake package configures a project, and dpkg would install
# both here (--dry-run). A fresh Debian 12 machine is not simulated: see
# docs/api.md for how that was tried by hand.
set -euo pipefail
build=$1 work=$2 with_count=$3 have_mpi=$4
rm -rf "$work"
mkdir -p "$work"
fail() { echo "debian_packages: $*" >&2; exit 1; }
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; fail "cpack failed"; }
runtime=$(ls "$work"/quarks_*.deb) dev=$(ls "$work"/quarks-dev_*.deb)
depends=$(dpkg-deb -f "$runtime" Depends)
echo "quarks Depends: $depends"
has() { printf '%s\n' "$1" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$2"; }

dpkg-deb -x "$runtime" "$work/root"
dpkg-deb -x "$dev" "$work/root"
binary=$work/root/usr/bin/quarks
# The libraries the binary itself names (NEEDED); ldd resolves them, and lists
# their own dependencies too, which are their packages' business.
direct=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
needed_packages=()
while read -r name arrow path _; do
  [ "$arrow" = "=>" ] || continue
  printf '%s\n' "$direct" | grep -qxF "$name" || continue
  [ -e "$path" ] || fail "ldd: $name => $path does not exist"
  real=$(readlink -f "$path")
  owner=""
  for candidate in "$path" "$real" "/usr$path" "/usr$real" "${path#/usr}" "${real#/usr}"; do
    owner=$(dpkg -S "$candidate" 2>/dev/null | head -n 1 | sed 's/:.*//') && [ -n "$owner" ] && break
  done
  [ -n "$owner" ] || fail "no Debian package ships $name ($path)"
  needed_packages+=("$owner")
  has "$depends" "$owner" || fail "the binary links $name from $owner, which Depends does not name"
done < <(ldd "$binary")
expected=(libz3-4 libgmp10 libstdc++6 libc6)
if [ "$with_count" = ON ]; then expected+=(libglpk40 libcdd0d); fi
if [ "$with_count" = ON ] && [ "$have_mpi" = ON ]; then expected+=(libopenmpi3); fi
for p in "${expected[@]}"; do
  has "$depends" "$p" || fail "Depends lacks $p"
done
echo "linked from: $(printf '%s\n' "${needed_packages[@]}" | sort -u | tr '\n' ' ')"
has "$(dpkg-deb -f "$runtime" Recommends)" z3 || fail "quarks does not recommend z3"

contents=$(dpkg-deb -c "$runtime" | awk '{print $6}')
for f in ./usr/bin/quarks ./usr/bin/quarks-check-proofs ./usr/libexec/quarks/run_solver.sh \
         ./usr/share/man/man1/quarks.1.gz ./usr/share/man/man1/quarks-check-proofs.1.gz ./usr/share/doc/quarks/api.md; do
  printf '%s\n' "$contents" | grep -qx "$f" || fail "quarks lacks $f"
done
printf '%s\n' "$contents" | grep -q '^./usr/include/' && fail "quarks ships headers (they belong to quarks-dev)"
dev_contents=$(dpkg-deb -c "$dev" | awk '{print $6}')
for f in ./usr/include/quarks/io/witness_json.h ./usr/lib/cmake/quarks/quarksConfig.cmake ./usr/lib/libquarks_core.a; do
  printf '%s\n' "$dev_contents" | grep -qx "$f" || fail "quarks-dev lacks $f"
done
printf '%s\n' "$dev_contents" | grep -q '^./usr/bin/' && fail "quarks-dev ships programs (they belong to quarks)"
dev_depends=$(dpkg-deb -f "$dev" Depends)
echo "quarks-dev Depends: $dev_depends"
version=$(dpkg-deb -f "$runtime" Version)
printf '%s\n' "$dev_depends" | grep -qF "quarks (= $version)" || fail "quarks-dev does not depend on quarks (= $version)"
for p in libz3-dev libgmp-dev libboost-dev nlohmann-json3-dev; do has "$dev_depends" "$p" || fail "quarks-dev lacks $p"; done

# The unpacked files work from where they are.
"$binary" list >/dev/null || fail "the packaged quarks list failed"
"$work/root/usr/bin/quarks-check-proofs" --solvers z3 "$(dirname "$0")/../../proofs/xor-not-ltf.smt2" >/dev/null ||
  fail "the packaged quarks-check-proofs failed"
mkdir -p "$work/project"
cat >"$work/project/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(probe LANGUAGES CXX)
find_package(quarks 0.1 REQUIRED)
if(NOT TARGET quarks::quarks OR NOT TARGET quarks::io)
  message(FATAL_ERROR "quarks::quarks or quarks::io missing")
endif()
CMAKE
cmake -S "$work/project" -B "$work/project/build" -DCMAKE_PREFIX_PATH="$work/root/usr" >"$work/project.log" 2>&1 ||
  { cat "$work/project.log"; fail "the packaged CMake config does not load"; }
if [ "$(id -u)" = 0 ]; then
  dpkg --dry-run -i "$runtime" "$dev" >"$work/dry-run.log" 2>&1 || { cat "$work/dry-run.log"; fail "dpkg --dry-run -i failed"; }
fi
echo "packages: $(basename "$runtime") $(basename "$dev")"
