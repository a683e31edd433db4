"""JSON records in and out, changing only the text field and the ``repair`` object.

Records come from other pipelines whose fields we do not know. Decoding a line and
encoding it again would change them (``1.0000000000000002`` stays, but ``1E2``,
``"\\u00e9"``, huge integers, key order and duplicate keys would not survive every
reader), so a raw line is never re-serialised: the top-level members are located with
the standard JSON scanner and only two spans are rewritten: the text value (when the
text changed) and the ``repair`` value (inserted before the closing brace when absent).

The ``repair`` object: ``{"status": "ok" | "unchanged" | "error", "changes": [...],
"error": null | "message"}``; ``ok`` means the text was changed, ``unchanged`` that it
was kept as it was (``changes`` may still list flags), and the changes are the same
dicts as in the JSON report, with offsets into the text as it was read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from repair.core.report import encodable
from repair.core.result import RepairResult
from repair.rules.encoding import replace_invalid_utf8

Status = Literal["ok", "unchanged", "error"]
OnError = Literal["mark", "drop", "fail"]
ON_ERROR: tuple[str, ...] = ("mark", "drop", "fail")
REPAIR_FIELD = "repair"

_WHITESPACE = " \t\n\r"
# Values of other fields are only skipped, never used: keep numbers as their text so
# that neither big integers (Python's digit limit) nor floats cost anything.
#: An invalid byte read with ``surrogateescape``.
_SURROGATE = re.compile("[\udc80-\udcff]")
_SCANNER = json.JSONDecoder(parse_int=str, parse_float=str, parse_constant=str)


class RecordError(ValueError):
    """A record the pipeline cannot repair; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class RawRecord:
    """A JSON object line and where its top-level members sit in it."""

    line: str
    #: ``(key, value_start, value_end)`` for every top-level member, in order.
    members: tuple[tuple[str, int, int], ...]
    #: Index of the closing brace.
    close: int
    #: ``(item separator, key separator)`` as the line writes them, for inserted members.
    separators: tuple[str, str]

    def spans(self, key: str) -> list[tuple[int, int]]:
        return [(start, end) for name, start, end in self.members if name == key]

    def value(self, key: str) -> Any:
        spans = self.spans(key)
        if not spans:
            return None
        start, end = spans[-1]
        return json.loads(self.line[start:end])


def _skip(line: str, index: int) -> int:
    while index < len(line) and line[index] in _WHITESPACE:
        index += 1
    return index


def _expect(line: str, index: int, char: str, what: str) -> int:
    if index >= len(line) or line[index] != char:
        found = repr(line[index]) if index < len(line) else "end of line"
        raise RecordError(f"not JSON: expected {what} at column {index + 1}, found {found}")
    return index + 1


def _scan_value(line: str, index: int) -> int:
    try:
        _, end = _SCANNER.raw_decode(line, index)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not JSON: {exc.msg} at column {exc.colno}") from None
    return end


def scan_record(line: str) -> RawRecord:
    """Locate the members of a one-line JSON object; ``RecordError`` if it is not one."""
    index = _skip(line, 0)
    if index == len(line) or line[index] != "{":
        if index < len(line) and line[index] in '["0123456789-tfn':
            _scan_value(line, index)  # valid JSON of another type, or a precise syntax error
            raise RecordError("not a JSON object (a record must be {...})")
        _expect(line, index, "{", "'{'")
    index = _skip(line, index + 1)
    members: list[tuple[str, int, int]] = []
    item_sep, key_sep = None, ": "
    if index < len(line) and line[index] == "}":
        close = index
    else:
        while True:
            key_start = index
            _expect(line, index, '"', "a key")
            key_end = _scan_value(line, key_start)
            key = json.loads(line[key_start:key_end])
            index = _expect(line, _skip(line, key_end), ":", "':'")
            value_start = _skip(line, index)
            if not members:
                key_sep = line[key_end:value_start]
            value_end = _scan_value(line, value_start)
            members.append((key, value_start, value_end))
            index = _skip(line, value_end)
            if index < len(line) and line[index] == ",":
                next_key = _skip(line, index + 1)
                if len(members) == 1:
                    item_sep = line[value_end:next_key]
                index = next_key
                continue
            _expect(line, index, "}", "',' or '}'")
            close = index
            break
    if _skip(line, close + 1) != len(line):
        raise RecordError(f"not JSON: extra data after the object at column {close + 2}")
    key_sep = _one_line(key_sep, ":")
    if item_sep is None:  # one member: write items the way the line writes keys
        item_sep = "," if key_sep == ":" else ", "
    separators = (_one_line(item_sep, ","), key_sep)
    return RawRecord(line, tuple(members), close, separators)


def _one_line(separator: str, mark: str) -> str:
    """The separator the line uses, without line breaks, so that output stays one line."""
    cleaned = separator.replace("\r", "").replace("\n", "")
    return cleaned if cleaned.strip() == mark else mark


def record_text(record: RawRecord, text_field: str) -> str:
    """The text to repair; ``RecordError`` when the record has no usable text field."""
    spans = record.spans(text_field)
    if not spans:
        raise RecordError(f"no {text_field!r} field")
    if len(spans) > 1:
        raise RecordError(f"{text_field!r} appears {len(spans)} times (ambiguous)")
    text = record.value(text_field)
    if not isinstance(text, str):
        raise RecordError(f"{text_field!r} is {type(text).__name__}, not a string")
    return text


def record_id(record: RawRecord | Mapping[str, Any] | None, id_field: str | None) -> str | None:
    """The record's id as text, for messages; ``None`` when there is none."""
    if record is None or id_field is None:
        return None
    try:
        value = record.value(id_field) if isinstance(record, RawRecord) else record.get(id_field)
    except ValueError:
        return None
    return None if value is None else str(value)


def repair_object(result: RepairResult | None, error: str | None = None) -> dict[str, Any]:
    """The ``repair`` member of an output record."""
    if result is None:
        return {"status": "error", "changes": [], "error": error or "unknown error"}
    status: Status = "ok" if result.changed else "unchanged"
    return {"status": status, "changes": [c.to_dict() for c in result.changes], "error": None}


def _dumps(value: Any, record: RawRecord | None) -> str:
    if record is None:
        return json.dumps(value, ensure_ascii=False)
    # An all-ASCII line stays all-ASCII: some consumers read it as ASCII or Latin-1.
    text = json.dumps(value, ensure_ascii=record.line.isascii(), separators=record.separators)
    if encodable(text):
        return text
    # A change's original holds an invalid byte (a surrogate escape): written as `\udcXX`,
    # the line stays UTF-8 and the byte can be read back.
    return json.dumps(value, ensure_ascii=True, separators=record.separators)


def replace_invalid_bytes(line: str, text_field: str) -> str:
    """A line decoded with surrogate escapes, made valid UTF-8 for ``--errors replace``.

    In the text field each invalid byte becomes a JSON escape of its surrogate, so the
    pipeline's ``encoding.invalid-utf8`` rule replaces it as a recorded, reversible change;
    elsewhere (other fields, a line that is no JSON object) it becomes U+FFFD, as a
    replacing decoder would write it.
    """
    replaced = replace_invalid_utf8
    if encodable(line):
        return line
    try:
        spans = scan_record(line).spans(text_field)
    except RecordError:
        return replaced(line)
    if len(spans) != 1 or line[spans[0][0]] != '"':
        return replaced(line)
    start, end = spans[0]
    value = line[start:end]
    # A byte after a backslash is a broken escape, not text: it is replaced like any other.
    escaped = _SURROGATE.sub(
        lambda match: (
            match.group() if value[match.start() - 1] == "\\" else f"\\u{ord(match.group()):04x}"
        ),
        value,
    )
    return replaced(line[:start]) + replaced(escaped) + replaced(line[end:])


def splice(record: RawRecord, text_field: str, new_text: str | None, repair: dict[str, Any]) -> str:
    """The line with the text value replaced (if ``new_text``) and ``repair`` set."""
    replacements: list[tuple[int, int, str]] = []
    if new_text is not None:
        for start, end in record.spans(text_field):
            replacements.append((start, end, _dumps(new_text, record)))
    repair_json = _dumps(repair, record)
    existing = record.spans(REPAIR_FIELD)
    if existing:
        # Every copy gets the new value, so readers that keep the first or the last agree.
        replacements.extend((start, end, repair_json) for start, end in existing)
    else:
        item_sep, key_sep = record.separators
        lead = item_sep if record.members else ""
        # Insert right after the last value, so whitespace before '}' stays where it was.
        at = record.members[-1][2] if record.members else record.close
        member = f"{lead}{_dumps(REPAIR_FIELD, record)}{key_sep}{repair_json}"
        replacements.append((at, at, member))
    line = record.line
    for start, end, value in sorted(replacements, reverse=True):
        line = line[:start] + value + line[end:]
    return line


def error_line(line: str, message: str) -> str:
    """A marked record for a line that is not a JSON object: the raw line is kept in ``raw``.

    Lines that were not valid UTF-8 arrive with surrogate escapes; written with
    ``ensure_ascii`` they survive as ``\\udcXX`` escapes that Python reads back exactly
    (``raw.encode("utf-8", "surrogateescape")`` gives the original bytes).
    """
    data = {"raw": line, REPAIR_FIELD: repair_object(None, message)}
    return json.dumps(data, ensure_ascii=not encodable(line))
