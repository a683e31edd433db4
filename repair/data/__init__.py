"""The rules as data: one TOML file per family, read once per process."""

from __future__ import annotations

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
