"""Several translation models side by side: each foreign span goes to its language's model.

Issue 19: Spanish and German models ship beside the French one; repair/langid names a
span's language and the registry picks the model for that pair, with that model's own
score threshold. Tiny random-weight models (tests/mt_models.py) stand in for the real ones:
their answers are flagged, and the flag names the model that was asked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from repair.backends.registry import ModelStore, shipped_dir
from repair.config import RepairConfig
from repair.pipeline import Pipeline
from tests import mt_models

SPANISH = (
    "The council met for three hours on Friday, and its members discussed the budget for "
    "the next year in detail. "
    "The mayor spoke to reporters on Monday. El gobierno anunció nuevas medidas contra la "
    "crisis económica. Nobody expected that. Los ciudadanos no están contentos con la "
    "decisión del presidente.\n"
)
GERMAN = (
    "The council met for three hours on Friday, and its members discussed the budget for "
    "the next year in detail. "
    "The mayor spoke to reporters on Monday. Die Regierung hat neue Maßnahmen gegen die "
    "Wirtschaftskrise angekündigt. Nobody expected that. Die Bürger sind mit der Entscheidung "
    "des Präsidenten nicht zufrieden.\n"
)
SPANISH_SPANS = [
    "El gobierno anunció nuevas medidas contra la crisis económica.",
    "Los ciudadanos no están contentos con la decisión del presidente.",
]
GERMAN_SPANS = [
    "Die Regierung hat neue Maßnahmen gegen die Wirtschaftskrise angekündigt.",
    "Die Bürger sind mit der Entscheidung des Präsidenten nicht zufrieden.",
]


@pytest.fixture(scope="module")
def user_models(tmp_path_factory) -> Path:
    """A user model folder with a tiny model for each of fr, es and de → en."""
    root = tmp_path_factory.mktemp("languages") / "models"
    for src in ("fr", "es", "de"):
        mt_models.make_repair(root / f"tiny-{src}-en", pair=(src, "en"))
    return root


@pytest.fixture
def models_env(user_models, monkeypatch) -> Path:
    monkeypatch.setenv("REPAIR_MODELS", str(user_models))
    return user_models


def spans_by_origin(text: str, changes) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for change in changes:
        out.setdefault(change.origin, []).append(text[change.start : change.end])
    return out


def test_the_registry_picks_the_model_of_each_source_language(models_env) -> None:
    store = ModelStore()
    assert {src: store.choose(src, "en").name for src in ("fr", "es", "de")} == {
        "fr": "tiny-fr-en",
        "es": "tiny-es-en",
        "de": "tiny-de-en",
    }
    assert store.choose("it", "en") is None or store.choose("it", "en").origin == "shipped"


def test_a_spanish_and_a_german_span_go_to_their_own_model(models_env) -> None:
    pipeline = Pipeline(RepairConfig(detectors=("foreign",)))
    spanish, german = pipeline.repair_many([SPANISH, GERMAN])
    assert spans_by_origin(SPANISH, spanish.changes) == {"model:tiny-es-en": SPANISH_SPANS}
    assert spans_by_origin(GERMAN, german.changes) == {"model:tiny-de-en": GERMAN_SPANS}
    assert all("left in es" in c.message for c in spanish.changes)
    assert all("left in de" in c.message for c in german.changes)
    backends = pipeline.fixers[-1]._backends
    # One call per model for the whole batch; the French model was never loaded.
    assert sorted(backends) == ["tiny-de-en", "tiny-es-en"]
    assert backends["tiny-es-en"].stats.calls == backends["tiny-de-en"].stats.calls == 1
    # Random weights: the score gate flags every answer, the text is untouched.
    assert (spanish.text, german.text) == (SPANISH, GERMAN)
    assert all(c.replacement is None and "unsure" in c.message for c in spanish.changes)


def test_each_model_is_gated_by_its_own_calibrated_threshold(tmp_path, monkeypatch) -> None:
    root = tmp_path / "models"
    mt_models.make_repair(root / "tiny-de-en", pair=("de", "en"))
    es = mt_models.make_repair(root / "tiny-es-en", pair=("es", "en"))
    meta = json.loads((es / "metadata.json").read_text())
    meta["score_threshold"] = -50.0  # this model trusts every answer; tiny-de-en has none
    (es / "metadata.json").write_text(json.dumps(meta))
    monkeypatch.setenv("REPAIR_MODELS", str(root))
    spanish, german = Pipeline(RepairConfig(detectors=("foreign",))).repair_many([SPANISH, GERMAN])
    assert spanish.changes and german.changes
    assert not any("unsure" in c.message for c in spanish.changes)
    assert all("unsure (score" in c.message and "< -1.5" in c.message for c in german.changes)


def test_models_list_shows_every_model(models_env) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "repair", "models", "list"],
        capture_output=True,
        text=True,
        env={**os.environ, "REPAIR_MODELS": str(models_env)},
        check=True,
    )
    for name in ["tiny-fr-en", "tiny-es-en", "tiny-de-en", *shipped_names()]:
        assert name in result.stdout


def shipped_names() -> list[str]:
    return sorted(p.name for p in shipped_dir().iterdir() if (p / "metadata.json").exists())


def test_shipped_models_fit_the_size_budget_and_name_their_pair() -> None:
    sizes = {}
    for name in shipped_names():
        folder = shipped_dir() / name
        sizes[name] = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
        meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
        assert name == f"{meta['source_lang']}-{meta['target_lang']}" == meta["name"]
        # Every shipped model is gated by a threshold calibrated on held-out text.
        assert meta["score_threshold"] < 0
    assert "fr-en" in sizes
    assert all(size < 50e6 for size in sizes.values()), sizes
    assert sum(sizes.values()) <= 150e6, sizes


def test_models_info_shows_a_dev_set_score_on_one_line() -> None:
    from repair.cli.models import _score_text

    entry = {
        "bleu": 19.7,
        "chrf": 46.36,
        "lines": 3000,
        "bleu_signature": "nrefs:1|case:mixed",
        "nonword_pct": 36.5,
        "by_length": {"1-3": {"lines": 58, "bleu": 11.0, "chrf": 40.4, "nonword_pct": 10.3}},
        "apertium": {"route": "spa-eng", "bleu": 14.7, "chrf": 46.15},
    }
    assert _score_text(entry) == (
        "BLEU 19.7, chrF 46.36 (3000 lines), outputs with a non-word 36.5%; "
        "apertium BLEU 14.7, chrF 46.15"
    )
    assert _score_text(4) == "4"


def test_a_weak_models_threshold_keeps_its_fixes_mostly_usable() -> None:
    from repair.fixers.translate import calibrate_threshold

    # Ten bins of two, best scores first: usable bins sit among unusable ones.
    pattern = [1, 0, 1, 0, 0.5, 0, 1, 0, 1, 0]
    examples = [
        (-0.1 * (2 * b + i + 1), i < 2 * share) for b, share in enumerate(pattern) for i in range(2)
    ]
    plain, _ = calibrate_threshold(examples, bins=10)
    assert plain == -1.8  # only the bottom bin flagged: half of what it lets through is bad
    strict, table = calibrate_threshold(examples, bins=10, min_fixed_usable=0.75)
    assert strict == -0.2 and [row.fixed for row in table] == [True] + [False] * 9
    # Nothing usable: every answer is flagged, the threshold is above the best score.
    none_usable = [(-0.1 * i, False) for i in range(1, 11)]
    threshold, table = calibrate_threshold(none_usable, bins=5, min_fixed_usable=0.75)
    assert threshold == -0.09 and not any(row.fixed for row in table)


def test_the_shipped_spanish_and_german_models_take_their_spans(tmp_path, monkeypatch) -> None:
    shipped = shipped_names()
    if not {"es-en", "de-en"} <= set(shipped):
        pytest.skip("models/es-en and models/de-en are not shipped in this checkout")
    monkeypatch.setenv("REPAIR_MODELS", str(tmp_path / "no-user-models"))
    spanish, german = Pipeline(RepairConfig(detectors=("foreign",))).repair_many([SPANISH, GERMAN])
    assert set(spans_by_origin(SPANISH, spanish.changes)) == {"model:es-en"}
    assert set(spans_by_origin(GERMAN, german.changes)) == {"model:de-en"}
