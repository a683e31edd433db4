"""What the name detectors share: words with their offsets, capitalised runs, case.

Names are found by their shape (capitalised words), not by a tagger: the detectors
only act on words the gazetteer or the document itself vouches for.
"""

from __future__ import annotations

import re
from abc import ABC
from array import array
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate, compress, count
from operator import itemgetter
from typing import ClassVar, NamedTuple

from repair.core.document import LINE_BLOCK_CHARS, Document, SplitTokens, offsets_of
from repair.core.letters import LetterPattern
from repair.detectors.base import Detector
from repair.langid.frequency import zipf

#: A sentence is left in the source language when at least this share of its lower-case
#: words is clearly more frequent there than in English (and it has a few of them).
SOURCE_SHARE = 0.5
SOURCE_MARGIN = 1.0
SOURCE_MIN_WORDS = 3

# A word: letters, possibly joined by hyphens (Nur-Sultan, Kassym-Jomart).
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: The same, capturing: ``split`` gives separators and words in turn, at C speed.
_WORD_SPLIT = LetterPattern(r"({L}++(?:-{L}++)*+)")  # possessive: see lexicon._FAST_WORD
_FIRST = itemgetter(0)
_APOSTROPHE = re.compile(r"['’]")
_SPACE = re.compile(r"\s")
#: Characters of text split at a time (the parts of a piece are strings for a moment).
_PIECE = 1 << 16


class Word(NamedTuple):
    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]``, with offsets into ``text``."""
    end = len(text) if end is None else end
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


class Tokens:
    """The words of a text as arrays of starts and ends, plus the indices of the capitalised
    ones: the same words as :func:`words`, without a Python object per word (clean news is
    mostly lower-case words the name detectors never look at) and in a few bytes per word
    (a long file's words as strings would weigh several times the text). Indexing gives a
    :class:`Word`, made on demand; :meth:`spelling` gives one word's text."""

    __slots__ = ("text", "starts", "ends", "capitalised", "_capitalised_spellings")

    def __init__(self, text: str, spans: Iterable[tuple[int, int]] = ((0, -1),)) -> None:
        self.text = text
        # Four bytes a number (offsets below 2**32: the command line repairs a text over
        # 32 MB in chunks, cli/large_files.py).
        self.starts = array("I")
        self.ends = array("I")
        #: Indices of the words whose first letter is a capital.
        self.capitalised = array("I")
        self._capitalised_spellings: list[str] | None = None
        for start, end in spans:
            end = len(text) if end < 0 else end
            while start < end:
                # Pieces cut at white space (no word spans it) bound the strings made here.
                cut = _SPACE.search(text, min(start + _PIECE, end), end)
                stop = cut.start() if cut else end
                piece = text[start:stop]
                parts = _WORD_SPLIT.on(piece).split(piece)
                offsets = list(accumulate(map(len, parts), initial=start))
                first = len(self.starts)
                self.starts.extend(offsets[1:-1:2])
                self.ends.extend(offsets[2::2])
                self.capitalised.extend(
                    compress(count(first), map(str.isupper, map(_FIRST, parts[1::2])))
                )
                start = stop

    @classmethod
    def of_words(cls, text: str, found: SplitTokens) -> Tokens:
        """The tokens of ``text`` made from its words as the foreign-text triages split it
        (:func:`repair.langid.lexicon.text_words`, reused rather than split again): a name
        word is such a word cut at its apostrophes (``l'Élysée``: ``l``, ``Élysée``). A word
        joins runs of letters by hyphens and apostrophes each between two letters, and a
        name word by hyphens alone, so the pieces are exactly the name words. The words
        go into the arrays as they are, and the few that hold an apostrophe are then
        replaced there by their pieces (no copy of the lists of every word)."""
        spellings, starts, ends = found
        tokens = cls.__new__(cls)
        tokens.text = text
        tokens.starts = array("I", starts)
        tokens.ends = array("I", ends)
        # 1 for a word whose first letter is a capital (a cut word's pieces: their own).
        upper = _capital_flags(spellings)
        if "'" in text or "’" in text:
            for index in _holding_apostrophes(text, starts, ends):
                _cut_at_apostrophes(tokens, upper, index, spellings[index])
        tokens.capitalised = array("I", compress(count(), upper))
        tokens._capitalised_spellings = None
        return tokens

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index: int) -> Word:
        if index < 0:
            raise IndexError(index)
        return Word(self.starts[index], self.ends[index], self.spelling(index))

    def spelling(self, index: int) -> str:
        """The text of word ``index``."""
        return self.text[self.starts[index] : self.ends[index]]

    def capitalised_spellings(self) -> list[str]:
        """The texts of the capitalised words (:attr:`capitalised`), in order: made once
        for both name detectors (people and places read them all) of a short text; a long
        one's are made at each ask, not kept (they would weigh a few bytes a word more)."""
        found = self._capitalised_spellings
        if found is None:
            found = self.spellings(self.capitalised)
            if len(self.text) <= LINE_BLOCK_CHARS:
                self._capitalised_spellings = found
        return found

    def spellings(self, indices: list[int]) -> list[str]:
        """The texts of the words ``indices`` (sliced in C, no Python call per word)."""
        starts = map(self.starts.__getitem__, indices)
        ends = map(self.ends.__getitem__, indices)
        return list(map(self.text.__getitem__, map(slice, starts, ends)))


#: An ASCII byte to 1 if it is a capital letter (what ``str.isupper`` says of it), else 0.
_ASCII_CAPITALS = bytes(1 if 0x41 <= byte <= 0x5A else 0 for byte in range(256))


def _capital_flags(spellings: list[str]) -> bytearray:
    """1 for each word whose first letter is a capital, else 0: the first letters joined
    and, when ASCII (most news), read by ``bytes.translate`` (a third less time than a
    ``str.isupper`` call per word, which other letters still take)."""
    firsts = "".join(map(_FIRST, spellings))
    if firsts.isascii():
        return bytearray(firsts.encode("ascii").translate(_ASCII_CAPITALS))
    return bytearray(map(str.isupper, firsts))


def _holding_apostrophes(text: str, starts: list[int], ends: list[int]) -> list[int]:
    """The indices of the words (``starts``, ``ends``) that hold an apostrophe, last first:
    the apostrophes are found in the text (few) and each placed in its word by bisection,
    so the words without one are never looked at one by one."""
    inside: set[int] = set()
    for at in offsets_of(text, "'’"):
        index = bisect_right(starts, at) - 1
        if index >= 0 and at < ends[index]:
            inside.add(index)
    return sorted(inside, reverse=True)


def _cut_at_apostrophes(tokens: Tokens, upper: bytearray, index: int, spelling: str) -> None:
    """Replace word ``index`` of ``tokens`` (and its capital flag in ``upper``) by its
    pieces between apostrophes; the words before it keep their indices."""
    pieces = _APOSTROPHE.split(spelling)
    firsts, lasts = array("I"), array("I")
    start = tokens.starts[index]
    for piece in pieces:
        firsts.append(start)
        start += len(piece)
        lasts.append(start)
        start += 1
    tokens.starts[index : index + 1] = firsts
    tokens.ends[index : index + 1] = lasts
    upper[index : index + 1] = bytes(piece[0].isupper() for piece in pieces)


def document_words(doc: Document) -> Tokens:
    """The words of the whole document, found once for all the name detectors: from the
    words the foreign-text triages split a short text into (one split of the text shared,
    and the first to ask makes it), a long one's piece by piece (bounded memory)."""
    if len(doc.text) <= LINE_BLOCK_CHARS:
        from repair.langid.lexicon import text_words  # here: its tables load when used

        return doc.derived("name-tokens", lambda text: Tokens.of_words(text, text_words(doc)))
    return doc.derived("name-tokens", Tokens)


def joined_by_space(text: str, left: Word, right: Word) -> bool:
    """Two words separated by exactly one space: parts of one name."""
    return right.start == left.end + 1 and text[left.end] == " "


def capitalised_runs(text: str, tokens: Tokens) -> list[list[int]]:
    """Indices of maximal runs of capitalised words separated by single spaces."""
    runs: list[list[int]] = []
    starts, ends = tokens.starts, tokens.ends
    previous = -2
    for index in tokens.capitalised:
        if (
            index == previous + 1
            and starts[index] == ends[previous] + 1
            and text[ends[previous]] == " "
        ):
            runs[-1].append(index)
        else:
            runs.append([index])
        previous = index
    return runs


def same_case(replacement: str, original: str) -> str:
    """``MOSCOU`` → ``MOSCOW``: an all-capitals original gets an all-capitals repair."""
    return replacement.upper() if original.isupper() and len(original) > 1 else replacement


class NameDetector(Detector, ABC):
    """Base of the entity detectors: English targets, kind ``entity``."""

    kinds: ClassVar[tuple[str, ...]] = ("entity",)
    languages: ClassVar[tuple[str, ...] | None] = ("en",)

    def settings(self, defaults: dict) -> dict:
        """The data file's settings with this run's ``options[name]`` laid over them.

        Tables merge key by key, so ``{"fuzzy": {"min_score": 95}}`` keeps the other
        fuzzy settings; an unknown key is refused rather than silently ignored.
        """
        options = self.config.options.get(self.name, {})
        merged = dict(defaults)
        for key, value in options.items():
            if key not in defaults:
                raise ValueError(f"unknown option {key!r} for detector {self.name!r}")
            default = defaults[key]
            merged[key] = {**default, **value} if isinstance(default, dict) else value
        return merged

    def source_lang(self, default: str) -> str:
        """The language translated from; ``auto`` means the project's usual source."""
        lang = self.config.source_lang
        return default if lang in ("auto", "", None) else lang

    @staticmethod
    def tokens(doc: Document) -> Tokens:
        """The words of the document, or of its focus in a re-run round."""
        if doc.focus is None:
            return document_words(doc)
        return Tokens(doc.text, doc.focus)

    @staticmethod
    def in_untranslated_sentence(doc: Document, offset: int, lang: str) -> bool:
        """Whether ``offset`` sits in a sentence left in language ``lang``.

        Such a sentence is the foreign-text detector's to retranslate as a whole; a name
        fixed inside it would block that (entity edits win collisions).
        """
        sentence = doc.sentence_at(offset)
        if sentence is None or lang == "en":
            return False
        lower = [w.text for w in words(sentence.of(doc.text)) if w.text.islower()]
        if len(lower) < SOURCE_MIN_WORDS:
            return False
        foreign = sum(zipf(w, lang) >= zipf(w, "en") + SOURCE_MARGIN for w in lower)
        return foreign >= SOURCE_SHARE * len(lower)
