"""A stray accented capital glued to an English word: ``Ériots`` → ``Riots``.

The first letter of a French title word (``Émeutes``) survives in front of its
translation. Seen at the start of a sentence or line, the glued token is no word of
either language while the rest is an English word, or appears elsewhere in the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.core.document import Document
from repair.core.edits import Finding
from repair.detectors.base import Detector, register
from repair.langid.frequency import zipf

_CAPITALS = "ÀÁÂÄÇÉÈÊËÎÏÔÖÙÚÛÜŒ"
_GLUED = re.compile(r"(?<![\w'’-])([ÀÁÂÄÇÉÈÊËÎÏÔÖÙÚÛÜŒ])([a-z][a-z'’-]{2,})\b")


@register
class StrayCapitalDetector(Detector):
    name = "stray-capital"
    kinds = ("encoding",)
    languages = ("en",)

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if text.isascii() or not any(capital in text for capital in _CAPITALS):
            return
        starts: set[int] | None = None
        lowered = None
        for match in _GLUED.finditer(text):
            if starts is None:
                starts = {s.start for s in doc.sentences} | {line.start for line in doc.lines}
            if match.start() not in starts:
                continue
            token, rest = match.group(), match.group(2)
            if zipf(token.lower(), "en") > 0 or zipf(token.lower(), "fr") >= 1.5:
                continue
            if lowered is None:
                lowered = text.lower()
            elsewhere = re.search(rf"(?<!\w){re.escape(rest)}(?!\w)", lowered) is not None
            if not (elsewhere or zipf(rest, "en") >= 3.0):
                continue
            yield Finding(
                match.start(),
                match.end(),
                "encoding",
                "encoding.stray-capital",
                0.85 if elsewhere else 0.7,
                f"{token!r}: a stray capital {match.group(1)!r} glued to the English word {rest!r}",
            )
