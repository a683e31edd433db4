"""Translation engines' marks of unknown words (repair/data/mt_markers.toml is the test)."""

from __future__ import annotations

import pytest

from repair.config import RepairConfig
from repair.core.document import Document
from repair.core.edits import Change, Edit, apply_changes
from repair.detectors.mt_markers import MTMarkerDetector, marker_data
from repair.pipeline import resolve
from repair.rules import replay

DATA = marker_data()


def repaired(text: str, target: str = "en") -> str:
    detector = MTMarkerDetector(RepairConfig(target_lang=target))
    findings = list(detector.detect(Document(text, target_lang=target)))
    edits = [Edit.from_finding(f, replay(f.rule, text[f.start : f.end])) for f in findings]
    return apply_changes(text, [Change.from_edit(e, text) for e in resolve(edits)])


@pytest.mark.parametrize("case", DATA["examples"], ids=lambda c: c["text"][:30])
def test_marks_are_removed(case: dict) -> None:
    assert repaired(case["text"]) == case["fixed"]


@pytest.mark.parametrize("text", DATA["negatives"], ids=lambda t: t[:30])
def test_asterisks_of_writers_stay(text: str) -> None:
    assert list(MTMarkerDetector(RepairConfig()).detect(Document(text))) == []


def test_the_pipeline_removes_the_mark_and_flags_the_word() -> None:
    from repair.pipeline import Pipeline

    text = (
        "The republican leaders justified their policy by the need to fight electoral "
        "fraud. The Centre considers it a myth: fraud is rarer than people killed by **foudre."
    )
    result = Pipeline(RepairConfig(source_lang="fr", mt=False)).repair(text)
    assert "**" not in result.text
    rules = {change.rule for change in result.changes}
    assert "encoding.mt-marker" in rules


def test_marks_in_an_article_translated_into_spanish() -> None:
    """Apertium into Spanish marks the English words it leaves (`*fumbled`): the target's own
    words decide, not English's."""
    text = "El equipo *fumbled el balón y el entrenador *dijo que no."
    assert repaired(text, "es") == "El equipo fumbled el balón y el entrenador dijo que no."
