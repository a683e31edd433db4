"""Detectors: one module per family member, each registered under its name."""

from __future__ import annotations

import importlib

from repair.detectors.base import DETECTORS, STAGES, Detector, register

# Modules are listed, not discovered, so that start-up imports stay cheap and explicit.
_MEMBERS = (
    "encoding",
    "entities",
    "named_entities",
    "invisible",
    "residue",
    "typography",
    "boilerplate",
    "duplicates",
    "glued",
    "literalisms",
    "garble",
    "names",
    "foreign",
)

for _module in _MEMBERS:
    importlib.import_module(f"repair.detectors.{_module}")

__all__ = ["DETECTORS", "STAGES", "Detector", "register"]
