"""HTML5 named character references that lost their ``&``, their ``;``, or got a space after
the ``&``: `` quot;helping``, ``it rsquo;s``, ``& ldquo;``, ``&rsquo s``.

Scrapers and translation models tear ``&rsquo;`` apart; ftfy and ``html.unescape`` see only
whole references. The HTML5 list (``html.entities.html5``, 2,125 names) holds words too
(``amp``, ``not``, ``star``, ``euro``), so the context decides:

- an ``&`` is still there (``& rsquo;``, ``&rsquo`` before a non-letter): a reference;
- only ``name;`` is left: a reference when the name is no word of the target language (a
  name such as ``quot`` or ``nbsp`` that wordfreq counts only because web text is full of
  these remnants is no word either: it is not much more frequent in the target than in
  other languages), and for a word only when it is glued to another reference (``amp;quot;``).

A quote mark or apostrophe that closes (followed by no letter) or makes a contraction
(``rsquo;s``) takes the space before it with it: ``themselves, quot;`` → ``themselves,"``.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Iterator
from functools import cache

from repair.core.document import Document
from repair.core.edits import Finding
from repair.detectors.base import Detector, register
from repair.detectors.entities import entity_data
from repair.langid.frequency import zipf
from repair.rules.encoding import decode_named, entity_names  # noqa: F401

# ``& name;`` (a space after the ampersand), ``&name`` (no semicolon), ``name;`` (no ampersand).
_SPACED = re.compile(r"&[ \u00a0]+([A-Za-z][A-Za-z0-9]{1,31});")
_UNCLOSED = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31})(?![A-Za-z0-9;])")
_UNCLOSED_GLUED = re.compile(r"&([A-Za-z][A-Za-z0-9]{3,31})")
_BARE = re.compile(r"(?<![&\w#])([A-Za-z][A-Za-z0-9]{1,31});")
_REMNANT_BEFORE = re.compile(r"[&#A-Za-z0-9]{2,32};\Z")
_CLOSING = frozenset("'\"’”»›")
_APOSTROPHES = frozenset("'’")


@cache
def is_word(name: str, lang: str) -> bool:
    """Whether ``name`` is a word of ``lang`` and not just an entity remnant wordfreq counted.

    Remnants (``quot``, ``nbsp``, ``gt``) are about as frequent in every language's web text;
    a real word is clearly more frequent in its own language, or very frequent.
    """
    table = entity_data()["named"]
    lower = name.lower()
    own = zipf(lower, lang)
    if own < float(table["word_min_zipf"]):
        return False
    if own >= float(table["word_sure_zipf"]):
        return True
    others = [zipf(lower, other) for other in table["reference_languages"] if other != lang]
    return own - statistics.median(others) >= float(table["word_margin"])


@register
class NamedEntityDetector(Detector):
    name = "named-entities"
    stage = "normalize"
    kinds = ("encoding",)

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if ";" not in text and "&" not in text:
            return
        names = entity_names()
        lang = doc.target_lang
        for match in _SPACED.finditer(text):
            if match.group(1) in names:
                yield self._finding(text, match.start(), match.end(), 0.9, "a space after its '&'")
        for match in _UNCLOSED.finditer(text):
            name = match.group(1)
            if name in names and not _after_letter_short(text, match.start(), name):
                yield self._finding(text, match.start(), match.end(), 0.9, "its ';'")
        for match in _UNCLOSED_GLUED.finditer(text):
            found = _glued_prefix(match.group(1), lang)
            if found and not (match.end() < len(text) and text[match.end()] in "0123456789;"):
                end = match.start() + 1 + len(found)
                yield self._finding(text, match.start(), end, 0.85, "its ';'")
        for match in _BARE.finditer(text):
            name = match.group(1)
            before = text[max(0, match.start() - 4) : match.start()]
            if name not in names or before in ("amp;", "AMP;"):
                # After ``amp;`` the name is a whole reference once that ``&`` is back.
                continue
            after = text[match.end() : match.end() + 1]
            chained = after == "&" or _BARE.match(text, match.end()) is not None
            chained = chained or _follows_remnant(text, match.start())
            if is_word(name, lang) or len(name) <= 2:
                if not chained:
                    continue
                confidence = 0.85
            elif not chained and _ends_a_clause(text, match, lang):
                continue
            else:
                confidence = 0.9 if (after.isalnum() or chained) else 0.85
            yield self._finding(text, match.start(), match.end(), confidence, "its '&'")

    @staticmethod
    def _finding(text: str, start: int, end: int, confidence: float, lost: str) -> Finding:
        original = text[start:end]
        value = decode_named(original)
        after = text[end : end + 1]
        closes = value in _CLOSING and not after.isalnum()
        contracts = value in _APOSTROPHES and after.isalpha()
        if closes or contracts:
            left = start
            while left > 0 and text[left - 1] in " \u00a0":
                left -= 1
            if 0 < left < start and text[left - 1] not in "\r\n":
                start = left
        return Finding(
            start,
            end,
            "encoding",
            "encoding.named-entity-remnant",
            confidence,
            f"{original.strip()!r} is the HTML entity &{original.strip(' &;')}; that lost "
            f"{lost}: decoded",
        )


def _after_letter_short(text: str, start: int, name: str) -> bool:
    """``AT&T``, ``R&D``: a short name right after a letter is an abbreviation, not a reference."""
    return start > 0 and text[start - 1].isalnum() and len(name) < 4


def _glued_prefix(letters: str, lang: str) -> str | None:
    """The reference at the start of ``&rsquos`` / ``&ldquoBeliever``: the longest name (four
    letters or more, no word) whose rest starts a capitalised word, is a word, or a clitic."""
    names = entity_names()
    clitics = frozenset(entity_data()["named"]["clitics"])
    for cut in range(len(letters) - 1, 3, -1):
        name, rest = letters[:cut], letters[cut:]
        if name not in names or is_word(name, lang):
            continue
        value = names[name]
        if rest[0].isupper() or (value in _APOSTROPHES and rest in clitics):
            return name
        if len(rest) >= 3 and zipf(rest.lower(), lang) >= 3.0:
            return name
    return None


def _ends_a_clause(text: str, match: re.Match[str], lang: str) -> bool:
    """Whether ``name;`` is a word of the text that ends a clause, not a remnant: the
    target's list holds the name (``word_min_zipf``, other languages' web text as much), a
    word and a space stand before it, a space and a lower-case word after it, and its
    character is a symbol or a bracket (``clause_word_categories``: `the yen; exporters`,
    `the gong rang; at eight`), which a reference puts beside a number or a word, never
    between two clauses. A quote's or a space's remnant (`themselves, quot; he said`) is
    still one."""
    table = entity_data()["named"]
    name = match.group(1)
    if zipf(name.lower(), lang) < float(table["word_min_zipf"]):
        return False
    if unicodedata.category(decode_named(match.group(0))[:1]) not in set(
        table.get("clause_word_categories", ())
    ):
        return False
    before = text[max(0, match.start() - 2) : match.start()]
    after = text[match.end() : match.end() + 2]
    return (
        len(before) == 2
        and before[0].isalpha()
        and before[1] == " "
        and len(after) == 2
        and after[0] == " "
        and after[1].islower()
    )


def _follows_remnant(text: str, start: int) -> bool:
    """Whether ``name;`` comes right after another reference or remnant (``quot;amp;``)."""
    if start == 0 or text[start - 1] != ";":
        return False
    return _REMNANT_BEFORE.search(text, max(0, start - 33), start) is not None
