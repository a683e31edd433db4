"""Build the word lexicons and the English bigram counts that fix stray words (issue 22).

For each source language (fr, es, de), IBM model 1 (EM over the sentence pairs, a NULL
word on the source side) is trained on the parallel files of ``../shared/data/train``;
the lexicon keeps, for each source word English does not use (wordfreq English Zipf < 3),
its count and its likeliest English words with P(english | source) and their co-occurrence
counts. The English sides (deduplicated) give unigram and bigram counts, the context model
the fixer ranks candidates with. ``wmt-newstest2012`` is left out everywhere: its English is
the reference of the Spanish dev set (dev/README).

Data and credit (see ../shared/data/README.md): Tatoeba (CC-BY 2.0 France, tatoeba.org and
manythings.org/anki), Europarl v7 (Koehn 2005), WMT news test sets 2008-2011 and News
Commentary v8 (WMT shared tasks, research use).

Writes ``repair/data/lexicon/{lang}-en.tsv.gz``, ``en-bigrams.tsv.gz`` and ``en-casing.tsv.gz``.

    python scripts/build_lexicon.py [--langs fr es de] [--iterations 5]
"""

from __future__ import annotations

import argparse
import gzip
import html
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from benchlib import add_data_option, need_data
from mt_training.data import TATOEBA, load_tatoeba

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "repair" / "data" / "lexicon"
TOKEN = re.compile(r"[^\W\d_]+")
NEWS_YEARS = ("news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011")
# Lexicon entries: source words rarer than this in English (others are English words).
MAX_ENGLISH_ZIPF = 3.0
# English words this frequent are function words, not translations of a content word.
MAX_TARGET_ZIPF = 6.0
KEEP = 4
MIN_PROBABILITY = 0.05
MAX_PAIR_WORDS = 60
MIN_BIGRAM = 2
#: A word is "usually written with capitals" when that form is at least this share of its
#: uses inside a sentence (any capitalised form counts): `summers` (3 Summers, 2 summers, a
#: surname in the news) and `president` stay lower case, `AIDS`, `March`, `Bush` (102 to 20)
#: do not.
CASING_SHARE = 0.8


def tokens(text: str) -> list[str]:
    return [sys.intern(w) for w in TOKEN.findall(html.unescape(text).lower())]


def pairs(train: Path, lang: str) -> list[tuple[str, str]]:
    """(source, English) sentence pairs of the training files for ``lang`` (the Moses-tokenized
    Europarl sample as it is: the lexicon reads words, not spacing)."""
    out = load_tatoeba(train, lang)
    stems = [f"wmt-{year}" for year in NEWS_YEARS] + [f"news-commentary-v8-first5k.{lang}-en"]
    if lang == "fr":
        stems += ["europarl-v7-first3k", "europarl-v7-sample20k.moses-tok"]
    for stem in stems:
        source, english = train / f"{stem}.{lang}", train / f"{stem}.en"
        if source.exists() and english.exists():
            src = source.read_text(encoding="utf-8").splitlines()
            eng = english.read_text(encoding="utf-8").splitlines()
            out.extend(zip(src, eng, strict=False))
    return out


def ibm1(corpus: list[tuple[list[str], list[str]]], iterations: int) -> dict[str, dict[str, float]]:
    """t(e | f) by EM; f includes NULL (``""``)."""
    t: dict[str, dict[str, float]] = defaultdict(dict)
    for source, english in corpus:
        for f in [*source, ""]:
            row = t[f]
            for e in english:
                row[e] = 1.0
    for iteration in range(iterations):
        started = time.perf_counter()
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for source, english in corpus:
            fs = [*source, ""]
            rows = [t[f] for f in fs]
            for e in english:
                weights = [row[e] for row in rows]
                total = sum(weights)
                for f, weight in zip(fs, weights, strict=True):
                    counts[f][e] += weight / total
        for f, row in counts.items():
            total = sum(row.values())
            t[f] = {e: value / total for e, value in row.items()}
        print(
            f"  IBM1 iteration {iteration + 1}: {time.perf_counter() - started:.0f} s", flush=True
        )
    return t


def build(train: Path, lang: str, iterations: int, english_lines: set[str]) -> None:
    from wordfreq import zipf_frequency

    corpus = []
    for source, english in pairs(train, lang):
        english_lines.add(english)
        src, eng = tokens(source), tokens(english)
        if src and eng and len(src) <= MAX_PAIR_WORDS and len(eng) <= MAX_PAIR_WORDS:
            corpus.append((src, eng))
    print(f"{lang}: {len(corpus)} sentence pairs", flush=True)
    source_counts = Counter(f for src, _ in corpus for f in set(src))
    wanted = {f for f in source_counts if zipf_frequency(f, "en") < MAX_ENGLISH_ZIPF}
    together: dict[str, Counter] = defaultdict(Counter)
    for src, eng in corpus:
        english = set(eng)
        for f in set(src) & wanted:
            together[f].update(english)
    t = ibm1(corpus, iterations)
    english_zipf: dict[str, float] = {}
    lines = []
    for f in sorted(wanted):
        row = t.get(f, {})
        best = []
        for e, probability in sorted(row.items(), key=lambda item: -item[1]):
            if e not in english_zipf:
                english_zipf[e] = zipf_frequency(e, "en")
            if probability < MIN_PROBABILITY or e == f or english_zipf[e] >= MAX_TARGET_ZIPF:
                continue
            if english_zipf[e] == 0:
                continue  # not an English word (a name, a copied foreign word)
            best.append(f"{e}:{probability:.3f}:{together[f][e]}")
            if len(best) == KEEP:
                break
        if best:
            lines.append(f"{f}\t{source_counts[f]}\t{' '.join(best)}")
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{lang}-en.tsv.gz"
    header = (
        f"# {lang}-en word lexicon: source word, its count, english:P(e|f):co-occurrences. "
        "IBM model 1 over ../shared/data/train (Tatoeba CC-BY 2.0 FR; Europarl v7; WMT news "
        "2008-2011; News Commentary v8). Built by scripts/build_lexicon.py.\n"
    )
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(header + "\n".join(lines) + "\n")
    print(f"{lang}: {len(lines)} entries, {path.stat().st_size / 1e6:.2f} MB", flush=True)


def build_bigrams(english_lines: set[str]) -> None:
    unigrams: Counter = Counter()
    bigrams: Counter = Counter()
    for line in english_lines:
        words = ["<s>", *tokens(line), "</s>"]
        unigrams.update(words)
        bigrams.update(zip(words, words[1:], strict=False))
    kept = {pair: count for pair, count in bigrams.items() if count >= MIN_BIGRAM}
    path = OUT / "en-bigrams.tsv.gz"
    header = (
        f"# English unigram and bigram counts (bigrams seen >= {MIN_BIGRAM} times) of the "
        "deduplicated English sides of ../shared/data/train (newstest2012 left out). "
        "Built by scripts/build_lexicon.py.\n"
    )
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(header)
        for word, count in sorted(unigrams.items()):
            if count >= MIN_BIGRAM or word in ("<s>", "</s>"):
                handle.write(f"{word}\t{count}\n")
        for (left, right), count in sorted(kept.items()):
            handle.write(f"{left} {right}\t{count}\n")
    print(f"bigrams: {len(kept)} kept, {path.stat().st_size / 1e6:.2f} MB", flush=True)


def build_casing(english_lines: set[str]) -> None:
    """English words whose usual spelling inside a sentence is not lower case (``AIDS``,
    ``Hollywood``): the lexicon and the bigrams are lower case, a replacement must not be."""
    forms: dict[str, Counter] = defaultdict(Counter)
    for line in english_lines:
        for index, word in enumerate(TOKEN.findall(html.unescape(line))):
            if index:
                forms[word.lower()][word] += 1
    path = OUT / "en-casing.tsv.gz"
    header = (
        "# English words usually written with capitals inside a sentence, and that form, "
        "from the English sides of ../shared/data/train. Built by scripts/build_lexicon.py.\n"
    )
    rows = []
    for low, counter in sorted(forms.items()):
        form, count = counter.most_common(1)[0]
        capitals = sum(counter.values()) - counter[low]  # AIDS and Aids alike
        if form != low and count >= MIN_BIGRAM and capitals >= CASING_SHARE * counter.total():
            rows.append(f"{low}\t{form}")
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(header + "\n".join(rows) + "\n")
    print(f"casing: {len(rows)} words, {path.stat().st_size / 1e6:.2f} MB", flush=True)


def english_sides(train: Path, langs: list[str]) -> set[str]:
    return {english for lang in langs for _, english in pairs(train, lang)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", nargs="*", default=["fr", "es", "de"])
    parser.add_argument("--iterations", type=int, default=5)
    parser.add_argument(
        "--parts", nargs="*", default=["lexicon", "bigrams", "casing"],
        help="what to build (the bigrams and casing read the English of every --langs pair)",
    )  # fmt: skip
    add_data_option(parser)
    args = parser.parse_args()
    train = need_data(args.data, *(f"train/{TATOEBA[lang]}" for lang in args.langs)) / "train"
    english_lines: set[str] = set()
    if "lexicon" in args.parts:
        for lang in args.langs:
            build(train, lang, args.iterations, english_lines)
    else:
        english_lines = english_sides(train, args.langs)
    if "bigrams" in args.parts:
        build_bigrams(english_lines)
    if "casing" in args.parts:
        build_casing(english_lines)


if __name__ == "__main__":
    main()
