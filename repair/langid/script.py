"""Letters of another script (Cyrillic, Arabic, CJK ...) in a Latin-script text.

Where the source language is written in another script, its leftovers are found exactly
by their code points, without any word list. A lone letter (``π``, ``α-synuclein``) is
a symbol, not a leftover, so a run needs at least two letters of the script; a run that
fills a pair of brackets (``Xi Jinping (习近平)``) is a gloss the writer gave.
"""

from __future__ import annotations

import re
from functools import cache

from repair.langid.base import FINDERS, LangSpan, Pair, SpanFinder, foreign_data

# Letters of one script joined by spaces, hyphens, apostrophes or commas into one run.
_JOINERS = r"[\s\-'’,.;:!?«»\"“”()]{1,3}"


@cache
def non_latin_languages() -> frozenset[str]:
    """Languages written in one of the data file's other scripts."""
    return frozenset(
        lang for entry in foreign_data()["scripts"].values() for lang in entry["languages"]
    )


@cache
def _script_patterns() -> list[tuple[str, re.Pattern[str], str, frozenset[str]]]:
    patterns = []
    for name, entry in foreign_data()["scripts"].items():
        letters = "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in entry["ranges"])
        run = f"[{letters}][{letters}\u0300-\u036f]*"
        pattern = re.compile(f"(?<![^\\W\\d_]){run}(?:{_JOINERS}{run})*")
        patterns.append((name, pattern, entry["lang"], frozenset(entry["languages"])))
    return patterns


@cache
def _any_script() -> re.Pattern[str]:
    ranges = "".join(
        f"\\U{low:08x}-\\U{high:08x}"
        for entry in foreign_data()["scripts"].values()
        for low, high in entry["ranges"]
    )
    return re.compile(f"[{ranges}]")


def has_other_script(text: str) -> bool:
    """A cheap test run once per document before looking sentence by sentence (an ASCII
    text, most news, holds no letter of another script: told without a scan)."""
    return (not text.isascii() or _ascii_in_scripts()) and _any_script().search(text) is not None


@cache
def _ascii_in_scripts() -> bool:
    """Whether a script's ranges in the data reach into ASCII (none does: they are other
    scripts' letters; then an ASCII text cannot hold one)."""
    return any(
        low < 0x80 for entry in foreign_data()["scripts"].values() for low, _ in entry["ranges"]
    )


@FINDERS.register("script")
class ScriptFinder(SpanFinder):
    name = "script"
    rule = "foreign.script"

    @classmethod
    def supports(cls, pair: Pair) -> bool:
        return pair.target not in non_latin_languages()

    def find(self, text: str, start: int, end: int) -> list[LangSpan]:
        spans = []
        for _, pattern, default_lang, languages in _script_patterns():
            for match in pattern.finditer(text, start, end):
                letters = sum(ch.isalpha() for ch in match.group())
                if letters < 2 or _glued_to_latin(text, match.start(), match.end()):
                    continue
                if _gloss(text, match.start(), match.end()):
                    continue
                lang = self.pair.source if self.pair.source in languages else default_lang
                words = len(match.group().split())
                spans.append(
                    LangSpan(match.start(), match.end(), lang, 0.99, self.rule, words, 99.0)
                )
        return spans


def _gloss(text: str, start: int, end: int) -> bool:
    """``Xi Jinping (习近平)``: a name given in its own script, in brackets, is a gloss."""
    before = text[:start].rstrip(" ")
    after = text[end:].lstrip(" ")
    return before.endswith(("(", "[", "（")) and after.startswith((")", "]", "）"))


def _glued_to_latin(text: str, start: int, end: int) -> bool:
    """``αβ-crystallin``-style compounds: a symbol glued to a Latin word, not a leftover."""
    before = text[start - 2 : start] if start >= 2 else text[:start]
    after = text[end : end + 2]
    return bool(re.search(r"[A-Za-z]-?$", before) or re.match(r"-?[A-Za-z]", after))
