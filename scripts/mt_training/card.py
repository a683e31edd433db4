"""Write models/<src>-en/README.md (the model card) from metadata.json.

Generated rather than hand-edited so that every re-export + `eval_model.py --write-metadata`
leaves a card whose numbers match the shipped weights.
"""

from __future__ import annotations

import json
from pathlib import Path

from repair.backends.ctranslate2 import BEAM_SIZE, LENGTH_PENALTY, NO_REPEAT_NGRAM

LANGUAGE = {"fr": "French", "es": "Spanish", "de": "German"}

TARGETS = {
    "fr": "beat the apertium fr→es→en pivot on both dev sets (newstest2013: chrF 46.2, "
    "BLEU 14.7); Tatoeba held-out BLEU >= 45; >= 30 sentences/s on 1 thread with beam 4",
    "es": "chrF on newstest2012 >= that of `apertium spa-eng` (issue 19)",
    "de": "chrF on newstest2013 >= 45 (issue 19; Debian has no German→English apertium pair)",
}

_TATOEBA_CREDIT = [
    "  CC-BY 2.0 (France). Attribution: **www.manythings.org/anki and tatoeba.org** (the",
    "  Tatoeba Project).",
]

DATA_LINES = {
    "fr": [
        "- Tatoeba French–English pairs (2019-04-07 release from www.manythings.org/anki),",
        *_TATOEBA_CREDIT,
        "  2,000 pairs are held out (`scripts/data/tatoeba-heldout.*`, never trained on);",
        "  scores are given on the part of them that no training pair matches once case,",
        "  punctuation and spaces are folded on either side",
        "  (`scripts/data/tatoeba-dedup-fr-en.*`).",
        "- Europarl v7 samples (23k sentence pairs; the Moses-tokenized sample detokenized with",
        "  sacremoses and XML-unescaped). Philipp Koehn, *Europarl: A Parallel Corpus for",
        "  Statistical Machine Translation*, MT Summit 2005.",
        "- WMT news test sets 2008–2012 (news-test2008, newssyscomb2009, newstest2009–2012),",
        "  from the WMT shared tasks, research use.",
    ],
    "es": [
        "- Tatoeba Spanish–English pairs (manythings.org `spa-eng.zip`, 2018-05-13),",
        *_TATOEBA_CREDIT,
        "  2,000 pairs are held out (`scripts/data/tatoeba-dedup-es-en.*`): no training pair",
        "  matches a held-out pair on either side once case, punctuation and spaces are folded.",
        "- WMT news test sets 2008–2011 (news-test2008, newssyscomb2009, newstest2009–2011),",
        "  Spanish side with the shared English side, WMT shared tasks, research use.",
        "  newstest2012 is the dev set and is not trained on.",
        "- News Commentary v8 es-en, first 5,000 lines (WMT13 training data, research use).",
    ],
    "de": [
        "- Tatoeba German–English pairs (manythings.org `deu-eng.zip`, 2018-05-13),",
        *_TATOEBA_CREDIT,
        "  2,000 pairs are held out (`scripts/data/tatoeba-dedup-de-en.*`): no training pair",
        "  matches a held-out pair on either side once case, punctuation and spaces are folded.",
        "- WMT news test sets 2008–2012, German side with the shared English side (WMT shared",
        "  tasks, research use). The newstest2012 pairs are left out: their English is the",
        "  reference of the Spanish dev set, and every dev set's English stays out of training.",
        "- News Commentary v8 de-en, first 5,000 lines (WMT13 training data, research use).",
    ],
}


def _apertium(s: dict) -> dict:
    """The apertium scores of a set (older metadata called them `apertium_pivot`)."""
    return s.get("apertium") or s.get("apertium_pivot") or {}


def _row(name: str, s: dict) -> str:
    if s.get("contaminated"):
        name += " (seen\\*)"
    ap = _apertium(s)
    ap_txt = f"{ap['bleu']:.1f} / {ap['chrf']:.1f}" if ap else "n/a"
    nw = s.get("nonword_pct")
    nw_txt = f"{nw:.1f}%" if nw is not None else "n/a"
    ap_nw = ap.get("nonword_pct")
    ap_nw_txt = f" / {ap_nw:.1f}%" if ap_nw is not None else ""
    return (
        f"| {name} | {s.get('lines', '')} | {s['bleu']:.1f} | {s['chrf']:.1f} | {nw_txt} "
        f"| {ap_txt}{ap_nw_txt} |"
    )


def _bucket_rows(name: str, s: dict) -> list[str]:
    ap = _apertium(s).get("by_length", {})
    rows = []
    for bucket, b in s.get("by_length", {}).items():
        a = ap.get(bucket)
        a_txt = f"{a['bleu']:.1f} / {a['chrf']:.1f}" if a else "n/a"
        rows.append(
            f"| {name} | {bucket} | {b['lines']} | {b['bleu']:.1f} | {b['chrf']:.1f} "
            f"| {b['nonword_pct']:.1f}% | {a_txt} |"
        )
    return rows


def write_card(model_dir: Path, notes: str = "") -> Path:
    """Render the card; `notes` is free text about the current state (e.g. under-training)."""
    meta = json.loads((model_dir / "metadata.json").read_text(encoding="utf-8"))
    src = meta.get("source_lang", "fr")
    language = LANGUAGE.get(src, src)
    name = meta.get("name") or f"{src}-en"
    arch = meta.get("architecture", {})
    scores = meta.get("scores", {})
    size_mb = sum(f.stat().st_size for f in model_dir.iterdir() if f.is_file()) / 1e6
    sets = {k: v for k, v in scores.items() if isinstance(v, dict) and "bleu" in v}
    rows = [_row(k, v) for k, v in sets.items()]
    bucket_rows = [r for k, v in sets.items() for r in _bucket_rows(k, v)]
    routes = sorted(
        {_apertium(v).get("route", "fr-es | spa-eng") for v in sets.values() if _apertium(v)}
    )
    apertium_txt = " or ".join(r.replace(" | ", " → ") for r in routes) if routes else "(none)"
    counts = meta.get("training_data") or {}
    counts_txt = ", ".join(f"{k} {v}" for k, v in counts.items() if k != "src")
    sigs = sorted(
        {
            v[k]
            for v in scores.values()
            if isinstance(v, dict)
            for k in ("bleu_signature", "chrf_signature")
            if k in v
        }
    )
    # Metadata written before the beam became a setting measured speed at beam 4.
    speed = (
        scores.get("speed_1thread_sents_per_s")
        or scores.get("speed_1thread_beam4_sents_per_s")
        or {}
    )
    speed_beam = scores.get("speed_beam_size", 4)
    threshold = meta.get("score_threshold")
    cal = scores.get("calibration") or {}
    cal_txt = (
        f"{cal['spans']} short sentences (3-12 words) of {', '.join(cal['sets'])}, "
        f"{cal['usable_pct']}% of whose translations are usable (sentence chrF >= "
        f"{cal['usable_chrf']:g}); at the threshold {cal['fixed_pct']}% of them are fixed and "
        f"{cal['usable_of_fixed_pct']}% of those are usable"
        if cal
        else "600 short held-out sentences"
    )
    threshold_txt = (
        f"{threshold}. A span whose translation scores lower (mean log-probability per "
        f"token) is flagged, not fixed; `scripts/eval_model.py` calibrates it on {cal_txt} "
        "(see repair/backends/README.md)."
        if threshold is not None
        else f"not calibrated (repair's default applies; measured on {cal_txt})."
    )
    speed_txt = ", ".join(f"{v} sentences/s on {k}" for k, v in speed.items()) or "not measured"
    lines = [
        f"# {name}: small {language}→English translation model (CTranslate2, int8)",
        "",
        f"Model of `repair` for translating {language} spans left in English articles (the",
        f"registry picks it when repair/langid says a span is {language}).",
        f"Trained on a CPU with `scripts/train_model.py --src {src}` (see Status); evaluated with",
        f"`scripts/eval_model.py models/{name}`.",
        "",
        "## Status",
        "",
        notes or "See the scores below.",
        "",
        f"Targets: {TARGETS.get(src, 'none set')}.",
        "",
        "## Files",
        "",
        "- `model.bin`, `config.json`, `shared_vocabulary.json`: CTranslate2 model "
        f"(quantization {meta.get('quantization', 'int8')}); directory size {size_mb:.1f} MB.",
        "- `source.spm`, `target.spm`: one joint 8k SentencePiece unigram model, under both",
        "  names.",
        "- `metadata.json`: how to call the model (`repair.model/1` layout).",
        *(
            [
                f"- `{meta['truecase']}`: the source truecaser, the usual lower-case form of",
                f"  each word that has one (learned from the {language} training side).",
            ]
            if meta.get("truecase")
            else []
        ),
        "",
        "## How to call it",
        "",
        f"1. Normalise the {language} text like the training data: Unicode NFC, then sacremoses",
        f'   `MosesPunctNormalizer(lang="{src}")`, then squeeze whitespace (`preprocess`:',
        f"   `{meta.get('preprocess')}`).",
        "   The tokenizer knows only the characters of its training text: repair spells the",
        "   others with known ones first (`Nečas` → `Necas`, `repair/data/mt_protect.toml`).",
        *(
            [
                "   Then truecase, as Moses does: a sentence's first word takes its usual form",
                f"   from `{meta['truecase']}` (`Dehors, le vieux !` → `dehors, le vieux !`;",
                "   names and acronyms keep their capital). The model was trained on truecased",
                "   sources (`repair.backends.truecase`).",
            ]
            if meta.get("truecase")
            else []
        ),
        "2. Encode with `source.spm` (as pieces) and **append `</s>`** (`add_source_eos: true`;",
        "   the CTranslate2 config itself does not add it).",
        f"3. `ctranslate2.Translator(...).translate_batch(pieces, beam_size={BEAM_SIZE},",
        f"   length_penalty={LENGTH_PENALTY}, no_repeat_ngram_size={NO_REPEAT_NGRAM},",
        "   replace_unknowns=True)` (repair's",
        "   settings); decoding starts",
        "   from `<s>` (the config's `decoder_start_token`), no target prefix.",
        "4. Decode the output pieces with `target.spm`.",
        "",
        "## Architecture",
        "",
        f"Pre-norm Transformer (plain PyTorch, exported weight by weight to "
        f"`ctranslate2.specs.TransformerSpec`): d_model {arch.get('d_model')}, "
        f"{arch.get('enc_layers')} encoder + {arch.get('dec_layers')} decoder layers, "
        f"{arch.get('n_heads')} heads, FFN {arch.get('ffn')}, ReLU, sinusoidal positions, one "
        f"embedding matrix shared by source, target and output layer (vocabulary "
        f"{arch.get('vocab_size')}); about 8.9M parameters.",
        "Training: Adam (0.9, 0.98), linear warm-up then inverse-square-root decay, label",
        "smoothing 0.1, residual dropout 0.1, token-based batches, bfloat16 autocast on CPU.",
        f"Trained for {meta.get('trained_minutes')} minutes of wall clock "
        f"({meta.get('training_steps')} steps) on a shared 2-core CPU; averaged snapshots: "
        f"{meta.get('averaged_snapshots') or 'none (latest checkpoint)'}.",
        "",
        "## Scores",
        "",
        "sacrebleu on detokenized output, whole sets, decoded as repair runs the model (beam "
        f"{BEAM_SIZE}, length penalty {LENGTH_PENALTY}, no repeated {NO_REPEAT_NGRAM}-grams, "
        "output length capped from the input):",
        "",
        f"| set | lines | BLEU | chrF | outputs with a non-word | apertium {apertium_txt} "
        "(BLEU / chrF / non-word) |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        "Signatures: " + "; ".join(f"`{s}`" for s in sigs),
        "",
        "A non-word is an output token that is neither an English word known to `wordfreq`, nor",
        "a number, nor copied from the source (e.g. `lawmocrats`): the share of outputs with at",
        "least one. `tatoeba-dedup` is the held-out Tatoeba slice without any pair that matches",
        "a training pair on either side once case, punctuation and spaces are folded.",
        *(
            [
                "",
                "\\* seen: the model may have seen this set's references in training (see the",
                "status above); the figure overstates it; it does not calibrate the threshold.",
            ]
            if any(v.get("contaminated") for v in sets.values())
            else []
        ),
        *(
            [
                "`tatoeba-unseen` is the part of `tatoeba-dedup` whose English side the model this",
                "one was warm-started from never saw in its own training.",
            ]
            if "tatoeba-unseen" in sets
            else []
        ),
        *(
            [
                "",
                "By source length (words); apertium as BLEU / chrF:",
                "",
                "| set | words | lines | BLEU | chrF | non-word | apertium |",
                "|---|---|---|---|---|---|---|",
                *bucket_rows,
            ]
            if bucket_rows
            else []
        ),
        "",
        f"Speed (CTranslate2, 1 thread, beam {speed_beam}, int8): {speed_txt}.",
        "",
        f"Score threshold (`score_threshold`): {threshold_txt}",
        "",
        "## Data and licences",
        "",
        *DATA_LINES.get(src, []),
        *([f"- Pairs after preparation: {counts_txt}."] if counts_txt else []),
        "- Preparation: NFC + Moses punctuation normalisation, "
        + (f"truecased {language} side, " if meta.get("truecase") else "")
        + "exact de-duplication, length",
        "  (<= 400 characters, <= 150 pieces) and length-ratio filtering; dev sets",
        "  (`../shared/data/dev`) kept out of training"
        + ("." if src == "fr" else ", on both sides (any dev English line too)."),
        "",
        "Limitations: a small model trained for a short time on little data; expect literal",
        "or wrong translations of rare words, names and long sentences. Use it to flag and",
        f"roughly translate left-over {language} spans, not as a general-purpose translator.",
        "",
    ]
    out = model_dir / "README.md"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out
