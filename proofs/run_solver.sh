#!/usr/bin/env bash
# Usage: run_solver.sh <solver> <file.smt2>     (solver: z3 or cvc5, or a path to one)
# Runs a stock SMT solver on one quarks obligation (written by `quarks smt2`)
# and succeeds iff the solver prints exactly the answer stated in the file's
# header line "; expected: unsat" (or "; expected: sat"), which must agree with
# its (set-info :status ...) line. Anything else -- the other answer, unknown,
# an error message (z3 and cvc5 both object when the answer contradicts
# :status), a timeout -- fails.
# It also checks the structure that makes a set of files self-contained
# (proofs/README.md): a companion <parent>.bound-V.smt2 asserts only lines of
# its parent plus the negation of exactly the bounds the parent asserts on V,
# and every value V whose bounds a parent asserts has its companion beside it.
# Time limit: QUARKS_SOLVER_TIMEOUT seconds (default 120). ctest runs this via
# proofs/CMakeLists.txt as proof-z3:<file> and proof-cvc5:<file> (label "proofs").
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 <z3|cvc5> <file.smt2>" >&2
  exit 2
fi
solver=$1
file=$2
if [ ! -r "$file" ]; then
  echo "cannot read $file" >&2
  exit 2
fi
expected=$(sed -n 's/^; expected: \(sat\|unsat\)[[:space:]]*$/\1/p' "$file" | head -n 1)
if [ -z "$expected" ]; then
  echo "$file has no '; expected: sat' or '; expected: unsat' header line" >&2
  exit 2
fi
declared=$(sed -n 's/^(set-info :status \(sat\|unsat\))[[:space:]]*$/\1/p' "$file" | head -n 1)
if [ "$declared" != "$expected" ]; then
  echo "$file: '; expected: $expected' but (set-info :status ${declared:-<none>})" >&2
  exit 2
fi
# Bounds `(assert (<= LO V))` / `(assert (<= V HI))` of a defined value V.
bound_lines() {  # file value
  grep -E "^\(assert \(<= (\(- [0-9]+\)|[0-9]+) $2\)\)$|^\(assert \(<= $2 (\(- [0-9]+\)|[0-9]+)\)\)$" "$1"
}
# A cube of a split obligation (proofs/README.md, "Cubes"): its obligation
# line ends ", in cube C of N (v_0 = b_0, ..., v_{m-1} = b_{m-1})" with C the
# number in its name, N = 2^m, b_i = bit i of C, and m distinct variables;
# cube 0 names the same N and variables, and cube 0 finds all N files of its
# set: together they cover every assignment of the m variables, once each.
# Numbers are decimal without leading zeros (never read as octal).
cube_header() {  # file -> "C N WHERE", or nothing
  sed -n 's/^; obligation: .*, in cube \([0-9][0-9]*\) of \([0-9][0-9]*\) (\(.*\))$/\1 \2 \3/p' "$1" | head -n 1
}
check_cube() {  # file
  local f=$1 base index header c n where b=0 part name value names=""
  base=${f%.cube-*.smt2}
  index=${f##*.cube-}
  index=${index%.smt2}
  header=$(cube_header "$f")
  if [ -z "$header" ]; then
    echo "$f: its obligation line does not end 'in cube C of N (...)'" >&2
    return 1
  fi
  c=${header%% *}
  header=${header#* }
  n=${header%% *}
  where=${header#* }
  for number in "$c" "$n"; do
    if ! [[ $number =~ ^(0|[1-9][0-9]{0,5})$ ]]; then
      echo "$f: '$number' in its cube header is not a decimal number without leading zeros" >&2
      return 1
    fi
  done
  if [ "$c" != "$index" ]; then
    echo "$f: its header says cube $c" >&2
    return 1
  fi
  IFS=',' read -ra parts <<<"$where"
  for part in "${parts[@]}"; do
    part=${part# }
    if ! [[ $part =~ ^([xz](0|[1-9][0-9]*))\ =\ ([01])$ ]]; then
      echo "$f: '$part' in its cube header is not 'VARIABLE = 0|1'" >&2
      return 1
    fi
    name=${BASH_REMATCH[1]}
    value=${BASH_REMATCH[3]}
    if [ "$value" != $(((c >> b) & 1)) ]; then
      echo "$f: $name = $value, but bit $b of cube $c is $(((c >> b) & 1))" >&2
      return 1
    fi
    case " $names " in *" $name "*)
      echo "$f: $name is fixed twice" >&2
      return 1 ;;
    esac
    names="$names $name"
    b=$((b + 1))
  done
  if [ "$b" -lt 1 ] || [ "$b" -gt 16 ] || [ "$n" != $((1 << b)) ]; then
    echo "$f: $b variables fixed, but $n cubes" >&2
    return 1
  fi
  if [ "$c" = 0 ]; then
    for ((k = 1; k < n; k++)); do
      if [ ! -r "$base.cube-$k.smt2" ]; then
        echo "$f: cube $k of $n, $base.cube-$k.smt2, is missing" >&2
        return 1
      fi
    done
  else
    header=$(cube_header "$base.cube-0.smt2" 2>/dev/null)
    if [ -z "$header" ] || [ "${header#* }" != "$n $(printf '%s' "$where" | sed 's/= [01]/= 0/g')" ]; then
      echo "$f: $base.cube-0.smt2 is missing or does not split the same $n ways on the same variables" >&2
      return 1
    fi
  fi
}

case "$file" in
  *.bound-*.smt2)
    parent="${file%.bound-*.smt2}.smt2"
    value="${file##*.bound-}"
    value="${value%.smt2}"
    if [ ! -r "$parent" ]; then
      echo "$file: its parent $parent is missing" >&2
      exit 1
    fi
    body=$(grep '^(' "$file" | grep -v -e '^(set-info' -e '^(check-sat)')
    negated=$(printf '%s\n' "$body" | tail -n 1)
    foreign=$(printf '%s\n' "$body" | sed '$d' | grep -vxF -f "$parent")
    if [ -n "$foreign" ]; then
      echo "$file: a line that is not in its parent: $(printf '%s\n' "$foreign" | head -n 1)" >&2
      exit 1
    fi
    lo=$(bound_lines "$parent" "$value" | sed -n "s/^(assert (<= \(.*\) $value))\$/\1/p")
    hi=$(bound_lines "$parent" "$value" | sed -n "s/^(assert (<= $value \(.*\)))\$/\1/p")
    if [ -z "$lo" ] || [ -z "$hi" ] || [ "$negated" != "(assert (or (< $value $lo) (> $value $hi)))" ]; then
      echo "$file: its last assertion does not negate the bounds $parent asserts on $value" >&2
      exit 1
    fi
    ;;
  *)
    case "$file" in
      *.cube-*.smt2) check_cube "$file" || exit 1 ;;
    esac
    for value in $(sed -n 's/^(assert (= \([A-Za-z_][A-Za-z0-9_]*\) .*/\1/p' "$file" | sort -u); do
      if [ -n "$(bound_lines "$file" "$value")" ] && [ ! -r "${file%.smt2}.bound-$value.smt2" ]; then
        echo "$file asserts bounds on $value, but ${file%.smt2}.bound-$value.smt2 is missing" >&2
        exit 1
      fi
    done
    ;;
esac
output=$(timeout "${QUARKS_SOLVER_TIMEOUT:-120}" "$solver" "$file" 2>&1)
status=$?
if [ "$output" = "$expected" ]; then
  echo "$(basename "$solver"): $expected ($file)"
  exit 0
fi
if [ $status -eq 124 ]; then
  output="timeout after ${QUARKS_SOLVER_TIMEOUT:-120} s"
fi
echo "$(basename "$solver") on $file: expected '$expected', got '$output' (exit $status)" >&2
exit 1
