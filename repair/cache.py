"""A per-user disk cache for tables that are slow to build and cheap to load.

Some tables (word log-odds for a language pair) take seconds to derive from their source
lists but load in a fraction of that from a ``marshal`` file. They are cached under
``$XDG_CACHE_HOME/repair`` (``~/.cache/repair``), keyed by everything they depend on, written
atomically, and rebuilt whenever the key changes. An unwritable cache only costs speed.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from re import _compiler, _parser
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


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
    _dump_atomic(path, value)
    return value


def _dump_atomic(path: Path, value: object) -> None:
    """``value`` marshalled into ``path``, the whole file or nothing (an unwritable cache
    only costs speed)."""
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


def fill_memo(
    memo: dict[K, V],
    keys: Iterable[K],
    compute: Callable[[K], V],
    limit: int,
    on_clear: Callable[[], None] | None = None,
) -> None:
    """Put ``compute(key)`` in ``memo`` for each of ``keys`` it lacks, each once (an
    in-process memo of a fact about a word: news repeats its words). A memo that would grow
    past ``limit`` is cleared first (``on_clear`` clears what goes with it), so memory
    stays bounded."""
    missing = set(keys).difference(memo)
    if len(memo) + len(missing) > limit:
        memo.clear()
        if on_clear is not None:
            on_clear()
        missing = set(keys)
    for key in missing:
        memo[key] = compute(key)


# -- compiled regular expressions -------------------------------------------------------------

#: Programs compiled by this process or read from the disk cache, by flags and pattern, each
#: marshalled: a bytes object is no container the garbage collector scans, while the
#: programs as lists (the boilerplate patterns' hold 190,000 numbers each, 4.7 million in
#: all) made every full collection a third slower (0.045 -> 0.030 CPU-s) and weighed tens
#: of MB. A program is unmarshalled when its pattern is compiled, once a process.
_programs: dict[str, bytes] | None = None
#: Whether this process compiled a program the disk cache lacks (saved at exit).
_programs_added = False
#: Programs kept at most (patterns made from options could otherwise grow the file).
_MAX_PROGRAMS = 4096


def _programs_path() -> Path:
    # The program format is the regex engine's: one file per Python build and engine.
    key = (sys.version, _sre.MAGIC, _sre.CODESIZE, "marshalled")
    digest = hashlib.blake2s(repr(key).encode(), digest_size=8).hexdigest()
    return cache_dir() / f"regex-programs-{digest}.marshal"


def _known_programs() -> dict[str, bytes]:
    global _programs
    if _programs is None:
        _programs = {}
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            loaded = marshal.loads(_programs_path().read_bytes())
            if isinstance(loaded, dict):
                _programs = loaded
        atexit.register(_save_programs)
    return _programs


def _save_programs() -> None:
    if _programs_added and _programs is not None:
        _dump_atomic(_programs_path(), _programs)


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the compiled program kept in the disk cache.

    Parsing and compiling a large pattern (every boilerplate label in one alternation, a
    hundred literalism entries) costs a cold start tenths of a second each run; the engine's
    program for it, saved by an earlier run of the same Python, loads in microseconds. The
    pattern object is the one ``re.compile`` makes from that program (same flags, groups).
    """
    global _programs_added
    flags = int(flags)
    programs = _known_programs()
    key = f"{flags}:{pattern}"
    packed = programs.get(key)
    if packed is not None:
        try:
            return _sre.compile(pattern, *marshal.loads(packed))
        except (RuntimeError, TypeError, ValueError, EOFError):
            pass  # not a program of this engine: compile again
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # named opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
               tuple(indexgroup))  # fmt: skip
    if len(programs) < _MAX_PROGRAMS:
        programs[key] = marshal.dumps(program)
        _programs_added = True
    return _sre.compile(pattern, *program)
