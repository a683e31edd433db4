"""Word frequencies per language, from wordfreq (well-kept, many languages, no download).

Zipf scale: 7 is "the", 3 is a word seen about once per million words, 0 is unknown.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """The word's Zipf frequency in ``lang`` (0.0 when unknown)."""
    from wordfreq import zipf_frequency  # imported lazily: it loads lists on first use

    return zipf_frequency(word, lang)


def is_word(word: str, lang: str, threshold: float = 2.5) -> bool:
    """Whether ``word`` is a reasonably common word of ``lang``."""
    return zipf(word.lower(), lang) >= threshold
