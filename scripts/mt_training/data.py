"""Data preparation: read the shared corpora, normalise, hold out Tatoeba, filter, dedup.

The held-out Tatoeba slice is drawn BEFORE de-duplication and every training pair whose
French side matches a held-out French sentence is dropped, so the held-out scores are honest.
"""

from __future__ import annotations

import html
import json
import random
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from sacremoses import MosesDetokenizer, MosesPunctNormalizer

NEWS_SETS = [
    "wmt-news-test2008",
    "wmt-newssyscomb2009",
    "wmt-newstest2009",
    "wmt-newstest2010",
    "wmt-newstest2011",
    "wmt-newstest2012",
]

_SPACES = re.compile(r"\s+")
_NORMALIZERS: dict[str, MosesPunctNormalizer] = {}


def normalize(text: str, lang: str) -> str:
    """NFC + Moses punctuation normalisation + whitespace squeeze.

    The runtime applies the same function to the source (metadata `preprocess`), so training
    and inference see the same quotes, dashes and spaces.
    """
    norm = _NORMALIZERS.get(lang)
    if norm is None:
        norm = _NORMALIZERS[lang] = MosesPunctNormalizer(lang=lang)
    text = unicodedata.normalize("NFC", text)
    text = norm.normalize(text)
    return _SPACES.sub(" ", text).strip()


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1] if path.exists() else []


def _parallel(fr_path: Path, en_path: Path) -> list[tuple[str, str]]:
    fr, en = read_lines(fr_path), read_lines(en_path)
    if len(fr) != len(en):
        raise ValueError(f"{fr_path} and {en_path} are not aligned ({len(fr)} vs {len(en)})")
    return list(zip(fr, en, strict=True))


def load_tatoeba(train_dir: Path) -> list[tuple[str, str]]:
    """Tatoeba pairs as (fr, en); the TSV is `English<TAB>French`."""
    pairs = []
    for line in read_lines(train_dir / "tatoeba-2019-04-07.en-fr.tsv"):
        parts = line.split("\t")
        if len(parts) >= 2:
            pairs.append((parts[1], parts[0]))
    return pairs


def load_europarl(train_dir: Path) -> list[tuple[str, str]]:
    """Raw Europarl sample plus the 20k sample (Moses-detokenized and XML-unescaped)."""
    pairs = _parallel(train_dir / "europarl-v7-first3k.fr", train_dir / "europarl-v7-first3k.en")
    detok = {"fr": MosesDetokenizer(lang="fr"), "en": MosesDetokenizer(lang="en")}
    tok = _parallel(
        train_dir / "europarl-v7-sample20k.moses-tok.fr",
        train_dir / "europarl-v7-sample20k.moses-tok.en",
    )
    for fr, en in tok:
        # detokenize(unescape=True) unescapes &apos; etc.; html.unescape catches leftovers.
        fr_d = html.unescape(detok["fr"].detokenize(fr.split(), unescape=True))
        en_d = html.unescape(detok["en"].detokenize(en.split(), unescape=True))
        # French elision: "C' est" -> "C'est" (Moses leaves a space after the apostrophe).
        fr_d = re.sub(r"\b(\w+)' (?=\w)", r"\1'", fr_d)
        pairs.append((fr_d, en_d))
    return pairs


def load_news(train_dir: Path) -> list[tuple[str, str]]:
    """WMT news test sets 2008–2012 (2013 is the dev set and stays out)."""
    pairs = []
    for stem in NEWS_SETS:
        pairs.extend(_parallel(train_dir / f"{stem}.fr", train_dir / f"{stem}.en"))
    return pairs


def _key(text: str) -> str:
    return _SPACES.sub(" ", text.lower()).strip()


def keep_pair(fr: str, en: str, max_chars: int = 400, max_ratio: float = 2.2) -> bool:
    """Length and length-ratio filter (characters; spm-level limits are applied later)."""
    lf, le = len(fr), len(en)
    if lf < 1 or le < 1 or lf > max_chars or le > max_chars:
        return False
    return max(lf, le) / max(1, min(lf, le)) <= max_ratio or max(lf, le) < 12


def prepare(
    train_dir: Path, dev_dir: Path, out_dir: Path, heldout: int = 2000, seed: int = 1234
) -> dict[str, int]:
    """Write train.{fr,en,origin}, heldout and devsmall-* pairs under out_dir; return counts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    tatoeba = [(normalize(f, "fr"), normalize(e, "en")) for f, e in load_tatoeba(train_dir)]
    # Held-out slice: unique French sentences, drawn before de-duplication.
    by_fr: dict[str, tuple[str, str]] = {}
    for f, e in tatoeba:
        by_fr.setdefault(_key(f), (f, e))
    keys = sorted(by_fr)
    rng.shuffle(keys)
    held_keys = set(keys[:heldout])
    held = [by_fr[k] for k in keys[:heldout]]
    held_en_keys = {_key(e) for _, e in held}

    dev_fr_keys: set[str] = set()
    for p in sorted(dev_dir.glob("*.fr")):
        dev_fr_keys.update(_key(normalize(x, "fr")) for x in read_lines(p))

    sources: dict[str, Iterable[tuple[str, str]]] = {
        "tatoeba": tatoeba,
        "europarl": ((normalize(f, "fr"), normalize(e, "en")) for f, e in load_europarl(train_dir)),
        "news": ((normalize(f, "fr"), normalize(e, "en")) for f, e in load_news(train_dir)),
    }
    seen: set[tuple[str, str]] = set()
    train: list[tuple[str, str]] = []
    origins: list[str] = []  # corpus of each pair, for upsampling a domain later
    counts: dict[str, int] = {}
    for name, pairs in sources.items():
        n_in = n_out = 0
        for f, e in pairs:
            n_in += 1
            kf = _key(f)
            if kf in held_keys or kf in dev_fr_keys:
                continue
            if name == "tatoeba" and _key(e) in held_en_keys:
                continue  # same English sentence: too close to a held-out pair
            if not keep_pair(f, e):
                continue
            k = (f, e)
            if k in seen:
                continue
            seen.add(k)
            train.append(k)
            origins.append(name)
            n_out += 1
        counts[f"{name}_in"] = n_in
        counts[f"{name}_kept"] = n_out
    # One permutation for pairs and origins (the same draws as shuffling the pairs alone, so
    # train.{fr,en} stay identical to those of earlier runs of this function).
    perm = list(range(len(train)))
    rng.shuffle(perm)
    train = [train[i] for i in perm]
    origins = [origins[i] for i in perm]
    counts["train"] = len(train)
    counts["heldout"] = len(held)

    def write(stem: str, pairs: list[tuple[str, str]]) -> None:
        for i, lang in enumerate(("fr", "en")):
            (out_dir / f"{stem}.{lang}").write_text(
                "".join(p[i] + "\n" for p in pairs), encoding="utf-8"
            )

    write("train", train)
    (out_dir / "train.origin").write_text("".join(o + "\n" for o in origins), encoding="utf-8")
    write("heldout", held)
    # Small dev subset for progress logging: 150 newstest2013 lines + 150 held-out Tatoeba.
    news_dev = _parallel(dev_dir / "wmt-newstest2013.fr", dev_dir / "wmt-newstest2013.en")
    news_dev = [(normalize(f, "fr"), normalize(e, "en")) for f, e in news_dev[:150]]
    write("devsmall-news", news_dev)
    write("devsmall-tatoeba", held[:150])
    (out_dir / "prepare.json").write_text(json.dumps(counts, indent=1), encoding="utf-8")
    return counts
