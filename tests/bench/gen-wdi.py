#!/usr/bin/env python3
# gen-wdi.py: a file shaped like the World Bank's WDI bulk download (WDICSV.csv)
#
#   gen-wdi.py OUT.csv [--indicators N] [--economies N]
#
# The layout of WDICSV.csv from WDI_CSV.zip: a header "Country Name","Country Code",
# "Indicator Name","Indicator Code","1960",…,"2023", then one row per economy and indicator,
# every field quoted, the 49 aggregates ("World", "Low income", "Sub-Saharan Africa"…) first
# and the 217 economies after them, each with every indicator. Indicator names hold commas,
# parentheses, "US$" and (a few) doubled quotes; values are like 12.3456789012 or
# 1.2345E+11; an empty cell is a gap. Series start late (most before 1990 are empty) and end
# in 2021–2023, with gaps inside, as the real file's 8–10 million values of 23.8 million
# cells do. At full size (1 400 indicators × 266 economies) it is about 250 MB.
# Deterministic: the same arguments, the same bytes.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSIFICATION = os.path.join(HERE, "..", "..", "data", "classification", "economies.tsv")
YEARS = list(range(1960, 2024))

AGGREGATES = [
    ("AFE", "Africa Eastern and Southern"), ("AFW", "Africa Western and Central"),
    ("ARB", "Arab World"), ("CSS", "Caribbean small states"),
    ("CEB", "Central Europe and the Baltics"), ("EAR", "Early-demographic dividend"),
    ("EAS", "East Asia & Pacific"), ("EAP", "East Asia & Pacific (excluding high income)"),
    ("TEA", "East Asia & Pacific (IDA & IBRD countries)"), ("EMU", "Euro area"),
    ("ECS", "Europe & Central Asia"), ("ECA", "Europe & Central Asia (excluding high income)"),
    ("TEC", "Europe & Central Asia (IDA & IBRD countries)"), ("EUU", "European Union"),
    ("FCS", "Fragile and conflict affected situations"),
    ("HPC", "Heavily indebted poor countries (HIPC)"), ("HIC", "High income"),
    ("IBD", "IBRD only"), ("IBT", "IDA & IBRD total"), ("IDB", "IDA blend"),
    ("IDX", "IDA only"), ("IDA", "IDA total"), ("LTE", "Late-demographic dividend"),
    ("LCN", "Latin America & Caribbean"),
    ("LAC", "Latin America & Caribbean (excluding high income)"),
    ("TLA", "Latin America & the Caribbean (IDA & IBRD countries)"),
    ("LDC", "Least developed countries: UN classification"), ("LMY", "Low & middle income"),
    ("LIC", "Low income"), ("LMC", "Lower middle income"),
    ("MEA", "Middle East & North Africa"),
    ("MNA", "Middle East & North Africa (excluding high income)"),
    ("TMN", "Middle East & North Africa (IDA & IBRD countries)"), ("MIC", "Middle income"),
    ("NAC", "North America"), ("INX", "Not classified"), ("OED", "OECD members"),
    ("OSS", "Other small states"), ("PSS", "Pacific island small states"),
    ("PST", "Post-demographic dividend"), ("PRE", "Pre-demographic dividend"),
    ("SST", "Small states"), ("SAS", "South Asia"), ("TSA", "South Asia (IDA & IBRD)"),
    ("SSF", "Sub-Saharan Africa"), ("SSA", "Sub-Saharan Africa (excluding high income)"),
    ("TSS", "Sub-Saharan Africa (IDA & IBRD countries)"), ("UMC", "Upper middle income"),
    ("WLD", "World"),
]

# The economies the classification names only by code.
NAMES = {
    "ABW": "Aruba", "ASM": "American Samoa", "BMU": "Bermuda", "CHI": "Channel Islands",
    "CUW": "Curacao", "CYM": "Cayman Islands", "FRO": "Faroe Islands", "GIB": "Gibraltar",
    "GRL": "Greenland", "GUM": "Guam", "HKG": "Hong Kong SAR, China", "IMN": "Isle of Man",
    "MAC": "Macao SAR, China", "MAF": "St. Martin (French part)",
    "MNP": "Northern Mariana Islands", "NCL": "New Caledonia", "PRI": "Puerto Rico",
    "PYF": "French Polynesia", "SXM": "Sint Maarten (Dutch part)",
    "TCA": "Turks and Caicos Islands", "TWN": "Taiwan, China",
    "VGB": "British Virgin Islands", "VIR": "Virgin Islands (U.S.)", "XKX": "Kosovo",
}

# (name, code, kind): kind "pct" is a share, "level" a large amount, "rate" a small number.
TOPICS = [
    ("Access to electricity (% of population)", "EG.ELC.ACCS.ZS", "pct"),
    ("GDP (current US$)", "NY.GDP.MKTP.CD", "level"),
    ("GDP per capita (current US$)", "NY.GDP.PCAP.CD", "level"),
    ("GDP growth (annual %)", "NY.GDP.MKTP.KD.ZG", "rate"),
    ("Individuals using the Internet (% of population)", "IT.NET.USER.ZS", "pct"),
    ("Mobile cellular subscriptions (per 100 people)", "IT.CEL.SETS.P2", "rate"),
    ("Fixed broadband subscriptions (per 100 people)", "IT.NET.BBND.P2", "rate"),
    ("Population, total", "SP.POP.TOTL", "level"),
    ("Life expectancy at birth, total (years)", "SP.DYN.LE00.IN", "rate"),
    ("School enrollment, primary (% gross)", "SE.PRM.ENRR", "pct"),
    ("School enrollment, secondary (% net)", "SE.SEC.NENR", "pct"),
    ("Literacy rate, adult total (% of people ages 15 and above)", "SE.ADT.LITR.ZS", "pct"),
    ("Unemployment, total (% of total labor force) (modeled ILO estimate)",
     "SL.UEM.TOTL.ZS", "pct"),
    ("Labor force participation rate (% of population ages 15+) (national estimate)",
     "SL.TLF.CACT.NE.ZS", "pct"),
    ("CO2 emissions (metric tons per capita)", "EN.ATM.CO2E.PC", "rate"),
    ("Forest area (sq. km)", "AG.LND.FRST.K2", "level"),
    ("Exports of goods and services (current US$)", "NE.EXP.GNFS.CD", "level"),
    ("Imports of goods and services (% of GDP)", "NE.IMP.GNFS.ZS", "pct"),
    ("Foreign direct investment, net inflows (BoP, current US$)", "BX.KLT.DINV.CD.WD", "level"),
    ("Inflation, consumer prices (annual %)", "FP.CPI.TOTL.ZG", "rate"),
    ("Mortality rate, under-5 (per 1,000 live births)", "SH.DYN.MORT", "rate"),
    ("Prevalence of undernourishment (% of population)", "SN.ITK.DEFC.ZS", "pct"),
    ("Secure Internet servers (per 1 million people)", "IT.NET.SECR.P6", "rate"),
    ("High-technology exports (current US$)", "TX.VAL.TECH.CD", "level"),
    ("ICT goods exports (% of total goods exports)", "TX.VAL.ICTG.ZS.UN", "pct"),
    ("ICT service exports (BoP, current US$)", "BX.GSR.CCIS.CD", "level"),
    ("Research and development expenditure (% of GDP)", "GB.XPD.RSDV.GD.ZS", "pct"),
    ("Firms using \"e-mail\" to interact with clients/suppliers (% of firms)",
     "IC.FRM.EMAL.ZS", "pct"),
    ("Account ownership at a financial institution or with a mobile-money-service provider "
     "(% of population ages 15+)", "FX.OWN.TOTL.ZS", "pct"),
    ("Made or received a digital payment (% age 15+)", "FX.DIG.PAY.ZS", "pct"),
    ("Poverty headcount ratio at $2.15 a day (2017 PPP) (% of population)",
     "SI.POV.DDAY", "pct"),
    ("Gini index", "SI.POV.GINI", "rate"),
    ("Income share held by lowest 20%", "SI.DST.FRST.20", "pct"),
    ("Urban population (% of total population)", "SP.URB.TOTL.IN.ZS", "pct"),
    ("Rural population", "SP.RUR.TOTL", "level"),
    ("Government expenditure on education, total (% of GDP)", "SE.XPD.TOTL.GD.ZS", "pct"),
    ("Current health expenditure per capita (current US$)", "SH.XPD.CHEX.PC.CD", "level"),
    ("Electric power consumption (kWh per capita)", "EG.USE.ELEC.KH.PC", "rate"),
    ("Renewable energy consumption (% of total final energy consumption)",
     "EG.FEC.RNEW.ZS", "pct"),
    ("People using safely managed drinking water services (% of population)",
     "SH.H2O.SMDW.ZS", "pct"),
]

# Variants multiply the topics to 1 400 and more: (name suffix, code suffix).
VARIANTS = [
    ("", ""), (", female", ".FE"), (", male", ".MA"), (", rural", ".RU"), (", urban", ".UR"),
    (" (\"core\" series)", ".CO"), (", ages 15-24", ".1524"), (", ages 25-64", ".2564"),
    (", poorest 40%", ".B40"), (", richest 60%", ".T60"), (" (annual % growth)", ".ZG"),
    (", lower bound", ".LB"), (", upper bound", ".UB"), (" (constant 2015 US$)", ".KD"),
    (", 3-year average", ".3A"), (", index (2015 = 100)", ".IX"), (", gender parity index", ".GPI"),
    (", bottom quintile", ".Q1"), (", second quintile", ".Q2"), (", third quintile", ".Q3"),
    (", fourth quintile", ".Q4"), (", top quintile", ".Q5"), (", modeled estimate", ".ME"),
    (", national estimate", ".NE"), (", survey, round 2", ".R2"), (", survey, round 3", ".R3"),
    (", households, \"any\" access", ".HHA"), (", businesses", ".BUS"),
    (", schools", ".SCH"), (", government", ".GOV"), (", 2G coverage", ".2G"),
    (", 3G coverage", ".3G"), (", 4G coverage", ".4G"), (", 5G coverage", ".5G"),
    (", low estimate", ".LE"), (", high estimate", ".HE"),
]


def economies():
    rows = []
    with open(CLASSIFICATION, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("alpha3"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 8 and cols[7]:
                rows.append((cols[0], cols[8] or NAMES.get(cols[0], cols[0])))
    rows.sort(key=lambda r: r[1])
    return rows


def indicators(n):
    out = []
    for v, (vname, vcode) in enumerate(VARIANTS):
        for name, code, kind in TOPICS:
            out.append((name + vname, code + vcode, kind))
    return sorted(out[:n], key=lambda r: r[0])


def quote(s):
    return '"' + s.replace('"', '""') + '"'


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--indicators", type=int, default=1400)
    p.add_argument("--economies", type=int, default=266)
    args = p.parse_args()
    places = (AGGREGATES + economies())[:args.economies]
    series = indicators(args.indicators)
    head = ",".join(quote(h) for h in ["Country Name", "Country Code", "Indicator Name",
                                        "Indicator Code"] + [str(y) for y in YEARS])
    seed = 12345
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write(head + "\n")
        for e, (code, name) in enumerate(places):
            lead = quote(name) + "," + quote(code) + ","
            chunk = []
            for i, (iname, icode, kind) in enumerate(series):
                # A linear congruential generator: the same file on every platform.
                seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
                r = seed
                # Where the series starts: half of them after 1990, a few from 1960; some
                # economies have none of an indicator at all.
                start = (1960, 1970, 1990, 1995, 2000, 2005, 2010, 2015)[r & 7]
                stop = 2021 + (r >> 3) % 3
                if (r >> 5) % 13 == 0:
                    start = 2024
                gap = 4 + (r >> 9) % 9          # every gap-th year missing
                if kind == "pct":
                    base, step = 5 + (r >> 12) % 80, 0.37
                elif kind == "level":
                    base, step = 1e8 * (1 + (r >> 12) % 5000), 1.9e7
                else:
                    base, step = 0.5 + (r >> 12) % 60, 0.11
                cells = []
                for y in YEARS:
                    if y < start or y > stop or (y * 7 + r) % gap == 0:
                        cells.append("")
                    elif kind == "level":
                        cells.append(f"{(base + step * (y - 1960)) * (1 + e / 97):.6E}")
                    else:
                        v = base + step * (y - 1960) + (e % 13) / 7 + y / 3000
                        if kind == "pct":
                            v = min(v, 100 - (e % 5) / 3)
                        cells.append(f"{v:.13f}".rstrip("0").rstrip("."))
                chunk.append(lead + quote(iname) + "," + quote(icode) + ',"' +
                             '","'.join(cells) + '"')
            f.write("\n".join(chunk) + "\n")


if __name__ == "__main__":
    main()
