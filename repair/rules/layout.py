"""Fixes that remove whole lines: scraped boilerplate and repeated titles."""

from __future__ import annotations

from repair.rules import fix


@fix("boilerplate.line")
@fix("boilerplate.orphan-title")
@fix("boilerplate.section-list")
@fix("boilerplate.link-run")
@fix("boilerplate.calendar")
@fix("boilerplate.contents")
def drop_boilerplate_line(text: str) -> str:
    """A whole line of page furniture goes, with its line break."""
    return ""


@fix("duplicate.title")
def drop_repeated_title(text: str) -> str:
    return ""
