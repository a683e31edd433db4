"""A text with its lines, paragraphs and sentences, all as code-point spans.

Detectors ask the document for structure instead of each splitting the text again,
and every span they report stays an offset into the one input string.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import cache, cached_property
from itertools import accumulate
from typing import NamedTuple, TypeVar

T = TypeVar("T")

# Abbreviations after which a full stop does not end an English/French sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr gen col lt sgt capt gov sen rep rev hon mt ft vs etc inc
    ltd co corp dept univ jan feb mar apr jun jul aug sep sept oct nov dec no nos approx
    est fig vol e.g i.e u.s u.k u.n a.m p.m mm mme mlle m""".split()
)
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
_NEXT_VISIBLE = re.compile(r"\S")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)")
#: The characters a match of ``_SENTENCE_END`` starts with.
_SENTENCE_MARKS = ".!?…"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\r\n?|\n")
_WORD_RUN = re.compile(r"\w+")
#: What ``\\w`` matches in ASCII text.
_ASCII_WORD_CHARS = string.ascii_letters + string.digits + "_"


class Span(NamedTuple):
    """A half-open code-point range ``[start, end)`` of the document text.

    A named tuple, not a dataclass: documents make one per line and sentence, and tuples
    are several times cheaper to build.
    """

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


class Document:
    """The text under repair, with lazily computed structure."""

    def __init__(
        self,
        text: str,
        *,
        target_lang: str = "en",
        source_lang: str = "auto",
        focus: tuple[Span, ...] | None = None,
    ) -> None:
        self.text = text
        self.target_lang = target_lang
        self.source_lang = source_lang
        #: Where the text changed since detectors last saw it (``None``: everywhere). A
        #: re-run round only needs findings there: the rest was already looked at.
        self.focus = focus
        self._derived: dict[str, object] = {}

    def derived(self, key: str, compute: Callable[[str], T]) -> T:
        """``compute(text)``, computed once per document and shared by the detectors that
        need the same analysis (the name detectors' words, for one); ``key`` names it."""
        if key not in self._derived:
            self._derived[key] = compute(self.text)
        return self._derived[key]  # type: ignore[return-value]

    def in_focus(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` touches the focus (always, without one)."""
        if self.focus is None:
            return True
        return any(f.start <= end and start <= f.end for f in self.focus)

    def __len__(self) -> int:
        return len(self.text)

    @cached_property
    def lines(self) -> list[Span]:
        """Lines without their line break (``\\r\\n``, ``\\n`` or lone ``\\r`` ends them)."""
        text = self.text
        spans = []
        pos = 0
        if "\r" in text:
            for match in _LINE_BREAK.finditer(text):
                spans.append(Span(pos, match.start()))
                pos = match.end()
        else:  # the common case, done by str.split at C speed
            for line in text.split("\n")[:-1]:
                spans.append(Span(pos, pos + len(line)))
                pos += len(line) + 1
        if pos < len(text):
            spans.append(Span(pos, len(text)))
        return spans

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Blocks of text separated by blank lines, trimmed of surrounding white space."""
        spans = []
        pos = 0
        for match in _PARAGRAPH_BREAK.finditer(self.text):
            spans.extend(self._trimmed(pos, match.start()))
            pos = match.end()
        spans.extend(self._trimmed(pos, len(self.text)))
        return spans

    def _trimmed(self, start: int, end: int) -> list[Span]:
        chunk = self.text[start:end]
        stripped = chunk.strip()
        if not stripped:
            return []
        lead = len(chunk) - len(chunk.lstrip())
        return [Span(start + lead, start + lead + len(stripped))]

    @cached_property
    def line_sentences(self) -> list[list[Span]]:
        """The sentences of each line (of :attr:`lines`, in order), split once for every
        detector that looks at sentences line by line.

        The candidate ends are found in one pass over the text (none spans a line break, and
        the white space after a line's last one is its line break either way). A line
        without one, or whose only one ends it, is one sentence, trimmed: what
        :func:`split_sentences` makes of it (most lines of news); the others are split."""
        text = self.text
        ends = _sentence_ends(text)
        result = []
        at = 0
        for start, end in self.lines:
            # The ends inside the line: ``ends[at:after]`` (after its start, up to its end).
            at = bisect_right(ends, start, at)
            after = bisect_right(ends, end, at)
            if after == at or (
                after == at + 1 and (ends[at] == end or not text[ends[at] : end].strip())
            ):
                if start < end and not text[start].isspace() and not text[end - 1].isspace():
                    result.append([Span(start, end)])  # most lines: nothing to trim
                else:
                    result.append(_trim(text, start, end))
            else:
                result.append(split_sentences(text, start, end))
            at = after
        return result

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences within lines; a full stop after a known abbreviation does not split."""
        return [sentence for line in self.line_sentences for sentence in line]

    @cached_property
    def word_set(self) -> set[str]:
        """The distinct runs of word characters (``\\w+``) of the text, found once for the
        detectors that look words up by set (glued words, invented words; they must not
        change it): in ASCII text cut by :func:`ascii_runs`, a third of a scan's time, and
        block by block, so a long text's words are never all held in a list."""
        words: set[str] = set()
        text = self.text
        for start, end in line_blocks(text, LINE_BLOCK_CHARS):  # no run crosses a line break
            runs = ascii_runs(text[start:end], _ASCII_WORD_CHARS)
            words.update(_WORD_RUN.findall(text, start, end) if runs is None else runs)
        return words

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding ``offset``, if any."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def line_at(self, offset: int) -> Span | None:
        """The line holding ``offset`` (its end included: a span may end at a line's end)."""
        index = bisect_right(self._line_starts, offset) - 1
        if index >= 0 and offset <= self.lines[index].end:
            return self.lines[index]
        return None

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_at(self, offset: int) -> Span | None:
        """The paragraph holding ``offset``, if any."""
        index = bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and offset < self.paragraphs[index].end:
            return self.paragraphs[index]
        return None

    def lines_around(self, ranges: list[Span], neighbours: int = 1) -> tuple[Span, ...]:
        """The lines touching ``ranges`` and ``neighbours`` lines on each side, merged.

        A re-run round looks there: damage a fix uncovers sits next to it, and a phrase
        of hard-wrapped text may run on into the next line.
        """
        lines = self.lines
        if not lines:
            return (Span(0, len(self.text)),) if ranges else ()
        starts = [line.start for line in lines]
        merged: list[Span] = []
        for start, end in sorted(ranges):
            first = max(0, bisect_right(starts, start) - 1 - neighbours)
            last = min(len(lines) - 1, max(0, bisect_right(starts, end) - 1) + neighbours)
            span = Span(lines[first].start, lines[last].end)
            if merged and span.start <= merged[-1].end + 1:
                merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
            else:
                merged.append(span)
        return tuple(merged)


#: About how many characters of whole lines a block-by-block scan reads at a time.
LINE_BLOCK_CHARS = 1 << 16


def line_blocks(text: str, size: int = LINE_BLOCK_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive blocks of whole lines (each ends after a line feed,
    the last at the text's end) of about ``size`` characters, covering ``text``: a scan
    that finds nothing across a line break can read a long text block by block."""
    start = 0
    while start < len(text):
        cut = text.find("\n", start + size)
        end = len(text) if cut < 0 else cut + 1
        yield start, end
        start = end


def span_blocks(
    spans: Sequence[tuple[int, int]], size: int = LINE_BLOCK_CHARS
) -> Iterator[tuple[int, int]]:
    """``(first, stop)``: runs ``spans[first:stop]`` of consecutive spans (in text order),
    each run reaching at most ``size`` characters from its first span's start (a longer span
    is a run of its own): a scan by sentences or chunks reads a long text block by block."""
    first = 0
    while first < len(spans):
        start = spans[first][0]
        stop = first + 1
        while stop < len(spans) and spans[stop][1] - start <= size:
            stop += 1
        yield first, stop
        first = stop


def _sentence_ends(text: str) -> list[int]:
    """The ends of the matches of :data:`_SENTENCE_END` in ``text``, as ``finditer`` finds
    them: a match starts at one of its first characters, so those (found by
    :func:`offsets_of`, a few per line) are the only places tried, in order and not inside
    the match before (a scan by the pattern tries every position: 2.5x slower on news)."""
    ends = []
    after = 0
    match = _SENTENCE_END.match
    for at in sorted(offsets_of(text, _SENTENCE_MARKS)):
        if at >= after and (found := match(text, at)) is not None:
            after = found.end()
            ends.append(after)
    return ends


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]``, trimmed of white space."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group().startswith(".") and _is_abbreviation(text, match.start(), start):
            continue
        following = _NEXT_VISIBLE.search(text, match.end(), end)
        if following and not (
            (first := following.group()).isupper() or first.isdigit() or first in "\"'“‘«(["
        ):
            continue
        spans.extend(_trim(text, pos, match.end()))
        pos = match.end()
    spans.extend(_trim(text, pos, end))
    return spans


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    word_start = dot
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
        if dot - word_start > _LONGEST_ABBREVIATION:
            return False  # longer than any abbreviation, and no initial
    word = text[word_start:dot].lower()
    if not word:
        return False
    # Single capital letters are initials (J. Smith); known abbreviations never end a sentence.
    return word in ABBREVIATIONS or (len(word) == 1 and text[word_start].isupper())


def _trim(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end)] if start < end else []


def offsets_of(text: str, chars: str) -> list[int]:
    """Where each of ``chars`` occurs in ``text``, grouped by character: found by
    ``str.find``, which scans at memory speed (a character class scanned by a pattern is
    about thirty times slower), for characters a text holds few of."""
    found = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    return found


#: Tokens, their starts and their ends (offsets into the text).
SplitTokens = tuple[list[str], list[int], list[int]]


def split_tokens(
    splitter: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> SplitTokens:
    """The tokens of ``text[start:end]`` with their offsets into ``text`` (``splitter`` is
    a token pattern wrapped in one capturing group: ``split`` gives separators and tokens in
    turn, at C speed, and their lengths summed give every offset at once)."""
    parts = splitter.split(text[start:end] if start or end is not None else text)
    tokens = parts[1::2]
    offsets = list(accumulate(map(len, parts), initial=start))
    return tokens, offsets[1::2][: len(tokens)], offsets[2::2][: len(tokens)]


def token_ranges(starts: list[int], spans: list[Span]) -> list[tuple[int, int]]:
    """For each span, the range of token indices inside it (tokens starting at
    ``starts``): holds for spans whose edges no token crosses (sentences: they start and end
    beside white space or the text's ends, and tokens hold none)."""
    return [(bisect_left(starts, span.start), bisect_left(starts, span.end)) for span in spans]


def tokens_in_spans(
    splitter: re.Pattern[str], text: str, spans: list[Span], start: int = 0, end: int | None = None
) -> tuple[list[str], list[tuple[int, int]]]:
    """The tokens of ``text[start:end]`` (see :func:`split_tokens`) and for each span
    (inside it) the range of token indices inside the span: what a ``findall`` of the token
    pattern over each span would give, found in one pass (see :func:`token_ranges`)."""
    tokens, starts, _ = split_tokens(splitter, text, start, end)
    return tokens, token_ranges(starts, spans)


def ascii_runs(text: str, chars: str, lower: bool = False) -> list[str] | None:
    """The maximal runs of ``chars`` (ASCII characters, no white space) in ``text``, in
    order (lowered with ``lower``): what ``findall`` of ``[chars]+`` gives, made by
    ``bytes.translate`` and ``split`` at memory speed (a pattern scan of a text is three
    to four times slower); ``None`` when ``text`` is not ASCII (the caller scans it)."""
    if not text.isascii():
        return None
    return text.encode("ascii").translate(_run_table(chars, lower)).decode("ascii").split()


@cache
def _run_table(chars: str, lower: bool) -> bytes:
    """Each byte to itself (or its lower case) when in ``chars``, else to a space."""
    if not chars.isascii() or any(char.isspace() for char in chars):
        raise ValueError(f"ascii_runs: {chars!r} must be ASCII without white space")
    keep = set(chars.encode("ascii"))
    return bytes(
        (ord(chr(byte).lower()) if lower else byte) if byte in keep else 0x20 for byte in range(256)
    )
