"""Pure fix functions, one per rule, registered by the rule id reports carry.

As in ftfy, a fix is a small pure function of the damaged text alone, so any change
in a report can be replayed: ``FIXES.get(change.rule)(change.original)`` gives its
replacement again. Detectors decide *where* a rule applies (that may need context);
the function here decides *what* the text becomes.
"""

from __future__ import annotations

from collections.abc import Callable

from repair.core.registry import Registry

FixFunction = Callable[[str], str]
FIXES: Registry[FixFunction] = Registry("fix")


def fix(rule: str) -> Callable[[FixFunction], FixFunction]:
    """Register ``function`` as the pure fix for ``rule``."""
    return FIXES.register(rule)


def replay(rule: str, original: str) -> str:
    """What the rule writes for ``original``."""
    return FIXES.get(rule)(original)


# Importing the modules registers their fixes.
from repair.rules import encoding, entity, layout, typography  # noqa: E402,F401
