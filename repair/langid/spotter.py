"""The foreign-span spotter: finders propose, the pair's classifier confirms, edges trimmed.

Per sentence: other-script runs are taken as they are (their code points prove them);
word-list runs are kept only if the word lists' log-odds plus the classifier's (restricted
to the pair) clear a bar, higher for short runs than for long ones. A ``!`` or ``?`` right
after a run belongs to it, and so does the full stop of a sentence that is foreign whole.
A single word in quotation marks (``the "savoir-être" of the elite``) is a word the writer
mentions, not one the translation skipped: leftovers do not come quoted one by one.

In a French, German or Spanish article (the targets of ``[titles]`` in
repair/data/foreign.toml), English the writer quotes as a name is kept: a quotation that
starts with a capital (``"The Good Life"``, ``« King of the Pack »``) or a run in title
case (``Need for Speed: The Run``, ``Committee for Space Research``) is a title or a name,
not a leftover. A span never runs across a quotation mark into the words after it
(``"Voices for Africa" a créé`` does not take the French ``a``), and the path of a URL is
never foreign text.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from repair.core.document import Document
from repair.langid.base import (
    CLASSIFIERS,
    FINDERS,
    Classifier,
    LangSpan,
    Pair,
    SpanFinder,
    foreign_data,
)
from repair.langid.lexicon import QUOTED_RULE, STRAY_RULE, WORD, sentence_words
from repair.langid.script import has_other_script

_EXCLAMATION = re.compile(r"[ \u00a0\u202f]?[!?]+")
_OPENING = " \"'“‘«([\u00a0"
_SPACES = " \u00a0\u202f"
_QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»", "„": "“"}
# Quotation marks around titles (not the apostrophe: ``Darlin'`` is no quotation).
_TITLE_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“", "‚": "‘"}
#: Any of their opening marks (the sentence is searched in C, not a character at a time).
_OPENING_QUOTE = re.compile("|".join(map(re.escape, _TITLE_QUOTES)))
_FULL_STOP = re.compile(r"[ \u00a0\u202f]?(?:[.!?]+|…)[\"'”’»)\]]*\s*$")


class ForeignSpotter:
    """Everything needed to find one pair's foreign spans, built once per process."""

    def __init__(self, pair: Pair, *, low_accuracy: bool = False) -> None:
        self.pair = pair
        self.finders: list[SpanFinder] = [
            cls(pair) for name, cls in FINDERS.items() if name != "script" and cls.supports(pair)
        ]
        script = FINDERS.get("script")
        self.script: SpanFinder | None = script(pair) if script.supports(pair) else None
        languages = (pair.source, pair.target)
        lingua = CLASSIFIERS.get("lingua")
        self.classifier: Classifier | None = (
            lingua(languages, low_accuracy=low_accuracy) if lingua.supports(languages) else None
        )
        tuning = foreign_data()["tuning"]
        # Trigram models are surer of short text: their own bars where the data sets them.
        suffix = "_low_accuracy" if low_accuracy else ""
        self.min_single = float(
            tuning.get(f"min_classifier_single{suffix}", tuning["min_classifier_single"])
        )
        self.min_evidence_short = float(
            tuning.get(f"min_evidence_short{suffix}", tuning["min_evidence_short"])
        )
        # The classifier's probability as evidence for a span, at most this (trigram models
        # say 0.98 of `pour la` inside a French name, the large ones 0.8).
        self.max_probability = float(tuning.get(f"max_span_probability{suffix}", 1.0))
        self.min_evidence_long = float(tuning["min_evidence_long"])
        self.long_words = int(tuning["long_span_words"])
        self.trust_lexicon = float(tuning["trust_lexicon_score"])

    def warm(self) -> None:
        """Load word tables, phrase patterns and models now rather than on a first span
        (for servers and benchmarks that should not pay them inside a request)."""
        if self.classifier is not None:
            self.classifier.confidence("warm up", self.pair.source)
        self.find("Il a dit: Les gens. A coup d'état, said Le Monde.")

    def quiet_sentences(self, doc: Document) -> list[bool]:
        """For each sentence of ``doc``, whether :meth:`find` surely finds nothing in it
        (a triage done once for the text: its words looked up once, not sentence by
        sentence). ``False`` whenever unsure: another script, or a finder with no triage."""
        sentences = doc.sentences
        if self.script is not None and has_other_script(doc.text):
            return [False] * len(sentences)
        quiet = [True] * len(sentences)
        for finder in self.finders:
            triage = getattr(finder, "quiet_sentences", None)
            if triage is None:
                return [False] * len(sentences)
            found = triage(sentence_words(doc))
            quiet = [a and b for a, b in zip(quiet, found, strict=True)]
        return quiet

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[LangSpan]:
        """Foreign spans of the sentence ``text[start:end]``, in order, not overlapping."""
        end = len(text) if end is None else end
        spans: list[LangSpan] = []
        if self.script is not None and has_other_script(text[start:end]):
            spans.extend(self.script.find(text, start, end))
        for finder in self.finders:
            for span in finder.find(text, start, end):
                if any(span.start < s.end and s.start < span.end for s in spans):
                    continue
                if span.words == 1 and _quoted(text, span.start, span.end):
                    continue
                confirmed = self._confirm(text, span)
                if confirmed is not None:
                    confirmed = _out_of_quotation(text, start, end, confirmed, self.pair.target)
                    spans.append(self._with_punctuation(text, start, end, confirmed))
                elif span.words > 1 and hasattr(finder, "strays"):
                    # Not a clause of the source, but it may hold stray words.
                    spans.extend(finder.strays(text, span.start, span.end))
        spans = [
            kept
            for span in spans
            if not _in_url(text, span.start, span.end)
            for kept in self._outside_titles(text, start, end, span)
        ]
        spans = _sentence_of_strays(text, start, end, spans)
        return sorted((self._named(text, span) for span in spans), key=lambda s: s.start)

    def _named(self, text: str, span: LangSpan) -> LangSpan:
        """A long span in a target of ``[naming]`` is named by lingua among the languages
        listed there: French left in a Spanish article is French, whatever the pair's
        source (the translation fixer picks its model by this name)."""
        naming = foreign_data().get("naming", {})
        if (
            self.pair.target not in naming.get("targets", ())
            or span.rule != "foreign.span"
            or span.words < int(naming.get("min_words", 4))
        ):
            return span
        languages = tuple(code for code in naming["languages"] if code != self.pair.target)
        lingua = CLASSIFIERS.get("lingua")
        if span.lang not in languages or not lingua.supports(languages):
            return span
        probabilities = lingua(languages, low_accuracy=True).probabilities(
            text[span.start : span.end]
        )
        best = max(probabilities, key=probabilities.__getitem__)
        if best != span.lang and probabilities[best] >= float(naming.get("min_probability", 0.8)):
            return replace(span, lang=best)
        return span

    def _outside_titles(self, text: str, start: int, end: int, span: LangSpan) -> list[LangSpan]:
        """The span without the quoted titles and title-case names it overlaps (targets
        listed in ``[titles]``); what is left must still hold ``min_left_words`` words."""
        titles = foreign_data().get("titles", {})
        if self.pair.target not in titles.get("targets", ()) or span.rule == "foreign.script":
            return [span]
        most = int(titles.get("max_words", 12))
        connectors = frozenset(titles.get("connectors", ()))
        if _title_case(text[span.start : span.end], connectors):
            return []
        low, high = span.start, span.end
        for opening, closing in _title_quotes(text, start, end, most):
            if opening < high and low < closing:
                if opening <= low and high <= closing:
                    return []
                if low < opening:
                    high = min(high, opening)
                else:
                    low = max(low, closing + 1)
        if (low, high) == (span.start, span.end):
            return [span]
        left = text[low:high]
        words = [w for w in WORD.findall(left) if w[0].islower()]
        if len(words) < int(titles.get("min_left_words", 2)):
            return []
        low += len(left) - len(left.lstrip(" \"'”’»(),;:"))
        high -= len(left) - len(left.rstrip(" \"'“‘«„(,;:"))
        return [replace(span, start=low, end=high, words=len(WORD.findall(text, low, high)))]

    def _confirm(self, text: str, span: LangSpan) -> LangSpan | None:
        """The span with its combined confidence, or ``None`` if the evidence is too weak.

        The word lists' log-odds and the classifier's add up (two independent witnesses),
        and the sum must clear a bar that is higher for short spans. A lone word is too
        short for the sum to mean much: the classifier alone must be sure of it.
        """
        if span.rule in (STRAY_RULE, QUOTED_RULE):
            # The word lists of six languages are the evidence (repair/langid/stray.py);
            # a classifier restricted to the pair knows nothing of a Spanish word in a
            # French pair, and too little of one word.
            return span
        if self.classifier is None or (
            span.words >= self.long_words and span.score >= self.trust_lexicon
        ):
            return replace(span, confidence=_probability(span.score))
        probability = self.classifier.confidence(text[span.start : span.end], span.lang)
        evidence = span.score + _log_odds(min(probability, self.max_probability))
        if span.words == 1:
            accepted = probability >= self.min_single
        elif span.words >= self.long_words:
            accepted = evidence >= self.min_evidence_long
        else:
            accepted = evidence >= self.min_evidence_short
        return replace(span, confidence=_probability(evidence)) if accepted else None

    @staticmethod
    def _with_punctuation(text: str, start: int, end: int, span: LangSpan) -> LangSpan:
        stop = span.end
        if not text[start : span.start].strip(_OPENING):
            whole = _FULL_STOP.match(text, span.end, end)
            if whole is not None:
                stop = span.end + len(whole.group().rstrip().rstrip("\"'”’»)]"))
        if stop == span.end:
            bang = _EXCLAMATION.match(text, span.end, end)
            if bang is not None:
                stop = bang.end()
        return span if stop == span.end else replace(span, end=stop)


def _sentence_of_strays(text: str, start: int, end: int, spans: list[LangSpan]) -> list[LangSpan]:
    """A sentence whose every lower-case word is a stray word of one language is a sentence
    left in that language (`Er wurde sofort festgenommen.`, too short for the vote and the
    word lists' runs): one span, which a model translates whole, not word by word. Only
    sure strays, at least ``[sentence_of_strays] min_words`` of them."""
    rules = foreign_data().get("sentence_of_strays", {})
    if not spans or not rules or any(s.rule != STRAY_RULE or s.weak for s in spans):
        return spans
    if len({span.lang for span in spans}) != 1:
        return spans
    words = list(WORD.finditer(text, start, end))
    lower = [w for w in words if not w.group()[0].isupper()]
    if len(lower) < int(rules["min_words"]) or not all(
        any(s.start <= w.start() and w.end() <= s.end for s in spans) for w in lower
    ):
        return spans
    if _quoted(text, words[0].start(), words[-1].end()):
        return spans
    first = spans[0]
    whole = LangSpan(
        start=words[0].start(),
        end=words[-1].end(),
        lang=first.lang,
        confidence=min(s.confidence for s in spans),
        rule="foreign.span",
        words=len(words),
        score=sum(s.score for s in spans),
    )
    return [ForeignSpotter._with_punctuation(text, start, end, whole)]


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits inside a pair of quotation marks (spaces allowed).

    Steps out from the span rather than slicing: ``text`` is the whole document.
    """
    while start > 0 and text[start - 1] in _SPACES:
        start -= 1
    while end < len(text) and text[end] in _SPACES:
        end += 1
    return start > 0 and end < len(text) and _QUOTES.get(text[start - 1]) == text[end]


def _title_case(span: str, connectors: frozenset[str]) -> bool:
    """Every word of the span is capitalised but the connectors (``of``, ``the`` …)."""
    words = WORD.findall(span)
    capitals = [w for w in words if w[0].isupper()]
    return bool(capitals) and all(w[0].isupper() or w.lower() in connectors for w in words)


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(opening, closing) positions of the sentence's quotations (apostrophes aside)."""
    found = []
    opening = _OPENING_QUOTE.search(text, start, end)
    while opening is not None:
        after = text.find(_TITLE_QUOTES[opening.group()], opening.end(), end)
        if after < 0:
            break
        found.append((opening.start(), after))
        opening = _OPENING_QUOTE.search(text, after + 1, end)
    return found


def _title_quotes(text: str, start: int, end: int, most: int) -> list[tuple[int, int]]:
    """(opening, closing) positions of the sentence's quotations that start with a capital
    and hold at most ``most`` words: titles and names."""
    found = []
    for opening, closing in _quotations(text, start, end):
        inner = text[opening + 1 : closing].strip()
        # Quoted speech ends with its punctuation inside the marks (``"We won," he said``).
        speech = inner[-1:] in ",.;" or len(WORD.findall(inner)) > most
        if inner[:1].isupper() and not speech:
            found.append((opening, closing))
    return found


def _out_of_quotation(text: str, start: int, end: int, span: LangSpan, target: str) -> LangSpan:
    """The span cut at the closing mark of the quotation it starts in, when all it takes
    past the mark is a word or two the target writes (``"Je ne regrette rien," sang Édith
    Piaf``: French ``sang`` is English ``sang``): the writer's verb of saying, not a
    leftover, and the quotation is then judged as one (the writer's: flagged, not
    retranslated)."""
    from repair.langid.frequency import zipf

    rules = foreign_data().get("quotation_edge", {})
    for opening, closing in _quotations(text, start, end):
        if not opening < span.start < closing < span.end:
            continue
        outside = WORD.findall(text, closing + 1, span.end)
        if 0 < len(outside) <= int(rules.get("max_words", 2)) and all(
            zipf(word.lower(), target) >= float(rules.get("min_target_zipf", 3.0))
            for word in outside
        ):
            inner = text[span.start : closing].rstrip(" ,;:\u00a0")
            stop = span.start + len(inner)
            return replace(span, end=stop, words=len(WORD.findall(text, span.start, stop)))
    return span


_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:com|org|net|fr|de|es|uk|html?)/\S*")


def _in_url(text: str, start: int, end: int) -> bool:
    """Whether the span lies in a URL (``http://ca.movember.com/fr/mens-health``)."""
    low = text.rfind(" ", 0, start) + 1
    high = text.find(" ", end)
    high = len(text) if high < 0 else high
    token = text[low:high]
    return "/" in token and _URL.search(token) is not None


def _log_odds(probability: float) -> float:
    """log10 odds, clipped: no classifier answer is worth more than three decades."""
    probability = min(max(probability, 1e-3), 1 - 1e-3)
    return math.log10(probability / (1 - probability))


def _probability(log_odds: float) -> float:
    return 1 / (1 + 10 ** -max(-6.0, min(6.0, log_odds)))


@lru_cache(maxsize=8)
def spotter_for(source: str, target: str, low_accuracy: bool = False) -> ForeignSpotter:
    """The process-wide spotter of a pair (word tables and models load on first use)."""
    return ForeignSpotter(Pair(source, target), low_accuracy=low_accuracy)
