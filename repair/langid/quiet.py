"""A triage before the foreign-span search: a document of quiet words holds no span.

The spotter finds nothing in a sentence whose quick bound is 0 and whose lower-case words
the target does not use rarely are none of them stray, and the source vote asks nothing of a
sentence with few rare words. Whether each word passes is a fact about the word alone, so it
is derived once from the pair's tables (word log-odds, stray table, Zipf values) and kept in
the user's disk cache in a compact form: a one-paragraph clean article is then checked
without loading those tables or the classifier (most of a cold start).

The cache is keyed by the word lists' version and by the code and data it is derived from
(any change rebuilds it), so the triage always says what the full search would say.
"""

from __future__ import annotations

import hashlib
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from repair.langid.lexicon import _FAST_WORD
from repair.langid.script import has_other_script

# Documents of more sentences are not triaged (the triage is for short articles).
_MAX_SENTENCES = 12
# Target words rarer than this are left out of the table (a word missing is not quiet).
_MIN_ZIPF = 2.5

# The modules and data whose logic decides what a quiet word is.
_DEPENDS_ON = (
    "base.py",
    "lexicon.py",
    "script.py",
    "stray.py",
    "source.py",
    "frequency.py",
    "quiet.py",
)
_DATA = Path(__file__).resolve().parent.parent / "data" / "foreign.toml"


def quiet_document(text: str, sentences: list[str], source: str, target: str) -> bool:
    """Whether the sentences of ``text`` can hold no foreign span for the pair, nor a
    sentence the source vote would ask about (``False`` whenever unsure). Set operations
    first: a document that is not quiet is told in C, mostly."""
    from repair.langid.source import _MIN_UNKNOWN_SHARE, _MIN_WORDS

    if len(sentences) > _MAX_SENTENCES:
        return False  # a longer document is hardly ever quiet: not worth the scan
    table = quiet_table(source, target)
    if table is None:
        return False
    plain, rare, positive = table
    # The sentences' words are the text's (no sentence cuts a word).
    words = set(_FAST_WORD.on(text).findall(text))
    for token in words.difference(plain):
        # Only names are left: out of the vote; their lower case must lean to no source word.
        if not token[0].isupper() or "-" in token or "'" in token or "’" in token:
            return False
        if _leans(positive, token):
            return False
    if has_other_script(text):
        return False
    if rare.isdisjoint(words):
        return True
    for sentence in sentences:
        classes = list(map(plain.get, _FAST_WORD.on(sentence).findall(sentence)))
        counted = len(classes) - classes.count(None)
        if counted >= _MIN_WORDS and classes.count(True) / counted >= _MIN_UNKNOWN_SHARE:
            return False
    return True


def _hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little") >> 1


def _leans(positive: array, token: str) -> bool:
    """Whether the token's lower case may lean to the source (a hash collision only makes
    the triage give up, never skip a span)."""
    key = _hash(token.lower())
    where = bisect_left(positive, key)
    return where < len(positive) and positive[where] == key


@lru_cache(maxsize=8)
def quiet_table(source: str, target: str) -> tuple[dict[str, bool], frozenset[str], array] | None:
    """The pair's quiet lower-case words (``True``: rare in the source vote), the rare ones
    apart, and the sorted hashes of the words that lean to the source (log-odds > 0);
    ``None`` when the lexicon does not serve the pair."""
    from importlib.metadata import version

    from repair.cache import cached

    here = Path(__file__).resolve().parent
    digest = hashlib.blake2s(digest_size=8)
    for path in (*(here / name for name in _DEPENDS_ON), _DATA):
        digest.update(path.read_bytes())
    key = (source, target, version("wordfreq"), digest.hexdigest())
    built = cached("quiet-words", key, lambda: _build(source, target))
    if built is None:
        return None
    common, rare, positive = built
    rare_words = frozenset(rare.split("\n")) - {""}
    plain = dict.fromkeys(common.split("\n"), False) | dict.fromkeys(rare_words, True)
    plain.pop("", None)
    hashes = array("q")  # the standard library's: no numpy import in a short run
    hashes.frombytes(positive)
    return plain, rare_words, hashes


def _build(source: str, target: str) -> tuple[str, str, bytes] | None:
    """Joined word lists (compact to store, quick to load): quiet and common in the vote,
    quiet and rare in it (the target's words down to ``_MIN_ZIPF``; rarer ones are not
    quiet); the sorted hashes of the words leaning to the source."""
    from wordfreq import available_languages, read_cBpack

    from repair.langid.base import Pair
    from repair.langid.frequency import zipf
    from repair.langid.lexicon import LexiconFinder
    from repair.langid.source import _RARE_ZIPF

    pair = Pair(source, target)
    if not LexiconFinder.supports(pair):
        return None
    finder = LexiconFinder(pair)
    stray = finder.stray
    common_words = stray.common_words if stray is not None else frozenset()
    common, rare = [], []
    buckets = read_cBpack(available_languages("best")[target])
    for bucket in buckets[: int((9 - _MIN_ZIPF) * 100) + 1]:  # Zipf = 9 - bucket / 100
        for word in bucket:
            if not (word.isascii() and word.isalpha() and word == word.lower()):
                continue
            if finder.weights.get(word, 0.0) > 0:
                continue
            if stray is not None and word not in common_words and stray.judge(word) is not None:
                continue
            (rare if zipf(word, target) < _RARE_ZIPF else common).append(word)
    leaning = {word for word, weight in finder.weights.items() if weight > 0}
    if stray is not None:
        leaning |= _stray_nouns(stray)
    positive = sorted({_hash(word) for word in leaning})
    hashes = array("q", positive).tobytes()
    return "\n".join(sorted(common)), "\n".join(sorted(rare)), hashes


def _stray_nouns(stray) -> set[str]:
    """The lower case of every capitalised word the stray judge would take for a noun left
    in its language (``[stray.nouns]``): such a word is no quiet name."""
    from wordfreq import available_languages, read_cBpack

    found = set()
    for lang in sorted(stray.noun_languages):
        if lang not in available_languages("best"):
            continue
        buckets = read_cBpack(available_languages("best")[lang])
        for bucket in buckets[: int((9 - stray.min_noun_zipf) * 100) + 1]:
            for word in bucket:
                if word.isalpha() and stray.judge_noun(word.capitalize(), "the") is not None:
                    found.add(word)
    return found
