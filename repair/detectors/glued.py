"""Two words glued where a scraper dropped a quote or a tag: ``tomorrowsaid`` ← ``tomorrow,"
said``, ``councilhe``, ``Kazakhstanand``.

A token that is no word of the target language (nor of the document's source language) is
split against the target lexicon (wordfreq): both parts must be words, one of them a very
common one. The confidence says how sure the split is; a lone, less certain split needs other
damage in the document (the pipeline's corroboration) and two possible splits are a flag;
a token the text uses twice is one of its terms, and a split after a prefix (``co``,
``under``) is a derived word: neither is reported.
The lost punctuation cannot be known, so the fix is a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from repair.core.document import Document, line_blocks
from repair.core.edits import Finding
from repair.data import load_toml
from repair.detectors.base import Detector, register
from repair.detectors.typography import in_target_language
from repair.langid.frequency import zipf

# A lower-case word, or a capitalised one (a name glued to ``and``); no digits, no inner
# capitals (``iPhone``, ``MacBook``), not part of a URL, hashtag, handle or hyphenated word.
_TOKEN = re.compile(r"(?<![\w@#/.:'’-])([A-Z]?[a-z]+)(?![\w@/'’-]|\.\w)")


def glued_data() -> dict:
    return load_toml("scraped.toml")["glued"]


def splits(token: str, lang: str) -> list[tuple[str, str, float, float]]:
    """Every way to cut ``token`` into two words of ``lang``, with the parts' zipf values
    (weaker, stronger)."""
    table = glued_data()
    shortest = int(table["min_part_length"])
    part, common = float(table["part_zipf"]), float(table["common_zipf"])
    found = []
    # After a name the tail must be longer: ``Kazakhstanis`` is a word wordfreq lacks, not
    # ``Kazakhstan is``.
    tail_shortest = shortest + 1 if token[0].isupper() else shortest
    prefixes = frozenset(table["prefixes"])
    for cut in range(shortest, len(token) - tail_shortest + 1):
        head, tail = token[:cut], token[cut:]
        if head.lower() in prefixes:
            continue
        head_zipf, tail_zipf = zipf(head.lower(), lang), zipf(tail, lang)
        if (head_zipf >= part and tail_zipf >= common) or (
            head_zipf >= common and tail_zipf >= part and head.islower()
        ):
            found.append((head, tail, min(head_zipf, tail_zipf), max(head_zipf, tail_zipf)))
    return found


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
_MEMO_SIZE = 300_000


@cache
def _plain_tokens(lang: str) -> set[str]:
    """Tokens seen that are no glued-word candidate in ``lang`` (news repeats its words)."""
    return set()


def _unknown_tokens(tokens: Iterable[str], lang: str, shortest: int) -> set[str]:
    """The tokens long enough and no word of ``lang``: the detector's first test, done once
    per distinct token instead of once per occurrence."""
    plain = _plain_tokens(lang)
    missing = set(tokens).difference(plain)
    if len(plain) + len(missing) > _MEMO_SIZE:
        plain.clear()
    unknown = set()
    for token in missing:
        if len(token) >= shortest and zipf(token.lower(), lang) <= 0:
            unknown.add(token)
        else:
            plain.add(token)
    return unknown


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
        tokens: set[str] = set()
        for start, end in line_blocks(text, 1 << 16):  # a long text's tokens never all held
            tokens.update(_TOKEN.findall(text, start, end))
        candidates = _unknown_tokens(tokens, lang, shortest)
        if not candidates:
            return  # triage: every token is a word of the target (batched, memoised)
        for match in _TOKEN.finditer(text):
            token = match.group(1)
            if token not in candidates:
                continue  # too short, or a word of the target
            lower = token.lower()
            found = splits(token, lang)
            # A word of the source language is a leftover, not two glued words (its list is
            # read only now: most texts never get here).
            if not found or (source and zipf(lower, source) > 0):
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
                stronger >= float(table["function_zipf"])
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
