"""Many files at once: what is picked up, where outputs go, failures, the pool and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from repair.api import Repairer
from repair.cli.app import app
from repair.config import RepairConfig
from repair.core.report import revert_report
from repair.frontends.batch import FileOptions, expand_inputs, run_batch, summary_tables
from repair.io import InputError

NO_MT = RepairConfig(mt=False)
DAMAGED = "Spread the love\nIt rained all day in Lyon.\n"
CLEAN = "The council met on Tuesday.\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """docs/a.txt (damaged), docs/sub/b.txt (clean), docs/sub/bad.txt (not UTF-8), hidden files."""
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / ".git").mkdir()
    (docs / "a.txt").write_text(DAMAGED)
    (docs / "sub" / "b.txt").write_text(CLEAN)
    (docs / "sub" / "bad.txt").write_bytes(b"caf\xe9\n")
    (docs / ".hidden.txt").write_text(DAMAGED)
    (docs / ".git" / "config").write_text("x")
    return tmp_path


def relative_outputs(tasks, root: Path) -> list[str]:
    return [str(t.output.relative_to(root)) for t in tasks]


def test_folders_globs_and_files_expand_to_relative_outputs(tree, monkeypatch):
    monkeypatch.chdir(tree)
    out = tree / "out"
    tasks = expand_inputs(["docs"], out)
    assert relative_outputs(tasks, out) == ["a.txt", "sub/b.txt", "sub/bad.txt"]
    tasks = expand_inputs(["docs/**/b.txt"], out)
    assert relative_outputs(tasks, out) == ["sub/b.txt"]
    tasks = expand_inputs(["docs/a.txt", "docs/a.txt"], out)
    assert relative_outputs(tasks, out) == ["a.txt"]  # one file named twice is one task


def test_the_output_folder_inside_the_input_is_not_read_again(tree, monkeypatch):
    monkeypatch.chdir(tree)
    (tree / "docs" / "fixed").mkdir()
    (tree / "docs" / "fixed" / "a.txt").write_text(DAMAGED)
    tasks = expand_inputs(["docs"], tree / "docs" / "fixed")
    assert all("fixed" not in str(t.source) for t in tasks)


@pytest.mark.parametrize(
    ("specs", "message"),
    [
        (["missing"], "no such file"),
        (["docs/*.nothing"], "no files to repair"),
        (["docs/a.txt", "docs/sub/../a.txt", "-"], "standard input"),
        (["docs/a.txt", "other/a.txt"], "would both be written"),
    ],
)
def test_bad_input_lists_are_refused(tree, monkeypatch, specs, message):
    monkeypatch.chdir(tree)
    (tree / "other").mkdir()
    (tree / "other" / "a.txt").write_text(CLEAN)
    with pytest.raises(InputError, match=message):
        expand_inputs(specs, tree / "out")


def test_an_output_that_would_overwrite_its_input_is_refused(tree, monkeypatch):
    monkeypatch.chdir(tree)
    with pytest.raises(InputError, match="overwrite the input"):
        expand_inputs(["docs/a.txt"], tree / "docs")


def test_run_batch_repairs_every_file_and_lists_failures(tree):
    out, reports = tree / "out", tree / "reports"
    tasks = expand_inputs([str(tree / "docs")], out, reports)
    repairer = Repairer(NO_MT)
    summary = run_batch(tasks, repairer, FileOptions())
    by_name = {o.task.source.name: o for o in summary.outcomes}
    assert (by_name["a.txt"].status, by_name["b.txt"].status) == ("ok", "unchanged")
    assert by_name["bad.txt"].status == "error" and "not valid UTF-8" in by_name["bad.txt"].error
    assert (out / "a.txt").read_text() == repairer.repair_text(DAMAGED).text
    assert (out / "sub" / "b.txt").read_text() == CLEAN
    assert not (out / "sub" / "bad.txt").exists()
    report = (reports / "a.txt.report.json").read_text()
    assert revert_report(report) == DAMAGED
    assert summary.errors == 1 and summary.code == 0
    assert [t.title for t in summary_tables(summary, jsonl=False)] == [
        "repair fix: summary",
        "failed files",
    ]


def test_run_batch_stops_on_fail_and_on_too_many_errors(tree):
    tasks = expand_inputs([str(tree / "docs")], tree / "out")
    failing = run_batch(tasks, Repairer(NO_MT), FileOptions(on_error="fail"))
    assert failing.code == 1 and "bad.txt" in failing.stop_message
    bounded = run_batch(tasks, Repairer(NO_MT), FileOptions(), max_errors=0)
    assert bounded.code == 3 and "more than --max-errors 0" in bounded.stop_message


def test_a_pool_of_two_writes_what_one_process_writes(tree):
    for index in range(6):
        (tree / "docs" / f"n{index}.txt").write_text(DAMAGED.replace("Lyon", f"Lyon {index}"))
    one, two = tree / "one", tree / "two"
    run_batch(expand_inputs([str(tree / "docs")], one), Repairer(NO_MT), FileOptions())
    summary = run_batch(
        expand_inputs([str(tree / "docs")], two), Repairer(NO_MT), FileOptions(), jobs=2
    )
    assert len(summary.outcomes) == 9
    written = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert written == sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    assert all((one / name).read_bytes() == (two / name).read_bytes() for name in written)


def test_jsonl_files_in_a_batch(tree):
    data = tree / "data"
    data.mkdir()
    lines = [json.dumps({"id": 1, "text": DAMAGED}), "oops", json.dumps({"id": 3, "text": CLEAN})]
    (data / "part-1.jsonl").write_text("\n".join(lines) + "\n")
    tasks = expand_inputs([str(data)], tree / "out")
    summary = run_batch(tasks, Repairer(NO_MT), FileOptions(jsonl=True))
    (outcome,) = summary.outcomes
    assert (outcome.status, outcome.records, outcome.record_errors) == ("ok", 3, 1)
    written = (tree / "out" / "part-1.jsonl").read_text().splitlines()
    assert [json.loads(line)["repair"]["status"] for line in written] == [
        "ok",
        "error",
        "unchanged",
    ]


def invoke(*args: str):
    return CliRunner().invoke(app, ["fix", "--no-mt", *args])


def test_cli_batch_exit_codes_and_summary(tree, monkeypatch):
    monkeypatch.chdir(tree)
    done = invoke("docs", "--out-dir", "out")
    assert done.exit_code == 0
    assert "repair fix: summary" in done.stderr and "bad.txt" in done.stderr
    assert (tree / "out" / "a.txt").read_text() == Repairer(NO_MT).repair_text(DAMAGED).text
    assert invoke("docs", "--out-dir", "out", "--max-errors", "0").exit_code == 3
    assert invoke("docs", "--out-dir", "out", "--on-error", "fail").exit_code == 1
    for args, message in [
        (["docs"], "need --out-dir"),
        (["docs/a.txt", "docs/sub/b.txt"], "need --out-dir"),
        (["docs", "--out-dir", "out", "-o", "x"], "--output names one file"),
        (["docs", "--out-dir", "out", "--in-place"], "--in-place"),
        (["nothing-here", "--out-dir", "out"], "no such file"),
    ]:
        refused = invoke(*args)
        assert refused.exit_code == 2, args
        assert message in refused.stderr and refused.stderr.count("\n") == 1


def test_cli_single_file_behaviour_is_unchanged(tree, monkeypatch):
    monkeypatch.chdir(tree)
    done = invoke("docs/a.txt")
    assert done.exit_code == 0 and done.stdout == Repairer(NO_MT).repair_text(DAMAGED).text
    missing = invoke("nothing.txt")
    assert missing.exit_code != 0
