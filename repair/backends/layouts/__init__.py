"""Model layouts: one module per format users bring; ``recognise`` finds the right one."""

from __future__ import annotations

from repair.backends.archive import FileTree
from repair.backends.base import ModelError

# Importing a member registers it.
from repair.backends.layouts import argos, m2m100, nllb, opus_mt, repair  # noqa: F401
from repair.backends.layouts.base import LAYOUTS, ModelCard, ModelLayout, register


def recognise(tree: FileTree, label: str | None = None) -> ModelCard:
    """The card of the model in ``tree``, or a ModelError saying what was expected."""
    label = label or tree.label
    for _, layout_class in sorted(LAYOUTS.items(), key=lambda item: item[1].order):
        card = layout_class().recognise(tree, label)
        if card is not None:
            return card
    shown = ", ".join(sorted(tree.names)[:6]) or "no files"
    raise ModelError(
        f"{label}: not a translation model of a known layout ({', '.join(LAYOUTS)}; found {shown})"
    )


def layout(name: str) -> ModelLayout:
    return LAYOUTS.get(name)()


__all__ = ["LAYOUTS", "ModelCard", "ModelLayout", "recognise", "register", "layout"]
