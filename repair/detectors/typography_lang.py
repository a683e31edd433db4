"""Typography of the other targets, driven by ``[languages.*]`` in repair/data/typography.toml.

Kept apart from repair/detectors/typography.py, which calls :func:`language_rules` with the
target's table. Each check is switched on by a key of that table:

``nbsp_before`` (French ``;:!?``)
    a mark glued to the word before it gets a no-break space, but only in a document that
    itself spaces most of that same mark (more than ``min_spaced_share``): WMT's French
    glues its colons, and spaces its question marks only in interviews; a convention the
    writer does not follow is no damage.
``guillemet_space`` (French)
    ``«mot»`` → ``« mot »`` with no-break spaces.
``quotes`` (German ``„“``)
    an English pair ``“…”`` becomes ``„…“``; straight quotes are left alone (German news
    online uses them throughout).
``inverted`` (Spanish ``{"?" = "¿", "!" = "¡"}``)
    a question or exclamation without its opening mark: fixed when it is the whole
    sentence (the mark goes before its first word), flagged when it may start inside it
    (``Pero, ¿qué?``); an opening mark never closed is flagged.

Every finding here is below the pipeline's confidence bar: fixed only when the document
shows independent damage, flagged otherwise, as in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.core.edits import Finding

_NBSP = "\u00a0"
_SPACES = " \u00a0\u202f\u2009"
_WORD_BEFORE = re.compile(r"[\w)\]\"'”’»%]")
_GUILLEMET_OPEN = re.compile(r"«(?=[^\W_])")
_GUILLEMET_CLOSE = re.compile(r"(?<=[\w.!?])»")
_INVERTED_RULES = {"¿": "typography.inverted-question", "¡": "typography.inverted-exclamation"}


def language_rules(text: str, rules: dict) -> Iterator[Finding]:
    if rules.get("nbsp_before"):
        yield from _nbsp_before(text, rules["nbsp_before"], float(rules["min_spaced_share"]))
    if rules.get("guillemet_space") and "«" in text:
        yield from _guillemets(text)
    if rules.get("quotes") and "“" in text:
        yield from _quotes(text, rules["quotes"])
    if rules.get("inverted"):
        yield from _inverted(text, rules["inverted"])


def _nbsp_before(text: str, marks: str, min_share: float) -> Iterator[Finding]:
    """Glued marks in a document that spaces more than ``min_share`` of the same mark.

    Counted per mark: French news often spaces its ``?`` and glues its ``:`` (WMT's
    interviews do), a convention of its own, not a slip.
    """
    glued: dict[str, list[int]] = {}
    spaced: dict[str, int] = {}
    for match in re.finditer(f"[{re.escape(marks)}](?=[\\s\"'”’»]|$)", text):
        at = match.start()
        if at == 0:
            continue
        mark = text[at]
        if text[at - 1] in _SPACES:
            spaced[mark] = spaced.get(mark, 0) + 1
        elif _WORD_BEFORE.match(text, at - 1) and text[at - 1] != mark:
            glued.setdefault(mark, []).append(at)
    wanted = [
        at
        for mark, places in glued.items()
        if spaced.get(mark, 0) > min_share * (spaced.get(mark, 0) + len(places))
        for at in places
    ]
    for at in sorted(wanted):
        yield Finding(
            at,
            at + 1,
            "typography",
            "typography.nbsp-before-mark",
            0.7,
            f"French puts a no-break space before {text[at]!r}",
        )


def _guillemets(text: str) -> Iterator[Finding]:
    for pattern, side in ((_GUILLEMET_OPEN, "after"), (_GUILLEMET_CLOSE, "before")):
        for match in pattern.finditer(text):
            yield Finding(
                match.start(),
                match.end(),
                "typography",
                "typography.guillemet-space",
                0.7,
                f"French puts a no-break space {side} {match.group()!r}",
            )


def _quotes(text: str, pair: str) -> Iterator[Finding]:
    opening = text.find("“")
    while opening >= 0:
        closing = text.find("”", opening + 1)
        newline = text.find("\n", opening)
        if closing < 0 or 0 <= newline < closing:
            break
        yield Finding(
            opening,
            closing + 1,
            "typography",
            "typography.quotes",
            0.7,
            f"quotation marks are {pair[0]}…{pair[1]} in this language, not “…”",
            data={"quotes": pair},
        )
        opening = text.find("“", closing + 1)


def _inverted(text: str, pairs: dict[str, str]) -> Iterator[Finding]:
    for closing, opening in pairs.items():
        if closing not in text and opening not in text:
            continue
        for match in re.finditer(re.escape(closing) + r"+(?=\s|$)", text):
            # The sentence the mark ends: back to the previous sentence end in its line.
            floor = _sentence_start(text, match.start())
            sentence = text[floor : match.start()]
            if opening in sentence:
                continue
            stripped = sentence.lstrip(" \t\"'«“(-—")
            first = re.match(r"[^\W\d_]\S*", stripped)
            if first is None:
                continue
            start = floor + len(sentence) - len(stripped)
            yield Finding(
                start,
                start + first.end(),
                "typography",
                _INVERTED_RULES[opening],
                0.7,
                f"{closing!r} without its opening {opening!r}",
                # Whole-sentence questions get the mark first; one after a comma may
                # start inside the sentence (``Pero, ¿qué?``): only a flag.
                action="flag" if any(mark in stripped for mark in ',;:"«»“”') else "fix",
            )
        for match in re.finditer(re.escape(opening), text):
            line_end = text.find("\n", match.end())
            if closing not in text[match.end() : len(text) if line_end < 0 else line_end]:
                yield Finding(
                    match.start(),
                    match.end(),
                    "typography",
                    "typography.unclosed-mark",
                    0.6,
                    f"{opening!r} is never closed by {closing!r}",
                    action="flag",
                )


_SENTENCE_END = re.compile(r"[.!?…][\"'»”)]*\s+")


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts (after the last ``. `` before it)."""
    line = text.rfind("\n", 0, position) + 1
    last = line
    for match in _SENTENCE_END.finditer(text, line, position):
        last = match.end()
    return last
