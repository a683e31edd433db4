"""Two of a command's files that are one file: stopped before anything is written.

Every write is an atomic replace, so without the check the later write silently replaced
the earlier one (a report over the repaired text or over the article), and an ``--out-dir``
that is a file failed every input yet ended with exit 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import repair_in_process

ARTICLE = b"It&#x27;s fine.\r\nSpread the love\r\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["fix", "article.txt", "-o", "out.txt", "--report", "out.txt"],
        ["fix", "article.txt", "-o", "out.txt", "--report", "article.txt"],
        ["fix", "article.txt", "--in-place", "--report", "./article.txt"],
        ["review", "article.txt", "-o", "article.txt"],
        ["review", "article.txt", "-o", "page.html", "--report", "page.html"],
    ],
)
def test_a_file_named_twice_is_refused_and_nothing_written(article: Path, args: list[str]) -> None:
    done = repair_in_process(*args, cwd=article.parent, text=True)
    assert done.returncode == 2
    assert done.stderr.startswith("repair: error: ") and done.stderr.count("\n") == 1
    assert "same file" in done.stderr
    assert article.read_bytes() == ARTICLE
    assert sorted(p.name for p in article.parent.iterdir()) == ["article.txt"]


def test_output_over_the_input_is_still_allowed_for_fix(article: Path) -> None:
    done = repair_in_process("fix", "article.txt", "-o", "article.txt", cwd=article.parent)
    assert done.returncode == 0
    assert article.read_bytes() == b"It's fine.\r\n"


def test_out_dir_that_is_a_file_is_bad_usage(article: Path) -> None:
    (article.parent / "taken").write_text("keep me\n")
    done = repair_in_process(
        "fix", "article.txt", "--out-dir", "taken", cwd=article.parent, text=True
    )
    assert done.returncode == 2
    assert "a file, not a folder" in done.stderr
    assert (article.parent / "taken").read_text() == "keep me\n"


def test_a_report_that_would_land_on_an_input_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt").write_bytes(ARTICLE)
    (folder / "x.txt.report.json").write_text("not a report, an input\n")
    done = repair_in_process(
        "fix", "in", "--out-dir", "out", "--report", "in", cwd=tmp_path, text=True
    )
    assert done.returncode == 2
    assert "its report would overwrite the input" in done.stderr
    assert (folder / "x.txt.report.json").read_text() == "not a report, an input\n"
    assert not (tmp_path / "out").exists()
