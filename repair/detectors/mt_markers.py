"""The marks a machine translation engine puts on words it could not translate.

Apertium, run without ``-u``, writes ``*foudre`` for a word it does not know, and ``**foudre``
when two engines ran one after the other (French through Spanish), ``#give`` for a word it
could not inflect and ``@sida`` for one its dictionary lacks. The mark is no part of the
text: it is removed, and the word then meets the foreign detector like any leftover.
``#`` and ``@`` are hashtags and handles on the web: they count only in a document that
holds several asterisk marks of words English does not write. Data and examples:
repair/data/mt_markers.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from repair.core.document import Document
from repair.core.edits import Finding
from repair.data import load_toml
from repair.detectors.base import Detector, register

#: One or two asterisks glued to the start of a word, after a space, a line's start or an
#: opening mark; not the middle of a token (``a**b``).
_MARKED = re.compile(r"(?:(?<=^)|(?<=[\s(\[\"'“‘«]))(\*{1,2})(?=([^\W\d_][\w'’-]*))", re.M)
#: Apertium's other marks, before a lower-case word.
_OTHER = re.compile(r"(?:(?<=^)|(?<=[\s(\[\"'“‘«]))([#@])(?=([a-z][\w'’-]*))", re.M)
#: An asterisk closing emphasis on the line (``*really*``, ``**bold**``).
_CLOSING = re.compile(r"[\w.!?,;:)\]'’\"”]\*")


@cache
def marker_data() -> dict[str, Any]:
    return load_toml("mt_markers.toml")


@register
class MTMarkerDetector(Detector):
    name = "mt-markers"
    stage = "normalize"
    kinds = ("encoding",)

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "*" not in text:
            return
        from repair.langid.frequency import zipf

        data = marker_data()
        marks = []
        # Whether each line (by its start) may hold marks: no emphasis, no code.
        writable: dict[int, bool] = {}
        for match in _MARKED.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if line_start not in writable:
                line_end = text.find("\n", match.end())
                line = text[line_start : len(text) if line_end < 0 else line_end]
                writable[line_start] = not _CLOSING.search(line) and not any(
                    sign in line for sign in data["code_signs"]
                )
            if not writable[line_start]:
                continue
            word = match.group(2)
            english = zipf(word.lower(), doc.target_lang) >= float(data["min_english_zipf"])
            marks.append((match.start(), match.end(), word, english))
        foreign = sum(not english for *_, english in marks)
        if foreign < int(data["min_foreign_marks"]):
            return
        if foreign >= int(data["min_foreign_marks_for_others"]):
            marks.extend((m.start(), m.end(), m.group(2), True) for m in _OTHER.finditer(text))
        for start, end, word, _ in marks:
            yield Finding(
                start,
                end,
                "encoding",
                "encoding.mt-marker",
                0.9,
                f"{text[start:end]!r} before {word!r}: a translation engine's mark of a word "
                "it could not translate, no part of the text",
            )
