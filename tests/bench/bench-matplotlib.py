#!/usr/bin/env python3
# bench-matplotlib.py: the export benchmark's chart drawn with matplotlib, as a person who
# reaches for Python would: the three bars of internet-use-by-development at 160 × 100 mm,
# title, subtitle, value labels, the World reference line and a source line, to PDF or PNG.
#
#   bench-matplotlib.py OUTPUT.pdf|OUTPUT.png
#
# SPDX-License-Identifier: GPL-3.0-or-later

import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

LABELS = ["Least developed countries", "Developing countries", "Developed countries"]
VALUES = [19.1, 47.0, 86.6]


def main():
    out = sys.argv[1]
    fig, ax = plt.subplots(figsize=(160 / 25.4, 100 / 25.4))
    colors = ["#D55E00", "#B4C3CF", "#B4C3CF"]
    ax.barh(LABELS, VALUES, color=colors, height=0.6)
    for y, v in enumerate(VALUES):
        ax.text(v + 1, y, f"{v:.1f}%", va="center", fontsize=9, fontweight="bold")
    ax.axvline(53.6, color="#333333", linestyle="--", linewidth=1)
    ax.text(53.6, 2.45, "World 53.6%", fontsize=8, ha="center")
    ax.set_xlim(0, 95)
    ax.set_xticks(range(0, 91, 10), [f"{t}%" for t in range(0, 91, 10)])
    ax.grid(axis="x", color="#E3E3E3")
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    fig.suptitle("Individuals using the Internet, 2019", x=0.02, ha="left",
                 fontweight="bold")
    ax.set_title("Percentage of the population, by development status", loc="left",
                 fontsize=9)
    fig.text(0.02, 0.02, "Source: ITU, World Telecommunication/ICT Indicators database",
             fontsize=7, color="#595959")
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    fig.savefig(out, dpi=300)


if __name__ == "__main__":
    main()
