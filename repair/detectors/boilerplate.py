"""Boilerplate lines scraped with an article, and a title line repeated below the title.

Only whole lines are removed: a share label inside a sentence is content. The removed
span takes the line's break and the blank lines after it, so no hole is left; a run of
boilerplate at the end of the text also takes the blank lines before it.
"""

from __future__ import annotations

import difflib
import re
import tomllib
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib import resources

from repair.core.document import Document, Span
from repair.core.edits import Finding
from repair.detectors.base import Detector, register

#: How many content lines after the title may repeat it.
_TITLE_WINDOW = 4


@cache
def boilerplate_pattern() -> re.Pattern[str]:
    data = tomllib.loads(resources.files("repair.data").joinpath("boilerplate.toml").read_text())
    return re.compile("|".join(f"(?:{p})" for p in data["patterns"]), re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    return boilerplate_pattern().fullmatch(line.strip()) is not None


def _title_key(line: str) -> str:
    folded = unicodedata.normalize("NFKD", line.casefold())
    return re.sub(r"[\W_]+", " ", "".join(c for c in folded if not unicodedata.combining(c)))


def repeats_title(title: str, line: str) -> bool:
    """Same words, or near enough (a glued stray letter, a changed mark)."""
    a, b = _title_key(title).strip(), _title_key(line).strip()
    if not a or len(a.split()) < 3:
        return False
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.92


@register
class BoilerplateDetector(Detector):
    name = "boilerplate"
    kinds = ("boilerplate", "duplicate")

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        content = [line for line in doc.lines if line.of(text).strip()]
        flagged: list[tuple[Span, str, str, str]] = []
        for line in content:
            if is_boilerplate(line.of(text)):
                flagged.append(
                    (
                        line,
                        "boilerplate",
                        "boilerplate.line",
                        f"boilerplate line {line.of(text).strip()!r} scraped with the article",
                    )
                )
        boiler = {span.start for span, *_ in flagged}
        if content:
            title = content[0]
            body = [line for line in content[1:] if line.start not in boiler]
            for line in body[: _TITLE_WINDOW - 1]:
                if repeats_title(title.of(text), line.of(text)):
                    flagged.append(
                        (
                            line,
                            "duplicate",
                            "duplicate.title",
                            "the title line is repeated below the title",
                        )
                    )
                    break
        removed = {span.start for span, *_ in flagged}
        tail = self._tail_start(content, removed)
        for line, kind, rule, message in sorted(flagged, key=lambda item: item[0].start):
            start, end = self._removal_span(doc, content, line, tail)
            yield Finding(
                start,
                end,
                kind,
                rule,
                0.9 if kind == "boilerplate" else 0.85,
                message,
                action="remove",
            )

    @staticmethod
    def _tail_start(content: list[Span], removed: set[int]) -> int | None:
        """Start of the run of removed lines that ends the document, if there is one."""
        tail = None
        for line in reversed(content):
            if line.start not in removed:
                break
            tail = line.start
        return tail

    @staticmethod
    def _removal_span(
        doc: Document, content: list[Span], line: Span, tail: int | None
    ) -> tuple[int, int]:
        text = doc.text
        after = [c for c in content if c.start > line.start]
        start, end = line.start, (after[0].start if after else len(text))
        before = [c for c in content if c.end <= line.start]
        if line.start == tail and before:
            # Eat the blank lines between the last kept line and the tail; keep its line end.
            first_break = re.match(r"\r\n|\r|\n", text[before[-1].end : line.start])
            start = before[-1].end + (first_break.end() if first_break else 0)
        return start, end
