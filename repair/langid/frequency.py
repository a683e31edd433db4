"""Word frequencies per language, from wordfreq (well-kept, many languages, no download).

Zipf scale: 7 is "the", 3 is a word seen about once per million words, 0 is unknown.

Most words a run asks about are plain (lower-case ASCII letters). Their values come from a
compact table in the user's disk cache (the sorted words as one string, their offsets and
values as arrays, each value wordfreq's own ``zipf_frequency`` of the word when the table
was built): it loads in milliseconds, while importing wordfreq and reading its list costs a
short run a quarter of a second. Other words (``all-day``, ``weren't``, ``Rodríguez``) are
tokenized by wordfreq and their tokens looked up in a second compact table of the whole list
(its centibel buckets), combined as wordfreq 3.1's ``word_frequency`` combines them:
wordfreq's own list, as a dict, cost a run about 60 MB for the few hundred such words of a
long text.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import takewhile

from repair.core.tables import KeyTable, Packed
from repair.langid.vocabulary import vocabulary_for

#: Languages whose wordfreq tokenizer reads a plain word as itself (the regex tokenizer):
#: only for them is a plain word missing from the list a word of Zipf 0.
_TABLED = frozenset({"en", "fr", "de", "es", "it", "pt", "nl", "ca"})
#: Bumped when the table's layout or meaning changes.
_TABLE_FORMAT = 1
#: The wordfreq release whose ``word_frequency`` :func:`_token_zipf` follows; another
#: release asks wordfreq itself.
_FOLLOWED_WORDFREQ = "3.1.1"


@lru_cache(maxsize=1)
def _unlisted_languages() -> frozenset[str]:
    """Languages no word list holds, known to the stray words by their pivot tables
    (foreign.toml ``[stray] unlisted_languages``): their words have no frequency."""
    from repair.langid.base import foreign_data

    return frozenset(foreign_data().get("stray", {}).get("unlisted_languages", ()))


@lru_cache(maxsize=16_384)
def zipf(word: str, lang: str) -> float:
    """The word's Zipf frequency in ``lang`` (0.0 when unknown)."""
    if lang in _TABLED and word.isascii() and word.isalpha() and word.islower():
        vocabulary = vocabulary_for(lang)
        if vocabulary is not None:
            bucket = vocabulary.bucket(word, lang)
            return 0.0 if bucket is None else (900 - bucket) / 100  # as the plain table
        table = _plain_table(lang)
        if table is not None:
            return table.zipf(word)
    if lang in _TABLED:
        found = _token_zipf(word, lang)
        if found is not None:
            return found
    if lang in _WITHOUT_LIST:
        raise LookupError(_WITHOUT_LIST[lang])
    if lang in _unlisted_languages():
        # wordfreq would answer with its nearest list's figure (Occitan's with French's).
        return 0.0
    from wordfreq import zipf_frequency  # imported lazily: it loads lists on first use

    try:
        return zipf_frequency(word, lang)
    except LookupError as error:
        # No list for the language (``und``): a fact about the language, remembered, since
        # wordfreq matches the code against every list it has (milliseconds) at each call
        # before it says so, and the memo above keeps no exception.
        _WITHOUT_LIST[lang] = str(error)
        raise


#: Languages wordfreq has no word list for, with its message.
_WITHOUT_LIST: dict[str, str] = {}


def is_word(word: str, lang: str, threshold: float = 2.5) -> bool:
    """Whether ``word`` is a reasonably common word of ``lang``."""
    return zipf(word.lower(), lang) >= threshold


class _PlainTable:
    """The plain words of a language's list, sorted, with their Zipf values (hundredths)."""

    __slots__ = ("words", "offsets", "values")

    def __init__(self, words: str, offsets: bytes, values: bytes) -> None:
        self.words = words
        self.offsets = array("I")
        self.offsets.frombytes(offsets)
        self.values = array("H")
        self.values.frombytes(values)

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, index: int) -> str:
        return self.words[self.offsets[index] : self.offsets[index + 1] - 1]

    def zipf(self, word: str) -> float:
        where = bisect_left(self, word)
        if where < len(self.values) and self[where] == word:
            return self.values[where] / 100
        return 0.0


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


@lru_cache(maxsize=8)
def _plain_table(lang: str) -> _PlainTable | None:
    """The language's plain-word table (built once from wordfreq, then read from the disk
    cache); ``None`` when wordfreq has no list for it."""
    from repair.cache import cached

    key = ("plain-zipf", lang, _version("wordfreq"), _TABLE_FORMAT)
    built = cached("plain-zipf", key, lambda: _build_plain_table(lang))
    return None if built is None else _PlainTable(*built)


def list_buckets(
    lang: str, min_zipf: float | None = None
) -> Iterator[tuple[int, list[str]]] | None:
    """wordfreq's list for ``lang`` as (bucket index, words), most frequent first: a word of
    bucket ``b`` has frequency ``10 ** (-b / 100)``, Zipf ``9 - b / 100``; down to
    ``min_zipf`` if given. ``None`` when wordfreq has no list for the language."""
    from wordfreq import available_languages, read_cBpack

    path = available_languages("best").get(lang)
    if path is None:
        return None
    buckets = enumerate(read_cBpack(path))
    if min_zipf is None:
        return buckets
    return takewhile(lambda item: 9 - item[0] / 100 >= min_zipf, buckets)


def _build_plain_table(lang: str) -> tuple[str, bytes, bytes] | None:
    """The plain words (ASCII, lower case, letters only) of the language's list with their
    Zipf in hundredths, read off their bucket (asking ``zipf_frequency`` word by word gives
    the same, twenty times slower: half a minute on a first run)."""
    buckets = list_buckets(lang)
    if buckets is None:
        return None
    centi_zipf: dict[str, int] = {}
    for bucket_index, bucket in buckets:
        for word in bucket:
            if word.isascii() and word.isalpha() and word.islower():
                centi_zipf.setdefault(word, 900 - bucket_index)
    plain = sorted(centi_zipf)
    offsets = array("I", [0])
    values = array("H")
    for word in plain:
        offsets.append(offsets[-1] + len(word) + 1)
        values.append(centi_zipf[word])
    return "".join(word + "\n" for word in plain), offsets.tobytes(), values.tobytes()


@lru_cache(maxsize=8)
def _token_table(lang: str) -> KeyTable | None:
    """The tokens of the language's list → their centibel bucket (wordfreq's frequency is
    ``10 ** (-bucket / 100)``), packed, but for the plain words the plain table already
    holds with that bucket (most of the list: the two tables held them twice); ``None``
    when wordfreq is not the release followed or has no list for the language."""
    from repair.cache import cached

    version = _version("wordfreq")
    if version != _FOLLOWED_WORDFREQ:
        return None
    key = ("token-buckets", lang, version, 2, _TABLE_FORMAT)
    packed = cached("token-buckets", key, lambda: _build_token_table(lang))
    return None if packed is None else KeyTable(*packed)


def _build_token_table(lang: str) -> Packed | None:
    listed = list_buckets(lang)
    if listed is None:
        return None
    buckets: dict[str, int] = {}
    for index, bucket in listed:
        for word in bucket:
            buckets[word] = index  # a later bucket wins, as in wordfreq's dict
    plain = _plain_table(lang)
    if plain is not None:
        buckets = {
            word: index
            for word, index in buckets.items()
            if not (_is_plain(word) and _plain_bucket(plain, word) == index)
        }
    packed, _ = KeyTable.pack(buckets.items(), "H")
    return packed


def _is_plain(word: str) -> bool:
    """A word of the plain table: lower-case ASCII letters only."""
    return word.isascii() and word.isalpha() and word.islower()


def _token_bucket(table: KeyTable, token: str, lang: str) -> int | None:
    """The token's bucket: from the token table, else (a plain word) from the plain one."""
    bucket = table.get(token)
    if bucket is None and _is_plain(token):
        plain = _plain_table(lang)
        return None if plain is None else _plain_bucket(plain, token)
    return bucket


def _plain_bucket(plain: _PlainTable, word: str) -> int | None:
    """The bucket the plain table gives ``word`` (it stores Zipf in hundredths, ``900 -
    bucket``), or ``None`` when it lacks the word."""
    centi = round(plain.zipf(word) * 100)
    return 900 - centi if centi else None


@lru_cache(maxsize=8)
def _bucket_finder(lang: str) -> Callable[[str], int | None] | None:
    """A token's bucket in ``lang``'s list (``None``: not listed): from the shared
    vocabulary when it covers the language, else from the language's token and plain
    tables; ``None`` when wordfreq is not the release followed or has no list."""
    if _version("wordfreq") != _FOLLOWED_WORDFREQ:
        return None
    vocabulary = vocabulary_for(lang)
    if vocabulary is not None:
        return lambda token: vocabulary.bucket(token, lang)
    table = _token_table(lang)
    if table is None:
        return None
    return lambda token: _token_bucket(table, token, lang)


def _token_zipf(word: str, lang: str) -> float | None:
    """``wordfreq.zipf_frequency(word, lang)``, its tokens looked up in the token table
    (the steps of wordfreq 3.1's ``word_frequency``, for a regex-tokenized language)."""
    find = _bucket_finder(lang)
    if find is None:
        return None
    from wordfreq import cB_to_freq, freq_to_zipf, lossy_tokenize, zipf_to_freq
    from wordfreq.numbers import digit_freq, smash_numbers

    minimum = zipf_to_freq(0.0)
    tokens = lossy_tokenize(word, lang)
    freq = minimum
    if tokens:
        one_over_result = 0.0
        for token in tokens:
            smashed = smash_numbers(token)
            bucket = find(smashed)
            if bucket is None:
                break
            token_freq = cB_to_freq(-bucket)
            if smashed != token:
                token_freq *= digit_freq(token)
            one_over_result += 1.0 / token_freq
        else:
            unrounded = max(1.0 / one_over_result, minimum)
            if unrounded == 0.0:
                freq = 0.0
            else:
                freq = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(freq_to_zipf(freq), 2)
