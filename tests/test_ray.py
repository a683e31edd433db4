"""Ray Data: raw lines through an actor pool give the CLI's bytes (skipped without Ray)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("ray.data")
pa = pytest.importorskip("pyarrow")

from typer.testing import CliRunner  # noqa: E402

from repair.cli.app import app  # noqa: E402
from repair.config import RepairConfig  # noqa: E402
from repair.frontends.records import RecordError  # noqa: E402
from repair.ray import (  # noqa: E402
    LINE_COLUMN,
    RepairActor,
    plan_actors,
    repair_jsonl,
)

# Ray's own modules warn about their own deprecated settings when a job starts.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray")

NO_MT = RepairConfig(mt=False)
DAMAGED = "Spread the love\nIt rained all day in Lyon.\n"
CLEAN = "The council met on Tuesday.\n"

# Lines Ray's own JSON and text readers would change: floats, huge integers, escapes,
# U+2028 inside a string (read_text splits there), CRLF, bad records, invalid UTF-8.
RAW_LINES = [
    b'{"id": 1, "text": %s, "f": 1.0000000000000002, "big": 1%s}'
    % (json.dumps(DAMAGED).encode(), b"0" * 40),
    b'{"id":2,"text":"The council met on Tuesday.\\n","e":"\\u00e9","x":1E2}',
    '{"id": 3, "text": "Line\u2028separator.", "n": null, "nested": {"a": [1, 2.50]}}'.encode(),
    b'{"id": 4, "text": "Fine."}\r',
    b"not json at all",
    b'{"id": 6, "no_text": true}',
    b'{"id": 7, "text": "caf\xe9"}',
    b"",
    b'{"id": 9, "text": %s}' % json.dumps("Spread the love\nCaf\u00e9 au lait.\n").encode(),
]


def test_actors_leave_room_for_readers():
    plan = plan_actors(2)
    assert (plan.actors, plan.mt_threads) == (2, 1)
    assert plan.actors * plan.cpus_per_actor < 2
    big = plan_actors(16, cpus_per_actor=4)
    assert (big.actors, big.mt_threads) == (3, 4)
    with pytest.raises(ValueError, match="whole cluster"):
        plan_actors(2, actors=2, cpus_per_actor=1)
    with pytest.raises(ValueError, match="no room"):
        plan_actors(0.5)


def actor_call(actor: RepairActor, lines: list[bytes]) -> list[bytes]:
    table = pa.table({LINE_COLUMN: pa.array(lines, type=pa.binary())})
    return actor(table).column(LINE_COLUMN).to_pylist()


def test_the_actor_marks_drops_or_fails_bad_records():
    lines = [line for line in RAW_LINES if line.strip()]
    marked = actor_call(RepairActor(NO_MT, id_field="id"), lines)
    assert len(marked) == len(lines)
    dropped = actor_call(RepairActor(NO_MT, on_error="drop"), lines)
    assert len(dropped) == len(lines) - 3
    with pytest.raises(RecordError, match="on_error='fail'"):
        actor_call(RepairActor(NO_MT, on_error="fail"), lines)


def test_an_unexpected_failure_is_marked_not_raised(monkeypatch):
    actor = RepairActor(NO_MT)

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(actor.repairer, "repair_lines", broken)
    (out,) = actor_call(actor, [b'{"text": "x"}'])
    record = json.loads(out)
    assert record["repair"]["status"] == "error" and "boom" in record["repair"]["error"]
    assert record["raw"] == '{"text": "x"}'


@pytest.fixture(scope="module")
def local_ray():
    import ray
    from ray.data import DataContext

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    context = DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    yield
    ray.shutdown()


def test_ray_gives_the_cli_output_byte_for_byte(local_ray, tmp_path):
    source = tmp_path / "records.jsonl"
    source.write_bytes(b"".join(line + b"\n" for line in RAW_LINES))
    cli = CliRunner().invoke(app, ["fix", "--no-mt", "--jsonl", "--id-field", "id", str(source)])
    assert cli.exit_code == 0
    out = tmp_path / "out"
    repair_jsonl(str(source), str(out), NO_MT, id_field="id", batch_size=4)
    written = b"".join(path.read_bytes() for path in sorted(out.iterdir()))
    assert written == cli.stdout_bytes
    statuses = [json.loads(line)["repair"]["status"] for line in written.splitlines()]
    assert statuses == ["ok", "unchanged", "unchanged", "unchanged"] + ["error"] * 3 + ["ok"]
