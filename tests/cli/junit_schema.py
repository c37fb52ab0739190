#!/usr/bin/env python3
"""Validates a JUnit XML file the way the Windy Road JUnit.xsd (the Apache Ant
format, https://github.com/windyroad/JUnit-Schema) states it, with a strict
XML parser (expat, via xml.etree) and the schema's rules written out here:
which elements, in which order, which attributes are required or allowed, and
their types. Also checks that each suite's counts match its testcases.

Usage: junit_schema.py FILE [--tests N] [--failures N] [--errors N]
                            [--failure-text TEXT]...  (totals over all suites)
Exit 0 if valid and as expected; 1 with one line per problem otherwise."""
import re
import sys
import xml.etree.ElementTree as ET

TOKEN = re.compile(r"\S(.*\S)?", re.S)  # xs:token, minLength 1 (after whitespace collapse)
INT = re.compile(r"[+-]?[0-9]+")
DECIMAL = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")  # no time zone allowed

SUITE_ATTRIBUTES = {"name": TOKEN, "timestamp": TIMESTAMP, "hostname": TOKEN, "tests": INT, "failures": INT,
                    "errors": INT, "time": DECIMAL, "package": TOKEN, "id": INT}
SUITE_OPTIONAL = {"skipped": INT}
CASE_ATTRIBUTES = {"name": TOKEN, "classname": TOKEN, "time": DECIMAL}

problems = []


def check_attributes(element, required, optional, where):
    for name, pattern in required.items():
        if name not in element.attrib:
            problems.append(f"{where}: missing required attribute '{name}'")
    for name, value in element.attrib.items():
        pattern = required.get(name) or optional.get(name)
        if pattern is None:
            problems.append(f"{where}: attribute '{name}' is not in the schema")
        elif not pattern.fullmatch(" ".join(value.split()) if pattern is TOKEN else value):
            problems.append(f"{where}: attribute {name}='{value}' has the wrong type")


def no_children(element, where):
    if len(element):
        problems.append(f"{where}: <{element.tag}> may hold text only")


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    path, expected, failure_texts = args[0], {}, []
    i = 1
    while i < len(args):
        if args[i] in ("--tests", "--failures", "--errors"):
            expected[args[i][2:]] = int(args[i + 1])
        elif args[i] == "--failure-text":
            failure_texts.append(args[i + 1])
        else:
            print(f"unknown argument {args[i]}")
            return 2
        i += 2
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>'):
        problems.append("the file does not start with an XML declaration of UTF-8")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        print(f"{path}: not well-formed XML: {e}")
        return 1
    if root.tag != "testsuites":
        problems.append(f"root element <{root.tag}>, expected <testsuites>")
    check_attributes(root, {}, {}, "testsuites")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    texts = []
    for index, suite in enumerate(root):
        where = f"testsuite {index}"
        if suite.tag != "testsuite":
            problems.append(f"<testsuites> holds <{suite.tag}>")
            continue
        check_attributes(suite, SUITE_ATTRIBUTES, SUITE_OPTIONAL, where)
        if suite.get("id") != str(index):
            problems.append(f"{where}: id '{suite.get('id')}', expected {index} (counted from 0)")
        children = list(suite)
        tags = [c.tag for c in children]
        if len(tags) < 3 or tags[0] != "properties" or tags[-2:] != ["system-out", "system-err"] or \
                any(t != "testcase" for t in tags[1:-2]):
            problems.append(f"{where}: children {tags}, expected properties, testcase*, system-out, system-err")
            continue
        for prop in children[0]:
            if prop.tag != "property":
                problems.append(f"{where}: <properties> holds <{prop.tag}>")
            check_attributes(prop, {"name": TOKEN, "value": re.compile(r".*", re.S)}, {}, f"{where} property")
            no_children(prop, f"{where} property")
        no_children(children[-2], where)
        no_children(children[-1], where)
        cases = children[1:-2]
        counts = {"tests": len(cases), "failures": 0, "errors": 0}
        for case in cases:
            name = case.get("name", "?")
            check_attributes(case, CASE_ATTRIBUTES, {}, f"testcase '{name}'")
            results = list(case)
            if len(results) > 1 or any(r.tag not in ("skipped", "error", "failure") for r in results):
                problems.append(f"testcase '{name}': children {[r.tag for r in results]}, "
                                "expected at most one of skipped, error, failure")
                continue
            for r in results:
                if r.tag in ("error", "failure"):
                    counts["failures" if r.tag == "failure" else "errors"] += 1
                    check_attributes(r, {"type": re.compile(r".*", re.S)},
                                     {"message": re.compile(r".*", re.S)}, f"testcase '{name}' <{r.tag}>")
                    no_children(r, f"testcase '{name}'")
                    texts.append((r.get("message") or "") + "\n" + (r.text or ""))
        for key, count in counts.items():
            if suite.get(key) != str(count):
                problems.append(f"{where}: {key}='{suite.get(key)}' but it holds {count}")
            totals[key] += count
    for key, value in expected.items():
        if totals[key] != value:
            problems.append(f"{key}: {totals[key]}, expected {value}")
    for text in failure_texts:
        if not any(text in t for t in texts):
            problems.append(f"no failure or error carries '{text}'")
    for p in problems:
        print(f"{path}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
