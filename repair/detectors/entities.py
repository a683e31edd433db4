"""HTML character references that ftfy leaves: lost ampersands, double escapes.

``#x27;`` in running text is what is left of ``&#x27;``. Context decides the repair:
after a word such as "the" and glued to the next word it was the apostrophe of a French
elided article (``l'occupation``) that the translation already rendered, so it is
deleted; anywhere else it becomes its character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.core.document import Document
from repair.core.edits import Finding
from repair.data import load_toml
from repair.detectors.base import Detector, register
from repair.rules.encoding import decode_numeric_reference, fix_html_entity

# "#x27;" / "#39;" without "&", or "&#8217" without ";" (followed by a non-digit; a letter
# may follow a decimal reference: "&#8217Believer").
_REMNANT = re.compile(
    r"(?<![&#])#(?:[xX][0-9a-fA-F]{2,4}|[0-9]{2,4});"
    r"|&#(?:[xX][0-9a-fA-F]{2,4}(?![0-9a-fA-F;])|[0-9]{2,4}(?![0-9;]))"
)
_DOUBLE = re.compile(r"&amp;(?:amp;)*(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});?")
# French typography puts a space before ";", in an entity too (``l&#39 ;homme``).
_ENTITY = re.compile(
    r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31})[ \u00a0\u202f]?;"
)
_CLOSED_BY_REMNANT = re.compile(r"[\w'’-]+(?:&#|#)(?:[xX][0-9a-fA-F]{2,4}|[0-9]{2,4})")
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def entity_data() -> dict:
    """repair/data/entities.toml (read once)."""
    return load_toml("entities.toml")


def plausible(code: int) -> bool:
    """Code points a text would really escape: punctuation, Latin-1, general punctuation."""
    return 32 <= code <= 0x24F or 0x2010 <= code <= 0x206F or code in (0x20AC, 0x2122)


@register
class EntityDetector(Detector):
    name = "entities"
    stage = "normalize"
    kinds = ("encoding",)

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "#" not in text and "&" not in text:
            return
        markup = bool(_MARKUP.search(text))
        data = entity_data()
        hosts = frozenset(data["elision_hosts"])
        apostrophes = frozenset(data["apostrophes"])
        for match in _DOUBLE.finditer(text):
            rule = "encoding.double-escape-markup" if markup else "encoding.double-escape"
            yield Finding(
                match.start(),
                match.end(),
                "encoding",
                rule,
                0.95,
                f"double-escaped HTML entity {match.group()!r}",
            )
        for match in _REMNANT.finditer(text):
            remnant = match.group()
            code = ord(decode_numeric_reference(remnant))
            if not plausible(code):
                continue
            start, end = match.span()
            following = text[end : end + 1]
            host = _WORD_BEFORE.search(text, max(0, start - 40), start)
            elided = (
                code in apostrophes
                and following.isalpha()
                and host is not None
                and host.group(1).lower() in hosts
                # ``the &#8217Believer&#8217``: a remnant closing the word makes a quote pair.
                and not _CLOSED_BY_REMNANT.match(text, end)
            )
            if elided:
                yield Finding(
                    start,
                    end,
                    "encoding",
                    "encoding.entity-elision",
                    0.85,
                    f"{remnant!r} is a lost '&' entity for the apostrophe of a French "
                    f"elided article already rendered by {host.group(1)!r}: deleted",
                )
            else:
                yield Finding(
                    start,
                    end,
                    "encoding",
                    "encoding.entity-remnant",
                    0.9,
                    f"{remnant!r} is an HTML entity that lost its "
                    f"{'&' if remnant[0] == '#' else ';'}: decoded",
                )
        if markup:
            return
        for match in _ENTITY.finditer(text):
            decoded = fix_html_entity(match.group())
            if decoded != match.group():
                yield Finding(
                    match.start(),
                    match.end(),
                    "encoding",
                    "encoding.html-entity",
                    0.9,
                    f"HTML entity {match.group()!r} in plain text: decoded",
                )
