"""Fixes for target-language typography."""

from __future__ import annotations

from repair.rules import fix


@fix("typography.space-before-punct")
def drop_space_before_punct(text: str) -> str:
    """``government .`` → ``government.``: English puts no space before ``. , ; : ! ?``."""
    return text.lstrip(" \t\u00a0\u202f\u2009")


@fix("typography.no-break-space")
def plain_space(text: str) -> str:
    return " "


@fix("typography.orphan-punct")
def drop_orphan_marks(text: str) -> str:
    """`` ;`` after ``.`` and before a space: drop the orphan marks."""
    return ""


@fix("typography.orphan-punct-glued")
def space_for_orphan_marks(text: str) -> str:
    """`` ;`` after ``.`` and glued to the next word (``. ;Aktau``): leave one space."""
    return " "


@fix("typography.repeated-word")
@fix("typography.word-loop")
def keep_first_word(text: str) -> str:
    """``the the`` → ``the``; a model's loop ``third third third`` → ``third``."""
    return text.split()[0]


@fix("typography.nbsp-before-mark")
def nbsp_before_mark(text: str) -> str:
    """``certaine;`` → ``certaine ;`` (no-break space): French typography."""
    return "\u00a0" + text


@fix("typography.guillemet-space")
def guillemet_space(text: str) -> str:
    """``«mot»`` → ``« mot »``, no-break spaces inside the guillemets."""
    return text + "\u00a0" if text == "«" else "\u00a0" + text


@fix("typography.guillemets")
def english_quotes(text: str) -> str:
    """``« `` or ``„`` → ``“``, and `` »`` or a German closing ``“`` → ``”``: English
    quotation marks, no space inside."""
    return "“" if "«" in text or "„" in text else "”"


@fix("typography.thousands-space")
def thousands_comma(text: str) -> str:
    """``1\u00a0200`` → ``1,200``: English groups digits with a comma."""
    return "".join("," if ch in "\u00a0\u202f\u2009" else ch for ch in text)


@fix("typography.quotes")
def german_quotes(text: str) -> str:
    """``“Wort”`` → ``„Wort“``: German opens low and closes with the English opening mark."""
    return "„" + text[1:-1] + "“"


@fix("typography.inverted-question")
def inverted_question(text: str) -> str:
    """``Qué pasa?`` → ``¿Qué pasa?``: the finding covers the first word."""
    return "¿" + text


@fix("typography.inverted-exclamation")
def inverted_exclamation(text: str) -> str:
    """``Qué bien!`` → ``¡Qué bien!``: the finding covers the first word."""
    return "¡" + text
