#!/usr/bin/env python3
"""The programs run as a person runs them: no PARITY_* variable, from the build tree and
from an install made with `meson install --destdir` into a temporary folder.

    test-as-user.py BUILD_ROOT SOURCE_ROOT cli|gui VERSION

cli: parity-cli finds the bundled dataset, the catalogues of its own messages (LANGUAGE=es)
and those of the figures' words: a Spanish figure says "Fuente:", an Arabic one "المصدر:"
(read from the PNG's Source text, which is the figure's source line); `--version` and the
installed metainfo's newest release say meson's project version.
gui: `parity --version` says the project version; parity opens, finds its settings schema
and paints its first chart (the one hook,
PARITY_EXIT_AFTER_FIRST_FRAME, ends it there); needs the display of build-aux/test.
TAP output.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

build, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
mode, version = sys.argv[3], sys.argv[4]
results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def person_env(home, **extra):
    """What a person's session has: no PARITY_*, no GSETTINGS_SCHEMA_DIR."""
    env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "TZ": "UTC"}
    for name in ("DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
        if name in os.environ:
            env[name] = os.environ[name]
    env.update(extra)
    return env


def png_text(path, key):
    data = open(path, "rb").read()
    pos = 8
    while pos + 12 <= len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        if kind == b"iTXt" and body.split(b"\0", 1)[0] == key.encode():
            # keyword, 0, compression flag, method, language tag 0, translated keyword 0
            rest = body.split(b"\0", 1)[1][2:]
            return rest.split(b"\0", 2)[2].decode("utf-8")
        pos += 12 + n
    return None


def run(args, env, cwd):
    return subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)


def check_cli(where, cli, dataset_dir, tmp):
    home = os.path.join(tmp, "home-" + where)
    os.makedirs(home, exist_ok=True)
    env = person_env(home)
    r = run([cli, "info"], env, tmp)
    bundled = os.path.join(dataset_dir, "datasets", "wsis-2019.json")
    check(f"{where}: info finds the bundled dataset", r.returncode == 0 and bundled in r.stdout,
          r.stdout + r.stderr)
    r = run([cli, "--help"], person_env(home, LANGUAGE="es"), tmp)
    check(f"{where}: messages in Spanish (LANGUAGE=es)", r.stdout.startswith("Uso:"),
          r.stdout[:200] + r.stderr)
    for lang, word in (("es", "Fuente:"), ("ar", "المصدر:"), ("fr", "Source\u00a0:"),
                       ("ru", "Источник:"), ("zh", "资料来源：")):
        out = os.path.join(tmp, f"{where}-{lang}.png")
        r = run([cli, "export", "--chart", "internet-use-by-development", "--lang", lang,
                 "-o", out], env, tmp)
        text = png_text(out, "Source") if r.returncode == 0 else None
        check(f"{where}: a figure in {lang} says {word}",
              text is not None and text.startswith(word), repr(text) + r.stderr)
    r = run([cli, "validate", bundled], env, tmp)
    check(f"{where}: validate the bundled dataset", r.returncode == 0, r.stdout + r.stderr)
    r = run([cli, "--version"], env, tmp)
    check(f"{where}: parity-cli --version", r.stdout == f"parity-cli {version}\n", r.stdout)


def check_gui(where, exe, tmp):
    home = os.path.join(tmp, "home-" + where)
    os.makedirs(home, exist_ok=True)
    r = run([exe, "--version"], person_env(home), tmp)
    check(f"{where}: parity --version", r.stdout == f"parity {version}\n", r.stdout + r.stderr)
    env = person_env(home, PARITY_EXIT_AFTER_FIRST_FRAME="1")
    r = run([exe], env, tmp)
    said = r.stdout + r.stderr
    check(f"{where}: the window paints its first chart", r.returncode == 0, said)
    check(f"{where}: the settings schema is found", "settings schema" not in said, said)


with tempfile.TemporaryDirectory(prefix="parity-as-user-") as tmp:
    dest = os.path.join(tmp, "dest")
    r = subprocess.run(["meson", "install", "-C", build, "--destdir", dest, "--no-rebuild",
                        "--quiet"], capture_output=True, text=True)
    check("meson install --destdir", r.returncode == 0, r.stdout + r.stderr)
    prefix = None
    for root, dirs, files in os.walk(dest):
        if "parity-cli" in files and os.path.basename(root) == "bin":
            prefix = os.path.dirname(root)
    check("the install has bin/parity-cli", prefix is not None)
    if mode == "cli":
        check_cli("build tree", os.path.join(build, "src", "cli", "parity-cli"),
                  os.path.join(source, "data"), tmp)
        if prefix:
            check_cli("install", os.path.join(prefix, "bin", "parity-cli"),
                      os.path.join(prefix, "share", "parity"), tmp)
    else:
        check_gui("build tree", os.path.join(build, "src", "parity"), tmp)
        if prefix:
            # What the system's trigger (or the package's) does after an install.
            schemas = os.path.join(prefix, "share", "glib-2.0", "schemas")
            subprocess.run(["glib-compile-schemas", schemas], check=True)
            check_gui("install", os.path.join(prefix, "bin", "parity"), tmp)
            metainfo = os.path.join(prefix, "share", "metainfo",
                                    "io.github.paritycharts.Parity.metainfo.xml")
            releases = ET.parse(metainfo).getroot().find("releases")
            newest = releases[0].get("version") if releases is not None and len(releases) else None
            check("install: the metainfo's newest release", newest == version, str(newest))

print(f"1..{len(results)}")
for i, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} {name}")
    if not ok and detail:
        for line in detail.strip().splitlines()[:20]:
            print(f"# {line}")
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
