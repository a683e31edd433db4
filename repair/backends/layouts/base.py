"""The model-layout family: how a folder or archive of a translation model is organised.

Users bring models in the ecosystem's formats (Argos packages, converted OPUS-MT, NLLB,
M2M-100) as well as the project's own. Each layout recognises its files, reads the
language pair, checks that the tokenizer matches the vocabulary, and says how to turn
SentencePiece pieces into the model's input (language tokens, ``</s>``) and which target
prefix to force. The result is a :class:`ModelCard`; the backend needs nothing else.
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from repair.backends.archive import FileTree
from repair.backends.base import ModelError
from repair.core.registry import Registry
from repair.data import load_toml

#: Written by ``repair models add --pair`` when a layout cannot tell its language pair.
LANGUAGES_FILE = "repair-languages.json"
#: Share of the tokenizer's pieces that must be in the model's vocabulary.
MIN_VOCABULARY_MATCH = 0.9
_VOCABULARY_FILES = ("{side}_vocabulary.json", "{side}_vocabulary.txt")
_SPECIAL = re.compile(r"^(<[^>]*>|>>[^<>]+<<)$")


@dataclass(frozen=True)
class ModelCard:
    """What a layout found out about a model; enough to load and drive it."""

    layout: str
    name: str
    source_langs: tuple[str, ...]
    target_langs: tuple[str, ...]
    #: Folder of the CTranslate2 files, relative to the model root ("" for the root).
    model_dir: str
    source_spm: str
    #: ``None`` when the package has no target tokenizer: pieces are joined on ``▁``.
    target_spm: str | None
    #: Append ``</s>`` to the source pieces (the model needs it and CTranslate2 does not add it).
    append_eos: bool = False
    #: Language code → the model's language token (``fra_Latn``, ``__fr__``, ``>>fra<<``).
    lang_tokens: Mapping[str, str] = field(default_factory=dict)
    #: A fixed token forced at the start of every output.
    target_prefix: str | None = None
    #: Text normalisation the model was trained with, applied before tokenizing.
    preprocess: str | None = None
    #: The source truecaser's file (usual lower-case forms), applied after ``preprocess``.
    truecase: str | None = None
    scores: Mapping[str, Any] = field(default_factory=dict)
    #: The fix/flag score threshold calibrated for this model, if its metadata gives one.
    score_threshold: float | None = None
    notes: tuple[str, ...] = ()

    @property
    def multilingual(self) -> bool:
        return len(self.source_langs) > 1 or len(self.target_langs) > 1

    def covers(self, source_lang: str, target_lang: str) -> bool:
        return source_lang in self.source_langs and target_lang in self.target_langs

    @property
    def pairs(self) -> str:
        """The pairs for people: ``fr→en`` or ``{de,fr}→{en,fr}``."""
        return f"{_langs(self.source_langs)}→{_langs(self.target_langs)}"


def _langs(langs: Sequence[str]) -> str:
    if len(langs) == 1:
        return langs[0]
    if len(langs) > 6:
        return f"{{{','.join(langs[:6])},… {len(langs)} languages}}"
    return "{" + ",".join(langs) + "}"


class ModelLayout(ABC):
    """Base of every layout. ``recognise`` returns ``None`` when the files are not its kind."""

    name: ClassVar[str]
    #: Layouts are tried in this order (specific markers first, generic ones last).
    order: ClassVar[int] = 50

    @abstractmethod
    def recognise(self, tree: FileTree, label: str) -> ModelCard | None:
        """The card of the model in ``tree``; ModelError when it is this layout but broken."""

    def source_tokens(
        self, card: ModelCard, pieces: list[str], source_lang: str, target_lang: str
    ) -> list[str]:
        """The model input for one text's SentencePiece pieces."""
        return pieces + ["</s>"] if card.append_eos else pieces

    def target_prefix(self, card: ModelCard, source_lang: str, target_lang: str) -> list[str]:
        """Tokens forced at the start of the output (dropped from the translation)."""
        return [card.target_prefix] if card.target_prefix else []


LAYOUTS: Registry[type[ModelLayout]] = Registry("model layout")


def register(cls: type[ModelLayout]) -> type[ModelLayout]:
    LAYOUTS.register(cls.name)(cls)
    return cls


# ----------------------------------------------------------------------------- helpers


def language_table() -> dict[str, dict[str, str]]:
    """ISO 639-1 code → its ISO 639-3 and FLORES-200 codes (repair/data/languages.toml)."""
    return load_toml("languages.toml")["languages"]


def code_from(alias: str, scheme: str) -> str | None:
    """The ISO 639-1 code for a code of another scheme (``fra_Latn`` → ``fr``)."""
    for code, codes in language_table().items():
        if codes.get(scheme) == alias:
            return code
    return None


def read_json(tree: FileTree, name: str, label: str) -> dict[str, Any]:
    try:
        data = json.loads(tree.read(name).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{label}: {name} is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ModelError(f"{label}: {name} is not a JSON object")
    return data


def is_ctranslate2(tree: FileTree, folder: str = "") -> bool:
    return tree.has(folder + "model.bin")


def ctranslate2_config(tree: FileTree, folder: str, label: str) -> dict[str, Any]:
    """The model's ``config.json`` (older CTranslate2 models have none)."""
    name = folder + "config.json"
    return read_json(tree, name, label) if tree.has(name) else {}


def vocabulary(tree: FileTree, folder: str, side: str, label: str) -> list[str]:
    """The model's source or target vocabulary (a shared one serves both sides)."""
    for candidate in (side, "shared"):
        for pattern in _VOCABULARY_FILES:
            name = folder + pattern.format(side=candidate)
            if not tree.has(name):
                continue
            raw = tree.read(name).decode("utf-8", errors="replace")
            if name.endswith(".json"):
                try:
                    tokens = json.loads(raw)
                except json.JSONDecodeError as exc:
                    raise ModelError(f"{label}: {name} is not valid JSON ({exc})") from None
                if not isinstance(tokens, list):
                    raise ModelError(f"{label}: {name} is not a list of tokens")
                return [str(t) for t in tokens]
            return raw.rstrip("\n").split("\n")
    raise ModelError(f"{label}: no {side} vocabulary in {folder or 'the model folder'}")


def tokenizer_pieces(tree: FileTree, name: str, label: str) -> list[str]:
    """The ordinary pieces of a SentencePiece model (control and unknown pieces left out)."""
    import sentencepiece

    processor = sentencepiece.SentencePieceProcessor()
    try:
        processor.LoadFromSerializedProto(tree.read(name))
    except (RuntimeError, OSError) as exc:
        raise ModelError(f"{label}: {name} is not a SentencePiece model ({exc})") from None
    return [
        processor.id_to_piece(i)
        for i in range(processor.get_piece_size())
        if not (processor.is_control(i) or processor.is_unknown(i))
    ]


def vocabulary_match(pieces: Sequence[str], vocab: Sequence[str]) -> float:
    """The share of ``pieces`` found in ``vocab`` (1.0 for an empty list)."""
    if not pieces:
        return 1.0
    known = set(vocab)
    return sum(piece in known for piece in pieces) / len(pieces)


def check_tokenizer(tree: FileTree, spm: str, vocab: Sequence[str], side: str, label: str) -> None:
    """ModelError unless the tokenizer's pieces are the model's vocabulary."""
    if not tree.has(spm):
        raise ModelError(f"{label}: the {side} tokenizer {spm} is missing")
    share = vocabulary_match(tokenizer_pieces(tree, spm, label), vocab)
    if share < MIN_VOCABULARY_MATCH:
        raise ModelError(
            f"{label}: the {side} tokenizer {spm} does not match the model's vocabulary "
            f"(only {share:.0%} of its pieces are in it)"
        )


def ordinary_tokens(vocab: Sequence[str]) -> list[str]:
    """Vocabulary tokens without specials (``<s>``, ``<unk>``, ``>>fra<<``)."""
    return [token for token in vocab if not _SPECIAL.match(token)]


def declared_languages(tree: FileTree, label: str) -> tuple[list[str], list[str]] | None:
    """The pair written by ``repair models add --pair`` when the layout could not tell."""
    if not tree.has(LANGUAGES_FILE):
        return None
    data = read_json(tree, LANGUAGES_FILE, label)
    source, target = data.get("source"), data.get("target")
    if not (isinstance(source, list) and isinstance(target, list) and source and target):
        raise ModelError(f"{label}: {LANGUAGES_FILE} needs non-empty 'source' and 'target' lists")
    return [str(s) for s in source], [str(t) for t in target]


def single_file(tree: FileTree, suffixes: tuple[str, ...], folder: str = "") -> str | None:
    """The one file at ``folder`` with one of ``suffixes``, if there is exactly one."""
    found = [
        name
        for name in tree.names
        if name.startswith(folder) and "/" not in name[len(folder) :] and name.endswith(suffixes)
    ]
    return found[0] if len(found) == 1 else None


class LanguageTokenLayout(ModelLayout):
    """Many-to-many models steered by language tokens (NLLB, M2M-100).

    Input: ``[source token] + pieces + </s>``; output forced to start with the target token.
    """

    #: How the model's language tokens look.
    token_pattern: ClassVar[re.Pattern[str]]

    @abstractmethod
    def code_of(self, token: str) -> str | None:
        """The ISO 639-1 code a language token stands for."""

    def recognise(self, tree: FileTree, label: str) -> ModelCard | None:
        if not is_ctranslate2(tree):
            return None
        source_vocab = vocabulary(tree, "", "source", label)
        tokens = [t for t in source_vocab if self.token_pattern.match(t)]
        if len(tokens) < 2:
            return None
        lang_tokens = {code: t for t in tokens if (code := self.code_of(t)) is not None}
        if len(lang_tokens) < 2:
            raise ModelError(f"{label}: {self.name} model whose language tokens are all unknown")
        spm = "sentencepiece.bpe.model" if tree.has("sentencepiece.bpe.model") else None
        spm = spm or single_file(tree, (".model", ".spm"))
        if spm is None:
            raise ModelError(f"{label}: {self.name} model needs exactly one SentencePiece model")
        check_tokenizer(tree, spm, source_vocab, "source", label)
        config = ctranslate2_config(tree, "", label)
        langs = tuple(sorted(lang_tokens))
        return ModelCard(
            layout=self.name,
            name="",
            source_langs=langs,
            target_langs=langs,
            model_dir="",
            source_spm=spm,
            target_spm=spm,
            append_eos=not config.get("add_source_eos", False),
            lang_tokens=lang_tokens,
        )

    def source_tokens(
        self, card: ModelCard, pieces: list[str], source_lang: str, target_lang: str
    ) -> list[str]:
        return [card.lang_tokens[source_lang], *super().source_tokens(card, pieces, "", "")]

    def target_prefix(self, card: ModelCard, source_lang: str, target_lang: str) -> list[str]:
        return [card.lang_tokens[target_lang]]
