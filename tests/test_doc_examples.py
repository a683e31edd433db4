"""The examples in the package's docstrings are what a user tries first: they must run."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import repair
import repair.api
from tests.conftest import repair_in_process


@pytest.mark.parametrize("module", [repair, repair.api], ids=lambda m: m.__name__)
def test_docstring_examples_print_what_they_show(module) -> None:
    failed, tried = doctest.testmod(module, report=True)
    assert tried > 0
    assert failed == 0


README = Path(__file__).resolve().parents[1] / "README.md"
#: ``$ repair check ... FILE      # the file's one line``, then what the tool prints.
CONSOLE_EXAMPLE = re.compile(r"^\$ repair (check [^#\n]*?(\S+))\s+# (.+)\n((?:[^$`\n].*\n)+)", re.M)


def readme_examples() -> list[tuple[str, str, str, str]]:
    """The README's console examples that give their input file in a comment."""
    return [m.groups() for m in CONSOLE_EXAMPLE.finditer(README.read_text(encoding="utf-8"))]


def test_the_readme_has_console_examples_with_their_input() -> None:
    assert len(readme_examples()) >= 2


@pytest.mark.parametrize("example", readme_examples(), ids=lambda e: e[0])
def test_readme_console_example_prints_what_it_shows(example, tmp_path: Path) -> None:
    command, name, content, shown = example
    (tmp_path / name).write_text(content + "\n", encoding="utf-8")
    done = repair_in_process(*command.split(), cwd=tmp_path, text=True)
    assert done.stdout == shown
