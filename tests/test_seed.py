"""The seed article, end to end, against its gold annotation."""

from __future__ import annotations

import pytest

from repair.core.edits import revert_changes
from tests.gold import score

#: Kinds whose required gold items the default install must meet. Each capability adds
#: its kinds here when it lands.
COVERED_KINDS = {
    "encoding",
    "typography",
    "boilerplate",
    "duplicate",
    "entity",
    "literalism",
    "garble",
    # The default model (session 7, truecased sources) translates the slogan above its
    # calibrated threshold; the session-5 model flagged it (-0.72 < -0.70).
    "foreign",
}


@pytest.fixture(scope="module")
def seed_result(seed_text, default_pipeline):
    return default_pipeline.repair(seed_text)


@pytest.fixture(scope="module")
def seed_scores(seed_gold, seed_text, seed_result):
    return score(seed_gold, seed_text, seed_result.text, seed_result.changes)


def _required(seed_gold):
    return [
        d["id"] for d in seed_gold["damages"] if d.get("required") and d["kind"] in COVERED_KINDS
    ]


def test_required_items_of_covered_kinds_are_met(seed_gold, seed_scores):
    items, _ = seed_scores
    by_id = {item.id: item for item in items}
    unmet = [f"{i}: {by_id[i].detail}" for i in _required(seed_gold) if not by_id[i].met]
    assert _required(seed_gold), "the gold file lists required items"
    assert unmet == []


def test_nothing_protected_is_touched(seed_scores):
    _, broken = seed_scores
    assert broken == []


def test_seed_revert_is_exact(seed_text, seed_result):
    assert revert_changes(seed_result.text, seed_result.changes) == seed_text


def test_seed_is_idempotent(seed_result, default_pipeline):
    again = default_pipeline.repair(seed_result.text)
    assert again.text_changes == ()
