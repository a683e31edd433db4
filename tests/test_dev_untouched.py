"""Clean English news, written in English, must come out exactly as it went in."""

from __future__ import annotations

from repair.core.edits import revert_changes


def test_english_news_as_one_document_gets_no_text_edit(english_news, default_pipeline):
    result = default_pipeline.repair(english_news)
    assert [(c.rule, c.original) for c in result.text_changes] == []
    assert result.text == english_news


def test_english_news_line_by_line_gets_no_text_edit(english_news, default_pipeline):
    lines = english_news.splitlines(keepends=True)
    results = default_pipeline.repair_many(lines)
    edited = [(r.input, [c.rule for c in r.text_changes]) for r in results if r.text_changes]
    assert edited == []


def test_english_news_revert_is_exact(english_news, default_pipeline):
    result = default_pipeline.repair(english_news)
    assert revert_changes(result.text, result.changes) == english_news


def test_reference_documentation_gets_no_text_edit(default_pipeline):
    """Another genre: the prose of Python's docstrings (tests/data/python-docstrings.en,
    full of identifiers and terse sentences), as articles of 20 paragraphs."""
    from tests.conftest import fixture_text

    lines = fixture_text("python-docstrings.en").splitlines()
    texts = ["\n\n".join(lines[i : i + 20]) + "\n" for i in range(0, len(lines), 20)]
    results = default_pipeline.repair_many(texts)
    assert [(c.rule, c.original) for r in results for c in r.text_changes] == []
