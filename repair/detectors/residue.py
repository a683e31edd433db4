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
from repair.rules.encoding import ftfy_fix

_TOKEN_END = re.compile(r"\s|$")
_CAPITALS = "ÀÁÂÄÇÉÈÊËÎÏÔÖÙÚÛÜŒ"
#: The word must end where words end (a space, a mark, the line's end): a token that runs on
#: into symbols or control characters is mojibake, ftfy's to judge as a whole.
_GLUED = re.compile(
    r"(?<![\w'’-])([ÀÁÂÄÇÉÈÊËÎÏÔÖÙÚÛÜŒ])([a-z][a-z'’-]{2,})(?=$|[\s.,;:!?\"'’”»)\]…])"
)


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
            if not (elsewhere or zipf(rest, "en") >= 3.0) or _mojibake_once_dropped(text, match):
                continue
            yield Finding(
                match.start(),
                match.end(),
                "encoding",
                "encoding.stray-capital",
                0.85 if elsewhere else 0.7,
                f"{token!r}: a stray capital {match.group(1)!r} glued to the English word {rest!r}",
            )


def _mojibake_once_dropped(text: str, match: re.Match[str]) -> bool:
    """Whether ftfy would change the whole token once the capital is gone.

    ftfy judged the token with its capital (``Çmuir”Ä`` is no mojibake it can undo); without
    it, the rest may decode (``Muir”Ä`` as Mac Roman), so a second run would find new work.
    """
    end = _TOKEN_END.search(text, match.end()).start()
    rest = text[match.start(2) : end]
    return ftfy_fix(rest)[0] != rest
