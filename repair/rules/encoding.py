"""Fixes for encoding and markup damage: mojibake, broken entities, invisible characters."""

from __future__ import annotations

import html
import html.entities
import re
from functools import cache

import ftfy

from repair.rules import fix

# ftfy does the mojibake work (it knows far more encodings and heuristics than we would);
# everything that is not about encoding is switched off so that each of our own rules stays
# separately explainable: typographic quotes stay curly, line breaks stay as they were.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)


def ftfy_fix(text: str) -> tuple[str, list[str]]:
    """ftfy's repair of ``text`` and the names of the steps it took."""
    fixed, explanation = ftfy.fix_and_explain(text, config=FTFY_CONFIG)
    steps = [f"{step.action} {step.parameter}" for step in (explanation or [])]
    return fixed, steps


_SPACED_SEMICOLON = re.compile(r"[ \u00a0\u202f];$")


@fix("encoding.mojibake")
def fix_mojibake(text: str) -> str:
    return ftfy_fix(text)[0]


_REMNANT = re.compile(r"&?#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?")


def decode_numeric_reference(remnant: str) -> str:
    """``#x27;``, ``&#39``, ``#8217;`` → the character they name."""
    match = _REMNANT.fullmatch(remnant)
    if not match:
        raise ValueError(f"not a numeric character reference: {remnant!r}")
    code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
    return chr(code)


@fix("encoding.entity-remnant")
def fix_entity_remnant(text: str) -> str:
    return decode_numeric_reference(text)


@fix("encoding.entity-elision")
def drop_entity_elision(text: str) -> str:
    """The remnant was the apostrophe of a French elided article the translation dropped."""
    return ""


@fix("encoding.named-entity-remnant")
def fix_named_entity_remnant(text: str) -> str:
    """`` quot;`` / ``& rsquo;`` / ``&rsquo`` → the character; spaces in the span go."""
    return decode_named(text)


@cache
def entity_names() -> dict[str, str]:
    """Every HTML5 name (without ``;``) and the text it stands for."""
    names: dict[str, str] = {}
    for key, value in html.entities.html5.items():
        names.setdefault(key.rstrip(";"), value)
    return names


def decode_named(text: str) -> str:
    """What a torn named reference stands for (spaces around it go with it)."""
    name = text.strip().lstrip("&").strip(" \u00a0").rstrip(";")
    names = entity_names()
    if name in names:
        return names[name]
    raise ValueError(f"not a named character reference: {text!r}")


@fix("encoding.double-escape")
def fix_double_escape(text: str) -> str:
    """``&amp;#39;`` → ``'``: unescape until stable (at most a few levels)."""
    for _ in range(4):
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    return text


@fix("encoding.double-escape-markup")
def fix_double_escape_markup(text: str) -> str:
    """In HTML, ``&amp;#39;`` should have stayed one escape: ``&#39;``."""
    return html.unescape(text) if text.startswith("&amp;") else text


@fix("encoding.html-entity")
def fix_html_entity(text: str) -> str:
    """``&#39;`` → ``'``; a space French typography put before the ``;`` goes too."""
    return html.unescape(_SPACED_SEMICOLON.sub(";", text))


@fix("encoding.invisible")
def drop_invisible(text: str) -> str:
    """Control, zero-width and soft-hyphen characters carry nothing a reader sees."""
    return ""


@fix("encoding.invalid-utf8")
def replace_invalid_utf8(text: str) -> str:
    """Bytes kept as surrogate escapes -> U+FFFD, as a ``replace`` decoder would have written."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@fix("encoding.cp1252-bytes")
def decode_cp1252_bytes(text: str) -> str:
    """Bytes kept as surrogate escapes, read as Windows-1252 (a file that mixed encodings)."""
    return text.encode("utf-8", "surrogateescape").decode("cp1252", "replace")


@fix("encoding.mt-marker")
def drop_mt_marker(text: str) -> str:
    """``**`` before ``foudre`` -> nothing: a translation engine's mark of an unknown word."""
    return ""


@fix("encoding.stray-capital")
def drop_stray_capital(text: str) -> str:
    """``Ériots`` → ``Riots``: drop the glued capital, capitalise what it hid."""
    rest = text[1:]
    return rest[:1].upper() + rest[1:]
