#!/usr/bin/env python3
# check-needed.py READELF PROGRAM FORBIDDEN,... [PROGRAM FORBIDDEN,...]: no PROGRAM names
# one of its FORBIDDEN libraries in a NEEDED entry of its ELF file. parity-cli must run
# without GTK and libadwaita, and neither program may load librsvg or libgettextpo at exec:
# they are opened by the figure that needs them (src/core/base/parity-lazy-library.c), and
# loading them costs every run milliseconds (tests/bench/README.md). A TAP test.
import os
import subprocess
import sys

readelf, pairs = sys.argv[1], sys.argv[2:]
print(f'1..{len(pairs) // 2}')
failures = 0
for i in range(0, len(pairs) - 1, 2):
    program, forbidden = pairs[i], pairs[i + 1].split(',')
    out = subprocess.run([readelf, '-d', program], capture_output=True, text=True,
                         check=True).stdout
    needed = [line.split('[', 1)[1].rstrip(']') for line in out.splitlines()
              if '(NEEDED)' in line]
    found = [lib for lib in needed if any(lib.startswith(f + '.so') for f in forbidden)]
    name = os.path.basename(program)
    if found:
        failures += 1
        print(f'not ok {i // 2 + 1} {name} needs {", ".join(found)}')
    else:
        print(f'ok {i // 2 + 1} {name} needs none of {", ".join(forbidden)}')
sys.exit(1 if failures else 0)
