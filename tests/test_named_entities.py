"""Torn HTML5 named references, on the whole list of names (``html.entities.html5``)."""

from __future__ import annotations

import html.entities

import pytest

from repair.config import RepairConfig
from repair.detectors.named_entities import entity_names, is_word
from repair.pipeline import Pipeline

NAMES = sorted({key.rstrip(";") for key in html.entities.html5 if key.endswith(";")})
CLOSING = {"'", '"', "’", "”", "»", "›"}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(RepairConfig(detectors=("entities", "named-entities")))


def repaired(pipeline: Pipeline, texts: list[str]) -> list[str]:
    return [result.text for result in pipeline.repair_many(texts)]


def test_word_names_are_told_from_remnants():
    """wordfreq counts ``quot`` and ``nbsp`` (web text is full of them): they are no words."""
    assert all(is_word(name, "en") for name in ("amp", "not", "and", "star", "euro", "image"))
    assert not any(is_word(n, "en") for n in ("quot", "nbsp", "rsquo", "ldquo", "hellip", "gt"))
    assert sum(not is_word(name, "en") for name in NAMES) > 1500


def test_space_after_ampersand_every_name(pipeline):
    texts = [f"see & {name};1 more" for name in NAMES]
    expected = [f"see {entity_names()[name]}1 more" for name in NAMES]
    assert repaired(pipeline, texts) == expected


def test_lost_semicolon_every_name(pipeline):
    texts = [f"see &{name} 1 more" for name in NAMES]
    expected = []
    for name in NAMES:
        value = entity_names()[name]
        expected.append(f"see{value} 1 more" if value in CLOSING else f"see {value} 1 more")
    assert repaired(pipeline, texts) == expected


def test_lost_ampersand_every_name_that_is_no_word(pipeline):
    names = [name for name in NAMES if len(name) > 2 and not is_word(name, "en")]
    texts = [f"see {name};1 more" for name in names]
    assert repaired(pipeline, texts) == [f"see {entity_names()[n]}1 more" for n in names]


def test_lost_ampersand_words_decoded_only_glued_to_another_reference(pipeline):
    words = [name for name in NAMES if len(name) <= 2 or is_word(name, "en")]
    assert len(words) > 50
    prose = [f"the {name}; more" for name in words]
    assert repaired(pipeline, prose) == prose
    chained = [f"see {name};hellip; more" for name in words]
    # ``amp;hellip;`` was ``&amp;hellip;``, a double escape: one ellipsis.
    expected = [f"see {entity_names()[n].replace('&', '')}… more" for n in words]
    assert repaired(pipeline, chained) == expected


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (" quot;helping themselves, quot; he said", ' "helping themselves," he said'),
        ("it rsquo;s", "it’s"),
        ("& rsquo;s and & ldquo;yes", "’s and “yes"),
        ("&#8217Believer&#8217 said", "’Believer’ said"),
        ("it&rsquo;s ok", "it&rsquo;s ok"),  # whole: the older html-entity rule's business
    ],
)
def test_issue_cases(pipeline, text, fixed):
    if text == fixed:
        # A whole reference in plain text is decoded by encoding.html-entity, not this rule.
        assert all(c.rule != "encoding.named-entity-remnant" for c in pipeline.repair(text).changes)
        return
    assert pipeline.repair(text).text == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The quot. fell; Lt. Smith said it;s fine",
        "He plugged in the amp; it hummed.",
        "AT&T, R&D, Q&A and B&Q; S&P 500",
        "Tom & Jerry; rock & roll; this & that;",
    ],
)
def test_words_stay(pipeline, text):
    assert pipeline.repair(text).text == text
