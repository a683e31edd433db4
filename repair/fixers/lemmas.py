"""A verb form's lemma where the ``[[inflection]]`` rules of word_fixes.toml cannot reach it.

Two routes, both rules in ``repair/data/lemmas.toml``: a table of a hunspell dictionary's
stem-changing and spelling-changing verb forms (``cuentan`` -> ``contar``, ``pidieron`` ->
``pedir``; built by scripts/build_lemmas.py, each form with the English form it carries
over), and enclitic pronouns taken off the verb they are glued to (``dárselo`` -> ``dar``,
``empeñáronse`` -> ``empeñaron``). Real MT leaves exactly such forms: its own dictionary
knows the regular ones.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

from repair.core.tables import TextTable
from repair.data import load_toml

_ACUTE = "\u0301"


def rules(lang: str) -> dict[str, Any]:
    """``lang``'s section of lemmas.toml (empty when it has none)."""
    return load_toml("lemmas.toml").get(lang, {})


def form_english(form: str, lemma: str, lang: str) -> str | None:
    """The English form (``past``, ``ing``, ``third`` …) that ``form`` of the verb ``lemma``
    carries over: the first ``forms`` entry whose ending ``form`` has and whose lemma
    ending, if any, ``lemma`` has; ``None`` when none names it."""
    for entry in rules(lang).get("forms", []):
        if form.endswith(tuple(entry["endings"])) and lemma.endswith(
            tuple(entry.get("lemma_endings", ("",)))
        ):
            return str(entry["english"])
    return None


@cache
def _packed_table(lang: str) -> TextTable:
    """``{lang}-lemmas.tsv.gz`` as form -> ``lemma<TAB>English form`` lines, packed (a dict
    of its rows cost a run 2 MB)."""
    path = resources.files("repair.data").joinpath("lexicon", f"{lang}-lemmas.tsv.gz")
    rows: dict[str, list[str]] = {}
    if path.is_file():
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if not line.startswith("#"):
                    form, pair = line.rstrip("\n").split("\t", 1)
                    rows.setdefault(form, []).append(pair)
    return TextTable.of_texts({form: "\n".join(pairs) for form, pairs in rows.items()})


def lemmas_of(form: str, lang: str) -> list[tuple[str, str]]:
    """The (lemma, English form) pairs the verb-form table of ``lang`` gives ``form``
    (``pidieron`` -> ``pedir``, ``past``); empty when it has none."""
    text = _packed_table(lang).text(form)
    if text is None:
        return []
    return [(lemma, english) for lemma, english in (pair.split("\t") for pair in text.split("\n"))]


def without_enclitic(low: str, lang: str) -> list[str]:
    """The verb forms ``low`` is once one enclitic pronoun is off its end (longest first):
    a rest ending as an infinitive or a gerund (``hosts``) as it is, any other rest only
    when it carries a written accent, which is dropped (the pronoun moved the stress
    there: ``confórmase`` -> ``conforma``). A rest keeps at least three letters."""
    section = rules(lang)
    out: list[str] = []
    for pronoun in sorted(section.get("enclitics", ()), key=len, reverse=True):
        rest = low[: len(low) - len(pronoun)]
        if not low.endswith(pronoun) or len(rest) < 3:
            continue
        plain = _unaccented(rest)
        if plain != rest:
            out.append(plain)
        elif rest.endswith(tuple(section.get("hosts", ()))):
            out.append(rest)
    return list(dict.fromkeys(out))


def _unaccented(word: str) -> str:
    """``word`` without its acute accents (``ñ``, ``ü`` stay)."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", decomposed.replace(_ACUTE, ""))
