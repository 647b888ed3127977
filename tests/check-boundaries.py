#!/usr/bin/env python3
"""Checks the bundled world boundaries (data/boundaries) against what their README says and
what a UN map needs: the file is the one build-aux/fetch-boundaries brought in (its SHA-256
as the README records it), every feature has an alpha-3 code (Parity joins data by it; five
areas without a UN M49 code have made-up ids, which are not used), and every LDC,
LLDC and SIDS of the bundled classification has a feature of its own, but for the one the
README names."""
import csv
import hashlib
import json
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
folder = root / "data" / "boundaries"
data = (folder / "world-50m.json").read_bytes()
readme = (folder / "README.md").read_text()
failures = []

recorded = re.search(r"SHA-256 `([0-9a-f]{64})`", readme)
if recorded is None or hashlib.sha256(data).hexdigest() != recorded.group(1):
    failures.append("world-50m.json is not the file whose SHA-256 README.md records: "
                    "run build-aux/fetch-boundaries and update README.md")

topology = json.loads(data)
features = topology["objects"]["countries"]["geometries"]
codes = set()
for feature in features:
    code = feature.get("properties", {}).get("a3", "")
    if not re.fullmatch(r"[A-Z]{3}", code):
        failures.append("a feature without an alpha-3 code: %r" % feature.get("properties"))
    codes.add(code)

lines = [l for l in (root / "data" / "classification" / "economies.tsv").open(encoding="utf-8")
         if not l.startswith("#")]
without_feature = {"BES"}   # README.md: Bonaire, Sint Eustatius and Saba has none
for economy in csv.DictReader(lines, delimiter="\t"):
    groups = set(economy["un"].split(","))
    if groups & {"ldc", "lldc", "sids"} and economy["alpha3"] not in codes | without_feature:
        failures.append("%s (%s) has no feature of its own" % (economy["alpha3"],
                                                              economy["un"]))

for line in failures:
    print(line)
print("%d features; %s" % (len(features), "ok" if not failures else "%d problems" % len(failures)))
sys.exit(1 if failures else 0)
