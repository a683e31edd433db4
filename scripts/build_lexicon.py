"""Build the word lexicons and the English bigram counts that fix stray words (issue 22).

For each source language (fr, es, de), IBM model 2 with fast_align's diagonal prior (EM over
the sentence pairs, a NULL word on the source side) is trained on the parallel files of
``../shared/data/train`` in both directions; each sentence's likeliest links of the two are
symmetrized (their intersection, grown along the diagonal: grow-diag). One direction alone
gives a rare word the translation of a word it keeps company with (``invernadero`` -> ``gas``,
from ``gases de efecto invernadero``); a link both directions make is a witness. The lexicon
keeps, for each source word English does not use (wordfreq English Zipf < 3), its count and
its likeliest English words with P(english | source) and the number of distinct English
sentences where the two are linked. The English sides (deduplicated) give unigram and bigram
counts, the context model the fixer ranks candidates with. ``wmt-newstest2012`` is left out
everywhere: its English is the reference of the Spanish dev set (dev/README).

Data and credit (see ../shared/data/README.md): Tatoeba (CC-BY 2.0 France, tatoeba.org and
manythings.org/anki), Europarl v7 (Koehn 2005), WMT news test sets 2008-2011 and News
Commentary v8 (WMT shared tasks, research use).

Writes ``repair/data/lexicon/{lang}-en.tsv.gz``, ``en-bigrams.tsv.gz`` and ``en-casing.tsv.gz``.

    python scripts/build_lexicon.py [--langs fr es de] [--iterations 5] [--tension 4]
        [--no-grow] [--min-links 1] [--parts lexicon bigrams casing]
"""

from __future__ import annotations

import argparse
import gzip
import html
import math
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
#: The prior share of a target word that translates nothing (fast_align's p0).
NULL_SHARE = 0.08
#: grow-diag's neighbours of a link: the eight around it.
NEIGHBOURS = [(df, de) for df in (-1, 0, 1) for de in (-1, 0, 1) if df or de]
Corpus = list[tuple[list[str], list[str]]]
Table = dict[str, dict[str, float]]


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


def diagonal_weights(m: int, n: int, tension: float) -> list[list[float]]:
    """fast_align's prior over where the ``i``-th of ``m`` target words comes from among ``n``
    source words, ``exp(-tension |i/m - j/n|)`` normalised over ``j`` and scaled to leave
    ``NULL_SHARE`` for the NULL word: translations keep their order roughly, which settles
    the words IBM model 1 cannot tell apart (a rare word and its neighbours, seen once)."""
    rows = []
    for i in range(m):
        row = [math.exp(-tension * abs((i + 0.5) / m - (j + 0.5) / n)) for j in range(n)]
        scale = (1 - NULL_SHARE) / sum(row)
        rows.append([value * scale for value in row] + [NULL_SHARE])
    return rows


def train(corpus: Corpus, iterations: int, tension: float) -> Table:
    """t(target | source) by EM (IBM model 1, or fast_align's model 2 when ``tension`` > 0);
    the source side has a NULL word (``""``)."""
    t: Table = defaultdict(dict)
    for source, target in corpus:
        for f in [*source, ""]:
            row = t[f]
            for e in target:
                row[e] = 1.0
    for iteration in range(iterations):
        started = time.perf_counter()
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for source, target in corpus:
            fs = [*source, ""]
            rows = [t[f] for f in fs]
            prior = diagonal_weights(len(target), len(source), tension) if tension else None
            for i, e in enumerate(target):
                weights = [row[e] for row in rows]
                if prior:
                    weights = [w * p for w, p in zip(weights, prior[i], strict=True)]
                total = sum(weights)
                for f, weight in zip(fs, weights, strict=True):
                    counts[f][e] += weight / total
        for f, row in counts.items():
            total = sum(row.values())
            t[f] = {e: value / total for e, value in row.items()}
        print(f"  EM iteration {iteration + 1}: {time.perf_counter() - started:.0f} s", flush=True)
    return t


def viterbi(corpus: Corpus, t: Table, tension: float) -> list[set[tuple[int, int]]]:
    """Each sentence's likeliest links (source position, target position); a target word
    whose likeliest source is NULL gets none."""
    out = []
    for source, target in corpus:
        rows = [t[f] for f in source]
        null = t[""]
        prior = diagonal_weights(len(target), len(source), tension) if tension else None
        links = set()
        for i, e in enumerate(target):
            scores = [
                row.get(e, 0.0) * (prior[i][j] if prior else 1.0) for j, row in enumerate(rows)
            ]
            best = max(range(len(scores)), key=scores.__getitem__)
            if scores[best] > null.get(e, 0.0) * (prior[i][-1] if prior else 1.0):
                links.add((best, i))
        out.append(links)
    return out


def symmetrize(forward: set[tuple[int, int]], backward: set[tuple[int, int]], grow: bool) -> set:
    """The links both directions make (source, English); with ``grow``, Koehn's grow-diag
    adds links of either direction next to a kept one whose source or English word is still
    unlinked (a word translated by two: ``desayunan`` / ``have breakfast``)."""
    links = forward & backward
    if not grow:
        return links
    union = forward | backward
    added = True
    while added:
        added = False
        for f, e in sorted(links):
            for df, de in NEIGHBOURS:
                link = (f + df, e + de)
                if link in union and link not in links and _unlinked(link, links):
                    links.add(link)
                    added = True
    return links


def _unlinked(link: tuple[int, int], links: set[tuple[int, int]]) -> bool:
    """Its source word or its English word has no link yet."""
    return all(f != link[0] for f, _ in links) or all(e != link[1] for _, e in links)


def build(train_dir: Path, lang: str, options: argparse.Namespace, english_lines: set[str]) -> None:
    from wordfreq import zipf_frequency

    corpus = []
    for source, english in pairs(train_dir, lang):
        english_lines.add(english)
        src, eng = tokens(source), tokens(english)
        if src and eng and len(src) <= MAX_PAIR_WORDS and len(eng) <= MAX_PAIR_WORDS:
            corpus.append((src, eng))
    print(f"{lang}: {len(corpus)} sentence pairs", flush=True)
    source_counts = Counter(f for src, _ in corpus for f in set(src))
    wanted = {f for f in source_counts if zipf_frequency(f, "en") < MAX_ENGLISH_ZIPF}
    t = train(corpus, options.iterations, options.tension)
    forward = viterbi(corpus, t, options.tension)
    backward_t = train([(e, f) for f, e in corpus], options.iterations, options.tension)
    backward = viterbi([(e, f) for f, e in corpus], backward_t, options.tension)
    # Links are counted once per English sentence: Tatoeba gives one English sentence several
    # translations (`small potatoes` five times for `de la roupie de sansonnet`), one witness.
    witnesses: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for (src, eng), one, other in zip(corpus, forward, backward, strict=True):
        links = symmetrize(one, {(f, e) for e, f in other}, options.grow)
        sentence = hash(tuple(eng))
        for f, e in {(src[f], eng[e]) for f, e in links}:
            if f in wanted:
                witnesses[f][e].add(sentence)
    aligned = {f: Counter({e: len(s) for e, s in row.items()}) for f, row in witnesses.items()}
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
            if aligned.get(f, Counter())[e] < options.min_links:
                continue  # one direction's guess only
            best.append(f"{e}:{probability:.3f}:{aligned[f][e]}")
            if len(best) == KEEP:
                break
        if best:
            lines.append(f"{f}\t{source_counts[f]}\t{' '.join(best)}")
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{lang}-en.tsv.gz"
    header = (
        f"# {lang}-en word lexicon: source word, its count, english:P(e|f):links (distinct "
        "English sentences where both directions align the two). IBM model 2 (fast_align's "
        "diagonal) both ways, grow-diag, over ../shared/data/train (Tatoeba CC-BY 2.0 FR; "
        "Europarl v7; WMT news 2008-2011; News Commentary v8). Built by scripts/build_lexicon.py.\n"
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
        "--tension", type=float, default=4.0,
        help="fast_align's diagonal tension (0: IBM model 1, no preference for the diagonal)",
    )  # fmt: skip
    parser.add_argument(
        "--grow", action=argparse.BooleanOptionalAction, default=True,
        help="grow-diag the intersection of the two directions' alignments (else: intersection)",
    )  # fmt: skip
    parser.add_argument(
        "--min-links", type=int, default=1,
        help="an entry needs this many sentence pairs where both directions align it",
    )  # fmt: skip
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
            build(train, lang, args, english_lines)
    else:
        english_lines = english_sides(train, args.langs)
    if "bigrams" in args.parts:
        build_bigrams(english_lines)
    if "casing" in args.parts:
        build_casing(english_lines)


if __name__ == "__main__":
    main()
