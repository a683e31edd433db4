"""What a repair gives back: the input, the repaired text and the changes between them.

It lives in the core, beside the changes it holds, so that output formats, the review page
and the frontends can read a result without importing the pipeline that makes one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from repair.core.edits import Change
from repair.core.report import make_report


@dataclass(frozen=True)
class RepairResult:
    """The input, the repaired text and the changes between them."""

    input: str
    text: str
    changes: tuple[Change, ...]
    #: The article's language when the run found it (``--target-lang auto``), else ``None``.
    target_lang: str | None = None

    @property
    def changed(self) -> bool:
        return self.text != self.input

    @property
    def text_changes(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.replacement is not None)

    @property
    def flags(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.replacement is None)

    def report(self) -> dict[str, Any]:
        return make_report(self.text, self.changes, self.target_lang)
