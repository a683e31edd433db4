"""Export the torch model to CTranslate2 (TransformerSpec, pre-norm) and check agreement.

The weights are copied one to one into `ctranslate2.specs.TransformerSpec`: no Hugging Face
round trip. Decoding starts from `<s>` (CTranslate2's default `decoder_start_token`), exactly as
in training; the source gets `</s>` appended by the caller (`add_source_eos` stays false in the
CTranslate2 config and `metadata.json` tells the runtime to append it).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import ctranslate2
import numpy as np
import sentencepiece as spm
import torch
from ctranslate2.specs import TransformerSpec, common_spec

from . import truecase_file
from .model import BOS, EOS, LN_EPS, ModelConfig, Seq2Seq

PREPROCESS = "moses-punct-normalize"


def load_model(workdir: Path, average: int = 1) -> tuple[Seq2Seq, dict[str, float]]:
    """Latest checkpoint, or the element-wise average of the last `average` snapshots."""
    ckpt = torch.load(workdir / "ckpt-latest.pt", weights_only=False, map_location="cpu")
    info = {
        "step": ckpt["step"],
        "trained_minutes": ckpt["trained_minutes"],
        "epoch": ckpt["epoch"] + ckpt["pos"] / 1000.0,
    }
    model = Seq2Seq(ModelConfig(**ckpt["model_config"]))
    state = ckpt["model"]
    if average > 1:
        snaps = sorted((workdir / "snapshots").glob("step-*.pt"))[-average:]
        if snaps:
            states = [torch.load(p, weights_only=False, map_location="cpu")["model"] for p in snaps]
            state = {k: sum(s[k].float() for s in states) / len(states) for k in states[0]}
            info["averaged"] = [int(p.stem.split("-")[1]) for p in snaps]
    model.load_state_dict(state)
    model.zero_pad_row()
    model.eval()
    return model, info


def _np(t: torch.Tensor) -> np.ndarray:
    return t.detach().float().numpy().copy()


def _ln(spec: common_spec.LayerNormSpec, ln: torch.nn.LayerNorm) -> None:
    spec.gamma = _np(ln.weight)
    spec.beta = _np(ln.bias)


def _lin(spec: common_spec.LinearSpec, *lins: torch.nn.Linear) -> None:
    """Fill a (possibly fused) linear layer: rows of several projections stacked."""
    spec.weight = np.concatenate([_np(x.weight) for x in lins], axis=0)
    spec.bias = np.concatenate([_np(x.bias) for x in lins], axis=0)


def build_spec(model: Seq2Seq, vocab: list[str]) -> TransformerSpec:
    """TransformerSpec (pre-norm, ReLU, sinusoidal positions) filled from the torch weights."""
    c: ModelConfig = model.cfg
    spec = TransformerSpec.from_config((c.enc_layers, c.dec_layers), c.n_heads, pre_norm=True)
    spec.config.layer_norm_epsilon = LN_EPS
    spec.config.add_source_eos = False
    emb = _np(model.emb.weight)
    pe = _np(model.pe)
    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight = emb
    enc.position_encodings.encodings = pe
    _ln(enc.layer_norm, model.enc_norm)
    for ls, lt in zip(enc.layer, model.enc, strict=True):
        _ln(ls.self_attention.layer_norm, lt.norm)
        _lin(ls.self_attention.linear[0], lt.attn.q, lt.attn.k, lt.attn.v)
        _lin(ls.self_attention.linear[1], lt.attn.o)
        _ln(ls.ffn.layer_norm, lt.ffn.norm)
        _lin(ls.ffn.linear_0, lt.ffn.w1)
        _lin(ls.ffn.linear_1, lt.ffn.w2)
    dec.embeddings.weight = emb
    dec.position_encodings.encodings = pe
    _ln(dec.layer_norm, model.dec_norm)
    dec.projection.weight = emb
    dec.projection.bias = _np(model.out_bias)
    for ls, lt in zip(dec.layer, model.dec, strict=True):
        _ln(ls.self_attention.layer_norm, lt.norm1)
        _lin(ls.self_attention.linear[0], lt.self_attn.q, lt.self_attn.k, lt.self_attn.v)
        _lin(ls.self_attention.linear[1], lt.self_attn.o)
        _ln(ls.attention.layer_norm, lt.norm2)
        _lin(ls.attention.linear[0], lt.cross_attn.q)
        _lin(ls.attention.linear[1], lt.cross_attn.k, lt.cross_attn.v)
        _lin(ls.attention.linear[2], lt.cross_attn.o)
        _ln(ls.ffn.layer_norm, lt.ffn.norm)
        _lin(ls.ffn.linear_0, lt.ffn.w1)
        _lin(ls.ffn.linear_1, lt.ffn.w2)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


class _SpecConverter(ctranslate2.converters.Converter):
    """Lets the stock converter validate, quantise and save a spec we filled ourselves."""

    def __init__(self, spec: TransformerSpec) -> None:
        self._spec = spec

    def _load(self) -> TransformerSpec:
        return self._spec


def convert(model: Seq2Seq, sp_path: Path, out_dir: Path, quantization: str | None) -> None:
    """Write a complete CTranslate2 model directory (model + vocab + spm files) to out_dir."""
    sp = spm.SentencePieceProcessor(model_file=str(sp_path))
    vocab = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    _SpecConverter(build_spec(model, vocab)).convert(
        str(out_dir), quantization=quantization, force=True
    )
    for name in ("source.spm", "target.spm"):
        shutil.copyfile(sp_path, out_dir / name)


def export(
    workdir: Path, out: Path, average: int = 4, quantization: str = "int8", src: str = "fr"
) -> None:
    """Convert into a temp dir, then copy the model files into `out` (keeping README.md)."""
    model, info = load_model(workdir, average)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        tmp_dir = Path(tmp) / "ct2"
        convert(model, workdir / "spm.model", tmp_dir, quantization)
        for f in tmp_dir.iterdir():
            shutil.copyfile(f, out / f.name)
    # The source truecaser the model was trained with goes along (a stale one is removed).
    tc_file = truecase_file(src)
    truecased = (workdir / tc_file).exists()
    if truecased:
        shutil.copyfile(workdir / tc_file, out / tc_file)
    else:
        (out / tc_file).unlink(missing_ok=True)
    meta_path = out / "metadata.json"
    old = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    meta = {
        "schema": "repair.model/1",
        "name": f"{src}-en",
        "source_lang": src,
        "target_lang": "en",
        "layout": "repair",
        "source_spm": "source.spm",
        "target_spm": "target.spm",
        "add_source_eos": True,
        "target_prefix": None,
        "preprocess": PREPROCESS,
        **({"truecase": tc_file} if truecased else {}),
        "scores": old.get("scores", {}),
        "trained_minutes": round(info["trained_minutes"], 1),
        "training_steps": info["step"],
        "averaged_snapshots": info.get("averaged", []),
        "quantization": quantization,
        "architecture": {**model.cfg.to_dict(), "pre_norm": True, "tied_embeddings": True},
    }
    prepared = workdir / "data" / "prepare.json"
    if prepared.exists():  # pair counts per corpus, for the model card
        meta["training_data"] = json.loads(prepared.read_text(encoding="utf-8"))
    elif "training_data" in old:
        meta["training_data"] = old["training_data"]
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(info), "->", out)


def check(workdir: Path, out: Path, n: int = 40, src: str = "fr") -> None:
    """(1) swapped-source dev loss must be worse; (2) torch greedy == CTranslate2 greedy."""
    from .data import normalize
    from .trainer import dev_loss, encode_corpus, greedy_translate

    model, info = load_model(workdir, 1)
    sp_path = workdir / "spm.model"
    sp = spm.SentencePieceProcessor(model_file=str(sp_path))
    data = workdir / "data"
    dev = []
    for name in ("devsmall-news", "devsmall-tatoeba"):
        # encode_corpus returns (pairs, line numbers): only the pairs are dev data.
        dev += encode_corpus(sp, data / f"{name}.{src}", data / f"{name}.en", 400)[0]
    true_nll = dev_loss(model, dev, bf16=False)
    swap_nll = dev_loss(model, dev, swap=True, bf16=False)
    print(
        f"step {info['step']}: dev NLL true sources {true_nll:.3f}, swapped {swap_nll:.3f}, "
        f"gap {swap_nll - true_nll:.3f} ({'OK' if swap_nll - true_nll > 0.5 else 'WEAK'})"
    )
    n = min(n, 50)
    news = (data / f"devsmall-news.{src}").read_text(encoding="utf-8").split("\n")[: n // 2]
    tat = (data / f"devsmall-tatoeba.{src}").read_text(encoding="utf-8").split("\n")[: n - n // 2]
    sents = [normalize(s, src) for s in news + tat]
    ref_en = (data / "devsmall-news.en").read_text(encoding="utf-8").split("\n")[: n // 2] + (
        data / "devsmall-tatoeba.en"
    ).read_text(encoding="utf-8").split("\n")[: n - n // 2]
    ref = greedy_translate(model, sp, sents, bf16=False)
    for quant in (None, "int8"):
        with tempfile.TemporaryDirectory(dir=workdir) as tmp:
            d = Path(tmp) / "ct2"
            convert(model, sp_path, d, quant)
            tr = ctranslate2.Translator(str(d), device="cpu", intra_threads=2)
            toks = [p + ["</s>"] for p in sp.encode(sents, out_type=str)]
            # Same length cap as the torch greedy decoder (one batch of <= 50 sentences).
            limit = min(model.cfg.max_len, int(max(len(x) for x in toks) * 1.5) + 5)
            res = tr.translate_batch(toks, beam_size=1, max_decoding_length=limit)
            hyp = [sp.decode(r.hypotheses[0]) for r in res]
            # Teacher-forced log-probs of the references: compares the whole network, even
            # for an untrained model whose greedy outputs are empty.
            refs = [r.rstrip("\n") for r in ref_en]
            scored = tr.score_batch(toks, sp.encode(refs, out_type=str))
        diffs = []
        model.eval()  # dev_loss/greedy_translate leave the model in train mode
        for i, sc in enumerate(scored):
            src_ids = torch.tensor([sp.encode(sents[i]) + [EOS]])
            tgt = sp.encode(refs[i])
            ti = torch.tensor([[BOS] + tgt])
            with torch.no_grad():
                logp = torch.log_softmax(model(src_ids, ti)[0].float(), -1)
            lp = logp[torch.arange(len(tgt) + 1), torch.tensor(tgt + [EOS])]
            diffs.append(float((lp - torch.tensor(sc.log_probs)).abs().max()))
        print(
            f"CTranslate2 {quant or 'float32'}: max |log-prob difference| vs torch "
            f"{max(diffs):.4f} (mean of per-sentence max {sum(diffs) / len(diffs):.4f})"
        )
        same = sum(a == b for a, b in zip(ref, hyp, strict=True))
        print(
            f"CTranslate2 {quant or 'float32'}: {same}/{len(sents)} greedy outputs identical "
            "to torch"
        )
        for a, b, s in (
            list(zip(ref, hyp, sents, strict=True))[:2]
            + [x for x in zip(ref, hyp, sents, strict=True) if x[0] != x[1]][:3]
        ):
            print(f"  src: {s}\n  torch: {a}\n  ct2:   {b}")
