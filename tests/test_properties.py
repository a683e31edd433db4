"""Properties that must hold for any input: no crash, exact revert, idempotence, honest offsets.

A few hundred examples run by default; `pytest -m slow` runs the 10,000-example profile.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from repair.config import RepairConfig
from repair.core.edits import revert_changes
from repair.pipeline import Pipeline

PIPELINE = Pipeline(RepairConfig(mt=False))

# Text that looks like what scrapers produce: words, punctuation, entities, invisible
# characters, accents, line ends of every kind, and mojibake of all of it.
PIECES = [
    "the",
    "The",
    "government",
    " ",
    " ",
    "  ",
    ".",
    " .",
    ",",
    " ;",
    ";",
    ":",
    "!",
    "?",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "#x27;",
    "#39;",
    "&amp;",
    "&#8217",
    "&amp;#39;",
    "\u200b",
    "\u00ad",
    "\u00a0",
    "\ufeff",
    "\x00",
    "\x07",
    "Ériots",
    "café",
    "Spread the love",
    "Previous Article",
    "Next Article",
    "the the",
    "Aktobe",
    "Moukhtar",
    "Mukhtar",
    "Dehors",
    "le vieux",
    "<p>",
    "</p>",
    "Mr.",
    "U.S.",
    "58",
    "2,300",
    "’",
    "“",
    "”",
    "—",
    "–",
    "…",
    "Ã©",
    "â€™",
    "Ã",
    "Â",
    "\u0301",
    "שלום",
    "مرحبا",
    "日本",
    "😀",
    "\u200d",
]


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


scraped = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
mixed = st.one_of(st.text(max_size=300), scraped, scraped.map(mojibake))


def check_properties(text: str) -> None:
    result = PIPELINE.repair(text)
    for change in result.changes:
        assert 0 <= change.start <= change.end <= len(text)
        assert text[change.start : change.end] == change.original
    assert revert_changes(result.text, result.changes) == text
    again = PIPELINE.repair(result.text)
    assert again.text_changes == (), [(c.rule, c.original) for c in again.text_changes]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed)
# Found by exploration: a lossy mojibake token the line's other accents hid from ftfy; an
# entity whose ";" the typography rules would glue on only after the entity stage had run;
# double mojibake around a mojibaked zero-width space, which takes four rounds to undo.
@example("Ã‰riots Ãƒâ€\ufffd")
@example("Â\xa0ÃƒÂ©â€‹â€\ufffdâ€™")
@example("&#821758 ;")
@example("&ap;\nPrevious Article\n<p>")  # a line of markup is no orphaned title
@example("&ap;\nPREVIOUS ARTICLE\nA<A>")
@example("&ap\nÇmir\x80Ä")  # no stray capital on a token that runs on into mojibake
@example("&ap\nÇm#117;ir”Ä")  # nor on one that would be mojibake without its capital
def test_properties(text):
    check_properties(text)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed)
def test_properties_slow(text):
    check_properties(text)


def test_properties_on_dev_corpora_with_planted_damage():
    from tests.conftest import dev_file

    rng = random.Random(3)
    for name in ("wmt-newstest2013.en", "wmt-newsdiscussdev2015.en", "english-news-wmt19.en"):
        lines = dev_file(name).splitlines(keepends=True)
        for start in range(0, 400, 20):
            article = lines[start : start + 20]
            for i in range(len(article)):
                if rng.random() < 0.2:
                    article[i] = (
                        mojibake(article[i])
                        if rng.random() < 0.5
                        else (article[i].replace(" ", " " + rng.choice(PIECES) + " ", 1))
                    )
            check_properties("".join(article))


def test_a_title_copy_with_a_space_before_its_mark_is_judged_the_same_both_runs() -> None:
    """Hypothesis's find: the typography rules take out the space before a mark, so the
    title's copy must be measured without it in the first run too."""
    check_properties('0000000:000:0000\n0\n\n0000000:000:0000:" :')
