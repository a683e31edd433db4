"""Fixers: one module per family member. Order matters: the first that handles a finding wins."""

from __future__ import annotations

import importlib

from repair.fixers.base import FIXERS, Fixer, register

_MEMBERS = ("rule", "translate")

for _module in _MEMBERS:
    importlib.import_module(f"repair.fixers.{_module}")

#: The order in which fixers are offered a finding.
FIXER_ORDER: tuple[str, ...] = _MEMBERS

__all__ = ["FIXERS", "FIXER_ORDER", "Fixer", "register"]
