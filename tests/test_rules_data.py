"""Every example in the rule data files is a test: positives are fixed, negatives untouched."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from repair.config import RepairConfig
from repair.detectors.boilerplate import (
    _label_lines,
    _label_prefixes,
    _label_starts,
    _line_regex,
    boilerplate_lines,
    is_boilerplate,
)
from repair.pipeline import Pipeline


def data(name: str) -> dict:
    return tomllib.loads(resources.files("repair.data").joinpath(name).read_text())


def fix_with(detector: str | tuple[str, ...], text: str) -> str:
    """Repair with these detectors only."""
    detectors = (detector,) if isinstance(detector, str) else detector
    return Pipeline(RepairConfig(detectors=detectors)).repair(text).text


ENTITY_DETECTORS = ("entities", "named-entities")


@pytest.mark.parametrize("example", data("entities.toml")["examples"], ids=lambda e: e["text"])
def test_entity_examples(example):
    assert fix_with(ENTITY_DETECTORS, example["text"]) == example["fixed"]


@pytest.mark.parametrize("example", data("entities.toml")["negative"], ids=lambda e: e["text"])
def test_entity_negatives(example):
    assert fix_with(ENTITY_DETECTORS, example["text"]) == example["text"]


def _typography_edits(text: str, target: str = "en"):
    pipeline = Pipeline(RepairConfig(detectors=("typography",), target_lang=target))
    doc = pipeline._document(text)
    findings = [list(d.detect(doc)) for d in pipeline.detectors["language"]]
    return [f for group in findings for f in group]


def _typography_cases(key: str) -> list:
    """English examples, then each ``[languages.*]`` table's, as (target, example)."""
    tables = data("typography.toml")
    cases = [pytest.param("en", e, id=e["text"]) for e in tables[key]]
    for target, table in tables["languages"].items():
        cases += [pytest.param(target, e, id=f"{target}: {e['text']}") for e in table[key]]
    return cases


@pytest.mark.parametrize(("target", "example"), _typography_cases("examples"))
def test_typography_examples_when_corroborated(target, example):
    from repair.core.edits import Change, Edit, apply_changes
    from repair.rules import FIXES

    text = example["text"]
    edits = [
        Edit.from_finding(f, FIXES.get(f.rule)(text[f.start : f.end]))
        for f in _typography_edits(text, target)
    ]
    changes = [Change.from_edit(e, text) for e in edits]
    assert apply_changes(text, changes) == example["fixed"]


@pytest.mark.parametrize(("target", "example"), _typography_cases("negative"))
def test_typography_negatives(target, example):
    assert _typography_edits(example["text"], target) == []


LONE_SLIPS = {
    "fr": "Il pleut depuis le matin , et le vent souffle fort .",
    "de": "Es regnet seit dem Morgen , und der Wind weht stark .",
    "es": "Llueve desde la mañana , y el viento sopla fuerte .",
}


@pytest.mark.parametrize("target", sorted(LONE_SLIPS))
def test_lone_typography_slip_is_only_flagged_in_every_target(target):
    """Each slip is a sentence of the target language (typography checks only those); a
    spacing slip nothing corroborates is unreported unless cosmetic flags are asked for."""
    text = LONE_SLIPS[target]
    config = RepairConfig(detectors=("typography",), target_lang=target)
    result = Pipeline(config.with_(cosmetic_flags=True)).repair(text)
    assert result.text == text and len(result.flags) == 2
    assert not Pipeline(config).repair(text).changes


def test_lone_typography_slip_is_only_flagged():
    config = RepairConfig(detectors=("typography",), cosmetic_flags=True)
    result = Pipeline(config).repair("It rained .")
    assert result.text == "It rained ." and len(result.flags) == 1


@pytest.mark.parametrize("line", data("boilerplate.toml")["examples"]["lines"])
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", data("boilerplate.toml")["examples"]["negative"])
def test_boilerplate_negatives(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "example",
    data("boilerplate.toml")["structure_examples"],
    ids=lambda e: e["text"].splitlines()[2][:40],
)
def test_boilerplate_structure(example):
    """Orphaned titles, section lists, menus and share blocks go; prose lines stay."""
    assert fix_with("boilerplate", example["text"]) == example["fixed"]


def test_a_sentence_case_run_is_a_list_only_where_menus_are_in_title_case():
    """French menus are in sentence case (``Cafetières``, ``Idées cadeaux``): inside a French
    article such a run is a menu and goes; the same shape in English stays (the data's
    example above)."""
    prose = (
        "La bouilloire chauffe un litre d'eau en moins de quatre minutes et le garde à la "
        "température choisie pendant une heure, la plus simple de toutes celles testées."
    )
    menu = "Bouilloires\nCafetières à piston\nMoulins\nBalances\nTasses\nIdées cadeaux\n"
    menu += "Bonnes affaires\nThé\nGuides de préparation\n"
    text = f"{prose}\n{menu}{prose}\n"
    config = RepairConfig(detectors=("boilerplate",), target_lang="fr", mt=False)
    assert Pipeline(config).repair(text).text == f"{prose}\n{prose}\n"
    english = RepairConfig(detectors=("boilerplate",), target_lang="en", mt=False)
    assert Pipeline(english).repair(text).text == text


_LINE_PARTS = [
    "Spread the love", "Previous Article", "Share", "tags: a, b", "Next »", "x", "### Share this:",
    "* [Click to share on X (Opens in new window)](https://e.x/?s=1)", "News (12)", "Home",
    "The minister said (AP)", "With 3 comments", "12 comments", "- Advertisement -", "ſhare",
    "93Click to share on Facebook (Opens in new window)93", "**[Like](#)**", "İstanbul", "2 ",
    "Σ", "More", "Byline", "1. Read more", "> Follow us",
]  # fmt: skip


# No deadline: the first example pays for compiling the label regex (hundreds of labels).
@settings(deadline=None)
@given(st.lists(st.sampled_from(_LINE_PARTS + [" ", "\t", "\n", "\r\n", "\r", "text"])))
def test_label_lines_are_those_a_multiline_regex_finds(parts):
    """The line-start loop is a faster multi-line ``^``: same matches, same offsets."""
    text = "".join(parts)
    reference = re.compile("^" + boilerplate_lines().pattern, re.IGNORECASE | re.MULTILINE)
    assert [m.span("label") for m in _label_lines(text)] == [
        m.span("label") for m in reference.finditer(text)
    ]


@pytest.mark.parametrize("line", data("boilerplate.toml")["examples"]["lines"])
def test_label_prefilter_lets_every_label_through(line):
    """The prefilter (run on lowered text) never turns a label line away, whatever its case;
    an open-ended label (tried on every line that ends with a bracket) needs no prefilter, but
    the detector still finds its line."""
    at_start, after_break = _label_starts()
    assert [m.group("label").strip() for m in _label_lines(f"Text.\n{line}\n")] == [line.strip()]
    for variant in (line, line.upper(), line.lower(), line.title()):
        lowered = variant.lower()
        if len(lowered) == len(variant) and _line_regex(open_ended=False).match(variant):
            assert at_start.match(lowered)
            assert after_break.match("\n" + lowered)


def test_label_prefilter_turns_prose_away():
    """News lines seldom start like a label: most never reach the label regex."""
    at_start, _ = _label_starts()
    prose = [
        "The minister left on Monday.", "In a statement, the company said it would appeal.",
        "Thousands of people marched through the capital.", "Il a plu toute la journée.",
        "Die Regierung hat am Montag beschlossen.", "El gobierno anunció nuevas medidas.",
    ]  # fmt: skip
    assert not [line for line in prose if at_start.match(line.lower())]


def test_label_prefixes_of_patterns():
    assert _label_prefixes("share( this)?") == {"share", "share this"}
    assert _label_prefixes("(click to )?(tweet|pin)") == {
        "click to twe",
        "click to pin",
        "tweet",
        "pin",
    }
    assert _label_prefixes("[^\r\n]{0,80} x") is None
    assert _label_prefixes("tags?:[^\r\n]{0,200}") == {"tag:", "tags:"}


def test_french_target_keeps_its_spaces():
    text = "Il a dit : nous gagnerons !"
    result = Pipeline(RepairConfig(target_lang="fr", detectors=("typography",))).repair(text)
    assert result.changes == ()
