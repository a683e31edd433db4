"""Named-entity detectors (kind ``entity``): places checked against a gazetteer, and
people whose names a document spells two ways. Importing the package registers both."""

from __future__ import annotations

from repair.detectors.names import people, places  # noqa: F401
