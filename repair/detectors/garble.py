"""Garbled fragments of machine translation, flagged for a reviewer and never rewritten.

When a translation model loses track of a French sentence it leaves fragments that are
grammatical nowhere: a clause cut off by a stray full stop ("which AFP did not report.
could check."), a word repeated around a stray semicolon ("abroad of being abroad;
origin of the riots"), a second "sentence" without a verb, a pronoun that changes the
person's gender. Only a human can say what was meant, so each is flagged with a message
saying what looks wrong. Thresholds and word lists are in repair/data/garble.toml.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from itertools import compress, count, repeat
from operator import and_, ge, gt
from typing import Any

from repair.core.document import ABBREVIATIONS, Document, Span, offsets_of, split_sentences
from repair.core.edits import Finding
from repair.data import load_toml
from repair.detectors.base import Detector, register
from repair.langid.formation import built
from repair.langid.frequency import zipf
from repair.langid.stray import stray_words
from repair.langid.taxa import epithets

DATA_FILE = "garble.toml"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLAUSE_BREAK = re.compile(r"[,;:(]\s|[.!?]\s")
# The full stop first and the look-behind after it (at the stop, of the character before
# it): a pattern that starts with a literal is searched for that character at C speed, one
# that starts with a look-behind is tried at every position (17x slower on clean news).
_LOWER_AFTER_STOP = re.compile(
    r"\.(?<=[A-Za-z0-9)\]\"'”’%]\.)(?P<space>[ \t]+)(?P<word>[a-z][\w'’-]*)"
)
_TOKEN_BEFORE = re.compile(r"[\w.'’-]+$")
#: A list item's marker standing as a sentence: a number or a letter and its dot.
_LIST_MARKER = re.compile(r"(?:\d{1,3}|[A-Za-z])\.")
#: What follows a lower-case word after a stop in references, addresses and code, not prose.
_NOT_PROSE_AFTER = frozenset(".(/_=[{<@:")
_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)|$", re.MULTILINE)
_FRAGMENT_END = re.compile(r"[.!?](?=\s|$)|$", re.MULTILINE)
_APPOSITION = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+"
    r"(?P<appos>(?:a|an|the)\s+[^,.;\n]{1,80}?|\d{1,3}),\s+"
    r"(?P<verb>[a-z]+)(?:\s+[A-Za-z]+)?\s+(?:that\s+)?(?P<pronoun>he|she)\s+(?P<next>[\w'’-]+)"
)


def data() -> dict[str, Any]:
    return load_toml(DATA_FILE)


def _flag(start: int, end: int, heuristic: str, table: dict, message: str) -> Finding:
    """A garble finding: always a flag, with the heuristic's confidence from the data."""
    return Finding(
        start,
        end,
        "garble",
        f"garble.{heuristic}",
        float(table["confidence"]),
        message,
        action="flag",
    )


def _lower_set(words: Sequence[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@cache
def _listed(heuristic: str, key: str) -> frozenset[str]:
    """A word list of the data file, lower-cased once per process (not once per text)."""
    return _lower_set(data()[heuristic][key])


# ---------------------------------------------------------------------------------------
# Verb detection: a small lexicon-based part-of-speech guess, enough to tell a clause from
# a bare noun phrase.
# ---------------------------------------------------------------------------------------


@cache
def _verb_lexicon() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    table = data()["verbless_fragment"]
    return (
        _lower_set(table["auxiliaries"]),
        _lower_set(table["irregular"]),
        _lower_set(table["verbs"]),
        _lower_set(table["determiners"]),
        _lower_set(table["subject_pronouns"]),
    )


def _bases(word: str) -> list[str]:
    """Candidate base forms of an inflected word ("carried" → carry, "planned" → plan)."""
    candidates = []
    if word.endswith("ies") or word.endswith("ied"):
        candidates.append(word[:-3] + "y")
    if word.endswith("es") or word.endswith("ed"):
        candidates.extend([word[:-2], word[:-1]])
        if len(word) > 4 and word[-3] == word[-4]:
            candidates.append(word[:-3])
    elif word.endswith("s"):
        candidates.append(word[:-1])
    return candidates


def has_finite_verb(words: Sequence[str]) -> bool:
    """Whether a run of words holds something that looks like a finite verb.

    Errs on the side of "yes": a missed verb would flag good English.
    """
    auxiliaries, irregular, verbs, determiners, pronouns = _verb_lexicon()
    for index, token in enumerate(words):
        word = token.lower().replace("’", "'")
        previous = words[index - 1].lower() if index else ""
        after_determiner = previous in determiners
        if word in auxiliaries:
            return True
        if "-" in word or (index and token[0].isupper()):
            continue
        if word in irregular and not after_determiner:
            return True
        if word in verbs and (
            previous in pronouns
            or (
                index
                and not after_determiner
                and (previous.endswith("s") or words[index - 1][0].isupper())
            )
        ):
            return True
        if after_determiner:
            continue
        if any(base in verbs for base in _bases(word)):
            return True
        if word.endswith("ed") and len(word) >= 6:
            return True
        if index + 1 < len(words) and _third_person(word, words[index + 1].lower(), determiners):
            return True
    return False


def _third_person(word: str, following: str, determiners: frozenset[str]) -> bool:
    """An -s form of a common English word with what a verb takes after it (`recommends
    using`, `blows away`, `bolsters its`, `weighs two`): the closed verb list lacks most of
    web English's verbs; `members of`, `experts,` are nouns."""
    table = data()["verbless_fragment"]
    if not word.endswith("s") or word.endswith(("ss", "us", "is")) or len(word) < 4:
        return False
    if not (
        (following in determiners and following != "of")
        or following in table["verb_particles"]
        or following.endswith(("ly", "ing"))
    ):
        return False
    return any(zipf(base, "en") >= float(table["s_form_base_zipf"]) for base in _bases(word))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


# ---------------------------------------------------------------------------------------
# The heuristics.
# ---------------------------------------------------------------------------------------


def lowercase_after_stop(doc: Document) -> Iterator[Finding]:
    """A full stop followed by a lower-case word that is no abbreviation's continuation."""
    if _LOWER_AFTER_STOP.search(doc.text) is None:
        return  # what a line holds, the whole text holds: most texts have none at all
    table = data()["lowercase_after_stop"]
    abbreviations = _abbreviations()
    starters = _listed("lowercase_after_stop", "lowercase_starters")
    text = doc.text
    for line in doc.lines:
        for match in _LOWER_AFTER_STOP.finditer(text, line.start, line.end):
            dot = match.start()
            before = _TOKEN_BEFORE.search(text, line.start, dot)
            token = before.group() if before else ""
            if not token or "." in token or is_abbreviation(token, abbreviations):
                continue
            word = match.group("word").lower()
            if any(map(str.isupper, match.group("word")[1:])):
                continue  # a name cased its own way (`iOS`, `eBay`, `mRNA`)
            if word in starters or not _english_word(word, table):
                continue
            if text[match.end() : match.end() + 1] in _NOT_PROSE_AFTER:
                # `p. 22`, `crates.io`, `fetch(`: an abbreviation, a domain, code.
                continue
            start = _clause_start(text, line.start, dot, int(table["max_clause_words"]))
            end_match = _FRAGMENT_END.search(text, match.end(), line.end)
            end = min(end_match.end() if end_match else line.end, line.end)
            yield _flag(
                start,
                end,
                "lowercase-after-stop",
                table,
                f"a sentence starts in lower case ({match.group('word')!r}) right after a full "
                "stop: a clause was cut in two by the translation; rewrite it by hand",
            )


def _english_word(word: str, table: dict) -> bool:
    """Common in English and not markedly more common in a source language ("les", "elle")."""
    english = zipf(word, "en")
    if english < float(table["min_word_zipf"]):
        return False
    margin = float(table["foreign_margin"])
    return all(zipf(word, lang) < english + margin for lang in table["source_languages"])


def is_abbreviation(token: str, abbreviations: frozenset[str]) -> bool:
    """A known abbreviation, an initial, or a short capitalised form (Kft, Nm, Sens)."""
    return (
        len(token) == 1
        or token.lower() in abbreviations
        or (len(token) <= 3 and token[0].isupper() and not token.isupper())
    )


@cache
def _abbreviations() -> frozenset[str]:
    return ABBREVIATIONS | _lower_set(data()["lowercase_after_stop"]["abbreviations"])


def _clause_start(text: str, floor: int, dot: int, max_words: int) -> int:
    """Start of the clause that ends at ``dot`` (after the last comma or full stop)."""
    start = floor
    for found in _CLAUSE_BREAK.finditer(text, floor, dot):
        start = found.end()
    words = list(_WORD.finditer(text, start, dot))
    if len(words) > max_words:
        start = words[-max_words].start()
    return start


@cache
def _repeat_pattern() -> re.Pattern[str]:
    table = data()["repeated_across_punct"]
    length = int(table["min_word_length"])
    gap = int(table["max_gap_words"])
    return re.compile(
        rf"\b(?P<word>[A-Za-z]{{{length},}})\b(?P<gap>(?:[ \t]+[A-Za-z'’-]+){{1,{gap}}}?)"
        r"[ \t]+(?P=word)\b[ \t]*[;:][ \t]*(?=[a-z])",
        re.IGNORECASE,
    )


#: The marks ``repeated_across_punct`` needs in a line (its pattern holds one of them).
_STRAY_MARKS = ";:"


def _lines_with_a_mark(doc: Document) -> list[Span]:
    """The lines holding a ; or a : (the pattern needs one and is slow to scan a line
    without), found by one scan of the text rather than one search per line."""
    marks = offsets_of(doc.text, _STRAY_MARKS)
    if not marks:
        return []
    lines = doc.lines
    starts = [line.start for line in lines]
    return [lines[index] for index in sorted({bisect_right(starts, mark) - 1 for mark in marks})]


def repeated_across_punct(doc: Document) -> Iterator[Finding]:
    """The same word twice within a few words, the second glued to a stray ; or :."""
    table = data()["repeated_across_punct"]
    connectors = _listed("repeated_across_punct", "connectors")
    ignore = _listed("repeated_across_punct", "ignore")
    parallel = _listed("repeated_across_punct", "parallel_markers")
    text = doc.text
    for line in _lines_with_a_mark(doc):
        for match in _repeat_pattern().finditer(text, line.start, line.end):
            word = match.group("word").lower()
            gap = [w.lower() for w in match.group("gap").split()]
            if word in ignore or all(w in connectors for w in gap) or parallel & set(gap):
                continue
            end = _CLAUSE_END.search(text, match.end(), line.end)
            stop = min(end.start() if end else line.end, line.end)
            if has_finite_verb(_words(text[match.end() : stop])):
                continue  # "… changes; in other words we must …" goes on as a clause
            mark = match.group().rstrip()[-1]
            yield _flag(
                match.start(),
                stop,
                "repeated-across-punct",
                table,
                f"{match.group('word')!r} is repeated around a stray {mark!r}: the translation "
                "garbled this phrase; rewrite it from the source",
            )


def verbless_fragment(doc: Document) -> Iterator[Finding]:
    """A sentence with no verb right after another one on the same line: a broken sentence."""
    table = data()["verbless_fragment"]
    # Only lines of several sentences hold a pair (news mostly writes one a line): picked
    # out by maps in C rather than a Python step for each line.
    line_sentences = doc.line_sentences
    for sentences in compress(line_sentences, map(gt, map(len, line_sentences), repeat(1))):
        for previous, sentence in zip(sentences, sentences[1:], strict=False):
            if not _broken_off(doc.text, previous, sentence, table):
                continue
            tail = list(_WORD.finditer(doc.text, previous.start, previous.end))
            shown = tail[-int(table["context_words"]) :]
            yield _flag(
                shown[0].start() if shown else previous.start,
                sentence.end,
                "verbless-fragment",
                table,
                "this sentence has no verb and follows a full stop that cuts the previous one: "
                "the translation probably broke one sentence in two; join or rewrite it",
            )


def _broken_off(text: str, previous: Span, sentence: Span, table: dict) -> bool:
    """``sentence`` is a verbless piece cut from ``previous`` by a stray full stop."""
    body = sentence.of(text)
    if not body[:1].isupper() or body.rstrip()[-1:] in "?!:":
        return False
    ending = previous.of(text).rstrip()
    if not ending.endswith(".") or ending.endswith("..") or _ends_with_abbreviation(ending):
        return False
    if _LIST_MARKER.fullmatch(ending):
        return False  # a list item's number (`46.`), no sentence cut
    words = _words(body)
    if len(words) < int(table["min_words"]):
        return False
    line_end = text.find("\n", sentence.end)
    line = text[text.rfind("\n", 0, previous.start) + 1 : line_end if line_end >= 0 else None]
    if any(marker in line for marker in table["citation_markers"]):
        # A reference list's entries are verbless by nature (`Auckland University Press.`).
        return False
    return (
        _opens_with_name(words, int(table["min_leading_capitals"]))
        and words[0].lower() not in _listed("verbless_fragment", "function_openers")
        and words[0].lower() not in _verb_lexicon()[2]  # an imperative: `Use Advanced Rules`
        and ":" not in " ".join(body.split()[: int(table["label_words"])])  # `Examples: Tesla`
        and not has_finite_verb(words)
    )


def _ends_with_abbreviation(sentence: str) -> bool:
    """The splitter took an unknown abbreviation's dot for a sentence end ("Sens.")."""
    token = _TOKEN_BEFORE.search(sentence[:-1])
    return token is not None and is_abbreviation(token.group(), _abbreviations())


def _opens_with_name(words: Sequence[str], count: int) -> bool:
    return len(words) >= count and all(w[0].isupper() for w in words[:count])


def _paragraph_units(doc: Document) -> list[tuple[Span, Span]]:
    """Non-blank lines (scraped articles put one paragraph on a line), each with its first
    sentence (a line holds one exactly when it is not blank)."""
    return [
        (line, sentences[0])
        for line, sentences in zip(doc.lines, doc.line_sentences, strict=True)
        if sentences
    ]


def _may_open_with_apposition(text: str, units: list[tuple[Span, Span]]) -> Iterator[int]:
    """The indices of the units whose first sentence may start with :data:`_APPOSITION`:
    it starts with a capital and holds a comma, told by maps in C for every unit at once
    (the pattern tried at each line's start was most of this heuristic's time)."""
    starts = [first.start for _, first in units]
    ends = [first.end for _, first in units]
    capital = map(str.isupper, map(text.__getitem__, starts))
    comma = map(ge, map(text.find, repeat(","), starts, ends), repeat(0))
    return compress(count(), map(and_, capital, comma))


def pronoun_gender(doc: Document) -> Iterator[Finding]:
    """A person introduced with a pronoun of one gender, then the other gender right after."""
    table = data()["pronoun_gender"]
    genders = {
        "m": _listed("pronoun_gender", "masculine"),
        "f": _listed("pronoun_gender", "feminine"),
    }
    nouns = {
        "m": _listed("pronoun_gender", "masculine_nouns"),
        "f": _listed("pronoun_gender", "feminine_nouns"),
    }
    markers = _listed("pronoun_gender", "other_person_markers")
    proxies = _listed("pronoun_gender", "proxy_nouns")
    min_opposite = int(table["min_opposite"])
    text = doc.text
    units = _paragraph_units(doc)
    for index in _may_open_with_apposition(text, units):
        unit, first = units[index]
        match = _APPOSITION.match(text, first.start, first.end)
        if match is None:
            continue
        said = "m" if match.group("pronoun").lower() == "he" else "f"
        other = "f" if said == "m" else "m"
        appos_words = {w.lower() for w in _words(match.group("appos"))}
        if appos_words & proxies:
            continue  # a lawyer's or a mother's "he" may be someone else's
        if appos_words & nouns[said]:
            continue  # "a father of two, said he": the pronoun agrees with the apposition
        following = units[index + 1][0] if index + 1 < len(units) else None
        later = [Span(first.end, unit.end)] + ([following] if following is not None else [])
        if not _switches_to(text, first, later, said, other, genders, markers, min_opposite):
            continue
        yield _flag(
            match.start("verb"),
            match.end("next"),
            "pronoun-gender",
            table,
            f"{match.group('name')!r} is '{match.group('pronoun')}' here but "
            f"{'a woman' if other == 'f' else 'a man'} elsewhere in the text: the translation "
            "lost the French gender; check the pronoun",
        )


def _switches_to(
    text: str,
    first: Span,
    later: list[Span],
    said: str,
    other: str,
    genders: dict[str, frozenset[str]],
    markers: frozenset[str],
    min_opposite: int,
) -> bool:
    """The introducing sentence uses only ``said``; what follows, up to the next person
    named, uses only ``other``, at least ``min_opposite`` times."""
    here = [w.lower() for w in _words(first.of(text))]
    if any(w in genders[other] for w in here):
        return False
    same_person = []
    for span in later:
        for sentence in split_sentences(text, span.start, span.end):
            for position, word in enumerate(_words(sentence.of(text))):
                lowered = word.lower()
                named = position > 0 and word[0].isupper() and lowered not in genders[other]
                if lowered in markers or (named and word != "I"):
                    return _counts_switch(same_person, said, other, genders, min_opposite)
                same_person.append(lowered)
    return _counts_switch(same_person, said, other, genders, min_opposite)


def _counts_switch(
    words: list[str],
    said: str,
    other: str,
    genders: dict[str, frozenset[str]],
    min_opposite: int,
) -> bool:
    if any(w in genders[said] for w in words):
        return False
    return sum(w in genders[other] for w in words) >= min_opposite


_LONG_LOWER = re.compile(r"\b[a-z]{5,}\b")
#: Runs of word characters met that are no long lower-case word, or one English knows
#: (Zipf above 0), at most this many.
_SEEN: set[str] = set()
_SEEN_MAX = 100_000


def invented_word(doc: Document) -> Iterator[Finding]:
    """Words in no word list, English or source, when the document holds several: a
    translation that spells rare words out of pieces (see garble.toml)."""
    table = data()["invented_word"]
    found = doc.derived("garble.invented-words", lambda text: _invented_words(text, doc.word_set))
    for start, end in found:
        if doc.in_focus(start, end):
            yield _flag(
                start,
                end,
                "invented-word",
                table,
                f"{doc.text[start:end]!r} is a word of no language this document could be in, "
                "among several such: made up by the translation out of pieces, or misspelled; "
                "find the source's word and translate it by hand",
            )


def _invented_words(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Where the document's invented words are, if it holds enough of them (else none);
    ``words``: its distinct runs of word characters (``Document.word_set``)."""
    table = data()["invented_word"]
    least = int(table["min_per_document"])
    # Triage: the document's distinct runs, shared with the other detectors; nearly all
    # are English or no long lower-case word (what ``_LONG_LOWER`` finds: a whole run of
    # five letters a-z or more), and the source languages' lists are asked only when
    # enough words are not. The runs met before are set aside by one set difference (news
    # repeats its words).
    fresh = words.difference(_SEEN)
    unknown = [word for word in fresh if _long_lower(word) and zipf(word, "en") == 0]
    if len(_SEEN) + len(fresh) > _SEEN_MAX:
        _SEEN.clear()  # bounded: a long stream meets ever more words
    _SEEN.update(fresh.difference(unknown))
    if len(unknown) < least:
        return []
    candidates = [word for word in unknown if _invented(word)]
    if len(candidates) < least:
        return []
    lower = text.lower()
    found = []
    for word in candidates:
        if lower.count(word) != 1:
            continue  # used twice (or inside another word): the document's own term
        place = re.search(rf"(?<![\w'’@#/.-]){word}(?![\w'’@/-]|\.\w)", text)
        if place and not epithets(text, *place.span()):
            found.append(place.span())
    return sorted(found) if len(found) >= least else []


def _long_lower(run: str) -> bool:
    """A run of word characters that :data:`_LONG_LOWER` finds whole: five letters a-z or
    more (a match of it is a whole run: word characters stand on neither side)."""
    return len(run) >= 5 and run.isascii() and run.isalpha() and run.islower()


@lru_cache(maxsize=20_000)  # bounded: a long text holds many distinct unknown words
def _invented(word: str) -> bool:
    """In no list of the source languages (nor English: the caller asks), not built from
    known parts, and not a stray word."""
    table = data()["invented_word"]
    if any(zipf(word, lang) > 0 for lang in table["source_languages"]) or built(word):
        return False
    # A word English would hardly spell is a stray word of a language without a list
    # (repair/langid/stray.py reports it as foreign), not the model's invention.
    judge = stray_words("en")
    return judge is None or judge.judge(word) is None


HEURISTICS = (
    lowercase_after_stop,
    repeated_across_punct,
    verbless_fragment,
    pronoun_gender,
    invented_word,
)


@register
class GarbleDetector(Detector):
    name = "garble"
    kinds = ("garble",)
    languages = ("en",)

    def detect(self, doc: Document) -> Iterator[Finding]:
        for heuristic in HEURISTICS:
            yield from heuristic(doc)
