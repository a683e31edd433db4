from __future__ import annotations

from repair.core.document import Document, split_sentences


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
