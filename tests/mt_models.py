"""Tiny translation models of every layout, built inside the test run.

A real SentencePiece model is trained on a few hundred Tatoeba sentences and a
CTranslate2 transformer with random numpy weights is saved around it, arranged as an
Argos package, an OPUS-MT conversion, NLLB, M2M-100 or the project's own layout. Random
weights translate nothing useful, which is what the score-threshold tests need; layout,
tokenization and loading are exercised for real.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import numpy as np

from tests.conftest import fixture_text


def sentences(limit: int = 600, lang: str = "fr") -> list[str]:
    """English and ``lang`` sentences (Tatoeba excerpt in tests/data) to train a tokenizer on."""
    lines = fixture_text(f"tatoeba-en-{lang}.tsv").splitlines()[:limit]
    return [part for line in lines if "\t" in line for part in line.split("\t")[:2]]


def train_spm(
    path: Path,
    lines: list[str],
    vocab_size: int = 300,
    symbols: tuple[str, ...] = (),
    byte_fallback: bool = False,
) -> list[str]:
    """Write a SentencePiece model to ``path``; return its pieces in id order."""
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=buffer,
        vocab_size=vocab_size,
        model_type="unigram",
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        user_defined_symbols=list(symbols),
        byte_fallback=byte_fallback,
        minloglevel=2,
    )
    path.write_bytes(buffer.getvalue())
    processor = spm.SentencePieceProcessor(model_proto=buffer.getvalue())
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def save_transformer(
    folder: Path,
    source_vocab: list[str],
    target_vocab: list[str] | None = None,
    *,
    add_source_eos: bool = False,
    seed: int = 0,
) -> None:
    """A 1+1-layer, 16-wide CTranslate2 transformer with random weights."""
    from ctranslate2.specs import TransformerSpec

    target_vocab = target_vocab or source_vocab
    rng = np.random.default_rng(seed)
    d, ffn = 16, 32

    def weights(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.3).astype(np.float32)

    def norm(layer) -> None:
        layer.gamma = np.ones(d, np.float32)
        layer.beta = np.zeros(d, np.float32)

    spec = TransformerSpec.from_config((1, 1), 2)
    encoder, decoder = spec.encoder, spec.decoder
    encoder.embeddings[0].weight = weights(len(source_vocab), d)
    decoder.embeddings.weight = weights(len(target_vocab), d)
    decoder.projection.weight = weights(len(target_vocab), d)
    norm(encoder.layer_norm)
    norm(decoder.layer_norm)
    for layer in list(encoder.layer) + list(decoder.layer):
        norm(layer.self_attention.layer_norm)
        norm(layer.ffn.layer_norm)
        layer.self_attention.linear[0].weight = weights(3 * d, d)
        layer.self_attention.linear[1].weight = weights(d, d)
        layer.ffn.linear_0.weight = weights(ffn, d)
        layer.ffn.linear_1.weight = weights(d, ffn)
    for layer in decoder.layer:
        norm(layer.attention.layer_norm)
        layer.attention.linear[0].weight = weights(d, d)
        layer.attention.linear[1].weight = weights(2 * d, d)
        layer.attention.linear[2].weight = weights(d, d)
    spec.register_source_vocabulary(source_vocab)
    spec.register_target_vocabulary(target_vocab)
    spec.config.add_source_eos = add_source_eos
    spec.validate()
    spec.optimize(quantization=None)
    folder.mkdir(parents=True, exist_ok=True)
    spec.save(str(folder))


def make_repair(folder: Path, *, pair: tuple[str, str] = ("fr", "en")) -> Path:
    """The project's own layout, like models/fr-en."""
    folder.mkdir(parents=True)
    pieces = train_spm(folder / "source.spm", sentences())
    shutil.copy(folder / "source.spm", folder / "target.spm")
    save_transformer(folder, pieces)
    metadata = {
        "schema": "repair.model/1",
        "name": f"tiny-{pair[0]}-{pair[1]}",
        "source_lang": pair[0],
        "target_lang": pair[1],
        "layout": "repair",
        "source_spm": "source.spm",
        "target_spm": "target.spm",
        "add_source_eos": True,
        "target_prefix": None,
        "preprocess": "moses-punct-normalize",
        "scores": {"chrf_newstest2013": 0.0},
    }
    (folder / "metadata.json").write_text(json.dumps(metadata))
    return folder


def make_argos_folder(folder: Path, *, target_tokenizer: bool = True) -> Path:
    """An unpacked Argos package; without a target tokenizer, like OPUS-MT-built ones."""
    folder.mkdir(parents=True)
    lines = sentences()
    french = lines[1::2]
    english = lines[0::2]
    if target_tokenizer:
        pieces = train_spm(folder / "sentencepiece.model", lines)
        source_vocab = target_vocab = pieces
    else:
        source_vocab = train_spm(folder / "sentencepiece.model", french, vocab_size=250)
        target_vocab = train_spm(folder / "target-only.model", english, vocab_size=250)
        (folder / "target-only.model").unlink()
    save_transformer(folder / "model", source_vocab, target_vocab)
    metadata = {
        "package_version": "1.0",
        "argos_version": "1.9",
        "from_code": "fr",
        "from_name": "French",
        "to_code": "en",
        "to_name": "English",
        "type": "translate",
    }
    (folder / "metadata.json").write_text(json.dumps(metadata))
    return folder


def zip_folder(folder: Path, archive: Path, wrap: str | None = None) -> Path:
    """Zip a folder, inside a top-level ``wrap`` folder as Argos packages are."""
    with zipfile.ZipFile(archive, "w") as handle:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                name = path.relative_to(folder).as_posix()
                handle.write(path, f"{wrap}/{name}" if wrap else name)
    return archive


def make_opus_mt(
    folder: Path, *, converter: str = "opus-mt", targets: tuple[str, ...] = ()
) -> Path:
    """An OPUS-MT conversion; ``targets`` adds ``>>xxx<<`` tokens (a multi-target model)."""
    folder.mkdir(parents=True)
    tokens = tuple(f">>{t}<<" for t in targets)
    source = train_spm(folder / "source.spm", sentences(), symbols=tokens)
    target = train_spm(folder / "target.spm", sentences())
    # Marian models share one vocabulary: the union of both tokenizers.
    shared = list(dict.fromkeys(source + target))
    save_transformer(folder, shared, add_source_eos=converter == "opus-mt")
    return folder


def make_language_token_model(folder: Path, tokens: list[str]) -> Path:
    """An NLLB- or M2M-100-like model: one tokenizer, language tokens added to the vocabulary."""
    folder.mkdir(parents=True)
    pieces = train_spm(folder / "sentencepiece.bpe.model", sentences())
    save_transformer(folder, pieces + tokens)
    return folder
