"""A sentence or a multi-word phrase repeated by the scraper: ``told Radio Canada Radio
Canada``, the same sentence twice in a row.

An exact repeat right after itself is removed (kind ``duplicate``); a near one (another
mark, another case) is flagged, since a writer may repeat on purpose. Single words are the
typography detector's (``the the``), where English doubles some (``had had``).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterator
from functools import cache
from importlib import resources

from repair.core.document import Document
from repair.core.edits import Finding
from repair.detectors.base import Detector, register

_WORD = re.compile(r"\w+")


@cache
def duplicate_data() -> dict:
    data = resources.files("repair.data").joinpath("scraped.toml").read_text()
    return tomllib.loads(data)["duplicates"]


@cache
def _phrase_pattern(longest: int) -> re.Pattern[str]:
    """Two to ``longest`` words, then spaces, then the same words (case-insensitive)."""
    return re.compile(
        rf"(?<![\w-])(\w+(?:[ \t]+[\w'’-]+){{1,{longest - 1}}})([ \t]+)(\1)(?![\w-])",
        re.IGNORECASE,
    )


def _key(sentence: str) -> str:
    return " ".join(_WORD.findall(sentence.casefold()))


@register
class DuplicateDetector(Detector):
    name = "duplicates"
    kinds = ("duplicate",)

    def detect(self, doc: Document) -> Iterator[Finding]:
        table = duplicate_data()
        yield from self._sentences(doc, table)
        yield from self._phrases(doc.text, table)

    @staticmethod
    def _sentences(doc: Document, table: dict) -> Iterator[Finding]:
        text = doc.text
        shortest = int(table["min_sentence_words"])
        sentences = doc.sentences
        for previous, current in zip(sentences, sentences[1:], strict=False):
            first, second = previous.of(text), current.of(text)
            if len(_WORD.findall(first)) < shortest:
                continue
            if first == second:
                # The repeat and the blanks before it go: the text reads as before.
                yield Finding(
                    previous.end,
                    current.end,
                    "duplicate",
                    "duplicate.sentence",
                    0.9,
                    f"the sentence {first[:60]!r} is repeated right after itself",
                    action="remove",
                    suggestion="",
                )
            elif _key(first) == _key(second) or (
                difflib.SequenceMatcher(None, _key(first), _key(second)).ratio()
                >= float(table["near_ratio"])
            ):
                yield Finding(
                    current.start,
                    current.end,
                    "duplicate",
                    "duplicate.sentence",
                    0.6,
                    f"the sentence {second[:60]!r} nearly repeats the one before it",
                    action="flag",
                )

    @staticmethod
    def _phrases(text: str, table: dict) -> Iterator[Finding]:
        pattern = _phrase_pattern(int(table["max_phrase_words"]))
        for match in pattern.finditer(text):
            exact = match.group(1) == match.group(3)
            if exact:
                # A repeated name is the scraper's (a link text printed twice); a repeated
                # ``of the`` is also a writer's slip, which clean news has: it needs other
                # damage in the document to be removed (the pipeline's corroboration).
                name = all(word[0].isupper() for word in match.group(1).split())
                yield Finding(
                    match.end(1),
                    match.end(3),
                    "duplicate",
                    "duplicate.phrase",
                    float(table["name_confidence"] if name else table["phrase_confidence"]),
                    f"{match.group(1)!r} is said twice in a row",
                    action="remove",
                    suggestion="",
                )
            else:
                yield Finding(
                    match.start(3),
                    match.end(3),
                    "duplicate",
                    "duplicate.phrase",
                    0.6,
                    f"{match.group(3)!r} repeats {match.group(1)!r} right before it",
                    action="flag",
                )
