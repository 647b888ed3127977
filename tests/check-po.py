#!/usr/bin/env python3
"""Every language in po/LINGUAS is complete: no fuzzy, no untranslated message, no error.

    check-po.py PO_DIR [--pot FILE]

Runs `msgfmt --check --check-accelerators=_ --statistics` on each PO_DIR/<lang>.po listed in
PO_DIR/LINGUAS. With --pot, each catalogue is first merged with that template (as
`msgmerge` would update it), so a string added to the sources but not yet translated fails
too. Exits 77, which meson counts as skipped, when msgfmt is not installed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def linguas(po_dir):
    langs = []
    with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0]
            langs.extend(line.split())
    return langs


def statistics(po_path):
    """Returns (ok, translated, fuzzy, untranslated, msgfmt's output)."""
    env = dict(os.environ, LC_ALL='C', LANGUAGE='')
    result = subprocess.run(
        ['msgfmt', '--check', '--check-accelerators=_', '--statistics', '-o', os.devnull,
         po_path],
        capture_output=True, text=True, env=env)
    output = (result.stdout + result.stderr).strip()
    counts = {}
    for kind in ('translated', 'fuzzy', 'untranslated'):
        match = re.search(r'(\d+) ' + kind, output)
        counts[kind] = int(match.group(1)) if match else 0
    return (result.returncode == 0, counts['translated'], counts['fuzzy'],
            counts['untranslated'], output)


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != '--pot'):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    po_dir = argv[1]
    pot = argv[3] if len(argv) == 4 else None
    if shutil.which('msgfmt') is None or (pot and shutil.which('msgmerge') is None):
        print('1..0 # SKIP msgfmt or msgmerge is not installed')
        return SKIP

    langs = linguas(po_dir)
    failures = 0
    print(f'1..{len(langs)}')
    with tempfile.TemporaryDirectory() as tmp:
        for n, lang in enumerate(langs, 1):
            po_path = os.path.join(po_dir, lang + '.po')
            if not os.path.exists(po_path):
                print(f'not ok {n} {lang} # {po_path} is missing')
                failures += 1
                continue
            if pot:
                merged = os.path.join(tmp, lang + '.po')
                subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged,
                                po_path, pot], check=True)
                po_path = merged
            ok, translated, fuzzy, untranslated, output = statistics(po_path)
            if ok and translated > 0 and fuzzy == 0 and untranslated == 0:
                print(f'ok {n} {lang} # {translated} translated')
            else:
                print(f'not ok {n} {lang} # {translated} translated, {fuzzy} fuzzy, '
                      f'{untranslated} untranslated')
                for line in output.splitlines():
                    print('#   ' + line)
                failures += 1
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
