"""Decisions files and ``repair review`` / ``repair apply`` from the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from repair.core.edits import Change, apply_changes, change_id
from repair.review.decisions import (
    Decision,
    apply_decisions,
    decisions_document,
    parse_decisions,
    select_changes,
)
from tests.conftest import repair_in_process

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_a09c2a99a20097ac.txt"
TEXT = "Spread the love\nIt rained  today .\nNext Article\n"


def change(start: int, end: int, replacement: str | None, rule: str = "typography.test"):
    original = TEXT[start:end]
    action = "fix" if replacement is not None else "flag"
    ident = change_id(start, end, rule, original)
    return Change(ident, start, end, original, replacement, action, "typography", rule, 0.9, "m")


CHANGES = [
    change(0, 16, "", "boilerplate.test"),
    change(25, 27, " "),
    change(32, 34, "."),
    change(35, 48, "", "boilerplate.test"),
    change(16, 18, None),
]


def decide(*verdicts: tuple[Change, str]) -> dict[str, Decision]:
    raw = json.dumps(decisions_document(Decision(c.id, c.original, v) for c, v in verdicts))
    return parse_decisions(raw)


def test_only_accepted_changes_are_applied_and_undecided_default_to_reject():
    chosen = decide((CHANGES[0], "accept"), (CHANGES[1], "reject"), (CHANGES[2], "accept"))
    text, selection = apply_decisions(TEXT, CHANGES, chosen)
    assert text == "It rained  today.\nNext Article\n"
    assert selection.rejected == 2 and selection.undecided == 1 and not selection.warnings


def test_undecided_accept_applies_what_the_file_does_not_mention():
    chosen = decide((CHANGES[1], "reject"))
    text, selection = apply_decisions(TEXT, CHANGES, chosen, undecided="accept")
    assert text == "It rained  today.\n"
    assert selection.undecided == 3 and selection.rejected == 1


def test_a_change_whose_original_moved_is_skipped_with_a_warning():
    edited = "X" + TEXT  # every offset is now one off
    chosen = decide((CHANGES[0], "accept"), (CHANGES[2], "accept"))
    selection = select_changes(edited, CHANGES, chosen)
    assert selection.accepted == ()
    assert len(selection.warnings) == 2 and "no longer has" in selection.warnings[0]


def test_a_change_outside_the_file_is_skipped():
    shrunk = TEXT[:20]
    chosen = decide((CHANGES[3], "accept"))
    selection = select_changes(shrunk, CHANGES, chosen)
    assert selection.accepted == () and "outside the file" in selection.warnings[0]


def test_a_decision_for_an_unknown_change_is_a_warning_not_an_error():
    chosen = parse_decisions(json.dumps({"schema": "repair.decisions/1", "decisions": [
        {"id": "c0000000000", "original": "gone", "decision": "accept"}]}))  # fmt: skip
    selection = select_changes(TEXT, CHANGES, chosen)
    assert selection.accepted == () and "does not propose" in selection.warnings[0]


def test_a_decision_made_for_other_text_is_skipped():
    chosen = {CHANGES[1].id: Decision(CHANGES[1].id, "something else", "accept")}
    selection = select_changes(TEXT, CHANGES, chosen)
    assert selection.accepted == () and "decision was made for" in selection.warnings[0]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("{", "not JSON"),
        ("[]", "JSON object"),
        ('{"schema": "repair.report/1", "decisions": []}', "not a repair.decisions/1"),
        ('{"schema": "repair.decisions/1"}', "'decisions' list"),
        ('{"schema": "repair.decisions/1", "decisions": [{"id": "c1", "original": "a", '
         '"decision": "maybe"}]}', "'accept' or 'reject'"),
        ('{"schema": "repair.decisions/1", "decisions": [{"id": "c1", "decision": "accept"}]}',
         "'original'"),
        ('{"schema": "repair.decisions/1", "decisions": [{"id": "c1", "original": "a", '
         '"decision": "accept"}, {"id": "c1", "original": "a", "decision": "reject"}]}',
         "two different decisions"),
    ],
)  # fmt: skip
def test_bad_decisions_files_say_why(raw, reason):
    with pytest.raises(ValueError, match=reason):
        parse_decisions(raw)


# --- the command line ------------------------------------------------------------------


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return repair_in_process(*args, cwd=cwd)


@pytest.fixture(scope="module")
def reviewed_once(tmp_path_factory) -> Path:
    """The seed reviewed once for the module: the page and its report."""
    folder = tmp_path_factory.mktemp("reviewed")
    (folder / "article.txt").write_bytes(SEED.read_bytes())
    done = run("review", "article.txt", "--no-mt", "-o", "review.html", "--report", "r.json",
               cwd=folder)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture
def reviewed(reviewed_once: Path, tmp_path: Path) -> tuple[Path, dict]:
    """A fresh copy of the reviewed seed that a test may edit."""
    for name in ("article.txt", "review.html", "r.json"):
        shutil.copy(reviewed_once / name, tmp_path / name)
    return tmp_path, json.loads((tmp_path / "r.json").read_text())


def write_decisions(folder: Path, report: dict, verdicts: list[str]) -> Path:
    path = folder / "d.json"
    fixes = [c for c in report["changes"] if c["replacement"] is not None]
    pairs = zip(fixes, verdicts[: len(fixes)], strict=True)
    entries = [{"id": c["id"], "original": c["original"], "decision": v} for c, v in pairs]
    path.write_text(json.dumps({"schema": "repair.decisions/1", "decisions": entries}))
    return path


def test_review_writes_a_page_with_the_report(reviewed):
    folder, report = reviewed
    page = (folder / "review.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and report["changes"]
    assert all(f'data-id="{c["id"]}"' in page for c in report["changes"])
    assert "repair apply article.txt --decisions article.decisions.json" in page


def test_apply_writes_only_the_accepted_changes_and_a_revertible_report(reviewed):
    folder, report = reviewed
    fixes = [c for c in report["changes"] if c["replacement"] is not None]
    verdicts = (["accept", "reject"] * len(fixes))[: len(fixes)]
    write_decisions(folder, report, verdicts)
    done = run("apply", "article.txt", "--no-mt", "--decisions", "d.json", "-o", "out.txt",
               "--report", "applied.json", cwd=folder)  # fmt: skip
    assert done.returncode == 0, done.stderr
    accepted = [Change.from_dict(c) for c, v in zip(fixes, verdicts, strict=True) if v == "accept"]
    original = SEED.read_text()
    assert (folder / "out.txt").read_text() == apply_changes(original, accepted)
    assert f"applied {len(accepted)} change(s)" in done.stderr.decode()
    reverted = run("revert", "applied.json", cwd=folder)
    assert reverted.stdout == SEED.read_bytes()


def test_apply_from_a_report_skips_changes_the_edited_file_no_longer_has(reviewed):
    folder, report = reviewed
    write_decisions(folder, report, ["accept"] * len(report["changes"]))
    article = folder / "article.txt"
    text = article.read_text()
    first = next(c for c in report["changes"] if c["replacement"] is not None)
    # Edit the file where the first change was: the reviewer's decision no longer fits.
    article.write_text(text[: first["start"]] + "Z" * len(first["original"]) + text[first["end"] :])
    done = run("apply", "article.txt", "--from-report", "r.json", "--decisions", "d.json",
               cwd=folder)  # fmt: skip
    assert done.returncode == 0, done.stderr
    errors = done.stderr.decode()
    assert f"repair: warning: change {first['id']} skipped" in errors
    assert done.stdout.decode().count("Z" * len(first["original"])) == 1


def test_review_refuses_a_report_of_another_file(reviewed):
    folder, _ = reviewed
    (folder / "other.txt").write_text("Something else entirely.\n")
    done = run("review", "other.txt", "--from-report", "r.json", "-o", "x.html", cwd=folder)
    assert done.returncode == 2 and b"not made from other.txt" in done.stderr
    assert not (folder / "x.html").exists()


@pytest.mark.parametrize(
    ("content", "needle"),
    [("{not json", b"not JSON"), ('{"schema": "x", "decisions": []}', b"repair.decisions/1")],
)
def test_apply_with_a_bad_decisions_file_is_one_line_and_exit_2(tmp_path, content, needle):
    (tmp_path / "d.json").write_text(content)
    done = run("apply", str(SEED), "--no-mt", "--decisions", "d.json", cwd=tmp_path)
    assert done.returncode == 2 and needle in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_apply_needs_a_decisions_file(tmp_path):
    done = run("apply", str(SEED), "--no-mt", "--decisions", "missing.json", cwd=tmp_path)
    assert done.returncode == 2 and b"no such file" in done.stderr
