"""Span retranslation with the shipped model, models/fr-en (skipped until it is shipped).

French sentences held out of training (scripts/data/tatoeba-heldout.*) are planted in
English text and reported as foreign by a test-only detector; the fixer must retranslate
most of them, keep what it protects, and not turn hallucination bait into fixes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from repair.backends.base import TranslationRequest
from repair.backends.registry import ModelStore
from repair.config import RepairConfig
from repair.pipeline import Pipeline
from tests.conftest import repair_in_process
from tests.test_translate_fixer import PLANTED

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "fr-en"
HELDOUT = ROOT / "scripts" / "data" / "tatoeba-heldout"

pytestmark = pytest.mark.skipif(
    not (MODEL / "metadata.json").exists(),
    reason="models/fr-en is not shipped yet (issue 3): quality tests need the real model",
)

#: Share of clean held-out sentences the gate must let through as fixes.
MIN_FIXED = 0.5
#: Mean word-overlap F1 of the fixes with the reference translations.
MIN_OVERLAP = 0.35


def heldout(count: int) -> list[tuple[str, str]]:
    french = (HELDOUT.with_suffix(".fr")).read_text(encoding="utf-8").splitlines()
    english = (HELDOUT.with_suffix(".en")).read_text(encoding="utf-8").splitlines()
    pairs = [(f, e) for f, e in zip(french, english, strict=True) if 4 <= len(f.split()) <= 12]
    return pairs[:count]


def overlap(candidate: str, reference: str) -> float:
    cand = re.findall(r"\w+", candidate.lower())
    ref = re.findall(r"\w+", reference.lower())
    common = sum(min(cand.count(w), ref.count(w)) for w in set(cand))
    if not common:
        return 0.0
    precision, recall = common / len(cand), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def planted(pattern: str) -> Pipeline:
    options = {PLANTED: {"pattern": pattern}}
    return Pipeline(RepairConfig(detectors=(PLANTED,), options=options, model="fr-en"))


@pytest.fixture(scope="module")
def backend():
    from repair.backends.ctranslate2 import load_backend

    model = ModelStore().get("fr-en")
    return load_backend(model.path, model.card, threads=1)


def test_verify_command_passes():
    done = repair_in_process("models", "verify", "fr-en", text=True)
    assert done.returncode == 0, done.stderr


def test_held_out_sentences_are_retranslated():
    pairs = heldout(40)
    text = "".join(f"The report said this. {french}\n" for french, _ in pairs)
    pattern = "|".join(re.escape(french) for french, _ in pairs)
    result = planted(pattern).repair(text)
    fixes = {c.original: c.replacement for c in result.changes if c.replacement is not None}
    assert len(fixes) >= MIN_FIXED * len(pairs), [c.message for c in result.flags][:5]
    scores = [overlap(fixes[f], e) for f, e in pairs if f in fixes]
    assert sum(scores) / len(scores) >= MIN_OVERLAP
    assert all(fix[:1].isupper() for fix in fixes.values())  # each span starts a sentence


def test_numbers_and_names_survive():
    text = "Yesterday le président Emmanuel Macron a rencontré 25 maires à Marseille.\n"
    result = planted(r"le président .* à Marseille").repair(text)
    change = result.changes[0]
    if change.replacement is not None:
        for kept in ("Emmanuel Macron", "25", "Marseille"):
            assert kept in change.replacement
    else:
        # Flagged for the reason that kept the names: a placeholder lost, the names then
        # misspelt on the second try, or a low score.
        reasons = ("lost a protected", "changed a name", "unsure")
        assert any(reason in change.message for reason in reasons), change.message


@pytest.mark.parametrize(
    "bait",
    ["maison", "le le le le le le le le", "oui oui oui oui", "et", "Bonjour"],
)
def test_hallucination_bait_is_flagged_or_short(bait):
    result = planted(re.escape(bait)).repair(f"He wrote: {bait}\n")
    change = result.changes[0]
    if change.replacement is not None:
        words = change.replacement.split()
        assert len(words) <= 3 * len(bait.split()) + 3
        assert not re.search(r"\b(\w+)(?:\W+\1\b){2,}", change.replacement, re.IGNORECASE) or (
            len(set(bait.split())) == 1
        )


def test_one_batched_call_matches_one_call_per_span(backend):
    requests = [TranslationRequest(f, "fr", "en") for f, _ in heldout(8)]
    batched = backend.translate_batch(requests)
    single = [backend.translate_batch([r])[0] for r in requests]
    same = sum(a.text == b.text for a, b in zip(batched, single, strict=True))
    assert same >= 6  # padding may change int8 rounding in a few, never the bulk


def test_replicas_translate_a_batch_as_one_thread_does():
    """Two replicas split the sub-batches between them; the translations must not change."""
    from repair.backends.ctranslate2 import load_backend

    model = ModelStore().get("fr-en")
    requests = [TranslationRequest(f, "fr", "en") for f, _ in heldout(40)]
    one = load_backend(model.path, model.card, threads=1).translate_batch(requests)
    two = load_backend(model.path, model.card, threads=2)
    assert two.translator.num_translators == 2
    assert [h.text for h in two.translate_batch(requests)] == [h.text for h in one]


def test_cli_mt_threads_option(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "The minister spoke on Monday about the budget and the plans of the new cabinet "
        "for next year. Le gouvernement a annoncé une hausse des impôts.\n"
    )
    done = repair_in_process("fix", str(article), "--source-lang", "fr", "--mt-threads", "2",
                             text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "gouvernement" not in done.stdout and "government" in done.stdout.lower()
    bad = repair_in_process("fix", str(article), "--mt-threads", "0", text=True)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_scores_of_the_real_model_are_mean_token_log_probabilities(backend):
    """Hypotheses that end with </s>: the conversion from the length-penalised beam score."""
    from tests.test_mt_layouts import _mean_log_probs_at_length_penalty_1

    requests = [TranslationRequest(f, "fr", "en") for f, _ in heldout(30)]
    reference = _mean_log_probs_at_length_penalty_1(backend, requests)
    hypotheses = backend.translate_batch(requests)
    same = [
        (h.score, score)
        for h, (tokens, score) in zip(hypotheses, reference, strict=True)
        if h.target_tokens == len(tokens) and h.text == backend.decode(tokens)
    ]
    assert len(same) >= 20
    assert all(a == pytest.approx(b, rel=1e-3, abs=1e-4) for a, b in same)


def test_characters_the_tokenizer_never_saw_do_not_come_out_as_unknown_tokens(backend):
    # The shipped tokenizer has no "ł", "Ł", "ź", "č" or "°": unfolded, they became "⁇".
    requests = [
        TranslationRequest("Il vit à Łódź depuis 2010.", "fr", "en"),
        TranslationRequest("Petr Nečas a démissionné.", "fr", "en"),
        TranslationRequest("L'eau ne descend pas en dessous de 21°.", "fr", "en"),
    ]
    texts = [h.text for h in backend.translate_batch(requests)]
    assert not any("⁇" in text for text in texts), texts
    assert "Lodz" in texts[0] and "Necas" in texts[1], texts
