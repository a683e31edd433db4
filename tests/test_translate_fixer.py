"""The translate fixer: one model call per batch, the score gate, flags that say why."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace

import pytest

from repair.backends.base import (
    Hypothesis,
    ModelError,
    TranslationBackend,
    TranslationRequest,
)
from repair.backends.text import segment
from repair.config import RepairConfig
from repair.core.document import Document
from repair.core.edits import Finding
from repair.detectors.base import DETECTORS, Detector, register
from repair.fixers.translate import (
    SCORE_THRESHOLD,
    TranslationFixer,
    calibrate_threshold,
    judge,
)
from repair.pipeline import Pipeline
from tests import mt_models

PLANTED = "test-planted-foreign"


class PlantedForeign(Detector):
    """Reports the spans matching ``options[PLANTED]["pattern"]`` as foreign (test only)."""

    name = PLANTED
    kinds = ("foreign",)

    def detect(self, doc: Document) -> Iterable[Finding]:
        options = self.config.options.get(PLANTED, {})
        pattern = options.get("pattern")
        if not pattern:
            return
        for match in re.finditer(pattern, doc.text):
            yield Finding(
                match.start(),
                match.end(),
                "foreign",
                "foreign.span",
                0.95,
                "text left in the source language",
                data={"lang": options.get("lang", "fr")},
            )


if PLANTED not in DETECTORS:
    register(PlantedForeign)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    return mt_models.make_repair(tmp_path_factory.mktemp("fixer") / "tiny-fr-en")


@pytest.fixture(autouse=True)
def empty_user_models(tmp_path, monkeypatch):
    monkeypatch.setenv("REPAIR_MODELS", str(tmp_path / "no-models"))


def config(pattern: str, **changes) -> RepairConfig:
    return RepairConfig(detectors=(PLANTED,), options={PLANTED: {"pattern": pattern}}, **changes)


FRENCH = r"il pleut beaucoup|le chat dort sur le canapé|les enfants jouent dehors"
DOCS = [
    "In Paris, il pleut beaucoup and the cat is outside.\nThen le chat dort sur le canapé.\n",
    "Meanwhile les enfants jouent dehors, said the report.\nNothing else il pleut beaucoup.\n",
]


def test_all_spans_of_a_batch_go_to_the_model_in_one_call(tiny_model):
    pipeline = Pipeline(config(FRENCH, model=str(tiny_model)))
    results = pipeline.repair_many(DOCS)
    backend = pipeline.fixers[-1]._backends["tiny-fr-en"]
    # Four spans, three distinct texts ("il pleut beaucoup" twice): one call, no repeats.
    assert (backend.stats.calls, backend.stats.requests) == (1, 3)
    flags = [c for r in results for c in r.changes]
    # Random weights: the score gate turns every translation into a flag that says why.
    assert len(flags) == 4 and all(c.replacement is None for c in flags)
    assert all("the model is unsure (score" in c.message for c in flags)
    assert all(c.origin == "model:tiny-fr-en" for c in flags)
    assert [r.text for r in results] == DOCS


def test_no_mt_flags_without_loading_a_model(tiny_model, monkeypatch):
    import repair.backends.ctranslate2 as backend_module

    monkeypatch.setattr(backend_module, "load_backend", lambda *a, **k: pytest.fail("loaded"))
    result = Pipeline(config(FRENCH, mt=False, model=str(tiny_model))).repair(DOCS[0])
    assert len(result.flags) == 2 and all("--no-mt" in c.message for c in result.flags)


def test_no_model_for_the_pair_flags_and_says_why():
    # Dutch: no shipped model covers nl→en (models/ has fr-en, es-en and de-en).
    options = {PLANTED: {"pattern": FRENCH, "lang": "nl"}}
    result = Pipeline(RepairConfig(detectors=(PLANTED,), options=options)).repair(DOCS[0])
    assert result.text == DOCS[0] and len(result.flags) == 2
    assert all("no translation model for nl→en" in c.message for c in result.flags)


def test_unknown_model_or_wrong_pair_is_an_error(tiny_model):
    with pytest.raises(ModelError, match="no model named 'nope'"):
        Pipeline(config(FRENCH, model="nope"))
    with pytest.raises(ModelError, match="not de→en"):
        Pipeline(config(FRENCH, model=str(tiny_model), source_lang="de"))


def test_pickling_drops_the_loaded_model(tiny_model):
    pipeline = Pipeline(config(FRENCH, model=str(tiny_model)))
    pipeline.repair(DOCS[0])
    assert pipeline.fixers[-1]._backends
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone.fixers[-1]._backends == {}
    assert clone.repair(DOCS[0]).changes == pipeline.repair(DOCS[0]).changes


class WordByWord(TranslationBackend):
    """A dictionary "model" with a fixed score: the fixer's assembly, without a real model."""

    name = "test-word-by-word"
    WORDS = {
        "le": "the",
        "chat": "cat",
        "dort": "sleeps",
        "sur": "on",
        "canapé": "sofa",
        "il": "it",
        "pleut": "rains",
        "beaucoup": "a lot",
        "à": "in",
        "depuis": "since",
    }

    def __init__(self, score: float = -0.4) -> None:
        super().__init__()
        self.score = score

    def covers(self, source_lang: str, target_lang: str) -> bool:
        return (source_lang, target_lang) == ("fr", "en")

    def translate_batch(self, requests: Sequence[TranslationRequest]) -> list[Hypothesis]:
        self.stats.calls += 1
        out = []
        for request in requests:
            words = re.findall(r"\w+|[^\w\s]", request.text)
            text = " ".join(self.WORDS.get(w.lower(), w) for w in words)
            if "rien" in words:
                text = ""  # a model that gives up: the span is flagged
            out.append(Hypothesis(re.sub(r" ([.!?,])", r"\1", text), self.score, 5, 5))
        return out


def with_backend(monkeypatch, tiny_model, backend: TranslationBackend) -> Pipeline:
    monkeypatch.setattr(TranslationFixer, "_backend", lambda self, model: backend)
    return Pipeline(
        config(r"[Ll]e chat dort sur le canapé à \w+ depuis \d+|il pleut !", model=str(tiny_model))
    )


def test_fix_keeps_names_numbers_case_and_punctuation(monkeypatch, tiny_model):
    pipeline = with_backend(monkeypatch, tiny_model, WordByWord())
    text = "Le chat dort sur le canapé à Marseille depuis 2019. Then il pleut !\n"
    result = pipeline.repair(text)
    assert result.text == "The cat sleeps on the sofa in Marseille since 2019. Then it rains!\n"
    assert {c.origin for c in result.changes} == {"model:tiny-fr-en"}
    assert all("retranslated by tiny-fr-en" in c.message for c in result.changes)


def test_later_rounds_do_not_call_the_model_again(monkeypatch, tiny_model):
    backend = WordByWord()
    monkeypatch.setattr(TranslationFixer, "_backend", lambda self, model: backend)
    pipeline = Pipeline(config(r"il pleut !|rien du tout", model=str(tiny_model)))
    result = pipeline.repair("Then il pleut ! And rien du tout here.\n")
    # The fix changes the text, so the stage runs again and finds the flagged span again.
    assert result.text == "Then it rains! And rien du tout here.\n"
    assert "returned nothing" in result.flags[0].message
    assert backend.stats.calls == 1


def test_a_span_without_words_is_not_sent(monkeypatch, tiny_model):
    backend = WordByWord()
    monkeypatch.setattr(TranslationFixer, "_backend", lambda self, model: backend)
    pipeline = Pipeline(config(r"« 2024 ! »", model=str(tiny_model)))
    result = pipeline.repair("He wrote « 2024 ! » twice.\n")
    assert "nothing to translate" in result.flags[0].message and backend.stats.calls == 0


def test_a_low_score_is_a_flag(monkeypatch, tiny_model):
    pipeline = with_backend(monkeypatch, tiny_model, WordByWord(score=SCORE_THRESHOLD - 0.01))
    result = pipeline.repair("Then il pleut !\n")
    assert result.text == "Then il pleut !\n" and "unsure" in result.flags[0].message


def test_the_threshold_comes_from_options_then_the_model(monkeypatch, tiny_model, tmp_path):
    import json
    import shutil

    backend = WordByWord(score=-2.0)
    monkeypatch.setattr(TranslationFixer, "_backend", lambda self, model: backend)
    text = "Then il pleut !\n"

    def run(model: str, threshold: float | None = None):
        options = {PLANTED: {"pattern": "il pleut !"}}
        if threshold is not None:
            options["translate"] = {"score_threshold": threshold}
        config = RepairConfig(detectors=(PLANTED,), options=options, model=model)
        return Pipeline(config).repair(text).text

    assert run(str(tiny_model)) == text  # -2.0 < the default -1.5: flagged
    assert run(str(tiny_model), threshold=-2.5) == "Then it rains!\n"
    calibrated = tmp_path / "calibrated"
    shutil.copytree(tiny_model, calibrated)
    meta = json.loads((calibrated / "metadata.json").read_text())
    (calibrated / "metadata.json").write_text(json.dumps(meta | {"score_threshold": -2.2}))
    assert run(str(calibrated)) == "Then it rains!\n"
    assert run(str(calibrated), threshold=-1.0) == text


def gate(span: str, output: str, score: float = -0.3) -> tuple[str | None, str]:
    seg = segment(span, sentence_start=False, source_lang="fr", target_lang="en")
    return judge(seg, Hypothesis(output, score, 3, 3), span, "en")


@pytest.mark.parametrize(
    ("span", "output", "score", "reason"),
    [
        ("maison", "", -0.1, "returned nothing"),
        ("maison", "I'm going to the house where my mother lived", -0.9, "much longer"),
        ("le le le le", "the the the the", -0.2, None),  # repeated in the input: not a loop
        ("il a dit que", "he said that that that that", -0.9, "repeats itself"),
        ("Dehors, le vieux!", "In the old, the old!", -0.9, "repeats itself"),
        ("une vraie révolution", "a real real revolution", -0.9, "repeats itself"),
        ("le chat de la voisine", "the neighbour's cat", -0.9, None),
        ("il a dit que", "he said that", SCORE_THRESHOLD - 0.5, "unsure"),
        (" ".join(["le chat dort"] * 8), "the cat", -0.2, "much shorter"),
        ("il a dit que", "il a dit que", -0.1, "copied the span"),
    ],
)
def test_hallucination_gate(span, output, score, reason):
    replacement, why = gate(span, output, score)
    if reason is None:
        assert replacement is not None
    else:
        assert replacement is None and reason in why


def test_import_of_the_cli_and_a_plain_run_do_not_load_ctranslate2():
    code = (
        "import sys, repair.cli.app\n"
        "from repair.pipeline import Pipeline\n"
        "Pipeline().repair('It rained . Spread the love\\n')\n"
        "print('ctranslate2' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr


def test_calibrated_threshold_flags_the_bins_that_are_mostly_unusable():
    # Twenty examples, scores -0.05 .. -1.00: usable down to -0.70, then not.
    examples = [(-0.05 * (i + 1), i < 14) for i in range(20)]
    threshold, table = calibrate_threshold(examples, bins=10)
    assert threshold == -0.7  # the lowest kept score
    assert (
        calibrate_threshold([(-0.123, True), (-0.456, False)], bins=2)[0] == -0.13
    )  # rounded down
    assert [row.fixed for row in table] == [True] * 7 + [False] * 3
    assert table[0].high == -0.05 and table[-1].low == -1.0
    # A mostly usable bin below an unusable one keeps everything above it.
    threshold, _ = calibrate_threshold([(-0.1, True), (-0.2, False), (-0.3, True)], bins=3)
    assert threshold is None


def test_calibration_without_examples_or_bad_bins_keeps_the_default():
    assert calibrate_threshold([]) == (None, [])
    threshold, table = calibrate_threshold([(-0.1 * i, True) for i in range(1, 11)], bins=5)
    assert threshold is None and all(row.fixed for row in table)
    # All unusable: the top bin is still kept (a threshold must let something through).
    threshold, table = calibrate_threshold([(-0.1 * i, False) for i in range(1, 11)], bins=5)
    assert threshold == -0.2 and [row.fixed for row in table] == [True] + [False] * 4


class DropsPlaceholders(WordByWord):
    """Loses the placeholder after ``in`` (a place name's, as a small model sometimes does) and
    keeps the others; a name in the text goes through its word list like any word."""

    name = "test-drops-placeholders"

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def translate_batch(self, requests: Sequence[TranslationRequest]) -> list[Hypothesis]:
        self.seen += [r.text for r in requests]
        out = super().translate_batch(requests)
        return [replace(h, text=re.sub(r"(?<=\bin) 9\d{3}", "", h.text)) for h in out]


def test_a_lost_name_gets_a_second_try_with_the_names_in_the_text(monkeypatch, tiny_model):
    backend = DropsPlaceholders()
    pipeline = with_backend(monkeypatch, tiny_model, backend)
    text = "Le chat dort sur le canapé à Marseille depuis 2019.\n"
    result = pipeline.repair(text)
    assert result.text == "The cat sleeps on the sofa in Marseille since 2019.\n"
    # First the name and the number masked, then the name in the text, the number still masked.
    assert backend.seen == [
        "Le chat dort sur le canapé à 9001 depuis 9002",
        "Le chat dort sur le canapé à Marseille depuis 9001",
    ]


def test_a_second_try_that_changes_a_name_is_a_flag(monkeypatch, tiny_model):
    backend = DropsPlaceholders()
    monkeypatch.setattr(WordByWord, "WORDS", {**WordByWord.WORDS, "marseille": "Marseilles"})
    pipeline = with_backend(monkeypatch, tiny_model, backend)
    result = pipeline.repair("Le chat dort sur le canapé à Marseille depuis 2019.\n")
    assert result.text == "Le chat dort sur le canapé à Marseille depuis 2019.\n"
    assert "the model changed a name; flagged" in result.flags[0].message


def test_segment_can_leave_names_in_the_text_and_says_which():
    seg = segment(
        "Selon Jean-Luc Mélenchon, 3,5 fois",
        sentence_start=False,
        source_lang="fr",
        target_lang="en",
        protect_names=False,
    )
    assert seg.masked == "Selon Jean-Luc Mélenchon, 9001 fois"
    assert seg.names == ("Jean-Luc Mélenchon",) and seg.slots == (("9001", "3.5"),)


class SenseScorer(TranslationBackend):
    """Answers a lone word with a guess it is unsure of, and scores the dictionary's senses
    from ``scores`` (``None``: a backend that cannot score)."""

    name = "test-sense-scorer"

    def __init__(self, scores: dict[str, float] | None) -> None:
        super().__init__()
        self.scores = scores
        self.scored: list[tuple[str, str]] = []

    def covers(self, source_lang: str, target_lang: str) -> bool:
        return True

    def translate_batch(self, requests: Sequence[TranslationRequest]) -> list[Hypothesis]:
        return [Hypothesis("hung up", -2.5, 3, 2) for _ in requests]

    def score_targets(
        self, requests: Sequence[TranslationRequest], targets: Sequence[str]
    ) -> list[float] | None:
        self.scored += [(r.text, t) for r, t in zip(requests, targets, strict=True)]
        if self.scores is None:
            return None
        return [self.scores.get(target, -9.0) for target in targets]


def test_a_stray_word_gets_the_sense_the_model_ranks_first(monkeypatch, tiny_model):
    """A lone stray word none of whose candidates two witnesses vouch for: the fixer asks the
    model to score the dictionary's senses, in one call, and writes the one it clearly
    prefers (`sciemment` -> `deliberately`); a backend that cannot score leaves the flag, and
    a word the first choice was sure of is never scored."""
    from repair.fixers.words import dictionary

    if not dictionary("fr"):
        pytest.skip("no French dictionary")
    text = "He acted sciemment and alone.\n"
    for scores, written in (
        ({"deliberately": -2.0, "knowingly": -4.5}, "deliberately"),
        (None, None),
    ):
        backend = SenseScorer(scores)
        monkeypatch.setattr(TranslationFixer, "_backend", lambda self, model, b=backend: b)
        result = Pipeline(config("sciemment", model=str(tiny_model))).repair(text)
        change = result.changes[0]
        assert change.replacement == written
        assert backend.scored == [("sciemment", "deliberately"), ("sciemment", "knowingly")]
        if written:
            assert result.text == "He acted deliberately and alone.\n"
            assert "prefers it among the dictionary's senses" in change.message
        else:
            assert result.text == text and "no two witnesses agree" in change.message
    backend = SenseScorer({})
    monkeypatch.setattr(TranslationFixer, "_backend", lambda self, model: backend)
    result = Pipeline(config("aimablement", model=str(tiny_model))).repair(
        "He was aimablement there.\n"
    )
    assert result.text == "He was kindly there.\n" and backend.scored == []


def test_a_backend_scores_forced_targets(tiny_model):
    """CTranslate2 scores a given translation (forced decoding): one mean log-probability per
    request, below 0, the same for the same pair; an empty target gets the floor, and the base
    backend cannot score."""
    pipeline = Pipeline(config(FRENCH, model=str(tiny_model)))
    pipeline.repair_many(DOCS)
    backend = pipeline.fixers[-1]._backends["tiny-fr-en"]
    calls = backend.stats.calls
    request = TranslationRequest("chat", "fr", "en")
    scores = backend.score_targets([request, request, request], ["cat", "cat", ""])
    assert scores is not None and len(scores) == 3
    assert scores[0] == pytest.approx(scores[1]) and scores[0] < 0
    assert scores[2] == -99.0
    assert backend.stats.calls == calls + 1
    assert TranslationBackend.score_targets(backend, [request], ["cat"]) is None


def test_each_stray_word_is_cased_by_its_own_neighbours():
    """German nouns left inside a sentence take English's case, whatever the document's
    other stray words are: a lower-case leftover heading the next paragraph (`nicht`, at a
    sentence's start) once lent its sentence edge to every word before it."""
    text = (
        "The council met on Tuesday. The Bürgermeister said the Haushalt was balanced.\n\n"
        "nicht every member agreed with the plan, and the meeting ended late.\n"
    )
    from repair import Repairer

    result = Repairer(RepairConfig(mt=True)).repair_text(text)
    nouns = [c for c in result.changes if c.original in ("Bürgermeister", "Haushalt")]
    assert len(nouns) == 2 and all(c.replacement[:1].islower() for c in nouns), nouns


def test_a_senses_window_is_the_words_around_the_stray_word_in_its_line(monkeypatch):
    """The model scores a word's senses in their place for the languages of
    ``context_languages``: up to ``context_words`` words each side, as written, never past
    the line (word_fixes.toml ``[choice.model_sense]``); another language is scored alone."""
    from repair.fixers.translate import _sense_window
    from repair.fixers.words import settings

    rules = settings()["choice"]["model_sense"]
    monkeypatch.setitem(rules, "context_languages", ["es"])
    assert int(rules["context_words"]) == 4
    text = "First line here.\nOne two three four five «cerilla», six seven eight nine ten.\nNext."
    start = text.index("«cerilla»,")
    finding = Finding(start, start + len("«cerilla»,"), "foreign", "foreign.word", 0.9, "left")
    before, after = _sense_window(Document(text), finding, "es")
    assert before == "two three four five «"
    assert after == "», six seven eight nine"
    assert _sense_window(Document(text), finding, "fr") is None
    # The fixer asks with the word's own language, never its stand-in's: a Catalan word the
    # Spanish model reads gets no window.
    assert _sense_window(Document(text), finding, "ca") is None
    alone = Document("cerilla")
    assert _sense_window(alone, Finding(0, 7, "foreign", "foreign.word", 0.9, "left"), "es") == (
        "",
        "",
    )
