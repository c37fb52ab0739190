#!/bin/sh
# Regenerates the SVGs of docs/circuits from the built quarks binary and Graphviz.
# Usage: docs/circuits/make.sh [path/to/quarks]   (default: build/src/cli/quarks, or $QUARKS)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
quarks=${1:-${QUARKS:-$root/build/src/cli/quarks}}
[ -x "$quarks" ] || { echo "make.sh: no quarks binary at $quarks (build it, or pass its path)" >&2; exit 2; }
command -v dot > /dev/null || { echo "make.sh: Graphviz 'dot' not found" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

render() {  # render NAME quarks-dot-arguments...
  name=$1
  shift
  "$quarks" dot "$@" --legend -o "$tmp/$name.dot" > /dev/null
  dot -Tsvg "$tmp/$name.dot" -o "$here/$name.svg"
  echo "wrote docs/circuits/$name.svg"
}

# Standard Model (Fig. 1) versus attention quarks (Sec. 3), m = 2, n = 3.
for c in dot-sm dot-gated softmax-sm softmax-gated attention-sm attention-gated; do
  render "$c-m2-n3" circuit "$c" --m 2 --n 3
done

# Lemma 5.4 / Theorem 4.2: B(F_0, F_1) for B = AND (golden witness; regenerated if absent).
witness=$root/witnesses/composition-AND-n8-d1-s7.json
if [ ! -f "$witness" ]; then
  witness=$tmp/composition-AND-n8-d1-s7.json
  "$quarks" witness composition --op AND --n 8 --degree 1 --seed 7 -o "$witness" > /dev/null
fi
render composition-AND-n8-d1-s7 witness "$witness"

# Theorem 4.3 (Eqs. 4.13-4.15): m = 3 pairs h_i output-gated by g_i under phi (golden witness).
render theorem-4.3-n4-m3-s1 witness "$root/witnesses/theorem-4.3-n4-m3-s1.json"
