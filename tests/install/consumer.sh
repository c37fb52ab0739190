#!/usr/bin/env bash
# Usage: consumer.sh PREFIX CONSUMER_SOURCE BUILD_DIR CXX
# Configures, builds and runs the consumer project (examples/consumer) against
# the installed quarks in PREFIX only: CMAKE_PREFIX_PATH is the prefix, and the
# source tree of quarks is nowhere on the include path. -O1 builds it faster.
set -euo pipefail
prefix=$1 source=$2 build=$3 cxx=$4
rm -rf "$build"
cmake -S "$source" -B "$build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_COMPILER="$cxx" \
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1" >"$build.configure.log" 2>&1 ||
  { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j2
quarks_source=$(cd "$source/../../src" && pwd)
if grep -rqF -- "$quarks_source" "$build"/CMakeFiles/*/flags.make; then
  echo "consumer.sh: the consumer sees a source directory on its include path" >&2
  exit 1
fi
cd "$build"
./check_my_operator "$build/my-operator.json"
if [ -x ./count_ltf ]; then
  ./count_ltf
fi
