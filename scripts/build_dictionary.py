"""Build the source→English dictionaries the stray-word fixer asks as a witness (issue 22).

The word lexicons (scripts/build_lexicon.py) know the words of ../shared/data/train; the
words real MT leaves are rarer (``foudre``, ``mineront``, ``promulgaron``), and for most of
them no witness proposed the reference's word. A dictionary lists a word's translations
without saying which fits a sentence, so it is one witness among others: the fixer writes its
English only where the model or the lexicon proposes the same word (repair/fixers/words.py).
Every language goes through the same path: a reader gives (word, part of speech, English)
rows, and one filter and one writer make ``repair/data/lexicon/{lang}-en.{source}.tsv.gz``.

Sources (the file's own header credits the ones it was built from):

* ``*.csv``, source ``wiktionary``: the French Wiktionary's translation tables (dump of
  2014-06-12) as extracted by Quentin Pradet's wiktionary-translations
  (https://github.com/pquentin/wiktionary-translations, extraction code MIT), file
  ``frwiktionary-20140612-euradicfmt.csv`` (``word;POS;TR-FR-EN;english;POS;``, POS S noun,
  V verb, J adjective, D adverb). Wiktionary's text is CC BY-SA 3.0 (and GFDL).
* ``*.tab``, source ``omw``: wordnets of the Open Multilingual Wordnet
  (https://github.com/omwn/omw-data, ``wns/mcr/wn-data-spa.tab``: the Multilingual Central
  Repository 3.0's Spanish, CC BY 3.0; ``wns/wikt/wn-wikt-{spa,deu}.tab``: lemmas from
  Wiktionary, CC BY-SA 3.0; the shipped files come from its commit 291d2c2 of 2020-11-06 for
  ``wn-data-spa.tab``, f75be19 of 2026-01-31 for the others; at f75be19 too,
  ``wns/mcr/wn-data-cat.tab``: Catalan, MCR 3.0, CC BY 3.0; ``wns/ita/wn-data-ita.tab``:
  MultiWordNet's Italian, CC BY 3.0; ``wns/por/wn-data-por.tab``: OpenWN-PT, CC BY-SA 3.0;
  ``wns/wikt/wn-wikt-{cat,ita,por}.tab``, CC BY-SA 3.0), rows
  ``synset<TAB>[lang:]lemma<TAB>word`` on Princeton WordNet 3.0's synsets. A word's English is
  the English lemmas of its synsets, read from WordNet 3.0 itself (``--wordnet``, the Debian
  package ``wordnet-base``: /usr/share/wordnet; its licence is
  repair/data/lexicon/WORDNET-LICENSE.txt), the lemmas shared by most of the word's synsets
  first, then the commoner in English. Only the build reads these; the tool reads the
  shipped file.

A file that holds share-alike text is CC BY-SA 3.0, with its attribution in its header.
Kept: single lower-case words (lemmas: ``miner`` serves ``mineront`` through the fixer's
inflection rules, so a lemma English also writes stays; German nouns lower-cased, as the
fixer looks words up), with their lower-case English translations of at most ``MAX_WORDS``
words (from a wordnet, at most ``MAX_SENSES`` of them).

    python scripts/build_dictionary.py fr frwiktionary-20140612-euradicfmt.csv
    python scripts/build_dictionary.py es wn-data-spa.tab wn-wikt-spa.tab
    python scripts/build_dictionary.py de wn-wikt-deu.tab
    python scripts/build_dictionary.py ca wn-data-cat.tab wn-wikt-cat.tab
    python scripts/build_dictionary.py it wn-data-ita.tab wn-wikt-ita.tab
    python scripts/build_dictionary.py pt wn-data-por.tab wn-wikt-por.tab
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from repair.langid.frequency import zipf

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "repair" / "data" / "lexicon"
WORDNET = Path("/usr/share/wordnet")
#: Longest English translation kept, in words (a gloss is no translation).
MAX_WORDS = 3
#: Most translations kept for one word: a wordnet gives every lemma of every sense, and the
#: tail (``estimar`` -> ``tax``) only adds chances of agreeing with another witness by luck.
MAX_SENSES = 12
#: Farthest a synset of Debian's WordNet 3.0 files lies from its original offset, in bytes.
MAX_SHIFT = 24
POS = {"S": "noun", "V": "verb", "J": "adjective", "D": "adverb"}
WORDNET_POS = {"n": "noun", "v": "verb", "a": "adjective", "s": "adjective", "r": "adverb"}
WORDNET_FILES = {
    "noun": "data.noun",
    "verb": "data.verb",
    "adjective": "data.adj",
    "adverb": "data.adv",
}
NAMES = {
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "ca": "Catalan",
    "it": "Italian",
    "pt": "Portuguese",
}
#: A source word: letters, with inner hyphens or apostrophes (no digits, no spaces).
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
ENGLISH = re.compile(r"[a-z][a-z'’-]*(?: [a-z][a-z'’-]*)*")
#: WordNet's adjective position marks (``galore(ip)``).
MARKER = re.compile(r"\((?:a|p|ip)\)$")
Row = tuple[str, str, str]


def read_csv(path: Path) -> Iterator[Row]:
    """(word, pos, english) rows of a wiktionary-translations CSV."""
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(";")
        if len(parts) >= 5 and parts[1] in POS:
            yield parts[0].strip(), POS[parts[1]], parts[3].strip()


def wordnet_lemmas(folder: Path) -> dict[tuple[str, str], list[str]]:
    """(offset, pos) -> the English lemmas of that WordNet 3.0 synset, in its order."""
    synsets: dict[tuple[str, str], list[str]] = {}
    for pos, name in WORDNET_FILES.items():
        for line in (folder / name).read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(" "):
                continue  # the licence at the head of each file
            fields = line.split(" ")
            count = int(fields[3], 16)
            words = fields[4 : 4 + 2 * count : 2]
            synsets[fields[0], pos] = [MARKER.sub("", w).replace("_", " ") for w in words]
    return synsets


def synset_at(synsets: dict[tuple[str, str], list[str]], offset: str, pos: str) -> list[str]:
    """The English lemmas of the synset at WordNet 3.0's ``offset``. Debian's files fixed a few
    typos, which moved the later synsets of a file by some bytes (verbs by 18 from some point
    on): the synset is the line that starts nearest the offset, within ``MAX_SHIFT`` bytes
    (shorter than any two synset lines but an adverb's, and adverbs did not move)."""
    at = int(offset)
    for shift in sorted(range(-MAX_SHIFT, MAX_SHIFT + 1), key=abs):
        found = synsets.get((f"{at + shift:08d}", pos))
        if found is not None:
            return found
    return []


def read_tab(path: Path, synsets: dict[tuple[str, str], list[str]]) -> Iterator[Row]:
    """(word, pos, english) rows of an OMW wordnet: each of a word's synsets names its
    English lemmas; first the lemmas most of the word's synsets name, then the commoner in
    English (``ponderar``: ``ponder`` before ``chew over``)."""
    named: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) != 3 or not parts[1].endswith("lemma"):
            continue
        offset, _, tag = parts[0].partition("-")
        pos = WORDNET_POS.get(tag)
        if pos is not None:
            named[parts[2].strip(), pos].update(synset_at(synsets, offset, pos))
    for (word, pos), counts in named.items():
        for english in sorted(counts, key=lambda e: (-counts[e], -zipf(e, "en"))):
            yield word, pos, english


def credit(path: Path) -> str:
    """What a source file says of itself (an OMW file's first line: name, URL, licence)."""
    if path.suffix == ".csv":
        return (
            "the French Wiktionary (dump 2014-06-12, https://fr.wiktionary.org, its contributors),"
            " translation tables extracted by https://github.com/pquentin/wiktionary-translations;"
            " CC BY-SA 3.0"
        )
    first = path.read_text(encoding="utf-8").split("\n", 1)[0].lstrip("# ").split("\t")
    name, url, licence = first[0], first[2] if len(first) > 2 else "", first[-1].strip()
    omw = "the Open Multilingual Wordnet (https://github.com/omwn/omw-data)"
    return f"{name} ({url}) in {omw}; {licence}"


def collect(lang: str, rows: Iterator[Row], most: int | None) -> dict[tuple[str, str], list[str]]:
    """(word, pos) -> its English translations, in the rows' order, once each, at most ``most``
    (None: all): the filter every source goes through."""
    table: dict[tuple[str, str], list[str]] = defaultdict(list)
    for word, pos, english in rows:
        # German writes its nouns with a capital; the fixer looks words up lower-cased.
        word = word.lower() if lang == "de" else word
        if not WORD.fullmatch(word) or word != word.lower() or not ENGLISH.fullmatch(english):
            continue
        if len(english.split()) > MAX_WORDS:
            continue
        entries = table[word, pos]
        if english not in entries and (most is None or len(entries) < most):
            entries.append(english)
    return table


def header(lang: str, sources: list[Path], wordnet: bool) -> str:
    """The data file's first line: what it holds, whence, under which licence."""
    name = NAMES.get(lang, lang)
    parts = [f"# {name}->English translations from " + "; and ".join(credit(p) for p in sources)]
    if wordnet:
        parts.append(
            "English lemmas of each synset from Princeton WordNet 3.0 (WordNet 3.0 Copyright 2006"
            " by Princeton University. All rights reserved; its licence and disclaimer in"
            " WORDNET-LICENSE.txt beside this file)"
        )
    if any("BY-SA" in credit(p) for p in sources):
        parts.append("this file is CC BY-SA 3.0")
    parts.append(
        "Built by scripts/build_dictionary.py."
        f" Columns: {name.lower()}, part of speech, English translations separated by '|'."
    )
    return "; ".join(parts[:-1]) + ". " + parts[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", help="the source language: fr, es, de, ca, it, pt")
    parser.add_argument(
        "sources", type=Path, nargs="+", help="*.csv (wiktionary-translations) or *.tab (OMW)"
    )
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help="WordNet 3.0's dict folder")
    parser.add_argument(
        "--out", type=Path, help="default repair/data/lexicon/{lang}-en.{source}.tsv.gz"
    )
    args = parser.parse_args()
    if not re.fullmatch(r"[a-z]{2}", args.lang):
        sys.exit(f"error: {args.lang!r} is no two-letter language code")
    kinds = {p.suffix for p in args.sources}
    if len(kinds) != 1 or not kinds <= {".csv", ".tab"}:
        sys.exit("error: give either .csv files (wiktionary-translations) or .tab files (OMW)")
    for path in args.sources:
        if not path.is_file():
            sys.exit(f"error: {path} not found")
    wordnet = kinds == {".tab"}
    if wordnet and not (args.wordnet / "data.noun").is_file():
        sys.exit(f"error: no WordNet 3.0 in {args.wordnet} (apt-get install wordnet-base)")
    synsets = wordnet_lemmas(args.wordnet) if wordnet else {}

    def rows() -> Iterator[Row]:
        for path in args.sources:
            yield from read_tab(path, synsets) if wordnet else read_csv(path)

    # A translation table lists chosen translations; a wordnet lists every synonym.
    table = collect(args.lang, rows(), MAX_SENSES if wordnet else None)
    out = args.out or LEXICON / f"{args.lang}-en.{'omw' if wordnet else 'wiktionary'}.tsv.gz"
    lines = [f"{word}\t{pos}\t{'|'.join(en)}" for (word, pos), en in sorted(table.items()) if en]
    text = header(args.lang, args.sources, wordnet) + "\n" + "\n".join(lines) + "\n"
    # No time stamp in the gzip header: the same sources make the same bytes.
    out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(lines)} entries ({len({word for word, _ in table})} words) -> {out}")


if __name__ == "__main__":
    main()
