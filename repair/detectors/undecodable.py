"""Bytes that were not UTF-8, read with ``--errors replace``.

The reader keeps each invalid byte as a surrogate escape (U+DC80–U+DCFF) instead of
replacing it on the spot, so that the replacement with U+FFFD is a recorded change like any
other: the report then holds the original bytes, and a revert gives the file back byte for
byte. The same characters in text from the API (decoded with ``surrogateescape``) get the
same repair; no other source makes them.

A byte that is a letter in Windows-1252 and sits against a letter (``Caf\xe9``) is almost
always one word of a file that mixed its encodings: it becomes that letter (``Café``), not a
replacement character. So do bytes 0x80–0x9F that Windows-1252 alone defines (curly quotes,
dashes, the ellipsis, the euro sign): in Latin-1 they are control codes no text holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.core.document import Document
from repair.core.edits import Finding
from repair.detectors.base import Detector, register

_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")


def _windows_1252(raw: bytes, beside: str) -> bool:
    """Whether ``raw`` reads as Windows-1252: letters against a letter, or its own marks."""
    try:
        decoded = raw.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined there too
        return False
    if all(0x80 <= byte <= 0x9F for byte in raw):
        return not any(char.isalnum() for char in decoded)
    return decoded.isalpha() and any(char.isalpha() for char in beside)


@register
class UndecodableDetector(Detector):
    name = "undecodable"
    stage = "normalize"
    kinds = ("encoding",)

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if text.isascii():
            return
        for match in _ESCAPED_BYTES.finditer(text):
            start, end = match.span()
            raw = match.group().encode("utf-8", "surrogateescape")
            if _windows_1252(raw, text[start - 1 : start] + text[end : end + 1]):
                letters = raw.decode("cp1252")
                yield Finding(
                    start,
                    end,
                    "encoding",
                    "encoding.cp1252-bytes",
                    0.8,
                    f"byte(s) {raw.hex(' ')} are not UTF-8; read as Windows-1252 (a file that "
                    f"mixed encodings) they are {letters!r}",
                )
                continue
            yield Finding(
                start,
                end,
                "encoding",
                "encoding.invalid-utf8",
                0.95,
                f"{len(raw)} byte(s) that are not UTF-8 ({raw.hex(' ')}) replaced with U+FFFD",
            )
