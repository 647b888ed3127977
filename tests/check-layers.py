#!/usr/bin/env python3
# check-layers.py NM LIB...: the core's layers, given bottom up as their static libraries,
# call nothing of a layer above them. The compiler already refuses an upward #include (each
# layer sees only the include folders below it); this catches the other way up: a function
# declared low and defined high, which the linker would resolve without a word.
import subprocess
import sys

nm, libs = sys.argv[1], sys.argv[2:]


def symbols(lib):
    defined, used = set(), set()
    out = subprocess.run([nm, '-g', lib], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 2 or 'parity' not in parts[-1]:
            continue
        (used if parts[-2] == 'U' else defined).add(parts[-1])
    return defined, used


layers = [(lib, *symbols(lib)) for lib in libs]
failures = 0
print(f'1..{len(layers)}')
for i, (lib, _, used) in enumerate(layers):
    below = set().union(*(d for _, d, _ in layers[:i + 1]))
    above = {name: other for other, d, _ in layers[i + 1:] for name in used & d}
    if above:
        failures += 1
        print(f'not ok {i + 1} {lib}')
        for name, other in sorted(above.items()):
            print(f'# {name} is defined in {other}, a layer above')
    else:
        print(f'ok {i + 1} {lib}')
sys.exit(1 if failures else 0)
