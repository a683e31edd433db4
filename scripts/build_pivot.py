"""Build a pivot table: source lemma -> words of a language repair holds English for (issue 22).

The words apertium's Spanish-English pair leaves are the ones its Spanish dictionary lacks, and
the Spanish wordnet often lacks them too (``goleador``, ``merienda``, ``sensatez``). Apertium's
French-Spanish pair has a larger Spanish dictionary of its own: it translates those lemmas into
French (``buteur``, ``goûter``, ``sagesse``), and repair holds English for French words (the
French Wiktionary's dictionary and the French lexicon). The fixer reads this table for a word
whose own language's dictionaries know nothing (repair/fixers/words.py, ``choice.pivots`` of
word_fixes.toml); the English comes from the pivot language's own files at run time, so each
shipped file keeps its own licence.

Lemmas come from a hunspell word list (``--words``, Debian's hunspell-es:
/usr/share/hunspell/es_ES.dic, MPL-1.1 / GPL-3+ / LGPL-3+; only its words are read), one lower-case
word a line (its affix flags dropped). Each goes through ``apertium {lang}-{pivot}`` (Debian's
apertium-fr-es, GPL-2: the table is GPL-2 too and says so in its header) in one call, words
separated by blank lines; a word apertium marks unknown (``*``), could not generate (``#``) or
could not transfer (``@``) is dropped, as is an answer longer than ``MAX_WORDS`` words, one with
a pronoun apertium adds to a verb form, or the word itself.

    python scripts/build_pivot.py es fr --words /usr/share/hunspell/es_ES.dic
    python scripts/build_pivot.py es ca --words /usr/share/hunspell/es_ES.dic

``--invert`` builds a table for a language apertium translates into but not out of
(Esperanto: apertium-eo-fr has only its ``fr-eo`` direction): the words listed are the
pivot's lemmas (French: the keys of repair's own French dictionary), and each answer, a
lemma of the other language, maps back to the word it translates (the commoner in the
pivot when several do):

    (echo; zcat repair/data/lexicon/fr-en.wiktionary.tsv.gz | grep -v '^#' | cut -f1 | sort -u) \
        > french-lemmas.txt
    python scripts/build_pivot.py eo fr --invert --words french-lemmas.txt \
        --words /usr/share/hunspell/fr.dic

(the second list, Debian's hunspell-fr, MPL-2.0, fills the Esperanto lemmas the dictionary's
French words do not give: ``kaŭzo`` -> ``cause``, ``antaŭdiri`` -> ``prédire``).

Catalan and Occitan words have pivots of their own (Debian's hunspell-ca and hunspell-oc lists;
apertium-spa-cat, apertium-fra-cat, apertium-oc-es, apertium-oci-fra); Occitan and Esperanto,
which no word list holds, are known to the stray words by these tables' lemmas:

    python scripts/build_pivot.py ca es --words /usr/share/hunspell/ca.dic
    python scripts/build_pivot.py ca fr --words /usr/share/hunspell/ca.dic
    python scripts/build_pivot.py oc es --words /usr/share/hunspell/oc_FR.dic
    python scripts/build_pivot.py oc fr --words /usr/share/hunspell/oc_FR.dic

Catalan (apertium-spa-cat, GPL-2+) is a second pivot: its Spanish dictionary knows many
words the other pairs lack (``grajo`` -> ``graula`` -> ``rook``, ``cerilla`` -> ``llumí`` ->
``match``), and repair holds a Catalan wordnet.
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "repair" / "data" / "lexicon"
#: Longest pivot translation kept, in words.
MAX_WORDS = 3
#: Words apertium puts before a verb form or a reflexive verb (``se vanter``, ``il a``): the
#: pivot word is what follows them.
LEADING = {"fr": ("se ", "s'")}
#: A reflexive pronoun apertium glues to an infinitive (Catalan ``vanar-se``): the lemma is
#: the verb before it.
TRAILING = {"ca": ("-se", "'s")}
#: Apertium's name of each pair (its modes), where it is not ``{source}-{pivot}``.
MODES = {
    ("es", "ca"): "spa-cat",
    ("ca", "es"): "cat-spa",
    ("ca", "fr"): "cat-fra",
    ("oc", "es"): "oc-es",
    ("oc", "fr"): "oci-fra",
    ("fr", "eo"): "fr-eo",
}
#: Answers that start so are a finite verb form with its subject, no lemma.
SUBJECTS = {
    "fr": ("il ", "elle ", "je ", "tu ", "nous ", "vous ", "ils ", "elles ", "on "),
    # A Catalan periphrastic past (``va deslligar``) or perfect is a finite form, no lemma.
    "ca": ("va ", "van ", "ha ", "han "),
}
_LEMMA = re.compile(r"[a-záéíóúñüàâçèêëîïòôûùœ]{3,}")
CREDIT = {
    ("es", "fr"): (
        "Spanish lemmas (hunspell-es word list, MPL-1.1/GPL-3+/LGPL-3+) translated into French"
        " by apertium-fr-es (https://apertium.org; Eleka Ingenieritza Linguistikoa S.L.,"
        " Prompsit Language Engineering S.L., Bernard Chardonneau; GPL-2); this file is GPL-2."
    ),
    ("es", "ca"): (
        "Spanish lemmas (hunspell-es word list, MPL-1.1/GPL-3+/LGPL-3+) translated into Catalan"
        " by apertium-spa-cat (https://apertium.org; Universitat d'Alacant, Xavi Ivars, Jaume"
        " Ortolà and others; GPL-2+); this file is GPL-2+."
    ),
    ("ca", "es"): (
        "Catalan lemmas (hunspell-ca word list, Softcatalà, GPL-2+/LGPL-2.1+) translated into"
        " Spanish by apertium-spa-cat (https://apertium.org; Universitat d'Alacant, Xavi Ivars,"
        " Jaume Ortolà and others; GPL-2+); this file is GPL-2+."
    ),
    ("ca", "fr"): (
        "Catalan lemmas (hunspell-ca word list, Softcatalà, GPL-2+/LGPL-2.1+) translated into"
        " French by apertium-fra-cat (https://apertium.org; Universitat d'Alacant, Hèctor Alòs i"
        " Font and others; GPL-3+); this file is GPL-3+."
    ),
    ("oc", "es"): (
        "Occitan lemmas (hunspell-oc word list, Bruno Gallart, GPL-2+) translated into Spanish by"
        " apertium-oc-es (https://apertium.org; Universitat d'Alacant and others; GPL-2+); this"
        " file is GPL-2+."
    ),
    ("eo", "fr"): (
        "French lemmas (the keys of repair's French Wiktionary dictionary, fr-en.wiktionary.tsv.gz,"
        " then the hunspell-fr word list's, Dicollecte, MPL-2.0, for the lemmas those lack)"
        " translated into Esperanto by apertium-eo-fr (https://apertium.org; Kevin Brubeck"
        " Unhammer and others; GPL-2+), each Esperanto lemma mapped back to its French word;"
        " this file is GPL-2+."
    ),
    ("oc", "fr"): (
        "Occitan lemmas (hunspell-oc word list, Bruno Gallart, GPL-2+) translated into French by"
        " apertium-oci-fra (https://apertium.org; Hèctor Alòs i Font and others; GPL-3+); this"
        " file is GPL-3+."
    ),
}


def read_words(path: Path) -> list[str]:
    """The lower-case words of a hunspell ``.dic`` (or a plain list), affix flags dropped."""
    words = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        # Affix flags after `/`; an Occitan list's morphological fields after a tab.
        word = re.split(r"[/\s]", line.strip(), maxsplit=1)[0]
        if _LEMMA.fullmatch(word):
            words.append(word)
    return list(dict.fromkeys(words))


def clean(answer: str, lang: str) -> str | None:
    """The pivot word(s) of one apertium answer, or ``None`` when it is no usable lemma."""
    text = answer.strip().lower()
    if not text or any(mark in text for mark in "*#@"):
        return None
    if text.startswith(SUBJECTS.get(lang, ())):
        return None
    for lead in LEADING.get(lang, ()):
        if text.startswith(lead):
            text = text[len(lead) :]
    for trail in TRAILING.get(lang, ()):
        if text.endswith(trail):
            text = text[: -len(trail)]
    words = text.split()
    if (
        not words
        or len(words) > MAX_WORDS
        or not all(w.replace("'", "").replace("·", "").isalpha() for w in words)
    ):
        return None
    return text


def translate(words: list[str], source: str, pivot: str) -> list[str]:
    """Apertium's answers for ``words``, one per word, in one call."""
    mode = MODES.get((source, pivot), f"{source}-{pivot}")
    if shutil.which("apertium") is None:
        sys.exit(
            "error: apertium is missing (apt-get install apertium apertium-fr-es apertium-spa-cat)"
        )
    text = "\n\n".join(words) + "\n"
    done = subprocess.run(
        ["apertium", mode], input=text, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.exit(f"error: apertium {mode} failed: {done.stderr.strip()[:200]}")
    answers = [part.strip() for part in done.stdout.split("\n\n")]
    if len(answers) < len(words):
        sys.exit("error: apertium's answers do not line up with the words")
    return answers[: len(words)]


def pairs(words: list[str], answers: list[str], pivot: str) -> dict[str, str]:
    """Source lemma -> its pivot word, for the answers ``clean`` keeps."""
    out = {}
    for word, answer in zip(words, answers, strict=True):
        text = clean(answer, pivot)
        if text is not None and text != word:
            out[word] = text
    return out


def inverted(words: list[str], answers: list[str], source: str, pivot: str) -> dict[str, str]:
    """Lemma of ``source`` -> the pivot word it translates, from the pivot's words and
    apertium's answers in ``source``: where several words give one lemma, the commoner in the
    pivot language (``élu`` and ``électeur`` may both be ``elektito``)."""
    from repair.langid.frequency import zipf

    out: dict[str, str] = {}
    for word, answer in zip(words, answers, strict=True):
        text = clean(answer, source)
        if text is None or text == word or " " in text:
            continue
        if text not in out or zipf(word, pivot) > zipf(out[text], pivot):
            out[text] = word
    return out


def write(table: dict[str, str], source: str, pivot: str, folder: Path = LEXICON) -> Path:
    path = folder / f"{source}-{pivot}.pivot.tsv.gz"
    credit = CREDIT.get((source, pivot), "built by apertium")
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(f"# {credit} Built by scripts/build_pivot.py. Columns: source, pivot.\n")
        for word in sorted(table):
            handle.write(f"{word}\t{table[word]}\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="the stray words' language (es)")
    parser.add_argument("pivot", help="the language apertium translates them into (fr)")
    parser.add_argument(
        "--words",
        type=Path,
        required=True,
        action="append",
        help="hunspell .dic or word list; again for a further list, which only adds the"
        " lemmas the earlier ones do not give",
    )
    parser.add_argument("--out", type=Path, default=LEXICON, help="folder of the table")
    parser.add_argument(
        "--invert",
        action="store_true",
        help="the words are the pivot's: translate them into the source and map back",
    )
    args = parser.parse_args()
    for code in (args.source, args.pivot):
        if not re.fullmatch(r"[a-z]{2}", code):
            sys.exit(f"error: {code!r} is no two-letter language code")
    for listed in args.words:
        if not listed.is_file():
            sys.exit(f"error: {listed}: no such file")
    if not args.out.is_dir():
        sys.exit(f"error: {args.out}: no such folder")
    tables, seen = [], set()
    for listed in args.words:
        words = [word for word in read_words(listed) if word not in seen]
        if not words:
            sys.exit(f"error: {listed}: no lower-case word in it (or none new)")
        seen.update(words)
        if args.invert:
            answers = translate(words, args.pivot, args.source)
            tables.append(inverted(words, answers, args.source, args.pivot))
        else:
            tables.append(pairs(words, translate(words, args.source, args.pivot), args.pivot))
    table = merged(tables)
    path = write(table, args.source, args.pivot, args.out)
    print(f"{len(table)} of {len(seen)} lemmas -> {path}")


def merged(tables: list[dict[str, str]]) -> dict[str, str]:
    """The tables of several word lists as one, an earlier list's answer kept over a later's:
    the first list is the one whose words repair knows best (for ``--invert``, the French
    dictionary's own lemmas), a later one only fills lemmas it lacks (hunspell-fr's
    ``cause`` -> ``kaŭzo``), never replacing a lemma's word by a commoner one of another
    sense (``avenuo`` stays ``avenue``, not the rarer sense of ``mail``)."""
    out: dict[str, str] = {}
    for table in tables:
        for word, answer in table.items():
            out.setdefault(word, answer)
    return out


if __name__ == "__main__":
    main()
