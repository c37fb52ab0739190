#!/usr/bin/env python3
"""Run `quarks count verify` and the independent check_census.py on fresh certificate
directories and on tampered copies of them, and fail on any disagreement.

    compare_census.py QUARKS GROUP [--keep DIR] [--jobs N]

GROUP is one of
  dirs-fast  ltf n = 1..5, ptf n <= 3 (every degree) and n = 4 degree 1, synaptic n = 2, 3
  dirs-slow  ltf n = 6, ptf n = 4 degrees 2..4, ptf n = 5 degree 1, synaptic n = 4
  sets-fast  count composed (n = 2, 3; degrees 1,1 with --op all, 1,2 and 2,1 per operator) and
             gated-layer n <= 3 (m <= 3), n = 4 m = 1
  sets-slow  count composed --op all n = 4, gated-layer n = 4 m = 2
  ltf7       the T(7;1) directory (no tampering)
Every directory is written by QUARKS during the run. Both readers must give the same exit
code on every directory; the fresh ones must verify with the count that `quarks count`
printed, and every tampered copy must be refused, with the class (1 refuted, 2 malformed)
that docs/capacity.md implies where it is certain. On failure the directories are kept.
"""
import argparse
import concurrent.futures
import functools
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

CHECKER = Path(__file__).resolve().parent / "check_census.py"
TIMEOUT = 1800
VERIFY_TIMEOUT = int(os.environ.get("CENSUS_VERIFY_TIMEOUT", 600))  # a reader blocked on a FIFO fails
OPERATORS = ["FALSE", "NOR", "NIMPLY", "NOT_Z1", "CNIMPLY", "NOT_Z0", "XOR", "NAND", "AND", "XNOR", "Z0", "CIMPLY",
             "Z1", "IMPLY", "OR", "TRUE"]
FULL = ("ltf-n4", "ptf-n3-d2", "synaptic-n3-01")  # dirs-fast: every tamper; the others the CORE ones
ANY = "any"  # a tamper that may leave a valid directory: the readers only have to agree

GROUPS = {
    "dirs-fast": [("ltf", n, None, None) for n in range(1, 6)] +
                 [("ptf", n, d, None) for n in range(1, 4) for d in range(1, n + 1)] + [("ptf", 4, 1, None)] +
                 [("synaptic", n, None, e) for n in (2, 3) for e in ("01", "pm1")],
    "dirs-slow": [("ltf", 6, None, None)] + [("ptf", 4, d, None) for d in (2, 3, 4)] + [("ptf", 5, 1, None)] +
                 [("synaptic", 4, None, e) for e in ("01", "pm1")],
    "ltf7": [("ltf", 7, None, None)],
}


def run(cmd, timeout=None):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout or TIMEOUT)
        return p.returncode, (p.stdout + p.stderr).strip().splitlines()
    except subprocess.TimeoutExpired:
        return "timeout", [" ".join(map(str, cmd))]


# ------------------------------------------------------------ files of a directory as text

class NoLine(Exception):
    pass


def read(path):
    data = path.read_bytes()
    return (gzip.decompress(data).decode() if data[:2] == b"\x1f\x8b" else data.decode()), data[:2] == b"\x1f\x8b"


def write(path, text, compressed):
    data = text.encode()
    path.write_bytes(gzip.compress(data, mtime=0) if compressed else data)


def edit_lines(path, change):
    text, compressed = read(path)
    lines = text.split("\n")[:-1]
    lines = change(lines)
    write(path, "".join(line + "\n" for line in lines), compressed)


def set_field(path, key, value, index=1):
    def change(lines):
        for i, line in enumerate(lines):
            f = line.split(" ")
            if f[0] == key:
                f[index] = str(value(f[index]) if callable(value) else value)
                lines[i] = " ".join(f)
                return lines
        raise NoLine(key)
    edit_lines(path, change)


def record_sites(d, kind):
    """(file, line index) of every record line of a kind ('W', 'F') in a census directory."""
    sites = []
    for f in sorted(d.glob("*.cert")):
        for i, line in enumerate(read(f)[0].split("\n")):
            if line.startswith(kind + " "):
                sites.append((f, i))
    return sites


def with_line(site, change):
    f, i = site

    def edit(lines):
        lines[i:i + 1] = change(lines[i].split(" "))
        return lines
    edit_lines(f, edit)


# ------------------------------------------------------------ tampering (name, expected class or None, action)

def negate_witness(f):
    return [" ".join(f[:3] + [str(-int(x)) for x in f[3:]])]


def weaken(f):
    label, y = f[4].split(":")
    return [" ".join(f[:4] + [f"{label}:{int(y) + 1}"] + f[5:])]


def drop_pair(f):
    return [" ".join(f[:3] + [str(int(f[3]) - 1)] + f[5:])]


def foreign_label(f):
    return [" ".join(f[:4] + ["255:" + f[4].split(":")[1]] + f[5:])]


CORE = ("count+1", "extra unit file", "weakened Farkas vector", "negated witness", "record dropped",
        "records swapped", "digit changed")  # the tampers of the slow tier and of the inner directories


def census_tampers(d, rng, core=False):
    """Tampers of one ltf/ptf/synaptic directory d (an actual directory or inside a union);
    core: only those named in CORE."""
    s = d / "summary.txt"
    summary = dict(line.split(" ", 1) for line in s.read_text().splitlines()[:-1])
    n = int(summary["n"])
    units = int(summary.get("units", min(256, int(summary["tasks"]))))  # version 1: min(256, tasks)
    t = []
    t.append(("count+1", 1, lambda: set_field(s, "count", lambda v: int(v) + 1)))
    t.append(("count 2^128", 2, lambda: set_field(s, "count", 2**128)))
    t.append(("tasks+1", 1, lambda: set_field(s, "tasks", lambda v: int(v) + 1)))
    t.append(("decisions-1", 1, lambda: set_field(s, "decisions", lambda v: int(v) - 1)))
    t.append(("leaves+1", 1, lambda: set_field(s, "leaves", lambda v: int(v) + 1)))
    t.append(("units+1", 2, lambda: set_field(s, "units", lambda v: int(v) + 1)))
    t.append(("version 3", 2, lambda: set_field(s, "quarks-census", 3)))
    t.append(("n 9", 2, lambda: set_field(s, "n", 9)))
    t.append(("unknown class", 2, lambda: set_field(s, "class", "ltff")))
    if summary.get("split-rule", "branchings" if summary["class"] == "ltf" else "").startswith("branchings"):
        t.append(("split-rule B+1", ANY, lambda: set_field(s, "split-rule", lambda v: int(v) + 1, 2)))
        t.append(("split-rule L+1", ANY, lambda: set_field(s, "split-rule", lambda v: int(v) + 1, 4)))
    else:
        t.append(("split-rule D+1", 2 if n == 5 and summary["class"] == "ptf" else ANY,
                  lambda: set_field(s, "split-rule", lambda v: int(v) + 1, 2)))
    t.append(("extra unit file", 2, lambda: shutil.copy(d / "unit-0.cert", d / f"unit-{units}.cert")))
    t.append(("stray file", 2, lambda: (d / "notes.txt").write_text("x\n")))
    t.append(("fifo for a unit", 2, lambda: ((d / "unit-0.cert").unlink(), os.mkfifo(d / "unit-0.cert"))))
    t.append(("directory for walk.cert", 2, lambda: ((d / "walk.cert").unlink(), (d / "walk.cert").mkdir())))
    t.append(("missing unit", 2, lambda: (d / f"unit-{units - 1}.cert").unlink()))
    t.append(("summary compressed", 2, lambda: s.write_bytes(gzip.compress(s.read_bytes()))))
    t.append(("CR in summary", 2, lambda: s.write_text(s.read_text().replace("\n", "\r\n", 1))))
    t.append(("double space", 2, lambda: s.write_text(s.read_text().replace(" ", "  ", 1))))
    t.append(("text after end", 2, lambda: edit_lines(d / "walk.cert", lambda ls: ls + ["W 0 1 0"])))
    t.append(("walk end dropped", 2, lambda: edit_lines(d / "walk.cert", lambda ls: ls[:-1])))
    t.append(("no final newline", 2, lambda: write(d / "unit-0.cert", read(d / "unit-0.cert")[0][:-1], False)))
    t.append(("T line dropped", 2, lambda: edit_lines(d / "walk.cert", lambda ls: [x for x in ls if x != "T 0"])))
    t.append(("task line dropped", 2, lambda: edit_lines(d / "unit-0.cert", lambda ls: [x for x in ls if x != "task 0"])))
    for name, compressed in (("as gzip", True), ("as text", False)):  # both forms are allowed
        t.append((f"units {name}", 0, lambda c=compressed: [write(f, read(f)[0], c) for f in d.glob("*.cert")]))
    first = d / "unit-0.cert"

    def two_members():  # a gzip file of two members is allowed
        text = read(first)[0]
        first.write_bytes(gzip.compress(text[:7].encode()) + gzip.compress(text[7:].encode()))
    t.append(("two gzip members", 0, two_members))
    t.append(("gzip truncated", 2, lambda: first.write_bytes(gzip.compress(read(first)[0].encode())[:-3])))
    def refuted_then_truncated():  # "Corners": the gzip layer is checked before the lines
        lines = read(first)[0].split("\n")
        i = next(i for i, line in enumerate(lines) if line.startswith("W "))
        lines[i] = negate_witness(lines[i].split(" "))[0]
        junk = "".join(f"W {j % 16} 1 0 0\n" for j in range(100000))  # larger than a reader's buffer
        first.write_bytes(gzip.compress(("\n".join(lines[:i + 1]) + "\n" + junk).encode())[:-8])
    t.append(("refuted line, then a truncated gzip member", 2, refuted_then_truncated))

    def linked_summary():  # "Corners": entries are examined without following links
        target = d.parent / f"{d.name}.summary.txt"
        s.rename(target)
        s.symlink_to(target)
    t.append(("summary.txt a symbolic link", 2, linked_summary))
    t.append(("gzip then zeros", 2, lambda: first.write_bytes(gzip.compress(read(first)[0].encode()) + b"\0\0")))
    for kind, changes in (("W", [("negated witness", 1, negate_witness)]),
                          ("F", [("weakened Farkas vector", 1, weaken), ("Farkas pair dropped", 1, drop_pair),
                                 ("Farkas label not a row", 2 if n < 8 else None, foreign_label),
                                 ("Farkas y = 0", 2, lambda f: [" ".join(f[:4] + [f[4].split(":")[0] + ":0"] + f[5:])]),
                                 ("Farkas label twice", 2, lambda f: [" ".join(f[:3] + [str(int(f[3]) + 1), f[4]] + f[4:])])])):
        sites = record_sites(d, kind)
        if sites:
            for name, expect, change in changes:
                site = rng.choice(sites)
                t.append((f"{name} ({site[0].name} line {site[1] + 1})", expect, lambda st=site, c=change: with_line(st, c)))
    records = record_sites(d, "W") + record_sites(d, "F")
    if records:
        site = rng.choice(records)
        t.append((f"record dropped ({site[0].name} line {site[1] + 1})", None,
                  lambda site=site: with_line(site, lambda f: [])))
        known = set(records)
        pairs = [(f, i) for f, i in records if (f, i + 1) in known]
        if pairs:
            f, i = rng.choice(pairs)
            lines = read(f)[0].split("\n")
            if lines[i].split(" ")[:3] != lines[i + 1].split(" ")[:3]:
                t.append((f"records swapped ({f.name} line {i + 1})", 2,
                          lambda f=f, i=i: edit_lines(f, lambda ls: ls[:i] + [ls[i + 1], ls[i]] + ls[i + 2:])))
    for k in range(1 if core else 3):  # a digit changed somewhere: the two readers only have to agree
        f = rng.choice(sorted(d.iterdir()))
        lines = read(f)[0].split("\n")[:-1]
        i = rng.randrange(len(lines))
        digits = [j for j, ch in enumerate(lines[i]) if ch.isdigit()]
        if digits:
            j = rng.choice(digits)
            new = lines[i][:j] + str((int(lines[i][j]) + rng.randrange(1, 10)) % 10) + lines[i][j + 1:]
            t.append((f"digit changed ({f.name} line {i + 1})", ANY,
                      lambda f=f, i=i, new=new: edit_lines(f, lambda ls: ls[:i] + [new] + ls[i + 1:])))
    for k in range(0 if core else 20):  # one raw byte changed (inside the gzip layer, too)
        f = rng.choice(sorted(x for x in d.iterdir() if x.is_file()))
        size = f.stat().st_size
        at, byte = rng.randrange(size), rng.randrange(1, 256)
        t.append((f"byte {at} of {f.name} xor {byte}", ANY, lambda f=f, at=at, byte=byte: f.write_bytes(
            (lambda b: b[:at] + bytes([b[at] ^ byte]) + b[at + 1:])(f.read_bytes()))))
    return [x for x in t if x[0].startswith(CORE)] if core else t


def union_tampers(d, rng, core=False):
    """Tampers of a synaptic-union directory (core: fewer, for the slow tier)."""
    s = d / "summary.txt"
    lines = s.read_text().splitlines()
    gates = [line.split(" ") for line in lines if line.startswith("gate ")]
    n, last = int(lines[2].split(" ")[1]), len(gates) - 1
    t = [("union count+1", 1, lambda: set_field(s, "count", lambda v: int(v) + 1)),
         ("closure word", 2, lambda: set_field(s, "closure", "permute-tail")),
         ("extra gate directory", 2, lambda: shutil.copytree(d / "gate-0", d / f"gate-{last + 1}")),
         ("gate directory missing", 2, lambda: shutil.rmtree(d / f"gate-{last}"))]

    def drop_gate():  # the last gate and its directory: the gate tables then miss a leaf of gates/
        shutil.rmtree(d / f"gate-{last}")
        s.write_text("\n".join(line for line in lines if not line.startswith(f"gate {last} "))
                     .replace(f"gates {last + 1}", f"gates {last}") + "\n")
    t.append(("gate dropped", 1, drop_gate))
    k = rng.randrange(len(gates))

    def wrong_gate(table):  # gate line k and gate-k/ both name another table, same witness
        s.write_text(s.read_text().replace(" ".join(gates[k]), " ".join(gates[k][:2] + [str(table)] + gates[k][3:])))
        set_field(d / f"gate-{k}" / "summary.txt", "gate", table)
    tables = [int(g[2]) for g in gates]
    low, high = tables[k - 1] if k else -1, tables[k + 1] if k < last else 2**(2**(n - 1))
    for table in range(low + 1, high):
        if table != tables[k]:  # still strictly increasing: the witness does not realize it, or not a leaf
            t.append((f"wrong gate {table} for gate {k}", 1, lambda tb=table: wrong_gate(tb)))
            break
    t.append(("gate-k/ names another gate", 2,
              lambda: set_field(d / f"gate-{k}" / "summary.txt", "gate", (tables[k] + 1) % 2**(2**(n - 1)))))
    t.append(("gate-k/ other witness", 2,
              lambda: set_field(d / f"gate-{k}" / "summary.txt", "gate-witness", lambda v: int(v) + 1)))

    def xor_gate():  # a gate that is no threshold function, with a table of its own
        xor = 6  # x_1 xor x_2 on points 1 and 2 of the gate's cube
        s.write_text(s.read_text().replace(" ".join(gates[0]), " ".join(gates[0][:2] + [str(xor)] + gates[0][3:])))
    if n >= 3 and tables[0] < 6 < tables[1]:
        t.append(("XOR gate", 1, xor_gate))
    t.append(("gate witness negated", 1, lambda: s.write_text(s.read_text().replace(
        " ".join(gates[k]), " ".join(gates[k][:3] + [str(-int(x)) for x in gates[k][3:]])))))

    def alone(table=None):  # gate-k/ as a directory of its own: a synaptic directory
        (d / f"gate-{k}").rename(d.with_suffix(".gate"))
        shutil.rmtree(d)
        d.with_suffix(".gate").rename(d)
        if table is not None:
            set_field(s, "gate", table)
    t.append((f"gate-{k}/ alone", 0, alone))
    if n >= 3:  # the gate made XOR (no threshold function; its witness cannot realize it)
        t.append((f"gate-{k}/ alone, its gate made XOR", 1, lambda: alone(6)))
    for sub in [d / f"gate-{k}"] + [d / "gates"] * (not core):  # census tampers inside
        inner = census_tampers(sub, rng, core=True)
        t += [(f"{sub.name}/: {name}", expect, action) for name, expect, action in inner
              if not core or name.startswith(("count+1", "weakened", "record dropped"))]
    if core:  # the slow tier: each copy of a union is hundreds of files
        t = [x for x in t if not x[0].startswith(("closure", "gate directory missing", "gate-k/ other"))]
    return t


# ------------------------------------------------------------ the runs

class Failures(list):
    def add(self, message):
        print("FAIL " + message, flush=True)
        self.append(message)


def make_directory(quarks, cls, n, degree, encoding, where):
    cmd = [quarks, "count", cls, "--n", str(n), "--json", "--certificates", str(where)]
    cmd += ["--degree", str(degree)] if degree else []
    cmd += ["--encoding", encoding] if encoding else []
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)}: exit {p.returncode}: {p.stderr.strip()}")
    return json.loads(p.stdout)["count"]


def both(quarks, d):
    (qc, qout), (pc, pout) = run([quarks, "count", "verify", str(d)], VERIFY_TIMEOUT), \
        run([sys.executable, CHECKER, str(d)], VERIFY_TIMEOUT)
    return qc, pc, qout, pout


def check_case(quarks, name, d, expect, failures, count=None):
    start = time.monotonic()
    qc, pc, qout, pout = both(quarks, d)
    line = f"{name}: quarks {qc}, check_census {pc}"
    if qc != pc:
        failures.add(f"{line} (disagree)\n  quarks: {qout[-1:]}\n  check_census: {pout[-1:]}")
    elif expect not in (None, ANY) and pc != expect:
        failures.add(f"{line}, expected {expect}: {pout[-1:]}")
    elif expect is None and pc == 0:
        failures.add(f"{line}: a tampered directory was accepted")
    elif count is not None and not (pout and pout[0].endswith(f"count {count}")):
        failures.add(f"{line}: check_census printed {pout[:1]}, quarks counted {count}")
    else:
        print(f"ok   {line} ({time.monotonic() - start:.1f} s)", flush=True)
        return True
    return False


def directories(args, failures, work):
    jobs = []
    for cls, n, degree, encoding in GROUPS[args.group]:
        name = f"{cls}-n{n}" + (f"-d{degree}" if degree else "") + (f"-{encoding}" if encoding else "")
        d = work / name
        t0 = time.monotonic()
        count = make_directory(args.quarks, cls, n, degree, encoding, d)
        t1 = time.monotonic()
        fresh_ok = check_case(args.quarks, name, d, 0, failures, count)
        print(f"time {name}: written {t1 - t0:.2f} s, both readers {time.monotonic() - t1:.2f} s", flush=True)
        if args.group == "ltf7" or not fresh_ok:
            continue  # tampering needs a directory both readers accept
        rng = random.Random(zlib.crc32(name.encode()))
        core = args.group == "dirs-slow" or name not in FULL
        tampers = (union_tampers if (d / "gates").is_dir() else census_tampers)(d, rng, core)
        for i, (what, expect, action) in enumerate(tampers):
            copy = work / f"{name}.t{i}"
            shutil.copytree(d, copy, symlinks=True)
            d.rename(work / f"{name}.orig")  # the actions edit paths in d: the copy stands in meanwhile
            copy.rename(d)
            try:
                action()
            except NoLine as e:  # a line a version-1 summary does not have
                if (d / "summary.txt").read_text().startswith("quarks-census 2"):
                    failures.add(f"{name}: {what}: no line {e}")
                print(f"skip {name}: {what}: no line {e}")
                continue
            finally:
                d.rename(copy)
                (work / f"{name}.orig").rename(d)
            jobs.append((f"{name}: {what}", copy, expect))
    start = time.monotonic()
    def one(job):  # a copy that passed is removed at once (on a loaded disk removal is slow)
        if check_case(args.quarks, *job, failures) and not args.keep:
            shutil.rmtree(job[1])
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        list(pool.map(one, jobs))
    print(f"{len(jobs)} tampered directories compared in {time.monotonic() - start:.1f} s")


def sets(args, failures, work):
    slow = args.group == "sets-slow"
    ltf = {}
    for n in range(1, 5):
        ltf[n] = work / f"ltf{n}"
        make_directory(args.quarks, "ltf", n, None, None, ltf[n])
    runs = []  # (name, quarks command, check_census command)
    for n in ([4] if slow else [2, 3]):
        for d0, d1 in ([(1, 1)] if slow else [(1, 1), (1, 2), (2, 1)]):
            dirs = []
            for d in (d0, d1):
                path = ltf[n] if d == 1 else work / f"ptf{n}d{d}"
                if d != 1 and not path.exists():
                    make_directory(args.quarks, "ptf", n, d, None, path)
                dirs.append(str(path))
            if (d0, d1) == (1, 1):  # --op all: the 16 B and the intersection
                runs.append((f"composed n = {n} degrees 1,1", ["count", "composed", "--op", "all", "--n", str(n),
                                                                "--json"], ["composed", "--n", str(n)] + dirs))
            else:  # one operator at a time (--op all is for degrees 1,1 only)
                runs += [(f"composed n = {n} degrees {d0},{d1} op {op}",
                          ["count", "composed", "--op", op, "--n", str(n), "--degrees", f"{d0},{d1}", "--json"],
                          ["composed", "--n", str(n)] + dirs) for op in OPERATORS]
    layers = [(4, 2)] if slow else [(n, m) for n in (1, 2, 3) for m in (1, 2, 3)] + [(4, 1)]
    for n, m in layers:
        for e in ("01", "pm1"):
            runs.append((f"gated-layer n = {n} m = {m} {e}",
                         ["count", "gated-layer", "--n", str(n), "--m", str(m), "--encoding", e, "--json"],
                         ["gated-layer", "--n", str(n), "--m", str(m), "--encoding", e, str(ltf[n]), str(ltf[m])]))

    @functools.lru_cache(maxsize=None)
    def checker(pcmd):  # one run per class: it gives all 16 operators
        return run([sys.executable, CHECKER, *pcmd])

    def one(r):
        name, qcmd, pcmd = r
        start = time.monotonic()
        (qc, qout), (pc, pout) = run([args.quarks] + qcmd), checker(tuple(pcmd))
        if qc != 0 or pc != 0:
            return failures.add(f"{name}: quarks exit {qc}, check_census exit {pc}: {qout[-1:]} {pout[-1:]}")
        q, p = json.loads(qout[0]), json.loads(pout[0])
        if "operators" in q:
            got = {o["op"]: o["count"] for o in q["operators"]} | {"intersection": q["intersection"]}
            want = {o["op"]: o["count"] for o in p["operators"]} | {"intersection": p["intersection"]}
        elif "operators" in p:
            got, want = {q["op"]: q["count"]}, {q["op"]: {o["op"]: o["count"] for o in p["operators"]}[q["op"]]}
        else:
            got, want = {"count": q["count"]}, {"count": p["count"]}
        if got != want:
            return failures.add(f"{name}: quarks {got}, check_census {want}")
        print(f"ok   {name}: {want} ({time.monotonic() - start:.1f} s)", flush=True)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        list(pool.map(one, runs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("quarks")
    ap.add_argument("group", choices=list(GROUPS) + ["sets-fast", "sets-slow"])
    ap.add_argument("--keep", type=Path, help="write the directories here and keep them")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    failures = Failures()
    work = args.keep or Path(tempfile.mkdtemp(prefix="census-compare-"))
    work.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    (sets if args.group.startswith("sets") else directories)(args, failures, work)
    print(f"{args.group}: {len(failures)} failure(s), {time.monotonic() - start:.1f} s")
    if failures:
        print(f"directories kept in {work}")
        return 1
    if not args.keep:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
