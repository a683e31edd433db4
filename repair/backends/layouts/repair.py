"""The project's own layout (``models/fr-en``): CTranslate2 files plus ``metadata.json``.

``metadata.json`` = ``{"schema": "repair.model/1", "name", "source_lang", "target_lang",
"layout": "repair", "source_spm", "target_spm", "add_source_eos", "target_prefix",
"preprocess", "truecase", "scores"}``; ``truecase`` (optional) names the source truecaser's
file in the folder (see :mod:`repair.backends.truecase`).
"""

from __future__ import annotations

from repair.backends.archive import FileTree
from repair.backends.base import ModelError
from repair.backends.layouts.base import (
    ModelCard,
    ModelLayout,
    check_tokenizer,
    ctranslate2_config,
    is_ctranslate2,
    read_json,
    register,
    vocabulary,
)
from repair.backends.text import PREPROCESSORS

SCHEMA = "repair.model/1"


@register
class RepairLayout(ModelLayout):
    name = "repair"
    order = 10

    def recognise(self, tree: FileTree, label: str) -> ModelCard | None:
        if not tree.has("metadata.json"):
            return None
        meta = read_json(tree, "metadata.json", label)
        if meta.get("layout") != "repair" and not str(meta.get("schema", "")).startswith("repair."):
            return None
        if meta.get("schema") != SCHEMA:
            raise ModelError(f"{label}: unsupported model schema {meta.get('schema')!r}")
        missing = [k for k in ("source_lang", "target_lang", "source_spm") if not meta.get(k)]
        if missing:
            raise ModelError(f"{label}: metadata.json lacks {', '.join(missing)}")
        if not is_ctranslate2(tree):
            raise ModelError(f"{label}: model.bin is missing")
        source_spm = str(meta["source_spm"])
        target_spm = str(meta.get("target_spm") or source_spm)
        check_tokenizer(tree, source_spm, vocabulary(tree, "", "source", label), "source", label)
        check_tokenizer(tree, target_spm, vocabulary(tree, "", "target", label), "target", label)
        preprocess = meta.get("preprocess") or None
        if preprocess is not None and preprocess not in PREPROCESSORS:
            raise ModelError(f"{label}: unknown preprocess step {preprocess!r}")
        truecase = meta.get("truecase") or None
        if truecase is not None and not tree.has(str(truecase)):
            raise ModelError(f"{label}: the truecase file {truecase!r} is missing")
        config = ctranslate2_config(tree, "", label)
        return ModelCard(
            layout=self.name,
            name=str(meta.get("name") or ""),
            source_langs=(str(meta["source_lang"]),),
            target_langs=(str(meta["target_lang"]),),
            model_dir="",
            source_spm=source_spm,
            target_spm=target_spm,
            append_eos=bool(meta.get("add_source_eos")) and not config.get("add_source_eos"),
            target_prefix=meta.get("target_prefix") or None,
            preprocess=preprocess,
            truecase=str(truecase) if truecase else None,
            scores=meta.get("scores") or {},
            score_threshold=_threshold(meta, label),
        )


def _threshold(meta: dict, label: str) -> float | None:
    value = meta.get("score_threshold")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value > 0:
        raise ModelError(f"{label}: score_threshold must be a negative number, not {value!r}")
    return float(value)
