"""Build a form -> lemma table of the verb forms the inflection rules cannot undo (issue 22).

The fixer reaches a Spanish form's lemma by the ``[[inflection]]`` rules of
repair/data/word_fixes.toml: an ending off, a base ending on (``desmoronaron`` ->
``desmoronar``). Stem-changing and spelling-changing verbs defeat that: ``cuentan`` is
``contar``'s, ``pidieron`` ``pedir``'s, ``colgué`` ``colgar``'s, ``yergue`` ``erguir``'s.
A hunspell dictionary knows every form of its verbs: this script expands its affix rules
(the conjugation's suffixes) over the verbs of its word list that some table of repair holds
English for, and keeps the forms no rule undoes (no rule's stem plus a base is the verb),
each with the English form repair/data/lemmas.toml's ``forms`` name (``pidieron``: ``past``;
a form they name none of, a second person, is left out). The fixer asks the table only
when no rule gives anything (repair/fixers/words.py ``_through_lemmas``).

Source: Debian's hunspell-es (/usr/share/hunspell/es_ES.aff, .dic; the Spanish dictionary of
the RLA-ES project, MPL-1.1 / GPL-3+ / LGPL-3+); the table says so in its header.

    python scripts/build_lemmas.py es /usr/share/hunspell/es_ES \\
        --out repair/data/lexicon/es-lemmas.tsv.gz
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

from repair.fixers.lemmas import form_english, without_enclitic

ROOT = Path(__file__).resolve().parent.parent
CREDITS = {
    "es": "Spanish verb forms -> lemma (hunspell-es, RLA-ES project, MPL-1.1/GPL-3+/LGPL-3+),"
    " built by scripts/build_lemmas.py"
}
# A verb's lemma ends so (the word list holds nouns and adjectives too).
VERB_ENDINGS = {"es": ("ar", "er", "ir", "ír")}
# The affix flags of the verbs' conjugation (hunspell-es: R, E, I, X) and of their enclitic
# pronouns (the Latin-1 letters); the others make other words (``-ción``, ``-dor``, ``-ble``:
# another part of speech, whose English is no form of the verb's).
VERB_FLAGS = {"es": "REIXD"}
# The affix flags of a noun's or an adjective's number and gender, and the English form each
# carries (hunspell-es: S the plural, `exámenes`, `jóvenes`; G the feminine and its plural,
# an adjective's, which English writes as the masculine: `alemanas` -> `alemán`).
NOMINAL_FLAGS = {"es": {"S": "plural", "G": "same"}}


def parse_affixes(path: Path) -> dict[str, list[tuple[str, str, str, re.Pattern[str]]]]:
    """Suffix flag -> its rules (strip, add, continuation flags, condition)."""
    rules: dict[str, list[tuple[str, str, str, re.Pattern[str]]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 5 or parts[0] != "SFX":
            continue
        flag, strip, add, condition = parts[1], parts[2], parts[3], parts[4]
        add, _, more = add.partition("/")
        rules[flag].append(
            (
                "" if strip == "0" else strip,
                "" if add == "0" else add,
                more,
                re.compile(("" if condition == "." else condition) + "$"),
            )
        )
    return rules


def expand(word: str, flags: str, rules: dict) -> set[str]:
    """Every form the suffix rules of ``flags`` make of ``word`` (not their continuation
    classes': the enclitic pronouns are taken off at run time)."""
    out: set[str] = set()
    for flag in flags:
        for strip, add, _, condition in rules.get(flag, ()):
            if condition.search(word) and (not strip or word.endswith(strip)):
                out.add(word[: len(word) - len(strip)] + add)
    return out


def inflection_rules(lang: str) -> list[dict]:
    with open(ROOT / "repair" / "data" / "word_fixes.toml", "rb") as handle:
        return [rule for rule in tomllib.load(handle)["inflection"] if rule["lang"] == lang]


def undone(form: str, lemma: str, rules: list[dict]) -> bool:
    """Whether an inflection rule takes ``form`` back to ``lemma`` (the fixer needs no table
    for it)."""
    for rule in rules:
        suffix = rule["suffix"]
        stem = form[: len(form) - len(suffix)]
        long_enough = len(stem) >= int(rule.get("min_stem", 0))
        if form.endswith(suffix) and long_enough and any(stem + b == lemma for b in rule["bases"]):
            return True
    return False


def voseo(lemma: str) -> str:
    """The voseo imperative of ``lemma`` (``cerrar`` -> ``cerrá``), which ends like an
    irregular future."""
    accented = {"a": "á", "e": "é", "i": "í"}
    return lemma[:-2] + accented.get(lemma[-2:-1], lemma[-2:-1])


def subjunctive(form: str, forms: set[str]) -> str | None:
    """``past`` for an imperfect subjunctive (its ``-ra`` and ``-se`` forms are both the
    verb's), ``drop`` for the archaic future subjunctive (``-re`` beside ``-se``), else
    ``None``: lemmas.toml's comment."""
    for tail, twin in (("ra", "se"), ("ran", "sen"), ("se", "ra"), ("sen", "ran")):
        if form.endswith(tail) and form[: -len(tail)] + twin in forms:
            return "past"
    for tail, twin in (("re", "se"), ("ren", "sen")):
        if form.endswith(tail) and form[: -len(tail)] + twin in forms:
            return "drop"
    return None


def known_lemmas(lang: str) -> set[str]:
    """The words some table of repair holds English for (its lexicon, dictionary, pivot
    tables): a lemma none knows would only fill the table."""
    folder = ROOT / "repair" / "data" / "lexicon"
    words: set[str] = set()
    for path in folder.glob(f"{lang}-*.tsv.gz"):
        if path.name.endswith("-lemmas.tsv.gz"):
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            words.update(line.split("\t", 1)[0] for line in handle if not line.startswith("#"))
    return words


def build(lang: str, stem: Path) -> dict[str, list[tuple[str, str]]]:
    """Form -> [(lemma, English form)] of the verbs, nouns and adjectives of hunspell's
    ``stem``.aff/.dic."""
    rules = parse_affixes(stem.with_suffix(".aff"))
    inflections = inflection_rules(lang)
    known = known_lemmas(lang)
    verb_flags = set(VERB_FLAGS[lang])
    table: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in stem.with_suffix(".dic").read_text(encoding="utf-8").splitlines()[1:]:
        word, _, flags = line.partition("/")
        word = word.strip()
        if word.islower() and word in known:
            for flag, english in NOMINAL_FLAGS[lang].items():
                for form in expand(word, flag, rules) if flag in flags else ():
                    if not undone(form, word, inflections) and (word, english) not in table[form]:
                        table[form].append((word, english))
        if not word.islower() or not word.endswith(VERB_ENDINGS[lang]):
            continue
        if not verb_flags & set(flags) or word not in known:
            continue
        # The conjugation only: the enclitic pronouns are taken off at run time.
        conjugation = "".join(f for f in flags if f in verb_flags)
        forms = expand(word, conjugation, rules)
        for form in forms:
            if form.startswith(word) or not form.isalpha() or undone(form, word, inflections):
                continue  # the future, the conditional: built on the infinitive
            if form == voseo(word):
                continue
            english = subjunctive(form, forms)
            if english == "drop":
                continue
            english = english or form_english(form, word, lang)
            if english == "none" or without_enclitic(form, lang):
                continue  # a form the entries leave out; a pronoun is taken off at run time
            if english is not None and (word, english) not in table[form]:
                table[form].append((word, english))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lang")
    parser.add_argument("hunspell", type=Path, help="the .aff/.dic path without its suffix")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    table = build(args.lang, args.hunspell)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(f"# {CREDITS[args.lang]}\n")
        for form in sorted(table):
            for lemma, english in table[form]:
                handle.write(f"{form}\t{lemma}\t{english}\n")
    print(f"{sum(map(len, table.values()))} rows, {len(table)} forms", file=sys.stderr)


if __name__ == "__main__":
    main()
