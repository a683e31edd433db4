"""Reading and writing text files without ever losing or half-writing one.

Text is decoded as strict UTF-8 with line ends kept exactly as they are (no newline
translation), so that a repair and its revert are byte-exact. Output goes through a
temporary file in the same folder and an atomic rename.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


class InputError(Exception):
    """The input cannot be read as text; the message is one line for the user."""


class OutputError(Exception):
    """The output cannot be written; the message is one line for the user."""


#: Share of NUL bytes above which a file is taken for binary, not text with stray NULs.
_BINARY_NUL_SHARE = 0.01


def check_not_binary(data: bytes, name: str) -> None:
    """Refuse data that is mostly not text (a few stray NULs are damage we repair)."""
    nuls = data.count(0)
    if nuls and nuls > max(1, len(data) * _BINARY_NUL_SHARE):
        raise InputError(f"{name}: looks like a binary file ({nuls} NUL bytes), not text")


def codec_errors(errors: str) -> str:
    """The codec's error handler for the user's ``--errors``: ``replace`` keeps each invalid
    byte as a surrogate escape, which the pipeline's ``encoding.invalid-utf8`` rule replaces
    with U+FFFD as a recorded change, so a revert gives the bytes back."""
    return "surrogateescape" if errors == "replace" else errors


def decode(data: bytes, name: str, errors: str = "strict") -> str:
    check_not_binary(data, name)
    try:
        return data.decode("utf-8", errors=codec_errors(errors))
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); "
            "use --errors replace to repair it anyway"
        ) from None


def read_text(path: str, errors: str = "strict") -> str:
    """The text of ``path`` (``-`` for standard input)."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>", errors)
    target = Path(path)
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode(data, path, errors)


@contextlib.contextmanager
def atomic_writer(path: str | Path, *, backup: bool = False) -> Iterator[BinaryIO]:
    """A binary handle whose content replaces ``path`` atomically when the block ends.

    Readers, and a run killed half-way, see the old file or the new one, never a mix:
    the data goes to a temporary file in the same folder, is synced, then renamed.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    if target.is_dir():
        raise OutputError(f"{path}: is a directory")
    try:
        if backup and target.exists():
            shutil.copy2(target, target.with_name(target.name + ".bak"))
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise OutputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            shutil.copymode(target, tmp)
        else:  # mkstemp makes 0600 files; a new output gets the usual umask-based mode
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def write_text_atomic(path: str | Path, text: str, *, backup: bool = False) -> None:
    """Replace ``path`` with ``text`` atomically: readers see the old file or the new one."""
    with atomic_writer(path, backup=backup) as handle:
        handle.write(text.encode("utf-8", errors="surrogateescape"))


@contextlib.contextmanager
def output_handle(path: str | None) -> Iterator[BinaryIO]:
    """Standard output for None or ``-`` (left open), else an atomic writer of ``path``."""
    if path is None or path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        with atomic_writer(path) as handle:
            yield handle


def write_output(path: str | None, text: str) -> None:
    """Write to ``path`` atomically, or to standard output when ``path`` is None or ``-``."""
    with output_handle(path) as handle:
        handle.write(text.encode("utf-8", errors="surrogateescape"))
