"""Calques of rule-based MT learned from parallel news (repair/data/calques_learned.toml).

Apertium writes ``seven years of prison``, ``the president of the Government``, ``no
longer there is war``: each word is English, the phrase is a word-for-word copy of the
source's. ``scripts/build_calques.py`` aligns apertium's output of the training news with its
human reference, keeps the phrases the references rewrite the same way in several documents
and that real English does not write, and validates each on a held-out year by chrF; this
module only reads the table it emits and rewrites the phrases (kind "literalism", next to the
hand-written calques of literalisms.py). All the phrases are searched with one compiled
alternation, longest first, so the cost does not grow with the number of rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import ahocorasick

from repair.config import RepairConfig
from repair.core.document import Document
from repair.core.edits import Finding
from repair.data import load_toml
from repair.detectors.base import Detector, register
from repair.detectors.literalisms import match_first_letter

DATA_FILE = "calques_learned.toml"
_SPACES = re.compile(r"\s+")
#: What may not touch a phrase on either side: a phrase is whole words.
_WORD_EDGE = r"[\w'’-]"
_EDGE_CHAR = re.compile(_WORD_EDGE)
#: Below the pipeline's SILENT_CONFIDENCE: a rule fires only where other damage corroborates
#: the document as MT output, and says nothing elsewhere (a phrase rare in English is still
#: written by someone: a flag in clean English would only be noise).
DEFAULT_CONFIDENCE = 0.55


@dataclass(frozen=True)
class Calque:
    """One learned rule: a phrase of MT output (lower case, words split by one space) and the
    phrase the references write instead."""

    id: str
    phrase: str
    replacement: str
    languages: tuple[str, ...]
    confidence: float = DEFAULT_CONFIDENCE
    #: Words after which the references keep the phrase (``the executive committee``).
    unless_next: tuple[str, ...] = ()

    @property
    def rule(self) -> str:
        return f"literalism.learned.{self.id}"


@dataclass(frozen=True)
class CalqueTable:
    """The rules by phrase and the one pattern that finds them all."""

    by_phrase: Mapping[str, Calque]
    pattern: re.Pattern[str] | None
    #: The phrases as plain strings (lower case, one space between words): most documents
    #: hold none, and one automaton pass over the text says so for a tenth of the cost of
    #: the pattern, which the engine must try at every position (``present``).
    finder: ahocorasick.Automaton | None = None

    def present(self, text: str) -> bool:
        """Whether some phrase may occur in ``text``: its lower case with each run of white
        space made one space holds a phrase as whole words (`alas`, not `Alaska`): a superset
        of the pattern's matches, which are whole words joined by any white space."""
        if self.finder is None:
            return self.pattern is not None
        plain = _SPACES.sub(" ", text.lower())
        for end, phrase in self.finder.iter(plain):
            start = end + 1 - len(phrase)
            if not (
                (start and _EDGE_CHAR.match(plain, start - 1)) or _EDGE_CHAR.match(plain, end + 1)
            ):
                return True
        return False

    def matches(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[re.Match[str], Calque]]:
        """Each non-overlapping phrase found, left to right, with its rule."""
        if self.pattern is None:
            return
        for found in self.pattern.finditer(text, start, len(text) if end is None else end):
            rule = self.by_phrase.get(" ".join(found.group().lower().split()))
            if rule is not None:
                yield found, rule

    def rewrite(self, text: str) -> str:
        """``text`` with every phrase replaced (the learner's way of applying the table)."""
        pieces, last = [], 0
        for found, rule in self.matches(text):
            pieces += [
                text[last : found.start()],
                match_first_letter(found.group(), rule.replacement),
            ]
            last = found.end()
        return "".join(pieces) + text[last:] if pieces else text


def compile_table(rules: Iterable[Calque]) -> CalqueTable:
    """One case-insensitive pattern of all the phrases, whole words only, words joined by any
    white space: a trie of words (``the\\s+(?:executive|climatic)``), so that a position is
    tried against each distinct first word once, not against every phrase (two and a half
    times faster than a flat alternation); at a position the longest phrase wins."""
    by_phrase = {rule.phrase: rule for rule in rules}
    if not by_phrase:
        return CalqueTable(by_phrase, None)
    root: dict = {}
    for phrase, rule in by_phrase.items():
        node = root
        for word in phrase.split():
            node = node.setdefault(word, {})
        node[None] = rule
    body = "|".join(re.escape(word) + _after(root[word]) for word in sorted(root))
    pattern = re.compile(rf"(?<!{_WORD_EDGE})(?:{body})", re.IGNORECASE)
    finder = ahocorasick.Automaton()
    for phrase in by_phrase:
        finder.add_word(phrase, phrase)
    finder.make_automaton()
    return CalqueTable(by_phrase, pattern, finder)


def _after(node: dict) -> str:
    """What may follow a word of the trie: the longer phrases first, then the end of the
    phrase ending here (a whole word, no exception word after it)."""
    branches = []
    words = sorted(word for word in node if word is not None)
    if words:
        branches.append(r"\s+(?:" + "|".join(re.escape(w) + _after(node[w]) for w in words) + ")")
    rule: Calque | None = node.get(None)
    if rule is not None:
        branches.append(rf"(?!{_WORD_EDGE})")
        if rule.unless_next:
            following = "|".join(map(re.escape, rule.unless_next))
            branches[-1] += rf"(?!\s+(?:{following})(?!{_WORD_EDGE}))"
    return "(?:" + "|".join(branches) + ")"


def rules_of(data: Mapping[str, Sequence[Mapping]]) -> list[Calque]:
    """The rules of a parsed data file."""
    return [
        Calque(
            id=raw["id"],
            phrase=" ".join(raw["phrase"].lower().split()),
            replacement=raw["replacement"],
            languages=tuple(raw.get("languages", ())),
            confidence=float(raw.get("confidence", DEFAULT_CONFIDENCE)),
            unless_next=tuple(word.lower() for word in raw.get("unless_next", ())),
        )
        for raw in data.get("rule", ())
    ]


@cache
def calque_table(source_lang: str = "auto") -> CalqueTable:
    """The table for text translated from ``source_lang`` (every rule when it is unknown)."""
    rules = rules_of(load_toml(DATA_FILE))
    if source_lang != "auto":
        rules = [rule for rule in rules if source_lang in rule.languages]
    return compile_table(rules)


def find_calques(doc: Document, table: CalqueTable) -> list[Finding]:
    """A fix for each learned phrase in the document (only in its focus on a re-run)."""
    spans = [(span.start, span.end) for span in doc.focus] if doc.focus is not None else [(0, None)]
    findings = []
    for start, end in spans:
        if not table.present(doc.text[start:end]):
            continue
        for found, rule in table.matches(doc.text, start, end):
            findings.append(
                Finding(
                    found.start(),
                    found.end(),
                    "literalism",
                    rule.rule,
                    rule.confidence,
                    f"word-for-word MT phrase; news references write {rule.replacement!r}"
                    " (learned from parallel news)",
                    suggestion=match_first_letter(found.group(), rule.replacement),
                )
            )
    return findings


@register
class CalqueDetector(Detector):
    name = "calques"
    kinds = ("literalism",)
    languages = ("en",)

    @classmethod
    def applies_to(cls, config: RepairConfig) -> bool:
        return config.target_lang == "en" and config.source_lang in ("auto", *_languages())

    def detect(self, doc: Document) -> Iterator[Finding]:
        yield from find_calques(doc, calque_table(self.config.source_lang))


@cache
def _languages() -> frozenset[str]:
    return frozenset(lang for rule in rules_of(load_toml(DATA_FILE)) for lang in rule.languages)
