"""Argos Translate packages (``.argosmodel`` zips).

Files: ``metadata.json``, ``model/`` (CTranslate2) and ``sentencepiece.model``.

Packages built from OPUS-MT ship only the source tokenizer: their target pieces are not in
``sentencepiece.model``, and decoding with it leaves ``▁`` in the output. When the target
vocabulary does not match the tokenizer, the card has no target tokenizer and the backend
joins the pieces itself.
"""

from __future__ import annotations

from repair.backends.archive import FileTree
from repair.backends.base import ModelError
from repair.backends.layouts.base import (
    MIN_VOCABULARY_MATCH,
    ModelCard,
    ModelLayout,
    check_tokenizer,
    is_ctranslate2,
    ordinary_tokens,
    read_json,
    register,
    tokenizer_pieces,
    vocabulary,
    vocabulary_match,
)

TOKENIZER = "sentencepiece.model"
MODEL_DIR = "model/"


@register
class ArgosLayout(ModelLayout):
    name = "argos"
    order = 20

    def recognise(self, tree: FileTree, label: str) -> ModelCard | None:
        if not tree.has("metadata.json"):
            return None
        meta = read_json(tree, "metadata.json", label)
        if not ("from_code" in meta and "to_code" in meta):
            return None
        if meta.get("type", "translate") != "translate":
            raise ModelError(f"{label}: Argos package of type {meta.get('type')!r}, not translate")
        if not is_ctranslate2(tree, MODEL_DIR):
            raise ModelError(f"{label}: Argos package without {MODEL_DIR}model.bin")
        source_vocab = vocabulary(tree, MODEL_DIR, "source", label)
        check_tokenizer(tree, TOKENIZER, source_vocab, "source", label)
        target_vocab = ordinary_tokens(vocabulary(tree, MODEL_DIR, "target", label))
        pieces = tokenizer_pieces(tree, TOKENIZER, label)
        has_target_tokenizer = vocabulary_match(target_vocab, pieces) >= MIN_VOCABULARY_MATCH
        notes = () if has_target_tokenizer else ("no target tokenizer: output pieces are joined",)
        return ModelCard(
            layout=self.name,
            name="",
            source_langs=(str(meta["from_code"]),),
            target_langs=(str(meta["to_code"]),),
            model_dir=MODEL_DIR,
            source_spm=TOKENIZER,
            target_spm=TOKENIZER if has_target_tokenizer else None,
            target_prefix=meta.get("target_prefix") or None,
            notes=notes,
        )
