from __future__ import annotations

import pytest

from repair.core.document import Document, Span, offsets_of, split_sentences


def test_lines_keep_every_kind_of_line_end():
    doc = Document("a\r\nbb\rc\nd")
    assert [s.of(doc.text) for s in doc.lines] == ["a", "bb", "c", "d"]


def test_paragraphs_are_blocks_between_blank_lines():
    doc = Document("  Title\n\nFirst para\nstill first\n \nSecond\n")
    assert [s.of(doc.text) for s in doc.paragraphs] == [
        "Title",
        "First para\nstill first",
        "Second",
    ]


def test_sentences_respect_abbreviations_and_initials():
    text = "Mr. Tokayev met J. Smith in the U.S. on Monday. He left! Did he? yes."
    got = [s.of(text) for s in split_sentences(text)]
    assert got == ["Mr. Tokayev met J. Smith in the U.S. on Monday.", "He left!", "Did he? yes."]


def test_sentence_at_finds_the_sentence():
    doc = Document("One two. Three four.")
    assert doc.sentence_at(10).of(doc.text) == "Three four."
    assert doc.sentence_at(8) is None


def test_lines_around_takes_neighbours_and_merges():
    doc = Document("l0\nl1\nl2\nl3\nl4\nl5\nl6\n")
    # A change in l1 and one in l2: lines l0..l3, merged into one span.
    assert [s.of(doc.text) for s in doc.lines_around([Span(4, 5), Span(7, 8)])] == [
        "l0\nl1\nl2\nl3"
    ]
    # Changes in l0 and l6, no neighbours: two separate spans.
    assert [s.of(doc.text) for s in doc.lines_around([Span(0, 1), Span(18, 19)], 0)] == [
        "l0",
        "l6",
    ]
    assert doc.lines_around([]) == ()


def test_focus_decides_what_a_finding_may_touch():
    doc = Document("abc\ndef\n", focus=(Span(0, 3),))
    assert doc.in_focus(1, 2) and doc.in_focus(3, 3)
    assert not doc.in_focus(4, 7)
    assert Document("abc").in_focus(1, 2)


def test_derived_analysis_is_computed_once_per_document():
    calls: list[str] = []

    def count_words(text: str) -> int:
        calls.append(text)
        return len(text.split())

    doc = Document("One two three.")
    assert doc.derived("words", count_words) == 3
    assert doc.derived("words", count_words) == 3
    assert calls == ["One two three."]
    assert Document("Four five.").derived("words", count_words) == 2
    assert len(calls) == 2


def test_line_at_holds_its_end_and_no_line_break():
    doc = Document("one\ntwo\n\nfour")
    assert [doc.line_at(offset) for offset in (0, 3, 4, 7, 9, 13)] == [
        Span(0, 3),
        Span(0, 3),
        Span(4, 7),
        Span(4, 7),
        Span(9, 13),
        Span(9, 13),
    ]
    assert doc.line_at(14) is None


def test_offsets_of_finds_every_occurrence_of_each_character():
    text = "a;b:c;;d’:"
    assert offsets_of(text, ";:") == [1, 5, 6, 3, 9]
    assert sorted(offsets_of(text, ";:’")) == [i for i, c in enumerate(text) if c in ";:’"]
    assert offsets_of(text, "x") == [] and offsets_of("", ";") == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No end",
        "One. Two! Three?",
        "Wait... what?! Yes.",
        "a.b.c. d",
        "x .. y",
        "“Go.” He went…» Then (sic.) end.\n",
        "Ah?!\n\n…\n..",
        "3.5 per cent. Dr. Who? “Yes!”\r\nNo.",
    ],
)
def test_sentence_ends_are_the_patterns_matches(text):
    from repair.core.document import _SENTENCE_END, _sentence_ends

    assert _sentence_ends(text) == [found.end() for found in _SENTENCE_END.finditer(text)]
