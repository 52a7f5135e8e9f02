#!/usr/bin/env python3
"""Fails when src/gui/** has a user-facing string literal: words a person reads come from the
message catalog (locales/, the tr! macro). A literal counts as words when, with its {} blanks
taken out, it still has letters and a space or a capital (ids and salts such as "usage-range"
do not). Panic texts, ids, logs and tests are not read by a person; a line that must keep a
literal says why with `// not words: <why>`."""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent / "src" / "gui"
literal = re.compile(r'(?<![A-Za-z0-9_])(?:r#*)?"((?:[^"\\]|\\.)*)"')
skip_line = re.compile(
    r'tr!\(|Id::new\(|id_salt\(|push_id\(|tracing::|debug!\(|info!\(|warn!\(|error!\(|trace!\('
    r'|\.expect\(|panic!\(|unreachable!\(|#\[|// not words|assert|with_label\(|concat!\(|env!\('
)
problems = []
for path in sorted(root.rglob("*.rs")):
    text = path.read_text()
    # Unit tests at the end of a file are not shown to anyone.
    text = text.split("#[cfg(test)]")[0]
    for number, line in enumerate(text.splitlines(), 1):
        code = line.split("//")[0] if "\"" not in line.split("//")[0] else line
        if line.lstrip().startswith("//") or skip_line.search(line):
            continue
        for match in literal.finditer(code):
            words = re.sub(r"\{[^}]*\}", "", match.group(1))
            if re.search(r"[A-Za-z]{2,}", words) and (" " in words.strip() or words[:1].isupper()):
                problems.append(f"{path.relative_to(root.parent.parent)}:{number}: {match.group(0)}")
if problems:
    print("User-facing words written in the code, not in locales/ (use tr!):")
    print("\n".join(problems))
    sys.exit(1)
print("gui-literals: no user-facing string literal in src/gui")
