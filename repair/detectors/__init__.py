"""Detectors: one module per family member, each registered under its name."""

from __future__ import annotations

# Importing a member registers it: listed, not discovered, so start-up stays cheap and the
# layer test sees every edge.
from repair.detectors import (  # noqa: F401
    boilerplate,
    calques,
    duplicates,
    encoding,
    entities,
    foreign,
    garble,
    glued,
    invisible,
    literalisms,
    mt_markers,
    named_entities,
    names,
    residue,
    typography,
    undecodable,
)
from repair.detectors.base import DETECTORS, STAGES, Detector, register

__all__ = ["DETECTORS", "STAGES", "Detector", "register"]
