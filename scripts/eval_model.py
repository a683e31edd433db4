"""Evaluate a shipped French→English CTranslate2 model (issue 3); no torch needed.

Prints sacrebleu BLEU/chrF with signatures on WMT newstest2013 and on the held-out Tatoeba
slice, translations of fixed short spans, speed on 1 thread with repair's beam, and, when Debian's
apertium is installed, the fr→es→en apertium pivot scored on the same sets.
Every sentence goes through repair's own backend (its preprocessing and ``decoding_options``:
beam 4, length penalty, no repeated 4-grams, output length capped from the input), so the
scores are those of the model as the tool runs it (the fixer's placeholders and casing
around a span are not part of them).
It also calibrates the model's ``score_threshold`` (fix or flag) on short held-out sentences.

    python scripts/eval_model.py models/fr-en [--write-metadata] [--no-apertium]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import sacrebleu

from repair.backends.base import TranslationRequest
from repair.backends.ctranslate2 import (
    BEAM_SIZE,
    CTranslate2Backend,
    load_backend,
)
from repair.backends.registry import ModelStore
from repair.fixers.translate import calibrate_threshold

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "dev"
HELDOUT = ROOT / "scripts" / "data"
SPANS = [
    "Dehors, le vieux!",
    "Bonjour tout le monde",
    "le pouvoir en place",
    "C'est une vraie révolution.",
    "Je ne sais pas.",
    "Il fait beau aujourd'hui.",
    "Le gouvernement a annoncé de nouvelles mesures.",
    "Merci beaucoup pour votre aide.",
    "Les élections auront lieu en mars.",
    "Où est la gare ?",
]


def repair_backend(path: Path, threads: int = 1) -> CTranslate2Backend:
    """The model at ``path`` as repair loads it (loaded once per process and thread count)."""
    model = ModelStore().get(str(path.resolve()))
    return load_backend(model.path, model.card, threads=threads)


def translate(backend: CTranslate2Backend, sents: list[str], batch: int = 32) -> list[str]:
    """Whole sentences through repair's backend (its preprocessing and decoding settings), in
    calls of ``batch`` sentences so that each call's length cap follows its own inputs."""
    out: list[str] = []
    for start in range(0, len(sents), batch):
        requests = [TranslationRequest(s, "fr", "en") for s in sents[start : start + batch]]
        out.extend(h.text for h in backend.translate_batch(requests))
    return out


def repair_spans(path: Path, spans: list[str]) -> list[str]:
    """The spans as ``repair fix`` would retranslate them (score in brackets)."""
    hyps = repair_backend(path).translate_batch([TranslationRequest(s, "fr", "en") for s in spans])
    return [f"{h.text!r} [score {h.score:.2f}]" for h in hyps]


#: A retranslated span is usable at this sentence chrF against its one reference.
USABLE_CHRF = 40.0
#: Spans per calibration set, and the bins the score range is cut into.
CALIBRATION_SPANS = 300
CALIBRATION_BINS = 10


def calibrate(path: Path, sets: dict[str, list[tuple[str, str]]]) -> float | None:
    """The model's fix/flag threshold, from short held-out sentences (the size of a stray span)
    translated through the backend as ``repair`` runs it (see ``calibrate_threshold``)."""
    backend = repair_backend(path)
    rows: list[tuple[float, bool]] = []
    for name, pairs in sets.items():
        hyps = backend.translate_batch([TranslationRequest(f, "fr", "en") for f, _ in pairs])
        scored = [
            (h.score, sacrebleu.sentence_chrf(h.text, [ref]).score >= USABLE_CHRF)
            for h, (_, ref) in zip(hyps, pairs, strict=True)
        ]
        usable = sum(ok for _, ok in scored) / max(1, len(scored))
        print(f"  {name}: {len(pairs)} spans, {usable:.0%} usable (sentence chrF >= {USABLE_CHRF})")
        rows += scored
    threshold, table = calibrate_threshold(rows, CALIBRATION_BINS)
    for row in table:
        mark = "fix " if row.fixed else "flag"
        print(f"  {mark} scores {row.high:6.2f} .. {row.low:6.2f}: {row.usable:.0%} usable")
    kept = [ok for score, ok in rows if threshold is None or score >= threshold]
    print(
        f"  threshold {threshold}: {len(kept) / max(1, len(rows)):.0%} of the spans fixed, "
        f"{sum(kept) / max(1, len(kept)):.0%} of those usable"
    )
    return threshold


def short_pairs(src: Path, ref: Path, shortest: int, longest: int) -> list[tuple[str, str]]:
    """The first held-out pairs of stray-span size (``shortest``..``longest`` words)."""
    pairs = zip(read(src), read(ref), strict=True)
    chosen = [(f, e) for f, e in pairs if shortest <= len(f.split()) <= longest]
    return chosen[:CALIBRATION_SPANS]


def read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def apertium_pivot(sents: list[str]) -> list[str] | None:
    """fr→es→en with apertium (`-u`: no unknown-word marks); None when not installed."""
    if not shutil.which("apertium"):
        return None
    # One segment per line; apertium keeps line breaks in plain-text mode.
    text = "\n".join(s.replace("\n", " ") for s in sents) + "\n"
    es = subprocess.run(
        ["apertium", "-u", "fr-es"], input=text, capture_output=True, text=True, check=True
    ).stdout
    en = subprocess.run(
        ["apertium", "-u", "spa-eng"], input=es, capture_output=True, text=True, check=True
    ).stdout
    out = en.split("\n")
    out = out[: len(sents)] + [""] * max(0, len(sents) - len(out))
    return [o.strip() for o in out]


def score(hyp: list[str], ref: list[str]) -> dict[str, object]:
    bleu = sacrebleu.metrics.BLEU()
    chrf = sacrebleu.metrics.CHRF()
    b = bleu.corpus_score(hyp, [ref])
    c = chrf.corpus_score(hyp, [ref])
    return {
        "bleu": round(b.score, 2),
        "chrf": round(c.score, 2),
        "bleu_signature": str(bleu.get_signature()),
        "chrf_signature": str(chrf.get_signature()),
    }


def speed(model_dir: Path, sents: list[str]) -> float:
    """Sentences per second on 1 thread (intra_threads=1, inter_threads=1), repair's beam."""
    backend = repair_backend(model_dir, threads=1)
    translate(backend, sents[:20])  # warm-up
    t = time.perf_counter()
    translate(backend, sents)
    return len(sents) / (time.perf_counter() - t)


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("model", type=Path, nargs="?", default=ROOT / "models" / "fr-en")
    p.add_argument("--dev", type=Path, default=DEV)
    p.add_argument("--heldout", type=Path, default=HELDOUT / "tatoeba-heldout")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--limit", type=int, default=0, help="score only the first N lines")
    p.add_argument("--speed-sents", type=int, default=300)
    p.add_argument("--no-apertium", action="store_true")
    p.add_argument(
        "--apertium-cache", type=Path, help="JSON file to reuse/store the apertium pivot scores"
    )
    p.add_argument(
        "--write-metadata",
        action="store_true",
        help="store the scores and speed in <model>/metadata.json",
    )
    args = p.parse_args()

    backend = repair_backend(args.model, threads=args.threads)
    sets = {
        "newstest2013": (args.dev / "wmt-newstest2013.fr", args.dev / "wmt-newstest2013.en"),
        "tatoeba-heldout": (args.heldout.with_suffix(".fr"), args.heldout.with_suffix(".en")),
    }
    results: dict[str, dict[str, object]] = {}
    # apertium is deterministic and slow (minutes): its scores can be cached in a JSON file.
    cache_path = args.apertium_cache
    cache = json.loads(cache_path.read_text()) if cache_path and cache_path.exists() else {}
    for name, (src_path, ref_path) in sets.items():
        if not src_path.exists():
            print(f"{name}: {src_path} missing, skipped")
            continue
        src, ref = read(src_path), read(ref_path)
        if args.limit:
            src, ref = src[: args.limit], ref[: args.limit]
        t = time.perf_counter()
        hyp = translate(backend, src)
        dt = time.perf_counter() - t
        s = score(hyp, ref)
        s["lines"] = len(src)
        results[name] = s
        print(
            f"{name} ({len(src)} lines, beam {BEAM_SIZE}, {dt:.0f}s): "
            f"BLEU {s['bleu']:.1f}  chrF {s['chrf']:.1f}"
        )
        print(f"  {s['bleu_signature']}\n  {s['chrf_signature']}")
        if not args.no_apertium:
            key = f"{name}:{len(src)}"
            a = cache.get(key)
            if a is None:
                ap = apertium_pivot(src)
                if ap is not None:
                    a = cache[key] = {
                        k: v for k, v in score(ap, ref).items() if k in ("bleu", "chrf")
                    }
            if a is None:
                print(
                    "  apertium: not installed (apt-get install apertium apertium-fr-es "
                    "apertium-eng-spa)"
                )
            else:
                results[name]["apertium_pivot"] = {"bleu": a["bleu"], "chrf": a["chrf"]}
                print(f"  apertium fr-es|spa-eng pivot: BLEU {a['bleu']:.1f}  chrF {a['chrf']:.1f}")

    if cache_path and cache:
        cache_path.write_text(json.dumps(cache, indent=1) + "\n", encoding="utf-8")
    print("\nshort spans:")
    ap_spans = None if args.no_apertium else apertium_pivot(SPANS)
    for i, (src, hyp) in enumerate(zip(SPANS, repair_spans(args.model, SPANS), strict=True)):
        extra = f"   [apertium: {ap_spans[i]}]" if ap_spans else ""
        print(f"  {src!r} -> {hyp}{extra}")

    speeds = {}
    for name, (src_path, _) in sets.items():
        if src_path.exists():
            sents = read(src_path)[: args.speed_sents]
            speeds[name] = round(speed(args.model, sents), 1)
            print(
                f"speed on 1 thread, beam {BEAM_SIZE}, {name} ({len(sents)} sentences): "
                f"{speeds[name]:.1f} sentences/s"
            )
    results["speed_1thread_sents_per_s"] = speeds
    results["speed_beam_size"] = BEAM_SIZE

    print("\nscore threshold (fix or flag), calibrated on short held-out sentences:")
    calibration = {
        name: short_pairs(src_path, ref_path, 3, 12)
        for name, (src_path, ref_path) in sets.items()
        if src_path.exists()
    }
    threshold = calibrate(args.model, calibration)

    if args.write_metadata:
        meta_path = args.model / "metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["scores"] = results
        if threshold is None:
            meta.pop("score_threshold", None)
        else:
            meta["score_threshold"] = threshold
        meta_path.write_text(
            json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"scores written to {meta_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
