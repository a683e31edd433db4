"""Places and people: every data example, the seed's entity items, clean English news."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from repair.config import RepairConfig
from repair.core.document import Document
from repair.core.edits import Change, Edit, apply_changes
from repair.detectors.names.people import PeopleDetector
from repair.detectors.names.places import PlacesDetector
from repair.detectors.names.transliteration import Rule, english_variants, rules
from repair.pipeline import resolve
from repair.rules import FIXES


def data(name: str) -> dict:
    return tomllib.loads(resources.files("repair.data").joinpath(name).read_text("utf-8"))


PLACES = data("places.toml")
OVERRIDES = data("place_overrides.toml")
NAMES = data("name_transliteration.toml")


@pytest.fixture(scope="module")
def places() -> PlacesDetector:
    return PlacesDetector(RepairConfig())


@pytest.fixture(scope="module")
def people() -> PeopleDetector:
    return PeopleDetector(RepairConfig())


def repaired(detector, text: str) -> str:
    """Apply the detector's suggestions the way the pipeline does (no corroboration gate)."""
    findings = list(detector.detect(Document(text)))
    edits = resolve(Edit.from_finding(f, f.suggestion) for f in findings)
    return apply_changes(text, [Change.from_edit(e, text) for e in edits])


# -- data examples --------------------------------------------------------------------


@pytest.mark.parametrize(
    "example", PLACES["examples"] + OVERRIDES["examples"], ids=lambda e: e["text"][:50]
)
def test_place_examples(places, example):
    assert repaired(places, example["text"]) == example["fixed"]


@pytest.mark.parametrize(
    "example", PLACES["negative"] + OVERRIDES["negative"], ids=lambda e: e["text"][:50]
)
def test_place_negatives(places, example):
    assert list(places.detect(Document(example["text"]))) == []


@pytest.mark.parametrize("example", NAMES["examples"], ids=lambda e: e["text"][:50])
def test_name_examples(people, example):
    assert repaired(people, example["text"]) == example["fixed"]


@pytest.mark.parametrize("example", NAMES["negative"], ids=lambda e: e["text"][:50])
def test_name_negatives(people, example):
    assert list(people.detect(Document(example["text"]))) == []


RULE_EXAMPLES = [
    (index, french, english)
    for index, entry in enumerate(NAMES["rule"])
    for french, english in entry["examples"]
]


@pytest.mark.parametrize(("index", "french", "english"), RULE_EXAMPLES)
def test_transliteration_rule_examples_need_their_rule(index, french, english):
    """Each pair is reachable with all rules, and not without the rule it illustrates."""
    words = list(zip(french.split(), english.split(), strict=True))
    every = rules()
    without = every[:index] + every[index + 1 :]
    assert all(e == f or e in english_variants(f, every) for f, e in words)
    assert not all(e == f or e in english_variants(f, without) for f, e in words)


def test_transliteration_keeps_case_per_part_and_never_returns_the_word():
    variants = english_variants("Kassym-Jomart")
    assert "Kassym-Zhomart" in variants
    assert "Kassym-Jomart" not in variants
    assert english_variants("MOUKHTAR") == {"MUKHTAR"}
    assert english_variants("Smith") == set()


def test_accent_rules_never_act_alone():
    assert "Stephane" not in english_variants("Stéphane")
    assert "Uzbekistan" in english_variants("Ouzbékistan")


def test_rule_positions():
    assert Rule("i", "y", "end").applies("khodorkovski", 11)
    assert not Rule("i", "y", "end").applies("kiev", 1)
    assert Rule("j", "zh", "start").applies("kassym-jomart", 7)
    assert not Rule("ss", "s", "between-vowels").applies("ssa", 0)


# -- behaviour ---------------------------------------------------------------------------


def test_capitals_are_kept(places):
    assert repaired(places, "PROTESTS IN MOSCOU") == "PROTESTS IN MOSCOW"


def test_repeated_place_is_a_replayable_rule(places):
    text = "the major cities of Aktobe and Aktobe. ;Aktau."
    (finding,) = places.detect(Document(text))
    original = text[finding.start : finding.end]
    assert finding.kind == "entity" and finding.rule == "entity.repeated-place"
    assert original == "Aktobe. ;"
    assert FIXES.get(finding.rule)(original) == finding.suggestion == ""


def test_repeated_variant_is_dropped_and_the_first_one_fixed(places):
    text = "Protests spread to Chymkent and Chymkent. ;Turkestan on Friday."
    assert repaired(places, text) == "Protests spread to Shymkent and Turkestan on Friday."


@pytest.mark.parametrize(
    "text",
    [
        "between Aktobe and Aktobe, Aktau and Almaty",  # a plain list comma
        "flights to Aktobe and Aktobe. Aktau stayed shut.",  # a sentence ends
        "Aktobe and Aktobe-2 stations; Aktau",  # not the same name
    ],
)
def test_repeated_place_needs_stray_marks(places, text):
    assert [f.rule for f in places.detect(Document(text))] == []


def test_people_direction_comes_from_the_rules_not_counts(people):
    text = "Mukhtar Abliazov spoke. Moukhtar Abliazov and Moukhtar Abliazov left."
    fixed = repaired(people, text)
    assert fixed == "Mukhtar Abliazov spoke. Mukhtar Abliazov and Mukhtar Abliazov left."


def test_untranslated_sentence_is_left_to_the_foreign_detector(people):
    text = "Mukhtar Abliazov a parlé. Le leader Moukhtar Abliazov a dit que le régime va tomber."
    assert list(people.detect(Document(text))) == []


def test_run_options_override_the_data_file():
    text = "Troops were sent to Taldykurghan overnight."
    strict = PlacesDetector(RepairConfig(options={"places": {"fuzzy": {"min_score": 100}}}))
    assert list(strict.detect(Document(text))) == []
    assert strict.rules["fuzzy"]["min_length"] == PLACES["fuzzy"]["min_length"]
    with pytest.raises(ValueError, match="unknown option 'fuzzzy'"):
        PlacesDetector(RepairConfig(options={"places": {"fuzzzy": {}}}))


def test_people_are_unified_within_one_document_only(default_pipeline):
    # (Abliazov: no spelling English news vouches for alone, so only the document can.)
    apart = ["Kazakh opponent Marat Abliazov spoke.", "Marat Ablyazov left for Paris."]
    results = default_pipeline.repair_many(apart)
    assert [c.rule for r in results for c in r.changes if c.kind == "entity"] == []
    together = default_pipeline.repair_many([" ".join(apart)])
    assert [c.rule for r in together for c in r.changes if c.kind == "entity"] == [
        "entity.name-variant"
    ]


def test_detectors_run_only_for_english_targets():
    assert not PlacesDetector.applies_to(RepairConfig(target_lang="fr"))
    assert PeopleDetector.applies_to(RepairConfig(target_lang="en"))


# -- the seed and clean English news ---------------------------------------------------------


def test_seed_entity_items_are_met(seed_text, seed_gold, default_pipeline):
    from tests.gold import score

    result = default_pipeline.repair(seed_text)
    items, broken = score(seed_gold, seed_text, result.text, result.changes)
    entity = {item.id: item for item in items if item.kind == "entity"}
    assert {i: entity[i].met for i in ("city-duplicate", "name-variant", "city-variant")} == {
        "city-duplicate": True,
        "name-variant": True,
        "city-variant": True,
    }
    assert broken == []


ANOTHER_ARTICLE = """Unrest in Uzbekistan: police fire on protesters

Protests erupted in Tachkent on Monday and spread to the cities of Samarkand and \
Samarkand. ;Boukhara, witnesses said.

Opposition leader Djoumabek Sadykov, who lives in exile in Moscou, called for calm.

The protests are the largest since independence, said Jumabek Sadykov, who fled in 2005."""


def test_the_same_damage_is_fixed_in_another_article(default_pipeline):
    result = default_pipeline.repair(ANOTHER_ARTICLE)
    assert "in Tashkent on Monday" in result.text
    assert "the cities of Samarkand and Bukhara, witnesses" in result.text
    assert "Opposition leader Jumabek Sadykov, who lives in exile in Moscow," in result.text
    assert "said Jumabek Sadykov, who fled" in result.text
    assert {c.rule for c in result.changes if c.kind == "entity"} == {
        "entity.place-transliteration",
        "entity.repeated-place",
        "entity.name-variant",
        "entity.place-exonym",
    }


def test_name_detectors_leave_protected_seed_strings_alone(seed_text, seed_gold, places, people):
    doc = Document(seed_text)
    findings = list(places.detect(doc)) + list(people.detect(doc))
    assert findings, "the seed has entity damage"
    for protected in seed_gold["must_not_change"]:
        start = seed_text.find(protected)
        assert start >= 0
        end = start + len(protected)
        assert [f.rule for f in findings if f.start < end and start < f.end] == [], protected


def test_english_news_gets_no_finding_as_one_document(english_news, places, people):
    doc = Document(english_news)
    found = [(f.rule, doc.text[f.start : f.end]) for d in (places, people) for f in d.detect(doc)]
    assert found == []


def test_english_news_gets_no_finding_line_by_line(english_news, places, people):
    found = []
    for line in english_news.splitlines():
        doc = Document(line)
        found += [(f.rule, line[f.start : f.end]) for d in (places, people) for f in d.detect(doc)]
    assert found == []


@pytest.mark.parametrize("word", ["Moukhtar", "Kassym-Jomart", "Ouzbékistan", "MOUKHTAR", "Smith"])
def test_memoised_variants_are_those_of_the_rules(word):
    assert english_variants(word) == english_variants(word, tuple(rules()))
    assert english_variants(word) == english_variants(word)  # a second, memoised call
