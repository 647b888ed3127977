#!/usr/bin/env python3
# gen-big.py: a large indicator database, as native Parity JSON and as tidy CSV
#
#   gen-big.py OBSERVATIONS OUT.json OUT.csv [--compact]     (OUT.csv "-": no CSV)
#
# Shaped like the ITU's: 200 economies, indicators over 60 years (1960–2019), as many
# indicators as make the count; values with one or two decimals, a few estimates. 600 000
# observations make a JSON file of about 32 MB. Deterministic: the same count, the same files.
# The observations are written as plain strings (the bytes json.dump would write with these
# separators), so that 10 million take seconds, not minutes. --compact writes no space after
# a comma or colon, as json.dump(..., separators=(",", ":")) would: 10 million observations
# are then 475 MB, under the 512 MiB a file may have, where the spaces would make 538 MB.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import sys

ECONOMIES = 200
YEARS = 60


def observation(e, y, i):
    value = round(((e * 37 + y * 11 + i * 7) % 1000) / 10 + (y % 3) * 0.05, 2)
    text = f'{{"entity": "E{e:03d}", "period": "{1960 + y}", "value": {value!r}'
    if (e + y + i) % 50 == 0:
        text += ', "qualifier": "estimate"'
    return value, text + "}"


def compact(text):
    """The separators json.dump's (",", ":") writes, for text whose strings hold neither."""
    return text.replace(", ", ",").replace(": ", ":")


def main():
    n = int(sys.argv[1])
    json_path, csv_path = sys.argv[2], sys.argv[3]
    small = sys.argv[4:] == ["--compact"]
    squeeze = compact if small else (lambda text: text)
    per_indicator = ECONOMIES * YEARS
    n_indicators = max(1, -(-n // per_indicator))
    entities = [{"id": f"E{e:03d}", "label": f"Economy {e}", "kind": "economy"}
                for e in range(ECONOMIES)]
    dump = lambda value: json.dumps(value, separators=(",", ":") if small else (", ", ": "))
    csv = open(csv_path, "w") if csv_path != "-" else None
    if csv:
        csv.write("Country Name,Country Code,Indicator Code,Year,Value\n")
    made = 0
    with open(json_path, "w") as f:
        f.write(squeeze('{"format": "parity-dataset", "version": 1, "default_language": "en", '
                        '"title": "Generated indicator database", "sources": [], "entities": ')
                + dump(entities) + squeeze(', "indicators": ['))
        for i in range(n_indicators):
            observations = []
            rows = []
            for e in range(ECONOMIES):
                for y in range(YEARS):
                    if made == n:
                        break
                    value, text = observation(e, y, i)
                    observations.append(text)
                    if csv:
                        rows.append(f"Economy {e},E{e:03d},IND{i:03d},{1960 + y},{value}\n")
                    made += 1
            f.write(squeeze((", " if i else "") + f'{{"id": "IND{i:03d}", "label": '
                            f'"Indicator {i}", "unit": {{"kind": "percent"}}, "decimals": 2, '
                            '"observations": [' + ", ".join(observations) + "]}"))
            if csv:
                csv.write("".join(rows))
        # One chart, as a saved analysis would have: ten economies of the first indicator.
        charts = [{"id": "first", "kind": "bar", "title": "Indicator 0, 2019",
                   "indicator": "IND000", "period": "2019" if made >= YEARS else "1960",
                   "entities": [f"E{e:03d}" for e in range(min(10, ECONOMIES))
                                if made >= YEARS * (e + 1)] or ["E000"]}]
        f.write(squeeze('], "charts": ') + dump(charts) + "}")
    if csv:
        csv.close()


if __name__ == "__main__":
    main()
