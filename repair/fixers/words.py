"""The English word for a stray source word, chosen by its sentence, or no word at all.

A translation model that sees one word alone guesses: ``foudre`` may come back as
``lightning`` or as ``foudre``. The sentence around it knows better. Candidates come from
two witnesses: the model's n-best list (when the registry has a model for the word's
language) and a word lexicon learned from parallel text by word alignment in both directions
(``repair/data/lexicon/{lang}-en.tsv.gz``, with how many sentences both directions link the
pair in). Each candidate is scored by its
own support (``log10``) plus how well it fits between its neighbours (an English bigram model,
``repair/data/lexicon/en-bigrams.tsv.gz``). When the lexicon lacks the form, its ending is taken
off and the English candidate gets the matching form (``mineront`` -> ``will undermine``,
rules in ``repair/data/word_fixes.toml``); a future the lexicon learned without its ``will``
gets it back (``sucederá`` -> ``will happen``). A false friend is never a candidate
(``eventualmente`` is no ``eventually``); a word nothing knows whole may be a prefix English
writes and a word spelled alike (``antisoviétique`` -> ``anti-Soviet``), or a long English
word a spelling rule makes, however rare (``photoélectrique`` -> ``photoelectric``).

A candidate is written only when it is sure: the model and the lexicon agree, or the lexicon
has seen the pair often enough, or the candidate is spelled like the word (a cognate, or the
word spelled the English way: ``cosmonaute`` -> ``cosmonaut``), or the model alone is
confident of a word (a phrase it makes of one word is a guess); every word of it must be
English. Otherwise the word is flagged:
a foreign word a reader can look up is better than a wrong English one.
"""

from __future__ import annotations

import gzip
import hashlib
import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar

from repair.core.letters import strip_accents
from repair.core.tables import KeyedRows, KeyTable, TextTable
from repair.data import load_toml, pivot_rows
from repair.fixers.lemmas import lemmas_of, without_enclitic
from repair.langid.frequency import zipf

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_VOWELS = "aeiou"


def settings() -> dict[str, Any]:
    return load_toml("word_fixes.toml")


def stand_in_language(lang: str) -> str | None:
    """The language whose model translates a stray word named ``lang`` when no model
    covers ``lang`` (a Spanish word the word lists name Portuguese): ``word_fixes.toml``."""
    return settings()["choice"].get("stand_in_languages", {}).get(lang)


def stand_in_text(word: str, lang: str) -> tuple[str, str]:
    """What the stand-in language's model is asked for a stray word named ``lang`` (which no
    model covers), and in which language: the word's translation into the stand-in language
    where ``lang``'s pivot table into it holds the word (Catalan `dempeus` -> Spanish `de
    pie`: the Spanish model reads its own language, not a Catalan word it would guess at),
    else the word itself."""
    other = stand_in_language(lang)
    if other is None:
        return word, lang
    low = word.lower()
    for home in _pivot_homes(lang):
        found = _pivot_word(low, home, other) if other in pivots(home) else None
        if found:
            return found, other
    return word, other


def _pivot_word(low: str, lang: str, pivot: str) -> str | None:
    """``low``'s word in ``pivot`` by ``lang``'s pivot table: the word as it is, else its
    lemma's (Esperanto `elektantoj` -> `elektanto` -> French `électeur`; the dictionary's
    senses carry the form, the model's answer is a witness in another form)."""
    table = pivot_table(lang, pivot)
    if low in table:
        return table[low]
    found = _through_lemmas(low, lang, lambda base, _: [table[base]] if base in table else [])
    return found[0] if found else None


def _pivot_homes(lang: str) -> tuple[str, ...]:
    """The languages whose pivot tables may hold a word named ``lang``: its own, its stand-in
    language's, then the languages no word list holds (``choice.unlisted_languages``), whose
    words the lists name after a close language (an Occitan word named Catalan)."""
    unlisted = settings()["choice"].get("unlisted_languages", ())
    return tuple(dict.fromkeys((lang, stand_in_language(lang) or lang, *unlisted)))


@dataclass(frozen=True, slots=True)
class Entry:
    """One English translation of a source word in the lexicon: P(english | source) and the
    number of distinct English sentences where both alignment directions link the two."""

    english: str
    probability: float
    together: int


class Lexicon(KeyedRows[tuple[int, tuple[Entry, ...]]]):
    """Source word -> (its count, its English translations). Each row stays the file's text,
    packed, until it is read (a run reads a few thousand of a language's 35-50,000): parsed
    whole, the three lexicons took 66 MB and a second to load; as a dict of row strings, 21."""

    __slots__ = ("_keys", "_parsed")
    #: Rows remembered once parsed (a bound, not a tuning knob).
    MEMO_SIZE = 20_000

    def __init__(self, rows: TextTable) -> None:
        self._keys = rows
        self._parsed: dict[str, tuple[int, tuple[Entry, ...]]] = {}

    def __getitem__(self, word: str) -> tuple[int, tuple[Entry, ...]]:
        found = self._parsed.get(word)
        if found is not None:
            return found
        row = self._keys.text(word)
        if row is None:
            raise KeyError(word)
        count, entries = row.split("\t")
        found = (int(count), tuple(_entry(item) for item in entries.split(" ")))
        if len(self._parsed) >= self.MEMO_SIZE:
            self._parsed.clear()
        self._parsed[word] = found
        return found


def _entry(item: str) -> Entry:
    english, probability, together = item.rsplit(":", 2)
    return Entry(english, float(probability), int(together))


#: Bumped when a packed table's layout or the rows it is built from change meaning.
_PACKED_FORMAT = 1


def _packed(
    name: str, files: Sequence[Traversable], rows: Callable[[], list[bytes]]
) -> list[memoryview]:
    """The sections ``rows()`` packs from ``files``, saved in the user's cache under the
    files' digest and read in place (:func:`repair.cache.cached_sections`): a run holds the
    pages it reads, forked workers share them, and a changed file is packed anew."""
    from repair.cache import cached_sections

    digest = hashlib.blake2s(digest_size=16)
    for file in files:
        digest.update(file.read_bytes())
    key = (name, digest.hexdigest(), _PACKED_FORMAT)
    sections = cached_sections(name, key, rows)
    assert sections is not None  # rows() always packs something
    return sections


def _text_table(
    name: str, files: Sequence[Traversable], rows: Callable[[], dict[str, str]]
) -> TextTable:
    """``rows()`` (read from ``files``) as a packed :class:`TextTable`."""
    if not files:
        return TextTable.of_texts({})
    return TextTable(_packed(name, files, lambda: TextTable.pack_texts(rows().items())))


@cache
def lexicon(lang: str) -> Lexicon:
    """Source word -> (its count, its English translations), or empty without a file."""
    path = resources.files("repair.data").joinpath("lexicon", f"{lang}-en.tsv.gz")

    def rows() -> dict[str, str]:
        found: dict[str, str] = {}
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if not line.startswith("#"):
                    word, _, rest = line.rstrip("\n").partition("\t")
                    found[word] = rest
        return found

    return Lexicon(_text_table(f"lexicon-{lang}", [path] if path.is_file() else [], rows))


class Senses(KeyedRows[tuple[str, ...]]):
    """Source lemma -> its English senses, each row kept as the file's ``a|b|c``, packed,
    until read (as tuples of strings the six dictionaries took 62 MB; as a dict of row
    strings, 28)."""

    __slots__ = ("_keys",)

    def __init__(self, rows: TextTable) -> None:
        self._keys = rows

    def __getitem__(self, word: str) -> tuple[str, ...]:
        row = self._keys.text(word)
        if row is None:
            raise KeyError(word)
        return tuple(row.split("|"))


@cache
def dictionary(lang: str) -> Senses:
    """Source lemma -> its English translations from the dictionaries of ``lang``
    (``repair/data/lexicon/{lang}-en.{kind}.tsv.gz``, scripts/build_dictionary.py: the
    French Wiktionary's for French, the Open Multilingual Wordnet's for the others), or empty
    without one. ``{lang}-en.tsv.gz`` is the word lexicon, no dictionary."""
    folder = resources.files("repair.data").joinpath("lexicon")
    files = [folder.joinpath(f"{lang}-en.{kind}.tsv.gz") for kind in _dictionary_kinds(lang)]

    def rows() -> dict[str, str]:
        found: dict[str, str] = {}
        for file in files:
            with gzip.open(file, "rt", encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith("#"):
                        continue
                    word, _, entries = line.rstrip("\n").split("\t")
                    found[word] = f"{found[word]}|{entries}" if word in found else entries
        return found

    return Senses(_text_table(f"dictionary-{lang}", files, rows))


@cache
def _dictionary_kinds(lang: str) -> tuple[str, ...]:
    """The kinds of the dictionaries of ``lang`` (``es-en.omw.tsv.gz`` -> ``omw``)."""
    folder = resources.files("repair.data").joinpath("lexicon")
    found = (re.fullmatch(rf"{lang}-en\.([a-z]+)\.tsv\.gz", path.name) for path in folder.iterdir())
    return tuple(sorted(match.group(1) for match in found if match))


def dictionary_candidates(word: str, lang: str) -> list[str]:
    """The dictionary's English for ``word``, or for its lemma with the ending carried over
    (``mineront`` -> ``miner`` -> ``will undermine``); for a word its own language's
    dictionary lacks, the stand-in language's (a Spanish word a pivot left, which the word
    lists name Portuguese: ``insanas`` -> ``insano``), else another dictionary holding the
    word as it is (``choice.lexicon_languages``), as for the lexicon."""
    answered = _answering_dictionary(word, lang)
    return answered[1] if answered else []


def dictionary_kind(word: str, lang: str) -> str | None:
    """Which kind of dictionary gives ``word`` its senses (``wiktionary``, ``omw``: the
    part of its file name), the one ``dictionary_candidates`` asks; ``None`` if none, or if
    that language has dictionaries of several kinds."""
    answered = _answering_dictionary(word, lang)
    if answered and _through_a_pivot(word, lang, answered[0]):
        # Apertium's translation of the lemma, whose English the pivot's files hold: a
        # translation, not the lemmas a wordnet lists under one synset of the word.
        return "pivot"
    kinds = _dictionary_kinds(answered[0]) if answered else ()
    return kinds[0] if len(kinds) == 1 else None


def _through_a_pivot(word: str, lang: str, answering: str) -> bool:
    """Whether the senses ``answering`` gave ``word`` came through a pivot (``_through_pivot``)
    rather than a dictionary holding the word or its lemma."""
    if answering in (lang, stand_in_language(lang)) or word.lower() in dictionary(answering):
        return False
    close = settings()["choice"].get("lemma_dictionaries", {}).get(lang, ())
    return not any(_dictionary_candidates_in(word, other, rules=lang) for other in close)


def _answering_dictionary(word: str, lang: str) -> tuple[str, list[str]] | None:
    """The language whose dictionary gives ``word`` its senses, and the senses: its own
    language's, the stand-in language's, else another holding the word as it is."""
    tried = [lang]
    stand_in = stand_in_language(lang)
    if stand_in is not None:
        tried.append(stand_in)
    for code in tried:
        found = _dictionary_candidates_in(word, code)
        if found:
            few = int(settings()["choice"].get("pivot_joins_at_most", 0))
            if code == lang and len(found) <= few:
                # A wordnet that knows one or two senses of the word knows it badly
                # (`sensatez`: `reasonableness`): the pivot's senses join them (`sense`).
                # Only the first pivot's: a second one answers for the words the first lacks,
                # and its one translation of a word a wordnet knows is often another sense
                # (`cabildero`: Catalan `intrigant`, `plotter`, beside `lobbyist`).
                joined = _through_pivot(word, lang, pivots(lang)[:1])
                if joined:
                    found = list(dict.fromkeys(found + joined[1]))
            return code, found
    for other in settings()["choice"]["lexicon_languages"]:
        if other not in tried and word.lower() in dictionary(other):
            return other, _dictionary_candidates_in(word, other)
    # The word's lemma by its own language's rules, in close languages' dictionaries: the
    # senses of all of them (one may list the cognate another lacks: `comandó`).
    close = settings()["choice"].get("lemma_dictionaries", {}).get(lang, ())
    senses = {other: _dictionary_candidates_in(word, other, rules=lang) for other in close}
    found = [sense for listed in senses.values() for sense in listed]
    if not found:
        # A word the word lists name Portuguese goes through its stand-in's pivot too.
        # Then the pivots of the languages no word list holds (an Occitan word named Catalan).
        for home in _pivot_homes(lang):
            through = _through_pivot(word, home)
            if through is not None:
                return through
        return None
    first = next(other for other, listed in senses.items() if listed)
    return first, list(dict.fromkeys(found))


def _by_close_lemma(word: str, lang: str) -> bool:
    """Whether ``word``'s senses come from another language's dictionary through its lemma:
    a close language's (``choice.lemma_dictionaries``), or the pivot's (``choice.pivots``) for
    an inflected form (`fichó` -> `ficher`: of `plug` and `stick`, only `plugged` is a past
    English writes, no only sense); not from its own language's or the stand-in's."""
    answered = _answering_dictionary(word, lang)
    if answered is None or answered[0] in (lang, stand_in_language(lang)):
        return False
    low = word.lower()
    if low in dictionary(answered[0]):
        return False  # the word as it is, in another language's dictionary
    close = settings()["choice"].get("lemma_dictionaries", {}).get(lang, ())
    if answered[0] in close and any(
        _dictionary_candidates_in(word, other, rules=lang) for other in close
    ):
        return True  # a close language's lemma (a pivot may be one of them: Catalan)
    if any(
        low in pivot_table(code, pivot) for code in _pivot_homes(lang) for pivot in pivots(code)
    ):
        return False
    # An inflected form through the pivot: an only sense where the pivot word has one sense
    # to inflect (`grajos` -> `graula` -> `rook` -> `rooks`), not where the form thinned a
    # longer list (`fichó` -> `ficher`: of `plug` and `stick`, only `plugged`), nor where the
    # form is one English rarely writes of it (`wanderings`: an adjective's).
    raw = _pivot_lemma_senses(low, lang)
    if len(raw) != 1 or len(answered[1]) != 1:
        return True
    gap = float(settings()["choice"]["sole_sense"]["pivot_form_max_zipf_gap"])
    return zipf(raw[0], "en") - zipf(answered[1][0].lower(), "en") > gap


def _pivot_lemma_senses(low: str, lang: str) -> list[str]:
    """The English of the pivot word of ``low``'s lemma, before any form is carried over:
    the first pivot that knows the lemma (``_through_pivot``'s order)."""
    for code in _pivot_homes(lang):
        for pivot in pivots(code):
            found = _through_lemmas(low, code, _pivot_expander(code, pivot, carry=False))
            if found:
                return found
    return []


def _pivot_expander(lang: str, pivot: str, carry: bool) -> Callable[[str, str], list[str]]:
    """``_through_lemmas``' ``expand`` for one pivot: a lemma's pivot word's English, the
    form's ending carried onto it (``carry``) or not."""
    table = pivot_table(lang, pivot)

    def expand(base: str, form: str) -> list[str]:
        if base not in table:
            return []
        senses = pivot_senses(table[base], pivot)
        if not carry:
            return senses
        return [english for sense in senses if (english := english_form(sense, form)) is not None]

    return expand


def pivots(lang: str) -> list[str]:
    """The pivot languages of ``lang``, in the order they are asked (``choice.pivots``)."""
    found = settings()["choice"].get("pivots", {}).get(lang)
    if found is None:
        return []
    return [found] if isinstance(found, str) else list(found)


@cache
def pivot_table(lang: str, pivot: str | None = None) -> dict[str, str]:
    """Source lemma -> its word in the pivot language (``choice.pivots`` of word_fixes.toml,
    the first one unless ``pivot`` is named; ``repair/data/lexicon/{lang}-{pivot}.pivot.tsv.gz``,
    scripts/build_pivot.py: apertium's translation of the lemma), or empty without one."""
    named = pivots(lang)
    if pivot is None:
        pivot = named[0] if named else None
    if pivot is None or pivot not in named:
        return {}
    return pivot_rows(lang, pivot)


def pivot_senses(pivot_word: str, pivot: str) -> list[str]:
    """The English the pivot language's files hold for ``pivot_word``: its dictionary's senses
    (``pivot_dictionary_senses``) and the lexicon's links from at least ``min_cooccurrences``
    sentences with at least ``min_lexicon_probability`` (``buteur`` -> ``goalscorer``,
    ``scorer``, ``striker``)."""
    rules = settings()["choice"]
    senses = pivot_dictionary_senses(pivot_word, pivot)
    senses += [
        entry.english
        for entry in lexicon(pivot).get(pivot_word, (0, ()))[1]
        if entry.together >= int(rules["min_cooccurrences"])
        and entry.probability >= float(rules["min_lexicon_probability"])
    ]
    return list(dict.fromkeys(sense.lower() for sense in senses))


def pivot_dictionary_senses(pivot_word: str, pivot: str) -> list[str]:
    """The pivot language's dictionary's senses of ``pivot_word``, or of its verb for a
    participle, which a word list holds as an adjective of its own (hunspell-oc's `constituït`
    -> French `constitué`): the pivot language's rules reach the verb, the form carried over
    (`constituer` -> `constituted`). No other form: a pivot word is a lemma, and `cause`
    (Esperanto `kaŭzo`) is no `causes` of the verb `causer`."""
    table = dictionary(pivot)
    senses = list(table.get(pivot_word, ()))
    if not senses:
        senses = _through_lemmas(
            pivot_word,
            pivot,
            lambda base, form: [
                english
                for entry in table.get(base, ())
                if form == "past" and (english := english_form(entry, form)) is not None
            ],
        )
    return senses


def _through_pivot(
    word: str, lang: str, asked: list[str] | None = None
) -> tuple[str, list[str]] | None:
    """For a word no dictionary of its language (nor a close one) knows: its lemma's word in
    the pivot language (``pivot_table``), and that word's English (``pivot_senses``) with the
    word's ending carried over (``goleadores`` -> ``buteur`` -> ``scorers``); ``None`` if the
    pivot table lacks the word and its lemmas."""
    low = word.lower()
    # The pivots in their order: the first that knows the word answers (Catalan's larger
    # Spanish dictionary knows `grajo`, `cerilla`, which French's lacks).
    for pivot in pivots(lang) if asked is None else asked:
        expand = _pivot_expander(lang, pivot, carry=True)
        found = expand(low, "same") or _through_lemmas(low, lang, expand)
        if found:
            return pivot, list(dict.fromkeys(found))
    return None


def _dictionary_candidates_in(word: str, lang: str, rules: str | None = None) -> list[str]:
    """The English of ``word`` in the dictionary of ``lang``, through its lemmas if need be
    (by the inflection rules of ``rules``, when given: the lemma of a Spanish form in the
    Portuguese dictionary, and never the form as it is there)."""
    table = dictionary(lang)
    low = word.lower()
    if low in table and rules is None:
        return list(dict.fromkeys(table[low]))
    found = _through_lemmas(
        low,
        rules or lang,
        lambda base, form: [
            english
            for entry in table.get(base, ())
            if (english := english_form(entry, form)) is not None
        ],
    )
    return list(dict.fromkeys(found))


T = TypeVar("T")


def _through_lemmas(
    low: str, lang: str, expand: Callable[[str, str], list[T]], depth: int = 0
) -> list[T]:
    """What ``expand(base, english_form)`` gives for the base forms of the first inflection
    rule (word_fixes.toml ``[[inflection]]``, in its order) whose ending ``low`` has and
    whose bases give anything (``mineront`` -> ``miner``, ``will``); else for the lemma a
    verb-form table gives (``pidieron`` -> ``pedir``, ``past``), else for the verb left once
    an enclitic pronoun is off (``dárselo`` -> ``dar``; repair/fixers/lemmas.py); empty if
    none does."""
    found = _by_inflection_rules(low, lang, expand)
    if found:
        return found
    found = [item for lemma, form in lemmas_of(low, lang) for item in expand(lemma, form)]
    if found or depth >= _MAX_ENCLITICS:
        return found
    for rest in without_enclitic(low, lang):
        found = expand(rest, "same") or _through_lemmas(rest, lang, expand, depth + 1)
        if found:
            return found
    return []


# Spanish glues at most two pronouns to a verb (`dárselo`).
_MAX_ENCLITICS = 2


def _by_inflection_rules(low: str, lang: str, expand: Callable[[str, str], list[T]]) -> list[T]:
    """``_through_lemmas`` by the ``[[inflection]]`` rules alone."""
    for rule in settings().get("inflection", []):
        if rule["lang"] != lang or not low.endswith(rule["suffix"]):
            continue
        stem = low[: len(low) - len(rule["suffix"])]
        if len(stem) < int(rule.get("min_stem", 0)):
            continue  # a short word's ending is no inflection (`sí`, `va`: no `ser`, `ver`)
        out = [
            item
            for base in rule["bases"]
            if len(stem) + len(base) >= 3
            for item in expand(stem + base, rule["english"])
        ]
        if out:
            return out
    return []


class _Counts(KeyTable):
    """Word or word pair -> its count: asked for every candidate's neighbours, most of them
    once, so a small memo."""

    __slots__ = ()
    MEMO_SIZE = 4_096


class Bigrams:
    """English unigram and bigram counts, scored with stupid backoff (log10). Both tables are
    packed and read in place (as dicts they took 17 MB of a run with the model)."""

    def __init__(self) -> None:
        path = resources.files("repair.data").joinpath("lexicon", "en-bigrams.tsv.gz")
        if path.is_file():
            found: Sequence[bytes | memoryview] = _packed(
                "en-bigrams", [path], lambda: _pack_counts(path)
            )
        else:
            found = _pack_counts(None)
        self.unigrams = _Counts(*found[:4], "I", found[4])
        self.bigrams = _Counts(*found[5:9], "I", found[9])
        self.total = max(1, sum(self.unigrams.values()))

    def logp(self, word: str, previous: str) -> float:
        """log10 P(word | previous)."""
        pair = self.bigrams.get(f"{previous} {word}")
        if pair:
            return math.log10(pair / max(1, self.unigrams.get(previous, 1)))
        return math.log10(0.4) + math.log10(max(self.unigrams.get(word, 0), 0.1) / self.total)

    def unigram(self, word: str) -> float:
        return math.log10(max(self.unigrams.get(word, 0), 0.1) / self.total)

    def unseen_beside(self, words: list[str], left: str, right: str) -> bool:
        """Whether no pair of neighbours in ``left words right`` is a bigram of the table."""
        sequence = [left, *words, right]
        return not any(
            f"{one} {two}" in self.bigrams for one, two in zip(sequence, sequence[1:], strict=False)
        )

    def fit(self, words: list[str], left: str, right: str) -> float:
        """How much better ``words`` fit between ``left`` and ``right`` than their
        frequency alone predicts (log10; 0 is no evidence): context, not commonness."""
        score, previous = 0.0, left
        for word in [*words, right]:
            score += self.logp(word, previous) - self.unigram(word)
            previous = word
        return score


def _pack_counts(path: Traversable | None) -> list[bytes]:
    """The unigram table's sections (hashes, offsets, blob, counts, order), then the bigram
    table's, from ``path`` (none: both empty)."""
    unigrams: dict[str, int] = {}
    pairs: dict[str, int] = {}
    if path is not None:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#"):
                    continue
                key, count = line.rstrip("\n").split("\t")
                (pairs if " " in key else unigrams)[key] = int(count)
    sections: list[bytes] = []
    for table in (unigrams, pairs):
        (hashes, offsets, blob, values, _), order = KeyTable.pack(table.items(), "I")
        sections += [hashes, offsets, blob, values, order]
    return sections


@cache
def bigrams() -> Bigrams:
    return Bigrams()


@cache
def casing() -> dict[str, str]:
    """Lower-case English word -> its usual spelling inside a sentence (``aids`` -> ``AIDS``)."""
    path = resources.files("repair.data").joinpath("lexicon", "en-casing.tsv.gz")
    if not path.is_file():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return dict(line.rstrip("\n").split("\t", 1) for line in handle if not line.startswith("#"))


def cased(text: str) -> str:
    """``text`` (lower case) with each word in its usual English spelling."""
    table = casing()
    return " ".join(table.get(word, word) for word in text.split(" "))


def english_form(word: str, form: str) -> str | None:
    """``word`` (an English base form) in ``form``, if the result is an English word."""
    if form == "same":
        return word
    if form in ("will", "would"):
        # Only a base form takes "will": an -ing or -ed entry is another form of the verb.
        return None if word.endswith(("ing", "ed")) or " " in word else f"{form} {word}"
    if form == "very":
        return _very_form(word)
    if " " in word:
        # A phrase: a verb's ending goes on its first word (`points out`), a noun's plural
        # on its last (`police officers`).
        head, tail = (word.rsplit(" ", 1)[::-1]) if form == "plural" else word.split(" ", 1)
        inflected = english_form(head, form)
        if inflected is None:
            return None
        return f"{tail} {inflected}" if form == "plural" else f"{inflected} {tail}"
    if (form == "past" and word.endswith("ed")) or (form == "ing" and word.endswith("ing")):
        return word
    if form == "adverb":
        # Made by spelling, as a cognate is: as common as the spelling rules' words must be
        # (`mediano` -> `medial` -> `medially` is too rare to be the adverb meant).
        out = _adverb_of(word)
        rules = settings()["choice"]
        floor = float(rules["min_cognate_zipf"])
        if out is not None and len(out) >= int(rules.get("long_cognate_length", 99)):
            # A long adverb is rarely a chance match, as for the spelling rules' long words
            # (`hipócritamente` -> `hypocritical` -> `hypocritically`).
            floor = float(rules.get("min_long_cognate_zipf", floor))
        return out if out is not None and zipf(out, "en") >= floor else None
    if form in ("plural", "third") and word.endswith("s") and not word.endswith("ss"):
        return word
    if form == "plural" or form == "third":
        if word.endswith(("s", "x", "z", "ch", "sh")):
            out = word + "es"
        elif word.endswith("y") and word[-2:-1] not in _VOWELS:
            out = word[:-1] + "ies"
        else:
            out = word + "s"
    elif form == "past":
        if word.endswith("e"):
            out = word + "d"
        elif word.endswith("y") and word[-2:-1] not in _VOWELS:
            out = word[:-1] + "ied"
        else:
            out = _doubled(word, "ed")
    elif form == "ing":
        if word.endswith("e") and not word.endswith("ee"):
            out = word[:-1] + "ing"
        else:
            out = _doubled(word, "ing")
    else:
        return None
    rules = settings()["choice"]
    written = zipf(out, "en")
    if written < float(rules["min_english_zipf"]):
        return None
    # A regular form English writes far less than its base is an irregular word's wrong
    # form (`childs`, `throwed`, `bigs`: 2-4 Zipf below; `cities`, `stopped`: within 1).
    return out if written >= zipf(word, "en") - float(rules["max_inflection_zipf_gap"]) else None


def _doubled(word: str, ending: str) -> str:
    """``word`` + ``ending``, its last consonant doubled where English doubles it (`stop` ->
    `stopped`, `plan` -> `planning`; `visit` -> `visited`): of the two spellings, the more
    common English word."""
    plain = word + ending
    last = word[-1:]
    if len(word) < 3 or last in _VOWELS or last in "wxy" or word[-2:-1] not in _VOWELS:
        return plain
    doubled = word + last + ending
    return doubled if zipf(doubled, "en") > zipf(plain, "en") else plain


def _adverb_of(adjective: str) -> str | None:
    """The English adverb of ``adjective`` by its spelling (``bitter`` -> ``bitterly``,
    ``possible`` -> ``possibly``, ``happy`` -> ``happily``, ``ironic`` -> ``ironically``);
    an adverb stays as it is."""
    word = adjective.lower()
    if not word.isalpha() or len(word) < 3:
        return None
    if word.endswith("ly"):
        return word
    if word.endswith("ic"):
        return word + "ally"
    if word.endswith("ll"):
        return word + "y"
    if word.endswith("le") and word[-3:-2] not in _VOWELS:
        return word[:-1] + "y"
    if word.endswith("y") and word[-2:-1] not in _VOWELS:
        return word[:-1] + "ily"
    if word.endswith("ue"):
        return word[:-1] + "ly"
    return word + "ly"


def _very_form(word: str) -> str | None:
    """``very`` before ``word`` where English writes the two together (the bigram counts):
    a Spanish superlative (``inteligentísimos``) of an adjective; a noun sense of the same
    lemma (``youth`` for ``joven``) never follows ``very``."""
    if " " in word or not bigrams().bigrams.get(f"very {word}"):
        return None
    return f"very {word}"


def lexicon_candidates(word: str, lang: str) -> list[tuple[str, Entry, int]]:
    """(English text, lexicon entry, source count) for ``word`` from the lexicon of its
    language, else from the lexicon of another language that holds it (``devastador`` is
    Portuguese and Spanish; only a Spanish lexicon ships)."""
    found = _candidates_in(word, lang)
    if found:
        return found
    stand_in = stand_in_language(lang)
    if stand_in is not None:
        # A Spanish form the word lists name Portuguese (`desmoronadas`): through the
        # stand-in's own inflection rules, as its dictionary is asked.
        found = _candidates_in(word, stand_in)
        if found:
            return found
    rules = settings()["choice"]
    # A language with a lexicon of its own asks only its close ones (a pivot's Spanish word
    # named French); German `sein` is no French `sein` (`within`, from `au sein de`).
    others = rules["lexicon_fallbacks"].get(lang, rules["lexicon_languages"])
    for other in others:
        if other != lang and word.lower() in lexicon(other):
            return _candidates_in(word, other)
    return []


def pivot_lexicon_candidates(word: str, lang: str) -> list[tuple[str, Entry, int, bool]]:
    """For a word of a language with no lexicon of its own (Catalan, Occitan, Esperanto:
    not a key of ``choice.lexicon_fallbacks``): the lexicon's links of its lemma's word in a
    pivot language, the word's ending carried over (``elektantoj`` -> ``électeur`` ->
    ``voter`` -> ``voters``), as they would be for the pivot word in the sentence: the pivot
    table is apertium's translation of the lemma, the links come from the pivot language's
    parallel text. Each says whether the pivot's dictionary lists the link's word for the
    pivot word (``pivot_dictionary_senses``): a sense the pivot gives only by its lexicon is
    no second witness of that lexicon's link. The first pivot table (``_pivot_homes``,
    ``pivots``) that holds the word or its lemma, and its word's links, answers."""
    if lang in settings()["choice"]["lexicon_fallbacks"]:
        return []
    low = word.lower()
    for home in _pivot_homes(lang):
        for pivot in pivots(home):
            expand = _pivot_links(pivot_table(home, pivot), pivot)
            found = expand(low, "same") or _through_lemmas(low, home, expand)
            if found:
                return found
    return []


def _pivot_links(
    table: dict[str, str], pivot: str
) -> Callable[[str, str], list[tuple[str, Entry, int, bool]]]:
    """``_through_lemmas``' ``expand`` for ``pivot_lexicon_candidates``: a lemma's pivot
    word's lexicon entries, the form's ending carried onto each, and whether the pivot's
    dictionary lists each."""
    links = lexicon(pivot)

    def expand(base: str, form: str) -> list[tuple[str, Entry, int, bool]]:
        found = table.get(base)
        if found is None or found not in links:
            return []
        count, entries = links[found]
        listed = {sense.lower() for sense in pivot_dictionary_senses(found, pivot)}
        return [
            (english, entry, count, entry.english.lower() in listed)
            for entry in entries
            if (english := english_form(entry.english, form)) is not None
        ]

    return expand


def _candidates_in(word: str, lang: str) -> list[tuple[str, Entry, int]]:
    """Its own entries, else the entries of its base forms with the ending carried over;
    both when its own are all from one sentence."""
    table = lexicon(lang)
    low = word.lower()

    def through() -> list[tuple[str, Entry, int]]:
        return _through_lemmas(
            low,
            lang,
            lambda base, form: [
                (english, entry, table[base][0])
                for entry in (table[base][1] if base in table else ())
                if (english := english_form(entry.english, form)) is not None
            ],
        )

    if low not in table:
        return through()
    count, entries = table[low]
    own = [(_tensed(low, lang, entry.english), entry, count) for entry in entries]
    enough = int(settings()["choice"]["min_cooccurrences"])
    if any(entry.together >= enough for entry in entries):
        return own
    # The form's own links are all from one sentence: its base form's, carried into its
    # form, are more evidence (`exaucées`: `exaucer` -> `granted`), beside them.
    # A base's word in another form of an own link's word is dropped: the form's own
    # sentence showed its form (`moulants` -> `tight`, not `tights`).
    known = {text for text, _, _ in own}
    return own + [
        item
        for item in through()
        if item[0] not in known and not any(_forms_of_one_word(item[0], text) for text in known)
    ]


def prefixed(word: str, lang: str) -> list[str]:
    """``word`` as a prefix English writes and the English of its rest, when the rest gets a
    sure English word spelled like it (``choice.prefixes`` of ``word_fixes.toml``):
    ``antisoviétique`` -> ``anti-Soviet``."""
    low = word.lower()
    out = []
    # A word named with a language that has no prefixes of its own takes its stand-in's.
    stand_in = stand_in_language(lang)
    for entry in settings()["choice"].get("prefixes", []):
        for prefix in entry["source"].get(lang, entry["source"].get(stand_in or lang, ())):
            rest = word[len(prefix) :]
            if not low.startswith(prefix) or len(rest) < int(entry["min_rest"]):
                continue
            if entry.get("unless_listed") and dictionary_candidates(word, lang):
                # A dictionary knows the whole word: no compound (`comandó` is no `co-sent`).
                continue
            choice = choose(rest, lang, "<s>", "</s>")
            if choice.text is None or " " in choice.text:
                continue
            if choice.reason.startswith(_PIVOT_AGREES):
                # Two dictionaries' sense of the rest (`ventajoso` -> `profitable`) is no
                # word of the whole's own (`desventajoso` is `disadvantageous`).
                continue
            # A negation (`des-`, `in-` -> `un-`) makes a word English writes whole
            # (`desagradecidos` -> `ungrateful`): the rest need not be spelled alike, the
            # whole must be common; any other prefix heads a rest spelled like its English.
            alike = entry.get("spelled_alike", True)
            if alike and not cognate(rest, choice.text):
                continue
            if not choice.text.lower().endswith(tuple(entry.get("rest_endings", ("",)))):
                continue
            if entry.get("rest_cased") and not choice.text[:1].isupper():
                continue  # a demonym or a name after a point of the compass
            if entry.get("rest_lower") and not (choice.text.isalpha() and choice.text.islower()):
                # A closed compound of a name (`transPacific`) or of a compound the rest
                # made (`co-notion`) is no English spelling.
                continue
            text = entry["english"] + choice.text
            if not alike and zipf(text.lower(), "en") < float(entry["min_zipf"]):
                text = _rare_form(entry, choice.text)
                if text is None:
                    continue
            if is_english(text):
                out.append(text)
    return out


def _rare_form(entry: dict[str, Any], rest: str) -> str | None:
    """The compound of a prefix entry and ``rest`` (an English form) written with a hyphen,
    when the closed compound's form is rare but its base form is common English
    (``contraatacó``: `counterattacked` is rare, `counterattack` is not: `counter-attacked`);
    only for entries that allow it (``rare_form_hyphenated``)."""
    if not entry.get("rare_form_hyphenated"):
        return None
    base = _english_base(rest)
    if base is None or zipf(entry["english"] + base, "en") < float(entry["min_zipf"]):
        return None
    return f"{entry['english']}-{rest}"


def _english_base(word: str) -> str | None:
    """The base form of the regular English form ``word`` (``attacked`` -> ``attack``,
    ``terrorists`` -> ``terrorist``), or ``None`` when it is no such form."""
    low = word.lower()
    guesses = {
        "past": (low[:-2], low[:-1], low[:-3], low[:-3] + "y"),
        "ing": (low[:-3], low[:-3] + "e", low[:-4]),
        "plural": (low[:-1], low[:-2], low[:-3] + "y"),
    }
    found = [
        base
        for form, bases in guesses.items()
        for base in bases
        if len(base) >= 3 and base != low and is_english(base) and english_form(base, form) == low
    ]
    # Of the bases that make the form, the commonest (`making`: `make`, not `mak`).
    return max(found, key=lambda base: zipf(base, "en"), default=None)


def anglicisms(word: str, lang: str) -> list[str]:
    """The English verb or noun Spanish took in with its own ending (``reseteos`` ->
    ``resets``, ``clickear`` -> ``click``), for a word no dictionary or lexicon knows: the stem
    must be English, far more than it is the source's, and no source word with a vowel after
    it (``plantear`` is ``planta``'s; ``[choice.anglicism]`` of word_fixes.toml)."""
    rules = settings()["choice"].get("anglicism")
    if rules is None:
        return []
    lang = lang if lang in rules["endings"] else (stand_in_language(lang) or lang)
    low = word.lower()
    if lang not in rules["endings"] or not low.isalpha() or not low.isascii():
        return []
    if low in lexicon(lang) or dictionary_candidates(word, lang):
        return []
    out = []
    for ending, form in rules["endings"][lang]:
        stem = low[: len(low) - len(ending)]
        if not low.endswith(ending) or len(stem) < int(rules["min_stem"]):
            continue
        english = zipf(stem, "en")
        if english < float(rules["min_english_zipf"]):
            continue
        if zipf(stem, lang) > english - float(rules["min_margin"]):
            continue
        if any(
            zipf(stem + vowel, lang) >= float(rules["max_source_zipf"])
            for vowel in rules["source_vowels"]
        ):
            continue
        text = english_form(stem, form)
        if text is not None and text not in out:
            out.append(text)
    return out


def demonyms(word: str, lang: str, left: str) -> list[str]:
    """The English demonym of the gentilic ``word`` (``montenegrinos`` -> ``Montenegrins``,
    ``moravos`` -> ``Moravian`` after a noun): its stem, once a gentilic, gender or number
    ending is off, with an English demonym's ending, where the stem also names a place that
    English and ``lang`` both write (``[choice.demonym]`` of word_fixes.toml). Capitalised;
    plural only as a noun (a plural ``word`` after an opener such as ``the`` or ``and``)."""
    rules = settings()["choice"].get("demonym")
    if rules and lang not in rules["source"]:
        # A word named with a language that has no rules of its own takes its stand-in's
        # (a Spanish gentilic the word lists name Portuguese or Catalan: `morava`, `estona`).
        lang = stand_in_language(lang) or lang
    if not rules or lang not in rules["source"]:
        return []
    low = strip_accents(word.lower())
    if not low.isalpha():
        return []
    opener = left in {*settings()["choice"]["postnominal"]["openers"], *rules["noun_after"]}
    noun = opener and low.endswith("s")
    places = rules["source_places"][lang]
    place_floor = float(rules["min_place_zipf"])
    accented = word.lower()
    out: list[str] = []
    for english in rules["english"]:
        own = english.get("source", {}).get(lang)
        # A rule with endings of its own reads them as spelled (`israelíes`), the others the
        # common list on the folded word.
        endings = [strip_accents(ending) for ending in own] if own else rules["source"][lang]
        for ending in endings:
            stem = low[: len(low) - len(ending)]
            if not low.endswith(ending) or len(stem) < int(rules["min_stem"]):
                continue
            if own and not accented.endswith(tuple(own)):
                continue
            demonym = stem + english["ending"]
            if zipf(demonym, "en") < float(rules["min_demonym_zipf"]):
                continue
            named = any(
                zipf(stem + place, "en") >= place_floor
                and place in places
                and stem + places[place] != low
                and zipf(stem + places[place], lang) >= place_floor
                for place in english["places"]
            )
            if not named:
                continue
            text = demonym[:1].upper() + demonym[1:] + (english["plural"] if noun else "")
            if text not in out:
                out.append(text)
    return out


def false_friend(word: str, english: str) -> bool:
    """``english`` is a false friend of ``word`` (``eventualmente`` -> ``eventually``):
    ``[[choice.false_friends]]`` of ``word_fixes.toml``."""
    folded = strip_accents(word.lower())
    said = set(english.lower().split())
    return any(
        folded.startswith(tuple(entry["source"])) and said & set(entry["english"])
        for entry in settings()["choice"].get("false_friends", [])
    )


def other_part_of_speech(word: str, english: str) -> bool:
    """``english`` ends as another part of speech than ``word`` can be: an adjective's
    ending made a noun (``correctivo`` -> ``correction``, ``departamental`` ->
    ``department``), a person's made an adjective (``aristocrates`` -> ``aristocratic``);
    ``[[choice.part_of_speech]]`` of word_fixes.toml. Spelled alike, such a pair passes as a
    cognate, and the sentence rarely tells a noun from its adjective."""
    folded = strip_accents(word.lower())
    said = english.lower()
    if " " in said:
        return False
    for entry in settings()["choice"].get("part_of_speech", []):
        endings = tuple(entry["source"])
        ending = next((e for e in endings if folded.endswith(e)), None)
        if ending is None or len(folded) < len(ending) + int(entry["min_stem"]):
            continue
        if entry.get("alike") and not cognate(word, english):
            continue  # only the word's own stem in another part of speech
        if said.endswith(tuple(entry["english"])):
            return True
    return False


def _tensed(word: str, lang: str, english: str) -> str:
    """``english`` with the future or conditional of ``word`` carried over, when the lexicon
    learned the form's English without its auxiliary (``sucederá`` -> ``happen``, the ``will``
    aligned apart): only if ``english`` also translates the word's infinitive, so a noun with a
    verb's ending (``affront``) keeps its English."""
    table = lexicon(lang)
    for rule in settings().get("inflection", []):
        if rule["lang"] != lang or rule["english"] not in ("will", "would"):
            continue
        if not word.endswith(rule["suffix"]):
            continue
        stem = word[: len(word) - len(rule["suffix"])]
        for base in rule["bases"]:
            entries = table.get(stem + base, (0, ()))[1]
            if len(stem) + len(base) >= 3 and english in {entry.english for entry in entries}:
                return english_form(english, rule["english"]) or english
    return english


def spelled_cognates(word: str, lang: str, rare: bool = False) -> list[str]:
    """English words the spelling rules of ``word_fixes.toml`` make of ``word``
    (``activistas`` -> ``activists``): each must be a common enough English word (with
    ``rare``, a long one may be rarer: ``min_long_cognate_zipf``). The named
    language's rules first, then the others' (a word named Portuguese or Italian, such as
    ``invasiva``, often follows the Spanish ones)."""
    low = strip_accents(word.lower())
    rules = settings()["choice"]
    floor = float(rules["min_cognate_zipf"])
    # A long word made by a rule is rarely a chance match: a lower floor (word_fixes.toml).
    long_floor = float(rules.get("min_long_cognate_zipf", floor)) if rare else floor
    long_length = int(rules.get("long_cognate_length", 99))
    # The named language's rules, a close language's it borrows (``spelling_kin``), then the
    # lexicon languages'.
    kin = rules.get("spelling_kin", {}).get(lang, [])
    order = list(dict.fromkeys([lang, *kin, *rules["lexicon_languages"]]))
    for code in order:
        out: list[str] = []
        for rule in settings().get("cognate", []):
            stem = _rule_stem(rule, word, low, 0) if rule["lang"] == code else None
            if stem is None:
                continue
            for ending in rule["english"]:
                english = stem + ending
                frequency = zipf(english, "en")
                # A rare word English writes with a capital is a name (``Manoj``).
                name = english in casing() and frequency < float(rules["max_name_zipf"])
                needed = long_floor if len(english) >= long_length else floor
                if frequency >= needed and english not in out and not name:
                    out.append(english)
        if low in out and low != word.lower():
            return [low]  # the word itself, spelled without its accents, is English
        if out:
            return out
    for code in order:
        out = respelled_cognates(word, code, long_floor)
        if out:
            return out
    return []


def _rule_stem(rule: dict, word: str, low: str, min_stem: int) -> str | None:
    """The stem a cognate rule leaves of ``word`` (``low``: lower case, no accents), or
    ``None`` when its ending, exact spelling, excluded endings or stem length rule it out."""
    if not low.endswith(strip_accents(rule["suffix"])):
        return None
    if rule.get("exact") and not word.lower().endswith(rule["suffix"]):
        return None
    if word.lower().endswith(tuple(rule.get("not_after", ()))):
        return None
    stem = low[: len(low) - len(rule["suffix"])]
    return stem if len(stem) >= max(int(rule.get("min_stem", 3)), min_stem) else None


def respelled_cognates(word: str, lang: str, long_floor: float) -> list[str]:
    """English words a spelling rule makes of ``word`` once one or two of the letters its
    language simplified are written the English way (``[respelling]`` of
    ``word_fixes.toml``: ``etnóloga`` -> ``ethnologist``, ``colaborativa`` ->
    ``collaborative``): asked only when no rule makes an English word of it as spelled,
    and only for a long English word (a short one is a chance match: ``meses`` is no
    ``messes``)."""
    table = settings().get("respelling", {})
    pairs = table.get(lang)
    if not pairs:
        return []
    rules = settings()["choice"]
    floor = float(rules["min_cognate_zipf"])
    long_length = int(rules.get("long_cognate_length", 99))
    shortest = int(table["min_english_length"])
    low = strip_accents(word.lower())
    # A dictionary that knows the word and lists no such sense disagrees (`colocado` is
    # `placed`, no `collocated`; `ejecución` no `ejection`).
    listed = {text.lower() for text in dictionary_candidates(word, lang)}
    out: list[str] = []
    for rule in settings().get("cognate", []):
        if rule["lang"] != lang or not rule["suffix"]:
            continue  # the word as it is (no ending respelled) is too weak a frame
        stem = _rule_stem(rule, word, low, int(table["min_stem"]))
        if stem is None:
            continue
        for ending in rule["english"]:
            # Of the spellings one ending makes, the one English writes most (`aggressively`,
            # not also the misspelt `agressively`).
            best, best_zipf = "", 0.0
            for variant in _respellings(stem, pairs, int(table["max_changes"])):
                english = variant + ending
                if len(english) < shortest or english in casing():
                    continue
                if listed and english not in listed:
                    continue
                frequency = zipf(english, "en")
                needed = long_floor if len(english) >= long_length else floor
                if frequency >= needed and frequency > best_zipf:
                    best, best_zipf = english, frequency
            if best and best not in out:
                out.append(best)
    return out


def _respellings(stem: str, pairs: dict[str, Any], changes: int) -> list[str]:
    """``stem`` with up to ``changes`` of its letters written as English writes them: an
    ``inside`` pair anywhere but the first letter, a ``first`` pair at the beginning
    (``filosófico`` -> ``philosophical``), a ``start`` pair at the beginning before a
    consonant (``es`` + consonant -> ``s``: ``estratosférico`` -> ``stratospheric``)."""
    seen = {stem}
    frontier = [stem]
    for _ in range(changes):
        found = []
        for text in frontier:
            made = []
            for source, english in pairs.get("start", ()):
                rest = text[len(source) :]
                if text.startswith(source) and len(rest) > 1 and rest[0] not in _VOWELS:
                    made.append(english + rest)
            for source, english in pairs.get("first", ()):
                if text.startswith(source):
                    made.append(english + text[len(source) :])
            for source, english in pairs["inside"]:
                at = text.find(source, 1)
                while at != -1:
                    made.append(text[:at] + english + text[at + len(source) :])
                    at = text.find(source, at + 1)
            for variant in made:
                if variant not in seen:
                    seen.add(variant)
                    found.append(variant)
        frontier = found
    seen.discard(stem)
    return sorted(seen)


def cognate(source: str, english: str) -> bool:
    """Spelled alike once accents are folded: close overall, or sharing a long beginning
    (``exotiques``/``exotic``, ``homogènes``/``homogeneous``)."""
    from rapidfuzz import fuzz

    rules = settings()["choice"]
    folded = strip_accents(source.lower())
    for part in english.lower().split():
        # A cognate is no mere piece of the word (`multi` for `multifonctionnelle`), and
        # does not negate it (`noncombatants` for `combatientes`).
        if len(part) < float(rules["min_cognate_length_share"]) * min(map(len, folded.split())):
            continue
        if any(
            part.startswith(prefix) and not folded.startswith(prefix)
            for prefix in rules["negating_prefixes"]
        ):
            continue
        # Nor the word without its beginning (`Constitution` for `inconstitucional`,
        # `American` for `sudamericano`): cognates start alike, but for the e French and
        # Spanish put where English has s (`estudiante`/`student`, `écailles`/`scales`).
        starts = {word[:1] for word in folded.split()}
        starts |= {"s", *(word[1:2] for word in folded.split())} if folded[:1] == "e" else set()
        if part[:1] not in starts:
            continue
        if fuzz.ratio(folded, part) >= float(rules["min_cognate_ratio"]):
            return True
        shared = len(os.path.commonprefix([folded, part]))
        shorter = min(len(folded), len(part))
        if (
            shared >= int(rules["min_cognate_prefix"])
            and shared >= float(rules["min_cognate_prefix_share"]) * shorter
        ):
            return True
    return False


def is_english(text: str, source: str = "") -> bool:
    """Every word of ``text`` is an English word, or copied from ``source`` (a name); a piece
    of a contraction (``don``, ``ve``) is not a word."""
    rules = settings()["choice"]
    floor = float(rules["min_english_zipf"])
    fragments = set(rules["fragments"])
    copied = set(_WORD.findall(source))
    words = _WORD.findall(text)
    return bool(words) and all(
        (zipf(w.lower(), "en") >= floor and w.lower() not in fragments)
        or (w in copied and w[0].isupper())
        for w in words
    )


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen English text (``None``: flag), why, and how sure."""

    text: str | None
    reason: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Scored:
    """One candidate for a stray word: its text, its witnesses (what vouches for it, after the
    gates), its pooled evidence, and its score (own support plus fit in the sentence)."""

    text: str
    sure: tuple[str, ...]
    row: dict[str, float]
    total: float


def scored_candidates(
    span: str,
    lang: str,
    left: str,
    right: str,
    model: list[tuple[str, float]] | None = None,
) -> list[Scored]:
    """Every English candidate for ``span``, best first (see ``choose``)."""
    rules = settings()["choice"]
    words = _WORD.findall(span)
    pooled: dict[str, dict[str, float]] = {}
    senses: list[str] = []
    for text, score in model or []:
        text = _bare(text.strip().rstrip(".!?").strip(), len(words))
        if not text or text.lower() == span.lower() or not is_english(text, span):
            continue
        key = text.lower()
        row = pooled.setdefault(key, {})
        row["model"] = max(row.get("model", -99.0), score)
    if len(words) == 1:
        plain = strip_accents(words[0].lower())
        for text in spelled_cognates(words[0], lang):
            # The word itself without its accents (`sédation`) is surer than a respelled
            # ending, unless it is a word another language writes so more than English does
            # (`très` -> `tres`, Spanish `three`): no English word then.
            folded = text == plain != words[0].lower()
            if folded and _more_foreign_than_english(text):
                continue
            row = pooled.setdefault(text, {})
            row["spelled"] = float(rules["folded_support"]) if folded else 1.0
        for text, entry, count in lexicon_candidates(words[0], lang):
            if not is_english(text) or _weak_acronym(words[0], text, entry.together):
                continue
            row = pooled.setdefault(text.lower(), {})
            row["lexicon"] = max(row.get("lexicon", 0.0), entry.probability)
            row["together"] = max(row.get("together", 0), entry.together)
            row["count"] = count
        _pair_of_a_binomial(pooled)
        _other_number_links(words[0], lang, pooled)
        compounds = prefixed(words[0], lang)
        pieces = {part for text in compounds for part in text.lower().replace("-", " ").split()}
        others = {text: row for text, row in pooled.items() if text not in pieces}
        if compounds and len(others) < len(pooled) and not _sure_of_any(others, rules):
            # Links to a word of the compound only (`norcoreano` -> `north`, from the
            # sentences of `North Korean`) align one word of its phrase: the compound beats
            # them.
            pooled = others
        if not _sure_of_any(pooled, rules):
            # A link the lexicon made from a sentence or two is no word for the whole
            # (`copropietario`: `owner` and `co`, once each; the prefix makes `co-owner`).
            for text in compounds:
                # Kept as spelled (`anti-Soviet`): the casing table knows no compound.
                pooled.setdefault(text, {})["prefixed"] = 1.0
            for text in demonyms(words[0], lang, left):
                # Capitalised when chosen (``choose``), as every demonym.
                pooled.setdefault(text.lower(), {})["demonym"] = 1.0
            for text in anglicisms(words[0], lang):
                pooled.setdefault(text, {})["anglicism"] = 1.0
        spelled_alike = [
            text for text, row in pooled.items() if "spelled" in row or cognate(span, text)
        ]
        guesses = [text for text in spelled_alike if _unsure_guess(pooled[text], rules)]
        if len(guesses) == len(spelled_alike):
            # No witness spells it alike: a rare long English word a rule makes of it
            # (`photoélectrique` -> `photoelectric`), never beside a spelling a witness has
            # (`archaeologists` from the lexicon beats a rule's `archeologists`). Beside a
            # guess the model alone is unsure of, only the rule's word that is the guess in
            # one form or another: the two agree (`expressionnistes`: the model's
            # `expressionist` at -1.6, the rule's `expressionists`).
            for text in spelled_cognates(words[0], lang, rare=True):
                if text == plain and _more_foreign_than_english(text):
                    continue
                if not guesses or any(_one_rare_word(text, guess) for guess in guesses):
                    pooled.setdefault(text, {})["spelled"] = 1.0
        # Last: a dictionary's sense is no spelling witness (the rare spelling above is asked
        # only when no other witness spells the word alike).
        listed = dictionary_candidates(words[0], lang)
        senses = [text for text in listed if is_english(text)]
        for text in senses:
            pooled.setdefault(text.lower(), {})["dictionary"] = 1.0
        if not any("lexicon" in row for row in pooled.values()) and not any(
            _dictionary_candidates_in(words[0], code)
            for code in (lang, stand_in_language(lang))
            if code is not None
        ):
            # No lexicon of its language, and its senses come through a pivot: the pivot
            # word's links vouch for the senses the pivot's dictionary lists (never for
            # another word, nor for a sense that is that same lexicon's link: `paramento` ->
            # `ménage` -> `maid`, from `femme de ménage`). Not for a word its own language's
            # wordnet knows: its synsets are the word's senses, and the pivot word's commonest
            # use picks one of them for another word (a Spanish `estona` named Catalan is no
            # Catalan `while`; `censat` is `registered`, no `supposed` of French `censé`), nor
            # one its stand-in's knows (`sobren`, Spanish `sobrar`: no `stay` of `rester`).
            for text, entry, count, by_dictionary in pivot_lexicon_candidates(words[0], lang):
                row = pooled.get(text.lower())
                if (
                    row is None
                    or "dictionary" not in row
                    or not by_dictionary
                    or _weak_acronym(words[0], text, entry.together)
                ):
                    continue
                row["lexicon"] = max(row.get("lexicon", 0.0), entry.probability)
                row["together"] = max(row.get("together", 0), entry.together)
                row["count"], row["pivot_lexicon"] = count, 1.0
        sole = _sole_sense(senses)
        if strip_accents(words[0].lower()) in {strip_accents(text.lower()) for text in listed}:
            # The dictionary gives the word itself as an English sense, however rare
            # (`rocambolesque`): the other one is not its only sense.
            sole = None
        if sole is not None and _synset_word(sole, words[0], lang):
            # A wordnet's one lemma for a rare synset is another sense (`funesta` ->
            # `noxious`, `antaño` -> `yore`): listed, not the only translation.
            sole = None
        if sole is not None and _by_close_lemma(words[0], lang):
            # A close language's wordnet knows its own senses of the lemma, not all of the
            # word's (Catalan `provocadora` is a `siren`; the Spanish adjective provokes).
            sole = None
        if sole is not None:
            # The dictionary knows one English word for the lemma: no sense to choose.
            pooled[sole.lower()]["sole_sense"] = 1.0
    else:
        joined = _word_by_word(words, lang, left, right)
        if joined is not None:
            row = pooled.setdefault(joined.lower(), {})
            row["each"], row["lexicon"] = 1.0, 0.5
    # The likeliest link counts before the part-of-speech and false-friend filters: the link
    # after a dropped `decision` (`décisionnel`) is `making`, a piece of the same phrase, no
    # likelier for the first one's going.
    best_lexicon = max((row.get("lexicon", 0.0) for row in pooled.values()), default=0.0)
    if len(words) == 1:
        pooled = {
            text: row
            for text, row in pooled.items()
            if not false_friend(words[0], text)
            and not other_part_of_speech(words[0], text)
            and not _number_disagrees(text, left)
        }
    # A candidate that says the word beside it again (`homo sovieticus mentality` ->
    # `mentality mentality`) is a link learned from English that kept the source word.
    pooled = {
        text: row
        for text, row in pooled.items()
        if text.split()[-1] != left and text.split()[0] != right
    }
    if len(words) == 1 and _adverb(words[0], lang):
        pooled = {text: row for text, row in pooled.items() if " " in text or text.endswith("ly")}
    if len(words) == 1 and _infinitive(words[0], lang, left):
        pooled = {text: row for text, row in pooled.items() if _verb_like(text)}
    if len(words) == 1 and left in rules["infinitive"]["modal_heads"]:
        # A modal takes the bare verb: `should être avoided` is `be`, never `being`.
        pooled = {text: row for text, row in pooled.items() if not text.split()[0].endswith("ing")}
    model_ok = float(rules["min_model_score"])
    alike = _most_alike(span, [text for text, row in pooled.items() if "dictionary" in row])
    scored = []
    for text, row in pooled.items():
        sure = []
        lexicon_p = row.get("lexicon", 0.0)
        lexicon_ok = lexicon_p >= float(rules["min_lexicon_probability"])
        if "model" in row and lexicon_p > 0:
            sure.append("the model and the lexicon agree")
        elif len(words) == 1 and _other_form(text, row, pooled):
            sure.append("the model and the lexicon agree on the word (in another form)")
        if "spelled" in row:
            sure.append("the English spelling of the word")
            if "model" in row and lexicon_p == 0:
                # Two witnesses: a spelling rule and the model make the same word
                # (`correctivo` -> `corrective`).
                sure.append("the model spells it so too")
        # A dictionary lists every sense; another witness naming the same word picks it,
        # unless that witness is a lexicon link a likelier one outvotes.
        if (
            "dictionary" in row
            and ("model" in row or lexicon_p > 0 or "spelled" in row)
            and not _outvoted(text, row, pooled, alike)
        ):
            sure.append("the dictionary lists it too")
        elif "dictionary" in row and len(words) == 1 and _in_another_form(text, pooled):
            sure.append("the dictionary lists it, another witness in another form")
        elif "dictionary" in row and _linked_word_by_word(text, pooled, rules):
            # The lexicon aligned the dictionary's phrase one word at a time (`profiter`:
            # `take` and `advantage`, each from many sentences): the phrase is the link.
            sure.append("the dictionary's phrase, each word linked by the lexicon")
        if "sole_sense" in row and not _rivalled(text, pooled, span):
            sure.append("the dictionary's only sense")
        elif text in alike and not _rivalled(text, pooled, span):
            # Among the senses a dictionary lists, the one spelled most like the source
            # (`eclipsó` -> `eclipsed`, `crêtes` -> `crests`, Catalan `sistèmic` -> `systemic`,
            # `astronàutica` -> `astronautics`, not the also-listed `aeronautics`) is the one
            # a reader recognises: a witness where no model or lexicon knows the language, and
            # beside them unless one of them says another word (`achèvement`: `completion`).
            sure.append("the dictionary lists a word spelled like it")
        if "other_number" in row:
            sure.append(f"the word in the other number is linked to it {row['other_number']} times")
        if "each" in row:
            sure.append("word by word")
        if "prefixed" in row:
            sure.append("a prefix English writes and a word spelled alike")
        if "demonym" in row:
            sure.append("the demonym of a place English and the source both name")
        if "anglicism" in row:
            sure.append("an English word with a Spanish ending")
        # Links both alignment directions made, in distinct sentences: no Dice gate is needed
        # (a frequent English word next to a rare source word is linked one way only).
        if lexicon_ok and row.get("together", 0) >= int(rules["min_cooccurrences"]):
            seen = "its pivot word" if "pivot_lexicon" in row else "it"
            sure.append(f"the lexicon has seen {seen} {int(row['together'])} times")
        elif len(words) == 1 and _every_sentence(text, row, pooled, words[0], lang, rules):
            sure.append("the few sentences the lexicon has of the word link it")
        is_cognate = (lexicon_p > 0 or "model" in row) and cognate(span, text)
        if is_cognate and lexicon_p == 0 and not _starts_alike(span, text):
            # The model's word alone, alike only past its beginning (`recouvertes` ->
            # `reverted`), is a guess at a spelling, not a cognate.
            is_cognate = False
        if is_cognate and lexicon_p > 0:
            sure.append("a cognate")
        elif (
            is_cognate
            and "spelled" not in row
            and " " not in text
            and row.get("model", -99.0) >= model_ok
        ):
            # The model is sure of a word spelled like the source (`cosmonautes` ->
            # `cosmonauts`): a second witness, beside the lexicon's `astronauts` alone.
            sure.append("a cognate")
        # A phrase the model makes of one word alone (`they write uniforms`, `let's decide`)
        # is a paraphrase of a guess: the model alone vouches only for a word.
        if row.get("model", -99.0) >= model_ok and (len(words) > 1 or " " not in text):
            sure.append(f"the model is sure (score {row['model']:.2f})")
        sure = _gated(sure, row, lexicon_p, best_lexicon, is_cognate, len(words), senses)
        if sure and _a_name_for_a_noun(span, text, sure, row, senses):
            sure = []
        support = (
            lexicon_p
            + row.get("other_probability", 0.0)
            + (math.exp(row["model"]) if "model" in row else 0.0)
            + float(rules["spelled_support"]) * row.get("spelled", 0.0)
            + float(rules["spelled_support"]) * row.get("prefixed", 0.0)
            + float(rules["spelled_support"]) * row.get("demonym", 0.0)
            + float(rules["spelled_support"]) * row.get("anglicism", 0.0)
            + float(rules["dictionary_support"]) * row.get("dictionary", 0.0)
        )
        fit = bigrams().fit(text.split(), left, right)
        total = math.log10(max(support, 1e-6)) + float(rules["context_weight"]) * fit
        if is_cognate or "spelled" in row:
            total += float(rules["cognate_bonus"])
        scored.append(Scored(text, tuple(sure), row, total))
    scored.sort(key=lambda item: -item.total)
    return scored


def _sure_of_any(pooled: dict[str, dict[str, float]], rules: dict[str, Any]) -> bool:
    """Whether a spelling rule or a strong lexicon link vouches for any candidate."""
    return any("spelled" in row or _strong_link(row, rules) for row in pooled.values())


def _strong_link(row: dict[str, float], rules: dict[str, Any]) -> bool:
    """The lexicon links the word to this candidate from enough sentences to be sure."""
    return row.get("lexicon", 0.0) >= float(rules["min_lexicon_probability"]) and row.get(
        "together", 0
    ) >= int(rules["min_cooccurrences"])


def senses_to_score(word: str, lang: str) -> list[str]:
    """The dictionary's English senses of the lone stray ``word`` that the model may be asked
    to rank (``choose``'s ``sense_scores``): English ones, at most
    ``[choice.model_sense] max_senses``; none for a run or where the rule is off."""
    rules = settings()["choice"].get("model_sense")
    if not rules or " " in word.strip() or not _WORD.fullmatch(word.strip()):
        return []
    senses = [text for text in dictionary_candidates(word, lang) if is_english(text)]
    return senses[: int(rules["max_senses"])]


def choose(
    span: str,
    lang: str,
    left: str,
    right: str,
    model: list[tuple[str, float]] | None = None,
    sense_scores: dict[str, float] | None = None,
    context_scores: dict[str, float] | None = None,
) -> Choice:
    """The English for the stray ``span`` (one word or a short run) between ``left`` and
    ``right`` (the neighbouring words, lower case; ``<s>``/``</s>`` at the edges), given the
    model's hypotheses ``(text, mean log-probability)`` if any, and its scores of the
    dictionary's senses (``senses_to_score``) if asked, alone and in the word's sentence."""
    rules = settings()["choice"]
    glued = _unglued(span, lang, left, right)
    if glued is not None:
        return glued
    scored = scored_candidates(span, lang, left, right, model)
    if not scored:
        return Choice(None, "no English candidate (model or lexicon)", 0.0)
    sure_ones = [item for item in scored if item.sure]
    if not sure_ones:
        agreed = _pivot_agrees(scored, span, lang)
        if agreed is not None:
            return agreed
        preferred = _model_sense(scored, sense_scores or {}, span, context_scores)
        if preferred is not None:
            return preferred
        return Choice(None, f"unsure of {scored[0].text!r} (no two witnesses agree)", 0.5)
    best = sure_ones[0]
    if rules.get("prefer_two_witnesses", False):
        # More witnesses beat fewer (`pitié`: the lexicon's `mercy` alone, `pity` from the
        # model and the lexicon both), however the sentence ranks them; among as many, the
        # sentence decides.
        # Unless the sentence never has it beside either neighbour while the best-scored one
        # is seen there: `a again love` for `nuevo` (the model's and the lexicon's `again`,
        # from `de nuevo`), beside the dictionary's `new` that the model says too.
        witnessed = max(sure_ones, key=lambda item: len(item.sure))
        if witnessed is best or not (
            bigrams().unseen_beside(witnessed.text.split(), left, right)
            and not bigrams().unseen_beside(best.text.split(), left, right)
        ):
            best = witnessed
    if "sole_sense" not in best.row and best.row.get("count", 99) < int(
        rules["sole_sense"]["rival_min_count"]
    ):
        # A link of a word the lexicon met once or twice yields to the dictionary's only
        # sense, when as many witnesses vouch for that (`rezos`: `prayers`, not the one
        # sentence pair's `prays`).
        best = next(
            (
                other
                for other in sure_ones
                if "sole_sense" in other.row and len(other.sure) >= len(best.sure)
            ),
            best,
        )
    if "dictionary" not in best.row:
        # The dictionary's form of the same word: it carried the source word's inflection
        # over (`tecnologie` -> `technologies`, the lexicon's `technology` aside).
        best = next(
            (
                other
                for other in sure_ones
                if "dictionary" in other.row and _forms_of_one_word(best.text, other.text)
            ),
            best,
        )
    in_number = _in_number(best.text, [other.text for other in scored], span, lang)
    if in_number is not None:
        # The same English word in the source's number: the witnesses vouch for the word.
        return Choice(
            _cased(in_number, span, lang), "; ".join([*best.sure, "in the word's number"]), 0.8
        )
    if (
        len(sure_ones) > 1
        and best.total - sure_ones[1].total < float(rules["min_lead"])
        and len(best.sure) < 2
    ):
        return Choice(None, f"{best.text!r} and {sure_ones[1].text!r} fit equally well", 0.5)
    if _english_plural(span, best.text):
        return Choice(None, f"{span!r} is an English plural of {best.text!r}", 0.5)
    confidence = 0.9 if len(best.sure) >= 2 else 0.8
    gerund = _gerund(best.text, span, lang, left)
    if gerund is not None:
        reason = "; ".join([*best.sure, f"after {left!r}, the -ing form"])
        return Choice(_cased(gerund, span, lang), reason, confidence)
    return Choice(_cased(best.text, span, lang), "; ".join(best.sure), confidence)


def _cased(text: str, span: str, lang: str) -> str:
    """``text`` in its usual English spelling (``cased``), capitalised where it is the
    demonym the gentilic ``span`` makes (``bosnios`` -> ``Bosnians``, ``moravos`` ->
    ``Moravian``), which the casing table may not know."""
    low = text.lower()
    if " " not in span.strip():
        for demonym in demonyms(span.strip(), lang, "<s>"):
            if low in (demonym.lower(), f"{demonym.lower()}s"):
                return text[:1].upper() + text[1:]
    return cased(text)


def _more_foreign_than_english(word: str) -> bool:
    """Whether a language of the stray-word lists writes ``word`` more than English does."""
    from repair.langid.base import foreign_data

    english = zipf(word, "en")
    return any(zipf(word, lang) > english for lang in foreign_data()["stray"]["languages"])


def _english_plural(span: str, text: str) -> bool:
    """Whether the fix of ``span`` would only drop the final `s` of a word English writes
    (``[choice] min_english_plural_zipf``): an English plural, not the source's."""
    low = span.lower()
    if not low.endswith("s") or text.lower() != low[:-1] or cased(low[:-1])[:1].isupper():
        # A name's plural is the source's (`talibans`: English writes `Taliban`).
        return False
    return zipf(low, "en") >= float(settings()["choice"]["min_english_plural_zipf"])


_PIVOT_AGREES = "its dictionary and the pivot's agree"


def _other_witness(row: dict[str, float]) -> bool:
    """Whether a witness apart from the dictionaries names the candidate: the lexicon's link
    (`merienda` -> `snack`, from one sentence) or the model's n-best."""
    return "lexicon" in row or "model" in row


def _pivot_agrees(scored: list[Scored], span: str, lang: str) -> Choice | None:
    """The sense the word's pivot gives and its own dictionary, the lexicon or the model
    gives too, when no two witnesses agree on any candidate: a wordnet lists every synset of
    a lemma (`despreocupado`: `forgetful`, `carefree`, `happy-go-lucky`) and the pivot's
    dictionary its own senses of its own word (`insouciant`: `carefree`, `careless`); two
    sources built apart that name the same English word (`carefree`, `impune` ->
    `unpunished`, `empató` -> `equalised`, `merienda` -> `snack` with the lexicon's one
    sentence) are two witnesses. ``[choice.pivot_agreement]``: only a lone word whose
    own dictionary lists at most ``max_own_senses`` senses and the pivot at most
    ``max_pivot_senses`` (a long list of each shares a common word by chance), never a
    phrase ending in a particle; among several agreed senses, the one the sentence fits
    best (``scored`` is best first), when they are forms of one word or lead by
    ``min_lead``."""
    rules = settings()["choice"].get("pivot_agreement")
    if not rules or len(_WORD.findall(span)) != 1:
        return None
    # A word the word lists name Portuguese, often Spanish a pivot left, goes through its
    # stand-in's pivot and dictionary (`revestir`).
    home = lang if pivot_table(lang) else stand_in_language(lang)
    unlisted = settings()["choice"].get("unlisted_languages", ())
    if home is None and not unlisted:
        return None
    own = {sense.lower() for sense in _dictionary_candidates_in(span, home or lang)}
    if len(own) > int(rules["max_own_senses"]):
        return None
    # Each pivot is a witness of its own, the first that agrees (`adecue`: French `adapter`
    # gives `adapt`, which the wordnet does not list; Catalan `adequar` its `fit`); then the
    # pivots of the languages no word list holds (an Occitan word the lists name Catalan).
    asked = [(home, name) for name in pivots(home)] if home else []
    asked += [(other, name) for other in unlisted if other != home for name in pivots(other)]
    for code, name in asked:
        through = _through_pivot(span, code, [name])
        if through is None or len(set(through[1])) > int(rules["max_pivot_senses"]):
            continue
        agreed = _agreed_sense(scored, own, {sense.lower() for sense in through[1]}, rules)
        if agreed is not None:
            reason = f"{_PIVOT_AGREES} ({through[0]}, {agreed[1]} shared)"
            return Choice(_cased(agreed[0], span, lang), reason, 0.8)
    return None


def _agreed_sense(
    scored: list[Scored], own: set[str], pivot: set[str], rules: dict[str, Any]
) -> tuple[str, int] | None:
    """The sense a pivot's senses and the word's own dictionary (or another witness) share,
    best by the sentence and leading its rivals (``_pivot_agrees``), with how many they
    share; ``None`` if none or no clear one."""
    particles = set(settings()["choice"]["phrase_glue"])
    agreed = [
        item
        for item in scored
        if item.text in pivot
        and ((item.text in own and "dictionary" in item.row) or _other_witness(item.row))
        and not (" " in item.text and item.text.split()[-1] in particles)
        and zipf(item.text.split()[-1], "en") >= float(rules["min_zipf"])
    ]
    if not agreed:
        return None
    best = agreed[0]
    rivals = [
        item
        for item in agreed[1:]
        if not _forms_of_one_word(best.text, item.text)
        and item.text.replace("z", "s") != best.text.replace("z", "s")  # `equalized`
    ]
    if rivals and best.total - rivals[0].total < float(rules["min_lead"]):
        return None
    return best.text, len(agreed)


def _model_sense(
    scored: list[Scored],
    sense_scores: dict[str, float],
    span: str,
    context_scores: dict[str, float] | None = None,
) -> Choice | None:
    """The dictionary's sense the model scores clearly above the others, when no two
    witnesses agree on any candidate: a dictionary lists every sense of a word, and a model
    that cannot translate the rare word alone (its n-best for ``colisionó`` is ``hung up``)
    still ranks the listed senses (``crashed`` far above ``bumped into``). The sense must
    score at least ``[choice.model_sense] min_score`` (mean log-probability per token), lead
    every other sense that is not the same word by ``min_lead``, and be an English word at
    least ``min_zipf`` common (the model's liking for a rare word it cannot place, such as
    ``swash`` for ``jactarse``, is no evidence). Only a candidate the filters kept (false
    friends, parts of speech, adverbs) may be chosen, none beside a candidate spelled like the
    word, and none of a lone sense (no ranking). ``context_scores`` rank the senses in the
    word's sentence (``context_languages``): their pick leads by ``context_min_lead`` (every
    copied word's score is shared), and where both rankings pick, they must agree."""
    rules = settings()["choice"].get("model_sense")
    if not rules or len(_WORD.findall(span)) != 1:
        return None
    alone = _ranked_sense(scored, sense_scores, span, float(rules["min_lead"]))
    if not context_scores:
        return alone
    in_context = _ranked_sense(scored, context_scores, span, float(rules["context_min_lead"]))
    if alone is not None and in_context is not None and alone.text != in_context.text:
        return None
    if in_context is not None and len(sense_scores) > 1:
        # Where the word alone ranks the senses, even below its own bar, its first must be
        # the sentence's pick: two rankings agree (`desmoronó`: `collapsed` both), a sentence
        # alone picks a sense the word alone puts behind others (`pechera`: not `tit`).
        first = max(sense_scores, key=lambda text: sense_scores[text])
        if first.lower() != in_context.text.lower():
            return None
    if in_context is not None:
        return Choice(in_context.text, f"{in_context.reason} in its sentence", 0.8)
    return alone


def _ranked_sense(
    scored: list[Scored], sense_scores: dict[str, float], span: str, min_lead: float
) -> Choice | None:
    """The sense ``sense_scores`` put at least ``min_lead`` ahead (``_model_sense``)."""
    rules = settings()["choice"]["model_sense"]
    if not sense_scores:
        return None
    kept = {item.text: item for item in scored if "dictionary" in item.row}
    # A phrase ending in a particle (`kicked up`, `fitted out`) is an idiom a wordnet lists for
    # one synset; the model scores its common words high whatever the source word means.
    particles = set(settings()["choice"]["phrase_glue"])
    ranked = sorted(
        (
            (score, text.lower())
            for text, score in sense_scores.items()
            if not (" " in text and text.split()[-1].lower() in particles)
        ),
        reverse=True,
    )
    if len(ranked) < 2:
        # One sense is no ranking: the only sense the sole-sense rule refused stays refused.
        return None
    best_score, best = ranked[0]
    item = kept.get(best)
    if item is None or best_score < float(rules["min_score"]):
        return None
    if any(zipf(part, "en") < float(rules["min_zipf"]) for part in best.split()):
        return None
    if not cognate(span, best) and any(
        cognate(span, other.text) for other in scored if other.text != best
    ):
        # A candidate spelled like the word (the model's `indolent` for `indolents`) says
        # the sense is another than this one (`low-grades`): the sole-sense rival rule.
        return None
    rivals = [
        score
        for score, text in ranked[1:]
        if not _forms_of_one_word(best, text) and best not in text.split() and text not in best
    ]
    lead = best_score - max(rivals, default=-99.0)
    if lead < min_lead:
        return None
    reason = (
        f"the model prefers it among the dictionary's senses (score {best_score:.2f}, "
        f"{lead:.2f} ahead)"
    )
    return Choice(cased(item.text), reason, 0.8)


_AUXILIARY_HEADS = frozenset(
    "will would can could may might shall should must has have had is are was were does did".split()
)


def _unglued(span: str, lang: str, left: str, right: str) -> Choice | None:
    """A clitic or an auxiliary a pivot glued to its verb (``seañade``: Spanish ``se añade``,
    ``hacontado``: ``ha contado``): the English the fixer is sure of for the verb form, in the
    clitic's pattern (``adds``, ``has told``); ``None`` for a word its language writes, one the
    lexicon or a dictionary knows, or a rest that is no common verb form
    (word_fixes.toml ``[choice.glued_clitic]``)."""
    rules = settings()["choice"].get("glued_clitic", {})
    word = span.strip()
    low = word.lower()
    if " " in word or not rules:
        return None
    home = lang if lang in rules["clitics"] else stand_in_language(lang)
    if home not in rules["clitics"] or zipf(low, home) > 0 or zipf(low, lang) > 0:
        return None
    if low in lexicon(home) or dictionary_candidates(low, home):
        return None
    for clitic, pattern in sorted(rules["clitics"][home].items(), key=lambda kv: -len(kv[0])):
        rest = low[len(clitic) :]
        if not low.startswith(clitic) or len(rest) < 4:
            continue
        if zipf(rest, home) < float(rules["min_rest_zipf"]):
            continue
        auxiliary = clitic in set(rules["auxiliaries"])
        if auxiliary and not rest.endswith(tuple(rules["participle_endings"][home])):
            continue
        inner = choose(rest, home, left, right)
        if inner.text is None:
            continue
        head = inner.text.split()[0].lower()
        if head in _AUXILIARY_HEADS and auxiliary:
            continue  # `has will ...`: no participle
        if not auxiliary and head not in _AUXILIARY_HEADS and not _finite_verb(head):
            continue
        text = pattern.format(verb=inner.text)
        reason = f"{inner.reason}; {clitic!r} glued to its verb {rest!r}"
        return Choice(text, reason, inner.confidence)
    return None


def _finite_verb(head: str) -> bool:
    """An English verb, or one in a finite form (``adds``, ``explained``) whose base, common
    in the bigram counts, follows ``to`` there (``_verb_like``): ``white`` is none."""
    bases = [head]
    if head.endswith("s"):
        bases += [head[:-1], head[:-2]] if head.endswith("es") else [head[:-1]]
    if head.endswith("ed"):
        bases += [head[:-2], head[:-1]]
    common = int(settings()["choice"]["infinitive"]["min_unigram"])
    return any(bigrams().unigrams.get(base, 0) >= common and _verb_like(base) for base in bases)


def _most_alike(span: str, listed: list[str]) -> set[str]:
    """The dictionary's one-word senses of ``span`` spelled most like it, if any is a cognate:
    a dictionary lists near neighbours too (``astronàutica``: ``astronautics`` and
    ``aeronautics``), and only the closest spelling is the word itself. A sense much longer
    than the word only starts like it (a clipped word: ``heteros`` is no ``heterosexuals``)."""
    from rapidfuzz import fuzz

    folded = strip_accents(span.lower())
    longest = len(span) + int(settings()["choice"]["max_alike_extra_letters"])
    ratios = {
        text: fuzz.ratio(folded, text.lower())
        for text in listed
        if " " not in text and len(text) <= longest and cognate(span, text)
    }
    best = max(ratios.values(), default=0.0)
    return {text for text, ratio in ratios.items() if ratio == best}


def _gated(
    sure: list[str],
    row: dict[str, float],
    lexicon_p: float,
    best: float,
    is_cognate: bool,
    words: int,
    senses: Sequence[str] = (),
) -> list[str]:
    """The witnesses of a candidate, emptied when the only one is weak (calibrated on the first
    half of the real-MT benchmark, where such replacements held a wrong word or sense most):
    the lexicon alone, from few sentences, with a low probability or a likelier rival (``orgue``
    -> ``culmination`` beside ``organ``) or against a dictionary that lists many one-word
    senses of the word and not this one (``tremendo`` -> ``terrific``, ``mañoso`` ->
    ``picky``: a dictionary that knows the word that well disagrees), or the model alone with
    a word not spelled like the source (``recouverts`` -> ``reverted``)."""
    if len(sure) != 1 or words > 1:
        return sure
    rules = settings()["choice"]
    if sure[0].startswith("the lexicon has seen it"):
        weak = row.get("together", 0) < int(rules["min_lone_cooccurrences"])
        if weak and (lexicon_p < float(rules["min_lone_probability"]) or lexicon_p < best):
            return []
        listed = [sense for sense in senses if " " not in sense]
        if weak and "dictionary" not in row and len(listed) >= int(rules["min_senses_against"]):
            return []
    if sure[0].startswith("the model is sure") and not is_cognate and "lexicon" not in row:
        return []
    return sure


def _a_name_for_a_noun(
    span: str, text: str, sure: list[str], row: dict[str, float], senses: Sequence[str]
) -> bool:
    """Whether the one witness of ``text`` is a link of a lower-case word to a name, from
    few sentences, that the dictionary, knowing the word, does not list (`arche` -> `Noah`:
    the two sentences of Noah's ark): a common noun's translation is not a name, unless
    many sentences say so (`allemand` -> `German`)."""
    if len(sure) != 1 or not sure[0].startswith("the lexicon has seen it"):
        return False
    if not senses or "dictionary" in row or not span[:1].islower():
        return False
    weak = row.get("together", 0) < int(settings()["choice"]["min_lone_cooccurrences"])
    return weak and cased(text)[:1].isupper()


def _number_disagrees(text: str, left: str) -> bool:
    """Whether the one-word ``text`` ends as a plural or a verb's third person (`-s`) right
    after ``left``, a determiner of one thing (``choice.singular_determiners``: `a devorador
    of energy` is no `a eats of energy`), and the English counts never show the two together
    (`a series`, `a bus`, `a crisis` are written)."""
    if left not in settings()["choice"].get("singular_determiners", ()):
        return False
    if " " in text or not text.endswith("s") or text.endswith(("ss", "us", "is")):
        return False
    return not bigrams().bigrams.get(f"{left} {text}")


def _other_number_links(word: str, lang: str, pooled: dict[str, dict[str, float]]) -> None:
    """Mark the lexicon's candidates of ``word`` that the same word in the other number
    (``ressortissant`` / ``ressortissants``) links often and likely: the singular's weak
    ``nationals`` from one sentence is the plural's ``nationals`` from 14, written in the
    word's own number (``national``); word_fixes.toml ``[choice.other_number]``."""
    rules = settings()["choice"].get("other_number", {})
    endings = tuple(settings()["choice"].get("plural_endings", {}).get(lang, ()))
    if not rules or not endings:
        return
    low = word.lower()
    plural = low.endswith(endings)
    forms = [low[:-1]] if plural else [low + ending for ending in endings]
    table = lexicon(lang)
    strong: dict[str, Entry] = {}
    for form in forms:
        for entry in table.get(form, (0, ()))[1]:
            if entry.together >= int(rules["min_together"]) and entry.probability >= float(
                rules["min_probability"]
            ):
                strong[entry.english.lower()] = entry
    if not strong:
        return
    # A dictionary that knows the word names its senses: a link outside them is a piece of a
    # phrase both numbers split alike (`cerisier`: `cherry`, of the listed `cherry tree`).
    listed = {sense.lower() for sense in dictionary_candidates(word, lang)}
    for text in [text for text, row in pooled.items() if "lexicon" in row]:
        singular = next(
            (base for base in (text[:-1], text[:-2]) if english_form(base, "plural") == text),
            None,
        )
        entry = strong.get(text) or (strong.get(singular) if singular else None)
        entry = entry or strong.get(english_form(text, "plural") or "")
        if entry is None:
            continue
        # The word's own number: a singular source gets the singular of a plural link.
        key = singular if singular is not None and not plural else text
        if listed and not {key, text} & listed:
            continue
        row = pooled.setdefault(key, {})
        if key != text:
            for name, value in pooled[text].items():
                row.setdefault(name, value)
        row["other_number"] = entry.together
        row["other_probability"] = entry.probability


def _pair_of_a_binomial(pooled: dict[str, dict[str, float]]) -> None:
    """Join the lexicon's two likeliest words for one source word into the English pair
    they make, when they are as likely as each other and English writes them as ``X and
    Y`` (the bigram counts: ``ups and``, ``and downs``): `altibajos` is `ups and downs`, not
    `ups`. ``[choice.binomial]`` of word_fixes.toml; the pair replaces its two halves."""
    rules = settings()["choice"].get("binomial")
    if not rules:
        return
    linked = sorted(
        (row["lexicon"], text)
        for text, row in pooled.items()
        if " " not in text
        and row.get("lexicon", 0.0) > 0
        and row.get("together", 0) >= int(rules["min_cooccurrences"])
    )[-2:]
    if len(linked) < 2 or linked[1][0] > float(rules["max_probability_ratio"]) * linked[0][0]:
        return
    table = bigrams()

    def share(key: str, word: str) -> float:
        return table.bigrams.get(key, 0) / max(1, table.unigrams.get(word, 0))

    one, other = linked[0][1], linked[1][1]
    # The order English writes them in: `ups and downs`, whichever is likelier.
    strength, head, tail = max(
        (min(share(f"{x} and", x), share(f"and {y}", y)), x, y)
        for x, y in ((one, other), (other, one))
    )
    if strength < float(rules["min_share"]):
        return
    first, second = pooled.pop(head), pooled.pop(tail)
    pooled[f"{head} and {tail}"] = {
        "lexicon": first["lexicon"] + second["lexicon"],
        "together": min(first["together"], second["together"]),
        "count": first.get("count", 0),
    }


def _every_sentence(
    text: str,
    row: dict[str, float],
    pooled: dict[str, dict[str, float]],
    word: str,
    lang: str,
    rules: dict[str, Any],
) -> bool:
    """Whether the lexicon links ``text`` in the few sentences it has of a rare source word
    (at most ``choice.rare_word.max_count``; in each, or in one of two with a higher
    probability), where ``min_cooccurrences`` cannot be reached: all the evidence there is
    (`embonpoint` -> `overweight`, `rebâtir` -> `rebuild`). Not when another lexicon
    candidate comes within ``rival_share`` of its probability (one sentence linking two
    words says neither), for a frequent English word (above ``max_english_zipf``: chance
    links of a rare word), when a dictionary lists one-word senses of the word and not this
    one (`scintillent`: `flicker`, not the sentence's `barrels`), nor for a name (a name in
    that one English sentence, which the English bigram counts never saw in lower case)."""
    rare = rules.get("rare_word")
    if not rare or "count" not in row or " " in text:
        return False
    count = int(row["count"])
    probability = row.get("lexicon", 0.0)
    if count > int(rare["max_count"]) or row.get("together", 0) < 1:
        return False
    # Linked in only some of its sentences: a likelier link is needed.
    every = row.get("together", 0) >= count
    if probability < float(rare["min_probability" if every else "min_partial_probability"]):
        return False
    if zipf(text, "en") > float(rare["max_english_zipf"]):
        # A word met once is aligned to the sentence's frequent words by chance (`fortiori`
        # -> `times`); its translation is rarely one of them.
        return False
    rival = max(
        (other.get("lexicon", 0.0) for key, other in pooled.items() if key != text), default=0.0
    )
    if rival > float(rare["rival_share"]) * probability:
        return False
    # Every sense, rare ones too (`cadavérique`: `cadaveric`, not the sentence's `sets`).
    listed = {sense.lower() for sense in dictionary_candidates(word, lang) if " " not in sense}
    if listed and text not in listed:
        return False
    # A name: English capitalises it, or the English counts never saw it in lower case.
    return cased(text) == text and text in bigrams().unigrams


def _linked_word_by_word(
    text: str, pooled: dict[str, dict[str, float]], rules: dict[str, Any]
) -> bool:
    """Whether ``text`` is a phrase of two or more words each of which the lexicon links to
    the source word on its own, from ``min_cooccurrences`` sentences and with
    ``min_lexicon_probability`` (a word the phrase shares with many, such as ``of``, need not
    be linked: ``choice.phrase_glue``)."""
    glue = set(rules.get("phrase_glue", ()))
    parts = [part for part in text.split() if part not in glue]
    if len(parts) < 2 or len(parts) != len(set(parts)):
        return False
    return all(
        pooled.get(part, {}).get("together", 0) >= int(rules["min_cooccurrences"])
        and pooled.get(part, {}).get("lexicon", 0.0) >= float(rules["min_lexicon_probability"])
        for part in parts
    )


def _one_rare_word(one: str, other: str) -> bool:
    """``one`` and ``other`` are one word, the same or in the other number, however rare
    (`expressionists`, `expressionist`: too rare for ``english_form``'s floor)."""
    one, other = one.lower(), other.lower()
    plurals = {(one, other + "s"), (one, other + "es"), (other, one + "s"), (other, one + "es")}
    return one == other or _forms_of_one_word(one, other) or any(a == b for a, b in plurals)


def _unsure_guess(row: dict[str, float], rules: dict[str, Any]) -> bool:
    """A candidate only the model proposes, below ``choice.min_model_score``."""
    return set(row) == {"model"} and row["model"] < float(rules["min_model_score"])


def _weak_acronym(word: str, english: str, together: int) -> bool:
    """Whether the lexicon links a lower-case word to an acronym (``quebequés`` -> ``PQ``)
    from fewer than ``choice.min_acronym_cooccurrences`` sentences: such a link is a name
    the English sentence held beside the word, not its translation; a source acronym written
    small is linked often (``ovni`` -> ``UFO``, ``otan`` -> ``NATO``)."""
    if not word.islower():
        return False
    written = cased(english)
    if len(written) < 2 or not written.isalpha() or not written.isupper():
        return False
    return together < int(settings()["choice"]["min_acronym_cooccurrences"])


def _sole_sense(senses: list[str]) -> str | None:
    """The one English word a dictionary gives, when every sense it lists is that word or a
    longer name holding it (`gull`, `seagull`; `infrared`, `infrared light`); ``None`` when
    it lists other words, or only a phrase (`flied over`)."""
    if not senses:
        return None
    shortest = min(senses, key=len)
    if " " in shortest:
        return None
    low = shortest.lower()
    return shortest if all(low in sense.lower() for sense in senses) else None


def _synset_word(sole: str, word: str, lang: str) -> bool:
    """Whether a dictionary's only sense is no translation but a synset's rare lemma: from a
    wordnet (``[choice.sole_sense] synset_kinds``: it lists a word under each synset it
    belongs to, not its translations), not spelled like ``word``, and rarer in English than
    ``synset_min_zipf`` (``funesta`` -> ``noxious``, ``desgana`` -> ``tedium``,
    ``inhabitual`` -> ``unaccustomed``: other senses of the lemma, from a dictionary that
    knows one). First half of the real-MT benchmark: most such Spanish senses were wrong."""
    rules = settings()["choice"]["sole_sense"]
    if zipf(sole.lower(), "en") >= float(rules.get("synset_min_zipf", 0.0)):
        return False
    if cognate(word, sole):
        return False
    folded, said = strip_accents(word.lower()), sole.lower()
    if any(
        folded.endswith(source) and said.endswith(english)
        for source, english in rules.get("synset_endings", ())
    ):
        # The same part of speech by its ending (`otoñal` -> `autumnal`, `desventajoso` ->
        # `disadvantageous`): a translation made of other parts, not another sense.
        return False
    return dictionary_kind(word, lang) in set(rules.get("synset_kinds", ()))


def _starts_alike(source: str, english: str) -> bool:
    """The first ``choice.min_model_cognate_prefix`` letters of ``english`` (accents folded)
    begin the source word too, or the source's ``e`` English writes ``s`` (``estudiante`` ->
    ``student``)."""
    size = int(settings()["choice"]["min_model_cognate_prefix"])
    folded = strip_accents(source.lower())
    head = strip_accents(english.lower())[:size]
    return folded.startswith(head) or (folded[:1] == "e" and folded[1:].startswith(head))


def _rivalled(text: str, pooled: dict[str, dict[str, float]], span: str) -> bool:
    """Whether a witness with weight of its own proposes another word than ``text`` (the
    dictionary's only sense): the lexicon from several sentences or with a high probability
    (`achèvement` -> `completion`, not the dictionary's `achievement`), a spelling rule, or
    the model with a word spelled like the source (`indolents` -> `indolent`, not
    `low-grades`); ``[choice.sole_sense]`` of word_fixes.toml. The model's other guesses and
    the lexicon's links of a word it met once or twice are noise beside a dictionary."""
    rules = settings()["choice"]["sole_sense"]
    for other, row in pooled.items():
        if other == text or _forms_of_one_word(text, other):
            # `technology` from the lexicon is no rival of the dictionary's `technologies`
            # for `tecnologie`: the same word, in the source word's number.
            continue
        # A link of a word the lexicon met in fewer than `rival_min_count` sentences is one
        # or two sentences' alignment (`prohibée` -> `banned`, P 0.97 from its only one).
        met = row.get("count", 0) >= int(rules["rival_min_count"])
        probable = row.get("lexicon", 0.0) >= float(rules["rival_probability"])
        if probable and cognate(span, other):
            # Unless the link is spelled like the source: one sentence and the spelling agree
            # (`histéricas` -> `hysterical`, not the dictionary's noun `hysteria`).
            return True
        if met and row.get("together", 0) >= int(rules["rival_cooccurrences"]):
            return True
        if met and probable:
            return True
        if "spelled" in row:
            return True
        if row.get("model", -99.0) >= float(rules["rival_model_score"]) and cognate(span, other):
            return True
    return False


def _outvoted(
    text: str, row: dict[str, float], pooled: dict[str, dict[str, float]], alike: set[str]
) -> bool:
    """Whether the lexicon link that picks ``text`` among a dictionary's senses is outvoted:
    another candidate the lexicon links more often and with a higher probability, from enough
    sentences (``conjoint``: ``joint``, not the also-listed ``spouse``; ``envergadura``:
    ``size``, not ``wingspan``), or, for a link from fewer sentences than that, the sense the
    dictionary spells like the word (``graisser``: ``grease``, not ``smear``). A model's or a
    spelling rule's word is never outvoted so: they are no lexicon link."""
    if "model" in row or "spelled" in row:
        return False
    rules = settings()["choice"]
    enough = int(rules["min_cooccurrences"])
    floor = float(rules["min_lexicon_probability"])
    together = row.get("together", 0)
    if together < enough and alike and text not in alike:
        return True
    return any(
        other != text
        and not _forms_of_one_word(text, other)
        and witnesses.get("together", 0) >= enough
        and witnesses.get("together", 0) > together
        and witnesses.get("together", 0) >= float(rules["outvote_share"]) * together
        and witnesses.get("lexicon", 0.0) >= floor
        and witnesses.get("lexicon", 0.0) > row.get("lexicon", 0.0)
        for other, witnesses in pooled.items()
    )


def _forms_of_one_word(one: str, other: str) -> bool:
    """Whether ``one`` and ``other`` are one English word in two forms (plural, past, -ing,
    third person): ``bark`` and ``barked``, ``technology`` and ``technologies``."""
    if " " in one or " " in other:
        return False
    return any(
        english_form(one, form) == other or english_form(other, form) == one
        for form in ("plural", "past", "ing", "third")
    )


def _in_another_form(text: str, pooled: dict[str, dict[str, float]]) -> bool:
    """Whether the model or the lexicon proposes the dictionary's ``text`` in another form
    (the model's `refining` beside the dictionary's `refine` for `refinar`): two witnesses
    of one word, each in its own form; the dictionary's carries the source word's."""
    if " " in text:
        return False
    return any(
        ("model" in row or row.get("lexicon", 0.0) > 0) and _forms_of_one_word(text, other)
        for other, row in pooled.items()
        if other != text
    )


def _other_form(text: str, row: dict[str, float], pooled: dict[str, dict[str, float]]) -> bool:
    """Whether the other witness proposes ``text`` in another form (the model's ``bark``
    beside the lexicon's ``barked``): the two agree on the word, each on its own form."""
    floor = float(settings()["choice"]["min_lexicon_probability"])
    if " " in text:
        return False
    from_model = "model" in row
    if not from_model and row.get("lexicon", 0.0) < floor:
        return False
    for other, witnesses in pooled.items():
        if other == text or " " in other:
            continue
        if from_model and witnesses.get("lexicon", 0.0) < floor:
            continue
        if not from_model and "model" not in witnesses:
            continue
        if _forms_of_one_word(text, other):
            return True
    return False


def _in_number(best: str, others: list[str], span: str, lang: str) -> str | None:
    """The other candidate that is ``best`` in the plural, when the source word is plural
    and ``best`` is not: a model asked a lone word often answers in the singular
    (``subventions`` -> ``subsidy`` beside ``subsidies``), and a bigram rarely tells the two
    apart."""
    endings = tuple(settings()["choice"].get("plural_endings", {}).get(lang, ()))
    if not endings or " " in span.strip() or " " in best:
        return None
    # Only towards the plural: an English -s is also a verb's third person (`inclut` ->
    # `includes` is right), so a singular source says nothing against it.
    if not span.lower().endswith(endings):
        return None
    # An English adjective has no plural: a plural English writes far less than its
    # singular is a noun's rare use (`hots` for `calurosos`), no number to carry over.
    gap = float(settings()["choice"].get("max_plural_zipf_gap", 99.0))
    for other in others:
        if " " not in other and english_form(best, "plural") == other != best:
            return other if zipf(other, "en") >= zipf(best, "en") - gap else None
    return None


def before_its_noun(
    english: str, word: str, lang: str, opener: str, noun: str, following: str = "</s>"
) -> str | None:
    """The English adjective to write before ``noun`` when the stray ``word`` is an adjective
    left after its noun in the source's order (``the workers migrantes`` -> ``the migrant
    workers``, ``the zones montagneuses`` -> ``the mountainous zones``), else ``None``: the
    source word has an adjective's ending, its English (made singular: English adjectives
    take no plural) has one of English's, ``noun`` is a lower-case word the bigram counts see
    after ``the`` and itself no adjective, ``opener`` opens the noun phrase, and no
    complement follows (``the people désireuses to buy``; word_fixes.toml,
    ``[choice.postnominal]``)."""
    rules = settings()["choice"].get("postnominal")
    if not rules or " " in english or not noun.isalpha() or not noun.islower():
        return None
    if following in set(rules["not_before"]):
        return None
    if not word.lower().endswith(tuple(rules["source_endings"].get(lang, ()))):
        return None
    if opener.lower() not in set(rules["openers"]):
        return None
    adjective = english
    singular = english[:-1]
    if (
        english.endswith("s")
        and is_english(singular)
        and english_form(singular, "plural") == english
    ):
        adjective = singular
    endings = tuple(rules["english_endings"])
    if not adjective.lower().endswith(endings) or noun.endswith(endings):
        return None
    table = bigrams()
    count = table.unigrams.get(noun, 0)
    if count < int(rules["min_noun_count"]):
        return None
    if table.bigrams.get(f"the {noun}", 0) < float(rules["min_the_share"]) * count:
        return None
    # A noun ends its phrase: a function word follows it often (`workers of`, `zones were`),
    # where a determiner-like adjective is followed by its noun (`the same adversario`).
    heads = sum(table.bigrams.get(f"{noun} {word}", 0) for word in rules["noun_followers"])
    if heads < float(rules["min_noun_end_share"]) * count:
        return None
    return adjective


def _infinitive(word: str, lang: str, left: str) -> bool:
    """``word`` looks like an infinitive where its sentence wants a verb: an infinitive's
    ending after a word that takes one (``for frauder``, ``of habituer``; word_fixes.toml,
    ``[choice.infinitive]``)."""
    rules = settings()["choice"].get("infinitive", {})
    endings = tuple(rules.get("endings", {}).get(lang, ()))
    return (
        bool(endings)
        and word.lower().endswith(endings)
        and len(word) > int(rules["min_length"])
        and left in set(rules["after"])
    )


def _gerund(text: str, span: str, lang: str, left: str) -> str | None:
    """The -ing form of the verb ``text`` chosen for the infinitive ``span`` after a word
    English follows with one (``after reflexionar`` -> ``after reflecting``, ``involved
    movilizar`` -> ``involved mobilizing``: a preposition or a verb such as `avoid`;
    ``[choice.infinitive] gerund_after``), else ``None``: MT carries the source's infinitive
    over word for word where English writes the gerund."""
    rules = settings()["choice"].get("infinitive", {})
    if left not in set(rules.get("gerund_after", {}).get(lang, ())):
        return None
    endings = tuple(rules.get("endings", {}).get(lang, ()))
    if " " in span.strip() or not span.lower().endswith(endings) or len(span) <= 4:
        return None
    words = text.split()
    if words[0].lower() == "to":
        words = words[1:]
    if not words or not _verb_like(" ".join(words)):
        return None
    return english_form(" ".join(words), "ing")


def _verb_like(text: str) -> bool:
    """English ``text`` can be a verb: its first word follows ``to`` or a modal often enough
    in the bigram counts (`would prefer`, rarely `to prefer` in news), or is too rare there
    to tell and has no ending of a noun or an adjective (``fraud``, ``used``, ``advantage``
    never follow ``to``; ``propulsive`` ends as an adjective)."""
    rules = settings()["choice"]["infinitive"]
    head = text.split()[0].lower()
    if head in set(rules["verb_heads"]):
        return True
    table = bigrams()
    count = table.unigrams.get(head, 0)
    if count < int(rules["min_unigram"]):
        return not head.endswith(tuple(rules["non_verb_endings"]))
    before = ["to", *rules.get("modal_heads", ())]
    seen = sum(table.bigrams.get(f"{word} {head}", 0) for word in before)
    return seen >= float(rules["min_to_share"]) * count


def _adverb(word: str, lang: str) -> bool:
    """``word`` has an ending of its language's adverbs (``-mente``) and is longer."""
    endings = tuple(settings()["choice"].get("adverb_endings", {}).get(lang, ()))
    return bool(endings) and word.lower().endswith(endings) and len(word) > 7


def _bare(text: str, words: int) -> str:
    """A model's answer for a lone word without the subject or article it adds to make a
    sentence of it (``he resigned`` for ``resignó``, ``the salafist``): the sentence
    around the stray word has its own. A run keeps them (they may translate its words)."""
    if words > 1:
        return text
    pattern = settings()["choice"]["model_added_words"]
    bare = re.sub(pattern, "", text, count=1, flags=re.IGNORECASE)
    return bare if bare.strip() else text


def _word_by_word(words: list[str], lang: str, left: str, right: str) -> str | None:
    """A short run translated word by word: each word as a lone stray word would be chosen
    (its witnesses, its sentence so far), else its best lexicon candidate seen often enough
    or spelled alike; ``None`` if a word has neither."""
    out: list[str] = []
    previous = left
    for index, word in enumerate(words):
        following = right if index == len(words) - 1 else "</s>"
        text = choose(word, lang, previous, following).text or _best_entry(
            word, lang, previous, following
        )
        if text is None:
            return None
        out.append(text)
        previous = text.split()[-1].lower()
    return " ".join(out)


def _best_entry(word: str, lang: str, previous: str, following: str) -> str | None:
    """The lexicon candidate of ``word`` that fits between its neighbours best, among those
    seen often enough or spelled alike."""
    rules = settings()["choice"]
    best = None
    for text, entry, _ in lexicon_candidates(word, lang):
        if entry.probability < float(rules["min_lexicon_probability"]):
            continue
        if entry.together < int(rules["min_cooccurrences"]) and not cognate(word, text):
            continue
        score = math.log10(entry.probability) + bigrams().fit(text.split(), previous, following)
        if best is None or score > best[0]:
            best = (score, text)
    return best[1] if best else None
