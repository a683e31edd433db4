"""Which language a document was translated from, when the user says ``auto``.

langdetect is reliable only on long text, so it is asked about the sentences that look
least like the target language (many words the target's word list does not know), and
the language most of them vote for wins. A clean target-language document gives no vote:
the pair's default source (from the data file) is assumed so that word-level leftovers
can still be found.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

from repair.cache import fill_memo
from repair.core.document import Document
from repair.langid.base import CLASSIFIERS, foreign_data
from repair.langid.frequency import zipf
from repair.langid.lexicon import WORD, WordBlock, sentence_words

# A sentence is long enough for langdetect with this many words, this many of them not
# capitalised (German capitalises its nouns: a German sentence is mostly capitals) ...
_MIN_WORDS = 6
_MIN_LOWER_WORDS = 4
# ... and, with fewer than _MIN_WORDS of them, this many stray words of another language.
_MIN_SHORT_STRAYS = 2
# ... and looks foreign when this share of its lower-case words is rare in the target
# (the target's lists know foreign function words a little: English ``le`` is Zipf 4.5).
_MIN_UNKNOWN_SHARE = 0.5
_RARE_ZIPF = 3.5
# A vote needs langdetect this sure.
_MIN_PROBABILITY = 0.9
# Enough sentences asked: the first votes decide.
_MAX_ASKED = 12


# How the vote counts a word: not at all (capitalised), common, or rare in the target.
_NAME, _COMMON, _RARE = 0, 1, 2
# Words remembered per target, at most (memory stays bounded).
_MEMO_SIZE = 50_000


@cache
def _word_classes(target: str) -> dict[str, int]:
    """The class of each word seen (as found), per target: news repeats its words."""
    return {}


def _word_class(word: str, target: str) -> int:
    if word[0].isupper():
        return _NAME
    return _RARE if zipf(word.lower(), target) < _RARE_ZIPF else _COMMON


def default_source(target: str) -> str | None:
    return foreign_data()["default_source"].get(target)


def resolve_source(doc: Document, votes: dict[int, str] | None = None) -> str | None:
    """The source language of ``doc``: given, voted by its foreign-looking sentences
    (``votes``, from :func:`sentence_votes`, computed when not given), or the target's
    default; ``None`` when there is none to assume."""
    if doc.source_lang and doc.source_lang != "auto":
        return doc.source_lang
    votes = sentence_votes(doc) if votes is None else votes
    if votes:
        return Counter(votes.values()).most_common(1)[0][0]
    return default_source(doc.target_lang)


def sentence_votes(doc: Document) -> dict[int, str]:
    """The language langdetect names for each foreign-looking sentence of ``doc`` (by index;
    the first ``_MAX_ASKED`` such sentences). The majority is the document's source; a
    sentence that names another language is looked at with that language's word lists (a
    German quotation in an article translated from French)."""
    spans = doc.sentences
    # Only the sentences the vote would ask about: the others give it nothing.
    askable = _askable(sentence_words(doc), doc.target_lang)[:_MAX_ASKED]
    if not askable:
        return {}
    detector = CLASSIFIERS.get("langdetect")(())
    votes = {}
    for index in askable:
        lang = _asked(detector, spans[index].of(doc.text), doc.target_lang)
        if lang is not None:
            votes[index] = lang
    return votes


def stray_language(sentence: str, source: str, target: str) -> str | None:
    """The language of a sentence's stray words (repair/langid/stray.py) when another than
    ``source`` clearly leads them (``[stray_language]`` of foreign.toml): a Spanish clause
    inside an English sentence, too English for the vote, is spotted with Spanish word
    lists (the document's default source, French, scores Spanish words poorly)."""
    rules = foreign_data().get("stray_language")
    counts = _stray_counts(WORD.findall(sentence), target) if rules else None
    if not counts:
        return None
    lang, count = counts.most_common(1)[0]
    if lang == source or count < int(rules["min_words"]):
        return None
    return lang if count >= float(rules["min_ratio"]) * counts.get(source, 0) else None


def _asked(detector: Any, sentence: str, target: str) -> str | None:
    """The language langdetect is sure ``sentence`` is in, if not the target."""
    probabilities = detector.probabilities(sentence)
    if not probabilities:
        return None
    lang, probability = max(probabilities.items(), key=lambda item: item[1])
    return lang if lang != target and probability >= _MIN_PROBABILITY else None


def _long_enough(words: int, lower_words: int) -> bool:
    """Whether a sentence of ``words`` words, ``lower_words`` of them not capitalised, is
    long enough for langdetect."""
    return words >= _MIN_WORDS and lower_words >= _MIN_LOWER_WORDS


def _strays_enough(words: list[str], target: str) -> bool:
    """Whether a sentence with few lower-case words (German capitalises its nouns) has two
    stray words of another language among them: langdetect is slow, and an English
    headline of rare words (`dips deep equalizer`) need not be asked."""
    counts = _stray_counts(words, target)
    return counts is None or sum(counts.values()) >= _MIN_SHORT_STRAYS


def _stray_counts(words: list[str], target: str) -> Counter[str] | None:
    """How many of the lower-case ``words`` are stray words of each language (the stray
    judge of repair/langid/stray.py); ``None`` when ``target`` has no judge."""
    from repair.langid.stray import stray_words

    judge = stray_words(target)
    if judge is None:
        return None
    found = (judge.judge(word) for word in words if word[0].islower())
    return Counter(stray.lang for stray in found if stray is not None)


def _classes_of(found: list[str], target: str) -> bytes:
    """The class of each word, one byte each (batched: looked up in C, each new word
    classed once; counted in C, per range, without a slice)."""
    classes = _word_classes(target)
    try:
        return bytes(map(classes.__getitem__, found))
    except KeyError:
        fill_memo(classes, found, lambda word: _word_class(word, target), _MEMO_SIZE)
        return bytes(map(classes.__getitem__, found))


def _askable(blocks: Iterable[WordBlock], target: str) -> list[int]:
    """The sentences (indices) the vote would ask about, found for the whole text at once
    (``blocks``: its words, classed once, and each sentence's range of them): the vote's
    own test on each sentence's words."""
    askable = []
    index = 0
    # A sentence with fewer rare words than this cannot be asked (it needs _MIN_LOWER_WORDS
    # counted words, half of them rare): told by counting in C, without a slice.
    fewest = _MIN_UNKNOWN_SHARE * _MIN_LOWER_WORDS
    for found, ranges in blocks:
        classes = _classes_of(found, target)
        for first, last in ranges:
            rare = classes.count(_RARE, first, last)
            if rare >= fewest:
                counted = last - first - classes.count(_NAME, first, last)
                if (
                    _long_enough(last - first, counted)
                    and rare / counted >= _MIN_UNKNOWN_SHARE
                    and (counted >= _MIN_WORDS or _strays_enough(found[first:last], target))
                ):
                    askable.append(index)
            index += 1
    return askable
