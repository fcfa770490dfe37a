#!/usr/bin/env python3
"""Prints the size distribution of Opora's main code: lines per class file (median, p90, max),
the controllers' number and sizes, and the largest files, so that a change's effect on structure
can be read as figures (issue #13).

Run: python3 tools/code-size.py [source-root]   (default: src/main/java)
Lines are physical lines of each .java file, package-info.java left out.
"""
import pathlib
import re
import statistics
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent / "src" / "main" / "java")
files = [p for p in root.rglob("*.java") if p.name != "package-info.java"]
controller = re.compile(r"^@(Rest)?Controller\b", re.M)


def lines(path):
    return len(path.read_text(encoding="utf-8").splitlines())


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return 0
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def describe(name, values):
    print(f"{name}: {len(values)} files, {sum(values)} lines; median {statistics.median(values):g}, "
          f"p90 {percentile(values, 90):g}, max {max(values)}")


sizes = {p: lines(p) for p in files}
describe("main code", list(sizes.values()))
controllers = {p: n for p, n in sizes.items() if controller.search(p.read_text(encoding="utf-8"))}
describe("controllers", list(controllers.values()))
print(f"controllers' share of the main code: {100 * sum(controllers.values()) / sum(sizes.values()):.0f} %")
print("largest files:")
for p, n in sorted(sizes.items(), key=lambda e: -e[1])[:10]:
    print(f"  {n:5d}  {p.relative_to(root)}")
