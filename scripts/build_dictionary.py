"""Build the French→English dictionary the stray-word fixer asks as a witness (issue 22).

The word lexicons (scripts/build_lexicon.py) know the words of ../shared/data/train; the
words real MT leaves are rarer (``foudre``, ``mineront``), and for most of them no witness
proposed the reference's word. A dictionary lists a word's translations without saying which
fits a sentence, so it is one witness among others: the fixer writes its English only where
the model or the lexicon proposes the same word (repair/fixers/words.py).

Source: the French Wiktionary's translation tables (dump of 2014-06-12) as extracted by
Quentin Pradet's wiktionary-translations (https://github.com/pquentin/wiktionary-translations,
extraction code MIT), file ``frwiktionary-20140612-euradicfmt.csv`` (``word;POS;TR-FR-EN;
english;POS;``, POS S noun, V verb, J adjective, D adverb). Wiktionary's text is available
under CC BY-SA 3.0 (and GFDL); the derived file ``repair/data/lexicon/fr-en.wiktionary.tsv.gz``
keeps that licence and its attribution (the file's header).

Kept: single lower-case French words (lemmas: ``miner`` serves ``mineront`` through the
fixer's inflection rules, so a lemma English also writes stays), with their lower-case
English translations of at most ``MAX_WORDS`` words.

    python scripts/build_dictionary.py CSV [--out repair/data/lexicon/fr-en.wiktionary.tsv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "repair" / "data" / "lexicon" / "fr-en.wiktionary.tsv.gz"
#: Longest English translation kept, in words (a gloss is no translation).
MAX_WORDS = 3
POS = {"S": "noun", "V": "verb", "J": "adjective", "D": "adverb"}
FRENCH = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ]+(?:[-'’][a-zàâäçéèêëîïôöùûüÿœæ]+)*")
ENGLISH = re.compile(r"[a-z][a-z'’-]*(?: [a-z][a-z'’-]*)*")
HEADER = (
    "# French->English translations from the French Wiktionary (dump 2014-06-12), extracted by"
    " https://github.com/pquentin/wiktionary-translations; Wiktionary text CC BY-SA 3.0,"
    " https://fr.wiktionary.org (its contributors). Built by scripts/build_dictionary.py."
    " Columns: french, part of speech, English translations separated by '|'."
)


def read(path: Path) -> dict[tuple[str, str], list[str]]:
    """(french, pos) -> its English translations, in the file's order, once each."""
    table: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(";")
        if len(parts) < 5 or parts[1] not in POS:
            continue
        french, english = parts[0].strip(), parts[3].strip()
        if not FRENCH.fullmatch(french) or not ENGLISH.fullmatch(english):
            continue
        if len(english.split()) > MAX_WORDS:
            continue
        entries = table[french, POS[parts[1]]]
        if english not in entries:
            entries.append(english)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path, help="frwiktionary-20140612-euradicfmt.csv")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.csv.is_file():
        sys.exit(f"error: {args.csv} not found (the file of pquentin/wiktionary-translations)")
    table = read(args.csv)
    rows = [f"{fr}\t{pos}\t{'|'.join(en)}" for (fr, pos), en in sorted(table.items())]
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(HEADER + "\n" + "\n".join(rows) + "\n")
    print(f"{len(rows)} entries ({len({fr for fr, _ in table})} words) -> {args.out}")


if __name__ == "__main__":
    main()
