"""Foreign spans: the data file's examples, the seed, clean English news, and the parts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repair.config import RepairConfig
from repair.core.document import Document
from repair.detectors.foreign import ForeignDetector
from repair.langid import FINDERS, Pair
from repair.langid.base import foreign_data
from repair.langid.source import resolve_source
from repair.langid.spotter import spotter_for

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_a09c2a99a20097ac.txt"

EXAMPLES = foreign_data()["examples"]
NEGATIVES = foreign_data()["negative"]


def found(text: str, source: str = "fr", target: str = "en") -> list[str]:
    detector = ForeignDetector(RepairConfig(target_lang=target, source_lang=source))
    doc = Document(text, target_lang=target, source_lang=source)
    return [text[f.start : f.end] for f in detector.detect(doc)]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_data_examples_are_found_exactly(example: dict) -> None:
    assert (
        found(example["text"], example["source"], example.get("target", "en"))
        == (example["foreign"])
    )


@pytest.mark.parametrize("example", NEGATIVES, ids=[e["text"][:40] for e in NEGATIVES])
def test_data_negatives_give_nothing(example: dict) -> None:
    assert found(example["text"], example["source"], example.get("target", "en")) == []


@pytest.mark.parametrize("source", ["fr", "auto"])
def test_seed_has_only_the_slogan(source: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    detector = ForeignDetector(RepairConfig(source_lang=source))
    findings = list(detector.detect(Document(text, source_lang=source)))
    assert [text[f.start : f.end] for f in findings] == ["Dehors, le vieux!"]
    (finding,) = findings
    assert finding.kind == "foreign" and finding.rule == "foreign.span"
    assert finding.action == "fix" and finding.suggestion is None
    assert finding.data["lang"] == "fr" and finding.data["target"] == "en"
    assert 0.9 <= finding.data["confidence"] == finding.confidence <= 1.0
    assert f"(fr, confidence {finding.confidence:.2f})" in finding.message


def test_pipeline_reports_the_slogan_once() -> None:
    from repair.pipeline import Pipeline

    config = RepairConfig(source_lang="fr", detectors=("foreign",), mt=False)
    result = Pipeline(config).repair(SEED.read_text(encoding="utf-8"))
    assert [(c.kind, c.original) for c in result.changes] == [("foreign", "Dehors, le vieux!")]
    assert result.text == result.input  # without a model the span is only flagged


@pytest.mark.parametrize("source", ["fr", "auto"])
def test_english_news_gets_no_foreign_finding(source: str, english_news: str) -> None:
    text = english_news
    detector = ForeignDetector(RepairConfig(source_lang=source))
    assert list(detector.detect(Document(text, source_lang=source))) == []
    per_line = detector.detect_batch(
        [Document(line, source_lang=source) for line in text.splitlines()]
    )
    flagged = [line for line, findings in zip(text.splitlines(), per_line, strict=True) if findings]
    assert flagged == []


def test_a_lone_short_foreign_line_is_the_writers_but_two_are_leftovers() -> None:
    motto = "Schools teach languages.\nIl faut bien le faire.\nJohn Edward is director."
    assert found(motto) == []
    damaged = motto + "\nLes écoles privées offrent ce choix, a spokesman said."
    assert found(damaged) == ["Il faut bien le faire.", "Les écoles privées offrent ce choix"]


def test_auto_source_votes_from_foreign_sentences_and_falls_back() -> None:
    german = "Das ist gut. Die Regierung hat die Steuern für alle Bürger deutlich erhöht."
    assert resolve_source(Document(german, source_lang="auto")) == "de"
    clean = "The minister resigned on Monday after weeks of pressure from his party."
    assert resolve_source(Document(clean, source_lang="auto")) == "fr"
    assert resolve_source(Document(clean, source_lang="es")) == "es"


def test_a_german_sentence_of_nouns_votes() -> None:
    """German capitalises its nouns: a sentence of them still has enough other words."""
    german = "The fans cheered. Die Regierung hat neue Maßnahmen gegen die Korruption angekündigt."
    assert resolve_source(Document(german, source_lang="auto")) == "de"
    names = "Prime Minister Justin Trudeau met President Emmanuel Macron in Paris on Monday."
    assert resolve_source(Document(names, source_lang="auto")) == "fr"  # the default: no vote


def test_each_sentence_left_in_its_own_language_is_found_in_it() -> None:
    """Sentences left in three languages: each is a span named by its own language (its
    model retranslates it), and together they are no text "wholly in" one of them."""
    text = (
        "The minister arrived late. El gobierno anunció nuevas medidas contra la corrupción "
        "en el país. Then he left the room.\n\nThe fans cheered loudly. Die Regierung hat neue "
        "Maßnahmen gegen die Korruption angekündigt. The match ended in a draw.\n\nThe visit "
        "was short. Le gouvernement a annoncé de nouvelles mesures contre la corruption. "
        "Nobody was surprised.\n"
    )
    findings = list(
        ForeignDetector(RepairConfig(mt=False)).detect(Document(text, source_lang="auto"))
    )
    spans = [(f.data["lang"], text[f.start : f.end]) for f in findings]
    assert spans == [
        ("es", "El gobierno anunció nuevas medidas contra la corrupción en el país."),
        ("de", "Die Regierung hat neue Maßnahmen gegen die Korruption angekündigt."),
        ("fr", "Le gouvernement a annoncé de nouvelles mesures contre la corruption."),
    ]
    assert all(f.action == "fix" for f in findings)


def test_a_short_sentence_of_stray_words_is_one_span() -> None:
    """Every lower-case word a stray of one language: the sentence is left in it, one span
    for its model (foreign.toml [sentence_of_strays]); with English words between, the strays
    stay words; quoted, the sentence is the writer's."""
    text = "The suspect was arrested near the station. Er wurde sofort festgenommen."
    findings = list(ForeignDetector(RepairConfig(mt=False)).detect(Document(text)))
    assert [(f.rule, f.data["lang"], text[f.start : f.end]) for f in findings] == [
        ("foreign.span", "de", "Er wurde sofort festgenommen.")
    ]
    mixed = "The suspect was arrested near the station. He wurde at once festgenommen by them."
    rules = {f.rule for f in ForeignDetector(RepairConfig(mt=False)).detect(Document(mixed))}
    assert "foreign.span" not in rules


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister said the project would be aprobado por el congreso next week.",
            ("es", "aprobado por el congreso"),
        ),
        (
            "The police said die Täter sind noch nicht gefasst worden on Sunday.",
            ("de", "die Täter sind noch nicht gefasst worden"),
        ),
        (
            "The club said the player was verletzt und kann nicht spielen this weekend.",
            ("de", "verletzt und kann nicht spielen"),
        ),
    ],
)
def test_a_clause_of_another_language_is_spotted_in_it(sentence: str, expected: tuple) -> None:
    """`auto`, no vote (the sentence is mostly English): the stray words are Spanish or
    German, so that language's word lists find the whole clause (the default source's,
    French, found only its words: `aprobado`, `congreso`), named for its model."""
    detector = ForeignDetector(RepairConfig(mt=False))
    findings = list(detector.detect(Document(sentence, source_lang="auto")))
    assert [(f.data["lang"], sentence[f.start : f.end]) for f in findings] == [expected]


def test_a_french_clause_stays_french_under_auto() -> None:
    french = "The mayor said that le gouvernement a annoncé de nouvelles mesures yesterday."
    detector = ForeignDetector(RepairConfig(mt=False))
    assert [f.data["lang"] for f in detector.detect(Document(french, source_lang="auto"))] == ["fr"]


def test_kept_phrases_match_without_accents() -> None:
    assert found("He had a strange feeling of deja vu and spoke of a coup d'etat.") == []


def test_a_clause_keeps_its_question_mark_and_a_whole_sentence_its_full_stop() -> None:
    assert found("He asked Où est le président ? and nobody answered.") == ["Où est le président ?"]
    assert found("It rained. Le gouvernement a démissionné hier soir.") == [
        "Le gouvernement a démissionné hier soir."
    ]


def test_word_model_proposes_and_the_classifier_confirms() -> None:
    lexicon = FINDERS.get("lexicon")(Pair("fr", "en"))
    for text in ("Saule, a protester, said so.", "His son left."):
        assert lexicon.find(text, 0, len(text)) == []
    # "pour" is commoner in French: the word lists propose it, the classifier says English.
    text = "Fans pour into the stadium."
    assert [text[s.start : s.end] for s in lexicon.find(text, 0, len(text))] == ["pour"]
    assert spotter_for("fr", "en").find(text) == []
    text = "He said le vieux président est parti and left."
    (span,) = lexicon.find(text, 0, len(text))
    assert text[span.start : span.end] == "le vieux président est parti"
    assert span.words == 5 and span.score > 0


def test_a_finite_verb_after_a_capitalised_word_is_no_part_of_a_name() -> None:
    """apertium's `Portugal goleó to Bosnia`: a lower-case word after a capitalised one may
    continue a name (`l'Observatoire syrien`), a preterite never does (foreign.toml,
    ``name_breaking_verb_endings``)."""
    lexicon = FINDERS.get("lexicon")(Pair("es", "en"))
    text = "Guided by the hero Cristiano Ronaldo, Portugal goleó to Bosnia 6-2 and went through."
    found = [text[s.start : s.end] for s in lexicon.find(text, 0, len(text))]
    assert found == ["goleó"]


def test_script_finder_needs_two_letters_not_glued_to_latin() -> None:
    script = FINDERS.get("script")(Pair("ru", "en"))
    text = "The π constant, α-synuclein, and Путин said нет."
    spans = [(text[s.start : s.end], s.lang, s.rule) for s in script.find(text, 0, len(text))]
    assert spans == [("Путин", "ru", "foreign.script"), ("нет", "ru", "foreign.script")]


def test_spotter_is_cached_per_pair() -> None:
    assert spotter_for("fr", "en") is spotter_for("fr", "en")
    assert spotter_for("fr", "en") is not spotter_for("de", "en")


def test_importing_the_cli_loads_no_language_model() -> None:
    code = (
        "import sys, repair.cli.app, repair.detectors, repair.pipeline; "
        "print(any(m in sys.modules for m in ('lingua', 'wordfreq', 'langdetect')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


_VOCABULARY = (
    "le la les de du des vieux dehors président gouvernement a dit que the of and said "
    "minister Paris Tokayev Le Monde coup d'état déjà vu pour son , . ! ? « » \" ( ) — "
    "Путин 北京 α l'occupation qu'il"
).split()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_VOCABULARY), max_size=40), st.sampled_from(["fr", "auto"]))
def test_findings_are_ordered_trimmed_and_inside_sentences(words: list[str], source: str) -> None:
    text = " ".join(words)
    doc = Document(text, source_lang=source)
    findings = list(ForeignDetector(RepairConfig(source_lang=source)).detect(doc))
    for previous, finding in zip(findings, findings[1:], strict=False):
        assert previous.end <= finding.start
    for finding in findings:
        span = text[finding.start : finding.end]
        assert span and span[0].isalpha() and (span[-1].isalpha() or span[-1] in "!?.…")
        sentence = doc.sentence_at(finding.start)
        assert sentence is not None and finding.end <= sentence.end
        assert finding.kind == "foreign" and 0.0 <= finding.confidence <= 1.0


@pytest.mark.parametrize(
    ("quoted", "word"),
    [
        ('Dazzled for years with the "savoir-être" of the elite.', "savoir-être"),
        ("Critics called it « génie », he said.", "génie"),
    ],
)
def test_one_quoted_word_is_a_mention(quoted: str, word: str) -> None:
    """The same word without its quotation marks is a leftover: the quotes decide."""
    bare = quoted.replace('"', "").replace("« ", "").replace(" »", "")
    assert found(quoted, "fr") == []
    assert found(bare, "fr") == [word]


def test_findings_of_a_sentence_in_another_language_come_in_text_order():
    """Found by the property test above: the sentence's own language's spans came first,
    then the source's around them (``le le dehors dehors Tokayev 北京``)."""
    text = "le le dehors dehors Tokayev 北京"
    doc = Document(text, source_lang="auto")
    findings = list(ForeignDetector(RepairConfig(source_lang="auto")).detect(doc))
    starts = [finding.start for finding in findings]
    assert len(starts) >= 2 and starts == sorted(starts)


def test_a_quotation_is_not_run_into_the_english_verb_after_it() -> None:
    """``sang`` is French (blood) and English: past the closing mark it is the writer's."""
    text = (
        "The singer toured Europe for years. "
        '"Je ne regrette rien," sang Édith Piaf, and the song became her signature.'
    )
    detector = ForeignDetector(RepairConfig(source_lang="fr"))
    (finding,) = detector.detect(Document(text, source_lang="fr"))
    assert text[finding.start : finding.end] == "Je ne regrette rien"
    assert finding.action == "flag" and "quotation marks" in finding.message


def test_a_quotation_left_with_its_french_verb_is_still_one_leftover() -> None:
    text = (
        "The government presented its budget on Tuesday, and the opposition criticised it. "
        '"Nous allons gagner", a déclaré le ministre.'
    )
    assert found(text) == ['Nous allons gagner", a déclaré le ministre.']
