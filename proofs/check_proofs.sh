#!/usr/bin/env bash
# quarks-check-proofs: re-runs exported proofs (SMT-LIB2 files written by
# `quarks smt2`, e.g. proofs/) through the stock z3 and cvc5 and checks that
# each solver prints the answer the file states, in its "; expected: ..."
# header and its (set-info :status ...) line, and that companion files have the
# structure that makes a set self-contained. One file, one solver is decided by
# run_solver.sh (beside this script in the source tree, libexec/quarks when
# installed); this script walks directories, runs them N at a time, prints one
# line each and a summary, and writes JUnit XML (docs/ci.md). Installed as
# bin/quarks-check-proofs.
set -u
version="@QUARKS_VERSION@"
case $version in @*) version="(source tree)" ;; esac

usage() {
  cat <<'TEXT'
Usage: quarks-check-proofs [OPTIONS] DIR-or-FILE...
Re-check SMT-LIB2 proofs written by `quarks smt2` with stock SMT solvers.

A directory stands for every *.smt2 file below it, in sorted order (byte
order); a file is checked whatever its name. Each file is run through each
solver, which must print the answer stated in the file's "; expected: sat|unsat"
header and (set-info :status ...) line; a companion <parent>.bound-V.smt2 must
assert only lines of its parent plus the negation of the parent's bounds on V.

Options:
  --solvers LIST     Comma-separated solvers, names on PATH or paths (default z3,cvc5)
  --junit FILE       Also write JUnit XML: one testsuite per solver, one testcase per file
  --jobs N           Solver runs at the same time, 1..256 (default 1)
  --timeout SECONDS  Time limit of each solver run, a whole number 1..86400 (default 120)
  -h, --help         Print this help and exit
  --version          Print the version and exit

Exit status: 0 every file passed with every solver; 1 some solver did not
print the stated answer, or a structure check failed; 2 bad input: a bad
option, a missing path, a directory without *.smt2 files, a solver that is not
found, or (when nothing failed) a file without a stated answer.
TEXT
}

die() {  # bad input: one line on stderr, exit 2, nothing written
  echo "quarks-check-proofs: error: $*" >&2
  exit 2
}

solvers_text=z3,cvc5 junit="" jobs=1 timeout=120 paths=()
while [ $# -gt 0 ]; do
  case $1 in
    -h | --help) usage; exit 0 ;;
    --version) echo "quarks-check-proofs (quarks) $version"; exit 0 ;;
    --solvers | --junit | --jobs | --timeout)
      [ $# -ge 2 ] || die "$1 needs a value (see --help)"
      case $1 in
        --solvers) solvers_text=$2 ;;
        --junit) junit=$2 ;;
        --jobs) jobs=$2 ;;
        --timeout) timeout=$2 ;;
      esac
      shift 2 ;;
    --) shift; paths+=("$@"); break ;;
    -*) die "unknown option '$1' (see --help)" ;;
    *) paths+=("$1"); shift ;;
  esac
done
[ ${#paths[@]} -gt 0 ] || die "no proof file or directory given (see --help)"
[[ $jobs =~ ^[1-9][0-9]*$ ]] && [ "$jobs" -le 256 ] || die "--jobs must be a whole number in 1..256, not '$jobs'"
[[ $timeout =~ ^[1-9][0-9]*$ ]] && [ "$timeout" -le 86400 ] ||
  die "--timeout must be a whole number of seconds in 1..86400, not '$timeout'"
IFS=, read -r -a solvers <<<"$solvers_text"
[ ${#solvers[@]} -gt 0 ] || die "--solvers is empty"
for s in "${solvers[@]}"; do
  [ -n "$s" ] || die "--solvers '$solvers_text' has an empty entry"
  command -v "$s" >/dev/null 2>&1 || die "solver '$s' not found"
done

here=$(dirname "$(readlink -f "$0")")
runner=""
for candidate in "${QUARKS_RUN_SOLVER:-}" "$here/run_solver.sh" "$here/../libexec/quarks/run_solver.sh"; do
  if [ -n "$candidate" ] && [ -r "$candidate" ]; then runner=$candidate; break; fi
done
[ -n "$runner" ] || die "run_solver.sh not found beside $0 or in ../libexec/quarks"

if [ -n "$junit" ]; then
  [ ! -d "$junit" ] || die "--junit '$junit' is a directory"
  [ -d "$(dirname "$junit")" ] || die "--junit '$junit': directory '$(dirname "$junit")' does not exist"
fi

files=()
for p in "${paths[@]}"; do
  if [ -d "$p" ]; then
    found=()
    while IFS= read -r -d '' f; do found+=("$f"); done < <(find "$p" -name '*.smt2' ! -type d -print0 | LC_ALL=C sort -z)
    [ ${#found[@]} -gt 0 ] || die "directory '$p' holds no *.smt2 file"
    files+=("${found[@]}")
  elif [ -e "$p" ] || [ -L "$p" ]; then
    files+=("$p")
  else
    die "'$p' does not exist"
  fi
done
for f in "${files[@]}"; do
  case $f in *$'\n'*) die "a file name with a newline is not supported: '${f%%$'\n'*}...'" ;; esac
done
if [ -n "$junit" ]; then
  for f in "${files[@]}"; do
    [ ! "$junit" -ef "$f" ] || die "--junit '$junit' is a proof file being checked"
  done
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/quarks-check-proofs.XXXXXX") || die "cannot create a temporary directory"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
run_one() {  # index solver file: status, seconds and output into $work
  local start end
  start=$(now)
  QUARKS_SOLVER_TIMEOUT=$timeout bash "$runner" "$2" "$3" >"$work/$1.out" 2>&1
  echo $? >"$work/$1.status.tmp"
  end=$(now)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }' >"$work/$1.seconds"
  mv "$work/$1.status.tmp" "$work/$1.status"
}

timestamp=$(date -u +%Y-%m-%dT%H:%M:%S)
total=$(( ${#files[@]} * ${#solvers[@]} ))
running=0 index=0
for s in "${solvers[@]}"; do
  for f in "${files[@]}"; do
    if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
    run_one "$index" "$s" "$f" &
    running=$((running + 1)) index=$((index + 1))
  done
done
wait

passed=0 failed=0 bad=0 index=0 log=""
for s in "${solvers[@]}"; do
  for f in "${files[@]}"; do
    status=$(cat "$work/$index.status")
    message=$(tr '\n' ' ' <"$work/$index.out" | sed 's/ *$//')
    case $status in
      0) line="$f: $(basename "$s"): pass"; passed=$((passed + 1)) ;;
      2) line="$f: $(basename "$s"): bad input: $message"; bad=$((bad + 1)) ;;
      *) line="$f: $(basename "$s"): FAIL: $message"; failed=$((failed + 1)) ;;
    esac
    echo "$line"
    log+="$line"$'\n'
    index=$((index + 1))
  done
done
summary="summary: $passed passed, $failed failed, $bad bad input (${#files[@]} files x ${#solvers[@]} solvers)"
echo "$summary"
log+="$summary"$'\n'

# XML 1.0 text: invalid UTF-8 dropped, control characters removed, markup escaped.
xml_text() { iconv -f UTF-8 -t UTF-8 -c | tr -d '\000-\010\013\014\016-\037\r' |
             sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' -e "s/'/\&apos;/g"; }
xml_attribute() { printf '%s' "$1" | tr '\n\t' '  ' | xml_text; }

if [ -n "$junit" ]; then
  host=$(uname -n 2>/dev/null); [ -n "$host" ] || host=localhost
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<testsuites>'
    index=0 id=0
    for s in "${solvers[@]}"; do
      failures=0 errors=0 suite_time=0 cases=""
      for f in "${files[@]}"; do
        status=$(cat "$work/$index.status")
        seconds=$(cat "$work/$index.seconds")
        suite_time=$(awk -v a="$suite_time" -v b="$seconds" 'BEGIN { printf "%.3f\n", a + b }')
        cases+="    <testcase name=\"$(xml_attribute "$f")\" classname=\"quarks-check-proofs.$(xml_attribute "$(basename "$s")")\" time=\"$seconds\""
        case $status in
          0) cases+="/>"$'\n' ;;
          *)
            if [ "$status" = 2 ]; then element=error type="bad input" errors=$((errors + 1))
            else element=failure type="wrong answer" failures=$((failures + 1)); fi
            cases+=">"$'\n'"      <$element type=\"$type\" message=\"$(xml_attribute "$(head -n 1 "$work/$index.out")")\">"
            cases+="$(xml_text <"$work/$index.out")</$element>"$'\n'"    </testcase>"$'\n' ;;
        esac
        index=$((index + 1))
      done
      echo "  <testsuite name=\"$(xml_attribute "$(basename "$s")")\" package=\"quarks-check-proofs\" id=\"$id\" timestamp=\"$timestamp\" hostname=\"$(xml_attribute "$host")\" tests=\"${#files[@]}\" failures=\"$failures\" errors=\"$errors\" skipped=\"0\" time=\"$suite_time\">"
      echo '    <properties>'
      echo "      <property name=\"solver\" value=\"$(xml_attribute "$s")\"/>"
      echo "      <property name=\"solver.version\" value=\"$(xml_attribute "$("$s" --version 2>&1 | head -n 1)")\"/>"
      echo "      <property name=\"timeout\" value=\"$timeout\"/>"
      echo "      <property name=\"quarks.version\" value=\"$(xml_attribute "$version")\"/>"
      echo '    </properties>'
      printf '%s' "$cases"
      if [ "$id" -eq 0 ]; then
        echo "    <system-out>$(printf '%s' "$log" | xml_text)</system-out>"
      else
        echo '    <system-out></system-out>'
      fi
      echo '    <system-err></system-err>'
      echo '  </testsuite>'
      id=$((id + 1))
    done
    echo '</testsuites>'
  } >"$junit.tmp-quarks" && mv "$junit.tmp-quarks" "$junit" || { rm -f "$junit.tmp-quarks"; die "cannot write --junit '$junit'"; }
fi

if [ "$failed" -gt 0 ]; then exit 1; fi
if [ "$bad" -gt 0 ]; then exit 2; fi
exit 0
