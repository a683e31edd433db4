"""Bytes that were not UTF-8 (``--errors replace``): replaced as recorded changes, so a revert
gives them back; Windows-1252 letters and marks of a file that mixed encodings read as such."""

from __future__ import annotations

import pytest

from repair import RepairConfig
from repair.core.edits import revert_changes
from repair.core.report import dump_report, make_report, revert_report
from repair.io import decode
from repair.pipeline import Pipeline
from repair.rules import replay

CONFIG = RepairConfig(detectors=("undecodable",), mt=False)


def repaired(data: bytes):
    text = decode(data, "test", "replace")
    return text, Pipeline(CONFIG).repair(text)


@pytest.mark.parametrize(
    ("data", "expected", "rule"),
    [
        (b"caf\xe9 au lait", "café au lait", "encoding.cp1252-bytes"),
        (b"na\xefve", "naïve", "encoding.cp1252-bytes"),
        (b"\x93quoted\x94 words", "“quoted” words", "encoding.cp1252-bytes"),
        (b"one \x96 two", "one – two", "encoding.cp1252-bytes"),
        (b"a \xe9 b", "a \ufffd b", "encoding.invalid-utf8"),  # no letter beside it
        (b"x \xff\xfe y", "x \ufffd\ufffd y", "encoding.invalid-utf8"),  # not letters
        (b"cut \xe2\x80 off", "cut \ufffd off", "encoding.invalid-utf8"),  # half a character
        (b"odd \x81 byte", "odd \ufffd byte", "encoding.invalid-utf8"),  # undefined in 1252
    ],
)
def test_invalid_bytes_are_recorded_changes(data, expected, rule):
    text, result = repaired(data)
    assert result.text == expected
    assert {c.rule for c in result.changes} == {rule}
    for change in result.changes:
        assert replay(change.rule, change.original) == change.replacement
    assert revert_changes(result.text, result.changes).encode("utf-8", "surrogateescape") == data


def test_report_of_invalid_bytes_is_utf8_and_reverts_exactly():
    data = b"d\xe9j\xe0 vu \xff\n"
    text, result = repaired(data)
    raw = dump_report(make_report(result.text, list(result.changes)))
    raw.encode("utf-8")  # escapes, not raw surrogates
    assert revert_report(raw).encode("utf-8", "surrogateescape") == data


def test_valid_text_is_left_alone():
    text, result = repaired("déjà vu – “fine” \ufffd".encode())
    assert result.changes == () or list(result.changes) == []
    assert result.text == text


def test_strict_reading_still_refuses_invalid_bytes():
    from repair.io import InputError

    with pytest.raises(InputError, match="not valid UTF-8"):
        decode(b"caf\xe9", "test")
