"""Language identification for foreign spans: span finders, classifiers, the spotter.

Members are listed, not discovered; none loads a model or word list at import.
"""

from __future__ import annotations

import importlib

from repair.langid.base import CLASSIFIERS, FINDERS, Classifier, LangSpan, Pair, SpanFinder

_MEMBERS = ("script", "lexicon", "lingua", "langdetect")

for _module in _MEMBERS:
    importlib.import_module(f"repair.langid.{_module}")

__all__ = ["CLASSIFIERS", "FINDERS", "Classifier", "LangSpan", "Pair", "SpanFinder"]
