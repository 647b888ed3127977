#!/usr/bin/env python3
# bench-export.py: how much dearer `parity-cli export` of one chart is than bench-reference,
# a bare cairo + pango program drawing the same chart (see README.md).
#
# Each run is a whole process, as a user or a build script would start it. The two programs
# alternate (and swap which goes first) so that drift in the machine's speed falls on both.
# Reports medians and the ratio parity / reference for wall time, CPU time and peak RSS;
# exits 0 whatever the ratio (a benchmark reports, it does not assert), non-zero when a
# program fails or writes nothing.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

AIM = 1.5


def parse_args():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(
        description="Time parity-cli export against the bare cairo + pango reference.")
    p.add_argument("--parity-cli", required=True, help="the parity-cli executable")
    p.add_argument("--reference", required=True, help="the bench-reference executable")
    p.add_argument("--datadir", default=os.path.join(here, "..", "..", "data"),
                   help="Parity's data folder, for PARITY_DATADIR (default: the source tree's)")
    p.add_argument("--runs", type=int, default=30, help="measured runs of each (default 30)")
    p.add_argument("--warmup", type=int, default=3, help="unmeasured runs of each first "
                   "(default 3)")
    p.add_argument("--formats", default="png,pdf", help="comma-separated (default png,pdf)")
    p.add_argument("--chart", default="internet-use-by-development")
    p.add_argument("--preset", default="report")
    p.add_argument("--keep", metavar="DIR", help="write the outputs into DIR and keep them")
    args = p.parse_args()
    if args.runs < 1 or args.warmup < 0:
        p.error("--runs must be at least 1, --warmup at least 0")
    return args


class Failure(Exception):
    pass


def run_once(name, argv, env, output):
    """Runs argv to completion; returns (wall seconds, CPU seconds, peak RSS in bytes)."""
    if os.path.exists(output):
        os.unlink(output)
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
        # os.wait4 gives this child's own rusage; RUSAGE_CHILDREN's ru_maxrss is the
        # largest of all children so far, which no delta can undo.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            message = err.read().decode("utf-8", "replace").strip()
            raise Failure(f"{name} exited with {proc.returncode}: {' '.join(argv)}\n{message}")
    if not os.path.exists(output) or os.path.getsize(output) == 0:
        raise Failure(f"{name} wrote nothing to {output}: {' '.join(argv)}")
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    rss = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return wall, usage.ru_utime + usage.ru_stime, rss


def quartiles(values):
    if len(values) < 2:
        return values[0], values[0]
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def report(fmt, metric, unit, scale, parity, reference):
    mp, mr = statistics.median(parity), statistics.median(reference)
    (p1, p3), (r1, r3) = quartiles(parity), quartiles(reference)
    ratio = mp / mr if mr > 0 else float("inf")
    print(f"export-ratio {fmt} {metric:<9} parity {mp * scale:8.1f} {unit:<3} "
          f"reference {mr * scale:8.1f} {unit:<3} ratio {ratio:5.2f}x   "
          f"(IQR {p1 * scale:.1f}–{p3 * scale:.1f} / {r1 * scale:.1f}–{r3 * scale:.1f})")
    return ratio


def bench_format(fmt, args, env, outdir):
    parity_out = os.path.join(outdir, f"parity.{fmt}")
    reference_out = os.path.join(outdir, f"reference.{fmt}")
    programs = [
        ("parity-cli", [args.parity_cli, "export", "--chart", args.chart, "--preset",
                        args.preset, "-f", fmt, "-o", parity_out, "--quiet"], parity_out),
        ("bench-reference", [args.reference, "--format", fmt, "-o", reference_out],
         reference_out),
    ]
    samples = {name: [] for name, _, _ in programs}

    for _ in range(args.warmup):
        for name, argv, out in programs:
            run_once(name, argv, env, out)
    for i in range(args.runs):
        for name, argv, out in (programs if i % 2 == 0 else programs[::-1]):
            samples[name].append(run_once(name, argv, env, out))

    parity, reference = samples["parity-cli"], samples["bench-reference"]
    column = lambda runs, k: [r[k] for r in runs]
    print(f"export-ratio {fmt}: {args.runs} runs of each after {args.warmup} warm-up; "
          f"output {os.path.getsize(parity_out)} B (parity) / "
          f"{os.path.getsize(reference_out)} B (reference)")
    wall = report(fmt, "wall", "ms", 1e3, column(parity, 0), column(reference, 0))
    report(fmt, "cpu", "ms", 1e3, column(parity, 1), column(reference, 1))
    report(fmt, "peak-rss", "MiB", 1 / 2**20, column(parity, 2), column(reference, 2))
    print(f"export-ratio {fmt}: {wall:.2f}x (aim ≤ {AIM}x)")
    return wall


def main():
    args = parse_args()
    try:
        sys.stdout.reconfigure(encoding="utf-8")
    except (AttributeError, ValueError):
        pass
    for path in (args.parity_cli, args.reference):
        if not os.access(path, os.X_OK):
            print(f"bench-export: {path} is not an executable", file=sys.stderr)
            return 2
    env = dict(os.environ)
    env["PARITY_DATADIR"] = os.path.abspath(args.datadir)

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    ratios = {}
    try:
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            for fmt in formats:
                ratios[fmt] = bench_format(fmt, args, env, args.keep)
        else:
            with tempfile.TemporaryDirectory(prefix="parity-bench-") as outdir:
                for fmt in formats:
                    ratios[fmt] = bench_format(fmt, args, env, outdir)
    except Failure as e:
        print(f"bench-export: {e}", file=sys.stderr)
        return 1
    over = [f for f, r in ratios.items() if r > AIM]
    print("export-ratio: " + ("within the aim" if not over
                              else "over the aim for " + ", ".join(over)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
