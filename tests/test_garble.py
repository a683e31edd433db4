"""Garbled fragments are flagged, never rewritten; the examples in garble.toml are tests."""

from __future__ import annotations

import pytest

from repair.config import RepairConfig
from repair.core.document import Document
from repair.detectors.garble import HEURISTICS, data, has_finite_verb
from repair.pipeline import Pipeline

SECTIONS = (
    "lowercase_after_stop",
    "repeated_across_punct",
    "verbless_fragment",
    "pronoun_gender",
    "invented_word",
)


def _cases(key: str) -> list:
    return [
        pytest.param(section, case, id=f"{section}:{index}")
        for section in SECTIONS
        for index, case in enumerate(data()[section][key])
    ]


def flags(text: str) -> list:
    doc = Document(text)
    return [finding for heuristic in HEURISTICS for finding in heuristic(doc)]


def test_data_file_has_every_section_with_examples():
    assert set(SECTIONS) <= set(data())
    for section in SECTIONS:
        table = data()[section]
        assert table["examples"] and table["negatives"], section
        assert 0 < table["confidence"] < 1
        assert all(set(case) == {"text", "flagged"} for case in table["examples"])


@pytest.mark.parametrize(("section", "case"), _cases("examples"))
def test_example_is_flagged(section, case):
    text = case["text"]
    rule = "garble." + section.replace("_", "-")
    found = [f for f in flags(text) if f.rule == rule]
    start = text.index(case["flagged"])
    end = start + len(case["flagged"])
    assert any(f.start <= start and end <= f.end for f in found), [
        text[f.start : f.end] for f in found
    ]
    assert all(f.action == "flag" and f.kind == "garble" and f.message for f in found)


@pytest.mark.parametrize(("section", "case"), _cases("negatives"))
def test_negative_is_not_flagged(section, case):
    assert [(f.rule, case[f.start : f.end]) for f in flags(case)] == []


def test_garble_is_never_rewritten_by_the_pipeline():
    text = "Police left, which AFP did not report. could check."
    result = Pipeline(RepairConfig(detectors=("garble",))).repair(text)
    assert result.text == text
    assert [(c.kind, c.action, c.replacement) for c in result.changes] == [("garble", "flag", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Collective Security Treaty Organization (CSTO), a Russian-controlled group", False),
        ("The army opened fire on the crowd", True),
        ("The injured and the dead of the attacks", False),
        ("Prices they fear will rise", True),
        ("Officials carried the boxes", True),
    ],
)
def test_verb_guess(sentence, expected):
    assert has_finite_verb(sentence.split()) is expected
