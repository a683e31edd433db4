"""Start a new pair's model from a shipped one: its layers, and the embeddings of shared pieces.

Why: on two shared CPU cores a model trained from scratch needs ten hours to translate news
(models/fr-en took 613 minutes). A Spanish or German model whose decoder already writes
English, and whose encoder already reads a Romance or Latin-script language, only has to learn
its new source. The shipped model is read back from its CTranslate2 ``model.bin`` (int8
weights divided by their row scales), so no torch checkpoint has to be kept between sessions.
The new model has its own SentencePiece vocabulary: a piece the shipped vocabulary also has
(most English pieces, shared stems, punctuation) starts from the shipped embedding; the others
keep their random initialisation.
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import sentencepiece as spm
import torch

from .model import Seq2Seq

_DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")


def read_ctranslate2(path: Path) -> dict[str, np.ndarray]:
    """The variables of a CTranslate2 ``model.bin`` (binary version 6) as float32 arrays.

    Quantised weights come back divided by their ``weight_scale``; aliases (tied embeddings)
    are resolved to the variable they name.
    """
    blob = path.read_bytes()
    offset = 0

    def take(fmt: str) -> int:
        nonlocal offset
        (value,) = struct.unpack_from(fmt, blob, offset)
        offset += struct.calcsize(fmt)
        return value

    def string() -> str:
        nonlocal offset
        length = take("H")
        text = blob[offset : offset + length - 1].decode("utf-8")
        offset += length
        return text

    version = take("I")
    if version != 6:
        raise ValueError(f"{path}: CTranslate2 binary version {version}, expected 6")
    string()  # spec name
    take("I")  # spec revision
    raw: dict[str, np.ndarray] = {}
    for _ in range(take("I")):
        name = string()
        shape = [take("I") for _ in range(take("B"))]
        dtype = _DTYPES[take("B")]
        size = take("I")
        if dtype == "bfloat16":  # stored as the high half of a float32
            bits = np.frombuffer(blob, np.uint16, size // 2, offset).astype(np.uint32) << 16
            array = bits.view(np.float32)
        else:
            array = np.frombuffer(blob, dtype, size // np.dtype(dtype).itemsize, offset)
        raw[name] = array.reshape(shape)
        offset += size
    for _ in range(take("I")):
        alias, target = string(), string()
        raw[alias] = raw[target]
    weights = {}
    for name, array in raw.items():
        if name.endswith("_scale"):
            continue
        scale = raw.get(name + "_scale")
        value = array.astype(np.float32)
        weights[name] = value / scale[:, None] if scale is not None else value
    return weights


def _copy(param: torch.Tensor, value: np.ndarray) -> None:
    if tuple(param.shape) != value.shape:
        raise ValueError(f"shape {value.shape} does not fit {tuple(param.shape)}")
    param.copy_(torch.from_numpy(np.ascontiguousarray(value)))


def _linear(linear: torch.nn.Linear, weights: dict[str, np.ndarray], name: str) -> None:
    _copy(linear.weight, weights[f"{name}/weight"])
    _copy(linear.bias, weights[f"{name}/bias"])


def _fused(lins: list[torch.nn.Linear], weights: dict[str, np.ndarray], name: str) -> None:
    """Split a fused projection (rows of several projections stacked) over ``lins``."""
    parts = np.split(weights[f"{name}/weight"], len(lins))
    biases = np.split(weights[f"{name}/bias"], len(lins))
    for linear, weight, bias in zip(lins, parts, biases, strict=True):
        _copy(linear.weight, weight)
        _copy(linear.bias, bias)


def _norm(norm: torch.nn.LayerNorm, weights: dict[str, np.ndarray], name: str) -> None:
    _copy(norm.weight, weights[f"{name}/gamma"])
    _copy(norm.bias, weights[f"{name}/beta"])


@torch.no_grad()
def warm_start(model: Seq2Seq, shipped: Path, vocab: spm.SentencePieceProcessor) -> int:
    """Load the layers of the model in ``shipped`` (a folder of the ``repair`` layout, same
    architecture) into ``model``; copy the embedding of every piece of ``vocab`` the shipped
    vocabulary also has. Returns how many pieces were copied (the inverse of export.build_spec).
    """
    weights = read_ctranslate2(shipped / "model.bin")
    old = spm.SentencePieceProcessor(model_file=str(shipped / "source.spm"))
    old_ids = {old.id_to_piece(i): i for i in range(old.get_piece_size())}
    embeddings = weights["decoder/embeddings/weight"]
    bias = weights["decoder/projection/bias"]
    copied = 0
    for new_id in range(vocab.get_piece_size()):
        old_id = old_ids.get(vocab.id_to_piece(new_id))
        if old_id is not None:
            _copy(model.emb.weight[new_id], embeddings[old_id])
            model.out_bias[new_id] = float(bias[old_id])
            copied += 1
    _norm(model.enc_norm, weights, "encoder/layer_norm")
    for index, layer in enumerate(model.enc):
        name = f"encoder/layer_{index}"
        _norm(layer.norm, weights, f"{name}/self_attention/layer_norm")
        attention = layer.attn
        _fused([attention.q, attention.k, attention.v], weights, f"{name}/self_attention/linear_0")
        _linear(attention.o, weights, f"{name}/self_attention/linear_1")
        _norm(layer.ffn.norm, weights, f"{name}/ffn/layer_norm")
        _linear(layer.ffn.w1, weights, f"{name}/ffn/linear_0")
        _linear(layer.ffn.w2, weights, f"{name}/ffn/linear_1")
    _norm(model.dec_norm, weights, "decoder/layer_norm")
    for index, layer in enumerate(model.dec):
        name = f"decoder/layer_{index}"
        own, cross = layer.self_attn, layer.cross_attn
        _norm(layer.norm1, weights, f"{name}/self_attention/layer_norm")
        _fused([own.q, own.k, own.v], weights, f"{name}/self_attention/linear_0")
        _linear(own.o, weights, f"{name}/self_attention/linear_1")
        _norm(layer.norm2, weights, f"{name}/attention/layer_norm")
        _linear(cross.q, weights, f"{name}/attention/linear_0")
        _fused([cross.k, cross.v], weights, f"{name}/attention/linear_1")
        _linear(cross.o, weights, f"{name}/attention/linear_2")
        _norm(layer.ffn.norm, weights, f"{name}/ffn/layer_norm")
        _linear(layer.ffn.w1, weights, f"{name}/ffn/linear_0")
        _linear(layer.ffn.w2, weights, f"{name}/ffn/linear_1")
    model.zero_pad_row()
    return copied
