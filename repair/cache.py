"""A per-user disk cache for tables that are slow to build and cheap to load.

Some tables (word log-odds for a language pair) take seconds to derive from their source
lists but load in a fraction of that from a ``marshal`` file. They are cached under
``$XDG_CACHE_HOME/repair`` (``~/.cache/repair``), keyed by everything they depend on, written
atomically, and rebuilt whenever the key changes. An unwritable cache only costs speed.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "repair"


def cached(name: str, key: object, build: Callable[[], T]) -> T:
    """``build()``, or its result saved earlier for the same ``name`` and ``key``.

    The result must be made of what ``marshal`` stores (dicts, tuples, str, numbers).
    """
    digest = hashlib.blake2s(repr(key).encode(), digest_size=8).hexdigest()
    path = cache_dir() / f"{name}-{digest}.marshal"
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError), path.open("rb") as handle:
        # One read, then loads: marshal.load on a file reads object by object (3-4x slower).
        return marshal.loads(handle.read())
    value = build()
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "wb") as handle:
                marshal.dump(value, handle)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return value
