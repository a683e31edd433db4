from __future__ import annotations

import pytest

from repair.config import RepairConfig
from repair.core.document import Document, Span
from repair.core.edits import Edit, revert_changes
from repair.detectors import DETECTORS
from repair.pipeline import (
    Pipeline,
    corroborate,
    only_spacing,
    replaced_ranges,
    resolve,
    shifted,
)


def edit(start, end, replacement, kind="typography", action="fix", rule="r", confidence=0.9):
    return Edit(start, end, replacement, action, kind, rule, confidence, "m")


def test_removal_beats_what_it_contains():
    kept = resolve(
        [edit(5, 8, "x", kind="encoding"), edit(0, 20, "", kind="boilerplate", action="remove")]
    )
    assert [(e.start, e.end) for e in kept] == [(0, 20)]


def test_kind_priority_then_length_then_position():
    kept = resolve([edit(0, 10, "t", kind="typography"), edit(5, 7, "e", kind="entity")])
    assert [e.kind for e in kept] == ["entity"]
    kept = resolve([edit(0, 4, "a", rule="a"), edit(2, 9, "b", rule="b")])
    assert [e.rule for e in kept] == ["b"]


def test_resolution_is_order_independent():
    edits = [
        edit(0, 4, "a", rule="a"),
        edit(2, 6, "b", rule="b"),
        edit(6, 8, "c", rule="c"),
        edit(3, 3, "i", rule="i"),
        edit(3, 3, "j", rule="j"),
    ]
    assert resolve(edits) == resolve(list(reversed(edits)))


def test_flags_survive_unless_removed():
    kept = resolve(
        [
            edit(2, 4, None, action="flag"),
            edit(10, 12, None, action="flag"),
            edit(8, 20, "", kind="boilerplate", action="remove"),
        ]
    )
    assert [(e.start, e.replacement) for e in kept] == [(2, None), (8, "")]


def test_low_confidence_fix_needs_corroboration():
    lone = [edit(0, 2, ".", confidence=0.7, rule="slip")]
    assert corroborate(lone)[0].replacement is None
    backed = lone + [edit(5, 6, "", rule="a"), edit(7, 8, "", rule="b")]
    assert corroborate(backed)[0].replacement == "."


def test_lone_spacing_slip_is_dropped_unless_cosmetic_flags_asked():
    text = "He left ."
    lone = [edit(7, 9, ".", confidence=0.7, rule="slip")]
    assert corroborate(lone, text=text, cosmetic_flags=False) == []
    assert corroborate(lone, text=text)[0].action == "flag"
    # A low-confidence fix that changes a word is still a flag: only spacing is cosmetic.
    word = [edit(3, 7, "left", confidence=0.7, rule="slip")]
    assert corroborate(word, text="He lfet .", cosmetic_flags=False)[0].action == "flag"


@pytest.mark.parametrize(
    ("original", "replacement", "expected"),
    [
        (" .", ".", True),
        ("?", "\u00a0?", True),
        ("x ,", "x,", True),
        ("teh", "the", False),
        ("councilhe", "council he", False),
        ("to day", "today", False),
    ],
)
def test_only_spacing(original, replacement, expected):
    assert only_spacing(original, replacement) is expected


def test_clean_text_slips_unreported_by_default_and_flagged_on_request():
    text = "The minister left on Monday , as planned.\n"
    quiet = Pipeline().repair(text)
    assert quiet.text == text and not quiet.changes
    loud = Pipeline(RepairConfig(cosmetic_flags=True)).repair(text)
    assert loud.text == text
    assert [c.rule for c in loud.changes] == ["typography.space-before-punct"]


def test_later_stage_sees_normalised_text_and_offsets_map_back():
    text = "Spread the love\ncafÃ© and the the cafÃ© .\n"
    result = Pipeline().repair(text)
    assert "café" in result.text and "Ã" not in result.text
    assert revert_changes(result.text, result.changes) == text
    for change in result.changes:
        assert text[change.start : change.end] == change.original


def test_removal_swallows_earlier_stage_changes():
    text = "Title of the story here\n\nShare\u200b this\n\nBody text.\n"
    result = Pipeline().repair(text)
    assert result.text == "Title of the story here\n\nBody text.\n"
    assert [c.rule for c in result.text_changes] == ["boilerplate.line"]
    assert revert_changes(result.text, result.changes) == text


def test_detectors_can_be_chosen_and_disabled(seed_text):
    only = Pipeline(RepairConfig(detectors=("boilerplate",))).repair(seed_text)
    assert {c.rule for c in only.changes} <= {"boilerplate.line", "duplicate.title"}
    without = Pipeline(RepairConfig(disabled=("boilerplate",))).repair(seed_text)
    assert not {c.rule for c in without.changes} & {"boilerplate.line", "duplicate.title"}


def test_batch_equals_one_by_one(seed_text):
    texts = [seed_text, "It rained .", "", "Plain text."]
    pipeline = Pipeline()
    assert pipeline.repair_many(texts) == [pipeline.repair(t) for t in texts]


def test_replaced_ranges_are_offsets_in_the_new_text():
    edits = [edit(0, 3, "x"), edit(5, 6, "yyy"), edit(8, 9, None, action="flag")]
    assert replaced_ranges(edits) == [Span(0, 1), Span(3, 6)]
    text = "abcd e gh"
    new = "x" + text[3:5] + "yyy" + text[6:]
    assert [new[s.start : s.end] for s in replaced_ranges(edits)] == ["x", "yyy"]


def test_rerun_round_reports_only_in_its_focus():
    text = "It rained .\nNothing here\nIt snowed .\n"
    detector = DETECTORS.get("typography")(RepairConfig())
    [everywhere] = detector.detect_batch([Document(text)])
    assert {f.start < 12 for f in everywhere} == {True, False}
    [focused] = detector.detect_batch([Document(text, focus=(Span(0, 11),))])
    assert focused == [f for f in everywhere if f.start < 12]


def test_target_auto_repairs_each_article_in_its_own_language():
    """``--target-lang auto``: langdetect names each article's language, the report says it,
    and the article is repaired as if that target had been given."""
    from repair.config import RepairConfig
    from repair.pipeline import Pipeline

    french = (
        "Le gouvernement a annoncé hier de nouvelles mesures pour soutenir l'économie du pays.\n"
        "Les élections municipales auront lieu au mois de mars, selon le ministre.\n"
    )
    english = "Spread the love\n\nThe government announced new measures to support the economy.\n"
    auto = Pipeline(RepairConfig(target_lang="auto", mt=False)).repair_many([french, english])
    assert [r.target_lang for r in auto] == ["fr", "en"]
    assert auto[0].report()["target_lang"] == "fr"
    for result, language, text in zip(auto, ["fr", "en"], [french, english], strict=True):
        given = Pipeline(RepairConfig(target_lang=language, mt=False)).repair(text)
        assert (result.text, result.changes) == (given.text, given.changes)
        assert "target_lang" not in given.report()
    assert auto[1].text.startswith("The government")


def test_spans_shift_with_the_edits_before_them():
    edits = [edit(0, 2, "xyz"), edit(5, 8, "")]  # +1 at 0-2, -3 at 5-8
    # before both, inside the first (to its new end), between, inside the second, after
    spans = [Span(0, 0), Span(1, 4), Span(3, 4), Span(6, 7), Span(9, 10)]
    assert shifted(spans, edits) == [Span(0, 0), Span(3, 5), Span(4, 5), Span(6, 6), Span(7, 8)]


def test_earlier_stage_runs_again_where_a_later_stage_changed_text():
    """The language stage makes a no-break space a plain one, which changes how the line's
    mojibake decodes; the normalising stage looks there again, so a second run of the tool
    has nothing left to do (found by the unseeded property test)."""
    pipeline = Pipeline(RepairConfig(mt=False))
    text = "\x1f\ufffd\ufffdA\xa0AÂâ€™"
    first = pipeline.repair(text)
    assert first.text == "\ufffd\ufffdA A’"
    assert revert_changes(first.text, first.changes) == text
    assert pipeline.repair(first.text).changes == ()


@pytest.mark.parametrize(
    "config", [RepairConfig(detectors=("typography", "nope")), RepairConfig(disabled=("nope",))]
)
def test_an_unknown_detector_name_is_refused_up_front(config):
    """A typo in ``detectors`` or ``disabled`` is a clear error, not a ``KeyError`` later
    nor a detector silently left on."""
    with pytest.raises(ValueError, match="unknown detector 'nope'; expected one of: "):
        Pipeline(config)


def test_a_batch_makes_no_reference_cycle_and_leaves_the_collector_as_it_was(seed_text):
    """The pipeline pauses the cyclic garbage collector for a batch (its passes cost a
    twentieth of the time): that holds no memory back only while a batch makes no cycle,
    on clean news, on mojibake and on the seed's damage alike."""
    import gc

    from tests.conftest import fixture_text

    news = fixture_text("english-news-wmt19.en").splitlines(keepends=True)[:100]
    damaged = [line.replace("'", "’").encode().decode("cp1252", errors="replace") for line in news]
    texts = ["".join(news[i : i + 20]) for i in range(0, len(news), 20)]
    texts += ["".join(damaged[:20]), seed_text]
    pipeline = Pipeline(RepairConfig(mt=False))
    pipeline.repair_many(texts)  # tables, patterns and models loaded (they are kept)
    gc.collect()
    gc.disable()
    try:
        results = pipeline.repair_many(texts)
        assert not gc.isenabled()  # a caller's choice is left alone
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert any(result.changes for result in results)
    pipeline.repair_many(texts[:1])
    assert gc.isenabled()
