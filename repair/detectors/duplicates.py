"""A sentence or a multi-word phrase repeated by the scraper: ``told Radio Canada Radio
Canada``, the same sentence twice in a row.

An exact repeat right after itself is removed (kind ``duplicate``); a near one (another
mark, another case) is flagged, since a writer may repeat on purpose. Single words are the
typography detector's (``the the``), where English doubles some (``had had``).
"""

from __future__ import annotations

import difflib
import re
import string
import struct
from collections.abc import Iterator
from itertools import repeat
from operator import and_

from repair.core.document import LINE_BLOCK_CHARS, Document, Span, ascii_runs, line_blocks
from repair.core.edits import Finding
from repair.data import load_toml
from repair.detectors.base import Detector, register

_WORD = re.compile(r"\w+")
_PHRASE_TOKEN = re.compile(r"[\w'’-]+")


def duplicate_data() -> dict:
    return load_toml("scraped.toml")["duplicates"]


#: The characters of :data:`_WORD` in ASCII text.
_WORD_ASCII = string.ascii_letters + string.digits + "_"


def sentence_words(sentence: str) -> list[str]:
    """The casefolded runs of word characters (:data:`_WORD`) of a sentence; in ASCII text
    (where casefolding is lowering) cut by :func:`ascii_runs`, a third of a scan's time."""
    runs = ascii_runs(sentence, _WORD_ASCII, lower=True)
    return _WORD.findall(sentence.casefold()) if runs is None else runs


def _near(
    first: str,
    second: str,
    ratio: float,
    words: tuple[list[str], list[str]] | None = None,
) -> bool:
    """Same words, or nearly (difflib's ratio), the cheap bounds tried first. ``words``:
    the two sentences' :func:`sentence_words`, when the caller has them."""
    if min(len(first), len(second)) < ratio * max(len(first), len(second)):
        return False
    first_words, second_words = words or (sentence_words(first), sentence_words(second))
    words_a, words_b = set(first_words), set(second_words)
    if len(words_a & words_b) < ratio * len(words_a | words_b) - 1:
        return False
    a, b = " ".join(first_words), " ".join(second_words)
    if a == b:
        return True
    matcher = difflib.SequenceMatcher(None, a, b)
    return (
        matcher.real_quick_ratio() >= ratio
        and matcher.quick_ratio() >= ratio
        and matcher.ratio() >= ratio
    )


# Texts of this many words or more are scanned with arrays.
_ARRAYS_FROM = 1000
#: The bits of a word's hash the short scan compares.
_LOW_BITS = 0xFFFF
#: The word hash the short scan compares (a name of its own, so a test can make it collide).
_word_hash = hash


def _repeat_starts(words: list[str], longest: int) -> list[int]:
    """Where 2 to ``longest`` words are said again right after themselves, word for word:
    the only places a repeated phrase can start (array comparisons, not a loop per word)."""
    if len(words) < _ARRAYS_FROM:
        return _short_repeat_starts(words, longest)
    import numpy as np  # here: a short run starts without it

    index = {word: number for number, word in enumerate(dict.fromkeys(words))}
    ids = np.fromiter(map(index.__getitem__, words), dtype=np.int64, count=len(words))
    starts: set[int] = set()
    for size in range(2, longest + 1):
        if 2 * size > len(ids):
            break
        same = np.concatenate(([0], np.cumsum(ids[:-size] == ids[size:])))
        # words[i : i + size] == words[i + size : i + 2 * size] for i <= len - 2 * size
        runs = same[size : len(ids) - size + 1] - same[: len(ids) - 2 * size + 1]
        starts.update(np.flatnonzero(runs == size).tolist())
    return sorted(starts)


def _short_repeat_starts(words: list[str], longest: int) -> list[int]:
    """:func:`_repeat_starts` for a short text (a document of news paragraphs), without
    numpy (a short run starts without it) and without a Python step for each word: the
    words' hashes, as one integer of 16 bits a word, XOR the same shifted by ``size``
    words; a run of ``size`` zero words there is a candidate (a zero word: two equal
    hashes), found by ``bytes.find`` and compared word for word (a hash collision is only
    a candidate that fails). On clean news it is a third faster than comparing the word
    lists ``size`` apart, which takes a step for each pair of equal common words."""
    count = len(words)
    found: set[int] = set()
    if count < 4:
        return []
    # Sixteen bits of each hash are enough to find candidates (every one is compared word
    # for word): the integers are a quarter of the size. ``struct.pack`` of the hashes as
    # arguments: an ``array`` filled from an iterator appends them one by one, slower.
    hashes = map(and_, map(_word_hash, words), repeat(_LOW_BITS))
    value = int.from_bytes(struct.pack(f"<{count}H", *hashes), "little")
    for size in range(2, longest + 1):
        if 2 * size > count:
            break
        zeros = (value ^ (value >> (16 * size))).to_bytes(2 * count, "little")
        run = bytes(2 * size)
        at = zeros.find(run)
        while at >= 0:
            index = -(-at // 2)  # the first whole word of the run of zero bytes
            if (
                index <= count - 2 * size
                and words[index : index + size] == words[index + size : index + 2 * size]
            ):
                found.add(index)
            at = zeros.find(run, 2 * index + 1)
    return sorted(found)


#: The characters of :data:`_PHRASE_TOKEN` in ASCII text (where `\w` is `[A-Za-z0-9_]`).
_PHRASE_ASCII = string.ascii_letters + string.digits + "_'-"


def _cells(
    text: str, words: list[str], tokens: dict[int, tuple[int, int]], index: int, size: int
) -> bool:
    """A repeat of table cells, not a scraper's doubled phrase: the unit comes a third time
    (`Yes Yes Yes`), is one word said over (`iOS Yes Yes Yes Yes Yes`: an odd row of cells
    read as `Yes Yes` twice), or its line holds no lower-case word (a flattened row,
    `Windows Yes Yes No`; prose around a doubled name has some: `told Radio Canada Radio
    Canada that`)."""
    third = index + 2 * size
    unit = words[index : index + size]
    if words[third : third + size] == unit or len(set(unit)) == 1:
        return True
    at = tokens[index][0]
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not any(word[:1].islower() for word in line.split())


def _phrase_words(text: str, start: int, end: int) -> list[str]:
    """The casefolded tokens of ``text[start:end]``; in ASCII text (most news) cut by
    :func:`ascii_runs`, whose lower case is the casefold there, a fourth of a scan's time."""
    words = ascii_runs(text[start:end], _PHRASE_ASCII, lower=True)
    if words is not None:
        return words
    joined = "\n".join(_PHRASE_TOKEN.findall(text, start, end))
    # casefold works character by character and no token holds a newline: one call.
    return joined.casefold().split("\n") if joined else []


def sentence_repeat(
    previous: Span,
    current: Span,
    first: str,
    second: str,
    ratio: float,
    words: tuple[list[str], list[str]] | None = None,
) -> Finding | None:
    """The finding for a sentence (``second``, at ``current``) after ``first``: the same
    text is removed with the blanks before it (the text reads as before), a near repeat
    (``_near``, given the sentences' ``words`` if known) is flagged, anything else is no
    repeat."""
    if first == second:
        return Finding(
            previous.end,
            current.end,
            "duplicate",
            "duplicate.sentence",
            0.9,
            f"the sentence {first[:60]!r} is repeated right after itself",
            action="remove",
            suggestion="",
        )
    if _near(first, second, ratio, words):
        return Finding(
            current.start,
            current.end,
            "duplicate",
            "duplicate.sentence",
            0.6,
            f"the sentence {second[:60]!r} nearly repeats the one before it",
            action="flag",
        )
    return None


def _an_outcry(text: str, previous: Span, current: Span, first: str, table: dict) -> bool:
    """Whether ``first`` is a cry or a question of at most ``max_outcry_words`` words (ending
    in ``!`` or ``?``) said again on the same line: a writer's emphasis, not a scraper's."""
    most = int(table.get("max_outcry_words", 0))
    return (
        first.rstrip().endswith(("!", "?"))
        and len(_WORD.findall(first)) <= most
        and "\n" not in text[previous.end : current.start]
    )


@register
class DuplicateDetector(Detector):
    name = "duplicates"
    kinds = ("duplicate",)

    def detect(self, doc: Document) -> Iterator[Finding]:
        table = duplicate_data()
        yield from self._sentences(doc, table)
        if doc.target_lang in table["phrase_targets"]:
            yield from self._phrases(doc.text, table)

    @staticmethod
    def _sentences(doc: Document, table: dict) -> Iterator[Finding]:
        text = doc.text
        shortest = int(table["min_sentence_words"])
        ratio = float(table["near_ratio"])
        sentences = doc.sentences
        lengths = [end - start for start, end in sentences]
        # Each sentence's words, cut once though it is compared with both neighbours.
        words: dict[int, list[str]] = {}
        for index in range(1, len(sentences)):
            # Neither the same nor near (``_near``'s first bound), told by the spans' lengths
            # before any text is cut: most pairs of sentences stop here.
            a, b = lengths[index - 1], lengths[index]
            shorter, longer = (a, b) if a < b else (b, a)
            if shorter != longer and shorter < ratio * longer:
                continue
            previous, current = sentences[index - 1], sentences[index]
            first, second = previous.of(text), current.of(text)
            same = first == second
            if not same and shorter < ratio * longer:
                continue  # (equal lengths, another text, and a ratio above 1)
            if index - 1 not in words:
                words[index - 1] = sentence_words(first)
            first_words = words[index - 1]
            # In ASCII text the casefolded words are the words (``_WORD``), one for one.
            count = len(first_words) if first.isascii() else len(_WORD.findall(first))
            if count < shortest:
                continue
            second_words = words[index] = sentence_words(second)
            finding = sentence_repeat(
                previous, current, first, second, ratio, (first_words, second_words)
            )
            if finding is not None and _an_outcry(text, previous, current, first, table):
                # A writer says a short cry twice on one line (`Don't be angry! Don't be
                # angry!`): emphasis, only flagged; a scraper doubles lines and paragraphs.
                finding = Finding(
                    current.start,
                    current.end,
                    "duplicate",
                    "duplicate.sentence",
                    0.5,
                    f"the cry {second[:60]!r} is said twice on one line (a writer's emphasis?)",
                    action="flag",
                )
            if finding is not None:
                yield finding

    @classmethod
    def _phrases(cls, text: str, table: dict, block: int = LINE_BLOCK_CHARS) -> Iterator[Finding]:
        """Word runs said twice in a row, block of lines by block of lines: a repeat never
        spans a line break (only spaces and tabs may stand between its words), so a long
        text's words are never all held at once."""
        for start, end in line_blocks(text, block):
            yield from cls._phrases_in(text, table, start, end)

    @staticmethod
    def _phrases_in(text: str, table: dict, start: int, end: int) -> Iterator[Finding]:
        """Word runs said twice in a row in ``text[start:end]``, found on tokens (a regex
        with a back-reference tried at every word was a hundred times slower on news)."""
        longest = int(table["max_phrase_words"])
        joining = frozenset(table["joining_words"])
        words = _phrase_words(text, start, end)
        starts = _repeat_starts(words, longest)
        if not starts:
            return
        # Offsets only of the words a repeat may cover (memory stays small on a long text).
        needed = {k for index in starts for k in range(index, index + 2 * longest)}
        last = max(needed)
        tokens = {}
        for k, match in enumerate(_PHRASE_TOKEN.finditer(text, start, end)):
            if k in needed:
                tokens[k] = match.span()
                if k == last:
                    break  # no repeat needs a word after this one
        done = 0
        for index in starts:
            if index < done:
                continue
            found = None
            for size in range(2, longest + 1):
                if index + 2 * size > len(words):
                    break
                if words[index] != words[index + size]:
                    continue
                if words[index : index + size] != words[index + size : index + 2 * size]:
                    continue
                gaps = [
                    text[tokens[k][1] : tokens[k + 1][0]]
                    for k in range(index, index + 2 * size - 1)
                ]
                if all(gap and not gap.strip(" \t") for gap in gaps):
                    found = size
                    break
            if found is None or (found == 2 and joining & {words[index], words[index + 1]}):
                continue
            if _cells(text, words, tokens, index, found):
                done = index + 2 * found
                continue
            first = text[tokens[index][0] : tokens[index + found - 1][1]]
            second_start = tokens[index + found][0]
            second_end = tokens[index + 2 * found - 1][1]
            second = text[second_start:second_end]

            if first == second:
                # A repeated name is the scraper's (a link text printed twice); a repeated
                # ``of the`` is also a writer's slip, which clean news has: it needs other
                # damage in the document to be removed (the pipeline's corroboration).
                name = all(word[0].isupper() for word in first.split())
                yield Finding(
                    tokens[index + found - 1][1],
                    second_end,
                    "duplicate",
                    "duplicate.phrase",
                    float(table["name_confidence"] if name else table["phrase_confidence"]),
                    f"{first!r} is said twice in a row",
                    action="remove",
                    suggestion="",
                )
            else:
                yield Finding(
                    second_start,
                    second_end,
                    "duplicate",
                    "duplicate.phrase",
                    0.6,
                    f"{second!r} repeats {first!r} right before it",
                    action="flag",
                )
            done = index + 2 * found
