"""Stray source words: a lower-case word that English does not use and another language does.

Real MT systems leave the words they do not know as they were (``killed by the foudre``,
``these measures mineront partly the system``, ``promulgaron`` left in Spanish by a pivot).
One such word cannot pay the two language switches of the word-list model, and a
classifier is unsure of one word; but the word lists themselves are plain evidence: English
news has no lower-case word that the English list lacks and a French, Spanish, German,
Italian or Portuguese list holds (none in ``dev/english-news-wmt19.en``), while the words
apertium leaves are nearly all such words. So a lower-case word is stray when

- the English list does not know it, and some other list does (Zipf >= ``min_source_zipf``); or
- English knows it a little (Zipf < ``max_target_zipf``) and another language much better
  (by ``min_margin`` Zipf); or
- no list knows it, it carries a letter English spells without (``é``, ``ñ``, ``ß`` …),
  and the classifier, over the candidate languages and English, is sure it is not English; or
- no list knows it and it is spelt with English letters only (a pivot's inflected form no
  list holds: Catalan ``controverteixen``, Spanish ``recalculados``), but its letters are far
  likelier in another language than in English (letter 4-gram models of the word lists) and
  it is no one-letter slip of a common English word (``presdient``, ``existece``);
- no list knows it, no letter model claims it, but English would hardly spell it (its
  letters score below ``max_target_letters`` per letter under English's model), English
  does not build it out of known parts (repair/langid/formation.py) and it is no slip of an
  English word: the word of a language without a list (Finnish ``kaupunginvaltuusto``,
  Esperanto ``kaŭzo``). Its language is ``und`` (undetermined): flagged, never rewritten;
- but a word no list knows that the pivot tables of a language without a list hold
  (``unlisted_languages``: Occitan, Esperanto; as it is or as a form of a lemma they hold)
  is that language's, sure, slip of an English word or not: a pivot's Occitan
  ``restrenhent``, ``governaments``, Esperanto ``elektantoj``. Its pivots translate it.

The word is named with the language whose list knows it best. Names (capitalised words),
acronyms, kept phrases and quoted single words are left to the caller. The tables of the
languages (``stray_languages`` in ``foreign.toml``) are read off the shared vocabulary
(repair/langid/vocabulary.py: one row per word, a bucket per language), rather than dicts of
strings (hundreds of MB) or a table of their own (16 MB that repeated the lists).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache, lru_cache
from typing import NamedTuple

from repair.core.letters import one_edit, strip_accents
from repair.core.tables import KeyTable, Packed
from repair.langid.base import foreign_data, lingua_low_accuracy
from repair.langid.formation import built
from repair.langid.frequency import zipf
from repair.langid.vocabulary import ABSENT, Vocabulary, vocabulary_for

# Build parameters (part of the cache key): words English uses at least this much are never
# stray, so they are left out of the table; foreign words rarer than the floor are left out.
_TABLE_MAX_TARGET_ZIPF = 3.0
_TABLE_MIN_ZIPF = 1.0


#: Words remembered by a judge (a bound, not a tuning knob).
_MEMO_SIZE = 50_000

#: The language of a stray word no list or letter model claims (ISO 639-2 "undetermined").
UNDETERMINED = "und"


class Stray(NamedTuple):
    """Why a word is stray: its language, its Zipf there and in the target; ``weak`` when
    only its spelling hints at it (a stray only in a document holding a sure one)."""

    lang: str
    zipf: float
    target_zipf: float
    weak: bool = False


class _CommonWords:
    """Target words used too much to be stray (lower case): its list's words at
    ``_TABLE_MAX_TARGET_ZIPF`` or more, read off the shared vocabulary."""

    __slots__ = ("_judge",)

    def __init__(self, judge: StrayWords) -> None:
        self._judge = judge

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        at = self._judge.vocabulary.position(word)
        if at < 0:
            return False
        bucket = self._judge._target_and_sources()[0][at]
        return bucket != ABSENT and 9 - bucket / 100 >= _TABLE_MAX_TARGET_ZIPF


@cache
def _settings() -> dict:
    return foreign_data()["stray"]


class StrayWords:
    """Decides, word by word, whether a lower-case word is a stray of another language."""

    def __init__(self, target: str) -> None:
        settings = _settings()
        self.target = target
        languages = settings.get("target_languages", {}).get(target, settings["languages"])
        self.languages = tuple(lang for lang in languages if lang != target)
        # Whether letters alone make a sure stray (the thresholds were measured on English).
        self.by_letters = target in settings.get("letters_targets", [target])
        # Languages without a word list, known by their pivot tables' lemmas.
        self.unlisted = tuple(settings.get("unlisted_languages", ())) if self.by_letters else ()
        self.min_source_zipf = float(settings["min_source_zipf"])
        self.weak_source_zipf = float(settings.get("target_weak_source_zipf", {}).get(target, 0))
        self.weak_language_zipf = {
            lang: float(value)
            for lang, value in settings.get("target_language_weak_zipf", {}).get(target, {}).items()
        }
        self.max_target_zipf = float(settings["max_target_zipf"])
        self.min_margin = float(
            settings.get("target_min_margin", {}).get(target, settings["min_margin"])
        )
        self.min_length = int(settings["min_length"])
        self.min_folded = float(settings["min_folded_target_zipf"])
        self.min_unknown_length = int(settings["min_unknown_length"])
        self.min_loanword = float(settings["min_loanword_target_zipf"])
        self.min_loanword_margin = float(settings["min_loanword_margin"])
        self.min_classifier = float(settings["min_classifier_unknown"])
        self.min_plain_length = int(settings["min_plain_length"])
        self.min_letter_margin = float(settings["min_letter_margin"])
        self.min_slip_zipf = float(settings["min_slip_target_zipf"])
        self.min_glued_zipf = float(settings["min_glued_source_zipf"])
        self.max_target_letters = float(settings["max_target_letters"])
        self.weak_letter_margin = float(settings["weak_letter_margin"])
        self.weak_target_letters = float(settings["weak_target_letters"])
        self.plain_letters = frozenset(settings["target_letters"][target])
        self.possessives = tuple(settings.get("target_possessives", {}).get(target, ()))
        self.min_inflection_suffix = int(settings.get("min_inflection_suffix", 99))
        self.min_lemma_zipf = float(settings.get("min_lemma_zipf", 99.0))
        nouns = settings.get("nouns", {})
        self.noun_languages = frozenset(nouns.get("languages", ()))
        self.noun_openers = frozenset(nouns.get("openers", ()))
        self.min_noun_zipf = float(nouns.get("min_source_zipf", 99.0))
        self.max_noun_target_zipf = float(nouns.get("max_target_zipf", 0.0))
        self.min_noun_margin = float(nouns.get("min_margin", 0.0))
        self.noun_names = frozenset(nouns.get("names", ()))
        self.noun_not_after = frozenset(nouns.get("not_after", ()))
        self._columns: tuple[memoryview, tuple[memoryview, ...]] | None = None
        self.common_words = _CommonWords(self)
        self._memo: dict[str, Stray | None] = {}

    @property
    def vocabulary(self) -> Vocabulary:
        found = vocabulary_for(self.target)
        if found is None:
            raise RuntimeError(f"no word lists for {self.target} and {self.languages}")
        return found

    def _target_and_sources(self) -> tuple[memoryview, tuple[memoryview, ...]]:
        if self._columns is None:
            vocabulary = self.vocabulary
            sources = tuple(vocabulary.column(lang) for lang in self.languages)
            self._columns = vocabulary.column(self.target), sources
        return self._columns

    def judge(self, token: str) -> Stray | None:
        """The stray word's language and evidence, or ``None`` if it may be English."""
        found = self.judge_any(token)
        return None if found is None or found.weak else found

    def judge_noun(self, token: str, previous: str) -> Stray | None:
        """A capitalised ``token`` after the target word ``previous`` (``the Haushalt``): a
        noun of a language that capitalises its nouns (``[stray.nouns]``), which that
        language writes and the target hardly does, is stray; anything else is a name (a
        place the lists hold, `Sinsheim`, is left by the foreign detector's gazetteer)."""
        if (
            not self.noun_languages
            or not (
                previous.lower() in self.noun_openers
                or (previous[:1].islower() and previous not in self.noun_not_after)
            )
            or token in self.noun_names
            or len(token) < self.min_length + 1
            or not token[:1].isupper()
            or not token[1:].islower()
        ):
            return None
        low = token.lower()
        found = self._lookup(low)
        if found is None or found[0] not in self.noun_languages:
            return None
        lang, zipf, target_zipf = found
        english = _target_zipf(low, self.target)
        if (
            zipf < self.min_noun_zipf
            or english >= self.max_noun_target_zipf
            or zipf - english < self.min_noun_margin
        ):
            return None
        return Stray(lang, zipf, target_zipf)

    def judge_any(self, token: str) -> Stray | None:
        """Like :meth:`judge`, weak strays included (remembered: news repeats its words)."""
        try:
            return self._memo[token]
        except KeyError:
            pass
        if len(self._memo) >= _MEMO_SIZE:
            self._memo.clear()
        found = self._memo[token] = self._judge(token)
        return found

    def _judge(self, token: str) -> Stray | None:
        if not token[:1].islower() or any(ch.isupper() or ch.isdigit() for ch in token):
            return None
        low = token.replace("’", "'")
        if len(low) < self.min_length or low in self.common_words:
            return None
        found = self._lookup(low)
        if self._written_accented(low, found):
            return None
        if found is None and low.endswith(self.possessives):
            # The target's own possessive on a word (`the installer's plans`): the writer
            # declined it as a word of the target; MT leaves its leftovers bare.
            return None
        if found is None and ("-" in low or "'" in low):
            return self._compound(low)
        if found is not None:
            lang, zipf, target_zipf = found
            if zipf < self.min_source_zipf:
                return None
            if self._target_form(low, listed=target_zipf > 0):
                return None
            if target_zipf == 0 or (
                target_zipf < self.max_target_zipf and zipf - target_zipf >= self.min_margin
            ):
                # A rare word of its language (`moodboard` in a Spanish article) is a term a
                # writer may choose: weak, kept only beside a sure stray word.
                weak = self.weak_language_zipf.get(lang, self.weak_source_zipf)
                return Stray(lang, zipf, target_zipf, weak=zipf < weak)
            return None
        return self._unknown(low)

    def _written_accented(
        self, low: str, found: tuple[str, float, float] | None, short: bool = True
    ) -> bool:
        """A loanword English writes with the accent too (sautéed, naïve, communiqué). A
        form English never writes (sédation, côlon) is a leftover: its fix is the English
        spelling; a ``short`` one (Slovak `nám`) may be any language's word."""
        folded = strip_accents(low)
        return (
            folded != low
            and (
                (_target_zipf(low, self.target) > 0 and not self._quoted_source_word(found))
                or (short and len(low) < self.min_unknown_length)
            )
            and (
                folded in self.common_words or _target_zipf(folded, self.target) >= self.min_folded
            )
        )

    def written_accented(self, token: str) -> bool:
        """Whether a lower-case word with an accent is a loanword the target writes so, at
        least ``min_loanword_target_zipf``, and at least as often without its accent
        (`entrée`, `père` in English; not the `savoir-être` English quotes, nor a `nôtre`
        whose plain spelling is a name's, `Notre`): no leftover, alone or in a span of one
        word."""
        low = token.replace("’", "'")
        if not low[:1].islower():
            return False
        written = _target_zipf(low, self.target)
        return (
            written >= self.min_loanword
            and self._written_accented(low, self._lookup(low), short=False)
            and _target_zipf(strip_accents(low), self.target) >= written
        )

    def _quoted_source_word(self, found: tuple[str, float, float] | None) -> bool:
        """Whether an accented word English writes a little is far more its language's
        (``min_loanword_target_zipf``, ``min_loanword_margin``): `años`, `región`, `équipe`
        (English text quotes them now and then), not `appliqué` or `matinées`."""
        if found is None:
            return False
        _, zipf, target_zipf = found
        return target_zipf < self.min_loanword and zipf - target_zipf >= self.min_loanword_margin

    def _lookup(self, word: str) -> tuple[str, float, float] | None:
        """The word's best language among the sources (the first of the likeliest), its Zipf
        there and in the target, in tenths: for a word of letters some source's list holds
        at ``_TABLE_MIN_ZIPF`` and the target's below ``_TABLE_MAX_TARGET_ZIPF``."""
        at = self.vocabulary.position(word)
        if at < 0 or not word.isalpha():
            return None
        target, sources = self._target_and_sources()
        target_bucket = target[at]
        target_zipf = 0.0 if target_bucket == ABSENT else 9 - target_bucket / 100
        if target_zipf >= _TABLE_MAX_TARGET_ZIPF:
            return None
        best, best_zipf = -1, 0.0
        for index, column in enumerate(sources):
            bucket = column[at]
            if bucket == ABSENT:
                continue
            zipf = 9 - bucket / 100
            if zipf >= _TABLE_MIN_ZIPF and (best < 0 or best_zipf < zipf):
                best, best_zipf = index, zipf
        if best < 0:
            return None
        return self.languages[best], round(best_zipf * 10) / 10, round(target_zipf * 10) / 10

    def _compound(self, word: str) -> Stray | None:
        """``l'ascenseur``, ``porte-parole``: stray if a piece is, and no piece is English."""
        pieces = [p for p in word.replace("'", "-").split("-") if p]
        judged = [self.judge(p) if len(p) >= self.min_length else None for p in pieces]
        found = [j for j in judged if j is not None]
        if any(p in self.common_words and len(p) >= self.min_length for p in pieces):
            # An English piece: the pivot glued its pronoun to the stray verb
            # (``equivocar-seem``, ``oficiar-the``) or an English word to a source prefix
            # (``tchéco-German``); stray only if a piece is a word English never writes.
            found = [j for j in found if j.target_zipf == 0 and j.zipf >= self.min_glued_zipf]
        return max(found, key=lambda j: j.zipf) if found else None

    def _unknown(self, word: str) -> Stray | None:
        """A word no list holds: with a letter the target does not spell with, foreign when
        the target's list barely holds it without its accents (``sautéed``) and the
        classifier is sure it is not the target, or its letters are another language's;
        in plain letters, see :meth:`_spelt_foreign`."""
        if len(word) < self.min_unknown_length or self._target_form(word):
            return None
        if all(ch in self.plain_letters for ch in word.lower()):
            return self._spelt_foreign(word)
        if _target_zipf(strip_accents(word), self.target) >= self.min_folded:
            return None
        held = self._unlisted_language(word)
        if held is not None:
            return Stray(held, 0.0, 0.0)
        probabilities = _classifier((*self.languages, self.target)).probabilities(word)
        if probabilities:
            lang, probability = max(probabilities.items(), key=lambda item: item[1])
            if lang != self.target and probability >= self.min_classifier:
                return Stray(lang, 0.0, 0.0)
        # The classifier is unsure of one word (``sucedánea``, ``preformació``); its
        # letters, accents included, are the other evidence.
        return self._by_spelling(word)

    def _spelt_foreign(self, word: str) -> Stray | None:
        """A word in plain letters no list holds: stray when its spelling is the other
        language's (``-eixen``, ``-ados``) by ``min_letter_margin`` (log10 over the word), it
        is long enough for letters to tell, and no single slip (a letter dropped, added,
        changed or two swapped) makes it a target word used at least ``min_slip_target_zipf``,
        nor is it one spelt with the same letters: English typos look foreign to any model."""
        if len(word) < self.min_plain_length or not word.isalpha():
            return None
        if _target_zipf(word, self.target) > 0:
            return None
        held = self._unlisted_language(word, shortest=self.min_inflection_suffix)
        if held is not None:
            return Stray(held, 0.0, 0.0)  # a lemma of its table (or a long ending on one)
        known, letters = _target_spellings(self.target, self.min_slip_zipf)
        if _letters_key(word) in letters:
            return None  # letters swapped, however far apart (``infrastrucutres``)
        if any(map(known.holds, one_edit(word))):
            return None
        folded = strip_accents(word)
        if folded != word and any(
            map(_folded_spellings(self.target, self.min_slip_zipf).holds, one_edit(folded))
        ):
            return None  # an accent slipped too (a French `reflête` for `reflète`)
        held = self._unlisted_language(word)
        if held is not None:
            return Stray(held, 0.0, 0.0)  # a short ending on a lemma, and no English slip
        return self._by_spelling(word)

    def _unlisted_language(self, word: str, shortest: int = 1) -> str | None:
        """The language no word list holds whose pivot tables hold ``word``, as it is or as
        a form of a lemma they hold by its ``[[inflection]]`` rules whose ending has at least
        ``shortest`` letters (``restrenhent`` -> Occitan ``restrénher``; the caller asks for
        `-s`, `-e` only of a word that is no slip of an English one: `governaments` may be
        `governments` mistyped as well as Occitan `governament`); ``None`` if none does."""
        for lang in self.unlisted:
            lemmas = unlisted_lemmas(lang)
            if word in lemmas:
                return lang
            for rule_lang, suffix, bases in _inflections(shortest):
                if rule_lang != lang or not word.endswith(suffix):
                    continue
                stem = word[: len(word) - len(suffix)]
                if any(len(stem + base) >= 3 and stem + base in lemmas for base in bases):
                    return lang
        return None

    def spelt_like_target(self, word: str) -> bool:
        """Whether the target's letter model gives ``word`` more than ``max_target_letters``
        a letter: English could spell it (Occitan-looking `astronautic`, not Esperanto
        `neklarigitaj` or `ĝenro`)."""
        model = letter_models((self.target, *self.languages))[self.target]
        return _letters_log10(model, word.lower()) / (len(word) + 1) > self.max_target_letters

    def _target_form(self, word: str, listed: bool = False) -> bool:
        """A form of a word the target writes, by the target's own ``[[inflection]]`` rules
        (a French article's ``évalueront``, rarer than its list's floor, is French: the lists
        hold lemmas and common forms, in the target as in the others) and its
        ``target_forms``; a word the target's list holds (``listed``) by the latter only
        (its `-en`, `-s` rules would make English `often` German)."""
        low = word.lower()
        for suffix, bases in _target_endings(self.target, listed):
            if not low.endswith(suffix):
                continue
            stem = low[: len(low) - len(suffix)]
            if any(
                len(stem + base) >= 3 and zipf(stem + base, self.target) >= self.min_lemma_zipf
                for base in bases
            ):
                return True
        return False

    def _by_inflection(self, word: str) -> Stray | None:
        """A word no list holds that is an inflected form of a word its language writes:
        an ending of that language's ``[[inflection]]`` rules (word_fixes.toml, at least
        ``min_inflection_suffix`` letters) on a base its list holds at ``min_lemma_zipf``
        (``mineront`` -> ``miner``, ``recalculados`` -> ``recalcular``): the lists hold lemmas and
        common forms, a pivot leaves rare forms."""
        low = word.lower()
        for lang, suffix, bases in _inflections(self.min_inflection_suffix):
            if lang not in self.languages or not low.endswith(suffix):
                continue
            stem = low[: len(low) - len(suffix)]
            for base in bases:
                lemma = stem + base
                if len(lemma) >= 3 and zipf(lemma, lang) >= self.min_lemma_zipf:
                    return Stray(lang, 0.0, 0.0)
        return None

    def _by_spelling(self, word: str) -> Stray | None:
        """Stray by its letters alone (the caller checked its length and letters): in the
        language whose letter model beats the target's by ``min_letter_margin``; else of no
        language with a list (``und``: ``kaupunginvaltuusto``) when the target's model gives it at
        most ``max_target_letters`` a letter and the target does not build it (``ecotaxes``);
        weaker evidence of either kind makes a weak stray (``weak_letter_margin``,
        ``weak_target_letters``). English's score is computed once for both."""
        inflected = self._by_inflection(word)
        if inflected is not None:
            return inflected
        models = letter_models((self.target, *self.languages))
        own = _letters_log10(models[self.target], word)
        lang, margin = max(
            ((lang, _letters_log10(models[lang], word) - own) for lang in self.languages),
            key=lambda item: item[1],
        )
        if not self.by_letters:
            # Letters alone are weak evidence here: kept beside a sure stray word only.
            return Stray(lang, 0.0, 0.0, weak=True) if margin >= self.weak_letter_margin else None
        if margin >= self.min_letter_margin:
            return Stray(lang, 0.0, 0.0)
        per_letter = own / (len(word) + 1)
        weak_margin = margin >= self.weak_letter_margin
        if not weak_margin and per_letter > self.weak_target_letters:
            return None
        if built(word, self.target):
            return None  # an English compound (``flypapers``) is no stray
        if per_letter <= self.max_target_letters:
            return Stray(UNDETERMINED, 0.0, 0.0)
        return Stray(lang if weak_margin else UNDETERMINED, 0.0, 0.0, weak=True)


#: Order of the letter models and their training floor (Zipf): build parameters, part of
#: the cache key; and the weight of the shorter context when smoothing, used when scoring.
_LETTER_ORDER = 4
_LETTER_MIN_ZIPF = 2.0
_LETTER_SMOOTHING = 2.0


@lru_cache(maxsize=2)
def letter_models(languages: tuple[str, ...]) -> dict[str, tuple[KeyTable, KeyTable]]:
    """Per language, letter n-gram counts over the word list's types (not tokens: a
    spelling is judged, not a frequency) and the counts of their contexts, as packed tables
    (half a million n-grams as dicts cost 87 MB; packed, a tenth)."""
    from importlib.metadata import version

    from repair.cache import cached

    key = (languages, version("wordfreq"), _LETTER_ORDER, _LETTER_MIN_ZIPF, 2)
    packed = cached("letter-models", key, lambda: _build_letters(languages))
    return {
        lang: (KeyTable(*grams), KeyTable(*contexts)) for lang, (grams, contexts) in packed.items()
    }


def _build_letters(languages: tuple[str, ...]) -> dict[str, tuple[Packed, Packed]]:
    from repair.langid.frequency import list_buckets

    models = {}
    pad = "^" * (_LETTER_ORDER - 1)
    for lang in languages:
        padded = [
            pad + word + "$"
            for _, bucket in list_buckets(lang, _LETTER_MIN_ZIPF)
            for word in bucket
            if word.isalpha() and word.islower()
        ]
        # Counted by Counter's C loop (a first run builds these once: seconds, not half a minute).
        grams: Counter[str] = Counter()
        for size in range(1, _LETTER_ORDER + 1):
            grams.update(
                word[end - size : end]
                for word in padded
                for end in range(_LETTER_ORDER, len(word) + 1)
            )
        contexts: Counter[str] = Counter()
        for gram, count in grams.items():
            contexts[gram[:-1]] += count
        models[lang] = (KeyTable.pack(grams.items())[0], KeyTable.pack(contexts.items())[0])
    return models


def _letters_log10(model: tuple[KeyTable, KeyTable], word: str) -> float:
    """log10 of the word's spelling under one letter model (interpolated, smoothed)."""
    grams, contexts = model
    padded = "^" * (_LETTER_ORDER - 1) + word + "$"
    total = 0.0
    for end in range(_LETTER_ORDER, len(padded) + 1):
        probability = 1 / 64
        for size in range(1, _LETTER_ORDER + 1):
            gram = padded[end - size : end]
            seen = contexts.get(gram[:-1], 0)
            if seen:
                probability = (grams.get(gram, 0) + _LETTER_SMOOTHING * probability) / (
                    seen + _LETTER_SMOOTHING
                )
        total += math.log10(probability)
    return total


@lru_cache(maxsize=2)
def _target_spellings(target: str, floor: float) -> tuple[KeyTable, KeyTable]:
    """The target's words used at least ``floor`` (Zipf), and their letters (first letter
    kept, the rest in order): a word spelt with the same letters is that word's typo. Packed
    sets (their values unused): as frozensets of strings the two cost a run 17 MB."""
    from importlib.metadata import version

    from repair.cache import cached

    def build() -> tuple[Packed, Packed]:
        from repair.langid.frequency import list_buckets

        words = [w for _, bucket in list_buckets(target, floor) for w in bucket if w.isalpha()]
        letters = dict.fromkeys(map(_letters_key, words), 0)
        known = KeyTable.pack(((w, 0) for w in words), "B")[0]
        return known, KeyTable.pack(letters.items(), "B")[0]

    known, letters = cached("target-spellings", (target, floor, version("wordfreq"), 2), build)
    return KeyTable(*known), KeyTable(*letters)


@lru_cache(maxsize=2)
def _folded_spellings(target: str, floor: float) -> KeyTable:
    """The target's common words without their accents (see :func:`_target_spellings`), a
    packed set as they are: a slip of an accent too (``reflête``) is that word's typo."""
    from importlib.metadata import version

    from repair.cache import cached

    def build() -> Packed:
        words = _target_spellings(target, floor)[0]
        return KeyTable.pack(((w, 0) for w in dict.fromkeys(map(strip_accents, words))), "B")[0]

    return KeyTable(*cached("folded-spellings", (target, floor, version("wordfreq"), 1), build))


def _letters_key(word: str) -> str:
    """The first letter, then the others in order: a typo keeps its first letter (and
    ``elitarios`` is no slip of ``solitaire``)."""
    return word[:1] + "".join(sorted(word[1:]))


def _target_zipf(word: str, target: str) -> float:
    from repair.langid.frequency import zipf

    return zipf(word, target)


def written_zipf(word: str, target: str) -> float:
    """How much the target writes ``word`` (Zipf): as much as its singular when it is the
    target's plural (``target_plurals``, foreign.toml): English lists hold a loanword's
    singular and rarely its plural (`vengeances` 0, `vengeance` 3.7). Not the plural of an
    adjective (``target_adjective_endings``): English never writes `exhaustives`, French
    does."""
    found = _target_zipf(word, target)
    settings = _settings()
    least = int(settings.get("min_singular_letters", 0))
    adjectives = tuple(settings.get("target_adjective_endings", {}).get(target, ()))
    for ending in settings.get("target_plurals", {}).get(target, ()):
        singular = word[: -len(ending)]
        if word.endswith(ending) and len(singular) >= least and not singular.endswith(adjectives):
            found = max(found, _target_zipf(singular, target))
    return found


@lru_cache(maxsize=4)
def _classifier(languages: tuple[str, ...]):
    from repair.langid.base import CLASSIFIERS

    return CLASSIFIERS.get("lingua")(languages, low_accuracy=lingua_low_accuracy())


@cache
def unlisted_lemmas(lang: str) -> frozenset[str]:
    """The lemmas of a language no word list holds: the keys of its pivot tables (its
    ``choice.pivots`` in word_fixes.toml, the tables the word fixer translates it through)."""
    from repair.data import load_toml, pivot_rows

    named = load_toml("word_fixes.toml")["choice"].get("pivots", {}).get(lang, ())
    pivots = [named] if isinstance(named, str) else named
    return frozenset().union(*(pivot_rows(lang, pivot) for pivot in pivots))


@cache
def _inflections(shortest: int) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(language, ending, bases) of word_fixes.toml's ``[[inflection]]`` rules whose ending
    has at least ``shortest`` letters (``-s``, ``-e`` would make half a language's words)."""
    from repair.data import load_toml

    return tuple(
        (rule["lang"], rule["suffix"], tuple(rule["bases"]))
        for rule in load_toml("word_fixes.toml").get("inflection", [])
        if len(rule["suffix"]) >= shortest
    )


@cache
def _target_endings(target: str, listed: bool) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(ending, bases) that clear a word of ``target``: foreign.toml's ``target_forms``
    (forms other lists also hold, whatever the target's list says), and unless ``listed``
    the target's own ``[[inflection]]`` rules, every ending (`-a`, `-s`: they only ever clear
    a word of the target; English has none)."""
    forms = tuple(
        (suffix, tuple(bases))
        for suffix, bases in _settings().get("target_forms", {}).get(target, [])
    )
    if listed:
        return forms
    own = tuple((suffix, bases) for lang, suffix, bases in _inflections(1) if lang == target)
    return own + forms


@lru_cache(maxsize=4)
def stray_words(target: str) -> StrayWords | None:
    """The process-wide judge for ``target``, or ``None`` if the data names no languages."""
    settings = foreign_data().get("stray")
    if not settings or target not in settings.get("targets", []):
        return None
    return StrayWords(target)
