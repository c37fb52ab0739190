#!/usr/bin/env bash
# ctest splits a test name at ';' (catch_discover_tests), so a TEST_CASE whose
# name contains one runs as two filters that match nothing; and Catch reads a
# name that starts with '-' as an option ("Unrecognised token"). Refuse both.
set -euo pipefail
bad=$(grep -rnE 'TEST_CASE\(\s*"([^"]*;|-)' "$1" --include='*.cpp' || true)
if [ -n "$bad" ]; then
  echo "TEST_CASE names must not contain ';' or start with '-':"
  echo "$bad"
  exit 1
fi
echo "ok: no ';' in TEST_CASE names, none starting with '-'"
