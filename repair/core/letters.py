"""Letters without their accents, one definition for every fold of the project.

Gazetteer keys, boilerplate title keys and the characters a translation model's tokenizer
never saw all need ``Łódź`` → ``Lodz``; Unicode decomposition gives most of it, and a few
letters it does not decompose are spelled here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from repair.core.document import LINE_BLOCK_CHARS, line_blocks

#: Letters NFKD does not decompose into a base letter plus a mark.
_SPECIAL_LETTERS = str.maketrans(
    {
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "ẞ": "SS",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D",
        "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    }
)  # fmt: skip


def strip_accents(text: str) -> str:
    """``Nečas`` → ``Necas``, ``Straße`` → ``Strasse``: the letters without their marks."""
    if text.isascii():
        return text  # no mark, no special letter: told without a step per character
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def lower_text(text: str, block: int = LINE_BLOCK_CHARS) -> str:
    """``text.lower()``, a block of lines at a time (:func:`repair.core.document.line_blocks`):
    ``str.lower`` of a whole long text holds a buffer of 12 bytes a character while it works
    (a long run's peak memory). Lines are lowered alike alone or together (a line break is
    no letter nor one a letter may ignore), save a final sigma, whose form depends on what
    follows: a text holding ``Σ`` is lowered whole."""
    if len(text) <= block or "Σ" in text:
        return text.lower()
    return "".join(text[start:end].lower() for start, end in line_blocks(text, block))


class LetterPattern:
    """A regular expression over letters, written with ``{L}`` for a letter (``[^\\W\\d_]``),
    compiled twice: as written, and with ``[A-Za-z]`` for ``{L}``, which matches the same in
    a text of ASCII characters only (there ``\\w`` is ``[A-Za-z0-9_]``) and is tested
    faster than a class of Unicode categories (a quarter less time to split news into words;
    most articles are ASCII, and ``str.isascii`` knows without a scan)."""

    __slots__ = ("full", "ascii")

    def __init__(self, template: str) -> None:
        self.full = re.compile(template.replace("{L}", r"[^\W\d_]"))
        self.ascii = re.compile(template.replace("{L}", "[A-Za-z]"))

    def on(self, text: str) -> re.Pattern[str]:
        """The pattern to search ``text`` (or any part of it) with."""
        return self.ascii if text.isascii() else self.full


#: The letters a one-letter slip of an English-spelled word may bring in.
PLAIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_edit(word: str) -> Iterator[str]:
    """Every string one slip from ``word``: a letter dropped, swapped with the next, changed
    or added (the typos a writer makes, and the candidates a spelling check tries)."""
    for cut in range(len(word) + 1):
        head, tail = word[:cut], word[cut:]
        if tail:
            yield head + tail[1:]
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]
            for letter in PLAIN_LETTERS:
                if letter != tail[0]:
                    yield head + letter + tail[1:]
        for letter in PLAIN_LETTERS:
            yield head + letter + tail
