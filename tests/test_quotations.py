"""Quotations are the writer's: quoted spans and originals beside their translation are
never retranslated; a retranslation that flips its source's polarity is only flagged."""

from __future__ import annotations

import tomllib
from importlib import resources
from types import SimpleNamespace

import pytest

from repair.backends.base import Hypothesis
from repair.config import RepairConfig
from repair.core.compose import compose
from repair.core.edits import Change, Edit
from repair.fixers.translate import TranslationFixer
from repair.langid.quotations import negated, polarity_flipped
from repair.pipeline import KIND_PRIORITY, Pipeline

DATA = tomllib.loads(resources.files("repair.data").joinpath("quotations.toml").read_text())
EXAMPLES = DATA["examples"]


def foreign_findings(text: str):
    pipeline = Pipeline(RepairConfig(detectors=("foreign",), source_lang="fr", mt=False))
    doc = pipeline._document(text)
    return list(pipeline.detectors["language"][0].detect(doc))


def finding_for(text: str, span: str):
    findings = foreign_findings(text)
    start = text.index(span)
    matching = [f for f in findings if f.start <= start < f.end]
    assert matching, findings
    return matching[0]


@pytest.mark.parametrize("example", EXAMPLES["quoted"], ids=lambda e: e["span"])
def test_quoted_span_is_only_flagged(example):
    finding = finding_for(example["text"], example["span"])
    assert finding.action == "flag" and "quotation marks" in finding.message


@pytest.mark.parametrize("example", EXAMPLES["beside"], ids=lambda e: e["span"])
def test_original_beside_its_translation_is_only_flagged(example):
    finding = finding_for(example["text"], example["span"])
    assert finding.action == "flag" and "beside its translation" in finding.message


@pytest.mark.parametrize("example", EXAMPLES["not_beside"], ids=lambda e: e["span"])
def test_leftover_next_to_unrelated_sentence_is_still_fixed(example):
    assert finding_for(example["text"], example["span"]).action == "fix"


@pytest.mark.parametrize("example", EXAMPLES["flipped"], ids=lambda e: e["source"])
def test_polarity_flips(example):
    assert polarity_flipped(example["source"], example["lang"], example["translation"], "en")


@pytest.mark.parametrize("example", EXAMPLES["kept"], ids=lambda e: e["source"])
def test_polarity_kept(example):
    assert not polarity_flipped(example["source"], example["lang"], example["translation"], "en")


def test_negation_word_lists():
    assert negated("We couldn't go", "en") and negated("Er kommt nicht", "de")
    assert negated("No vino nadie", "es") and not negated("Vino ayer", "es")
    assert negated("anything", "xx") is None


class FakeFixer(TranslationFixer):
    """The translation fixer with a scripted model: ``answers`` maps span text to output."""

    answers: dict[str, str] = {}

    def _model_for(self, source_lang, target_lang):
        return SimpleNamespace(name="scripted", card=SimpleNamespace(score_threshold=None))

    def _translate(self, model, requests):
        return [Hypothesis(self.answers[r.text], -0.1, 5, 5) for r in requests]


def scripted_edit(text: str, span: str, output: str) -> Edit:
    fixer = FakeFixer(RepairConfig(source_lang="fr", mt=True))
    FakeFixer.answers = {span: output}
    pipeline = Pipeline(RepairConfig(detectors=("foreign",), source_lang="fr", mt=False))
    doc = pipeline._document(text)
    finding = finding_for(text, span)
    return fixer.propose([(doc, finding)])[0]


def test_retranslation_that_flips_polarity_is_flagged_not_written():
    text = "The mayor spoke on Monday. Nous avons pu rencontrer les familles. He then left."
    edit = scripted_edit(text, "Nous avons pu rencontrer les familles.", "We could not meet them.")
    assert edit.replacement is None and "negation" in edit.message
    edit = scripted_edit(text, "Nous avons pu rencontrer les familles.", "We met the families.")
    assert edit.replacement == "We met the families." and edit.kind == "foreign"


def test_retranslation_that_repeats_the_next_sentence_is_flagged():
    text = (
        "The mayor spoke on Monday. Nous avons pu rencontrer les familles ce matin. "
        "We were able to meet the families this morning.\n"
    )
    span = "Nous avons pu rencontrer les familles ce matin."
    edit = scripted_edit(text, span, "We could meet the families this morning.")
    assert edit.replacement is None and "original it quotes" in edit.message


def test_retranslation_swallowing_an_encoding_fix_is_kind_foreign():
    source = "Il a dit : cafÃ© noir pour tous."
    encoding = Edit(13, 18, "é", "fix", "encoding", "encoding.mojibake", 0.95, "mojibake")
    first = compose(source, [], source, [encoding], KIND_PRIORITY)
    middle = "Il a dit : café noir pour tous."
    foreign = Edit(
        0,
        len(middle),
        "He said: black coffee for all.",
        "fix",
        "foreign",
        "foreign.span",
        0.9,
        "retranslated",
        "model:scripted",
    )
    (change,) = compose(source, first, middle, [foreign], KIND_PRIORITY)
    assert isinstance(change, Change) and change.kind == "foreign"
    assert change.original == source


def test_a_text_all_in_another_language_is_not_retranslated():
    text = "La région de Dnepropetrovsk se trouve à l’ouest de l’Ukraine, près du fleuve."
    findings = foreign_findings(text)
    assert findings and all(f.action == "flag" and "whole text" in f.message for f in findings)


def overlapping(text: str, span: str) -> list:
    start = text.index(span)
    return [f for f in foreign_findings(text) if f.start < start + len(span) and start < f.end]


@pytest.mark.parametrize("example", EXAMPLES["mentioned"], ids=lambda e: e["span"])
def test_phrase_named_as_another_languages_gives_no_finding(example):
    assert overlapping(example["text"], example["span"]) == []


@pytest.mark.parametrize("example", EXAMPLES["mentioned_negative"], ids=lambda e: e["span"])
def test_phrase_without_a_mention_cue_is_still_found(example):
    assert overlapping(example["text"], example["span"])


@pytest.mark.parametrize("example", EXAMPLES["mentioned"], ids=lambda e: e["span"])
def test_the_same_phrase_without_its_cue_is_found(example):
    """The cue, not the phrase, makes the mention: the phrase alone in a sentence is found."""
    assert overlapping(f"Officials said that {example['span']} on Monday.", example["span"])


@pytest.mark.parametrize("example", EXAMPLES["discussed"], ids=lambda e: e["span"])
def test_examples_in_a_text_about_their_language_give_no_finding(example):
    assert overlapping(example["text"], example["span"]) == []
    # Without its grammar words, the same text has the phrase found.
    plain = example["text"].split("?")[0] + "."
    assert overlapping(plain, example["span"])


@pytest.mark.parametrize("example", EXAMPLES["discussed_negative"], ids=lambda e: e["span"])
def test_a_text_that_only_names_the_language_still_has_its_leftovers_fixed(example):
    assert finding_for(example["text"], example["span"]).action == "fix"
