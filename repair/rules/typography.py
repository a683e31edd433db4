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
def keep_first_word(text: str) -> str:
    """``the the`` → ``the``."""
    return text.split()[0]
