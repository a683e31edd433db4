"""Output formats: one module per family member."""

from __future__ import annotations

import importlib

from repair.formats.base import FORMATS, Formatter, register

_MEMBERS = ("text", "json", "diff", "sarif", "rdjsonl", "unified")

for _module in _MEMBERS:
    importlib.import_module(f"repair.formats.{_module}")

__all__ = ["FORMATS", "Formatter", "register"]
