"""Quotations are the writer's: text in quotation marks, or an original given beside its
translation (an article quoting a tweet, then translating it), is not a leftover of the
translation and is never retranslated. And a retranslation that says the opposite of its
source (a negation added or lost) is worse than the French it replaces.

Used by the foreign detector (quoted spans and originals beside their translation become
flags) and by the translation fixer (a retranslation that repeats a neighbouring sentence, or
flips the source's polarity, becomes a flag). Data: repair/data/quotations.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from repair.core.document import Document, Span
from repair.data import load_toml

_ANCHOR = re.compile(r"(?:https?://\S+|[@#]\w+|\d[\d.,:/]*\d|\d|(?<=\w\s)[A-Z][\w'’-]+)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TOKEN = re.compile(r"[\w']+")


def quotation_data() -> dict[str, Any]:
    return load_toml("quotations.toml")


def quoted(text: str, start: int, end: int, within: Span) -> bool:
    """Whether ``text[start:end]`` lies inside a pair of quotation marks in ``within``
    (marks in the span itself count: the spotter may take a closing mark with it)."""
    return quotation_around(text, start, end, within) is not None


def quotation_around(text: str, start: int, end: int, within: Span) -> tuple[int, int] | None:
    """The offsets of the quotation (marks included) in ``within`` that holds
    ``text[start:end]``, or ``None``."""
    chunk = text[within.start : within.end]
    for opening, closing in quotation_data()["pairs"]:
        if opening not in chunk:
            continue
        pattern = re.escape(opening) + r"[^\n" + re.escape(closing) + r"]*" + re.escape(closing)
        for match in re.finditer(pattern, chunk):
            q_start, q_end = within.start + match.start(), within.start + match.end()
            if q_start <= start and end <= q_end and match.end() - match.start() > 2:
                return q_start, q_end
    return None


def target_quotation(
    text: str, quote: tuple[int, int], foreign: Iterable[Span], target: str | None = None
) -> bool:
    """Whether the quotation ``text[quote]`` is in the target language with a few foreign
    words inside (``"they ask 100 roubles, of what buy cigarettes", has trusted``): a
    translated quotation whose leftovers are the translation's, not the writer's. A quotation
    in the foreign language, or a short one (a title, a word quoted as a word), is the
    writer's, unless it is short and still mostly common words of ``target`` (``"a devorador
    of energy"``: foreign.toml ``[stray]``, the test the lexicon spotter's quoted words pass)."""
    table = quotation_data()["in_target"]
    words = _words(text[quote[0] : quote[1]])
    if len(words) <= int(table["max_writers_words"]):
        return target is not None and short_translated_quotation(words, target)
    inside = sum(
        len(_words(text[max(quote[0], s.start) : min(quote[1], s.end)]))
        for s in foreign
        if s.start < quote[1] and quote[0] < s.end
    )
    return inside <= float(table["max_foreign_share"]) * len(words)


def short_translated_quotation(words: list[str], target: str) -> bool:
    """Whether a short quotation's ``words`` are MT output of a quoted phrase: at least
    ``min_translated_quote_words`` of them, at least ``min_translated_quote_share`` common
    words of ``target`` (Zipf >= ``translated_quote_zipf``; foreign.toml ``[stray]``):
    ``"The obesity is not a casualidad"``, not a title kept in its language."""
    from repair.langid.base import foreign_data
    from repair.langid.frequency import zipf

    rules = foreign_data().get("stray", {})
    floor = float(rules.get("translated_quote_zipf", 3.0))
    known = sum(1 for word in words if zipf(word.lower(), target) >= floor)
    least = int(rules.get("min_translated_quote_words", 99))
    share = float(rules.get("min_translated_quote_share", 1.0))
    return len(words) >= least and known >= share * len(words)


#: How far before and after a span its mention cue or gloss may start (characters).
_CUE_REACH = 90
_GLOSS_REACH = 40


@lru_cache(maxsize=8)
def _mention_patterns(target: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The target's ``[mention]`` cues as two patterns: one ending right before a span (an
    opening mark and up to two short words between), one starting right after it."""
    table = quotation_data().get("mention", {}).get(target, {})
    before = "|".join(f"(?:{cue})" for cue in table.get("before", ()))
    after = "|".join(f"(?:{gloss})" for gloss in table.get("after", ()))
    return (
        re.compile(rf"(?:{before})[\s,:;]*[\"“«„‘']?\s*(?:[^\W\d_]{{1,3}}['’]?\s*){{0,2}}$", re.I)
        if before
        else None,
        re.compile(rf"[\"”»“’']?\s*(?:{after})", re.I) if after else None,
    )


def mentioned(text: str, start: int, end: int, within: Span, target: str) -> bool:
    """Whether the writer names ``text[start:end]`` as another language's phrase (``as the
    French say``, ``known in Spanish as``) or glosses it right after (``[let us not …]``,
    ``(literally …)``) inside ``within`` (its line): a mention, no leftover."""
    before, after = _mention_patterns(target)
    if before is not None and before.search(text, max(within.start, start - _CUE_REACH), start):
        return True
    return after is not None and bool(after.match(text, end, min(within.end, end + _GLOSS_REACH)))


def parenthesised_gloss(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a pair of parentheses right after a word, with at
    most ``[gloss] max_words`` words: the writer's original term beside the English for it
    (`the town hall (mairie)`, `the Tutsi king (mwami)`), no leftover."""
    most = int(quotation_data().get("gloss", {}).get("max_words", 0))
    before = text[max(0, start - 40) : start].rstrip()
    after = text[end : end + 40].lstrip()
    if not before.endswith("(") or not after.startswith(")"):
        return False
    ahead = before[:-1].rstrip()
    term = text[start:end].rstrip()
    return (
        bool(ahead)
        and ahead[-1].isalpha()
        and not term.endswith(("!", "?"))  # a cry (`(oups!)`) is the text's, to translate
        and len(_words(term)) <= most
    )


@lru_cache(maxsize=8)
def _discussion_cues(target: str) -> tuple[int, re.Pattern[str] | None, dict[str, re.Pattern[str]]]:
    """The target's ``[discussed]`` table compiled: how many grammar terms, one pattern of
    them, and a pattern of each language's names."""
    table = quotation_data().get("discussed", {}).get(target)
    if not table:
        return 0, None, {}
    terms = "|".join(re.escape(term) for term in table["terms"])
    names = {
        lang: re.compile(rf"\b(?:{'|'.join(map(re.escape, spelled))})\b")
        for lang, spelled in table["languages"].items()
    }
    return int(table["min_terms"]), re.compile(rf"\b(?:{terms})\b", re.I), names


def discussed_language(text: str, lang: str, target: str) -> bool:
    """Whether ``text`` is about the language ``lang`` (names it and talks grammar): its
    words in that language are examples the writer gives, not leftovers of a translation."""
    return lang in discussed_languages(text, {lang}, target)


def discussed_languages(text: str, langs: Iterable[str], target: str) -> set[str]:
    """The languages of ``langs`` that ``text`` is about (see :func:`discussed_language`).
    The grammar terms are counted once for all of them: a scan of the whole text with a
    pattern of many words, which a long document whose spans are of several languages
    paid once per language."""
    min_terms, terms, names = _discussion_cues(target)
    if terms is None:
        return set()
    named = {lang for lang in langs if lang in names and names[lang].search(text)}
    if not named or len({term.lower() for term in terms.findall(text)}) < min_terms:
        return set()
    return named


def _anchors(text: str) -> set[str]:
    return {a.casefold().rstrip(".,") for a in _ANCHOR.findall(text)}


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _units(doc: Document) -> list[Span]:
    """Sentences, and lines of one sentence or more, in order: the places a quotation's
    translation may stand."""
    return doc.sentences


def _neighbours(units: list[Span], index: int) -> list[Span]:
    return units[max(0, index - 1) : index] + units[index + 1 : index + 2]


def beside_translation(doc: Document, start: int, end: int, foreign: Iterable[Span]) -> bool:
    """Whether the foreign span is a whole sentence given beside its translation: the
    sentence right before or after it is in the target language, about as long, and names
    the same names, numbers, handles or links."""
    table = quotation_data()["beside"]
    text = doc.text
    units = _units(doc)
    index = next((i for i, u in enumerate(units) if u.start <= start < u.end), None)
    if index is None:
        return False
    unit = units[index]
    span_words = _words(text[start:end])
    if not span_words or len(span_words) < 0.8 * len(_words(unit.of(text))):
        return False
    anchors = _anchors(text[start:end])
    if not anchors:
        return False
    foreign = list(foreign)
    for neighbour in _neighbours(units, index):
        if any(f.start < neighbour.end and neighbour.start < f.end for f in foreign):
            continue
        other = neighbour.of(text)
        ratio = len(_words(other)) / len(span_words)
        if not float(table["min_ratio"]) <= ratio <= float(table["max_ratio"]):
            continue
        shared = len(anchors & _anchors(other))
        if shared >= max(int(table["min_anchors"]), float(table["anchor_share"]) * len(anchors)):
            return True
    return False


def echoes_neighbour(doc: Document, start: int, end: int, translation: str) -> bool:
    """Whether a retranslation says what the sentence before or after the span says: the span
    was the original of a quotation whose translation the article already gives."""
    table = quotation_data()["beside"]
    shortest = int(table["min_word_length"])

    def content(text: str) -> set[str]:
        return {w.casefold() for w in _words(text) if len(w) >= shortest}

    mine = content(translation)
    if not mine:
        return False
    units = _units(doc)
    index = next((i for i, u in enumerate(units) if u.start <= start < u.end), None)
    if index is None:
        return False
    for neighbour in _neighbours(units, index):
        theirs = content(neighbour.of(doc.text))
        if theirs and 2 * len(mine & theirs) / (len(mine) + len(theirs)) >= float(
            table["echo_dice"]
        ):
            return True
    return False


def negated(text: str, lang: str) -> bool | None:
    """Whether ``text`` carries a negation in ``lang`` (``None``: no word list for it)."""
    count = negations(text, lang)
    return None if count is None else count > 0


def negations(text: str, lang: str) -> int | None:
    """How many negating words ``text`` holds in ``lang`` (``None``: no word list for it).
    French `ne … pas` and Spanish `no … nada` are two words for one negation, so only a
    translation with *more* than its source is suspect, never one with fewer."""
    table = quotation_data()["negation"].get(lang)
    if table is None:
        return None
    lowered = text.casefold().replace("’", "'")
    for phrase in table.get("not_negations", ()):
        lowered = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", " ", lowered)
    tokens = _TOKEN.findall(lowered)
    words = set(table["words"])
    prefixes = tuple(w for w in words if w.endswith("'"))
    found = [t for t in tokens if t in words or (prefixes and t.startswith(prefixes))]
    if "n't" in words:
        found += [t for t in tokens if t.endswith("n't") and t not in words]
    restrictive = set(table.get("restrictive", ()))
    if found and restrictive and {_prefix(t, prefixes) for t in found} <= restrictive:
        only = tuple(table.get("only_with", ()))
        if any(
            t in only or t.startswith(tuple(o for o in only if o.endswith("'"))) for t in tokens
        ):
            return 0
    return len(found)


def _prefix(token: str, prefixes: tuple[str, ...]) -> str:
    """``n'a`` → ``n'``: the entry a token matched."""
    return next((p for p in prefixes if token.startswith(p)), token)


def polarity_flipped(source: str, source_lang: str, translation: str, target_lang: str) -> bool:
    """Whether the translation negates what its source does not, or the other way round, or
    holds more negations than its source has negating words (`verletzt und kann nicht
    spielen` -> `it's not hurt and can't play`)."""
    before, after = negations(source, source_lang), negations(translation, target_lang)
    if before is None or after is None:
        return False
    return (before > 0) != (after > 0) or after > before
