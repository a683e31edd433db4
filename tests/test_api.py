"""The Python API: one pipeline per Repairer, batches, records, and pickling for workers."""

from __future__ import annotations

import multiprocessing
import pickle

import pytest

from repair import Repairer
from repair.config import RepairConfig
from repair.frontends.records import RecordError
from repair.pipeline import Pipeline

NO_MT = RepairConfig(mt=False)
DAMAGED = "Spread the love\nIt rained all day in Lyon .\n"
CLEAN = "The council met on Tuesday.\n"


def _repair_in_child(repairer: Repairer, text: str) -> tuple[bool, str, list[dict]]:
    """Runs in a spawned process: the pipeline must come back by itself."""
    fresh = repairer._pipeline is None
    result = repairer.repair_text(text)
    return fresh, result.text, [c.to_dict() for c in result.changes]


def test_repair_text_gives_the_pipeline_result_with_its_changes(seed_text):
    result = Repairer(NO_MT).repair_text(seed_text)
    expected = Pipeline(NO_MT).repair(seed_text)
    assert result == expected
    assert result.changed and "Spread the love" not in result.text
    assert result.report()["changes"] == [c.to_dict() for c in expected.changes]


def test_the_pipeline_is_built_once_and_only_when_needed():
    repairer = Repairer(NO_MT)
    assert repairer._pipeline is None
    first = repairer.pipeline
    repairer.repair_text(DAMAGED)
    repairer.repair_many([DAMAGED, CLEAN])
    assert repairer.pipeline is first


def test_repair_many_in_small_batches_matches_one_by_one():
    texts = [DAMAGED, CLEAN, DAMAGED.replace("Lyon", "Lille"), CLEAN, "Spread the love\n"]
    repairer = Repairer(NO_MT, batch_size=2)
    assert repairer.repair_many(texts) == [repairer.repair_text(t) for t in texts]


def test_pickling_drops_the_pipeline_and_rebuilds_it_lazily():
    repairer = Repairer(NO_MT, text_field="body", batch_size=8)
    repairer.repair_text(DAMAGED)
    data = pickle.dumps(repairer)
    assert b"Pipeline" not in data and b"Detector" not in data
    clone = pickle.loads(data)
    assert clone._pipeline is None
    assert (clone.config, clone.text_field, clone.batch_size) == (NO_MT, "body", 8)
    assert clone.repair_text(DAMAGED) == repairer.repair_text(DAMAGED)
    assert repairer._pipeline is not None  # pickling did not unload the original


def test_a_pickled_repairer_works_in_a_new_process():
    repairer = Repairer(NO_MT)
    expected = repairer.repair_text(DAMAGED)
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        fresh, text, changes = pool.apply(_repair_in_child, (repairer, DAMAGED))
    assert fresh
    assert text == expected.text
    assert changes == [c.to_dict() for c in expected.changes]


def test_repair_records_keeps_other_fields_and_adds_the_repair_object():
    records = [
        {"id": 7, "text": DAMAGED, "meta": {"score": 1.0000000000000002, "tags": ["a"]}},
        {"text": CLEAN, "id": 8},
    ]
    out = list(Repairer(NO_MT).repair_records(records))
    assert [list(r) for r in out] == [["id", "text", "meta", "repair"], ["text", "id", "repair"]]
    assert out[0]["meta"] == records[0]["meta"] and out[0]["id"] == 7
    assert out[0]["text"] == Repairer(NO_MT).repair_text(DAMAGED).text
    assert out[0]["repair"]["status"] == "ok" and out[0]["repair"]["error"] is None
    assert {c["rule"] for c in out[0]["repair"]["changes"]} >= {"boilerplate.line"}
    assert out[1]["repair"] == {"status": "unchanged", "changes": [], "error": None}
    assert out[1]["text"] == CLEAN
    assert records[0]["text"] == DAMAGED  # inputs are not modified


def test_repair_records_bad_records_are_marked_dropped_or_raise():
    records = [
        {"id": 1, "text": CLEAN},
        {"id": 2},
        {"id": 3, "text": 5},
        {"id": 4, "text": DAMAGED},
    ]
    repairer = Repairer(NO_MT, id_field="id", batch_size=3)
    marked = list(repairer.repair_records(records))
    assert [r["id"] for r in marked] == [1, 2, 3, 4]
    assert [r["repair"]["status"] for r in marked] == ["unchanged", "error", "error", "ok"]
    assert marked[1]["repair"]["error"] == "no 'text' field"
    assert marked[2]["text"] == 5 and "int" in marked[2]["repair"]["error"]
    dropped = list(repairer.repair_records(records, on_error="drop"))
    assert [r["id"] for r in dropped] == [1, 4]
    with pytest.raises(RecordError, match="record 2: no 'text' field"):
        list(repairer.repair_records(records, on_error="fail"))


def test_one_failing_text_does_not_fail_its_batch(monkeypatch):
    repairer = Repairer(NO_MT)
    pipeline = repairer.pipeline
    real_repair_many = pipeline.repair_many

    def fragile(texts):
        if any("EXPLODE" in t for t in texts):
            raise RuntimeError("detector crashed")
        return real_repair_many(texts)

    monkeypatch.setattr(pipeline, "repair_many", fragile)
    outcomes = repairer.repair_outcomes([DAMAGED, "EXPLODE\n", CLEAN])
    assert outcomes[0].result == Repairer(NO_MT).repair_text(DAMAGED)
    assert outcomes[1].result is None
    assert outcomes[1].error == "repair failed: RuntimeError: detector crashed"
    assert outcomes[2].result.text == CLEAN


def test_bad_batch_size_is_refused():
    with pytest.raises(ValueError, match="batch_size"):
        Repairer(NO_MT, batch_size=0)


@pytest.mark.parametrize(
    ("value", "words"),
    [(None, "not NoneType"), (b"It rained.", "decode bytes first"), (5, "not int")],
)
def test_a_text_that_is_not_str_is_a_type_error_that_says_so(value, words):
    import repair

    for call in (Repairer().repair_text, repair.repair_text, lambda t: Repairer().repair_many([t])):
        with pytest.raises(TypeError, match=words):
            call(value)


def test_repair_many_refuses_one_string_it_would_repair_letter_by_letter():
    with pytest.raises(TypeError, match="sequence of str, not str"):
        Repairer().repair_many("It rained.")


@pytest.mark.parametrize("threads", [0, -1, 1.5, "2"])
def test_mt_threads_below_one_or_not_a_number_is_refused_up_front(threads):
    with pytest.raises(ValueError, match="mt_threads"):
        RepairConfig(mt_threads=threads)
