"""Control, zero-width and soft-hyphen characters that scraping leaves in text.

Tabs and line ends are kept. A byte-order mark is kept at the very start (it belongs
to the file) and removed elsewhere. Zero-width joiners are removed only between Latin
letters: in emoji and in Indic or Persian script they are meaningful.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from repair.core.document import Document
from repair.core.edits import Finding
from repair.detectors.base import Detector, register

_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u180e\u200b\u2060-\u2064\ufeff\u200c\u200d]+"
)
_JOINERS = frozenset("\u200c\u200d")
# Checking each character with ``in`` (a C-speed search) is several times faster than the
# regex on clean text, which has none of them.
_CHARS = tuple(
    chr(c)
    for c in [
        *range(0, 9),
        11,
        12,
        *range(14, 32),
        *range(0x7F, 0xA0),
        0xAD,
        0x180E,
        0x200B,
        0x200C,
        0x200D,
        *range(0x2060, 0x2065),
        0xFEFF,
    ]
)


def _latin(char: str) -> bool:
    return (
        char.isascii()
        and char.isalpha()
        or (char.isalpha() and unicodedata.name(char, "").startswith("LATIN"))
    )


@register
class InvisibleDetector(Detector):
    name = "invisible"
    stage = "normalize"
    kinds = ("encoding",)

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not any(char in text for char in _CHARS):
            return
        for match in _INVISIBLE.finditer(text):
            start, end = match.span()
            if start == 0 and text[0] == "\ufeff":
                start += 1
                if start == end:
                    continue
            run = text[start:end]
            if set(run) <= _JOINERS:
                before, after = text[start - 1 : start], text[end : end + 1]
                if not (before and after and _latin(before) and _latin(after)):
                    continue
            names = sorted({unicodedata.name(c, f"U+{ord(c):04X}") for c in run})
            yield Finding(
                start,
                end,
                "encoding",
                "encoding.invisible",
                0.95,
                f"invisible character(s) removed: {', '.join(names)}",
            )
