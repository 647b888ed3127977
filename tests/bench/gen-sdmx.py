#!/usr/bin/env python3
# gen-sdmx.py: a large SDMX-JSON 1.0 data message, for the SDMX load benchmark
#
#   gen-sdmx.py OBSERVATIONS OUT.json
#
# Shaped like an ITU or Eurostat query: 200 reference areas × as many indicators as make
# the count, each series 50 years (1970–2019) keyed "area:indicator", each observation
# [value, OBS_STATUS index] with a few estimates and missing values. 200 000 observations
# make a file of about 3.6 MB. Deterministic: the same count, the same file. The series are
# written as plain strings, the bytes json.dump would write with these separators.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import sys

AREAS = 200
YEARS = 50


def series_text(a, i):
    obs = []
    for y in range(YEARS):
        value = round(((a * 37 + y * 11 + i * 7) % 1000) / 10 + (y % 3) * 0.05, 2)
        status = 1 if (a + y + i) % 50 == 0 else 0
        text = "null" if (a + y + i) % 97 == 0 else repr(value)
        obs.append(f'"{y}": [{text}, {status}]')
    return f'"{a}:{i}": {{"attributes": [0], "observations": {{{", ".join(obs)}}}}}'


def main():
    n = int(sys.argv[1])
    indicators = max(1, -(-n // (AREAS * YEARS)))
    structure = {
        "name": "Generated SDMX-JSON",
        "dimensions": {
            "dataSet": [],
            "series": [
                {"id": "REF_AREA", "roles": ["REF_AREA"], "keyPosition": 0,
                 "values": [{"id": f"A{a:03d}", "name": f"Area {a}"} for a in range(AREAS)]},
                {"id": "INDICATOR", "keyPosition": 1,
                 "values": [{"id": f"I{i:03d}", "name": f"Indicator {i}"}
                            for i in range(indicators)]},
            ],
            "observation": [{"id": "TIME_PERIOD", "roles": ["TIME_PERIOD"],
                             "values": [{"id": str(1970 + y)} for y in range(YEARS)]}],
        },
        "attributes": {
            "dataSet": [],
            "series": [{"id": "UNIT_MEASURE", "values": [{"id": "PC", "name": "Percent"}]}],
            "observation": [{"id": "OBS_STATUS", "values": [{"id": "A"}, {"id": "E"}]}],
        },
    }
    head = {"meta": {"id": "GEN", "prepared": "2024-01-02T00:00:00Z",
                     "sender": {"id": "GEN", "name": "Generator"}}}
    written = 0
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write(json.dumps(head)[:-1])
        out.write(', "data": {"structure": ' + json.dumps(structure)
                  + ', "dataSets": [{"action": "Replace", "series": {')
        first = True
        for i in range(indicators):
            for a in range(AREAS):
                if written >= n:
                    break
                out.write(("" if first else ",\n") + series_text(a, i))
                first = False
                written += YEARS
        out.write("}}]}}\n")


if __name__ == "__main__":
    main()
