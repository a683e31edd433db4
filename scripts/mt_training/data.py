"""Data preparation: read the shared corpora, normalise, hold out Tatoeba, filter, dedup.

Three source languages (fr, es, de), English target. The held-out Tatoeba slice is drawn
BEFORE de-duplication and training pairs that match it are dropped, so held-out scores are
honest. French keeps the rules of the shipped fr-en model (same files, byte for byte); Spanish
and German use the stricter rules of issue 19: a pair leaves training when either side matches
a held-out pair on the normalised key (case, punctuation and spaces folded), and when its
English matches a line of any dev set (the WMT English is shared by all three languages).
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

#: Source languages the scripts know; the target is always English.
LANGS = ("fr", "es", "de")
TATOEBA = {
    "fr": "tatoeba-2019-04-07.en-fr.tsv",
    "es": "tatoeba-2018-05-13.en-es.tsv",
    "de": "tatoeba-2018-05-13.en-de.tsv",
}
#: Spanish: newstest2012 is the dev set (dev/wmt-newstest2012.{es,en}), so it stays out.
NEWS_BY_LANG = {"fr": NEWS_SETS, "es": NEWS_SETS[:-1], "de": NEWS_SETS}
#: News Commentary v8 (first 5k lines) of each pair.
COMMENTARY = {
    "fr": "news-commentary-v8-first5k.fr-en",
    "es": "news-commentary-v8-first5k.es-en",
    "de": "news-commentary-v8-first5k.de-en",
}
#: The news dev set of each pair (dev/<stem>.<src> and dev/<stem>.en).
DEV_NEWS = {"fr": "wmt-newstest2013", "es": "wmt-newstest2012", "de": "wmt-newstest2013"}
#: Where each corpus comes from (../shared/data/README.md), for a missing-data message.
SOURCES = {
    "fr": "Tatoeba fr-en (manythings.org/anki, 2019-04-07, CC-BY 2.0), Europarl v7 samples "
    "(first 3k raw + 20k Moses-tokenized), WMT news test sets 2008-2012 (.fr/.en), "
    "dev WMT newstest2013",
    "es": "Tatoeba es-en (manythings.org spa-eng.zip, 2018-05-13, CC-BY 2.0), WMT news test "
    "sets 2008-2011 (.es with the shared .en), News Commentary v8 es-en (first 5k lines, WMT13), "
    "dev WMT newstest2012",
    "de": "Tatoeba de-en (manythings.org deu-eng.zip, 2018-05-13, CC-BY 2.0), WMT news test "
    "sets 2008-2012 (.de with the shared .en), News Commentary v8 de-en (first 5k lines, WMT13), "
    "dev WMT newstest2013",
}

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


def required_files(data_dir: Path, src: str) -> list[Path]:
    """Every file `prepare` reads for `src` (to tell the user what is missing, up front)."""
    train, dev = data_dir / "train", data_dir / "dev"
    files = [train / TATOEBA[src]]
    files += [train / f"{stem}.{lang}" for stem in NEWS_BY_LANG[src] for lang in (src, "en")]
    if src in COMMENTARY:
        files += [train / f"{COMMENTARY[src]}.{lang}" for lang in (src, "en")]
    if src == "fr":
        files += [
            train / f"europarl-v7-{k}.{lang}"
            for k in ("first3k", "sample20k.moses-tok")
            for lang in ("fr", "en")
        ]
    files += [dev / f"{DEV_NEWS[src]}.{src}", dev / f"{DEV_NEWS[src]}.en"]
    return files


def missing_data_message(data_dir: Path, src: str) -> str | None:
    """One line naming the missing files' corpora and their origin, or None if all are there."""
    missing = [p for p in required_files(data_dir, src) if not p.exists()]
    if not missing:
        return None
    return (
        f"{len(missing)} {src}-en data file(s) missing under {data_dir} (first: {missing[0]}); "
        f"needed: {SOURCES[src]}; see scripts/data/README.md and pass --data DIR"
    )


def load_tatoeba(train_dir: Path, src: str = "fr") -> list[tuple[str, str]]:
    """Tatoeba pairs as (src, en); the TSV is `English<TAB>Source`."""
    pairs = []
    for line in read_lines(train_dir / TATOEBA[src]):
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


def load_news(train_dir: Path, src: str = "fr") -> list[tuple[str, str]]:
    """WMT news test sets (2013 is the fr/de dev set, 2012 the es one: each stays out)."""
    pairs = []
    for stem in NEWS_BY_LANG[src]:
        pairs.extend(_parallel(train_dir / f"{stem}.{src}", train_dir / f"{stem}.en"))
    return pairs


def load_commentary(train_dir: Path, src: str) -> list[tuple[str, str]]:
    """News Commentary v8 (first 5k lines) of the pair."""
    stem = COMMENTARY[src]
    return _parallel(train_dir / f"{stem}.{src}", train_dir / f"{stem}.en")


def _key(text: str) -> str:
    return _SPACES.sub(" ", text.lower()).strip()


def norm_key(text: str) -> str:
    """Case, punctuation and spaces folded: `¡Corre!` and `corre` are the same sentence.

    Used to keep near-duplicates of held-out pairs out of training (issue 19: the old slice
    scored 57 BLEU because training held its copies with other punctuation or case).
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(" " if unicodedata.category(c)[0] in "PS" else c for c in text)
    return _SPACES.sub(" ", text).strip()


def dedup_against(
    held: list[tuple[str, str]], train: Iterable[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The held-out pairs neither of whose sides matches a training pair on `norm_key`."""
    src_keys: set[str] = set()
    en_keys: set[str] = set()
    for f, e in train:
        src_keys.add(norm_key(f))
        en_keys.add(norm_key(e))
    return [(f, e) for f, e in held if norm_key(f) not in src_keys and norm_key(e) not in en_keys]


def shuffled(
    pairs: list[tuple[str, str]], origins: list[str], rng: random.Random
) -> tuple[list[tuple[str, str]], list[str]]:
    """One permutation for pairs and origins (the same draws as shuffling the pairs alone, so
    train.{fr,en} stay identical to those of earlier runs of prepare)."""
    perm = list(range(len(pairs)))
    rng.shuffle(perm)
    return [pairs[i] for i in perm], [origins[i] for i in perm]


def keep_pair(fr: str, en: str, max_chars: int = 400, max_ratio: float = 2.2) -> bool:
    """Length and length-ratio filter (characters; spm-level limits are applied later)."""
    lf, le = len(fr), len(en)
    if lf < 1 or le < 1 or lf > max_chars or le > max_chars:
        return False
    return max(lf, le) / max(1, min(lf, le)) <= max_ratio or max(lf, le) < 12


def _write(out_dir: Path, stem: str, pairs: list[tuple[str, str]], src: str) -> None:
    for i, lang in enumerate((src, "en")):
        (out_dir / f"{stem}.{lang}").write_text(
            "".join(p[i] + "\n" for p in pairs), encoding="utf-8"
        )


def dev_files_en(dev_dir: Path, src: str) -> list[Path]:
    """The English dev files a `src`->en model must not train on.

    Every dev file but the news dev set of another pair: the German model may learn from
    newstest2012 (the Spanish dev set's English), since nothing scores de-en on it, and it
    is news, the genre the model is weakest in.
    """
    others = {DEV_NEWS[lang] for lang in LANGS if lang != src} - {DEV_NEWS[src]}
    return [p for p in sorted(dev_dir.glob("*.en")) if p.stem not in others]


def prepare(
    train_dir: Path,
    dev_dir: Path,
    out_dir: Path,
    heldout: int = 2000,
    seed: int = 1234,
    src: str = "fr",
) -> dict[str, int | str]:
    """Write train.{src,en,origin}, heldout, heldout-dedup and devsmall-* pairs; return counts.

    `heldout-dedup` is the held-out slice without the pairs that match training on `norm_key`
    (for es/de it equals `heldout`: their training already excludes such pairs).
    """
    if src == "fr":
        counts = _prepare_fr(train_dir, dev_dir, out_dir, heldout, seed)
    else:
        counts = _prepare_strict(train_dir, dev_dir, out_dir, heldout, seed, src)
    info: dict[str, int | str] = {"src": src, **counts}
    (out_dir / "prepare.json").write_text(json.dumps(info, indent=1), encoding="utf-8")
    return info


def _prepare_fr(
    train_dir: Path, dev_dir: Path, out_dir: Path, heldout: int, seed: int
) -> dict[str, int]:
    """The fr-en preparation: the held-out draw of the first model, unchanged, so its slices stay.

    News Commentary (added to the data in session 10) comes last; the shuffle then differs.
    """
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
        "commentary": (
            (normalize(f, "fr"), normalize(e, "en")) for f, e in load_commentary(train_dir, "fr")
        ),
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
    train, origins = shuffled(train, origins, rng)
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
    dedup = dedup_against(held, train)
    _write(out_dir, "heldout-dedup", dedup, "fr")
    counts["heldout_dedup"] = len(dedup)
    return counts


def _prepare_strict(
    train_dir: Path, dev_dir: Path, out_dir: Path, heldout: int, seed: int, src: str
) -> dict[str, int]:
    """es/de: held-out slice and dev English kept out of training on the normalised key."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    tatoeba = [(normalize(f, src), normalize(e, "en")) for f, e in load_tatoeba(train_dir, src)]
    # Held-out slice: one pair per distinct source sentence (normalised key), drawn first;
    # a drawn pair whose English was already drawn (Tatoeba has several translations of
    # one English sentence) is skipped so that the slice has no internal near-duplicates.
    by_src: dict[str, tuple[str, str]] = {}
    for f, e in tatoeba:
        by_src.setdefault(norm_key(f), (f, e))
    keys = sorted(by_src)
    rng.shuffle(keys)
    held: list[tuple[str, str]] = []
    held_src: set[str] = set()
    held_en: set[str] = set()
    for k in keys:
        if len(held) >= heldout:
            break
        f, e = by_src[k]
        if norm_key(e) in held_en or not keep_pair(f, e):
            continue
        held.append((f, e))
        held_src.add(k)
        held_en.add(norm_key(e))

    dev_src: set[str] = set()
    dev_en: set[str] = set()
    for p in sorted(dev_dir.glob(f"*.{src}")):
        dev_src.update(norm_key(normalize(x, src)) for x in read_lines(p))
    for p in dev_files_en(dev_dir, src):
        dev_en.update(norm_key(normalize(x, "en")) for x in read_lines(p))
    dev_src.discard("")
    dev_en.discard("")

    sources: dict[str, Iterable[tuple[str, str]]] = {
        "tatoeba": tatoeba,
        "news": ((normalize(f, src), normalize(e, "en")) for f, e in load_news(train_dir, src)),
        "commentary": (
            (normalize(f, src), normalize(e, "en")) for f, e in load_commentary(train_dir, src)
        ),
    }
    seen: set[tuple[str, str]] = set()
    train: list[tuple[str, str]] = []
    origins: list[str] = []
    counts: dict[str, int] = {}
    for name, pairs in sources.items():
        n_in = n_out = n_held = n_dev = 0
        for f, e in pairs:
            n_in += 1
            kf, ke = norm_key(f), norm_key(e)
            if kf in held_src or ke in held_en:
                n_held += 1
                continue
            if kf in dev_src or ke in dev_en:
                n_dev += 1
                continue
            if not keep_pair(f, e) or (f, e) in seen:
                continue
            seen.add((f, e))
            train.append((f, e))
            origins.append(name)
            n_out += 1
        counts[f"{name}_in"] = n_in
        counts[f"{name}_dropped_heldout"] = n_held
        counts[f"{name}_dropped_dev"] = n_dev
        counts[f"{name}_kept"] = n_out
    train, origins = shuffled(train, origins, rng)
    counts["train"] = len(train)
    counts["heldout"] = len(held)
    dedup = dedup_against(held, train)
    counts["heldout_dedup"] = len(dedup)

    _write(out_dir, "train", train, src)
    (out_dir / "train.origin").write_text("".join(o + "\n" for o in origins), encoding="utf-8")
    _write(out_dir, "heldout", held, src)
    _write(out_dir, "heldout-dedup", dedup, src)
    stem = DEV_NEWS[src]
    news_dev = _parallel(dev_dir / f"{stem}.{src}", dev_dir / f"{stem}.en")
    _write(
        out_dir,
        "devsmall-news",
        [(normalize(f, src), normalize(e, "en")) for f, e in news_dev[:150]],
        src,
    )
    _write(out_dir, "devsmall-tatoeba", dedup[:150], src)
    return counts
