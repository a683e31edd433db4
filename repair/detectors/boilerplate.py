"""Boilerplate lines scraped with an article, and a title line repeated below the title.

Only whole lines are removed: a share label inside a sentence is content. The removed
span takes the line's break and the blank lines after it, so no hole is left; a run of
boilerplate at the end of the text also takes the blank lines before it.
One multi-line regex finds every label in a single pass over the text.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterator
from functools import cache
from importlib import resources

from repair.core.document import Document, Span
from repair.core.edits import Finding
from repair.core.letters import strip_accents
from repair.detectors.base import Detector, register

#: How many content lines after the title may repeat it.
_TITLE_WINDOW = 3
_WORDS = re.compile(r"\w+")
_CONTENT = re.compile(r"\S")
# Greedy, ending on the last character that is not trimmed: a lazy body tried the line end at
# every character (five times slower on news lines).
_CONTENT_LINE = re.compile(r"[ \t\f\v]*(\S(?:[^\r\n]*[^ \t\f\v\r\n])?)[ \t\f\v]*(?:\r\n|\r|\n|\Z)")


@cache
def _patterns() -> list[str]:
    data = tomllib.loads(resources.files("repair.data").joinpath("boilerplate.toml").read_text())
    return data["patterns"]


@cache
def boilerplate_lines() -> re.Pattern[str]:
    """A line, from its start, that is nothing but a label (leading/trailing blanks allowed)."""
    body = "|".join(f"(?:{p})" for p in _patterns())
    return re.compile(rf"[ \t]*(?P<label>{body})[ \t]*(?=\r|\n|\Z)", re.IGNORECASE)


def _label_lines(text: str) -> Iterator[re.Match[str]]:
    """The label lines of ``text``, the pattern tried at each line start only (a multi-line
    ``^`` made the regex engine try, and reject, every position of the text)."""
    pattern = boilerplate_lines()
    start = 0
    while True:
        match = pattern.match(text, start)
        if match:
            yield match
        start = text.find("\n", start) + 1
        if not start:
            return


def is_boilerplate(line: str) -> bool:
    return boilerplate_lines().fullmatch(line.strip()) is not None


def _title_key(line: str) -> str:
    return re.sub(r"[\W_]+", " ", strip_accents(line.casefold()))


def repeats_title(title: str, line: str) -> bool:
    """Same words, or near enough (a glued stray letter, a changed mark)."""
    # Cheap tests first: most body lines are nothing like the title.
    if not 0.85 <= (len(line) + 1) / (len(title) + 1) <= 1.18:
        return False
    words_a, words_b = set(_WORDS.findall(title.casefold())), set(_WORDS.findall(line.casefold()))
    if len(words_a) < 3 or len(words_a & words_b) < 0.7 * len(words_a | words_b):
        return False
    a, b = _title_key(title).strip(), _title_key(line).strip()
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.92


def _line_start(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1


def _content_lines(text: str, start: int = 0) -> Iterator[Span]:
    """Non-blank lines from ``start`` on, trimmed, lazily (only a few are needed)."""
    for match in _CONTENT_LINE.finditer(text, start):
        if match.group(1):
            yield Span(match.start(1), match.end(1))


@register
class BoilerplateDetector(Detector):
    name = "boilerplate"
    kinds = ("boilerplate", "duplicate")

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        flagged: dict[int, tuple[Span, str, str, str]] = {}
        for match in _label_lines(text):
            label = Span(match.start("label"), match.end("label"))
            if not label.of(text).strip():
                continue
            flagged[label.start] = (
                label,
                "boilerplate",
                "boilerplate.line",
                f"boilerplate line {label.of(text)!r} scraped with the article",
            )
        title_line = self._repeated_title(text, flagged)
        if title_line is not None:
            flagged[title_line.start] = (
                title_line,
                "duplicate",
                "duplicate.title",
                "the title line is repeated below the title",
            )
        for _, (line, kind, rule, message) in sorted(flagged.items()):
            start, end = self._removal_span(text, line, flagged)
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
    def _repeated_title(text: str, flagged: dict) -> Span | None:
        lines = _content_lines(text)
        title = next(lines, None)
        if title is None or title.start in flagged:
            return None
        seen = 0
        for line in lines:
            if line.start in flagged:
                continue
            if repeats_title(title.of(text), line.of(text)):
                return line
            seen += 1
            if seen >= _TITLE_WINDOW:
                break
        return None

    @staticmethod
    def _removal_span(text: str, line: Span, flagged: dict) -> tuple[int, int]:
        """The line, its break and the blank lines after it (or before it, at the end)."""
        following = _CONTENT.search(text, line.end)
        end = _line_start(text, following.start()) if following else len(text)
        start = line.start
        at_tail = all(span.start in flagged for span in _content_lines(text, line.end))
        first_of_tail = at_tail and not _is_flagged_before(text, line.start, flagged)
        if first_of_tail:
            previous = text[: line.start].rstrip()
            if previous:
                # Keep one line end after the last kept line; eat the blank lines.
                gap = re.match(r"[ \t]*(\r\n|\r|\n)", text[len(previous) :])
                start = len(previous) + (gap.end() if gap else 0)
        return min(start, line.start), end


def _is_flagged_before(text: str, pos: int, flagged: dict) -> bool:
    """Whether the content line just before ``pos`` is flagged too (so part of the tail)."""
    before = text[:pos].rstrip()
    if not before:
        return False
    start = _line_start(text, len(before))
    while start < len(before) and text[start] in " \t":
        start += 1
    return start in flagged
