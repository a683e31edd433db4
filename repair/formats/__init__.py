"""Output formats: one module per family member."""

from __future__ import annotations

# Importing a member registers it.
from repair.formats import diff, json, rdjsonl, sarif, text, unified  # noqa: F401
from repair.formats.base import FORMATS, Formatter, register

__all__ = ["FORMATS", "Formatter", "register"]
