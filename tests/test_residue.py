"""The stray accented capital left in front of a translated title word (``Ériots``)."""

from __future__ import annotations

import pytest

from repair.config import RepairConfig
from repair.core.document import Document
from repair.detectors.residue import StrayCapitalDetector


def findings(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in StrayCapitalDetector(RepairConfig()).detect(Document(text))
    ]


@pytest.mark.parametrize(
    "text",
    ["Ériots in Kazakhstan: the riots went on.", "Ériots, said the police.", "Ériots\nMore text."],
)
def test_a_capital_glued_to_an_english_word_is_found(text):
    assert findings(text) == ["Ériots"]


@pytest.mark.parametrize(
    "text",
    [
        "Émeutes au Kazakhstan.",  # a French word
        "Çmir\x80Ä and more",  # the token runs on into mojibake: ftfy's to judge
        "Ériots€ in the city, riots.",
        "Çmuir”Ä and the muir",  # without its capital, ftfy would decode the token
    ],
)
def test_no_stray_capital_on_words_or_mojibake(text):
    assert findings(text) == []
