"""OPUS-MT (Marian) converted with ``ct2-opus-mt-converter`` or ``ct2-transformers-converter``.

Files: CTranslate2's ``model.bin``/``config.json``/vocabularies plus ``source.spm`` and
``target.spm``. Marian models need ``</s>`` after the source: the OPUS-MT converter sets
``add_source_eos`` in ``config.json`` (CTranslate2 adds it), the Transformers converter does
not (we add it). Multi-target models choose the output language with a ``>>xxx<<`` token at
the start of the source. The pair comes from ``repair-languages.json`` (``models add --pair``),
the Marian README (``source language(s):``) or the ``opus-mt-SRC-TGT`` folder name.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from repair.backends.archive import FileTree
from repair.backends.base import ModelError
from repair.backends.layouts.base import (
    ModelCard,
    ModelLayout,
    check_tokenizer,
    code_from,
    ctranslate2_config,
    declared_languages,
    is_ctranslate2,
    language_table,
    register,
    vocabulary,
)

_TARGET_TOKEN = re.compile(r"^>>([a-z]{2,3}(?:_[A-Za-z]+)?)<<$")
_README_LANGS = re.compile(r"(source|target) languages?(?:\(s\))?:\s*([^\n]+)", re.IGNORECASE)
_NAME_PAIR = re.compile(r"opus-mt-(?:tc-[a-z0-9]+-)?([a-z]{2,3})-([a-z]{2,3})(?![a-z])")


def iso1(code: str) -> str | None:
    """ISO 639-1 for a 2- or 3-letter code (``fra``, ``fr``, ``fr_BE`` → ``fr``)."""
    code = code.split("_")[0].lower()
    if len(code) == 2:
        return code
    return code_from(code, "iso3")


def readme_languages(tree: FileTree, label: str) -> tuple[list[str], list[str]] | None:
    if not tree.has("README.md"):
        return None
    text = tree.read("README.md").decode("utf-8", errors="replace")
    found: dict[str, list[str]] = {}
    for side, codes in _README_LANGS.findall(text):
        mapped = [c for c in (iso1(code) for code in re.split(r"[\s,]+", codes)) if c]
        found.setdefault(side.lower(), []).extend(dict.fromkeys(mapped))
    if found.get("source") and found.get("target"):
        return found["source"], found["target"]
    return None


def name_languages(label: str) -> tuple[list[str], list[str]] | None:
    match = _NAME_PAIR.search(PurePath(label).name)
    if not match:
        return None
    source, target = iso1(match.group(1)), iso1(match.group(2))
    return ([source], [target]) if source and target else None


@register
class OpusMtLayout(ModelLayout):
    name = "opus-mt"
    order = 90

    def recognise(self, tree: FileTree, label: str) -> ModelCard | None:
        if not (is_ctranslate2(tree) and tree.has("source.spm") and tree.has("target.spm")):
            return None
        source_vocab = vocabulary(tree, "", "source", label)
        check_tokenizer(tree, "source.spm", source_vocab, "source", label)
        check_tokenizer(tree, "target.spm", vocabulary(tree, "", "target", label), "target", label)
        lang_tokens: dict[str, str] = {}
        for token in source_vocab:
            match = _TARGET_TOKEN.match(token)
            if match and (code := iso1(match.group(1))) and code in language_table():
                lang_tokens.setdefault(code, token)
        pair = (
            declared_languages(tree, label)
            or readme_languages(tree, label)
            or name_languages(label)
        )
        if pair is None:
            raise ModelError(
                f"{label}: cannot tell the language pair of this OPUS-MT model; "
                "add it with --pair SRC-TGT"
            )
        sources, targets = pair
        if lang_tokens:
            targets = [t for t in targets if t in lang_tokens] or sorted(lang_tokens)
        config = ctranslate2_config(tree, "", label)
        return ModelCard(
            layout=self.name,
            name="",
            source_langs=tuple(dict.fromkeys(sources)),
            target_langs=tuple(dict.fromkeys(targets)),
            model_dir="",
            source_spm="source.spm",
            target_spm="target.spm",
            append_eos=not config.get("add_source_eos", False),
            lang_tokens=lang_tokens,
        )

    def source_tokens(
        self, card: ModelCard, pieces: list[str], source_lang: str, target_lang: str
    ) -> list[str]:
        tokens = super().source_tokens(card, pieces, source_lang, target_lang)
        if card.lang_tokens:
            return [card.lang_tokens[target_lang], *tokens]
        return tokens
