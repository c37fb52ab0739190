#!/usr/bin/env python3
"""A second, independent checker of quarks census certificate directories.

Written from docs/capacity.md alone ("The census", "Certificate directories
(format 2)", "Classes computed as sets"): it shares no code with src/count and
solves no LP. Standard library only; every number is an exact Python integer.
Comments cite the doc's headings (§Notation, §The walk, §Verdicts, ...).

    check_census.py DIR
        one verdict line; exit 0 verified, 1 refuted, 2 malformed (§Verdicts), 3 internal error
    check_census.py composed --n N DIR_F [DIR_G]
        T_B(n;d0,d1) for the 16 binary B and the intersection of the 10
        irreducible ones, with T(n;d0), T(n;d1) taken from the verified census
        directories DIR_F, DIR_G (DIR_G defaults to DIR_F); one JSON line
    check_census.py gated-layer --n N --m M --encoding 01|pm1 DIR_N DIR_M
        T(n,m,1;x) with T(n;1), T(m;1) from the verified ltf directories; one JSON line
The set modes exit 2 if a directory does not verify or n > 4.
"""
import functools
import json
import os
import re
import stat
import sys
import zlib
from math import factorial

INT64 = 2**63
LINE = re.compile(rb"[\x21-\x7e]+(?: [\x21-\x7e]+)*")  # §Lexical rules
INTEGER = re.compile(r"0|-?[1-9][0-9]*")


class Malformed(Exception):
    pass


class Refuted(Exception):
    pass


def malformed(message):
    raise Malformed(message)


def number(text, lo, hi, what):
    """An integer of the project grammar in lo..hi (§Lexical rules), else malformed."""
    if not INTEGER.fullmatch(text):
        malformed(f"{what}: '{text}' is not an integer")
    value = int(text)
    if not lo <= value <= hi:
        malformed(f"{what}: {value} is out of range {lo}..{hi}")
    return value


# ------------------------------------------------------------ §Lexical rules: files as line streams

def chunks_of(path, name, gzip_ok):
    """The bytes of a file: its text, or the decompressed text of its gzip members. A
    compressed file is checked whole before its first line is read (see "Corners")."""
    with open(path, "rb") as f:
        compressed = f.read(2) == b"\x1f\x8b"
    if compressed and not gzip_ok:
        malformed(f"{name}: compressed, but this file is never compressed")
    if compressed:
        for _ in gunzip(path, name):
            pass
        yield from gunzip(path, name)
        return
    with open(path, "rb") as f:
        while data := f.read(1 << 20):
            yield data


def gunzip(path, name):
    """RFC 1952: one or more members, each with its CRC-32 and length checked by zlib
    (wbits 31), and nothing after the last one."""
    with open(path, "rb") as f:
        data = b""
        member, started = zlib.decompressobj(31), False
        while True:
            if not data:
                data = f.read(1 << 20)
                if not data:
                    break
            try:
                out = member.decompress(data)
            except zlib.error as e:
                malformed(f"{name}: bad gzip data ({e})")
            started = True
            if out:
                yield out
            if member.eof:
                data, member, started = member.unused_data, zlib.decompressobj(31), False
            else:
                data = b""
        if started:
            malformed(f"{name}: gzip data ends inside a member")


class Reader:
    """The lines of one file, each checked against the lexical rules as it is read."""

    def __init__(self, path, name, gzip_ok):
        self.name, self.line = name, 0
        self.lines = self._split(chunks_of(path, name, gzip_ok))

    def _split(self, chunks):
        rest = b""
        for chunk in chunks:
            parts = (rest + chunk).split(b"\n")
            rest = parts.pop()
            yield from parts
        if rest:
            malformed(f"{self.name}: the last line does not end in a newline")

    def where(self):
        return f"{self.name} line {self.line}"

    def fields(self):
        """The next line's fields, or None at the end of the file."""
        raw = next(self.lines, None)
        if raw is None:
            return None
        self.line += 1
        if not LINE.fullmatch(raw):
            malformed(f"{self.where()}: breaks the lexical rules")
        return raw.decode("ascii").split(" ")

    def expect(self, *words, count=None):
        """The next line, which must start with `words` and have `count` fields."""
        f = self.fields()
        if f is None:
            malformed(f"{self.name}: ends before a '{' '.join(words)}' line")
        if f[:len(words)] != list(words) or (count is not None and len(f) != count):
            malformed(f"{self.where()}: expected a '{' '.join(words)}' line")
        return f

    def finish(self):  # the `end` line, and nothing after it
        self.expect("end", count=1)
        if next(self.lines, None) is not None:
            malformed(f"{self.name}: text after 'end'")


# ------------------------------------------------------------ truth tables (bit p of a table is f(p))

@functools.cache
def point_masks(n, i):
    """The points with x_i = 0, and those with x_i = 1 and x_{i+1} = 0, as tables."""
    return (sum(1 << p for p in range(1 << n) if not p >> i & 1),
            sum(1 << p for p in range(1 << n) if p >> i & 3 == 1))


def negate_input(f, i, n):
    """f with x_i negated: p -> f(p xor 2^i)."""
    s, low = 1 << i, point_masks(n, i)[0]
    return ((f >> s) & low) | ((f & low) << s)


def swap_inputs(f, i, n):
    """f with x_i and x_{i+1} exchanged."""
    s, a = 1 << i, point_masks(n, i)[1]
    return (f & ~(a | a << s)) | ((f & a) << s) | ((f >> s) & a)


def closure(seeds, maps):
    """The smallest set containing the seeds and closed under the maps (an orbit union)."""
    seen = set(seeds)
    todo = list(seen)
    while todo:
        f = todo.pop()
        for g in maps:
            h = g(f)
            if h not in seen:
                seen.add(h)
                todo.append(h)
    return seen


def group_maps(n, first):
    """Generators of the permutations and negations of x_first..x_{n-1}: the adjacent
    transpositions generate the permutations, and with them negating x_first gives
    every negation."""
    maps = [lambda f, i=i: swap_inputs(f, i, n) for i in range(first, n - 1)]
    return maps + [lambda f: negate_input(f, first, n)] if first < n else maps


def ltf_leaf_weight(f, n):
    """§Weights and the count: n!/prod(b!) * 2^e for a regular leaf f of ltf."""
    essential = sum(negate_input(f, i, n) != f for i in range(n))
    runs, run = [], 1
    for i in range(n - 1):
        if swap_inputs(f, i, n) == f:
            run += 1
        else:
            runs.append(run)
            run = 1
    runs.append(run)
    denominator = 1
    for b in runs:
        denominator *= factorial(b)
    return factorial(n) // denominator << essential


# ------------------------------------------------------------ §Files: summary.txt

PRODUCED = {"ltf": lambda n, d: 1 <= n <= 9 and d == 1,  # (class, n, degree) the census produces
            "ptf": lambda n, d: 1 <= n <= 5 and 1 <= d <= n,
            "synaptic": lambda n, d: 2 <= n <= 5 and d == 1}
V1_BRANCHINGS = [0, 0, 0, 0, 8, 24, 96, 120]  # §Verdicts, "Version 1": ltf split for n = 1..8
V1_LIGHT = [0, 0, 0, 0, 2, 2, 3, 3]


def count_value(r):  # `count`: a decimal integer in 0..2^128 - 1
    return number(r.expect("count", count=2)[1], 0, 2**128 - 1, r.where())


def read_census_summary(r, version, cls):
    """The summary of an ltf, ptf or synaptic directory, one line at a time (§Files)."""
    s = {"version": version, "class": cls}
    s["n"] = n = number(r.expect("n", count=2)[1], 0, INT64 - 1, r.where())
    s["degree"] = d = number(r.expect("degree", count=2)[1], 0, INT64 - 1, r.where())
    if not PRODUCED[cls](n, d):
        malformed(f"{r.where()}: the census does not produce class {cls} with n = {n}, degree {d}")
    if cls == "synaptic":
        s["gate"] = number(r.expect("gate", count=2)[1], 0, 2**(2**(n - 1)) - 1, r.where())
        if version == 1:
            malformed(f"{r.where()}: a version-1 synaptic directory has no gate witness")
        f = r.expect("gate-witness", count=n + 1)
        s["gate-witness"] = [number(x, -INT64, INT64 - 1, r.where()) for x in f[1:]]
        s["encoding"] = r.expect("encoding", count=2)[1]
        if s["encoding"] not in ("01", "pm1"):
            malformed(f"{r.where()}: unknown encoding '{s['encoding']}'")
    if version == 1:  # the split is fixed by n
        if n > 8:
            malformed(f"{r.where()}: version-1 directories have n <= 8")
        split = number(r.expect("split", count=2)[1], 0, INT64 - 1, r.where())
        if cls == "ltf":
            s["rule"] = ("branchings", V1_BRANCHINGS[n - 1], V1_LIGHT[n - 1])
        else:
            s["rule"] = ("depth", 0 if n <= 3 else 2**(n - 1))
        if split != s["rule"][1]:
            malformed(f"{r.where()}: version-1 split {split}, the doc fixes {s['rule'][1]} for n = {n}")
    else:
        f = r.expect("split-rule")
        if cls == "ltf":
            if len(f) != 5 or f[1] != "branchings" or f[3] != "light":
                malformed(f"{r.where()}: expected 'split-rule branchings B light L'")
            s["rule"] = ("branchings", number(f[2], 0, 512, r.where()), number(f[4], 0, 512, r.where()))
        else:
            if len(f) != 3 or f[1] != "depth":
                malformed(f"{r.where()}: expected 'split-rule depth D'")
            s["rule"] = ("depth", number(f[2], 0, 2**n, r.where()))
            if cls == "ptf" and n == 5 and s["rule"][1] != 16:
                malformed(f"{r.where()}: ptf with n = 5 needs depth 16 (the half-orbit path)")
        s["units"] = number(r.expect("units", count=2)[1], 1, INT64 - 1, r.where())
    s["tasks"] = number(r.expect("tasks", count=2)[1], 0, INT64 - 1, r.where())
    if version == 1:
        s["units"] = min(256, s["tasks"])
    if not 1 <= s["units"] <= s["tasks"]:
        malformed(f"{r.where()}: units {s['units']} and tasks {s['tasks']} break 1 <= U <= T")
    for key in ("decisions", "leaves"):
        s[key] = number(r.expect(key, count=2)[1], 0, INT64 - 1, r.where())
    s["count"] = count_value(r)
    r.finish()
    return s


def read_union_summary(r):
    """The summary of a synaptic-union directory (§Files of a synaptic-union directory)."""
    s = {"class": "synaptic-union"}
    s["n"] = n = number(r.expect("n", count=2)[1], 2, 5, r.where())
    s["encoding"] = r.expect("encoding", count=2)[1]
    if s["encoding"] not in ("01", "pm1"):
        malformed(f"{r.where()}: unknown encoding '{s['encoding']}'")
    r.expect("closure", "permute-negate-tail", count=2)
    gates = number(r.expect("gates", count=2)[1], 1, 2**(2**(n - 1)), r.where())
    s["gates"] = []
    for k in range(gates):
        f = r.expect("gate", str(k), count=n + 3)
        table = number(f[2], 0, 2**(2**(n - 1)) - 1, r.where())
        if s["gates"] and table <= s["gates"][-1][0]:
            malformed(f"{r.where()}: gate tables are not strictly increasing")
        s["gates"].append((table, [number(x, -INT64, INT64 - 1, r.where()) for x in f[3:]]))
    s["count"] = count_value(r)
    r.finish()
    return s


def read_summary(path, name):
    r = Reader(os.path.join(path, "summary.txt"), f"{name}summary.txt", gzip_ok=False)
    f = r.expect("quarks-census", count=2)
    if f[1] not in ("1", "2"):
        malformed(f"{r.where()}: unknown version '{f[1]}'")
    version = int(f[1])
    cls = r.expect("class", count=2)[1]
    if cls in PRODUCED:
        return read_census_summary(r, version, cls)
    if cls == "synaptic-union" and version == 2:
        return read_union_summary(r)
    malformed(f"{r.where()}: unknown class '{cls}' for version {version}")


def check_entries(path, name, files, dirs=()):
    """§Verdicts step 2: exactly these regular files (and directories), nothing else."""
    present = set(os.listdir(path))
    for entry in sorted(present - set(files) - set(dirs)):
        malformed(f"{name}{entry}: not accounted for by the summary")
    for entry, want, kind in [(e, stat.S_ISREG, "regular file") for e in files] + \
                             [(e, stat.S_ISDIR, "directory") for e in dirs]:
        if entry not in present:
            malformed(f"{name}{entry}: missing")
        if not want(os.lstat(os.path.join(path, entry)).st_mode):  # lstat: a symlink is neither
            malformed(f"{name}{entry}: not a {kind}")


def realizes_gate(gate, witness, n):
    """§Files: (u, t) realizes the gate table strictly on {0,1}^(n-1), bit j of x' being x_{j+1}."""
    u, t = witness[:-1], witness[-1]
    for x in range(1 << (n - 1)):
        a = sum(u[j] for j in range(n - 1) if x >> j & 1) - t
        if a == 0 or (a > 0) != bool(gate >> x & 1):
            return False
    return True


# ------------------------------------------------------------ §Notation and §The walk

class Census:
    """One ltf, ptf or synaptic directory, walked as §The walk says."""

    def __init__(self, path, name, s, collect):
        self.path, self.name, self.s, self.collect = path, name, s, collect
        self.cls, n = s["class"], s["n"]
        self.n, self.size = n, 1 << n
        self.ltf = self.cls == "ltf"
        self.features()
        if self.ltf:  # walk order: key(p) = sum_i x_i (n - i), ties by p
            self.order = sorted(range(self.size), key=lambda p: (sum(n - i for i in range(n) if p >> i & 1), p))
            self.dominated, self.dominating = self.dominance()
        else:
            self.order = list(range(self.size))
        self.force_false = self.cls == "synaptic" or (self.cls == "ptf" and n <= 4)
        self.leaf_weight_fixed = 1 if self.cls == "ptf" and n == 5 else 2
        self.records = self.leaves = 0
        self.tables = []  # leaf tables, when collected

    def features(self):
        """phi(p) as a list of (column, value != 0) pairs (§Notation, Features)."""
        n = self.n
        if self.cls == "synaptic":  # phi_0 = x_0 g(p), g(p) = bit (p >> 1) of G, else 0 or -1
            g = [1 if self.s["gate"] >> (p >> 1) & 1 else (0 if self.s["encoding"] == "01" else -1)
                 for p in range(self.size)]
            self.m = n
            self.phi = [[(0, g[p])] * (p & 1 and g[p] != 0) + [(i, 1) for i in range(1, n) if p >> i & 1]
                        for p in range(self.size)]
        else:  # monomials S, 1 <= |S| <= d, ordered by |S| then by mask
            monomials = sorted((S for S in range(1, self.size) if bin(S).count("1") <= self.s["degree"]),
                               key=lambda S: (bin(S).count("1"), S))
            self.m = len(monomials)
            self.phi = [[(c, 1) for c, S in enumerate(monomials) if p & S == S] for p in range(self.size)]

    def dominance(self):
        """q <= p when every prefix of bits 0..k of q has at most as many ones as that of p."""
        n, size = self.n, self.size
        prefix = [[bin(p & ((2 << k) - 1)).count("1") for k in range(n)] for p in range(size)]
        below = [0] * size  # D(p) as a point mask
        above = [0] * size  # U(q)
        for p in range(size):
            for q in range(size):
                if q != p and all(a <= b for a, b in zip(prefix[q], prefix[p])):
                    below[p] |= 1 << q
                    above[q] |= 1 << p
        return below, above

    def act(self, z, p):
        return sum(z[c] * v for c, v in self.phi[p]) - z[-1]

    def is_task_root(self, k, b, light):  # §The split into tasks and units
        rule = self.s["rule"]
        if rule[0] == "depth":
            return k == rule[1]
        return b == rule[1] or light == rule[2]

    # ---- §The system of a branch

    def system(self, T, F):
        """The rows of (T, F): label -> (row of A as a list of m + 1 ints, b)."""
        rows = {}
        for p in range(self.size):
            if T >> p & 1 and not (self.ltf and T & self.dominated[p]):
                rows[str(p)] = (self.row(p, 1), 1)
            if F >> p & 1 and not (self.ltf and F & self.dominating[p]):
                rows[str(p)] = (self.row(p, -1), 1)
        if self.ltf:  # r<i>: w_i - w_{i+1} >= 0, and r<n-1>: w_{n-1} >= 0
            for i in range(self.n):
                rows[f"r{i}"] = ([(c == i) - (c == i + 1 < self.n) for c in range(self.m + 1)], 0)
        return rows

    def row(self, p, sign):  # true: phi(p) w - t >= 1; false: -phi(p) w + t >= 1
        row = [0] * (self.m + 1)
        for c, v in self.phi[p]:
            row[c] = sign * v
        row[-1] = -sign
        return row

    def decide(self, reader, T, F, p, v):
        """Steps 6: the next record decides p := v; returns its witness or None (empty)."""
        f = reader.fields()
        where = reader.where()
        if f is None or f[0] not in ("W", "F"):
            malformed(f"{where if f else reader.name}: the record for point {p} value {v} is missing")
        self.records += 1
        if f[0] == "W" and len(f) != self.m + 4 or f[0] == "F" and len(f) < 5:
            malformed(f"{where}: wrong number of fields")
        point, value = number(f[1], 0, 511, where), number(f[2], 0, 1, where)
        if f[0] == "W":
            z = [number(x, -INT64, INT64 - 1, where) for x in f[3:]]
        else:
            k = number(f[3], 1, INT64 - 1, where)
            if len(f) != 4 + k:
                malformed(f"{where}: {k} pairs announced, {len(f) - 4} given")
            pairs = []
            for pair in f[4:]:
                label, colon, y = pair.partition(":")
                if not colon or not label:
                    malformed(f"{where}: '{pair}' is not <row>:<y>")
                number(label[1:] if label[0] == "r" else label, 0, 511, where)
                pairs.append((label, number(y, 1, INT64 - 1, where)))
        if (point, value) != (p, v):
            malformed(f"{where}: a record for point {point} value {value}, the walk decides point {p} value {v}")
        bit = 1 << p
        rows = self.system(T | bit if v else T, F if v else F | bit)
        if f[0] == "W":
            for label, (row, rhs) in rows.items():
                if sum(a * x for a, x in zip(row, z)) < rhs:
                    raise Refuted(f"{where}: the witness fails row {label}")
            return z
        if len({label for label, _ in pairs}) != len(pairs):
            malformed(f"{where}: a row label appears twice")
        for label, _ in pairs:
            if label not in rows:
                malformed(f"{where}: '{label}' is not a row of the branch's system")
        yA, yb = [0] * (self.m + 1), 0
        for label, y in pairs:
            row, rhs = rows[label]
            yA = [s + y * a for s, a in zip(yA, row)]
            yb += y * rhs
        if any(yA):
            raise Refuted(f"{where}: the Farkas vector fails yA = 0")
        if yb <= 0:
            raise Refuted(f"{where}: the Farkas vector fails yb > 0")
        return None

    def leaf(self, T, z, where):
        """Step 2: z realizes the leaf strictly on the whole cube (and is sorted for ltf)."""
        if self.ltf:  # a(z, p) for every p at once: each x_i doubles the list of points
            acts = [-z[-1]]
            for w in z[:-1]:
                acts += [a + w for a in acts]
        else:
            acts = [self.act(z, p) for p in range(self.size)]
        for p, a in enumerate(acts):
            if a == 0 or (a > 0) != bool(T >> p & 1):
                raise Refuted(f"{where}: the leaf witness {z} does not realize the leaf at point {p}")
        if self.ltf and not all(z[i] >= z[i + 1] for i in range(self.n - 1)) or self.ltf and z[self.n - 1] < 0:
            raise Refuted(f"{where}: the leaf witness {z} is not sorted and non-negative")
        self.leaves += 1
        if self.collect:
            self.tables.append(T)
        return ltf_leaf_weight(T, self.n) if self.ltf else self.leaf_weight_fixed

    def walk(self, reader, k, T, F, z, b, light, tasks):
        """The walk from one node; returns the summed leaf weights below it. tasks is the
        list of task roots in the top walk, None in a task's walk (step 1 switched off)."""
        if tasks is not None and self.is_task_root(k, b, light):
            f = reader.fields()
            if f != ["T", str(len(tasks))]:
                malformed(f"{reader.where() if f else reader.name}: expected 'T {len(tasks)}'")
            tasks.append((T, F, z, k))
            return 0
        if k == self.size:
            return self.leaf(T, z, reader.where())
        p = self.order[k]
        bit = 1 << p
        if self.ltf and T & self.dominated[p]:  # step 4, forced true
            return self.walk(reader, k + 1, T | bit, F, z, b, light, tasks)
        if self.force_false and k == 0:  # step 5, forced false
            return self.walk(reader, 1, T, F | bit, z, b, light, tasks)
        a = self.act(z, p)
        branches = []
        for v in (0, 1):  # step 6: both values decided before either is walked
            if (v == 1 and a > 0) or (v == 0 and a < 0):
                branches.append((v, z))
            else:
                witness = self.decide(reader, T, F, p, v)
                if witness is not None:
                    branches.append((v, witness))
        both = int(len(branches) == 2)
        total = 0
        for v, witness in branches:  # step 7
            if v:
                total += self.walk(reader, k + 1, T | bit, F, witness, b + both, light + both, tasks)
            else:
                total += self.walk(reader, k + 1, T, F | bit, witness, b + both, light, tasks)
        return total

    def orbit_weights(self, tasks):
        """§Half orbits: w_orbit for each task (0 for the tasks that are not walked)."""
        if not (self.cls == "ptf" and self.n == 5):
            return [1] * len(tasks)
        index = {T & 0xFFFF: i for i, (T, _, _, _) in enumerate(tasks)}  # f0: the table on points 0..15
        maps = group_maps(4, 0) + [lambda f: f ^ 0xFFFF]  # permutations, negations, complement
        weights = [None] * len(tasks)
        for i, (T, _, _, _) in enumerate(tasks):
            if weights[i] is None:  # i is the smallest task index of its orbit
                members = [index[f] for f in closure([T & 0xFFFF], maps) if f in index]
                for j in members:
                    weights[j] = 0
                weights[i] = len(members)
        return weights

    def run(self):
        s, n, name = self.s, self.n, self.name
        v = s["version"]
        # §Verdicts step 4: walk.cert, from T = F = {}, z = (0, ..., 0, 1), position 0
        r = Reader(os.path.join(self.path, "walk.cert"), f"{name}walk.cert", gzip_ok=v == 2)
        r.expect("quarks-census-walk", str(v), count=2)
        tasks = []
        count = self.walk(r, 0, 0, 0, [0] * self.m + [1], 0, 0, tasks)
        r.finish()
        if len(tasks) != s["tasks"]:
            raise Refuted(f"{name}summary.txt: tasks {s['tasks']}, the walk reaches {len(tasks)}")
        weights = self.orbit_weights(tasks)
        for u in range(s["units"]):  # step 5: unit u holds tasks u, u + U, ...
            r = Reader(os.path.join(self.path, f"unit-{u}.cert"), f"{name}unit-{u}.cert", gzip_ok=v == 2)
            r.expect("quarks-census-unit", str(v), str(u), count=3)
            for i in range(u, len(tasks), s["units"]):
                if weights[i]:
                    f = r.fields()
                    if f != ["task", str(i)]:
                        malformed(f"{r.where() if f else r.name}: expected 'task {i}'")
                    T, F, z, k = tasks[i]
                    count += weights[i] * self.walk(r, k, T, F, z, 0, 0, None)
            r.finish()
        for key, value in (("decisions", self.records), ("leaves", self.leaves), ("count", count)):
            if s[key] != value:  # step 6
                raise Refuted(f"{name}summary.txt: {key} {s[key]}, recomputed {value}")
        return count


# ------------------------------------------------------------ §Verdicts: one directory

def verify(path, name="", expect=None, collect=False):
    """Check a directory; returns (summary, count, leaf tables); raises Malformed or Refuted.
    expect: summary fields a parent directory fixes (compared right after the summary)."""
    if not os.path.isdir(path):  # DIR itself may be a symbolic link; its entries may not
        malformed(f"{name or path}: not a directory")
    s = read_summary(path, name)  # step 1
    for key, want in (expect or {}).items():
        if s.get(key) != want:
            malformed(f"{name}summary.txt: {key} is {s.get(key)}, {want} expected")
    if s["class"] == "synaptic-union":
        return verify_union(path, name, s)
    check_entries(path, name, ["summary.txt", "walk.cert"] +
                  [f"unit-{u}.cert" for u in range(s["units"])])  # step 2
    if s["class"] == "synaptic" and not realizes_gate(s["gate"], s["gate-witness"], s["n"]):  # step 3
        raise Refuted(f"{name}summary.txt: the gate witness does not realize gate {s['gate']}")
    census = Census(path, name, s, collect)
    return s, census.run(), census.tables


def verify_union(path, name, s):
    """§Files of a synaptic-union directory, in the order §Verdicts gives."""
    n, gates = s["n"], s["gates"]
    check_entries(path, name, ["summary.txt"], ["gates"] + [f"gate-{k}" for k in range(len(gates))])
    for k, (table, witness) in enumerate(gates):
        if not realizes_gate(table, witness, n):
            raise Refuted(f"{name}summary.txt: the witness of gate {k} does not realize {table}")
    _, _, leaves = verify(os.path.join(path, "gates"), f"{name}gates/",
                          {"version": 2, "class": "ltf", "n": n - 1}, collect=True)
    if sorted(leaves) != [table for table, _ in gates]:
        raise Refuted(f"{name}summary.txt: the gate tables differ from the leaves of gates/")
    full = (1 << (1 << n)) - 1
    seeds = set()
    for k, (table, witness) in enumerate(gates):
        _, _, leaves = verify(os.path.join(path, f"gate-{k}"), f"{name}gate-{k}/",
                              {"version": 2, "class": "synaptic", "n": n, "encoding": s["encoding"],
                               "gate": table, "gate-witness": witness}, collect=True)
        seeds.update(leaves)
        seeds.update(f ^ full for f in leaves)  # and their complements
    count = len(closure(seeds, group_maps(n, 1)))  # permute-negate-tail
    if count != s["count"]:
        raise Refuted(f"{name}summary.txt: count {s['count']}, the union has {count}")
    return s, count, []


def verdict(path):
    try:
        s, count, _ = verify(path, path.rstrip("/") + "/")
    except Malformed as e:
        return 2, f"malformed: {e}"
    except Refuted as e:
        return 1, f"refuted: {e}"
    except OSError as e:
        return 2, f"malformed: {e.filename}: {e.strerror}"
    except Exception as e:  # a bug here, never a verdict (exit 1 would read as refuted)
        return 3, f"internal error: {type(e).__name__}: {e}"
    what = f"{s['class']} n = {s['n']}" + (f" degree {s['degree']}" if "degree" in s else "")
    return 0, f"verified: {what}: count {count}"


# ------------------------------------------------------------ §Classes computed as sets (n <= 4)
#
# T(n;d) as a set of truth tables, from a directory this script verified: for ltf the
# regular leaves expanded over every permutation and negation of the inputs (each orbit
# of T(n;1) holds one regular positive function, §The census), for ptf (n <= 4) the
# leaves and their complements. For ltf the expansion must have the certified size.

def class_list(path, n):
    s, count, leaves = verify(path, f"{path}/", collect=True)
    if s["class"] not in ("ltf", "ptf") or s["n"] != n:
        malformed(f"{path}: not an ltf or ptf directory with n = {n}")
    full = (1 << (1 << n)) - 1
    members = closure(leaves, group_maps(n, 0)) if s["class"] == "ltf" else \
        set(leaves) | {f ^ full for f in leaves}
    if len(members) != count:
        raise Refuted(f"{path}: the expanded leaves give {len(members)} functions, count {count}")
    return sorted(members), s["degree"]


# B(f, g) pointwise; the names are those of `quarks count composed --op all`
OPERATORS = [("FALSE", lambda f, g, e: 0), ("NOR", lambda f, g, e: e ^ (f | g)),
             ("NIMPLY", lambda f, g, e: f & ~g), ("NOT_Z1", lambda f, g, e: e ^ g),
             ("CNIMPLY", lambda f, g, e: ~f & g), ("NOT_Z0", lambda f, g, e: e ^ f),
             ("XOR", lambda f, g, e: f ^ g), ("NAND", lambda f, g, e: e ^ (f & g)),
             ("AND", lambda f, g, e: f & g), ("XNOR", lambda f, g, e: e ^ f ^ g),
             ("Z0", lambda f, g, e: f), ("CIMPLY", lambda f, g, e: f | (e ^ g)),
             ("Z1", lambda f, g, e: g), ("IMPLY", lambda f, g, e: (e ^ f) | g),
             ("OR", lambda f, g, e: f | g), ("TRUE", lambda f, g, e: e)]
IRREDUCIBLE = ["NOR", "NIMPLY", "CNIMPLY", "XOR", "NAND", "AND", "XNOR", "CIMPLY", "IMPLY", "OR"]


def composed(n, dir_f, dir_g):
    (fs, d0), (gs, d1) = class_list(dir_f, n), class_list(dir_g, n)
    e = (1 << (1 << n)) - 1
    classes = {name: {op(f, g, e) for f in fs for g in gs} for name, op in OPERATORS}
    meet = set.intersection(*(classes[name] for name in IRREDUCIBLE))
    return {"class": "composed", "n": n, "degrees": [d0, d1],
            "operators": [{"op": name, "count": str(len(classes[name]))} for name, _ in OPERATORS],
            "intersection": str(len(meet))}


def gated_layer(n, m, encoding, dir_n, dir_m):
    """{phi(y_1..y_m)}: phi in T(m;1), y_i = f_i AND g_i (01) or f_i XNOR g_i (pm1)."""
    (fs, _), (phis, _) = class_list(dir_n, n), class_list(dir_m, m)
    e = (1 << (1 << n)) - 1
    ys = sorted({f & g if encoding == "01" else e ^ f ^ g for f in fs for g in fs})
    # phi(y)(p) = phi at the point whose bit i-1 is y_i(p): the OR over the true points u
    # of phi of the AND over i of y_i (bit i-1 of u set) or NOT y_i (bit clear). The ANDs
    # are built one y_i at a time; equal partial ANDs are kept once. The class is closed
    # under the permutations and negations s of the n inputs (s phi(y) = phi(s y), and
    # T(n;1), hence the y's, are closed under s): so y_1 runs over one member of each
    # orbit of the y's, and each new member brings its orbit.
    group = group_maps(n, 0)
    firsts, seen = [], set()
    for y in ys:
        if y not in seen:
            firsts.append(y)
            seen |= closure([y], group)
    members = set()
    for phi in phis:
        ones = [u for u in range(1 << m) if phi >> u & 1]

        def extend(state, y, i):
            return tuple(acc & (y if u >> i & 1 else e ^ y) for acc, u in zip(state, ones))

        states = {(e,) * len(ones)}
        for i in range(m):
            if i < m - 1:
                states = {extend(state, y, i) for state in states for y in (firsts if i == 0 else ys)}
                continue
            for state in states:
                for y in (firsts if i == 0 else ys):
                    value = 0
                    for acc in extend(state, y, i):
                        value |= acc
                    if value not in members:
                        members |= closure([value], group)
                if len(members) == e + 1:
                    break  # every function of n inputs: the class cannot grow
    return {"class": "gated-layer", "n": n, "m": m, "encoding": encoding, "count": str(len(members))}


def main(argv):
    if len(argv) == 2 and not argv[1].startswith("-") and argv[1] not in ("composed", "gated-layer"):
        code, line = verdict(argv[1])
        print(line)
        return code
    try:
        if len(argv) in (5, 6) and argv[1] == "composed" and argv[2] == "--n":
            n = number(argv[3], 1, 4, "--n")
            print(json.dumps(composed(n, argv[4], argv[-1])))
            return 0
        if len(argv) == 10 and argv[1] == "gated-layer" and argv[2:7:2] == ["--n", "--m", "--encoding"]:
            n, m = number(argv[3], 1, 4, "--n"), number(argv[5], 1, 3, "--m")
            if argv[7] not in ("01", "pm1"):
                malformed(f"--encoding {argv[7]}: 01 or pm1")
            print(json.dumps(gated_layer(n, m, argv[7], argv[8], argv[9])))
            return 0
    except (Malformed, Refuted, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(__doc__.split("\n\n")[2], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    sys.exit(main(sys.argv))
