"""Moses-style truecasing of the source: a sentence's first word takes its usual case.

Why: a capital letter at the start of a sentence says nothing about the word, but the
SentencePiece model sees a different string, and words that are rare with a capital get
cut into poor pieces (``Dehors`` → ``▁De h ors`` while ``dehors`` is one piece). Moses
pipelines fix this with a truecaser learned from the training data; the model is trained on
truecased sources and the runtime truecases its input the same way (the output's case is
the target side's and is left alone).

The model is learned as Moses learns it: each word's most frequent form *away from* a
sentence start. Only the words whose usual form begins in lower case matter (the others are
left as written), so the file lists just those forms, one per line.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

#: A word: letters, with inner hyphens (``Saint-Étienne`` is one word, ``L'`` stops at ``'``).
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: What may come before a word that starts a sentence: the text's start or a sentence end,
#: then only spaces, quotes, dashes or brackets.
_SENTENCE_START = re.compile(r"(?:^|[.:?!…])[^\w]*$")
#: How far back from a word to look for the end of the previous sentence.
_LOOKBACK = 12


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence (``^`` only matches at the real start)."""
    return _SENTENCE_START.search(text, max(0, start - _LOOKBACK), start) is not None


def _starts(text: str) -> Iterable[re.Match[str]]:
    """The words of ``text`` that start a sentence."""
    for match in _WORD.finditer(text):
        if _sentence_initial(text, match.start()):
            yield match


class Truecaser:
    """Lower-cases a sentence-initial word whose usual form is lower case."""

    def __init__(self, forms: Iterable[str]) -> None:
        self.forms = {form.lower(): form for form in forms if form}

    @classmethod
    def learn(cls, lines: Iterable[str], min_count: int = 2) -> Truecaser:
        """Each word's most frequent form away from sentence starts (seen ``min_count`` times)."""
        counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for line in lines:
            for match in _WORD.finditer(line):
                if not _sentence_initial(line, match.start()):
                    word = match.group()
                    counts[word.lower()][word] += 1
        forms = []
        for key in sorted(counts):
            form, n = counts[key].most_common(1)[0]
            if n >= min_count and form[:1].islower():
                forms.append(form)
        return cls(forms)

    @classmethod
    def load(cls, path: Path) -> Truecaser:
        return cls(path.read_text(encoding="utf-8").split("\n"))

    def save(self, path: Path) -> None:
        path.write_text("".join(f + "\n" for f in sorted(self.forms.values())), encoding="utf-8")

    def __len__(self) -> int:
        return len(self.forms)

    def __call__(self, text: str) -> str:
        """``text`` with each sentence's first word in its usual case (names stay capitalised)."""
        parts: list[str] = []
        pos = 0
        for match in _starts(text):
            word = match.group()
            if len(word) > 1 and word.isupper():
                continue  # an acronym or a shouted word: its case is not the sentence's
            form = self.forms.get(word.lower())
            if form is not None and form != word:
                parts += [text[pos : match.start()], form]
                pos = match.end()
        if not parts:
            return text
        parts.append(text[pos:])
        return "".join(parts)
