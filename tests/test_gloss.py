"""A foreign word its writer glosses beside it is the writer's: word_fixes.toml ``[gloss]``.

The examples are English that keeps a word of another language and explains it (written for
these tests); the negatives are translations' leftovers (apertium's output of dev sentences,
shortened) that are still replaced, a list's next item and a far-off word being no gloss.
"""

from __future__ import annotations

import pytest

from repair import RepairConfig, Repairer
from repair.fixers.translate import _sets_off
from repair.fixers.words import settings

GLOSS = settings()["gloss"]


@pytest.fixture(scope="module")
def repairer() -> Repairer:
    return Repairer(RepairConfig())


@pytest.mark.parametrize(("text", "word"), GLOSS["examples"])
def test_a_glossed_word_is_left_alone_and_not_reported(repairer, text, word):
    result = repairer.repair_text(text)
    assert result.text == text
    assert not [c for c in result.changes if word in c.original]


@pytest.mark.parametrize(("text", "word"), GLOSS["negatives"])
def test_a_translations_leftover_is_still_replaced(repairer, text, word):
    result = repairer.repair_text(text)
    assert word not in result.text
    assert any(c.original.strip() == word and c.replacement for c in result.changes)


@pytest.mark.parametrize(
    ("between", "gloss"),
    [
        (" (", True),
        (", the endless ", True),
        (", her ", True),
        (" — ", True),
        (", ", False),  # a list's next item
        (" and ", False),
        (", and the ", False),  # a coordination, not an apposition
        (" ", False),
        (" - a 19-year-old is the primary ", False),  # too far off
    ],
)
def test_what_sets_a_gloss_off(between, gloss):
    assert _sets_off(between, GLOSS) is gloss
