"""Letters without their accents, one definition for every fold of the project.

Gazetteer keys, boilerplate title keys and the characters a translation model's tokenizer
never saw all need ``Łódź`` → ``Lodz``; Unicode decomposition gives most of it, and a few
letters it does not decompose are spelled here.
"""

from __future__ import annotations

import unicodedata

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
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))
