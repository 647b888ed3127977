#!/usr/bin/env python3
# gen-big.py: a large indicator database, as native Parity JSON and as tidy CSV
#
#   gen-big.py OBSERVATIONS OUT.json OUT.csv
#
# Shaped like the ITU's: 200 economies, indicators over 60 years (1960–2019), as many
# indicators as make the count; values with one or two decimals, a few estimates. 600 000
# observations make a JSON file of about 43 MB. Deterministic: the same count, the same files.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import sys

ECONOMIES = 200
YEARS = 60


def main():
    n = int(sys.argv[1])
    json_path, csv_path = sys.argv[2], sys.argv[3]
    per_indicator = ECONOMIES * YEARS
    n_indicators = max(1, -(-n // per_indicator))
    entities = [{"id": f"E{e:03d}", "label": f"Economy {e}", "kind": "economy"}
                for e in range(ECONOMIES)]
    indicators = []
    rows = []
    made = 0
    for i in range(n_indicators):
        observations = []
        for e in range(ECONOMIES):
            for y in range(YEARS):
                if made == n:
                    break
                value = round(((e * 37 + y * 11 + i * 7) % 1000) / 10 + (y % 3) * 0.05, 2)
                obs = {"entity": f"E{e:03d}", "period": str(1960 + y), "value": value}
                if (e + y + i) % 50 == 0:
                    obs["qualifier"] = "estimate"
                observations.append(obs)
                rows.append((f"Economy {e}", f"E{e:03d}", f"IND{i:03d}", 1960 + y, value))
                made += 1
        indicators.append({"id": f"IND{i:03d}", "label": f"Indicator {i}",
                           "unit": {"kind": "percent"}, "decimals": 2,
                           "observations": observations})
    # One chart, as a saved analysis would have: ten economies of the first indicator.
    charts = [{"id": "first", "kind": "bar", "title": "Indicator 0, 2019",
               "indicator": "IND000", "period": "2019" if made >= YEARS else "1960",
               "entities": [f"E{e:03d}" for e in range(min(10, ECONOMIES))
                            if made >= YEARS * (e + 1)] or ["E000"]}]
    dataset = {"format": "parity-dataset", "version": 1, "default_language": "en",
               "title": "Generated indicator database", "sources": [],
               "entities": entities, "indicators": indicators, "charts": charts}
    with open(json_path, "w") as f:
        json.dump(dataset, f, separators=(", ", ": "))
    with open(csv_path, "w") as f:
        f.write("Country Name,Country Code,Indicator Code,Year,Value\n")
        for r in rows:
            f.write(f"{r[0]},{r[1]},{r[2]},{r[3]},{r[4]}\n")


if __name__ == "__main__":
    main()
