"""Placeholders, number formats and output shaping around the model (mt_protect.toml)."""

from __future__ import annotations

import string

import pytest

from repair.backends.text import (
    Segment,
    finish,
    fold_unknown_characters,
    known_characters,
    localize_number,
    protect_rules,
    protected_spans,
    segment,
)
from tests.mt_models import sentences, train_spm

EXAMPLES = protect_rules()["examples"]
NUMBER_CASES = [
    (group["source"], group["target"], before, after)
    for group in protect_rules()["number_examples"]
    for before, after in group["cases"]
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:30] for e in EXAMPLES])
def test_protected_examples(example):
    text = example["text"]
    found = [text[s:e] for s, e in protected_spans(text, example["lang"], "en")]
    assert found == example["protected"]


@pytest.mark.parametrize(("source", "target", "before", "after"), NUMBER_CASES)
def test_number_examples(source, target, before, after):
    assert localize_number(before, source, target) == after


#: The alphabet of a tokenizer trained on plain French and English (the shipped one lacks []).
ASCII = frozenset(string.ascii_letters + string.digits + " !\"$%'(),-./:;?")
ALPHABETS = {"ascii": ASCII, "french": ASCII | frozenset("àâçéèêëîïôùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ")}
CHARACTER_CASES = [
    tuple(case) for group in protect_rules()["character_examples"] for case in group["cases"]
]


@pytest.mark.parametrize(("alphabet", "text", "folded"), CHARACTER_CASES)
def test_character_examples(alphabet, text, folded):
    assert fold_unknown_characters(text, ALPHABETS[alphabet]) == folded


def test_every_fold_is_spelled_in_ascii():
    # A fold the tokenizer cannot encode either would be useless: the folds stay plain ASCII.
    for char, spelled in protect_rules()["characters"]["folds"].items():
        assert spelled != char and set(spelled) <= ASCII, char


@pytest.mark.parametrize("byte_fallback", [False, True])
def test_known_characters_of_a_tokenizer(tmp_path, byte_fallback):
    import sentencepiece as spm

    path = tmp_path / "spm.model"
    train_spm(path, sentences(), vocab_size=400, byte_fallback=byte_fallback)
    known = known_characters(spm.SentencePieceProcessor(model_file=str(path)))
    if byte_fallback:  # bytes spell every character: nothing to fold
        assert known is None
        assert fold_unknown_characters("Petr Nečas", known) == "Petr Nečas"
    else:
        assert {"e", "é", "▁"} <= known and not {"<", "/", "č"} & known  # no "</s>", no "č"
        assert fold_unknown_characters("Petr Nečas", known) == "Petr Necas"


def fr(span: str, start: bool = False):
    return segment(span, sentence_start=start, source_lang="fr", target_lang="en")


def test_placeholders_round_trip_and_numbers_are_localised():
    seg = fr("le président Emmanuel Macron a promis 3,5 milliards")
    assert seg.masked == "le président 9001 a promis 9002 milliards"
    assert finish(seg, "President 9001 promised 9002 billion.", "en") == (
        "president Emmanuel Macron promised 3.5 billion"
    )


@pytest.mark.parametrize(
    "output",
    ["President promised 9002 billion", "9001 and 9001 promised 9002", "9001 promised 9003 9002"],
)
def test_a_lost_or_repeated_placeholder_rejects_the_translation(output):
    seg = fr("le président Emmanuel Macron a promis 3,5 milliards")
    assert finish(seg, output, "en") is None


def test_final_punctuation_follows_the_span():
    # The span ends its sentence with "!": the output keeps it, without French spacing.
    seg = fr("Il pleut beaucoup !", start=True)
    assert seg.masked == "Il pleut beaucoup!"
    assert finish(seg, "It rains a lot!", "en") == "It rains a lot!"
    # The span is a clause inside a sentence: the full stop the model adds goes.
    assert finish(fr("il pleut beaucoup"), "It's raining a lot.", "en") == "it's raining a lot"


def test_casing_follows_the_span_and_its_sentence():
    assert finish(fr("il pleut", start=True), "it is raining", "en") == "It is raining"
    assert finish(fr("je crois que"), "I believe that", "en") == "I believe that"
    assert finish(fr("selon la SNCF"), "According to 9001", "en") == "according to SNCF"
    # A capitalised word the model copied from the span is a name: it keeps its capital.
    unprotected = Segment("", "à Lyon il pleut", "", "à Lyon il pleut", (), "lower")
    assert finish(unprotected, "Lyon is rainy", "en") == "Lyon is rainy"
    assert finish(unprotected, "In Lyon it rains", "en") == "in Lyon it rains"
    shouted = fr("LE GOUVERNEMENT A DÉMISSIONNÉ.", start=True)
    assert shouted.masked == "Le gouvernement a démissionné."
    assert finish(shouted, "The government resigned.", "en") == "THE GOVERNMENT RESIGNED."


def test_french_spacing_before_percent_goes_for_english():
    seg = fr("une hausse de 3 %")
    assert finish(seg, "an increase of 9001", "en") == "an increase of 3%"


def test_edges_are_kept_verbatim():
    seg = fr(" « il pleut » ")
    assert (seg.lead, seg.core, seg.trail) == (" « ", "il pleut", " » ")
    assert finish(seg, "it's raining", "en") == " « it's raining » "
