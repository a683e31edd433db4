"""Fixes that remove whole lines: scraped boilerplate and repeated titles."""

from __future__ import annotations

from repair.rules import fix


@fix("boilerplate.line")
def drop_boilerplate_line(text: str) -> str:
    return ""


@fix("duplicate.title")
def drop_repeated_title(text: str) -> str:
    return ""
