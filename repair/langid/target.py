"""Which language an article is written in, for ``--target-lang auto``.

A whole article is long enough for langdetect (seeded, so the answer repeats), and its
majority language is the one to repair towards: a quotation or a stray sentence in another
language does not outvote the article around it. A short or mixed text that langdetect is
unsure about keeps the default target.
"""

from __future__ import annotations

from repair.langid.base import CLASSIFIERS

#: langdetect reads this much of an article (its answer settles long before).
SAMPLE_CHARS = 20_000
#: How sure langdetect must be to override the default.
MIN_PROBABILITY = 0.6


def detect_target(text: str, default: str = "en") -> str:
    """The language ``text`` is written in, or ``default`` when langdetect is unsure."""
    probabilities = CLASSIFIERS.get("langdetect")(()).probabilities(text[:SAMPLE_CHARS])
    if not probabilities:
        return default
    language, probability = max(probabilities.items(), key=lambda item: item[1])
    return language if probability >= MIN_PROBABILITY else default
