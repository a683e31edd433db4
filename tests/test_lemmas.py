"""The verb forms the inflection rules cannot undo (repair/data/lemmas.toml,
repair/fixers/lemmas.py): the hunspell table's entries and the enclitic pronouns."""

from __future__ import annotations

import pytest

from repair.data import load_toml
from repair.fixers.lemmas import form_english, lemmas_of, without_enclitic
from repair.fixers.words import _dictionary_candidates_in, dictionary_candidates

LANGS = [lang for lang in load_toml("lemmas.toml")]


@pytest.mark.parametrize("lang", LANGS)
def test_each_form_entry_names_its_examples_and_not_its_negatives(lang: str) -> None:
    for entry in load_toml("lemmas.toml")[lang]["forms"]:
        for form, lemma, english in entry["examples"]:
            assert form_english(form, lemma, lang) == english, (entry["endings"], form)
        for form, lemma in entry["negatives"]:
            named = form.endswith(tuple(entry["endings"])) and lemma.endswith(
                tuple(entry.get("lemma_endings", ("",)))
            )
            assert not named, (entry["endings"], form)


@pytest.mark.parametrize("lang", LANGS)
def test_enclitics_leave_the_verb_and_nothing_else(lang: str) -> None:
    section = load_toml("lemmas.toml")[lang]
    for word, verb in section["enclitic_examples"]:
        assert verb in without_enclitic(word, lang), word
    for word in section["enclitic_negatives"]:
        # A rest may come out (`película` -> `pelicu`), but it reaches no English.
        rests = without_enclitic(word, lang)
        # (the language's own dictionary, as ``_through_lemmas`` asks it)
        assert all(not _dictionary_candidates_in(rest, lang) for rest in rests), (word, rests)


def test_the_table_holds_irregular_forms_only():
    """Stem-changing and irregular forms are in it with the English form they carry; a
    regular form the rules undo (`hablaron`, `casas`), a second person and a future
    subjunctive are not."""
    assert ("pedir", "past") in lemmas_of("pidieron", "es")
    assert ("contar", "same") in lemmas_of("cuentan", "es")
    assert ("deshacer", "will") in lemmas_of("deshará", "es")
    assert ("deshacer", "past") in lemmas_of("deshizo", "es")
    assert ("mantener", "past") in lemmas_of("mantuviera", "es")
    # A noun's plural and an adjective's feminine where the rules lose the accent.
    assert ("dictamen", "plural") in lemmas_of("dictámenes", "es")
    assert ("musulmán", "same") in lemmas_of("musulmanas", "es")
    for form in ("hablaron", "cuentas", "detuviste", "sugiriere", "cerrá", "rondo", "casas"):
        assert lemmas_of(form, "es") == [], form
    assert lemmas_of("pidieron", "fr") == []


def test_irregular_and_clitic_forms_reach_the_english_of_their_lemma():
    assert "asked" in dictionary_candidates("pidieron", "es")
    assert "will know" in dictionary_candidates("sabrá", "es")
    assert "give" in dictionary_candidates("dárselo", "es")
    assert "move" in dictionary_candidates("muévense", "es")
    assert "conforms to" in dictionary_candidates("confórmase", "es")
