#!/usr/bin/env python3
"""Checks model files against docs/siloscope.schema.json (JSON Schema draft 2020-12).

Usage: scripts/check-schema.py [FILE ...]   (default: every org-models/*.yaml)

Prints one line per problem, `file:line:column: error: field.path: message`, like
`siloscope validate`, and exits 0 when every file conforms, 1 when any does not, 2 when
a file or the schema cannot be read, 64 on a usage error. Needs `pip install jsonschema
pyyaml`. The schema checks shape, names, enumerations and ranges; references between
entries (parent ids, copy_of, ...) are checked by `siloscope validate`.
"""
import glob
import json
import os
import sys

try:
    import jsonschema
    import yaml
except ImportError as error:  # pragma: no cover
    sys.stderr.write(f"check-schema: {error}; run: pip install jsonschema pyyaml\n")
    sys.exit(64)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(ROOT, "docs", "siloscope.schema.json")


class Loader(yaml.SafeLoader):
    """SafeLoader without timestamps, so dates stay text as in Siloscope."""


Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def position(node, path):
    """Line and column (from 1) of the node at `path` in a composed YAML tree."""
    for step in path:
        if isinstance(node, yaml.MappingNode):
            match = next((value for key, value in node.value if key.value == step), None)
            if match is None:
                break
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            break
    return node.start_mark.line + 1, node.start_mark.column + 1


def duplicate_keys(root):
    """Key nodes repeated within one mapping (PyYAML keeps the last; Siloscope refuses)."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        yield key
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def field_path(path):
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def check(file, validator):
    """Returns the number of problems in `file`; raises OSError when it cannot be read."""
    with open(file, encoding="utf-8-sig") as handle:
        text = handle.read()
    try:
        document = yaml.load(text, Loader=Loader)
        tree = yaml.compose(text, Loader=Loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        print(f"{file}{where}: error: YAML syntax error: {getattr(error, 'problem', error)}")
        return 1
    duplicates = list(duplicate_keys(tree))
    for key in duplicates:
        print(f"{file}:{key.start_mark.line + 1}:{key.start_mark.column + 1}: error: duplicate key '{key.value}' in one mapping")
    problems = sorted(validator.iter_errors(document), key=lambda e: [str(step) for step in e.absolute_path])
    for problem in problems:
        line, column = position(tree, list(problem.absolute_path)) if tree is not None else (1, 1)
        path = field_path(problem.absolute_path)
        print(f"{file}:{line}:{column}: error: {path + ': ' if path else ''}{problem.message}")
    return len(duplicates) + len(problems)


def main(argv):
    if any(arg in ("-h", "--help") for arg in argv):
        print(__doc__.strip())
        return 0
    if any(arg.startswith("-") for arg in argv):
        sys.stderr.write("usage: scripts/check-schema.py [FILE ...]\n")
        return 64
    files = argv or [os.path.relpath(path) for path in sorted(glob.glob(os.path.join(ROOT, "org-models", "*.yaml")))]
    if not files:
        sys.stderr.write("check-schema: no model files found\n")
        return 2
    try:
        with open(SCHEMA, encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as error:
        sys.stderr.write(f"{SCHEMA}: error: cannot use the schema: {error}\n")
        return 2
    validator = jsonschema.Draft202012Validator(schema)
    status = 0
    for file in files:
        shown = file
        try:
            count = check(shown, validator)
        except (OSError, UnicodeDecodeError) as error:
            print(f"{shown}: error: cannot be read: {error}")
            status = 2
            continue
        print(f"{shown}: {'conforms to the schema' if count == 0 else f'{count} problem' + ('s' if count != 1 else '')}",
              file=sys.stderr)
        if count and status == 0:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
