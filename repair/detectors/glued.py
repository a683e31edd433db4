"""Two words glued where a scraper dropped a quote or a tag: ``tomorrowsaid`` ← ``tomorrow,"
said``, ``councilhe``, ``Kazakhstanand``.

A token that is no word of the target language (nor of the document's source language) is
split against the target lexicon (wordfreq): both parts must be words, one of them a function
word (``said``, ``he``, ``and``: as common as those) or a closed-class word rarer than that
which opens a clause or follows a dropped quote (``says``, ``however``, ``many``).
Punctuation is lost at a phrase boundary, and there such a word starts or ends one of the two
phrases; two content words written together are a compound English writes closed more often
than any list holds (``homewear``, ``cinemagoing``). The token must also be more probably two
words than one word the list lacks: a listed word with an ending (``fourballs``:
``fourball``) or a typo of a word commoner than the split by the number of typos a word has
(``beteen``: ``between``) is not reported.
The confidence says how sure the split is; a lone, less certain split needs other
damage in the document (the pipeline's corroboration) and two possible splits are a flag;
a token the text uses twice is one of its terms, and a split after a prefix (``co``,
``under``, ``back``) or before a suffix (``like``) is a derived word or a compound English
writes closed: neither is reported.
The lost punctuation cannot be known, so the fix is a space.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from functools import cache

from repair.core.document import Document
from repair.core.edits import Finding
from repair.core.letters import one_edit
from repair.data import load_toml
from repair.detectors.base import Detector, register
from repair.detectors.typography import in_target_language
from repair.langid.frequency import zipf

# A lower-case word, or a capitalised one (a name glued to ``and``); no digits, no inner
# capitals (``iPhone``, ``MacBook``), not part of a URL, hashtag, handle or hyphenated word,
# nor a name of code glued to an operator or a bracket (``itsdangerous==1.1``, ``getline(``).
_TOKEN = re.compile(r"(?<![\w@#/.:'’=-])([A-Z]?[a-z]+)(?![\w@/'’=(<\[{-]|\.\w)")
#: What a token's letters are.
_SHAPE = re.compile(r"[A-Z]?[a-z]+")


def glued_data() -> dict:
    return load_toml("scraped.toml")["glued"]


def splits(token: str, lang: str) -> list[tuple[str, str, float, float]]:
    """Every way to cut ``token`` into two words of ``lang``, one of them a function word or
    a boundary word, with the parts' zipf values (weaker, stronger)."""
    table = glued_data()
    shortest = int(table["min_part_length"])
    part, common = float(table["part_zipf"]), float(table["common_zipf"])
    boundary = frozenset(table["boundary_words"])
    found = []
    # After a name the tail must be longer: ``Kazakhstanis`` is a word wordfreq lacks, not
    # ``Kazakhstan is``.
    tail_shortest = shortest + 1 if token[0].isupper() else shortest
    prefixes = frozenset(table["prefixes"])
    suffixes = frozenset(table["suffixes"])
    for cut in range(shortest, len(token) - tail_shortest + 1):
        head, tail = token[:cut], token[cut:]
        if head.lower() in prefixes or tail in suffixes:
            continue
        head_zipf, tail_zipf = zipf(head.lower(), lang), zipf(tail, lang)
        # A capitalised head is not the common part: ``Bywater``, ``Allwood`` are names.
        if (head_zipf >= part and (tail_zipf >= common or tail in boundary)) or (
            head_zipf >= common and tail_zipf >= part and head.islower()
        ):
            found.append((head, tail, min(head_zipf, tail_zipf), max(head_zipf, tail_zipf)))
    return found


def word_it_may_be(token: str, lang: str, split_zipf: float) -> str | None:
    """The listed word ``token`` more probably is than two glued words whose joint zipf
    (the parts' zipf values added, less 9: the product of their frequencies) is
    ``split_zipf``.

    A listed word with an ending (``fourballs``: ``fourball``) is a word the list lacks,
    about as frequent as its stem. A word one typo away (``beteen``: ``between``) must be
    commoner by the number of strings one typo makes of a word: a given typo is one of
    them (``populationis`` is ``population is``, not a typo of ``populations``).
    """
    table = glued_data()
    lower = token.lower()
    for ending in table["endings"]:
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and len(stem) >= 4 and zipf(stem, lang) >= max(split_zipf, 0.1):
            return stem
    edits = list(one_edit(lower))
    floor = max(split_zipf + math.log10(len(edits)), float(table["typo_zipf"]))
    return next((word for word in edits if zipf(word, lang) >= floor), None)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w\n]*\Z")
_WORD_AFTER = re.compile(r"[^\w\n]*([^\W\d_]+)")


def _between_target_words(text: str, start: int, end: int, lang: str, table: dict) -> bool:
    """Whether the words right before and after the token (those there are) are common words
    of the target language."""
    floor = float(table["neighbour_zipf"])
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    return all(
        word is None or zipf(word.group(1).lower(), lang) >= floor for word in (before, after)
    )


def _seen_twice(text: str, token: str) -> bool:
    first = text.find(token)
    return text.find(token, first + len(token)) >= 0


# Tokens remembered per target language as no candidate (too short, or a word), at most:
_MEMO_SIZE = 50_000


@cache
def _plain_tokens(lang: str) -> set[str]:
    """Tokens seen that are no glued-word candidate in ``lang`` (news repeats its words)."""
    return set()


def _unknown_tokens(tokens: Iterable[str], lang: str, shortest: int) -> set[str]:
    """The tokens long enough and no word of ``lang``: the detector's first test, done once
    per distinct token instead of once per occurrence (``tokens`` may hold runs that are
    no token: only the tokens found among them are reported)."""
    plain = _plain_tokens(lang)
    missing = (tokens if isinstance(tokens, set) else set(tokens)).difference(plain)
    if len(plain) + len(missing) > _MEMO_SIZE:
        plain.clear()
    unknown = set()
    for token in missing:
        # A run of another shape (``2019``, ``Élysée``) is no token: no list is asked.
        if len(token) >= shortest and _SHAPE.fullmatch(token) and zipf(token.lower(), lang) <= 0:
            unknown.add(token)
        else:
            plain.add(token)
    return unknown


def _occurrences(text: str, tokens: set[str]) -> list[re.Match[str]]:
    """The matches of :data:`_TOKEN` that are one of ``tokens`` (runs of letters, some
    perhaps no token), in text order: each one found by ``str.find`` and checked with the
    pattern where it starts, instead of a Python step for every word of the text. The same
    matches as ``finditer``: a match ends before a character that is no letter, so none
    starts inside another (its look-behind would see a letter) and every place where the
    pattern matches is one ``finditer`` reaches."""
    found = []
    for token in tokens:
        at = text.find(token)
        while at >= 0:
            match = _TOKEN.match(text, at)
            if match is not None and match.end(1) == at + len(token):
                found.append(match)
            at = text.find(token, at + 1)
    found.sort(key=re.Match.start)
    return found


@register
class GluedWordsDetector(Detector):
    name = "glued-words"
    kinds = ("typography",)

    @classmethod
    def applies_to(cls, config) -> bool:
        return config.target_lang in glued_data()["targets"]

    def detect(self, doc: Document) -> Iterator[Finding]:
        table = glued_data()
        lang = doc.target_lang
        source = doc.source_lang
        if source in ("auto", lang):
            from repair.langid.source import default_source

            source = default_source(lang)
        shortest = int(table["min_length"])
        text = doc.text
        # Every token is a whole run of word characters (no word character stands beside
        # it): the document's set of those holds every token, and no other run is one.
        candidates = _unknown_tokens(doc.word_set, lang, shortest)
        if not candidates:
            return  # triage: every token is a word of the target (batched, memoised)
        for match in _occurrences(text, candidates):
            token = match.group(1)
            lower = token.lower()
            found = splits(token, lang)
            # A word of the source language is a leftover, not two glued words (its list is
            # read only now: most texts never get here).
            if not found or (source and zipf(lower, source) > 0):
                continue
            joint = max(weaker + stronger - 9 for _, _, weaker, stronger in found)
            if word_it_may_be(token, lang, joint):
                continue
            # Only in a sentence of the target language, between two words of it
            # (``o resultado será`` is Portuguese, whole).
            if not _between_target_words(text, match.start(1), match.end(1), lang, table):
                continue
            if not in_target_language(doc, match.start(1)):
                continue
            if _seen_twice(text, token):
                continue
            start, end = match.span(1)
            if len(found) > 1:
                options = " or ".join(f"{h!r} {t!r}" for h, t, _, _ in found)
                yield Finding(
                    start,
                    end,
                    "typography",
                    "typography.glued-words",
                    0.5,
                    f"{token!r} may be two glued words ({options}), or a term of its own",
                    action="flag",
                )
                continue
            head, tail, weaker, stronger = found[0]
            sure = (
                stronger >= float(table["common_zipf"])
                and weaker >= float(table["sure_zipf"])
                and min(len(head), len(tail)) >= 3
            )
            confidence = float(table["sure"] if sure else table["base"])
            yield Finding(
                start,
                end,
                "typography",
                "typography.glued-words",
                round(confidence, 2),
                f"{token!r} is no {lang} word but {head!r} and {tail!r} are: two words glued "
                "where punctuation was lost",
                suggestion=f"{head} {tail}",
            )
