#!/usr/bin/env python3
"""Checks the bundled datasets, every valid loader fixture and the chart kinds' fixtures
(tests/kinds) against the JSON Schema, and the bundled and valid test themes against the
theme schema, so the schemas and the readers cannot drift apart.
Skips (exit 77) without the jsonschema module."""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    print("jsonschema is not installed: skipped")
    sys.exit(77)

root = pathlib.Path(sys.argv[1])
schema = json.loads((root / "data" / "parity-dataset.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
files = sorted((root / "data" / "datasets").glob("*.json"))
files += sorted((root / "tests" / "loader" / "valid").glob("*.json"))
files += sorted((root / "tests" / "kinds").glob("*.json"))
failed = 0
for path in files:
    raw = path.read_bytes().decode("utf-8-sig")
    for error in validator.iter_errors(json.loads(raw)):
        failed += 1
        location = "/".join(str(p) for p in error.absolute_path)
        print(f"{path.name}: /{location}: {error.message[:200]}")
# Theme files: the bundled ones and the valid fixtures, against the theme schema.
theme_schema = json.loads((root / "data" / "parity-theme.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(theme_schema)
theme_validator = jsonschema.Draft202012Validator(theme_schema)
themes = sorted((root / "data" / "themes").glob("*.json"))
themes += sorted((root / "tests" / "themes" / "valid").glob("*.json"))
for path in themes:
    for error in theme_validator.iter_errors(json.loads(path.read_text())):
        failed += 1
        location = "/".join(str(p) for p in error.absolute_path)
        print(f"{path.name}: /{location}: {error.message[:200]}")
files += themes
print(f"{len(files)} files checked, {failed} schema errors")
sys.exit(1 if failed else 0)
