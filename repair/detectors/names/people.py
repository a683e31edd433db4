"""People's names spelled two ways in one document: the French transliteration goes.

A translated article often keeps the French spelling of a name in one place
(``Moukhtar Abliazov``) and has the English one in another (``Mukhtar Abliazov``). The
transliteration rules (repair/data/name_transliteration.toml) turn a French spelling
into the English ones it may stand for; when one of those also occurs in the document,
the French-looking spelling is rewritten. The direction comes from the rules, never
from counts: the spelling that the rules cannot produce from the other one is English.

Evidence required: the whole name with its other words must recur in its English form
(``Moukhtar Abliazov`` → ``Mukhtar Abliazov``); a lone word is only changed when English
does not know it and its English form occurs inside a full name elsewhere. Without a
second spelling in the document, English news itself is the gazetteer: a word of a name
that English never writes (Zipf below ``lone_word_english_zipf``) whose one English form
English writes often (``known_english_zipf``: ``Mikhaïl`` → ``Mikhail``, ``Moukhtar`` →
``Mukhtar``) is rewritten, with less confidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from repair.cache import fill_memo
from repair.core.document import Document
from repair.core.edits import Finding
from repair.detectors.base import register
from repair.detectors.names.base import (
    NameDetector,
    Word,
    capitalised_runs,
    document_words,
)
from repair.detectors.names.transliteration import english_variants, load_data, telling_variants
from repair.langid.frequency import zipf

#: Longest name compared as a whole, in words.
MAX_NAME_WORDS = 4
#: Words whose possible English forms a detector remembers (cleared when full).
MEMO_SIZE = 50_000


@register
class PeopleDetector(NameDetector):
    name = "people"

    def __init__(self, config) -> None:
        super().__init__(config)
        data = self.settings(load_data())
        self.english_name_zipf: float = data["english_name_zipf"]
        self.lone_word_zipf: float = data["lone_word_english_zipf"]
        self.lone_word_min_length: int = data["lone_word_min_length"]
        self.known_english_zipf: float = data["known_english_zipf"]
        #: Each capitalised word seen: the English forms it may stand for.
        self._forms: dict[str, tuple[str, ...]] = {}

    def detect(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # The whole text even in a re-run round: a name is compared with its spellings
        # elsewhere in the document (the base class keeps only findings in the focus).
        tokens = document_words(doc)
        # The runs hold every capitalised word once: counted without making the runs.
        counts = Counter(tokens.capitalised_spellings())
        english = self._english_forms(counts)
        known = self._known_forms(counts, english)
        if not english and not known:
            return
        runs = capitalised_runs(text, tokens)
        spelling = tokens.spelling
        names: set[tuple[str, ...]] = set()
        in_full_names: set[str] = set()
        for run in runs:
            spelled = [spelling(i) for i in run]
            if len(spelled) > 1:
                in_full_names.update(spelled)
            for size in range(2, min(MAX_NAME_WORDS, len(spelled)) + 1):
                names.update(tuple(spelled[i : i + size]) for i in range(len(spelled) - size + 1))
        source = self.source_lang("fr")
        for run in runs:
            for finding in self._run_findings(
                text, [tokens[i] for i in run], english, names, in_full_names, known
            ):
                if not self.in_untranslated_sentence(doc, finding.start, source):
                    yield finding

    def _known_forms(self, counts: Counter[str], english: dict[str, str]) -> dict[str, str]:
        """French-looking word → the one English form English news writes often, for the
        words with no English form in the document (``english``)."""
        known: dict[str, str] = {}
        # Only the words with a possible form (few: ``_english_forms`` memoised them all).
        for word in filter(self._forms.get, counts):
            if word in english or len(word) < self.lone_word_min_length:
                continue
            if zipf(word.lower(), "en") >= self.lone_word_zipf:
                continue
            forms = telling_variants(word)
            written = [v for v in forms if zipf(v.lower(), "en") >= self.known_english_zipf]
            if len(written) == 1:
                known[word] = written[0]
        return known

    def _english_forms(self, counts: Counter[str]) -> dict[str, str]:
        """French-looking word → its English form found in the same document."""
        forms: dict[str, str] = {}
        memo = self._forms
        fill_memo(memo, counts, self._possible_forms, MEMO_SIZE)
        for word in filter(memo.__getitem__, counts):
            found = [v for v in memo[word] if v in counts]
            if found:
                forms[word] = max(found, key=lambda v: (counts[v], v))
        return forms

    def _possible_forms(self, word: str) -> tuple[str, ...]:
        """The English forms ``word`` may be a French spelling of, wherever it occurs (a
        fact about the word: memoised, as news repeats its names)."""
        if len(word) < 3 or zipf(word.lower(), "en") >= self.english_name_zipf:
            return ()
        # The rules must not also lead back: then neither spelling is the French one.
        return tuple(v for v in english_variants(word) if word not in english_variants(v))

    def _run_findings(
        self,
        text: str,
        run: list[Word],
        english: dict[str, str],
        names: set[tuple[str, ...]],
        in_full_names: set[str],
        known: dict[str, str],
    ) -> Iterator[Finding]:
        done = -1  # words up to this index are already covered by a finding
        for position, word in enumerate(run):
            if position <= done:
                continue
            if word.text in known:
                yield self._finding(
                    word.start,
                    word.end,
                    word.text,
                    known[word.text],
                    "English news writes the name so",
                    0.7,
                )
                continue
            if word.text not in english:
                continue
            window = self._full_name_window(run, position, english, names)
            if window is not None:
                first, last = window
                done = last
                spelled = [w.text for w in run[first : last + 1]]
                fixed = [english.get(w, w) for w in spelled]
                yield self._finding(
                    run[first].start,
                    run[last].end,
                    " ".join(spelled),
                    " ".join(fixed),
                    "the same name is spelled this way elsewhere in the document",
                    0.85,
                )
            elif self._lone_word_ok(word.text, english[word.text], in_full_names):
                yield self._finding(
                    word.start,
                    word.end,
                    word.text,
                    english[word.text],
                    "the English spelling occurs in a full name elsewhere in the document",
                    0.8,
                )

    @staticmethod
    def _full_name_window(
        run: list[Word], position: int, english: dict[str, str], names: set[tuple[str, ...]]
    ) -> tuple[int, int] | None:
        """The widest window of ``run`` around ``position`` whose English form occurs."""
        spelled = [w.text for w in run]
        for size in range(min(MAX_NAME_WORDS, len(run)), 1, -1):
            for first in range(max(0, position - size + 1), min(position, len(run) - size) + 1):
                window = spelled[first : first + size]
                if tuple(english.get(w, w) for w in window) in names:
                    return first, first + size - 1
        return None

    def _lone_word_ok(self, word: str, english_form: str, in_full_names: set[str]) -> bool:
        return (
            len(word) >= self.lone_word_min_length
            and zipf(word.lower(), "en") < self.lone_word_zipf
            and english_form in in_full_names
        )

    @staticmethod
    def _finding(
        start: int, end: int, spelled: str, fixed: str, why: str, confidence: float
    ) -> Finding:
        return Finding(
            start,
            end,
            "entity",
            "entity.name-variant",
            confidence,
            f"{spelled!r} is a French transliteration of {fixed!r}: {why}",
            suggestion=fixed,
        )
