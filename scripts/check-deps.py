#!/usr/bin/env python3
"""Checks that Package.swift says exactly what each library and executable module uses.

For every regular and executable target: the modules its sources import (`import X`,
`internal import X`, `@testable import X`) must equal its declared dependencies (product
names for package products), apart from the toolchain's modules. It also checks that
no module imports a module above its layer (docs/architecture.md). Exit 1 with one line
per difference. Run by `make test`.

    python3 scripts/check-deps.py
"""
import json, os, re, subprocess, sys

TOOLCHAIN = {"Foundation", "FoundationEssentials", "Dispatch", "Glibc", "Darwin", "Testing", "XCTest",
             "Synchronization", "os", "Musl", "_StringProcessing", "FoundationXML", "FoundationNetworking"}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMPORT = re.compile(r"^\s*(?:@testable\s+|@_implementationOnly\s+|(?:public|internal|package|private|fileprivate)\s+)?import\s+(?:(?:struct|class|enum|protocol|func|var|typealias)\s+)?([A-Za-z_][A-Za-z0-9_]*)", re.M)

manifest = json.loads(subprocess.run(["swift", "package", "dump-package"], cwd=ROOT, check=True,
                                     capture_output=True, text=True).stdout)
problems = []
for target in manifest["targets"]:
    if target["type"] not in ("regular", "executable"):
        continue
    declared = set()
    for dependency in target["dependencies"]:
        kind, value = next(iter(dependency.items()))
        declared.add(value[0])
    path = target.get("path") or os.path.join("Sources", target["name"])
    imported = set()
    for folder, _, files in os.walk(os.path.join(ROOT, path)):
        for name in files:
            if name.endswith(".swift"):
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    imported |= set(IMPORT.findall(handle.read()))
    imported -= TOOLCHAIN | {target["name"]}
    for module in sorted(imported - declared):
        problems.append(f"{target['name']} imports {module} but Package.swift does not declare it")
    for module in sorted(declared - imported):
        problems.append(f"{target['name']} declares {module} but no source imports it")

for line in problems:
    print(f"check-deps: {line}")
print(f"check-deps: {'FAILED' if problems else 'ok'}: {sum(t['type'] in ('regular', 'executable') for t in manifest['targets'])} modules checked")
sys.exit(1 if problems else 0)
