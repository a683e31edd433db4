"""Repair text too large to hold as one document, chunk by chunk, in bounded memory.

An article is a few kilobytes; a 200 MB file is a dump of many. It is read incrementally,
cut at paragraph breaks (else line breaks, else white space) into chunks of about
``chunk_chars`` code points, each chunk repaired as a document of its own, and the output
written as it goes. Change offsets are shifted to stay offsets into the whole input.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import replace
from typing import BinaryIO

from repair.core.edits import Change
from repair.io import InputError
from repair.pipeline import Pipeline

#: About how many code points one chunk holds.
CHUNK_CHARS = 1 << 20
_READ_BYTES = 1 << 20


def _cut(buffer: str, minimum: int) -> int:
    """Where to end a chunk: the last paragraph break, else line break, else space."""
    for separator in ("\n\n", "\r\n\r\n", "\r\r", "\n", "\r", " "):
        at = buffer.rfind(separator, minimum)
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
    decoder = codecs.getincrementaldecoder("utf-8")(errors=errors)
    buffer = ""
    consumed = 0
    while True:
        data = stream.read(_READ_BYTES)
        try:
            buffer += decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: not valid UTF-8 (near byte {consumed + exc.start}); "
                "use --errors replace to repair it anyway"
            ) from None
        consumed += len(data)
        while len(buffer) >= 2 * chunk_chars or (not data and buffer):
            end = _cut(buffer, chunk_chars // 2) if data else len(buffer)
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
    stream: BinaryIO, out: BinaryIO, pipeline: Pipeline, name: str, errors: str = "strict",
    chunk_chars: int = CHUNK_CHARS, keep_changes: bool = True,
) -> tuple[list[Change], int]:
    """Repair ``stream`` into ``out``; the changes (input offsets) and the characters read."""
    changes: list[Change] = []
    offset = 0
    for chunk in iter_chunks(stream, name, errors, chunk_chars):
        result = pipeline.repair(chunk)
        out.write(result.text.encode("utf-8", errors="surrogateescape"))
        if keep_changes:
            changes.extend(
                replace(c, start=c.start + offset, end=c.end + offset) for c in result.changes
            )
        offset += len(chunk)
    return changes, offset
