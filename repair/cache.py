"""A per-user disk cache for tables that are slow to build and cheap to load.

Some tables (word log-odds for a language pair) take seconds to derive from their source
lists but load in a fraction of that from a ``marshal`` file. They are cached under
``$XDG_CACHE_HOME/repair`` (``~/.cache/repair``), keyed by everything they depend on, written
atomically, and rebuilt whenever the key changes. An unwritable cache only costs speed.
"""

from __future__ import annotations

import _sre
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


#: First bytes of a file of :func:`cached_sections` (format 1).
_SECTIONS_MAGIC = b"repair-sections-1\n"


def cached_sections(
    name: str, key: object, build: Callable[[], list[bytes] | None]
) -> list[memoryview] | None:
    """``build()``'s byte strings, or those saved earlier for ``name`` and ``key``, read in
    place: the file is mapped, not read, so a run's memory holds only the pages it looks
    at (and processes forked from it share them with one another). ``None`` when ``build``
    gives ``None``.

    For large flat tables (arrays of numbers, a blob of keys): each section starts at a
    multiple of 8 bytes, so it casts to any array type.
    """
    digest = hashlib.blake2s(repr(key).encode(), digest_size=8).hexdigest()
    path = cache_dir() / f"{name}-{digest}.sections"
    with contextlib.suppress(OSError, ValueError):
        return _mapped_sections(path)
    sections = build()
    if sections is None:
        return None
    _write_sections(path, sections)
    with contextlib.suppress(OSError, ValueError):
        return _mapped_sections(path)
    return [memoryview(section) for section in sections]  # an unwritable cache


def _mapped_sections(path: Path) -> list[memoryview]:
    import mmap

    with path.open("rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    view = memoryview(mapped)
    size = len(_SECTIONS_MAGIC)
    if view[:size] != _SECTIONS_MAGIC:
        raise ValueError(f"{path}: not a sections file")
    count = int.from_bytes(view[size : size + 8], "little")
    header = size + 8 + 8 * count
    lengths = [int.from_bytes(view[at : at + 8], "little") for at in range(size + 8, header, 8)]
    sections, at = [], _aligned(header)
    for length in lengths:
        if at + length > len(view):
            raise ValueError(f"{path}: truncated")
        sections.append(view[at : at + length])
        at = _aligned(at + length)
    return sections


def _aligned(offset: int) -> int:
    return (offset + 7) // 8 * 8


def _write_sections(path: Path, sections: list[bytes]) -> None:
    """The sections file, whole or not at all (an unwritable cache only costs memory)."""
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "wb") as handle:
                header = _SECTIONS_MAGIC + len(sections).to_bytes(8, "little")
                header += b"".join(len(section).to_bytes(8, "little") for section in sections)
                handle.write(header)
                written = len(header)
                for section in sections:
                    handle.write(bytes(_aligned(written) - written))
                    handle.write(section)
                    written = _aligned(written) + len(section)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


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

#: Programs kept at most on disk (patterns made from options could otherwise fill the folder).
_MAX_PROGRAMS = 4096
#: How many program files the folder held when this process first wrote one (None: not
#: counted yet), plus those it wrote since.
_programs_on_disk: int | None = None


def _programs_dir() -> Path:
    # The program format is the regex engine's: one folder per Python build and engine.
    key = (sys.version, _sre.MAGIC, _sre.CODESIZE, "marshalled")
    digest = hashlib.blake2s(repr(key).encode(), digest_size=8).hexdigest()
    return cache_dir() / f"regex-programs-{digest}"


def _program_path(key: str) -> Path:
    """One file per program, named by its pattern and flags: a run reads the programs it
    compiles and no other. (One file of every program held them all in memory, 50 MB once
    the patterns of earlier versions had piled up in it, for the 4 MB a run uses.)"""
    name = hashlib.blake2s(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return _programs_dir() / f"{name}.marshal"


def _read_program(key: str) -> tuple | None:
    """The saved program of ``key`` (flags, code, groups, groupindex, indexgroup), if any."""
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        stored_key, program = marshal.loads(_program_path(key).read_bytes())
        if stored_key == key:  # a 128-bit name collision only costs a compile
            return program
    return None


def _save_program(key: str, program: tuple) -> None:
    global _programs_on_disk
    if _programs_on_disk is None:
        try:
            _programs_on_disk = sum(1 for _ in os.scandir(_programs_dir()))
        except OSError:
            _programs_on_disk = 0
    if _programs_on_disk >= _MAX_PROGRAMS:
        return
    _programs_on_disk += 1
    _dump_atomic(_program_path(key), (key, program))


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the compiled program kept in the disk cache.

    Parsing and compiling a large pattern (every boilerplate label in one alternation, a
    hundred literalism entries) costs a cold start tenths of a second each run; the engine's
    program for it, saved by an earlier run of the same Python, loads in microseconds. The
    pattern object is the one ``re.compile`` makes from that program (same flags, groups).
    """
    flags = int(flags)
    key = f"{flags}:{pattern}"
    saved = _read_program(key)
    if saved is not None:
        try:
            return _sre.compile(pattern, *saved)
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
    _save_program(key, program)
    return _sre.compile(pattern, *program)
