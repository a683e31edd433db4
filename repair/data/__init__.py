"""The rules as data: one TOML file per family, read once per process."""

from __future__ import annotations

import gzip
import hashlib
import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_toml(name: str) -> dict[str, Any]:
    """``repair/data/NAME`` parsed, read as UTF-8 whatever the locale, and parsed once even
    when several detectors read sections of the same file.

    The parsed tables come from the user's disk cache, keyed by the file's bytes: parsing
    the data files cost each new process (a cold start, ``-j``'s warm-up) a tenth of a
    second, loading them costs a millisecond.
    """
    from repair.cache import cached

    raw = resources.files("repair.data").joinpath(name).read_bytes()
    key = (name, hashlib.blake2s(raw, digest_size=16).hexdigest(), 1)
    return cached("toml", key, lambda: tomllib.loads(raw.decode("utf-8")))


@cache
def pivot_rows(lang: str, pivot: str) -> dict[str, str]:
    """``repair/data/lexicon/{lang}-{pivot}.pivot.tsv.gz`` (scripts/build_pivot.py: a lemma of
    ``lang`` -> apertium's word for it in ``pivot``), read once for every reader (the word
    fixer's pivots, the stray words' unlisted languages); empty when the pair has no table."""
    path = resources.files("repair.data").joinpath("lexicon", f"{lang}-{pivot}.pivot.tsv.gz")
    if not path.is_file():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return dict(line.rstrip("\n").split("\t", 1) for line in handle if not line.startswith("#"))
