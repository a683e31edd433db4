"""English words left in French, Spanish and German articles (repair/fixers/into.py): the
inverted dictionary and lexicon name the target word; it is written with two witnesses and a
fitting form, otherwise the flag names it for the reviewer."""

from __future__ import annotations

import pytest

from repair.fixers.into import choose_into, english_plural, rules, words_before
from repair.fixers.words import lexicon

pytestmark = pytest.mark.skipif(not lexicon("es"), reason="no es-en lexicon")


@pytest.mark.parametrize("row", rules()["examples"], ids=lambda row: f"{row[0]}-{row[1]}")
def test_a_word_two_witnesses_name_is_written_in_its_form(row: list[str]) -> None:
    """``[into] examples``: the word written, its number, gender and adverb ending fitted."""
    english, lang, before, written = row
    choice = choose_into(english, lang, words_before(before))
    assert choice.text == written, choice


@pytest.mark.parametrize("row", rules()["negatives"], ids=lambda row: f"{row[0]}-{row[1]}")
def test_an_unsure_word_is_only_named_for_review(row: list[str]) -> None:
    """``[into] negatives``: one witness, a verb form, an untold gender, a dropped negation,
    German: nothing written; the flag names the candidate (none for an antonym)."""
    english, lang, before, named = row
    choice = choose_into(english, lang, words_before(before))
    assert choice.text is None, choice
    assert (choice.best or "") == named, choice


def test_the_case_of_the_english_word_is_kept() -> None:
    assert choose_into("Government", "fr", ["le"]).text == "Gouvernement"


def test_english_plurals() -> None:
    assert english_plural("budgets") and english_plural("policies")
    assert not english_plural("crisis") and not english_plural("glass")


def test_a_language_without_rules_gets_no_candidate() -> None:
    choice = choose_into("government", "xx", [])
    assert choice.text is None and choice.best is None


def test_a_stray_english_word_in_a_spanish_article_is_replaced_or_named() -> None:
    """Through the pipeline: the foreign.word finding of an English word in a Spanish
    article is fixed with the Spanish word, and the English-target path is not involved."""
    from repair.config import RepairConfig
    from repair.pipeline import Pipeline

    text = (
        "Menú diario de un niño obeso: no desayuna y come embutidos. Muchos niños tienen "
        "overweight y la majority de las familias no desayuna."
    )
    result = Pipeline(RepairConfig(target_lang="es")).repair(text)
    fixed = {c.original: c.replacement for c in result.changes}
    assert fixed == {"overweight": "sobrepeso", "majority": "mayoría"}, result.changes
    assert "tienen sobrepeso y la mayoría de las familias" in result.text
