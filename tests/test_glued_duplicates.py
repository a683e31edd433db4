"""Glued words and repeats made by the scraper: every example of repair/data/scraped.toml."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from repair.config import RepairConfig
from repair.detectors.glued import splits, word_it_may_be
from repair.pipeline import Pipeline

DATA = tomllib.loads(resources.files("repair.data").joinpath("scraped.toml").read_text())
GLUED = DATA["glued"]
DUPLICATES = DATA["duplicates"]


def repair(detector: str, text: str):
    return Pipeline(RepairConfig(detectors=(detector,))).repair(text)


@pytest.mark.parametrize("example", GLUED["examples"], ids=lambda e: e["text"])
def test_glued_split(example):
    """Found and split (the confident ones are fixed even alone; the others are flagged)."""
    result = repair("glued-words", example["text"])
    changes = [c for c in result.changes if c.rule == "typography.glued-words"]
    assert len(changes) == 1
    if changes[0].replacement is None:
        assert "corroborates" in changes[0].message
        pipeline = Pipeline(RepairConfig(detectors=("glued-words",)))
        doc = pipeline._document(example["text"])
        found = list(pipeline.detectors["language"][0].detect(doc))
        assert found[0].suggestion in example["fixed"]
    else:
        assert result.text == example["fixed"]


@pytest.mark.parametrize("example", GLUED["negative"], ids=lambda e: e["text"])
def test_glued_negatives(example):
    assert repair("glued-words", example["text"]).changes == ()


def test_glued_confidence_follows_how_sure_the_split_is():
    pipeline = Pipeline(RepairConfig(detectors=("glued-words",)))
    doc = pipeline._document("decide tomorrowsaid the minister; the councilhe was")
    found = {f.message.split("'")[1]: f for f in pipeline.detectors["language"][0].detect(doc)}
    assert found["tomorrowsaid"].confidence > found["councilhe"].confidence
    assert [split[:2] for split in splits("tomorrowsaid", "en")] == [("tomorrow", "said")]


def test_a_token_seen_twice_is_a_term_not_two_glued_words():
    once = repair("glued-words", "The Bluewas went on, said the club.")
    assert [c.rule for c in once.changes] == ["typography.glued-words"]
    twice = repair("glued-words", "Both Bluewas teams won. The Bluewas went on.")
    assert twice.changes == ()


def test_two_content_words_are_a_compound_not_two_glued_words():
    """One part must be a function word or a verb after a dropped quote."""
    assert splits("schoolwear", "en") == [] and splits("stadiumgoing", "en") == []
    assert [split[:2] for split in splits("tomorrowsays", "en")] == [("tomorrow", "says")]


def test_a_typo_or_an_unlisted_ending_is_one_word():
    """The word is read when it is commoner than the two words together (their zipf values
    added, less 9)."""
    assert word_it_may_be("toether", "en", 3.4 + 7.43 - 9) == "together"
    assert word_it_may_be("withdrawings", "en", 4.04 + 6.85 - 9) == "withdrawing"
    # ``forth`` is rarer than ``for the``; ``inplace`` rarer than ``in places``.
    assert word_it_may_be("forthe", "en", 7.01 + 7.73 - 9) is None
    assert word_it_may_be("inplaces", "en", 5.03 + 7.27 - 9) is None
    assert word_it_may_be("councilhe", "en", 5.08 + 6.69 - 9) is None


def test_a_split_after_a_prefix_is_a_derived_word():
    assert splits("cofinancing", "en") == []
    assert [split[:2] for split in splits("councilhe", "en")] == [("council", "he")]


@pytest.mark.parametrize("example", DUPLICATES["examples"], ids=lambda e: e["text"])
def test_duplicates_removed(example):
    result = repair("duplicates", example["text"])
    assert result.text == example["fixed"]
    assert {c.kind for c in result.text_changes} == {"duplicate"}


@pytest.mark.parametrize("example", DUPLICATES["flagged"], ids=lambda e: e["text"])
def test_near_duplicates_flagged(example):
    result = repair("duplicates", example["text"])
    assert result.text == example["text"]
    assert [c.kind for c in result.flags] == ["duplicate"]


@pytest.mark.parametrize("example", DUPLICATES["negative"], ids=lambda e: e["text"])
def test_duplicate_negatives(example):
    assert repair("duplicates", example["text"]).changes == ()


def test_a_cry_said_twice_on_one_line_is_only_flagged():
    """`Don't be angry! Don't be angry!`: a writer's emphasis, flagged; the same cry on two
    lines and a statement said twice are a scraper's, removed ([duplicates] in scraped.toml)."""
    table = tomllib.loads(resources.files("repair.data").joinpath("scraped.toml").read_text())
    table = table["duplicates"]
    pipeline = Pipeline(RepairConfig(detectors=("duplicates",)))
    for text in table["outcry_examples"]:
        changes = pipeline.repair(text + "\n").changes
        assert [c.action for c in changes] == ["flag"], text
    for text in table["outcry_negatives"]:
        changes = pipeline.repair(text + "\n").changes
        assert [c.action for c in changes] == ["remove"], text
