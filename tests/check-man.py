#!/usr/bin/env python3
"""The manual pages: clean roff, and parity-cli(1) documents exactly parity-cli's options.

    check-man.py roff PAGE...
    check-man.py options PAGE PARITY_CLI

roff: each PAGE is ASCII (groff's escapes stand for other characters, so every man
implementation reads it), every dash typed at the start of a word is "\\-" (a bare "-" is a
hyphen, which cannot be pasted into a terminal), and groff finds nothing to warn about with
every warning on (-ww), on the terminal and on paper. Exits 77, which meson counts as
skipped, when groff is not installed.

options: for each command, the options that "PARITY_CLI COMMAND --help" prints (long and
short) are the options that PAGE's section for that command lists, no more and no fewer;
-h and --help, which every command has, are said once for all.
"""
import os
import re
import shutil
import subprocess
import sys

SKIP = 77
COMMANDS = ['export', 'validate', 'info', 'i18n extract', 'i18n merge', 'i18n status']
HELP = {'-h', '--help'}


def check_roff(pages):
    if shutil.which('groff') is None:
        print('1..0 # SKIP groff is not installed')
        return SKIP
    env = dict(os.environ, LC_ALL='C.UTF-8')
    failures = 0
    n = 0
    for page in pages:
        name = os.path.basename(page)
        with open(page, 'rb') as f:
            data = f.read()
        problems = []
        for number, line in enumerate(data.split(b'\n'), 1):
            if any(byte > 0x7e or (byte < 0x20 and byte != 0x09) for byte in line):
                problems.append(f'line {number}: not ASCII')
            text = line.decode('ascii', 'replace')
            if text.startswith('.\\"'):
                continue
            if re.search(r'(^|[\s(\["|=])-', text):
                problems.append(f'line {number}: a dash typed at the start of a word is "\\-": '
                                f'{text}')
        n += 1
        report(n, f'{name} is ASCII, with "\\-" for dashes', problems)
        failures += bool(problems)
        for device in ('ps', 'utf8'):
            result = subprocess.run(['groff', '-man', '-ww', '-z', '-T' + device, page],
                                    capture_output=True, text=True, env=env)
            output = (result.stdout + result.stderr).strip()
            problems = output.splitlines() if output or result.returncode else []
            if result.returncode and not problems:
                problems = [f'groff exited with {result.returncode}']
            n += 1
            report(n, f'groff -man -ww -T{device} {name}', problems)
            failures += bool(problems)
    print(f'1..{n}')
    return 1 if failures else 0


def help_options(program, command):
    """The options in "PROGRAM COMMAND --help": "  -c, --chart=ID   …" gives -c and --chart."""
    env = dict(os.environ, LC_ALL='C')
    result = subprocess.run([program] + command.split() + ['--help'], capture_output=True,
                            text=True, env=env)
    if result.returncode != 0:
        raise RuntimeError(f'{command} --help exited with {result.returncode}: {result.stderr}')
    options = set()
    for line in result.stdout.splitlines():
        match = re.match(r' +(?:(-[A-Za-z0-9]), )?(--[A-Za-z0-9-]+)', line)
        if match:
            options.update(o for o in match.groups() if o)
    return options


def page_options(page):
    """The options each command's section of COMMANDS lists: the tags of its .TP items."""
    sections = {}
    current = None
    in_commands = False
    tag_next = False
    with open(page, encoding='ascii') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('.SH'):
                in_commands = line.split(None, 1)[1:] == ['COMMANDS']
                current = None
            elif line.startswith('.SS') and in_commands:
                # .SS "i18n merge \fR[\fIOPTION\fR...] ..."
                heading = line[3:].strip().strip('"')
                current = re.split(r'\s*\\f', heading)[0]
                sections[current] = set()
            elif line.startswith(('.TP', '.TQ')):
                tag_next = True
                continue
            elif tag_next and current is not None:
                for option in re.findall(r'(?<![A-Za-z0-9])\\-(?:\\-)?[A-Za-z0-9][A-Za-z0-9\\-]*',
                                    line):
                    sections[current].add(option.replace('\\-', '-'))
            tag_next = False
    return sections


def check_options(page, program):
    sections = page_options(page)
    failures = 0
    for n, command in enumerate(COMMANDS, 1):
        expected = help_options(program, command) - HELP
        documented = sections.get(command)
        problems = []
        if documented is None:
            problems.append(f'no section ".SS {command}" under COMMANDS')
            documented = set()
        for option in sorted(expected - documented):
            problems.append(f'{option} is not documented')
        for option in sorted(documented - expected):
            problems.append(f'{option} is documented, but parity-cli {command} has no such '
                            'option')
        if not expected and command != 'validate':
            problems.append(f'"parity-cli {command} --help" lists no options')
        report(n, f'parity-cli {command}: {" ".join(sorted(expected)) or "no options"}',
               problems)
        failures += bool(problems)
    with open(page, encoding='ascii') as f:
        text = f.read()
    n = len(COMMANDS) + 1
    problems = [f'{o} is not in the page' for o in ('\\-\\-help', '\\-\\-version')
                if o not in text]
    report(n, '--help and --version', problems)
    failures += bool(problems)
    print(f'1..{n}')
    return 1 if failures else 0


def report(n, what, problems):
    print(f'{"not ok" if problems else "ok"} {n} - {what}')
    for problem in problems:
        print(f'#   {problem}')


def main(argv):
    if len(argv) >= 3 and argv[1] == 'roff':
        return check_roff(argv[2:])
    if len(argv) == 4 and argv[1] == 'options':
        return check_options(argv[2], argv[3])
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
