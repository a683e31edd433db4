"""The JSONL stage: records keep every other byte, errors are per record, exit codes hold."""

from __future__ import annotations

import io
import json
import os
import re
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repair.api import Repairer
from repair.config import RepairConfig
from repair.core.edits import Change, revert_changes
from repair.frontends import jsonl
from repair.frontends.jsonl import StopRun, repair_lines, run_stream
from repair.frontends.records import RecordError, scan_record

NO_MT = RepairConfig(mt=False)
DAMAGED = "Spread the love\nIt rained all day in Lyon.\n"
REPAIRED = "It rained all day in Lyon.\n"
CLEAN = "The council met on Tuesday.\n"
# The inserted member is always the last one: everything up to the closing brace.
REPAIR_MEMBER = re.compile(r'\s*,?\s*"repair"\s*:\s*\{.*\}(?=\s*\}\s*$)', re.DOTALL)


@pytest.fixture(scope="module")
def repairer() -> Repairer:
    return Repairer(NO_MT, id_field="id")


def without_repair(line: str) -> str:
    return REPAIR_MEMBER.sub("", line, count=1)


def one(repairer: Repairer, line: str):
    return repair_lines(repairer, [line])[0]


@pytest.mark.parametrize(
    "line",
    [
        '{"id": 1, "score": 1.0000000000000002, "text": "%s", "tiny": 5e-324}',
        '{"big": 1' + "0" * 5000 + ', "text": "%s"}',
        '{"inf": 1e400, "exp": 1E2, "neg": -0.0, "text": "%s", "n": null}',
        '{"u": "\\u00e9\\ud83d\\ude00", "raw": "café 😀", "text": "%s"}',
        '{"z": 1, "a": 2, "m": {"y": [1, 2.50, {"x": true}]}, "text": "%s"}',
        '{"dup": 1, "dup": 2, "text": "%s"}',
        '{"text":"%s","compact":[1,2]}',
        '  {  "text" :  "%s" ,  "spaced" : 1  }  \r',
        '{"nan": NaN, "text": "%s", "ls": "a\u2028b\u0085c"}',
    ],
    ids=[
        "floats",
        "big-int",
        "numbers",
        "unicode",
        "order",
        "dup-keys",
        "compact",
        "spaces",
        "nan",
    ],
)
def test_unchanged_records_keep_every_byte(repairer, line):
    line = line.replace("%s", json.dumps(CLEAN)[1:-1])
    result = one(repairer, line)
    assert result.status == "unchanged", result.error
    assert without_repair(result.output) == line
    assert json.loads(result.output.strip(), parse_int=str)["repair"] == {
        "status": "unchanged",
        "changes": [],
        "error": None,
    }


def test_a_repaired_record_changes_only_its_text_and_repair(repairer):
    line = '{"id":"a1","text":' + json.dumps(DAMAGED) + ',"f":1.0000000000000002,"e":"\\u00e9"}'
    result = one(repairer, line)
    assert result.status == "ok"
    expected = line.replace(json.dumps(DAMAGED), json.dumps(REPAIRED))
    assert without_repair(result.output) == expected
    assert ',"repair":{"status":"ok","changes":[' in result.output  # the line's own style
    record = json.loads(result.output)
    assert record["text"] == REPAIRED
    assert record["repair"]["changes"] == [
        c.to_dict() for c in repairer.repair_text(DAMAGED).changes
    ]


def test_non_ascii_text_is_written_as_the_line_writes_it(repairer):
    ascii_line = json.dumps({"text": "Spread the love\nCafé au lait.\n"})
    utf8_line = json.dumps({"text": "Spread the love\nCafé au lait.\n"}, ensure_ascii=False)
    assert one(repairer, ascii_line).output.isascii()
    assert '"Café au lait.\\n"' in one(repairer, utf8_line).output


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    fields=st.dictionaries(
        st.text(max_size=6).filter(lambda k: k not in ("text", "repair")),
        st.recursive(
            st.none()
            | st.booleans()
            | st.integers(min_value=-(10**30), max_value=10**30)
            | st.floats(allow_nan=False, allow_infinity=False)
            | st.text(max_size=10),
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
            max_leaves=6,
        ),
        max_size=5,
    ),
    text=st.sampled_from([CLEAN, DAMAGED, "", "Hello\u2028world.\n"]),
    ensure_ascii=st.booleans(),
    compact=st.booleans(),
)
def test_any_record_round_trips_except_text_and_repair(fields, text, ensure_ascii, compact):
    repairer = Repairer(NO_MT)
    separators = (",", ":") if compact else (", ", ": ")
    record = {**fields, "text": text}
    line = json.dumps(record, ensure_ascii=ensure_ascii, separators=separators)
    result = one(repairer, line)
    repaired = repairer.repair_text(text).text
    expected = line.replace(
        json.dumps(text, ensure_ascii=ensure_ascii),
        json.dumps(repaired, ensure_ascii=line.isascii()),
    )
    if text == repaired:
        expected = line
    assert without_repair(result.output) == expected
    assert json.loads(result.output) == {
        **record,
        "text": repaired,
        "repair": json.loads(result.output)["repair"],
    }


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"text": "a"} trailing', "extra data"),
        ('{"text": "a",}', "not JSON"),
        ('{"id": 3}', "no 'text' field"),
        ('{"id": 3, "text": null}', "'text' is NoneType, not a string"),
        ('{"text": "a", "text": "b"}', "'text' appears 2 times"),
        ("{}", "no 'text' field"),
    ],
)
def test_bad_lines_become_error_records(repairer, line, message):
    result = one(repairer, line)
    assert result.status == "error" and message in result.error
    record = json.loads(result.output)
    assert record["repair"]["status"] == "error" and message in record["repair"]["error"]
    assert record["repair"]["changes"] == []
    if line.startswith("{") and "trailing" not in line and ",}" not in line:
        assert without_repair(result.output) == line  # the record itself is kept
    else:
        assert record["raw"] == line


def test_error_messages_name_the_line_and_id_but_records_do_not(repairer):
    result = repair_lines(repairer, ['{"id": "x9"}'], [42])[0]
    assert result.error == "line 42 (id x9): no 'text' field"
    assert json.loads(result.output)["repair"]["error"] == "no 'text' field"


def test_invalid_utf8_is_kept_recoverably(repairer):
    raw = b'{"text": "caf\xc3 ok"}'
    out = run(repairer, raw + b"\n")
    record = json.loads(out)
    assert record["repair"]["status"] == "error" and "UTF-8" in record["repair"]["error"]
    assert record["raw"].encode("utf-8", "surrogateescape") == raw
    # Replaced as a plain file's text is: `\xc3` then a space is read as 1252's `Ã `,
    # which is UTF-8's `à` after a non-breaking space was lost.
    replaced = run(repairer, raw + b"\n", errors="replace")
    assert json.loads(replaced)["text"] == "caf\u00e0 ok"
    lone = run(repairer, b'{"text": "ok \xff here"}\n', errors="replace")
    assert json.loads(lone)["text"] == "ok \ufffd here"


def test_replaced_bytes_of_the_text_are_recorded_and_revert_to_the_input(repairer):
    """``--errors replace``: the text field's invalid bytes are the pipeline's recorded
    changes (a reviewer sees them, reverting gives the bytes back); another field's are
    replaced by the decoder; the output line is UTF-8."""
    raw = b'{"note": "n\xffo", "text": "The fee was \xff\xfe today and caf\xe9 after."}'
    out = run(repairer, raw + b"\n", errors="replace")
    out.decode("utf-8")
    record = json.loads(out)
    assert record["note"] == "n\ufffdo"
    assert record["text"] == "The fee was \ufffd\ufffd today and caf\u00e9 after."
    rules = [change["rule"] for change in record["repair"]["changes"]]
    assert rules == ["encoding.invalid-utf8", "encoding.cp1252-bytes"]
    original = revert_changes(
        record["text"], [Change.from_dict(c) for c in record["repair"]["changes"]]
    )
    assert (
        original.encode("utf-8", "surrogateescape")
        == b"The fee was \xff\xfe today and caf\xe9 after."
    )


def test_replace_leaves_a_backslash_before_an_invalid_byte_to_the_decoder(repairer):
    raw = b'{"text": "a \\\xff b"}'
    out = run(repairer, raw + b"\n", errors="replace")
    out.decode("utf-8")
    assert "\ufffd" in out.decode("utf-8")


def test_an_existing_repair_member_is_replaced_everywhere(repairer):
    result = one(repairer, '{"repair": 1, "text": "Fine.", "repair": {"old": true}}')
    assert result.output.count('"repair": {"status": "unchanged"') == 2
    assert "old" not in result.output


def test_scan_refuses_what_is_not_one_object():
    for line in ["", "   ", '{"a": 1', '{"a" 1}', "{1: 2}", '"text"']:
        with pytest.raises(RecordError):
            scan_record(line)


def run(repairer: Repairer, data: bytes, **options) -> bytes:
    out = io.BytesIO()
    run_stream(io.BytesIO(data).readlines(), out.write, repairer, **options)
    return out.getvalue()


def lines_of(*records: object) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records
    )


def test_stream_keeps_order_skips_blank_lines_and_crlf(repairer):
    data = b"\xef\xbb\xbf" + lines_of(
        {"id": 1, "text": DAMAGED}, b"", b"  ", {"id": 2, "text": CLEAN}
    )
    data += b'{"id": 3, "text": "Fine."}\r\n'
    out = run(repairer, data).decode().splitlines(keepends=True)
    assert [json.loads(line)["id"] for line in out] == [1, 2, 3]
    assert out[2].endswith("}\r\n")


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "spawned"])
def test_stream_with_two_workers_writes_what_one_writes(monkeypatch, fork):
    monkeypatch.setattr(jsonl, "fork_is_safe", lambda: fork)
    records = [{"id": i, "text": DAMAGED if i % 3 else CLEAN} for i in range(40)]
    data = lines_of(*records, b"oops")
    repairer = Repairer(NO_MT, batch_size=4)
    assert run(repairer, data, jobs=2) == run(repairer, data, jobs=1)


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "spawned"])
def test_workers_collect_garbage_less_often(monkeypatch, fork):
    """Young collections cost a worker 0.2-0.35 CPU-s in 5,000 records at the default."""
    import gc

    monkeypatch.setattr(jsonl, "fork_is_safe", lambda: fork)
    pool = jsonl.worker_pool(Repairer(NO_MT), 1)
    try:
        assert pool.submit(gc.get_threshold).result() == jsonl.WORKER_GC_THRESHOLDS
    finally:
        pool.shutdown()
    assert gc.get_threshold() != jsonl.WORKER_GC_THRESHOLDS  # the caller's are its own


def test_on_error_drop_fail_and_max_errors(repairer):
    data = lines_of({"id": 1, "text": CLEAN}, {"id": 2}, {"id": 3, "text": CLEAN}, b"x", {"id": 5})
    kept = run(repairer, data, on_error="drop").splitlines()
    assert [json.loads(line)["id"] for line in kept] == [1, 3]
    out = io.BytesIO()
    with pytest.raises(StopRun) as stop:
        run_stream(io.BytesIO(data), out.write, repairer, on_error="fail")
    assert stop.value.code == 1 and "line 2" in str(stop.value)
    assert len(out.getvalue().splitlines()) == 1  # what came before the error is written
    with pytest.raises(StopRun) as stop:
        run_stream(io.BytesIO(data), io.BytesIO().write, repairer, max_errors=2)
    assert stop.value.code == 3 and "3 bad records, more than --max-errors 2" in str(stop.value)
    stats = run_stream(io.BytesIO(data), io.BytesIO().write, repairer, max_errors=3)
    assert (stats.records, stats.errors, stats.unchanged) == (5, 3, 2)


@dataclass
class Done:
    returncode: int
    stdout: bytes
    stderr: bytes


def cli(*args: str, stdin: bytes | None = None) -> Done:
    """``repair fix`` in this process (the closed-pipe test below runs a real process)."""
    from typer.testing import CliRunner

    from repair.cli.app import app

    done = CliRunner().invoke(app, ["fix", "--no-mt", *args], input=stdin)
    return Done(done.exit_code, done.stdout_bytes, done.stderr_bytes)


def test_cli_jsonl_stdin_to_stdout_and_exit_codes(tmp_path):
    data = lines_of({"id": 1, "text": DAMAGED}, b"not json", {"id": 3, "text": CLEAN})
    done = cli("--jsonl", "--id-field", "id", stdin=data)
    assert done.returncode == 0
    assert done.stdout == run(Repairer(NO_MT, id_field="id"), data)
    stderr = done.stderr.decode()
    assert stderr.startswith("repair: 1 bad records (first: line 2: not JSON")
    assert stderr.count("\n") == 1
    too_many = cli("--jsonl", "--max-errors", "0", "-", stdin=data)
    assert too_many.returncode == 3 and too_many.stderr.count(b"\n") == 1
    assert cli("--jsonl", "--on-error", "fail", stdin=data).returncode == 1
    assert cli("--jsonl", "--on-error", "nope", stdin=data).returncode == 2
    missing = cli("--jsonl", str(tmp_path / "missing.jsonl"))
    assert missing.returncode == 2 and b"no such file" in missing.stderr
    assert b"Traceback" not in missing.stderr


def test_cli_jsonl_output_file_is_all_or_nothing(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(lines_of({"text": DAMAGED}, {"no": "text"}))
    out = tmp_path / "out.jsonl"
    assert cli("--jsonl", str(source), "--on-error", "fail", "-o", str(out)).returncode == 1
    assert not out.exists() and os.listdir(tmp_path) == ["in.jsonl"]
    assert cli("--jsonl", str(source), "-o", str(out)).returncode == 0
    assert len(out.read_bytes().splitlines()) == 2


def test_workers_are_forked_only_from_a_single_threaded_process():
    import threading

    release = threading.Event()
    helper = threading.Thread(target=release.wait)
    helper.start()
    try:
        assert not jsonl.fork_is_safe()
    finally:
        release.set()
        helper.join()


def test_warm_up_text_loads_what_a_worker_would_load_on_its_first_chunk(monkeypatch):
    """The pool's warm-up text asks the pair's classifier and the stray-word judge's
    classifier of every tabled language (their models then load once, before the fork)
    and compiles the boilerplate pattern tried on lines ending with a bracket: none is
    left for each worker's first chunk that meets it."""
    from repair.detectors import boilerplate
    from repair.langid import lingua, stray

    asked: set[tuple[str, ...]] = set()
    build = lingua._detector

    def recording(languages: tuple[str, ...], low_accuracy: bool):
        asked.add(languages)
        return build(languages, low_accuracy)

    monkeypatch.setattr(lingua, "_detector", recording)
    boilerplate._line_regex.cache_clear()
    boilerplate.boilerplate_lines.cache_clear()
    Repairer(RepairConfig(mt=False)).repair_text(jsonl.WARM_UP_TEXT)
    assert ("en", "fr") in asked  # the pair's classifier
    assert boilerplate._line_regex.cache_info().currsize == 2
    # The stray-word judge (process-wide, it remembers its words: a fresh one here) asks
    # its classifier of every tabled language about the text's unlisted accented word.
    asked.clear()
    judge = stray.StrayWords("en")
    for word in re.findall(r"[^\W\d_]+", jsonl.WARM_UP_TEXT):
        judge.judge_any(word)
    assert any(len(languages) > 2 for languages in asked)
