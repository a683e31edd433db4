"""Language codes a run may name, checked once when the run is set up.

A typo in ``--target-lang`` must be one clear error before any work, not a failure deep
inside a detector that asks the word lists for a language they do not hold.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

#: What ``target_lang`` / ``source_lang`` may say instead of a language.
AUTO = "auto"
#: Languages whose words wordfreq splits with an optional package (and which one).
_NEEDS_PACKAGE = {"ja": "MeCab", "ko": "MeCab", "zh": "jieba"}
#: wordfreq's data files: ``large_en.msgpack.gz``, ``small_ca.msgpack.gz``.
_WORD_LIST = re.compile(r"(?:small|large)_([a-z]{2,3})\.msgpack\.gz")
#: ``en-US``, ``pt_BR``: a region or script after the language.
_REGION = re.compile(r"[-_].*\Z")


@cache
def known_languages() -> tuple[str, ...]:
    """The languages repair can read: those its word lists cover, with their packages."""
    return tuple(
        sorted(
            code
            for code in _word_list_languages()
            if code not in _NEEDS_PACKAGE or importlib.util.find_spec(_NEEDS_PACKAGE[code])
        )
    )


def _word_list_languages() -> set[str]:
    """The languages wordfreq has a list for, read from the names of its data files: a
    run's configuration is checked before anything is loaded, and importing wordfreq would
    cost every cold start a tenth of a second (its own ``available_languages`` as fallback)."""
    spec = importlib.util.find_spec("wordfreq")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        data = Path(folder) / "data"
        if data.is_dir():
            return {
                found.group(1)
                for path in data.iterdir()
                if (found := _WORD_LIST.fullmatch(path.name))
            }
    from wordfreq import available_languages

    return set(available_languages())


def language_code(value: str, what: str = "language") -> str:
    """``value`` as the code repair uses (``EN`` and ``en-GB`` are ``en``); ``auto`` stays.

    Raises ``ValueError`` with the languages it could have been.
    """
    code = _REGION.sub("", value.strip().lower())
    if code == AUTO:
        return code
    known = known_languages()
    if code in known:
        return code
    if code in _NEEDS_PACKAGE:
        raise ValueError(
            f"{what} {value!r} needs the {_NEEDS_PACKAGE[code]} package (pip install wordfreq[cjk])"
        )
    raise ValueError(f"unknown {what} {value!r}; expected 'auto' or one of: {', '.join(known)}")
