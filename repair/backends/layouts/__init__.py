"""Model layouts: one module per format users bring; ``recognise`` finds the right one."""

from __future__ import annotations

import importlib

from repair.backends.archive import FileTree
from repair.backends.base import ModelError
from repair.backends.layouts.base import LAYOUTS, ModelCard, ModelLayout, register

_MEMBERS = ("repair", "argos", "nllb", "m2m100", "opus_mt")

for _module in _MEMBERS:
    importlib.import_module(f"repair.backends.layouts.{_module}")


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
