"""The packed tables answer as the dicts and the wordfreq lookups they replace.

Issue 20 (memory): the word tables a run loads are packed (repair/core/tables.py) instead of
dicts; a lookup must give the same answer for every key and for words that are no key.
"""

from __future__ import annotations

import re

import pytest

from repair.core.tables import KeyTable, TextTable
from tests.conftest import fixture_text

EXCERPTS = ("english-news-wmt19.en", "wmt-newstest2013.en", "wmt-newsdiscussdev2015.en")
ODD = ["", "a", "é", "a\udcff", "ǅemal", "İstanbul", "ß", "l'Élysée", "all-day", "1990s", "😀"]


def test_key_table_equals_its_dict_and_keeps_its_order():
    mapping = {word: index for index, word in enumerate(["b", "a", "é", "a\udcff", "", "zz"])}
    table = KeyTable.of(mapping)
    assert len(table) == len(mapping)
    assert list(table) == list(mapping)
    assert list(table.items()) == list(mapping.items())
    for word in [*mapping, *ODD, "c", "bb"]:
        assert table.get(word) == mapping.get(word)
        assert (word in table) == (word in mapping)
    assert table.get("missing", 7) == 7


def test_text_table_equals_its_dict_and_keeps_its_order():
    mapping = {"b": "x", "a": "", "é": "ü|v", "a\udcff": "z\udcff", "": "e", "zz": "q\tr"}
    table = TextTable.of_texts(mapping)
    assert len(table) == len(mapping)
    assert list(table) == list(mapping)
    for word in [*mapping, *ODD, "c", "bb"]:
        assert table.text(word) == mapping.get(word)
        assert (word in table) == (word in mapping)
    empty = TextTable.of_texts({})
    assert (len(empty), list(empty), empty.text("a"), "a" in empty) == (0, [], None, False)


def test_word_fixer_tables_equal_the_files_they_pack():
    """The lexicon, dictionary and bigram tables answer as the dicts read from their files."""
    import gzip
    from importlib import resources

    from repair.fixers.words import _dictionary_kinds, _entry, bigrams, dictionary, lexicon

    folder = resources.files("repair.data").joinpath("lexicon")
    if not folder.joinpath("fr-en.tsv.gz").is_file():
        pytest.skip("no fr-en lexicon")
    rows = {}
    with gzip.open(folder.joinpath("fr-en.tsv.gz"), "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                word, _, rest = line.rstrip("\n").partition("\t")
                rows[word] = rest
    table = lexicon("fr")
    assert list(table) == list(rows)
    for word, row in list(rows.items())[::50]:
        count, entries = row.split("\t")
        assert table[word] == (int(count), tuple(_entry(item) for item in entries.split(" ")))
    assert table.get("zzzq") is None
    senses: dict[str, str] = {}
    for kind in _dictionary_kinds("es"):
        with gzip.open(folder.joinpath(f"es-en.{kind}.tsv.gz"), "rt", encoding="utf-8") as handle:
            for line in handle:
                if not line.startswith("#"):
                    word, _, entries = line.rstrip("\n").split("\t")
                    senses[word] = f"{senses[word]}|{entries}" if word in senses else entries
    assert dict(dictionary("es").items()) == {w: tuple(s.split("|")) for w, s in senses.items()}
    assert list(dictionary("es")) == list(senses)
    assert dictionary("nl") == {}
    counts: dict[str, int] = {}
    with gzip.open(folder.joinpath("en-bigrams.tsv.gz"), "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                key, count = line.rstrip("\n").split("\t")
                counts[key] = int(count)
    table = bigrams()
    packed = {**dict(table.unigrams.items()), **dict(table.bigrams.items())}
    assert packed == counts
    assert table.total == sum(n for key, n in counts.items() if " " not in key)
    assert table.bigrams.get("zzq qqz", 0) == 0 and "zzq" not in table.unigrams


def test_key_table_finds_keys_whose_hashes_collide():
    # "plumless" and "buckeroo" share a CRC-32: the second comparison tells them apart.
    table = KeyTable.of({"plumless": 1, "buckeroo": 2})
    assert (table.get("plumless"), table.get("buckeroo"), table.get("x")) == (1, 2, None)


def _text_words() -> set[str]:
    words: set[str] = set(ODD)
    for name in EXCERPTS:
        text = fixture_text(name)
        words.update(re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text))
        words.update(text.split())
    return words | {word.lower() for word in words}


def test_word_weights_equal_the_built_dict():
    pytest.importorskip("wordfreq")
    from repair.langid.frequency import list_buckets
    from repair.langid.lexicon import _build_word_weights, word_weights

    table, function_words = word_weights("fr", "en")
    expected, expected_function = _build_word_weights("fr", "en")
    assert function_words == expected_function
    assert all(table.get(word) == weight for word, weight in expected.items())
    assert all(table.get(word) == expected.get(word) for word in _text_words())
    # Every word of both lists, those without a weight included.
    listed = {word for lang in ("fr", "en") for _, bucket in list_buckets(lang) for word in bucket}
    assert all(table.get(word) == expected.get(word) for word in listed)
    assert dict(table.items()) == expected


def test_stray_lookup_equals_the_lists():
    """The stray judge's look-up, read off the shared vocabulary, is what the lists say: the
    likeliest source language (the first on a tie) at Zipf 1 or more, the target below 3."""
    pytest.importorskip("wordfreq")
    from repair.langid.frequency import list_buckets
    from repair.langid.stray import stray_words

    judge = stray_words("en")
    assert judge is not None
    lists = {
        lang: {word: 9 - rank / 100 for rank, bucket in list_buckets(lang) for word in bucket}
        for lang in (judge.target, *judge.languages)
    }
    target = lists[judge.target]

    def expected(word: str) -> tuple[str, float, float] | None:
        if not word.isalpha() or target.get(word, 0.0) >= 3.0:
            return None
        found = [(lists[lang].get(word, 0.0), -at, lang) for at, lang in enumerate(judge.languages)]
        zipf, _, lang = max(found)
        if zipf < 1.0:
            return None
        return lang, round(zipf * 10) / 10, round(target.get(word, 0.0) * 10) / 10

    words = _text_words() | {word for table in lists.values() for word in list(table)[::97]}
    for word in words:
        assert judge._lookup(word) == expected(word), word
        assert (word in judge.common_words) == (target.get(word, 0.0) >= 3.0), word


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_zipf_equals_wordfreq(lang):
    wordfreq = pytest.importorskip("wordfreq")
    from repair.langid.frequency import _token_zipf

    words = _text_words()
    ordered = sorted(words)
    words |= {f"{a}-{b}" for a, b in zip(ordered[:500], ordered[500:1000], strict=True)}
    words |= {word.upper() for word in ordered[:500]} | {"COVID-19", "3,5", "2019"}
    for word in words:
        assert _token_zipf(word, lang) == wordfreq.zipf_frequency(word, lang), word


@pytest.mark.parametrize("extra", ["", "İstanbul\n", "ΣΑΣ ΟΔΟΣ\n"])
def test_lower_text_equals_str_lower(extra):
    from repair.core import letters
    from repair.core.document import LINE_BLOCK_CHARS

    text = "".join(fixture_text(name) for name in EXCERPTS) * 2 + extra
    assert len(text) > LINE_BLOCK_CHARS
    assert letters.lower_text(text) == text.lower()
    assert letters.lower_text(extra) == extra.lower()


@pytest.mark.parametrize("extra", ["", "İstanbul in 1990.\n", "ΟΔΟΣ of the day.\n"])
def test_literalism_candidates_lowered_in_blocks_equal_the_whole_texts(extra):
    """The prefilter of literalisms lowers the text a block of chunks at a time: the entries
    and chunks it selects are those of the whole text lowered at once."""
    from repair.core.document import Document
    from repair.detectors import literalisms

    text = extra + "".join(fixture_text(name) for name in EXCERPTS) + extra
    doc = Document(text, target_lang="en")
    chunks = literalisms._chunks(doc)
    blocked = literalisms._candidate_chunks(text, chunks, 2000)
    whole = literalisms._candidate_chunks(text, chunks, 1 << 40)
    assert len(list(literalisms._lowered_blocks(text, chunks, 1 << 40))) == 1
    if "İ" in text:
        assert blocked is None and whole is None
    else:
        assert blocked is not None and whole is not None
        assert {k: list(v) for k, v in blocked.items()} == {k: list(v) for k, v in whole.items()}
