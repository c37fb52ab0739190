#!/usr/bin/env python3
"""Unit tests of check_witness.py's grammar corners and arithmetic (no quarks needed).

    test_check_witness.py [ROOT]     (ROOT holds witnesses/; default: two levels up)
"""
import copy
import itertools
import json
import random
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(HERE))
import check_witness as cw  # noqa: E402

ROOT = Path(sys.argv.pop(1)) if len(sys.argv) > 1 else HERE.parents[1]


def golden(name):
    return json.loads((ROOT / "witnesses" / name).read_text())


def verdict(w, raw_replace=None, **kw):
    """0, 1 or 2 for a witness object (optionally with one text replacement)."""
    text = json.dumps(w)
    if raw_replace:
        assert raw_replace[0] in text
        text = text.replace(raw_replace[0], raw_replace[1], 1)
    try:
        _, failure, _ = cw.check(text.encode(), **kw)
        return 1 if failure else 0
    except cw.BadInput:
        return 2


class IntegerStrings(unittest.TestCase):
    """§Integers: -?(0|[1-9][0-9]*), base 10, any length."""

    def test_accepted(self):
        for s, v in [("0", 0), ("17", 17), ("-17", -17), ("9" * 5000, int("9" * 5000)),
                     ("-1" + "0" * 4999, -10 ** 4999)]:
            self.assertEqual(cw.decimal(s, "t"), v)

    def test_refused(self):
        for s in ["010", "+10", "08", "-0", "00", "-00", " 1", "1 ", "1e3", "0x10", "1.0", "", "-",
                  "\u0661", "1_000", "0" + "9" * 5000, 17, None, ["1"]]:
            with self.assertRaises(cw.BadInput, msg=repr(s)):
                cw.decimal(s, "t")

    def test_in_a_file(self):
        w = golden("composition-AND-n8-d1-s7.json")
        value = w["gates"][0]["terms"][0][0]
        self.assertEqual(verdict(w), 0)
        for bad in ["0" + value, "+" + value, "-0", " " + value, "1e3", "0x10", "08", "00"]:
            w2 = copy.deepcopy(w)
            w2["gates"][0]["terms"][0][0] = bad
            self.assertEqual(verdict(w2), 2, bad)
        w2 = copy.deepcopy(w)
        w2["gates"][0]["terms"][0][0] = "9" * 5000  # well formed, and F_0 > 0 everywhere: refuted
        self.assertEqual(verdict(w2), 1)


class Json(unittest.TestCase):
    def parse(self, text):
        return cw.parse_json(text if isinstance(text, bytes) else text.encode())

    def test_numbers(self):
        self.assertEqual(self.parse('{"a": [0, -1, 9223372036854775807, -9223372036854775808]}')["a"][2],
                         2 ** 63 - 1)
        for bad in ["-0", "1.0", "1e3", "1E3", "-0.0", "NaN", "Infinity", "-Infinity", "01",
                    "9223372036854775808", "-9223372036854775809", "9" * 5000]:
            with self.assertRaises(cw.BadInput, msg=bad):
                self.parse('{"a": %s}' % bad)

    def test_duplicates_at_every_level(self):
        for bad in ['{"a": 1, "a": 1}', '{"a": {"b": 1, "b": 2}}', '{"a": [{"b": 1, "b": 1}]}',
                    '{"a": 1, "\\u0061": 2}']:
            with self.assertRaises(cw.BadInput, msg=bad):
                self.parse(bad)

    def test_text(self):
        self.assertEqual(self.parse(' \n{"a": "\\ud83d\\ude00"}\r\n\t '), {"a": "\U0001f600"})
        for bad in [b"\xef\xbb\xbf{}", b"{} x", b"{}{}", b"[]", b"", b'{"a": "\xff"}', b'{"a": "\t"}',
                    b"{}\x0c", b'{"a": "\\ud800"}', b'{"a": \'b\'}', b"{'a': 1}", b'{"a": 1,}']:
            with self.assertRaises(cw.BadInput, msg=bad):
                self.parse(bad)

    def test_nesting(self):  # the top-level object is level 1
        self.parse('{"a": ' + "[" * 63 + "]" * 63 + "}")
        for arrays in (64, 100000):
            with self.assertRaises(cw.BadInput):
                self.parse('{"a": ' + "[" * arrays + "]" * arrays + "}")


class Arithmetic(unittest.TestCase):
    def test_values_on_cube_is_the_per_point_sum(self):
        rng = random.Random(5)
        for m in range(0, 9):
            masks = rng.sample(range(1 << m), min(1 << m, 12))
            p = cw.Poly(m, [(mask, rng.randrange(-10 ** 30, 10 ** 30) or 1) for mask in masks])
            naive = [sum(c for mask, c in p.terms if y & mask == mask) for y in range(1 << m)]
            self.assertEqual(cw.values_on_cube(p), naive)

    def test_irreducible_counts(self):
        self.assertEqual([cw.irreducible_count(a) for a in (1, 2, 3, 4)], [2, 10, 218, 64594])
        for a in (1, 2, 3):  # the formula against the definition
            tables = ("".join(bits) for bits in itertools.product("01", repeat=2 ** a))
            self.assertEqual(sum(map(cw.irreducible, tables)), cw.irreducible_count(a))

    def test_operator_names(self):
        self.assertEqual(len(set(cw.BINARY_NAMES.values())), 16)
        self.assertEqual(sum(cw.irreducible(t) for t in cw.BINARY_NAMES.values()), 10)
        self.assertEqual(cw.apply("0001", [1, 1]), 1)   # AND: row 3 has z_0 = z_1 = +1
        self.assertEqual(cw.apply("0100", [1, -1]), 1)  # NIMPLY: row 1 has z_0 = +1 only


class Files(unittest.TestCase):
    def test_goldens(self):
        for path in sorted((ROOT / "witnesses").glob("*.json")):
            scope, failure, weakened = cw.check(path.read_bytes())
            refuted = path.name in ("lemma-5.2-paper-k2.json", "theorem-4.3-paper-n2-m2-s1.json")  # errata
            self.assertEqual(failure is not None, refuted, path.name)
            self.assertFalse(weakened)

    def test_theorem_4_3(self):
        w = golden("theorem-4.3-n4-m3-s1.json")
        self.assertEqual(verdict(w), 0)
        self.assertEqual(verdict(dict(w, m=0)), 2)
        bumped = copy.deepcopy(w)
        bumped["output"]["bias"] = "3"  # bias m: phi's activation is 0 where every y_i = -1 (code 3)
        self.assertEqual(verdict(bumped), 1)
        swapped = copy.deepcopy(w)  # y_i = h_i g_i: the pair's order does not matter
        swapped["h"][1]["terms"], swapped["g"][1]["terms"] = w["g"][1]["terms"], w["h"][1]["terms"]
        self.assertEqual(verdict(swapped), 0)

    def test_dense_selectors(self):  # §Dense selectors
        w = golden("composition-dense-MAJ3-n5-d1-s2.json")
        self.assertEqual(verdict(w), 0)
        self.assertEqual(verdict(dict(w, selector="Dense")), 2)
        self.assertEqual(verdict({key: v for key, v in w.items() if key != "selector"}), 2)  # encoding, codes
        self.assertEqual(verdict(dict(w, k=3)), 2)
        self.assertEqual(verdict(dict(w, claim="lemma-5.3")), 2)
        for code, expected in ((w["cases"][0]["code"], 2), (4, 2), (-1, 2), ("1", 2), (3, 1)):
            bad = copy.deepcopy(w)
            bad["cases"][1]["code"] = code  # repeated, >= 2^k, negative, a string; 3 is the unused code
            self.assertEqual(verdict(bad), expected, code)
        swapped = copy.deepcopy(w)
        swapped["cases"][0]["code"], swapped["cases"][1]["code"] = 1, 0
        self.assertEqual(verdict(swapped), 1)
        sparse = golden("composition-AND-n8-d1-s7.json")
        self.assertEqual(verdict(dict(sparse, selector="sparse")), 0)
        sparse["cases"][0]["code"] = 0
        self.assertEqual(verdict(sparse), 2)

    def test_weakened_needs_the_flag(self):
        w = golden("lemma-5.3-n10-k3-j2-d2.json")
        w["strict_on"] = "selector-points"
        self.assertEqual(verdict(w), 2)
        self.assertEqual(verdict(w, allow_weakened=True), 0)
        # F + c z_1 z_2 is 0 at z_1 = z_2 = 1, x = 0 only: never a selector point
        at = sum(int(t[0]) for t in w["gates"][0]["terms"] if set(t[1:]) <= {0, 1})
        w["gates"][0]["terms"].append([str(-at), 0, 1])
        self.assertEqual(verdict(w, allow_weakened=True), 0)
        w["strict_on"] = "cube"
        self.assertEqual(verdict(w), 1)

    def test_n_above_20_is_refused(self):
        w = golden("composition-AND-n8-d1-s7.json")
        w["n"] = 21
        for p in w["gates"]:
            p["variables"] = 21
        for p in w["inputs"]:
            p["variables"] = 20
        with self.assertRaisesRegex(cw.BadInput, "n = 21"):
            cw.check(json.dumps(w).encode())

    def test_coverage(self):
        w = golden("lemma-5.1-arity2.json")
        self.assertTrue(cw.check(json.dumps(w).encode())[0].startswith("complete"))
        w["items"] = w["items"][:1]
        self.assertEqual(cw.check(json.dumps(w).encode())[0], "partial: 1 of 20 (B, i) pairs of arity 2")
        w = golden("lemma-5.2-k5.json")
        w["items"] = [it for it in w["items"] if it["k"] != 3]
        self.assertTrue(cw.check(json.dumps(w).encode())[0].startswith("complete"))
        w["items"].pop()
        self.assertEqual(cw.check(json.dumps(w).encode())[0].split(";")[-1],
                         " 191 of 192 (j, signs) pairs for k = 5")


if __name__ == "__main__":
    unittest.main()
