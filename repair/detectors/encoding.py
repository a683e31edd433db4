"""Mojibake, found by a cheap scan and repaired by ftfy.

ftfy is only asked about lines that its own fast badness regex, a replacement
character or a C1 control makes suspicious, so clean text costs one scan. Each damaged
token becomes one finding, so a reviewer sees ``cafÃ©`` → ``café`` and not a whole line.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from ftfy.badness import is_bad

from repair.core.document import Document
from repair.core.edits import Finding
from repair.detectors.base import Detector, register
from repair.rules.encoding import ftfy_fix

_SUSPECT = re.compile(r"[\x80-\x9f\ufffd]")
_TOKEN = re.compile(r"\S+")


def suspicious(line: str) -> bool:
    return not line.isascii() and (bool(_SUSPECT.search(line)) or is_bad(line))


@register
class MojibakeDetector(Detector):
    name = "mojibake"
    stage = "normalize"
    kinds = ("encoding",)

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if text.isascii():
            return
        for line in doc.lines:
            chunk = line.of(text)
            if not suspicious(chunk):
                continue
            fixed, steps = ftfy_fix(chunk)
            if fixed != chunk:
                yield from self._token_findings(chunk, fixed, line.start, steps)
            else:
                yield from self._lone_tokens(chunk, line.start)

    def _lone_tokens(self, chunk: str, offset: int) -> Iterator[Finding]:
        """Suspicious tokens of a line ftfy leaves alone as a whole.

        ftfy judges the line's text as one: a mojibaked token beside correctly accented
        words (``Ériots Ã\ufffd``, after an earlier round repaired the first word) can pass
        there, and each repair round would stop one layer short.
        """
        for match in _TOKEN.finditer(chunk):
            token = match.group()
            if token.isascii() or not suspicious(token):
                continue
            fixed, steps = ftfy_fix(token)
            if fixed != token:
                yield _finding(offset + match.start(), token, fixed, steps, in_context=False)

    def _token_findings(
        self, chunk: str, fixed: str, offset: int, steps: list[str]
    ) -> Iterator[Finding]:
        tokens = [m.span() for m in _TOKEN.finditer(chunk)]
        matcher = difflib.SequenceMatcher(None, chunk, fixed, autojunk=False)
        regions: list[tuple[int, int, int, int]] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            start, end = _widen_to_tokens(tokens, i1, i2)
            j_start, j_end = j1 - (i1 - start), j2 + (end - i2)
            if regions and start <= regions[-1][1]:
                prev = regions.pop()
                start, j_start = prev[0], prev[2]
            regions.append((start, end, j_start, j_end))
        for start, end, j_start, j_end in regions:
            original = chunk[start:end]
            token_fix, token_steps = ftfy_fix(original)
            in_context = fixed[j_start:j_end]
            # The token alone gives the same answer almost always; if not, trust the line.
            yield _finding(
                offset + start,
                original,
                in_context,
                token_steps or steps,
                in_context=token_fix != in_context,
            )


def _finding(start: int, original: str, fixed: str, steps: list[str], in_context: bool) -> Finding:
    """One mojibaked token; a repair that only the whole line's reading gives carries its
    text as the suggestion (``encoding.mojibake-line``), the rule replays the others."""
    return Finding(
        start=start,
        end=start + len(original),
        kind="encoding",
        rule="encoding.mojibake-line" if in_context else "encoding.mojibake",
        confidence=0.95,
        message=f"mojibake {original!r} → {fixed!r} (ftfy: {', '.join(steps) or 'fix_text'})",
        suggestion=fixed if in_context else None,
    )


def _widen_to_tokens(tokens: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    for t_start, t_end in tokens:
        if t_end < start:
            continue
        if t_start > end:
            break
        if t_start <= start <= t_end:
            start = t_start
        if t_start <= end <= t_end:
            end = t_end
    return start, end
