"""Line and column numbers of code-point offsets, as every output that locates a change
(text, diff, SARIF, reviewdog, the review page) reports them."""

from __future__ import annotations

import re
from bisect import bisect_right

_LINE_END = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """``line_col`` for many offsets of one text: built once, then a binary search each.

    Formats that locate every change (SARIF, reviewdog, the review page) would otherwise
    rescan the text before each change: quadratic on a long article.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [match.end() for match in _LINE_END.finditer(text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """The same answer as :func:`line_col` (even between the CR and LF of a CRLF)."""
        text = self.text
        if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
            return bisect_right(self.starts, offset) + 1, 1
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset (a lone CR also ends a line)."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    return line, len(before) - (before.rfind("\n") + 1) + 1
