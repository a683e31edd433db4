"""Repair text too large to hold as one document, chunk by chunk, in bounded memory.

An article is a few kilobytes; a 200 MB file is a dump of many. It is read incrementally,
cut at paragraph breaks (else line breaks, else white space) into chunks of about
``chunk_chars`` code points, each chunk repaired as a document of its own, and the output
written as it goes. Change offsets are shifted to stay offsets into the whole input.
"""

from __future__ import annotations

import codecs
import gc
import json
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from typing import BinaryIO

from repair.core.edits import Change
from repair.core.report import REPORT_SCHEMA
from repair.io import InputError, atomic_writer, check_not_binary, codec_errors, output_handle
from repair.pipeline import Pipeline

#: About how many code points one chunk holds.
CHUNK_CHARS = 1 << 20
_READ_BYTES = 1 << 20


def _cut(buffer: str, minimum: int, maximum: int) -> int:
    """Where to end a chunk: the last paragraph break, else line break, else space, between
    ``minimum`` and ``maximum`` (past ``maximum`` only when a long line holds none)."""
    for limit in (maximum, len(buffer)):
        for separator in ("\n\n", "\r\n\r\n", "\r\r", "\n", "\r", " "):
            at = buffer.rfind(separator, minimum, limit)
            if at != -1:
                end = at + len(separator)
                # Never split a CRLF pair.
                if buffer[end - 1 : end] == "\r" and buffer[end : end + 1] == "\n":
                    end += 1
                return end
    return len(buffer)


def iter_chunks(
    stream: BinaryIO, name: str, errors: str = "strict", chunk_chars: int = CHUNK_CHARS
) -> Iterator[str]:
    """Decoded chunks of ``stream`` that together are the whole text, in order."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors=codec_errors(errors))
    buffer = ""
    consumed = 0
    while True:
        data = stream.read(_READ_BYTES)
        if not consumed:
            check_not_binary(data, name)
        try:
            buffer += decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: not valid UTF-8 (near byte {consumed + exc.start}); "
                "use --errors replace to repair it anyway"
            ) from None
        consumed += len(data)
        while len(buffer) >= 2 * chunk_chars or (not data and buffer):
            end = _cut(buffer, chunk_chars // 2, chunk_chars) if data else len(buffer)
            # Keep a CR at the end of a buffer until we know whether LF follows.
            if data and buffer.endswith("\r") and end == len(buffer):
                end -= 1
            yield buffer[:end]
            buffer = buffer[end:]
            if not data:
                break
        if not data:
            return


def repair_stream(
    stream: BinaryIO,
    out: BinaryIO,
    pipeline: Pipeline,
    name: str,
    errors: str = "strict",
    chunk_chars: int = CHUNK_CHARS,
    keep_changes: bool = True,
) -> tuple[list[Change], int]:
    """Repair ``stream`` into ``out``; the changes (input offsets) and the characters read."""
    changes: list[Change] = []
    offset = 0
    for number, chunk in enumerate(iter_chunks(stream, name, errors, chunk_chars)):
        result = pipeline.repair(chunk)
        out.write(result.text.encode("utf-8", errors="surrogateescape"))
        if keep_changes:
            changes.extend(
                replace(c, start=c.start + offset, end=c.end + offset) for c in result.changes
            )
        offset += len(chunk)
        # Not held while the next chunk is repaired (its text, changes and document).
        del result
        if number == 0:
            # The detectors' tables are loaded now and live as long as the process: out of
            # the collector's reach, its full passes no longer scan them at every chunk.
            # The first chunk's own garbage goes first (frozen, it would stay for good).
            gc.collect()
            gc.freeze()
    return changes, offset


#: Inputs larger than this (bytes) are repaired chunk by chunk by ``repair fix``. A text held
#: whole costs a run about 12 bytes a character over its tables (~150 MB): 4 MB keeps any
#: input under 250 MB (at 32 MB, a 30 MB text took about 500 MB).
LARGE_INPUT = 4 * 1024 * 1024


def write_report_streaming(report: str, text_path: str, changes: list[Change]) -> None:
    """Write a ``repair.report/1`` report whose text is read back from ``text_path`` in pieces.

    JSON string escapes are per character, so the text can be encoded chunk by chunk.
    """
    with (
        output_handle(report) as out,
        open(text_path, encoding="utf-8", errors="surrogateescape", newline="") as text,
    ):
        out.write(f'{{"schema": "{REPORT_SCHEMA}", "text": "'.encode())
        while piece := text.read(CHUNK_CHARS):
            out.write(json.dumps(piece, ensure_ascii=False)[1:-1].encode("utf-8", "surrogatepass"))
        out.write(b'", "changes": [')
        for index, change in enumerate(changes):
            out.write((", " if index else "").encode())
            out.write(
                json.dumps(change.to_dict(), ensure_ascii=False).encode("utf-8", "surrogatepass")
            )
        out.write(b"]}\n")


def fix_large_file(
    path: str,
    output: str | None,
    *,
    in_place: bool,
    backup: bool,
    report: str | None,
    pipeline: Pipeline,
    errors: str,
) -> None:
    """``repair fix`` for a file too large to hold as one document."""
    try:
        source = open(path, "rb")  # noqa: SIM115 - closed below, after the output is in place
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with source:
        target = path if in_place else output
        if target and target != "-":
            with atomic_writer(target, backup=backup) as out:
                changes, _ = repair_stream(
                    source, out, pipeline, path, errors, keep_changes=bool(report)
                )
            if report:
                write_report_streaming(report, target, changes)
            return
        # Standard output: stream it; keep a copy only when a report needs the text.
        with tempfile.NamedTemporaryFile("w+b", suffix=".txt") as copy:
            sink = _Tee(sys.stdout.buffer, copy if report else None)
            changes, _ = repair_stream(
                source, sink, pipeline, path, errors, keep_changes=bool(report)
            )
            sys.stdout.buffer.flush()
            if report:
                copy.flush()
                write_report_streaming(report, copy.name, changes)


class _Tee:
    """Writes to standard output and, when asked, to a copy."""

    def __init__(self, first: BinaryIO, second: BinaryIO | None) -> None:
        self.first, self.second = first, second

    def write(self, data: bytes) -> int:
        self.first.write(data)
        if self.second is not None:
            self.second.write(data)
        return len(data)
