"""The literalism data file is the test: each entry's examples are repaired as written,
its negatives stay untouched, and the file itself is well-formed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from repair.config import RepairConfig
from repair.core.document import Document
from repair.core.edits import Change, Edit, apply_changes
from repair.detectors.literalisms import (
    REQUIRED_KEYS,
    LiteralismDataError,
    _alternation,
    agree_article,
    compile_entry,
    expand_macros,
    find_literalisms,
    literalisms,
    raw_data,
    required_words,
)
from repair.pipeline import Pipeline, resolve

ENTRIES = raw_data()["entry"]


def _cases(key: str, action: str | None = None) -> list:
    """The entries' ``key`` cases, of the entries whose action is ``action`` if given."""
    return [
        pytest.param(entry, case, id=f"{entry['id']}:{index}")
        for entry in ENTRIES
        if action in (None, entry["action"])
        for index, case in enumerate(entry.get(key, []))
    ]


def repaired(text: str) -> tuple[str, list]:
    """Text after applying every literalism fix, as the pipeline resolves collisions."""
    findings = find_literalisms(Document(text))
    edits = [Edit.from_finding(f, f.suggestion) for f in findings]
    changes = [Change.from_edit(e, text) for e in resolve(edits)]
    return apply_changes(text, changes), findings


def test_data_file_is_well_formed():
    ids = [entry.get("id") for entry in ENTRIES]
    assert len(ids) == len(set(ids)), "ids are unique"
    for entry in ENTRIES:
        assert all(key in entry for key in REQUIRED_KEYS), entry.get("id")
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entry["id"])
        assert entry["action"] in ("fix", "flag")
        assert entry["examples"] and entry["negatives"], entry["id"]
        wanted = "fixed" if entry["action"] == "fix" else "flagged"
        assert all(set(case) == {"text", wanted} for case in entry["examples"]), entry["id"]
        assert entry["explanation"].strip()
    assert len(literalisms()) == len(ENTRIES)


def test_enough_entries_beyond_the_issue_list():
    assert len(ENTRIES) >= 46


@pytest.mark.parametrize(("entry", "case"), _cases("examples"))
def test_positive_example(entry, case):
    text, findings = repaired(case["text"])
    own = [f for f in findings if f.rule == f"literalism.{entry['id']}"]
    assert own, f"{entry['id']} does not fire on its example"
    if entry["action"] == "fix":
        assert text == case["fixed"]
    else:
        assert text == case["text"]
        assert case["flagged"] in [case["text"][f.start : f.end] for f in own]
        assert all(f.action == "flag" for f in own)


@pytest.mark.parametrize(("entry", "case"), _cases("negatives"))
def test_negative_example_is_untouched(entry, case):
    text, findings = repaired(case)
    assert text == case
    assert [(f.rule, case[f.start : f.end]) for f in findings] == []


def test_case_of_first_letter_follows_the_original():
    text, _ = repaired("Shortly earlier, the power in place fell.")
    assert text == "Shortly before, the government fell."


def test_article_agrees_with_the_moved_age():
    assert agree_article("a 80-year-old man") == "an 80-year-old man"
    assert agree_article("An 58-year-old man") == "A 58-year-old man"
    assert agree_article("a 11-year-old pupil") == "an 11-year-old pupil"


def test_bad_entry_is_one_clear_error():
    with pytest.raises(LiteralismDataError, match="missing"):
        compile_entry({"id": "x", "action": "fix"}, {})
    bad = {key: "x" for key in REQUIRED_KEYS} | {"action": "fix", "replacement": "{nope}"}
    with pytest.raises(LiteralismDataError, match="unknown groups"):
        compile_entry(bad, {})
    with pytest.raises(LiteralismDataError, match="unknown macro"):
        compile_entry(bad | {"pattern": "{NOPE}"}, {})


def test_detector_runs_in_the_pipeline_and_only_for_french_sources():
    text = "Shortly earlier, Moscow announced the arrival of troops."
    result = Pipeline(RepairConfig(detectors=("literalisms",))).repair(text)
    assert result.text.startswith("Shortly before,")
    assert [c.kind for c in result.changes] == ["literalism"]
    german = Pipeline(RepairConfig(detectors=("literalisms",), source_lang="de"))
    assert german.repair(text).changes == ()


def test_every_seed_item_of_literalism_and_garble_is_met(seed_gold, seed_text):
    """Required and optional: the seed's calques are fixed, its garbled fragments flagged."""
    from tests.gold import score

    pipeline = Pipeline(RepairConfig(detectors=("literalisms", "garble")))
    result = pipeline.repair(seed_text)
    items, broken = score(seed_gold, seed_text, result.text, result.changes)
    unmet = [
        f"{item.id}: {item.detail}"
        for item in items
        if item.kind in ("literalism", "garble") and not item.met
    ]
    assert unmet == []
    assert broken == []


@pytest.mark.parametrize("unit", ["document", "line"])
def test_english_news_gets_no_edit_and_few_flags(english_news, unit):
    """Clean English news: no text edit, at most one flag per 200 sentences."""
    pipeline = Pipeline(RepairConfig(detectors=("literalisms", "garble")))
    texts = [english_news] if unit == "document" else english_news.splitlines(keepends=True)
    results = pipeline.repair_many(texts)
    assert [c.original for r in results for c in r.text_changes] == []
    assert all(r.text == r.input for r in results)
    flags = sum(len(r.flags) for r in results)
    assert flags <= len(Document(english_news).sentences) / 200


def test_meaning_dependent_fix_alone_in_a_text_is_only_flagged():
    """A 0.7-confidence entry needs other damage to corroborate it (see pipeline.py)."""
    text = "Opposition leaders say the Syrian diet is weakening."
    result = Pipeline(RepairConfig(detectors=("literalisms",))).repair(text)
    assert result.text == text
    assert [(c.rule, c.action) for c in result.changes] == [("literalism.regime-diet", "flag")]


def test_long_text_is_searched_in_chunks_with_the_same_findings():
    filler = "The weather was mild and the markets were calm on Tuesday.\n" * 600
    tail = "Shortly earlier, Kazakh opponent Ali said the power in place fell.\n"
    long_text = filler + tail + filler
    short = [(f.rule, f.suggestion) for f in find_literalisms(Document(tail))]
    found = find_literalisms(Document(long_text))
    assert [(f.rule, f.suggestion) for f in found] == short
    assert all(long_text[f.start : f.end] in tail for f in found)


def _expanded_source(entry: dict) -> str:
    """The entry's pattern with its macros written out, escapes undone, in lower case."""
    data = raw_data()
    macros = {name: _alternation(value, name) for name, value in data["macros"].items()}
    source = expand_macros(entry["pattern"], macros, entry["id"])
    return re.sub(r"\\([^0-9A-Za-z])", r"\1", source).lower()


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_required_words_are_declared_and_come_from_the_pattern(entry):
    assert "requires" in entry, f"{entry['id']}: declare the words every match contains"
    source = _expanded_source(entry)
    for group in required_words(entry["requires"], entry["id"]):
        assert all(word in source for word in group), (entry["id"], sorted(group))


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_every_match_of_an_example_holds_the_required_words(entry):
    compiled = next(item for item in literalisms() if item.id == entry["id"])
    matched = [
        match.group().lower()
        for case in entry["examples"]
        for match in compiled.pattern.finditer(case["text"])
    ]
    assert matched, f"{entry['id']}: no example matches the pattern"
    for group in compiled.required:
        for text in matched:
            assert any(word in text for word in group), (entry["id"], text, sorted(group))


def test_required_words_cover_every_alternative_of_the_pattern():
    """Each declared set is implied by what the pattern's parse tree requires: every string
    a must-match element holds contains a declared word, so the prefilter never skips a
    passage the pattern would match. The tree comes from CPython's private ``re._parser``,
    which the detector itself does not use; the test is skipped if that module changes."""
    parser = pytest.importorskip("re._parser")
    constants = pytest.importorskip("re._constants")
    if not hasattr(constants, "SUBPATTERN"):
        pytest.skip("re._constants changed")

    def alternatives(items: list) -> list[set[str]]:
        """For each element of a parsed sequence that must match, the strings one of which it
        holds."""
        run: list[str] = []
        found: list[set[str]] = []
        for op, argument in items:
            if op is constants.LITERAL:
                run.append(chr(argument).lower())
                continue
            if run:
                found.append({"".join(run)})
                run = []
            if op is constants.SUBPATTERN:
                found.extend(alternatives(list(argument[-1])))
            elif op is constants.BRANCH:
                branches = [alternatives(list(branch)) for branch in argument[1]]
                if all(branches):
                    # One string per branch: each branch's longest-shortest set.
                    best = [max(sets, key=lambda s: min(map(len, s))) for sets in branches]
                    found.append(set().union(*best))
            elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and argument[0] >= 1:
                found.extend(alternatives(list(argument[2])))
        if run:
            found.append({"".join(run)})
        return found

    for entry in literalisms():
        tree = parser.parse(entry.pattern.pattern, entry.pattern.flags)
        derived = alternatives(list(tree))
        for group in entry.required:
            assert any(
                all(any(word in string for word in group) for string in strings)
                for strings in derived
            ), (entry.id, sorted(group))


@pytest.mark.parametrize(
    "text",
    [
        "Troops came to support the power in place.\n",
        "Troops came to support the power\nin place, the minister said.\n",  # hard-wrapped
        "Troops came to support\r\nthe power in place.\r\n",
    ],
    ids=["one-line", "wrapped", "crlf"],
)
def test_a_calque_is_found_within_its_sentence_across_line_breaks(text):
    found = [f.rule for f in find_literalisms(Document(text))]
    assert found == ["literalism.power-in-place"]


CASES = Path(__file__).resolve().parent / "cases"


def test_another_article_gets_the_same_repairs():
    """A second article (written for this test, not from the seed): the same kinds of damage
    in another story are repaired by the same general rules."""
    article = (CASES / "literalisms-article.txt").read_text(encoding="utf-8")
    repaired = (CASES / "literalisms-article.repaired.txt").read_text(encoding="utf-8")
    result = Pipeline(RepairConfig(detectors=("literalisms", "garble"))).repair(article)
    assert result.text == repaired
    flagged = sorted({c.rule for c in result.flags})
    assert flagged == ["garble.lowercase-after-stop", "garble.pronoun-gender"]


@pytest.mark.parametrize(("entry", "case"), _cases("examples", action="fix"))
def test_repaired_example_is_left_alone(entry, case):
    """Idempotence: a second run finds nothing more to rewrite in a repaired example (flags
    rewrite nothing, so only fixing entries are replayed)."""
    text, _ = repaired(case["fixed"])
    assert text == case["fixed"]
