"""Language identification for foreign spans: span finders, classifiers, the spotter.

Members are listed, not discovered; none loads a model or word list at import.
"""

from __future__ import annotations

# Importing a member registers it.
from repair.langid import langdetect, lexicon, lingua, script  # noqa: F401
from repair.langid.base import CLASSIFIERS, FINDERS, Classifier, LangSpan, Pair, SpanFinder

__all__ = ["CLASSIFIERS", "FINDERS", "Classifier", "LangSpan", "Pair", "SpanFinder"]
