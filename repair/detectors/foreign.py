"""Text left in the source language: words, clauses and sentences the translation skipped.

The spans come from repair/langid (script check, word-list model, the pair's classifier);
this detector resolves the pair for each document and turns spans into findings for the
translation fixer. It never translates: without a model the findings become flags.

One document-level exception: a short foreign sentence standing alone on its own line, in
a document that has no other foreign text, is taken for the writer's choice (a motto, an
epigraph, a sign-off such as "Il faut bien le faire." in an English article on language
teaching), not a leftover: without damage around it the two cannot be told apart, and a
false alarm that retranslates clean text is worse than a miss. Likewise a stray word the
target's own list knows (`facile`, `dossiers`) counts only beside an unknown one, and a word
quoted as a word (`the "gelataio"`) is the writer's, not a finding.
Options (``RepairConfig.options["foreign"]``): ``low_accuracy`` (bool) uses lingua's
smaller trigram models (the default is foreign.toml's ``[lingua]``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import cache
from itertools import compress, count
from operator import not_
from typing import TYPE_CHECKING, NamedTuple

from repair.core.document import Document
from repair.core.edits import Finding
from repair.detectors.base import Detector, register

if TYPE_CHECKING:
    from repair.langid.base import LangSpan


@register
class ForeignDetector(Detector):
    name = "foreign"
    stage = "language"
    kinds = ("foreign",)
    # A second round looks at the lines the first one changed (their sentences only): a
    # stray word can be left when the span holding it lost a collision with a literalism
    # (`informations confidentielles`: the literalism fixes the first word, the second is
    # found next round). The model's own output is not retranslated: a translation that
    # holds a stray word was a flag (repair/fixers/translate.py), and the rest is English.
    rerun = True

    def detect(self, doc: Document) -> Iterator[Finding]:
        # Imported here: word tables and models load only when a document is checked.
        from repair.langid.base import foreign_data, lingua_low_accuracy
        from repair.langid.quiet import _MAX_SENTENCES, quiet_document
        from repair.langid.source import (
            default_source,
            resolve_source,
            sentence_votes,
            stray_language,
        )
        from repair.langid.spotter import spotter_for

        # Triage: quiet words only, no other script: no vote, no span, no table to load.
        given = doc.source_lang if doc.source_lang not in (None, "", "auto") else None
        assumed = given or default_source(doc.target_lang)
        # (A longer document is never quiet: its sentences' texts are not cut for nothing.)
        if (
            assumed not in (None, doc.target_lang)
            and len(doc.sentences) <= _MAX_SENTENCES
            and quiet_document(
                doc.text, [span.of(doc.text) for span in doc.sentences], assumed, doc.target_lang
            )
        ):
            return
        votes = {} if given else sentence_votes(doc)
        source = resolve_source(doc, votes)
        if source is None or source == doc.target_lang:
            return
        options = self.config.options.get(self.name, {})
        low_accuracy = bool(options.get("low_accuracy", lingua_low_accuracy()))
        spotter = spotter_for(source, doc.target_lang, low_accuracy)
        text = doc.text
        spans = []
        quiet_ones = spotter.quiet_sentences(doc)
        for index in _searched_sentences(quiet_ones, votes):
            sentence, quiet = doc.sentences[index], quiet_ones[index]
            if doc.focus is not None and not doc.in_focus(sentence.start, sentence.end):
                continue
            own = votes.get(index, source)
            if own == source and not given and not quiet:
                own = stray_language(sentence.of(text), source, doc.target_lang) or source
            if own != source:
                # A sentence in another language than the document's majority: its own
                # language's word lists and classifier find its span; the source's still
                # find what lies outside it (a pivot leaves words of both languages).
                own_spotter = spotter_for(own, doc.target_lang, low_accuracy)
                found = own_spotter.find(text, sentence.start, sentence.end)
                spans.extend(found)
                if not quiet:
                    spans.extend(
                        span
                        for span in spotter.find(text, sentence.start, sentence.end)
                        if all(span.end <= s.start or s.end <= span.start for s in found)
                    )
            elif not quiet:
                spans.extend(spotter.find(text, sentence.start, sentence.end))
        if not spans:
            return  # most clean documents: none of the checks below has anything to drop
        # A sentence of another language adds its own spans, then the source's around them.
        spans.sort(key=lambda span: (span.start, span.end))
        loanwords: set[tuple[int, int]] = set()
        if doc.focus is None:
            spans, loanwords = _without_lone_known_words(
                text, spans, doc.target_lang, len(doc.sentences), source
            )
        if (
            doc.focus is None
            and len(spans) == 1
            and _deliberate_line(doc, spans[0], foreign_data()["tuning"])
        ):
            return
        spans = [
            span
            for span in spans
            if not _name_among_target_words(text, span, doc.target_lang)
            and not _a_place(text, span)
            and not _rest_of_a_name(text, span, doc.target_lang)
            and not _head_of_a_name(text, span)
        ]
        spans = [span for span in spans if not _mentioned(doc, span) and not _markup(text, span)]
        discussed = _discussed_languages(text, spans, doc.target_lang)
        spans = [span for span in spans if span.lang not in discussed]
        whole = _whole_document(text, spans)
        for span in spans:
            confidence = round(span.confidence, 2)
            message = (
                f"{text[span.start : span.end]!r} is not {doc.target_lang} "
                f"({span.lang}, confidence {confidence:.2f})"
            )
            writers = _writers_quotation(doc, span, spans) or whole
            data = {"lang": span.lang, "target": doc.target_lang, "confidence": confidence}
            if (span.start, span.end) in loanwords:
                data["loanword"] = True
            yield Finding(
                span.start,
                span.end,
                "foreign",
                span.rule,
                confidence,
                f"{message}, but {writers}: the writer's, not retranslated" if writers else message,
                action="flag" if writers else "fix",
                data=data,
            )


def _searched_sentences(quiet: list[bool], votes: dict[int, str]) -> list[int]:
    """The indices of the sentences the spotters may find a span in, in order: those not
    quiet, and those voted another language (searched with its own word lists). A quiet
    sentence of the source gives nothing, and a clean document is mostly such sentences:
    they are skipped without a step of the loop each."""
    return sorted({*compress(count(), map(not_, quiet)), *votes})


def _whole_document(text: str, spans: list[LangSpan]) -> str | None:
    """Why the spans are no leftovers: the text is (nearly) all in their language."""
    from repair.langid.quotations import quotation_data

    if not spans:
        return None
    # ``map`` of the C method: a generator's step for each character cost more.
    letters = sum(map(str.isalpha, text))
    # One language's spans: sentences left in three languages are three leftovers.
    by_language: Counter[str] = Counter()
    for span in spans:
        by_language[span.lang] += sum(map(str.isalpha, text[span.start : span.end]))
    lang, foreign = by_language.most_common(1)[0]
    if letters and foreign >= float(quotation_data()["document"]["foreign_share"]) * letters:
        return f"the whole text is in {lang}, not a translation with leftovers"
    return None


def _discussed_languages(text: str, spans: list[LangSpan], target: str) -> set[str]:
    """The spans' languages the text is about (names them and talks grammar): their words
    are the writer's examples, mentions like a phrase named as French, no leftovers."""
    from repair.langid.quotations import discussed_languages

    return discussed_languages(text, {span.lang for span in spans}, target)


def _writers_quotation(doc: Document, span: LangSpan, spans: list[LangSpan]) -> str | None:
    """Why the span is a quotation (in quotation marks, or an original given beside its
    translation), or ``None``."""
    from repair.langid.base import foreign_data
    from repair.langid.lexicon import QUOTED_RULE, STRAY_RULE, WORD, translated_quote
    from repair.langid.quotations import beside_translation, quotation_around, target_quotation

    line = doc.line_at(span.start)
    quote = quotation_around(doc.text, span.start, span.end, line) if line is not None else None
    # A stray word in a quotation short enough for a title: English with a leftover, as the
    # spotter judges such a quotation (foreign.toml ``[stray]``, ``translated_quote_examples``).
    judged = (
        quote is not None
        and line is not None
        and span.rule == STRAY_RULE
        and len(WORD.findall(doc.text, quote[0], quote[1]))
        <= int(foreign_data()["stray"].get("max_title_words", 0))
        and translated_quote(
            doc.text, line.start, line.end, span.start, span.end, doc.target_lang, span.lang
        )
    )
    if (
        quote is not None
        and not judged
        and (
            span.rule == QUOTED_RULE
            or not target_quotation(doc.text, quote, spans, doc.target_lang)
        )
    ):
        return "it is in quotation marks"
    if beside_translation(doc, span.start, span.end, spans):
        return "it is given beside its translation"
    return None


def _markup(text: str, span: LangSpan) -> bool:
    """A span holding a character of formulas or code (foreign.toml ``markup_characters``, or
    a mathematical symbol: `1 ≤ j ≤ n`, `{\\displaystyle`, `in_e1_e2 &`): a flattened formula
    or a line of code, which no language writes."""
    from repair.langid.base import foreign_data

    marks = foreign_data().get("markup_characters", "")
    return any(
        ch in marks or unicodedata.category(ch) == "Sm" for ch in text[span.start : span.end]
    )


def _mentioned(doc: Document, span: LangSpan) -> bool:
    """The writer names the span as a phrase of its language, glosses it, or gives it in
    parentheses beside its English (quotations.toml)."""
    from repair.langid.quotations import mentioned, parenthesised_gloss

    line = doc.line_at(span.start)
    return line is not None and (
        mentioned(doc.text, span.start, span.end, line, doc.target_lang)
        or parenthesised_gloss(doc.text, span.start, span.end)
    )


def _deliberate_line(doc: Document, span: LangSpan, tuning: dict) -> bool:
    """The document's only foreign span is a short line of its own."""
    if span.rule != "foreign.span" or span.words > int(tuning["deliberate_line_max_words"]):
        return False
    return any(
        line.start <= span.start < line.end
        and doc.text[line.start : line.end].strip() == doc.text[span.start : span.end]
        for line in doc.lines
    )


def _name_among_target_words(text: str, span: LangSpan, target: str) -> bool:
    """In a target of ``[titles]``: a span that is a name in title case once the target's
    own words in it are set aside (``vom Boston Modern Orchestra Project and Synergy
    Vocals``, ``for Science and International Security en Washington``): the name of an
    English body or work the writer keeps, with the preposition before it."""
    from repair.langid.base import foreign_data
    from repair.langid.frequency import zipf
    from repair.langid.lexicon import WORD

    titles = foreign_data().get("titles", {})
    if target not in titles.get("targets", ()) or span.rule != "foreign.span":
        return False
    connectors = frozenset(titles.get("connectors", ()))
    words = WORD.findall(text, span.start, span.end)
    capitals = sum(word[0].isupper() for word in words)
    return capitals >= int(titles.get("min_name_words", 2)) and all(
        word[0].isupper()
        or word in connectors
        or zipf(word, target) > max(zipf(word, span.lang), float(titles["target_word_zipf"]))
        for word in words
    )


def _rest_of_a_name(text: str, span: LangSpan, target: str) -> bool:
    """Whether lower-case words of the source right after a capitalised source word inside the
    sentence are a name's rest (``the Académie française``, ``the Diccionario de la lengua
    española``): a body or a work the writer names in its language, not a leftover. The
    capital must be a word that heads such names (a body, a work: not a person's name, whose
    verb after it is a leftover) and not a sentence's first word (``Les élus`` is a
    leftover); only connectors and the name's other source words may stand between
    (foreign.toml ``[name_rest]``)."""
    from repair.langid.frequency import zipf

    rules = _name_rest_rules()
    words = text[span.start : span.end].split()
    if rules is None or not words or len(words) > rules.max_words or not words[0][:1].islower():
        return False
    before = _NAME_BEFORE.search(text[max(0, span.start - 80) : span.start])
    if before is None or before.group("head").lower() not in rules.heads.get(span.lang, ()):
        return False
    return all(
        link in rules.connectors
        or (
            zipf(link, span.lang) >= rules.min_source_zipf
            and zipf(link, target) < rules.max_target_zipf
        )
        for link in before.group("links").lower().split()
    )


def _head_of_a_name(text: str, span: LangSpan) -> bool:
    """Whether the span is a lower-case word that heads names of its language followed by
    connectors only, right before a capitalised word: a street's, a square's or a body's
    name the writer keeps (`the rue de la Paix`, `the place de la Concorde`, `a calle de
    Alcalá`), as English writes them (foreign.toml ``[name_rest]``'s heads and connectors)."""
    rules = _name_rest_rules()
    words = text[span.start : span.end].lower().split()
    if rules is None or not words or words[0] not in rules.heads.get(span.lang, ()):
        return False
    after = text[span.end : span.end + 2]
    return (
        all(word in rules.connectors for word in words[1:])
        and len(after) == 2
        and after[0] == " "
        and after[1].isupper()
    )


class _NameRest(NamedTuple):
    max_words: int
    min_source_zipf: float
    max_target_zipf: float
    connectors: frozenset[str]
    heads: dict[str, frozenset[str]]


@cache
def _name_rest_rules() -> _NameRest | None:
    """foreign.toml's ``[name_rest]``, read once."""
    from repair.langid.base import foreign_data

    rules = foreign_data().get("name_rest")
    if not rules:
        return None
    return _NameRest(
        int(rules["max_words"]),
        float(rules["min_source_zipf"]),
        float(rules["max_target_zipf"]),
        frozenset(rules["connectors"]),
        {lang: frozenset(heads) for lang, heads in rules["heads"].items()},
    )


#: A word (no sentence ends there), a capitalised word, then up to four links, right before
#: a span: the name the span may end.
_NAME_BEFORE = re.compile(
    r"[^\W\d_][,;:]?[ \u00a0]+(?P<head>[A-ZÀ-Þ][^\W\d_]+)"
    r"(?P<links>(?:[ \u00a0]+[^\W\d_]+){0,4}?)[ \u00a0]*$"
)


def _a_place(text: str, span: LangSpan) -> bool:
    """A capitalised stray word the gazetteer knows (`in Sinsheim`): a German noun by the
    word lists' reckoning ([stray.nouns]), a place by the writer's."""
    word = text[span.start : span.end]
    if not word[:1].isupper() or " " in word:
        return False
    from repair.detectors.names.gazetteer import gazetteer

    return gazetteer().is_place(word)


def _without_lone_known_words(
    text: str, spans: list[LangSpan], target: str, sentences: int, source: str
) -> tuple[list[LangSpan], set[tuple[int, int]]]:
    """Drop words quoted as words, and the weak stray words (the target knows them, their
    spelling alone hints at them, or they are of no listed language and used again) unless
    the document shows MT leftovers; and name the stray words the target writes that are
    then only flagged (``[stray.leftovers]`` in foreign.toml). A foreign clause or quotation
    elsewhere does not vouch for them, and the leftovers vouch only for words that the
    document's ``source`` or their own languages write (``_written_by_leftovers``)."""
    from repair.langid.base import foreign_data
    from repair.langid.frequency import zipf
    from repair.langid.lexicon import QUOTED_RULE, STRAY_RULE, WORD
    from repair.langid.stray import UNDETERMINED, written_zipf

    stray = foreign_data()["stray"]
    floor = float(stray.get("known_target_zipf", 0.0))
    margin = float(stray.get("target_known_max_margin", {}).get(target, stray["known_max_margin"]))
    spans = [span for span in spans if not _quoted_as_word(text, span, QUOTED_RULE)]
    spans = _without_lone_unlisted_words(text, spans, target, stray)

    def target_writes(span: LangSpan, at_least: float, below_margin: float) -> bool:
        words = WORD.findall(text, span.start, span.end)
        written = [(low, written_zipf(low, target)) for low in (word.lower() for word in words)]
        return bool(words) and all(
            own >= at_least
            and (zipf(low, span.lang) if span.lang != UNDETERMINED else 0.0) - own < below_margin
            for low, own in written
        )

    # A word of no listed language the document uses again (`rakfisk`, the subject of an
    # English article on Norwegian food) is its own term, as garble's invented words; so is
    # a word its language's list barely holds that the document uses often (`semaglutide`,
    # a drug's name; `displaystyle`, a formula's markup).
    rare, often = float(stray.get("own_term_max_zipf", 0.0)), int(stray.get("own_term_uses", 0))
    lowered: list[str] = []  # the document in lower case, made once and only if asked

    def uses(span: LangSpan) -> int:
        if not lowered:
            lowered.append(text.lower())
        return lowered[0].count(text[span.start : span.end].lower())

    def own_term(span: LangSpan) -> bool:
        if span.lang == UNDETERMINED:
            return uses(span) > 1
        return (
            often > 0
            and all(
                zipf(low, span.lang) < rare and zipf(low, target) == 0
                for low in (word.lower() for word in WORD.findall(text, span.start, span.end))
            )
            and uses(span) >= often
        )

    weak = [
        span
        for span in spans
        if (
            span.rule == STRAY_RULE
            and (span.weak or target_writes(span, floor, margin) or own_term(span))
        )
        or (span.rule == QUOTED_RULE and own_term(span))
    ]
    sure = {
        (text[span.start : span.end].lower(), span.lang)
        for span in spans
        if span.rule == STRAY_RULE and span not in weak
    }
    leftovers = stray.get("leftovers", {})
    needed = max(1, sentences // int(leftovers.get("sentences_per_leftover", 10**9)))
    # A word of no listed language (a tool's name, `rustfmt`) keeps the weak words beside it,
    # but vouches for no word the target writes: that is only flagged below.
    if sum(lang != UNDETERMINED for _, lang in sure) >= needed:
        return [
            span
            for span in spans
            if span not in weak
            or not target_writes(span, floor, margin)
            or _written_by_leftovers(
                text,
                span,
                target,
                {source} | {lang for _, lang in sure if lang != UNDETERMINED},
                floor,
            )
        ], set()
    # Fluent text with a few foreign words in many sentences (a restaurant review's `queso`
    # and `tostadas`): the words the target writes are its loanwords, named, never written.
    loanword = float(leftovers.get("loanword_target_zipf", 99.0))
    kept = [span for span in spans if span not in weak] if weak and len(sure) < needed else spans
    return kept, {
        (span.start, span.end)
        for span in kept
        if span.rule == STRAY_RULE and target_writes(span, loanword, 99.0)
    }


def _written_by_leftovers(
    text: str, span: LangSpan, target: str, languages: set[str], floor: float
) -> bool:
    """Whether the document's source or a language of its sure leftovers writes every word
    of ``span``, a run the target writes too, far more than the target does (the stray
    margin): the leftovers of a French source vouch for a French `loin`, `aliment` left
    beside them, not for the English words beside a writer's French dishes that only
    Catalan, Spanish or Italian write more (`pare`, `pared`, `simile`). Only the words the
    target writes itself at least ``floor`` are asked, without the credit of an English
    singular: that spares a loanword's plural in fluent text, but `bonos` beside a
    translation's leftovers is a leftover too."""
    from repair.langid.frequency import zipf
    from repair.langid.lexicon import WORD
    from repair.langid.stray import stray_words

    judge = stray_words(target)
    if judge is None:
        return True
    words = [word.lower() for word in WORD.findall(text, span.start, span.end)]
    return any(
        all(
            zipf(low, target) < floor or zipf(low, lang) - zipf(low, target) >= judge.min_margin
            for low in words
        )
        for lang in languages
    )


def _without_lone_unlisted_words(
    text: str, spans: list[LangSpan], target: str, stray: dict
) -> list[LangSpan]:
    """Drop the stray words of a language no word list holds (``unlisted_languages``:
    Occitan, Esperanto, known only by their pivot tables' lemmas) when the document holds
    fewer than ``min_unlisted_words`` different words of it and English could spell them: a
    pivot through that language leaves many of its words in an article, while a lone one
    spelt like English is likelier English built with a wrong ending by a writer or a model
    (``astronautic``, ``identics``, ``provocators``), which the tables' Latinate lemmas hold
    by chance; a lone Esperanto ``neklarigitaj`` is no English."""
    from repair.langid.lexicon import STRAY_RULE, WORD
    from repair.langid.stray import stray_words

    unlisted = set(stray.get("unlisted_languages", ()))
    least = int(stray.get("min_unlisted_words", 1))
    if not unlisted or least <= 1:
        return spans
    words: dict[str, set[str]] = {}
    for span in spans:
        if span.rule == STRAY_RULE and span.lang in unlisted:
            words.setdefault(span.lang, set()).add(text[span.start : span.end].lower())
    thin = {lang for lang, found in words.items() if len(found) < least}
    if not thin:
        return spans
    judge = stray_words(target)
    return [
        span
        for span in spans
        if span.rule != STRAY_RULE
        or span.lang not in thin
        or judge is None
        or not all(map(judge.spelt_like_target, WORD.findall(text, span.start, span.end)))
    ]


_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“", "‘": "’", "'": "'"}


def _quoted_as_word(text: str, span: LangSpan, quoted_rule: str) -> bool:
    """A lower-case quotation that is the span alone (trailing punctuation aside): a word
    the writer mentions (`the "gelataio"`), neither a leftover nor a title."""
    if span.rule != quoted_rule or not text[span.start : span.end][:1].islower():
        return False
    before = text[span.start - 1 : span.start]
    closing = _QUOTES.get(before)
    if closing is None:
        return False
    after = text[span.end : span.end + 2]
    return after[:1] == closing or (after[:1] in ".,;:!?" and after[1:2] == closing)
