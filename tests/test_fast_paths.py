"""The fast paths give what the plain ones gave, on the dev-file excerpts in tests/data.

Speed work (issue 20) replaced per-word objects and per-line re-splitting with batched,
shared analyses; these tests keep each fast path equal to a plain reference on real text.
"""

from __future__ import annotations

import re

import pytest

from repair.config import RepairConfig
from repair.core.document import Document, Span
from repair.detectors import DETECTORS
from repair.detectors.names.base import Tokens, capitalised_runs, joined_by_space, words
from tests.conftest import fixture_text

EXCERPTS = ("english-news-wmt19.en", "wmt-newstest2013.en", "wmt-newsdiscussdev2015.en")
TRICKY = "Nur-Sultan, l'Élysée  Rio de Janeiro\n1990s Kassym-Jomart ǅemal -x- éTÉ İstanbul ß"


@pytest.fixture(scope="module", params=EXCERPTS)
def excerpt(request) -> str:
    return fixture_text(request.param)


def _plain_runs(text: str, tokens: list) -> list[list[int]]:
    runs: list[list[int]] = []
    for index, word in enumerate(tokens):
        if not word.capitalised:
            continue
        if runs and runs[-1][-1] == index - 1 and joined_by_space(text, tokens[index - 1], word):
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


@pytest.mark.parametrize("text", [TRICKY, "", "   ", "a"])
def test_tokens_equal_words_on_tricky_text(text):
    tokens = Tokens(text)
    assert [tokens[i] for i in range(len(tokens))] == words(text)
    assert list(tokens.capitalised) == [i for i, w in enumerate(words(text)) if w.capitalised]


def test_tokens_and_runs_equal_the_plain_ones(excerpt):
    plain = words(excerpt)
    tokens = Tokens(excerpt)
    assert [tokens[i] for i in range(len(tokens))] == plain
    assert capitalised_runs(excerpt, tokens) == _plain_runs(excerpt, plain)


APOSTROPHES = "rock-'n'-roll a'-b 'a' O’Brien’s x'y'z don't l'Élysée-Est '' ’s 12'a"


@pytest.mark.parametrize("extra", ["", TRICKY, APOSTROPHES])
def test_name_words_from_the_shared_split_equal_their_own_split(excerpt, extra):
    """The name detectors' words made from the foreign triages' words (cut at apostrophes)
    are those a split of the text by the name pattern gives."""
    from repair.detectors.names.base import document_words

    for text in (excerpt + extra, extra, extra * 3):
        own, shared = Tokens(text), document_words(Document(text))
        for name in ("starts", "ends", "capitalised"):
            assert list(getattr(shared, name)) == list(getattr(own, name)), name
    assert len(Tokens(APOSTROPHES)) > len(APOSTROPHES.split())  # there were words to cut


def test_tokens_of_spans_equal_words_of_each_span(excerpt):
    spans = [(0, 500), (1200, 1300), (5000, 9000)]
    tokens = Tokens(excerpt, spans)
    plain = [w for start, end in spans for w in words(excerpt, start, end)]
    assert [tokens[i] for i in range(len(tokens))] == plain


@pytest.mark.parametrize("name", ["places", "people", "garble"])
def test_detector_same_with_and_without_a_whole_text_focus(excerpt, name):
    detector = DETECTORS.get(name)(RepairConfig(mt=False))
    whole = Document(excerpt, focus=(Span(0, len(excerpt)),))
    assert list(detector.detect(Document(excerpt))) == list(detector.detect(whole))


def _plain_sentences(text: str, start: int, end: int) -> list[Span]:
    """The splitter as it was before the speed work: one search per candidate end for the
    next visible character, and an unbounded scan back over the word before a stop."""
    import re

    from repair.core.document import ABBREVIATIONS

    spans, pos = [], start
    for found in re.finditer(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)", text[:end]):
        if found.start() < start:
            continue
        token = re.search(r"(?:[^\W\d_]|\.)*$", text[start : found.start()]).group()
        if (
            found.group()[0] == "."
            and token
            and (token.lower() in ABBREVIATIONS or (len(token) == 1 and token.isupper()))
        ):
            continue
        visible = re.compile(r"\S").search(text, found.end(), end)
        if visible and not (
            visible.group().isupper() or visible.group().isdigit() or visible.group() in "\"'“‘«(["
        ):
            continue
        piece = text[pos : found.end()]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append(Span(pos + lead, pos + len(piece.rstrip())))
        pos = found.end()
    piece = text[pos:end]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        spans.append(Span(pos + lead, pos + len(piece.rstrip())))
    return spans


ODD_LINES = (
    'Mr. Smith went home.  \nThe U.S. \n"Yes." she said.\r\nEnd. \t\rNo stop here\n'
    "Two. Sentences!\n...\n  . \nA. B. Jones.\nWhat? no. Yes!\u2028Next.\n\nlast."
)


@pytest.mark.parametrize("extra", ["", ODD_LINES])
def test_sentences_equal_the_plain_splitter(excerpt, extra):
    text = excerpt + extra
    fast = Document(text)
    plain = [_plain_sentences(text, line.start, line.end) for line in fast.lines]
    assert fast.line_sentences == plain
    assert fast.sentences == [sentence for line in plain for sentence in line]


def _literalism_texts(excerpt: str) -> list[str]:
    from repair.detectors.literalisms import raw_data

    examples = [
        example["text"] if isinstance(example, dict) else example
        for entry in raw_data()["entry"]
        for example in entry["examples"] + entry["negatives"]
    ]
    return [excerpt, "\n".join(examples), "\n\n".join(examples)]


def test_literalisms_digit_triage_finds_what_the_full_scan_finds(excerpt, monkeypatch):
    from repair.detectors import literalisms

    texts = _literalism_texts(excerpt)
    fast = [literalisms.find_literalisms(Document(text)) for text in texts]
    monkeypatch.setattr(literalisms, "_needs_digit", lambda index: False)
    assert fast == [literalisms.find_literalisms(Document(text)) for text in texts]


def _plain_candidates(text: str, chunks: list[tuple[int, int]]) -> dict[int, list[int]]:
    """Each entry's passages as a substring test of every required group on each passage
    tells them (the automaton's triggers stand for this)."""
    from repair.detectors.literalisms import _DIGIT, _needs_digit, literalisms

    lowered = [text[start:end].lower() for start, end in chunks]
    digits = [i for i, passage in enumerate(lowered) if _DIGIT.search(passage)]
    plain = {}
    for index, entry in enumerate(literalisms()):
        where = [
            i
            for i, passage in enumerate(lowered)
            if all(any(word in passage for word in group) for group in entry.required)
        ]
        if _needs_digit(index):
            where = [i for i in where if i in digits]
        if where or not entry.required:
            plain[index] = where
    return plain


def test_literalisms_triggers_select_what_every_required_group_selects(excerpt, monkeypatch):
    from repair.detectors import literalisms

    monkeypatch.setattr(literalisms, "_trigger", lambda index: None)  # see the test below
    # (A final sigma's text is lowered whole, not block by block.)
    for text in [*_literalism_texts(excerpt), excerpt + "\nΟΔΟΣ the power in place.\n"]:
        chunks = literalisms._chunks(Document(text))
        for block in (1 << 16, 300):  # one block, and many
            fast = literalisms._candidate_chunks(text, chunks, block)
            assert {k: list(v) for k, v in fast.items()} == _plain_candidates(text, chunks)
    prefilter = literalisms._prefilter()
    assert prefilter.finder is not None and prefilter.untriggered  # both paths are taken


#: Damage the literalism entries' triggers must let through: the case-folding letters
#: (``ſ`` and ``ı`` match ``s`` and ``i`` case-insensitively, yet are their own lower case),
#: a calque cut by a line break, upper case.
FOLDING = (
    "It waſ said him that the plan failed.\nThere is not of water. Of the farmers have\n"
    "left. SO ONLY the rich pay. He did not have of money. Thıs are the facts.\n"
)


def _damaged_literalism_texts(excerpt: str) -> list[str]:
    """The excerpt, the entries' examples and tests/cases' damaged article, each also in
    upper case and with the folding letters."""
    from tests.conftest import ROOT

    article = (ROOT / "tests" / "cases" / "literalisms-article.txt").read_text(encoding="utf-8")
    texts = [*_literalism_texts(excerpt), article, FOLDING + article]
    return texts + [text.upper() for text in texts] + [text.replace("s", "ſ") for text in texts]


def test_literalisms_trigger_scans_find_what_the_plain_tests_find(excerpt, monkeypatch):
    """The triggers of the entries whose required words are common (one search of each block
    instead of a test of each passage, and of the chunks' searches) change no finding: on
    news, on every entry's examples and on damaged text, lowered or not, in one block or
    many."""
    from repair.detectors import literalisms

    texts = _damaged_literalism_texts(excerpt)
    assert literalisms._triggers()  # the fast path is taken
    fast = [literalisms.find_literalisms(Document(text)) for text in texts]
    assert any(fast)
    monkeypatch.setattr(literalisms, "_trigger", lambda index: None)
    assert fast == [literalisms.find_literalisms(Document(text)) for text in texts]


def test_literalisms_candidates_hold_every_chunk_an_entry_matches_in(excerpt):
    """Each triggered entry's candidate chunks hold every chunk its pattern matches in (the
    plain search of every chunk), in one block and in many. (The folding letters are left
    out: there the required words' own test, on the lowered text, is what is used.)"""
    from repair.detectors import literalisms

    entries = literalisms.literalisms()
    for text in _damaged_literalism_texts(excerpt)[1:]:
        if "ſ" in text:
            continue
        chunks = literalisms._chunks(Document(text))
        for block in (1 << 16, 300):
            candidates = literalisms._candidate_chunks(text, chunks, block)
            assert candidates is not None
            for index in literalisms._triggers():
                entry = entries[index]
                matched = [
                    i
                    for i, (start, end) in enumerate(chunks)
                    if any(m.start() < m.end() for m in entry.pattern.finditer(text, start, end))
                ]
                assert set(matched) <= set(candidates.get(index, ())), entry.id


@pytest.mark.parametrize(
    ("pattern", "flags", "trigger"),
    [
        (r"\bcan\s+not\b(?!\s+only)", re.IGNORECASE, (r"can(?:[\s]){1,}not", True)),
        (r"(?P<so>[Ss]o)\s+only\b", 0, (r"o(?:[\s]){1,}only", False)),
        (
            r"\bsaid\s+(?:me|him)\s+(?=that\b)",
            re.I,
            (r"said(?:[\s]){1,}(?:me|him)(?:[\s]){1,}(?:that)", True),
        ),
        (r"(?<=\d\s)To\s+[A-Z]", re.I, (r"to(?:[\s]){1,}[a-z]", True)),
        (r"\b(?:an|the)\s+x", re.I, None),  # no run starts with a literal of 3 characters
        (r"(?P<a>ab)c\s+(?P=a)", re.I, (r"abc(?:[\s]){1,}", True)),  # a back-reference ends it
        (r"\bDéjà\s+vu", re.I, (r"déjà(?:[\s]){1,}vu", True)),
        (r"\bİstanbul\s+x", re.I, (r"stanbul(?:[\s]){1,}x", True)),  # ``İ`` lowers to two
        # Alternatives, at the top or inside, when no run of the pattern itself will do.
        (r"\bby\s+part\b|\bpity\s+of", re.I, (r"(?:by(?:[\s]){1,}part|pity(?:[\s]){1,}of)", True)),
        (
            r"\b(?:an|the)\s+(?:from\s+\d|aged\s+\d)",
            re.I,
            (r"(?:from(?:[\s]){1,}[\d]|aged(?:[\s]){1,}[\d])", True),
        ),
        (r"\b(?:an|the)\s+(?:from|x)\s+\d", re.I, None),  # an alternative without a run
    ],
)
def test_trigger_source(pattern, flags, trigger):
    from repair.detectors.literalisms import _trigger_source

    assert _trigger_source(re.compile(pattern, flags)) == trigger


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("can not. x\ncan\nnot y\n", [0]),  # the second runs past its chunk
        ("x can\n", []),  # a match running past its chunk
        ("a can\nnot can not\n", [1]),  # the first, searched again, is not in its chunk
        ("", []),
    ],
)
def test_trigger_chunks_stay_within_their_chunks(text, found):
    from repair.detectors.literalisms import _trigger_chunks

    lines = text.splitlines(keepends=True)
    starts = [sum(map(len, lines[:i])) for i in range(len(lines))]
    ends = [start + len(line) for start, line in zip(starts, lines, strict=True)]
    trigger = re.compile(r"can\s+not")
    assert _trigger_chunks(trigger, text, starts, ends) == found


def test_chunks_holding_and_with_digits_are_the_passages_tests(excerpt):
    """The chunks found by ``find`` from chunk to chunk hold what a substring test of each
    passage finds (a string across a chunk's end, or in a gap between chunks, is none),
    and those with a digit what a search of ``\\d`` in each finds, in ASCII and beyond."""
    from repair.detectors import literalisms

    texts = [excerpt, "part\n\nx par\nt 4 part\n", "٣ x\nno digit\n1\n", ""]
    for text in texts:
        chunks = literalisms._chunks(Document(text)) or [(0, len(text))]
        starts, ends = [start for start, _ in chunks], [end for _, end in chunks]
        passages = [text[start:end] for start, end in chunks]
        for strings in (("part",), ("the", "part"), ("t 4",), ("zzz",)):
            found = literalisms._chunks_holding(strings, text, starts, ends)
            assert found == [i for i, p in enumerate(passages) if any(s in p for s in strings)]
        digits = literalisms._chunks_with_digits(text, starts, ends)
        assert digits == [i for i, p in enumerate(passages) if literalisms._DIGIT.search(p)]


def test_literalisms_gated_patterns_find_what_the_patterns_find(excerpt):
    """The look-ahead of first characters put before a pattern that starts with ``\\b``
    changes no match, on news and on every entry's examples."""
    from repair.detectors import literalisms

    texts = _literalism_texts(excerpt)
    gated = 0
    for index, entry in enumerate(literalisms.literalisms()):
        scan = literalisms._scan_pattern(index)
        gated += scan is not entry.pattern
        for text in texts:
            plain = [(m.span(), m.groupdict()) for m in entry.pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == plain, entry.id
    assert gated > len(literalisms.literalisms()) / 2


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"\bthe\s+one", "t"),
        (r"\b(?P<d>a|an|the)\s", "at"),
        (r"(?<![\d.])(?:\d|x)+", "\\dx"),
        (r"\b(?:ex-)?[A-Za-z]\w*", "eA-Za-z"),
        (r"\b(?:a|)b", "ab"),
        (r"\b(?:a)?", None),  # may match nothing
        (r"\b[^a]", None),
        (r"\b(?i:a)b", None),
        (r"\b.", None),
    ],
)
def test_first_characters(pattern, first):
    from re import _parser

    from repair.detectors.literalisms import _first_characters

    found = _first_characters(_parser.parse(pattern))
    assert (None if found is None else "".join(dict.fromkeys(found))) == first


@pytest.mark.parametrize(
    ("pattern", "holds"),
    [
        (r"(?<!\d)(?P<n>\d{1,3}),\d", True),
        (r"at\s+(?:[01]?\d|2[0-3])h", True),
        (r"\d?h", False),
        (r"(?:\d|x)h", False),
        (r"[^0-9]", False),
        (r"(?=\d)a", False),
        (r"[0-5]\d*", True),
    ],
)
def test_holds_digit(pattern, holds):
    from re import _parser

    from repair.detectors.literalisms import _holds_digit

    assert _holds_digit(_parser.parse(pattern)) is holds


@pytest.mark.parametrize("piece", [1, 7, 100])
def test_tokens_split_in_small_pieces_equal_words(excerpt, piece, monkeypatch):
    import repair.detectors.names.base as base

    monkeypatch.setattr(base, "_PIECE", piece)
    tokens = Tokens(excerpt[:20_000], [(0, 9_000), (9_500, 20_000)])
    plain = words(excerpt, 0, 9_000) + words(excerpt, 9_500, 20_000)
    assert [tokens[i] for i in range(len(tokens))] == plain
    assert list(tokens.capitalised) == [i for i, w in enumerate(plain) if w.capitalised]


def _sentences_of(excerpt: str) -> list[str]:
    doc = Document(excerpt + "\n" + TRICKY + "\nle président a dit qu'il rentrerait vendredi")
    return [span.of(doc.text) for span in doc.sentences]


def _plain_bound(finder, text: str, start: int, end: int) -> tuple[float, list[str]]:
    """The quick bound as it was before the speed work: one loop over the words (with the
    capitalised nouns of [stray.nouns] among the candidates since session 17)."""
    import re

    from repair.langid.lexicon import _FAST_WORD

    get = finder.weights.get
    common = finder.stray.common_words if finder.stray is not None else None
    positive, rare = 0.0, []
    for original in _FAST_WORD.full.findall(text, start, end):
        word = original.lower()
        if common is not None and original[0].islower() and word not in common:
            rare.append(original)
        elif common is not None and finder.stray.judge_noun(original, "the") is not None:
            rare.append(original)  # a capitalised noun of a language that capitalises them
        weight = get(word)
        if weight is None:
            if "-" not in word and "'" not in word and "’" not in word:
                continue
            weight = sum(max(0.0, get(p, 0.0)) for p in re.split(r"[-'’]", word) if p)
        if weight > 0:
            positive += weight
    return positive, rare


@pytest.mark.parametrize("memo_size", [300_000, 5])
def test_quick_bound_equals_the_plain_loop(excerpt, memo_size, monkeypatch):
    from repair.langid import lexicon
    from repair.langid.base import Pair

    monkeypatch.setattr(lexicon, "_MEMO_SIZE", memo_size)
    finder = lexicon.LexiconFinder(Pair("fr", "en"))
    for sentence in _sentences_of(excerpt) * 2:  # the second time from the memo
        assert finder._positive_bound(sentence, 0, len(sentence)) == _plain_bound(
            finder, sentence, 0, len(sentence)
        )


@pytest.mark.parametrize("memo_size", [300_000, 5])
def test_source_vote_equals_the_plain_count(excerpt, memo_size, monkeypatch):
    from repair.langid import source
    from repair.langid.frequency import zipf
    from repair.langid.lexicon import WORD
    from repair.langid.stray import stray_words

    monkeypatch.setattr(source, "_MEMO_SIZE", memo_size)
    asked: list[str] = []

    class Spy:
        def __init__(self, _languages) -> None:
            pass

        def probabilities(self, sentence: str) -> dict[str, float]:
            asked.append(sentence)
            return {"fr": 1.0}

    monkeypatch.setattr(source.CLASSIFIERS, "get", lambda name: Spy)
    sentences = _sentences_of(excerpt) + [
        "la ville de Paris a décidé hier de fermer les écoles",
        "Il a dit que les gens ne savent pas",
    ]
    judge = stray_words("en")
    plain = []
    for sentence in sentences:
        found = WORD.findall(sentence)
        words = [w for w in found if not w[0].isupper()]
        # Fewer than six lower-case words: two of them must be stray words of a list.
        short = len(words) < 6 and sum(judge.judge(w) is not None for w in words) < 2
        if (
            len(found) >= 6
            and len(words) >= 4
            and not short
            and sum(zipf(w.lower(), "en") < 3.5 for w in words) / len(words) >= 0.5
        ):
            plain.append(sentence)
    doc = Document("\n".join(sentences))
    assert [span.of(doc.text) for span in doc.sentences] == sentences
    for _ in range(2):  # the second time from the memo
        asked.clear()
        votes = source.sentence_votes(doc)
        assert list(votes.values()) == ["fr"] * min(len(plain), 12)
        assert asked == plain[:12]


@pytest.mark.parametrize("memo_size", [300_000, 5])
def test_glued_candidates_equal_the_plain_test(excerpt, memo_size, monkeypatch):
    from repair.detectors import glued
    from repair.langid.frequency import zipf

    monkeypatch.setattr(glued, "_MEMO_SIZE", memo_size)
    tokens = glued._TOKEN.findall(excerpt + " tomorrowsaid councilhe Kazakhstanand")
    plain = {t for t in tokens if len(t) >= 6 and zipf(t.lower(), "en") <= 0}
    assert plain
    for _ in range(2):
        assert glued._unknown_tokens(tokens, "en", 6) == plain


GLUED_TRICKY = (
    " tomorrowsaid councilhe Kazakhstanand iPhonesaid www.councilhe.com #councilhe "
    "councilhe-x l'councilhe councilhe.com councilhe. xcouncilhe councilhesaid"
)


def test_glued_occurrences_equal_the_plain_scan(excerpt):
    """The candidates' matches found by ``str.find`` are the ``finditer`` matches that are
    candidates, in order, also where a candidate's letters stand inside other tokens."""
    from repair.detectors import glued

    text = excerpt + GLUED_TRICKY
    tokens = set(glued._TOKEN.findall(text))
    runs = Document(text).word_set  # what the detector hands the candidates' test
    assert tokens <= runs
    for candidates in (runs, {"councilhe", "Kazakhstanand", "tomorrowsaid", "said", "the"}):
        plain = [m.span() for m in glued._TOKEN.finditer(text) if m.group(1) in candidates]
        assert plain
        assert [m.span() for m in glued._occurrences(text, candidates)] == plain


def test_letter_patterns_ascii_twin_matches_alike_on_ascii():
    """``[A-Za-z]`` for a letter finds what ``[^\\W\\d_]`` finds in any ASCII text."""
    from repair.core.letters import LetterPattern

    pattern = LetterPattern(r"({L}+(?:[-'’]{L}+)*)")
    every = "".join(map(chr, range(128)))
    text = every + " don't-stop 3-d x_y a'-b " + every[::-1] + "Ab9c_d'e-f"
    assert pattern.on(text) is pattern.ascii
    assert pattern.ascii.split(text) == pattern.full.split(text)
    assert pattern.on(text + "é") is pattern.full


@pytest.mark.parametrize("arrays_from", [0, 10**9])
def test_repeat_starts_and_one_casefold_equal_the_plain_ones(excerpt, arrays_from, monkeypatch):
    from repair.detectors import duplicates
    from repair.detectors.duplicates import _PHRASE_TOKEN, _repeat_starts

    monkeypatch.setattr(duplicates, "_ARRAYS_FROM", arrays_from)

    text = excerpt + " told Radio Canada Radio Canada, ΣΑΣ ΣΑΣ Straße STRASSE of the of the x"
    pieces = _PHRASE_TOKEN.findall(text)
    words = "\n".join(pieces).casefold().split("\n")
    assert words == [m.group().casefold() for m in _PHRASE_TOKEN.finditer(text)]
    assert _repeat_starts(words, 6) == _plain_repeat_starts_of(words, 6)
    assert _repeat_starts(words, 6)
    assert _repeat_starts(["a", "b", "a"], 6) == []
    # Every hash the same: each pair is a candidate, and the comparison keeps the true ones.
    monkeypatch.setattr(duplicates, "_word_hash", lambda word: 7)
    short = words[:900]
    assert duplicates._short_repeat_starts(short, 6) == _plain_repeat_starts_of(short, 6)


def test_quiet_documents_give_what_the_full_search_gives(excerpt, monkeypatch):
    """The quiet-word triage skips the foreign search only where it finds nothing, and the
    source vote asks nothing (each line a document: most short ones are quiet)."""
    from repair.langid import quiet, source

    lines = [line for line in (excerpt + "\n" + TRICKY).splitlines() if line.strip()]
    lines += [
        "The minister said the plan would help. Les gens ne savent pas.",
        "He was killed by the foudre on Monday.",
        "Le Monde said the plan would help.",
        "They met in the café near the church, where the vote was held.",
    ]
    detector = DETECTORS.get("foreign")(RepairConfig(mt=False))
    fast = [list(detector.detect(Document(line))) for line in lines]
    skipped = [
        quiet.quiet_document(line, [s.of(line) for s in Document(line).sentences], "fr", "en")
        for line in lines
    ]
    monkeypatch.setattr(quiet, "quiet_document", lambda *args: False)
    plain = [list(detector.detect(Document(line))) for line in lines]
    assert fast == plain
    assert sum(skipped) > len(lines) / 4  # the triage does skip most of them
    for line, quiet_line in zip(lines, skipped, strict=True):
        if quiet_line:
            assert plain[lines.index(line)] == []
            assert source.sentence_votes(Document(line)) == {}


def _plain_sentence_repeats(doc: Document, table: dict):
    """The repeated-sentence search as it was before the spans' lengths were compared
    first: each pair of sentences cut from the text, then compared."""
    from repair.detectors.duplicates import _WORD, sentence_repeat

    text = doc.text
    shortest = int(table["min_sentence_words"])
    ratio = float(table["near_ratio"])
    sentences = doc.sentences
    for previous, current in zip(sentences, sentences[1:], strict=False):
        first, second = previous.of(text), current.of(text)
        same = first == second
        if not same and min(len(first), len(second)) < ratio * max(len(first), len(second)):
            continue
        if len(_WORD.findall(first)) < shortest:
            continue
        finding = sentence_repeat(previous, current, first, second, ratio)
        if finding is not None:
            yield finding


REPEATED_SENTENCES = (
    "The talks failed on Monday. The talks failed on Monday. Both sides left.\n"
    "The talks failed on Monday. The talks failed on Monday! Both sides left.\n"
    "Prices rose again on Monday.\n\nPrices rose again on Monday.\n\nThey fell.\n"
    "He said no. He said no. Yes. Yes. Abcd efg hij. Abcd efg hik."
)


@pytest.mark.parametrize("ratio", [None, 0.5, 1.2])
def test_sentence_repeats_equal_the_plain_search(excerpt, ratio):
    """Comparing the spans' lengths before cutting the sentences finds the same repeats,
    with the data's ratio, a loose one and one above 1 (where equal lengths do not pass)."""
    from repair.detectors.duplicates import DuplicateDetector, duplicate_data

    table = dict(duplicate_data())
    if ratio is not None:
        table["near_ratio"] = ratio
    for text in (excerpt + "\n" + REPEATED_SENTENCES, REPEATED_SENTENCES, "", "One."):
        doc = Document(text)
        found = list(DuplicateDetector._sentences(doc, table))
        assert found == list(_plain_sentence_repeats(doc, table))
        assert found or text in ("", "One.")


def _plain_repeat_starts_of(words: list[str], longest: int) -> list[int]:
    """Where ``size`` words (2 to ``longest``) come again right after themselves."""
    return sorted(
        {
            i
            for size in range(2, longest + 1)
            for i in range(len(words) - 2 * size + 1)
            if words[i : i + size] == words[i + size : i + 2 * size]
        }
    )


def _plain_repeat_starts(words: list[str], longest: int) -> list[int]:
    """Where a word comes back ``size`` words later, as before the speed work."""
    return sorted(
        {
            i
            for size in range(2, longest + 1)
            for i, (a, b) in enumerate(zip(words, words[size:], strict=False))
            if a == b
        }
    )


def test_places_phrase_memo_gives_what_the_search_gives(excerpt, monkeypatch):
    """A phrase met again (a place, a word that starts none, a near miss after a
    preposition, a variant that is a finding) gives what the first search gave, at its own
    offsets; a detector with a memo too small to hold anything gives the same."""
    from repair.detectors.names import places as module

    damaged = (
        "Riots in Tachkent and Moscou spread to Samarkand and Samarkand. ;Boukhara. "
        "In Moscou, New York and Almmaty. New York, Tachkent."
    )
    text = f"{excerpt}\n{damaged}\n{damaged}\n"
    warm = module.PlacesDetector(RepairConfig())
    first = list(warm.detect(Document(text)))
    again = list(warm.detect(Document(text)))
    assert warm._phrases and warm._longest
    rules = [f.rule for f in first]
    assert rules.count("entity.repeated-place") == 2  # the second one found through the memo
    assert {"entity.place-exonym", "entity.place-transliteration"} <= set(rules)
    assert again == first
    tiny = module.PlacesDetector(RepairConfig())
    monkeypatch.setattr(module, "PHRASE_MEMO_SIZE", 1)  # each new phrase clears it first
    assert list(tiny.detect(Document(text))) == first


@pytest.mark.parametrize(
    ("name", "target", "limit"),
    [
        ("english-news-wmt19.en", "en", None),
        ("wmt-newstest2013.en", "en", None),
        ("wmt-newstest2013.fr", "en", 200),  # French left whole: slow to search
        ("wmt-newstest2013.fr", "fr", None),
    ],
)
def test_detector_findings_identical_without_the_fast_paths(name, target, limit, monkeypatch):
    """Issue 20's guard: every detector finds the same on a dev file (its excerpt without
    ../shared), in 20-line documents, with the triages and memos of the speed work on and
    with each replaced by the plain computation it stands for."""
    from repair.detectors import duplicates, glued
    from repair.langid import lexicon, quiet, source
    from repair.langid.frequency import zipf
    from tests.conftest import dev_file

    lines = dev_file(name).splitlines(keepends=True)[:limit]
    docs = ["".join(lines[i : i + 20]) for i in range(0, len(lines), 20)]
    config = RepairConfig(mt=False, target_lang=target)
    detectors = [cls(config) for _, cls in DETECTORS.items() if cls.applies_to(config)]

    def findings() -> list:
        return [
            list(d.detect(Document(doc, target_lang=target))) for d in detectors for doc in docs
        ]

    fast = findings()
    monkeypatch.setattr(quiet, "quiet_document", lambda *args: False)
    monkeypatch.setattr(
        lexicon.LexiconFinder,
        "_positive_bound",
        lambda self, text, start, end: _plain_bound(self, text, start, end),
    )
    monkeypatch.setattr(source, "_word_classes", lambda target: {})
    monkeypatch.setattr(
        glued,
        "_unknown_tokens",
        lambda tokens, lang, shortest: {
            t for t in tokens if len(t) >= shortest and zipf(t.lower(), lang) <= 0
        },
    )
    monkeypatch.setattr(duplicates, "_repeat_starts", _plain_repeat_starts)
    monkeypatch.setattr(
        duplicates.DuplicateDetector, "_sentences", staticmethod(_plain_sentence_repeats)
    )
    from repair.langid.spotter import ForeignSpotter

    monkeypatch.setattr(
        ForeignSpotter, "quiet_sentences", lambda self, doc: [False] * len(doc.sentences)
    )
    monkeypatch.setattr(
        source, "_askable", lambda blocks, target: list(range(sum(len(r) for _, r in blocks)))
    )
    from repair.detectors import literalisms
    from repair.detectors.names.gazetteer import Gazetteer
    from repair.detectors.names.places import PlacesDetector

    monkeypatch.setattr(
        literalisms, "_scan_pattern", lambda i: literalisms.literalisms()[i].pattern
    )
    monkeypatch.setattr(literalisms, "_needs_digit", lambda index: False)
    monkeypatch.setattr(literalisms, "_trigger", lambda index: None)
    monkeypatch.setattr(PlacesDetector, "_may_name", lambda self, tokens: tokens.capitalised)
    monkeypatch.setattr(PlacesDetector, "_remember", staticmethod(lambda memo, key, value: value))
    monkeypatch.setattr(Gazetteer, "longest_after", lambda self, first_two: 1_000)
    for detector in detectors:
        if isinstance(detector, PlacesDetector):
            detector._phrases.clear()
            detector._longest.clear()
    assert findings() == fast


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_plain_word_table_gives_wordfreqs_zipf(excerpt, lang):
    """The compact table of plain words (cold start without wordfreq) gives what wordfreq
    gives, for the excerpt's words, for made-up ones and for words that are not plain."""
    import random

    from wordfreq import zipf_frequency

    from repair.langid import frequency
    from repair.langid.lexicon import WORD

    built = frequency._build_plain_table(lang)  # the build itself, not a cached table
    assert built is not None
    table = frequency._PlainTable(*built)
    rng = random.Random(5)
    made_up = ["".join(rng.choice("aeiouxyzqkt") for _ in range(rng.randint(1, 8)))]
    words = {w.lower() for w in WORD.findall(excerpt)} | set(made_up) | {"", "zzzz"}
    sample = [table[i] for i in range(0, len(table), 997)]
    for word in sorted(words | set(sample)):
        if word.isascii() and word.isalpha() and word.islower():
            assert table.zipf(word) == zipf_frequency(word, lang), word
    frequency.zipf.cache_clear()
    for word in ("café", "don't", "Paris", "e-mail", "the"):
        assert frequency.zipf(word, lang) == zipf_frequency(word, lang)


def test_gazetteer_tables_read_in_place_equal_the_decoded_ones():
    """The gazetteer from the disk cache (packed tables) holds what the shipped
    file decodes to, in the same order."""
    from importlib import resources

    from repair.detectors.names import gazetteer as module

    decoded = module._decoded(
        resources.files("repair.data").joinpath(module.DATA_FILE).read_bytes()
    )
    loaded = module.Gazetteer.from_state(decoded.state())
    for name in ("_own", "_alternate", "_folded"):
        plain, packed = getattr(decoded, name), getattr(loaded, name)
        keys = list(plain)[::97] + ["Nowhere-at-all", "", "zz"]
        assert [packed.get(k) for k in keys] == [plain.get(k) for k in keys]
        assert list(packed.items()) == list(plain.items())  # in order
        assert [packed.get(k) for k in keys] == [plain.get(k) for k in keys]
    assert list(loaded._exonyms["fr"].items()) == list(decoded._exonyms["fr"].items())
    assert {k: loaded.longest_name(k) for k in decoded._first_words} == decoded._first_words
    assert [loaded.places[i] for i in range(len(decoded.places))] == decoded.places


def test_longest_name_after_two_words_is_the_longest_name_they_start():
    """A name of several words is tried after two words only when they start one, and no
    longer than the longest they start (the places scan stops at one word otherwise)."""
    from repair.detectors.names.gazetteer import gazetteer

    places = gazetteer()
    longest: dict[str, int] = {}
    for table in (places._own, places._alternate, *places._exonyms.values()):
        for name in table:
            words = name.split(" ")
            if len(words) > 1:
                pair = " ".join(words[:2])
                longest[pair] = max(longest.get(pair, 1), len(words))
    assert longest["New York"] >= 3 and longest["Rio de"] >= 3 and longest["The Hague"] >= 2
    sample = list(longest)[::50]
    assert [places.longest_after(pair) for pair in sample] == [longest[p] for p in sample]
    for pair in ("The Minister", "It said", "New Yorkers", "The hague"):
        assert places.longest_after(pair) == 1


@pytest.mark.parametrize("block", [1 << 16, 300, 1])
def test_sentence_words_equal_each_sentences_own_words(excerpt, block):
    """One split of the text (or of blocks of its sentences, for a long text) gives each
    sentence the words a findall over it gives (both word patterns: they find the same)."""
    from repair.langid.lexicon import _FAST_WORD, WORD, sentence_words

    for text in (excerpt, TRICKY, "l'été -- a'-b ’x x’ don't-stop 3-d", "don't-stop 3-d x_y", ""):
        doc = Document(text)
        words = [found[a:b] for found, ranges in sentence_words(doc, block) for a, b in ranges]
        assert words == [_FAST_WORD.full.findall(text, s.start, s.end) for s in doc.sentences]
        assert words == [WORD.findall(text, s.start, s.end) for s in doc.sentences]


@pytest.mark.parametrize("min_cost", [None, -1.0])
def test_quiet_sentences_are_those_find_stops_at(excerpt, min_cost, monkeypatch):
    """The per-sentence triage of the foreign search says quiet exactly where the spotter's
    own quick test stops (English, French and mixed lines; also with a bound no sentence
    stays under, where a sentence without a positive or rare word is not quiet either)."""
    from repair.langid.spotter import spotter_for

    spotter = spotter_for("fr", "en")
    lexicon = spotter.finders[0]
    if min_cost is not None:
        monkeypatch.setattr(lexicon, "min_cost", min_cost)
    lines = excerpt.splitlines()[:200] + [
        "The minister said the plan would help. Les gens ne savent pas.",
        "He was killed by the foudre on Monday.",
    ]
    text = "\n".join(lines)
    doc = Document(text)
    quiet = spotter.quiet_sentences(doc)
    assert 0 < sum(quiet) < len(quiet) or (min_cost is not None and not any(quiet))
    for sentence, skipped in zip(doc.sentences, quiet, strict=True):
        bound, rare = lexicon._positive_bound(text, sentence.start, sentence.end)
        stops = bound <= lexicon.min_cost and not lexicon._may_stray(rare)
        assert skipped == stops
        if skipped:
            assert spotter.find(text, sentence.start, sentence.end) == []


@pytest.mark.parametrize("block", [1, 200])
def test_repeated_phrases_found_block_by_block_equal_the_whole_texts(excerpt, block):
    """The phrase search reads a long text in blocks of lines (bounded memory); a repeat
    never spans a line break, so it finds what one pass over the whole text finds."""
    from repair.detectors.duplicates import DuplicateDetector, duplicate_data

    lines = excerpt.splitlines(keepends=True)[:300]
    lines[3] = "told Radio Canada Radio Canada that\n"
    lines[7] = "of the of the\tRadio Canada\nRadio Canada Radio Canada\r\n"
    text = "".join(lines) + "end of the of the"
    table = duplicate_data()
    whole = list(DuplicateDetector._phrases_in(text, table, 0, len(text)))
    assert len(whole) >= 3
    assert list(DuplicateDetector._phrases(text, table, block)) == whole


@pytest.mark.parametrize("size", [0, 1, 100, 1 << 16])
def test_glued_tokens_of_line_blocks_equal_the_whole_texts(excerpt, size):
    """The glued-word triage collects its tokens block of lines by block of lines: the same
    tokens as one findall over the text (no token spans a line; its look-arounds see the
    line feed either way)."""
    from repair.core.document import line_blocks
    from repair.detectors.glued import _TOKEN

    text = excerpt[:30_000] + "\ntomorrowsaid\nx.Councilhe'\n\nend"
    blocks = list(line_blocks(text, size))
    assert "".join(text[a:b] for a, b in blocks) == text
    found = [t for a, b in blocks for t in _TOKEN.findall(text, a, b)]
    assert found == _TOKEN.findall(text)


ASCII_TRICKY = "don't -x- 12-x _a__b' A--B O'Brien's iPhone ABCdef abc123def x_y e-mail,\tTab"


@pytest.mark.parametrize("extra", ["", ASCII_TRICKY, TRICKY])
def test_ascii_runs_cut_what_the_token_patterns_find(excerpt, extra, monkeypatch):
    """The phrase words and the document's word set cut by ``bytes.translate`` in ASCII
    text are what the patterns find (and the pattern scan is kept for the rest); the word
    set holds every glued-word token and gives the invented-word triage its words."""
    import re

    from repair.core import document
    from repair.detectors import duplicates, garble, glued

    text = "".join(line for line in excerpt.splitlines(True) if line.isascii()) + extra
    assert text.isascii() is (extra is not TRICKY)
    plain = [m.group().casefold() for m in duplicates._PHRASE_TOKEN.finditer(text)]
    assert duplicates._phrase_words(text, 0, len(text)) == plain
    for size in (1 << 16, 50):  # one block, and many
        monkeypatch.setattr(document, "LINE_BLOCK_CHARS", size)
        words = Document(text).word_set
        assert words == set(re.findall(r"\w+", text))
    assert {m.group(1) for m in glued._TOKEN.finditer(text)} <= words
    assert {w for w in words if garble._long_lower(w)} == set(garble._LONG_LOWER.findall(text))


@pytest.mark.parametrize("extra", ["", TRICKY, APOSTROPHES, "a--b c'd' 'e x-'y -'- x’-y ’’a b’"])
def test_possessive_word_patterns_find_what_the_greedy_ones_find(excerpt, extra):
    """The word patterns' possessive repeats (no backtracking state kept) split every text
    as the same patterns with greedy repeats do."""
    import re

    from repair.detectors.names.base import _WORD_SPLIT
    from repair.langid.lexicon import _FAST_WORD, _FAST_WORD_SPLIT

    text = excerpt + extra
    for pattern in (_FAST_WORD, _FAST_WORD_SPLIT, _WORD_SPLIT):
        for compiled in (pattern.ascii, pattern.full):
            greedy = re.compile(compiled.pattern.replace("++", "+").replace("*+", "*"))
            assert greedy.pattern != compiled.pattern
            assert compiled.split(text) == greedy.split(text)
            assert compiled.findall(text) == greedy.findall(text)


def test_other_script_test_of_ascii_text_needs_no_scan(excerpt):
    """An ASCII text holds no letter of another script (no script's range in the data
    reaches ASCII), so the test answers without the pattern, as the pattern would."""
    from repair.langid.script import _any_script, _ascii_in_scripts, has_other_script

    assert not _ascii_in_scripts()
    assert not any(_any_script().search(chr(code)) for code in range(128))
    for text in (excerpt, "".join(map(chr, range(128))), excerpt + " Москва", "é ü", ""):
        assert has_other_script(text) == (_any_script().search(text) is not None)


@pytest.mark.parametrize("extra", ["", "İstanbul ǅemal STRASSE Straße 12_a a-b don't", "__ 9 x"])
def test_sentence_words_equal_the_regex(excerpt, extra):
    """The near-repeat test's words, cut by ``ascii_runs`` in ASCII text, are the regex's."""
    import re

    from repair.detectors.duplicates import sentence_words

    for line in (excerpt + extra).splitlines() + [extra, ""]:
        assert sentence_words(line) == re.findall(r"\w+", line.casefold())


@pytest.mark.parametrize(
    ("source", "gate"),
    [
        (r"the(?:[\s]){1,}one(?:[\s]){1,}of", ("the one of",)),
        (r"t(?:ake|ook)(?:[\s]){1,}part(?:[\s]){1,}to", ("take part to", "took part to")),
        (r"This(?:[\s]){1,}are", ("this are",)),  # a case-sensitive trigger: lowered
        # A part that may be absent, or a wide class, ends a run: the longest run left.
        (r"of(?:[\s]){0,1}(?:[a-z]){4,}(?:[\s]){1,}(?:way|manner)", None),
        (r"x(?:[\d]){1,}(?:[\s]){1,}said(?:[\s]){1,}that", ("said that",)),
        (r"the(?:[\s]){1,}[1-3]th", ("the 1th", "the 2th", "the 3th")),
        (r"the(?:[\s]){1,}(?:[\s,])", None),  # a set holding white space is not spelt out
        (r"déjà(?:[\s]){1,}vu", None),  # beyond ASCII (a lowered letter may be two)
        (r"can(?:[\s]){1,}", None),  # too short to rule out a block
    ],
)
def test_gate_of(source, gate):
    from repair.detectors.literalisms import _gate_of

    assert _gate_of(source, re.UNICODE) == gate


def _spacing_variants(text: str) -> list[str]:
    """``text`` with its spaces as other white space, doubled, or line breaks (a calque
    cut by a line break: the gates must see it, or the block must not be gated)."""
    return [
        text,
        text.replace(" ", "  "),
        text.replace(" ", "\t"),
        text.replace(" ", "\xa0"),
        text.replace(" ", "\n"),
        text.replace("\n", "\r\n"),
        text.replace("\n", " \n"),
        text.replace("\n", "\n\n"),
        text.replace(" the ", " the\n"),
    ]


def test_literalisms_trigger_gates_change_no_finding(excerpt, monkeypatch):
    """The gates (one automaton pass tells which triggers can match in a block) find what
    the triggers' own searches find: on news, the entries' examples and damaged text, with
    their white space changed, in one block or many."""
    from repair.detectors import literalisms

    assert literalisms._trigger_gates()  # the fast path is taken
    texts = [
        variant
        for text in _damaged_literalism_texts(excerpt)
        for variant in _spacing_variants(text)
    ]
    fast = [literalisms.find_literalisms(Document(text)) for text in texts]
    chunked = {
        (i, block): literalisms._candidate_chunks(text, literalisms._chunks(Document(text)), block)
        for i, text in enumerate(texts[:12])
        for block in (1 << 16, 300)
    }
    assert any(fast)
    monkeypatch.setattr(literalisms, "_trigger_gates", lambda: {})
    assert fast == [literalisms.find_literalisms(Document(text)) for text in texts]
    for (i, block), candidates in chunked.items():
        chunks = literalisms._chunks(Document(texts[i]))
        assert candidates == literalisms._candidate_chunks(texts[i], chunks, block)


def test_every_trigger_match_holds_its_gate(excerpt):
    """Wherever an entry's trigger matches (lowered when it reads the lower case), the match
    with its white space as single spaces holds a string of the entry's gate."""
    from repair.detectors import literalisms

    texts = [
        variant
        for text in _damaged_literalism_texts(excerpt)
        for variant in _spacing_variants(text)
    ]
    checked = 0
    for index, strings in literalisms._trigger_gates().items():
        trigger, lower = literalisms._trigger(index)
        for text in texts:
            for match in trigger.finditer(text.lower() if lower else text):
                spaced = literalisms._spaced(match.group()).lower()
                assert any(string in spaced for string in strings), (index, match.group())
                checked += 1
    assert checked


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(spread|share) the (love)?", r"(?:spread|share) the (?:love)?"),
        (r"[(]x(y)\(z\)[^]()]", r"[(]x(?:y)\(z\)[^]()]"),
        (r"(?P<label>a(b))(?=c)(?i:d)", r"(?P<label>a(?:b))(?=c)(?i:d)"),
        (r"(a)\1", r"(a)\1"),  # a back-reference needs its group: left as it is
        (r"(?P<x>a)(?P=x)", r"(?P<x>a)(?P=x)"),
    ],
)
def test_non_capturing_groups(pattern, expected):
    from repair.detectors.boilerplate import _non_capturing

    assert _non_capturing(pattern) == expected


def test_boilerplate_label_regexes_match_as_with_their_groups(excerpt, monkeypatch):
    """The label-line regexes hold no group but ``label`` (the data's plain groups made
    non-capturing, for speed) and match what they matched with their groups: on news and
    on the data's examples and negatives, bare, padded and in Markdown."""
    from repair.data import load_toml
    from repair.detectors import boilerplate

    def regexes():
        boilerplate._line_regex.cache_clear()
        return boilerplate._line_regex(False), boilerplate._line_regex(True)

    fast = regexes()
    assert [regex.groups for regex in fast] == [1, 1]
    monkeypatch.setattr(boilerplate, "_non_capturing", lambda pattern: pattern)
    monkeypatch.setattr(boilerplate, "cached", lambda name, key, build: build())
    plain = regexes()
    assert min(regex.groups for regex in plain) > 100
    monkeypatch.undo()
    boilerplate._line_regex.cache_clear()
    examples = load_toml("boilerplate.toml")["examples"]
    lines = [*excerpt.splitlines()[:400], *examples["lines"], *examples["negative"]]
    matched = 0
    for line in lines:
        for text in (f"{line}\n", f"  {line}  ", f"* [{line}](https://example.com/a)\n"):
            for new, old in zip(fast, plain, strict=True):
                found, wanted = new.match(text), old.match(text)
                assert (found and (found.span(), found.span("label"))) == (
                    wanted and (wanted.span(), wanted.span("label"))
                ), text
                matched += wanted is not None
    assert matched > len(examples["lines"])
