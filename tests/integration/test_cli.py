"""The command line as a user runs it: real processes, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import SEED
from tests.test_jsonl import CLEAN, lines_of


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "repair", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
    )


def test_fix_writes_repaired_text_to_stdout():
    done = run("fix", str(SEED), "--no-mt")
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "Spread the love" not in out and "authoritarian government." in out


def test_fix_report_then_revert_gives_the_input_back(tmp_path):
    report = tmp_path / "report.json"
    out = tmp_path / "out.txt"
    assert run("fix", str(SEED), "--no-mt", "-o", str(out), "--report", str(report)).returncode == 0
    data = json.loads(report.read_text())
    assert data["schema"] == "repair.report/1" and data["text"] == out.read_text()
    keys = {
        "id",
        "start",
        "end",
        "original",
        "replacement",
        "action",
        "kind",
        "rule",
        "confidence",
        "message",
    }
    assert data["changes"] and all(keys <= set(c) for c in data["changes"])
    reverted = run("revert", str(report))
    assert reverted.returncode == 0
    assert reverted.stdout == SEED.read_bytes()


def test_fix_reads_stdin_and_keeps_crlf():
    done = run("fix", "-", stdin=b"Spread the love\r\nIt rained today.\r\n")
    assert done.stdout == b"It rained today.\r\n"


def test_in_place_with_backup(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(SEED.read_bytes())
    assert run("fix", str(target), "--in-place", "--backup", "--no-mt").returncode == 0
    assert (tmp_path / "a.txt.bak").read_bytes() == SEED.read_bytes()
    assert "Spread the love" not in target.read_text()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_check_exit_codes(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("The weather was fine on Monday.\n")
    assert run("check", str(clean)).returncode == 0
    damaged = run("check", str(SEED))
    assert damaged.returncode == 1
    assert b"boilerplate" in damaged.stdout
    as_json = run("check", str(SEED), "--format", "json")
    assert json.loads(as_json.stdout)["schema"] == "repair.report/1"


def test_diff_shows_change_and_reason():
    done = run("diff", str(SEED), "--no-mt", "--no-color")
    assert done.returncode == 0
    assert b"[-Spread the love" in done.stdout and b"scraped with the article" in done.stdout


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda p: p / "missing.txt", b"no such file"),
        (lambda p: p, b"is a directory"),
        (lambda p: (p / "bad.txt", (p / "bad.txt").write_bytes(b"caf\xe9\n"))[0], b"UTF-8"),
        (lambda p: (p / "b.bin", (p / "b.bin").write_bytes(b"\x00\x01\x02" * 100))[0], b"binary"),
    ],
    ids=["missing", "directory", "invalid-utf8", "binary"],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, make, needle):
    done = run("check", str(make(tmp_path)))
    assert done.returncode == 2
    assert needle in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and b"Traceback" not in done.stderr


def test_errors_replace_repairs_invalid_utf8_and_reverts_byte_for_byte(tmp_path):
    bad = tmp_path / "bad.txt"
    data = b"caf\xe9 ok, \xff\xfe menu \x93here\x94\n"
    bad.write_bytes(data)
    report = tmp_path / "report.json"
    done = run("fix", str(bad), "--errors", "replace", "--no-mt", "--report", str(report))
    assert done.returncode == 0
    assert done.stdout == "café ok, \ufffd\ufffd menu “here”\n".encode()
    report.read_text(encoding="utf-8")  # the report itself is valid UTF-8
    back = run("revert", str(report))
    assert back.returncode == 0 and back.stdout == data


def test_fix_of_a_folder_needs_an_output_folder(tmp_path):
    done = run("fix", str(tmp_path))
    assert done.returncode == 2 and b"--out-dir" in done.stderr


def test_unwritable_output_is_one_line_and_exit_2(tmp_path):
    done = run("fix", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir" / "out.txt"))
    assert done.returncode == 2 and b"does not exist" in done.stderr


def test_revert_rejects_a_file_that_is_not_a_report(tmp_path):
    fake = tmp_path / "r.json"
    fake.write_text('{"schema": "other"}')
    done = run("revert", str(fake))
    assert done.returncode == 2 and b"not a repair.report/1 report" in done.stderr


def test_usage_errors_exit_2():
    assert run("fix").returncode == 2
    assert run("fix", str(SEED), "--backup").returncode == 2


def test_help_is_there_for_a_newcomer():
    done = run("--help")
    assert done.returncode == 0
    for command in (b"fix", b"check", b"diff", b"revert"):
        assert command in done.stdout


def test_new_output_file_gets_the_usual_permissions(tmp_path):
    out = tmp_path / "out.txt"
    assert run("fix", str(SEED), "--no-mt", "-o", str(out)).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_auto_mt_threads_share_the_cores_among_jobs(monkeypatch):
    import os

    from repair.cli.options import MAX_AUTO_MT_THREADS, auto_mt_threads

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    assert auto_mt_threads(1) == MAX_AUTO_MT_THREADS
    assert (auto_mt_threads(4), auto_mt_threads(8), auto_mt_threads(16)) == (2, 1, 1)


def test_help_and_version_load_neither_the_pipeline_nor_rich():
    """``repair --help`` stays quick (README: under 0.3 s): the command line imports the
    pipeline, its detectors and rich only when a command runs."""
    code = (
        "import sys\n"
        "from repair.cli.app import main\n"
        "sys.argv = ['repair', '--help']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('repair.pipeline', 'repair.detectors', 'repair.api', 'rich')\n"
        "print([name for name in heavy if name in sys.modules], file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert done.returncode == 0 and b"Commands:" in done.stdout, done.stderr
    assert done.stderr.strip() == b"[]"
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith(b"repair ")


def test_cli_jsonl_closed_pipe_ends_quietly(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(lines_of(*({"id": i, "text": CLEAN} for i in range(3000))))
    process = subprocess.Popen(
        [sys.executable, "-m", "repair", "fix", "--no-mt", "--jsonl", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    assert process.wait(timeout=120) == 0
    assert json.loads(first)["id"] == 0
    assert process.stderr.read() == b""
