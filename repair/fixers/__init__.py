"""Fixers: one module per family member. Order matters: the first that handles a finding wins."""

from __future__ import annotations

# Importing a member registers it.
from repair.fixers import rule, translate  # noqa: F401
from repair.fixers.base import FIXERS, Fixer, register

#: The order in which fixers are offered a finding.
FIXER_ORDER: tuple[str, ...] = ("rule", "translate")

__all__ = ["FIXERS", "FIXER_ORDER", "Fixer", "register"]
