#!/usr/bin/env python3
"""Lists functions in src/ longer than a limit (default 80 lines), longest first.
Usage: scripts/long-functions.py [LIMIT] [DIR]. Exits 1 when any is found."""
import os
import re
import sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 80
root = sys.argv[2] if len(sys.argv) > 2 else "src"
found = []
for folder, _, files in os.walk(root):
    for name in files:
        if not name.endswith(".rs"):
            continue
        path = os.path.join(folder, name)
        lines = open(path, encoding="utf-8").read().split("\n")
        for i, line in enumerate(lines):
            m = re.match(r"^(\s*)(pub(\([^)]*\))? )?(async )?(const )?fn (\w+)", line)
            if not m:
                continue
            indent = len(m.group(1))
            j = i
            while j < len(lines) and not lines[j].rstrip().endswith(("{", ";")):
                j += 1
            if j >= len(lines) or lines[j].rstrip().endswith(";"):
                continue
            k = j + 1
            while k < len(lines) and lines[k].rstrip() != " " * indent + "}":
                k += 1
            length = k - i + 1
            if length > limit:
                found.append((length, path, i + 1, m.group(6)))
for length, path, line, name in sorted(found, reverse=True):
    print(f"{length:4} {path}:{line} {name}")
sys.exit(1 if found else 0)
