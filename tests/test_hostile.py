"""Odd and hostile inputs: each must be repaired without loss, or refused in one line."""

from __future__ import annotations

import pytest

from repair.config import RepairConfig
from repair.core.edits import revert_changes
from repair.pipeline import Pipeline

PIPELINE = Pipeline(RepairConfig(mt=False))


def repaired(text: str):
    result = PIPELINE.repair(text)
    assert revert_changes(result.text, result.changes) == text
    return result


@pytest.mark.parametrize("text", ["", " ", "\n", "\n\n\n", " \t \r\n \r ", "\u3000\u2003"])
def test_empty_and_blank_inputs_are_unchanged(text):
    assert repaired(text).text == text


def test_bom_at_start_is_kept():
    assert repaired("\ufeffThe weather was fine.\n").text == "\ufeffThe weather was fine.\n"


@pytest.mark.parametrize("end", ["\r\n", "\r", "\n"])
def test_line_ends_are_kept(end):
    text = end.join(["Spread the love", "It rained in Almaty .", "Prices rose", ""])
    out = repaired(text).text
    assert "Spread the love" not in out
    assert out.count(end) == text.count(end) - 1
    if end != "\r\n":
        assert ({"\r": "\n", "\n": "\r"}[end]) not in out


def test_nul_bytes_are_removed_and_recorded():
    result = repaired("Riots\x00 in Almaty\x00.")
    assert result.text == "Riots in Almaty."
    assert {c.rule for c in result.changes} == {"encoding.invisible"}


def test_very_long_line_is_handled():
    text = ("The protest went on in Almaty and nobody left " * 20_000).strip() + ".\n"
    assert repaired(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "שלום עולם, זה מבחן.\n",
        "مرحبا بالعالم. هذا اختبار؟\n",
        "e\u0301te\u0301 a\u0300 Ha\u0308agen, n\u0303\n",
        "Family: 👨\u200d👩\u200d👧, flags 🇰🇿 and skin 👍🏽.\n",
        "Zalgo: Z\u0351\u0337a\u0336l\u0334g\u0338o\u0360\n",
    ],
)
def test_right_to_left_combining_and_emoji_text_is_untouched(text):
    assert repaired(text).text == text


def test_html_markup_is_untouched_around_repairs():
    text = (
        '<div class="story"><p>Spread the love</p>\n<p>It was <b>very</b> '
        'cold &amp; dark in <a href="/almaty?x=1&amp;y=2">Almaty</a>.</p></div>\n'
    )
    result = repaired(text)
    for tag in ('<div class="story">', "<b>", "</b>", '<a href="/almaty?x=1&amp;y=2">', "</a>"):
        assert tag in result.text
    assert "&amp; dark" in result.text


def test_lone_surrogates_do_not_crash():
    text = "broken \udc80 surrogate"
    assert revert_changes(repaired(text).text, repaired(text).changes) == text
