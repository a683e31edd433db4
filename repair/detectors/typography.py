"""Target-language typography: spaces before punctuation, orphan marks, doubled words.

French puts a (no-break) space before ``; : ! ?``; machine translation and scraping
carry it into English. A run like ``. ;`` is what is left when a list separator was
moved; a word typed twice (``the the``) is a slip, except for the words English doubles.

Other targets (``[languages.*]`` in repair/data/typography.toml): French keeps its space
before ``; : ! ?`` and wants a no-break one there and inside « », when the document itself
follows that convention; German opens quotations with „ (an English “…” becomes „…“);
Spanish pairs ``¿ … ?`` and ``¡ … !``; each language lists the words it may double.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.core.document import Document, split_sentences
from repair.core.edits import Finding
from repair.data import load_toml
from repair.detectors.base import Detector, register
from repair.detectors.typography_lang import language_rules
from repair.langid.frequency import zipf

# Patterns start with a literal or a small class so that the regex engine can skip ahead
# quickly; the slower context checks run only on the rare candidates.
_SPACES = " \t\u00a0\u202f\u2009"
# spaces + one mark + space/end; the character before the spaces is checked in Python.
_SPACE_BEFORE = re.compile(rf"[{_SPACES}][.,;:!?](?=[\s\"'”’]|$)")
_PLAIN_SPACE_BEFORE = re.compile(r" [.,;:!?](?=[\s\"'”’]|$)")
_WORD_END = re.compile(r"[\w)\]\"'”’%]")
# A run of spaces and ; or : glued to a preceding mark; the mark is checked in Python.
_ORPHAN = re.compile(r" ([ \t]*[;:]+)(?=(\s)|(\w)|$)")
#: A writer's marks around an action (`::deep breath::`), a pair on one line: no orphan.
_ACTION = re.compile(r"::[^\W\d_][^:\n]{0,40}::")


def _spaced_colon_or_semicolon(text: str) -> bool:
    """Whether a ``;`` or ``:`` of ``text`` follows a space or a tab, as in each match of
    :data:`_ORPHAN`: the marks found by ``str.find`` (a scan at memory speed; news has few),
    so the pattern, which stops at every space, is run only on the texts that need it."""
    for mark in ";:":
        at = text.find(mark, 1)
        while at > 0:
            if text[at - 1] in " \t":
                return True
            at = text.find(mark, at + 1)
    return False


# Possessive: a shorter prefix of the word can never be followed by a space, so backtracking
# into it is wasted work (it was half of this detector's time on clean news).
_REPEATED = re.compile(r" ([a-z]++) ++\1\b")
_LOOP = re.compile(r"(?<![\w-])([a-z]++)(?: ++\1\b){2,}")
_WORD = re.compile(r"[^\W\d_]+")
_LINE_END = re.compile(r"[\r\n]")
_NBSP_BETWEEN_WORDS = re.compile(r"(?<=[A-Za-z])\u00a0(?=[A-Za-z])")
# Digit groups a no-break or thin space separates (French `1 200`): one group of one to three
# digits, then groups of three; no digit, point or comma around.
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d]|[.,]\d)")
# A pair of guillemets on one line, the spaces French puts inside them included; or German
# quotation marks („…“: the closing one is English's opening mark).
_GUILLEMETS = re.compile(
    r"«([ \u00a0\u202f]*)[^«»\r\n]{1,600}?([ \u00a0\u202f]*)»"
    r"|„()[^„“”\r\n]{1,600}?()“(?![^„“”\r\n]*”)"
)


def _data() -> dict:
    return load_toml("typography.toml")


def in_target_language(doc: Document, offset: int) -> bool:
    """Whether the sentence at ``offset`` is in the target language, whose typography the
    rules know: a Slovak ``nám !`` or a French quotation keeps its own.

    A sentence is the target's when at least half its lower-case words are target words
    (wordfreq) and not commoner in the document's source language (``il``, ``dit``, ``nous``
    are English words too); a sentence of names only counts as the target's. Only the source
    language's list is consulted (each list costs about half a second to load).
    """
    # The sentence of the offset's line: splitting only that line, not the whole document.
    text = doc.text
    line_start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    line_end = _LINE_END.search(text, offset)
    stop = line_end.start() if line_end else len(text)
    sentence = next(
        (s for s in split_sentences(text, line_start, stop) if s.start <= offset <= s.end),
        None,
    )
    if sentence is None:
        return True
    source = doc.source_lang
    if source in ("auto", doc.target_lang):
        from repair.langid.source import default_source

        source = default_source(doc.target_lang)
    chunk = doc.text[sentence.start : sentence.end]
    return doc.derived(
        f"typography.target:{sentence.start}",
        lambda _text: _target_share(chunk, doc.target_lang, source),
    )


def _target_share(sentence: str, lang: str, source: str | None) -> bool:
    table = _data()["language_check"]
    words = [w for w in _WORD.findall(sentence) if w.islower()]
    if not words:
        return True
    floor, share = float(table["min_zipf"]), float(table["min_share"])
    known = [w for w in words if zipf(w, lang) >= floor]
    if len(known) < share * len(words):
        return False
    if source is None:
        return True
    own = sum(zipf(w, lang) >= zipf(w, source) for w in known)
    return own >= share * len(words)


def _language(target: str) -> dict:
    """The ``[languages.<target>]`` table of typography.toml (empty for English)."""
    return _data()["languages"].get(target, {})


@register
class TypographyDetector(Detector):
    name = "typography"
    kinds = ("typography",)

    @classmethod
    def applies_to(cls, config) -> bool:
        data = _data()
        return (
            config.target_lang in data["no_space_before_punct"]
            or config.target_lang in data["languages"]
        )

    def detect(self, doc: Document) -> Iterator[Finding]:
        for finding in self._findings(doc):
            if in_target_language(doc, finding.start):
                yield finding

    def _findings(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        rules = _language(doc.target_lang)
        exotic = any(space in text for space in _SPACES[1:])
        pattern = _SPACE_BEFORE if exotic else _PLAIN_SPACE_BEFORE
        yield from self._space_before(text, pattern, rules.get("space_before", ""))
        yield from self._orphans(text)
        yield from self._repeated_words(text, doc.target_lang, rules.get("repeatable_words"))
        if "\u00a0" in text and rules.get("nbsp_between_words", True):
            yield from self._no_break_spaces(text)
        if doc.target_lang in _data()["guillemets_to_quotes"]:
            if "«" in text or "„" in text:
                yield from self._guillemets(text, doc.target_lang)
            if exotic:
                yield from self._spaced_thousands(text)
        yield from language_rules(text, rules)

    @staticmethod
    def _space_before(text: str, pattern: re.Pattern[str], kept: str = "") -> Iterator[Finding]:
        for match in pattern.finditer(text):
            if match.group()[-1] in kept:
                continue
            start, end = match.start(), match.end()
            while start > 0 and text[start - 1] in _SPACES:
                start -= 1
            if start == 0 or not _WORD_END.match(text, start - 1):
                continue
            if text[end - 1] == "." and text[end : end + 1] == ".":
                continue
            # Before ; : ! ? the space is French typography; before . or , it may be a
            # plain slip, which clean news has too: that needs corroboration.
            french = match.group()[-1] in ";:!?"
            yield Finding(
                start,
                end,
                "typography",
                "typography.space-before-punct",
                0.85 if french else 0.7,
                f"no space before {match.group()[-1]!r}",
            )

    @staticmethod
    def _orphans(text: str) -> Iterator[Finding]:
        if not _spaced_colon_or_semicolon(text):
            return  # every match holds a space or a tab right before a ``;`` or ``:``
        for match in _ORPHAN.finditer(text):
            if match.start() == 0 or text[match.start() - 1] not in ".!?,;:":
                continue
            glued = match.group(3) is not None
            if glued and _ACTION.match(text, match.start(1)):
                continue
            yield Finding(
                match.start(),
                match.end(1),
                "typography",
                "typography.orphan-punct-glued" if glued else "typography.orphan-punct",
                0.8,
                f"orphan punctuation {match.group(1).strip()!r} after a mark",
            )

    @staticmethod
    def _repeated_words(
        text: str, lang: str = "en", words: list[str] | None = None
    ) -> Iterator[Finding]:
        """A common word typed twice; a rare word doubled is a reduplication the language
        writes that way (``cha cha``, ``mahi mahi``, ``tut tut``), and a listed one is a
        grammatical repeat (``had had``)."""
        # Triage: a loop's last two copies are themselves a double, so a text without one
        # (nearly every text) holds neither and the slower loop scan is skipped.
        doubles = list(_REPEATED.finditer(text))
        if not doubles:
            return
        data = _data()
        repeatable = frozenset(data["repeatable_words"] if words is None else words)
        floor = float(data["repeated_word_min_zipf"])
        loops = []
        if lang == "en":
            kept = frozenset(data["loop_words_kept"]) | repeatable
            for match in _LOOP.finditer(text):
                loops.append(match.span())  # its doubles are not slips either way
                if match.group(1) in kept or zipf(match.group(1), lang) < floor:
                    continue
                if text[match.end() : match.end() + 1] == "!":
                    continue  # a writer's chant closed by its `!` (`layers layers layers!`)
                yield Finding(
                    match.start(),
                    match.end(),
                    "typography",
                    "typography.word-loop",
                    0.9,
                    f"word {match.group(1)!r} {len(match.group().split())} times in a row: "
                    "a translation model's loop (no writer's slip repeats a word thrice)",
                )
        for match in doubles:
            word = match.group(1)
            if word in repeatable or text[match.start() - 1 : match.start()] == "-":
                continue
            if any(start <= match.start(1) < end for start, end in loops):
                continue
            if zipf(word, lang) < floor:
                continue
            yield Finding(
                match.start(1),
                match.end(),
                "typography",
                "typography.repeated-word",
                0.6,
                f"word {word!r} typed twice",
            )

    @staticmethod
    def _guillemets(text: str, target: str) -> Iterator[Finding]:
        """``« we will win »`` or ``„we will win“`` in an English sentence: the source's
        quotation marks the translation kept; English writes “we will win”. Each mark, with
        its inner spaces, is one finding (what is quoted may hold findings of its own). A
        text about the language that writes them (a learner's forum on German grammar)
        quotes its examples the language's way: the writer's, left alone."""
        from repair.langid.quotations import discussed_language

        kept: dict[bool, bool] = {}
        for match in _GUILLEMETS.finditer(text):
            german = match.group(1) is None
            if german not in kept:
                kept[german] = discussed_language(text, "de" if german else "fr", target)
            if kept[german]:
                continue
            inner = (3, 4) if german else (1, 2)
            spans = ((match.start(), match.end(inner[0])), (match.start(inner[1]), match.end()))
            for start, end in spans:
                yield Finding(
                    start,
                    end,
                    "typography",
                    "typography.guillemets",
                    0.85,
                    f"{'German' if german else 'French'} quotation marks in English text: "
                    "English writes “…”",
                )

    @staticmethod
    def _spaced_thousands(text: str) -> Iterator[Finding]:
        """``1\u00a0200 people``: French groups digits with a no-break space; English with a
        comma. A plain space is left alone (``on May 5 200 people``)."""
        return _each_match(
            _SPACED_THOUSANDS,
            text,
            "typography.thousands-space",
            0.85,
            "digits grouped by a no-break space (French): English writes a comma",
        )

    @staticmethod
    def _no_break_spaces(text: str) -> Iterator[Finding]:
        return _each_match(
            _NBSP_BETWEEN_WORDS,
            text,
            "typography.no-break-space",
            0.7,
            "stray no-break space between words",
        )


def _each_match(
    pattern: re.Pattern[str], text: str, rule: str, confidence: float, message: str
) -> Iterator[Finding]:
    """A typography finding for every match of ``pattern``, all with one message."""
    for match in pattern.finditer(text):
        yield Finding(match.start(), match.end(), "typography", rule, confidence, message)
