"""ftfy parity on ftfy's own test corpus (tests/data/ftfy-test-cases, Apache-2.0, see its
SOURCE.txt): every case that ``ftfy.fix_encoding`` repairs, ``repair`` repairs to the same
text, with machine translation on. French, Spanish or Slovak text is no leftover of a
translation into English: it is neither retranslated nor given English typography."""

from __future__ import annotations

import json
from pathlib import Path

import ftfy
import pytest

from repair.config import RepairConfig
from repair.pipeline import Pipeline

CASES = [
    case
    for path in sorted((Path(__file__).parent / "data" / "ftfy-test-cases").glob("*.json"))
    for case in json.loads(path.read_text(encoding="utf-8"))
]
REPAIRED_BY_FTFY = [
    case for case in CASES if ftfy.fix_encoding(case["original"]) != case["original"]
]


@pytest.fixture(scope="module")
def repaired() -> dict[str, str]:
    originals = [case["original"] for case in REPAIRED_BY_FTFY]
    results = Pipeline(RepairConfig(mt=True)).repair_many(originals)
    return {original: result.text for original, result in zip(originals, results, strict=True)}


def test_the_corpus_is_there():
    assert len(CASES) == 161 and len(REPAIRED_BY_FTFY) >= 100


#: Quotation marks repair gives English sentences on purpose (typography.guillemets: a German
#: „…“ or French «…» left by a translation becomes “…”; ftfy's full fix makes them plain "):
#: compared as one mark, and only there.
_QUOTES = str.maketrans(dict.fromkeys("„“”«»", '"'))


@pytest.mark.parametrize("case", REPAIRED_BY_FTFY, ids=lambda case: case["label"][:60])
def test_same_repair_as_ftfy(case, repaired):
    ours, theirs = repaired[case["original"]], ftfy.fix_encoding(case["original"])
    if ours != theirs:
        assert ours.translate(_QUOTES) == theirs.translate(_QUOTES)
        assert "“" in ours and "„" not in ours and "«" not in ours
