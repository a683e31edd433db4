"""The learned calques (repair/data/calques_learned.toml, scripts/build_calques.py): each rule
fires on the MT output it was learned from and on nothing of English news."""

from __future__ import annotations

import pytest

from repair.core.document import Document
from repair.data import load_toml
from repair.detectors.calques import (
    DATA_FILE,
    Calque,
    calque_table,
    compile_table,
    find_calques,
    rules_of,
)
from tests.conftest import fixture_text

RAW_RULES = load_toml(DATA_FILE).get("rule", [])


def test_the_table_has_rules_with_their_evidence():
    assert len(RAW_RULES) >= 10
    ids = [raw["id"] for raw in RAW_RULES]
    assert len(ids) == len(set(ids))
    for raw in RAW_RULES:
        assert set(raw["languages"]) <= {"fr", "es"} and raw["languages"], raw["id"]
        assert raw["documents"] >= 3 and raw["sentences"] >= raw["documents"], raw["id"]
        assert 0 < raw["precision"] <= 1 and raw["held_out_chrf"] >= 0, raw["id"]
        assert raw["english_per_million"] * 30 <= raw["mt_per_million"], raw["id"]


@pytest.mark.parametrize("raw", RAW_RULES, ids=lambda raw: raw["id"])
def test_each_rule_rewrites_its_example(raw):
    (rule,) = rules_of({"rule": [raw]})
    table = compile_table([rule])
    for example in raw["examples"]:
        assert table.rewrite(example["mt"]) != example["mt"]


def test_no_rule_fires_on_english_news():
    """Negatives of every rule: English news written in English, and the prose of Python's
    docstrings."""
    table = calque_table()
    for name in ("english-news-wmt19.en", "python-docstrings.en"):
        text = fixture_text(name)
        assert [(found.group(), rule.id) for found, rule in table.matches(text)] == []


def test_a_second_pass_changes_nothing():
    table = calque_table()
    for raw in RAW_RULES:
        for example in raw["examples"]:
            once = table.rewrite(example["mt"])
            assert table.rewrite(once) == once, raw["id"]


def test_matching_keeps_the_case_and_whole_words():
    table = compile_table([Calque("of-prison--in-prison", "of prison", "in prison", ("es",))])
    assert table.rewrite("Of prison. Seven years of  prison") == "In prison. Seven years in prison"
    assert table.rewrite("of prisons, of prison-break") == "of prisons, of prison-break"


def test_findings_are_low_confidence_literalisms():
    table = compile_table([Calque("of-prison--in-prison", "of prison", "in prison", ("es",))])
    (finding,) = find_calques(Document("Seven years of prison."), table)
    assert (finding.kind, finding.suggestion, finding.confidence) == (
        "literalism",
        "in prison",
        0.55,
    )
    assert finding.rule == "literalism.learned.of-prison--in-prison"


def test_a_known_source_language_takes_its_own_rules():
    for lang in ("fr", "es"):
        assert all(lang in rule.languages for rule in calque_table(lang).by_phrase.values())


def test_an_exception_word_after_the_phrase_keeps_it():
    """``the executive committee`` stays (the references keep it), ``the executive`` alone
    is the government."""
    rule = Calque(
        "the-executive--the-government",
        "the executive",
        "the government",
        ("fr",),
        unless_next=("committee",),
    )
    table = compile_table([rule])
    assert table.rewrite("The executive said no.") == "The government said no."
    assert table.rewrite("The executive committee said no.") == "The executive committee said no."
    assert table.rewrite("the executive committees") == "the government committees"


def test_an_uncorroborated_learned_fix_is_dropped_not_flagged():
    """Below SILENT_CONFIDENCE: in a document with no other damage the fix says nothing; with
    confident fixes of two other rules it is applied."""
    from repair.core.edits import Edit
    from repair.pipeline import corroborate

    def edit(start: int, rule: str, confidence: float) -> Edit:
        return Edit(start, start + 1, "x", "fix", "literalism", rule, confidence, "m")

    learned = edit(0, "literalism.learned.a--b", 0.55)
    assert corroborate([learned]) == []
    others = [edit(5, "literalism.one", 0.9), edit(9, "foreign.word", 0.9)]
    assert corroborate([learned, *others])[0] == learned
