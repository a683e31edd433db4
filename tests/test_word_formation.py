"""Word formation (repair/langid/formation.py): English builds a word no list holds out of
known parts; the data file's examples are the tests."""

from __future__ import annotations

import pytest

from repair.langid.formation import built, formation

TABLE = formation("en")


def test_the_table_describes_english_and_nothing_else():
    assert TABLE is not None and TABLE["prefixes"] and TABLE["suffixes"]
    assert formation("xx") is None
    assert built("ecotaxes", "xx") is False


@pytest.mark.parametrize("word", TABLE["built"])
def test_english_builds_its_coinages_and_glue(word):
    assert built(word)


@pytest.mark.parametrize("word", TABLE["not_built"])
def test_other_languages_words_and_inventions_are_not_built(word):
    assert not built(word)


def test_three_glued_words_need_one_of_the_commonest_first():
    assert built("itseemedthat")  # it|seemed|that
    assert not built("fisadotal")  # no common word leads
