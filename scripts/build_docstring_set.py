"""Build a small fixture of clean English of another genre: reference documentation.

The prose paragraphs of the docstrings (modules, classes, functions) of CPython's standard
library as Debian ships it (``/usr/lib/python3.11``, the Python Software Foundation
License), one paragraph a line: software documentation written by many hands over thirty
years, terse, full of identifiers, `None`, `True` and the names of other languages' things,
which no rule of ``repair`` was written for. Only prose is kept: a paragraph of at least
``--min-words`` words that opens with a capital and ends with a full stop, no interactive
example (``>>>``), no indented block (argument lists, code), no braces or assignments.
Paragraphs are deduplicated, then ``--lines`` of them drawn (seeded) and kept in the
modules' order. ``bench_clean.py --set docs`` and tests/test_dev_untouched.py read it.

    python scripts/build_docstring_set.py [--lib /usr/lib/python3.11] [--lines 400]
"""

from __future__ import annotations

import argparse
import ast
import random
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "python-docstrings.en"
CREDIT = (
    "# Prose paragraphs of the docstrings of CPython 3.11's standard library "
    "(/usr/lib/python3.11 as Debian ships it), Copyright (c) 2001-2023 Python Software "
    "Foundation, used under the PSF License Agreement; built by scripts/build_docstring_set.py"
)
_NOT_PROSE = re.compile(r">>>|[{}]|==|\s=\s|::|\$ |\bhttps?://|^[-*+] |\t")


def paragraphs(docstring: str) -> list[str]:
    """The docstring's paragraphs that are prose, each joined into one line."""
    found = []
    for block in re.split(r"\n\s*\n", docstring.strip()):
        lines = block.splitlines()
        if not lines:
            continue
        indents = {len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()}
        if len(indents) > 1:
            continue  # an indented list or a code block
        text = " ".join(line.strip() for line in lines)
        if _NOT_PROSE.search(text) or not text[:1].isupper() or not text.endswith("."):
            continue
        found.append(text)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lib", type=Path, default=Path("/usr/lib/python3.11"))
    parser.add_argument("--lines", type=int, default=400)
    parser.add_argument("--min-words", type=int, default=12)
    args = parser.parse_args()
    seen: dict[str, int] = {}
    files = sorted(
        path
        for path in args.lib.rglob("*.py")
        if not any(
            part
            in {
                "test",
                "tests",
                "idlelib",
                "lib2to3",
                "site-packages",
                "dist-packages",
                "turtledemo",
            }
            for part in path.parts
        )
    )
    for order, path in enumerate(files):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if not isinstance(
                node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
            ):
                continue
            docstring = ast.get_docstring(node, clean=True)
            for text in paragraphs(docstring or ""):
                if len(text.split()) >= args.min_words:
                    seen.setdefault(text, order)
    chosen = random.Random(21).sample(sorted(seen), min(args.lines, len(seen)))
    chosen.sort(key=lambda text: (seen[text], text))
    OUT.write_text(CREDIT + "\n" + "\n".join(chosen) + "\n", encoding="utf-8")
    print(f"{len(seen)} prose paragraphs, {len(chosen)} written to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
