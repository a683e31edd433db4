"""A corpus of real encoding and markup damage (tests/cases/encoding.json), ftfy-style."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repair.config import RepairConfig
from repair.core.edits import revert_changes
from repair.pipeline import Pipeline
from repair.rules import FIXES

CASES = json.loads((Path(__file__).parent / "cases" / "encoding.json").read_text("utf-8"))
NORMALIZE = RepairConfig(detectors=("mojibake", "entities", "invisible"))


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_case(case):
    result = Pipeline(NORMALIZE).repair(case["original"])
    assert result.text == case["fixed"]
    assert revert_changes(result.text, result.changes) == case["original"]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_every_change_replays_from_its_rule(case):
    """Like ftfy's explanations: the rule id alone reproduces each replacement."""
    for change in Pipeline(NORMALIZE).repair(case["original"]).text_changes:
        if change.rule in FIXES:
            assert FIXES.get(change.rule)(change.original) == change.replacement


def test_mojibake_message_carries_ftfy_explanation():
    result = Pipeline(NORMALIZE).repair("Le cafÃ© est fermÃ©.")
    assert result.changes and all("ftfy" in c.message for c in result.changes)
    assert [c.original for c in result.changes] == ["cafÃ©", "fermÃ©."]
