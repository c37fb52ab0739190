#!/usr/bin/env python3
"""`quarks export coq` on bad input: one line on stderr, exit 2, and no output file (an existing
one is left as it was, and no temporary is left behind).

  bad_input.py QUARKS SOURCE_DIR WORK_DIR
"""
import json
import os
import subprocess
import sys

quarks, source, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
golden = os.path.join(source, "witnesses", "composition-AND-n8-d1-s7.json")
failures = []


def write(name, text):
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def variant(name, change):
    with open(golden, encoding="utf-8") as f:
        w = json.load(f)
    change(w)
    return write(name, json.dumps(w))


def expect_bad(label, witness, output, needle):
    previous = None
    if output and os.path.exists(output):
        with open(output, encoding="utf-8") as f:
            previous = f.read()
    cmd = [quarks, "export", "coq", witness] + (["-o", output] if output else [])
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    err = p.stderr
    problems = []
    if p.returncode != 2:
        problems.append("exit %d, expected 2" % p.returncode)
    if err.count("\n") != 1 or not err.startswith("quarks: error: "):
        problems.append("stderr is not one error line: %r" % err)
    if needle not in err:
        problems.append("stderr does not name the problem (%r): %r" % (needle, err))
    if output:
        now = None
        if os.path.exists(output):
            with open(output, encoding="utf-8") as f:
                now = f.read()
        if now != previous:
            problems.append("the output file changed")
        if os.path.exists(output + ".tmp-quarks"):
            problems.append("a temporary file was left behind")
    print(("FAIL " if problems else "ok   ") + label + (": " + "; ".join(problems) if problems else ""))
    failures.extend(problems)


# Output names coqc cannot compile (the module is named after the file).
expect_bad("hyphenated output name", golden, os.path.join(work, "composition-AND.v"), "Coq identifier")
expect_bad("output without .v", golden, os.path.join(work, "W.txt"), "Coq identifier")
expect_bad("output name starting with a digit", golden, os.path.join(work, "1W.v"), "Coq identifier")
expect_bad("missing output directory", golden, os.path.join(work, "no-such-dir", "W.v"), "no-such-dir")
# Claims the Coq statements do not cover, or cannot check.
weak = variant("weakened.json", lambda w: w.update(strict_on="selector-points"))
kept = write("Kept.v", "(* an earlier file, to be left alone *)\n")
expect_bad("weakened claim (existing output kept)", weak, kept, "weakened")
expect_bad("weakened claim to stdout", weak, None, "weakened")
# Bad witness files: the reader's errors (src/io), before anything is written.
expect_bad("malformed JSON", write("broken.json", "{\"format\": "), os.path.join(work, "Broken.v"), "broken.json")
expect_bad("leading-zero integer", variant("octal.json", lambda w: w["inputs"][0]["terms"][0].__setitem__(0, "010")),
           os.path.join(work, "Octal.v"), "010")
expect_bad("missing witness file", os.path.join(work, "absent.json"), os.path.join(work, "Absent.v"), "absent.json")

# More than 40 variables: the checker walks the whole cube.
big = os.path.join(work, "n41.json")
subprocess.run([quarks, "witness", "composition", "--op", "AND", "--n", "41", "--degree", "1", "-o", big],
               stdout=subprocess.DEVNULL, check=True)
expect_bad("n = 41", big, os.path.join(work, "N41.v"), "limit of 40")

# And the good case once: stdout when no -o is given.
p = subprocess.run([quarks, "export", "coq", golden], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
if p.returncode != 0 or "Theorem witness_holds : Lemma_5_4_instance k m table gates degree_bounds inputs." not in p.stdout:
    print("FAIL export to stdout: exit %d %s" % (p.returncode, p.stderr))
    failures.append("stdout")
else:
    print("ok   export to stdout")
sys.exit(1 if failures else 0)
