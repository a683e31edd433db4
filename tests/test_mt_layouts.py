"""Model layouts: each is recognised from a folder and from an archive, and tokenized right."""

from __future__ import annotations

import json
import shutil
import tarfile
from pathlib import Path

import pytest

from repair.backends.archive import open_tree
from repair.backends.base import ModelError, TranslationRequest
from repair.backends.ctranslate2 import CTranslate2Backend, load_backend
from repair.backends.layouts import recognise
from tests import mt_models


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("layouts")
    return {
        "repair": mt_models.make_repair(root / "fr-en"),
        "argos": mt_models.make_argos_folder(root / "argos"),
        "argos-no-target": mt_models.make_argos_folder(root / "argos-nt", target_tokenizer=False),
        "opus-mt": mt_models.make_opus_mt(root / "opus-mt-fr-en"),
        "opus-mt-transformers": mt_models.make_opus_mt(
            root / "opus-mt-tc-big-fr-en", converter="transformers"
        ),
        "opus-mt-multi": mt_models.make_opus_mt(
            root / "opus-mt-fr-ROMANCE", converter="transformers", targets=("fra", "spa", "ita")
        ),
        "nllb": mt_models.make_language_token_model(
            root / "nllb", ["eng_Latn", "fra_Latn", "deu_Latn"]
        ),
        "m2m100": mt_models.make_language_token_model(root / "m2m", ["__en__", "__fr__", "__de__"]),
    }


def card_of(path: Path):
    return recognise(open_tree(path))


def model_input(path: Path, source: str = "fr", target: str = "en") -> tuple[list, list]:
    card = card_of(path)
    backend = load_backend(path, card)
    request = TranslationRequest("Le chat dort.", source, target)
    return backend.encode(request), backend.layout.target_prefix(card, source, target)


def test_repair_layout(built):
    card = card_of(built["repair"])
    assert (card.layout, card.source_langs, card.target_langs) == ("repair", ("fr",), ("en",))
    assert card.preprocess == "moses-punct-normalize"
    tokens, prefix = model_input(built["repair"])
    assert tokens[-1] == "</s>" and prefix == []  # metadata asks for </s>


def _with_metadata(source: Path, folder: Path, **changes: object) -> Path:
    shutil.copytree(source, folder)
    meta = json.loads((folder / "metadata.json").read_text())
    (folder / "metadata.json").write_text(json.dumps(meta | changes))
    return folder


def test_repair_layout_truecases_the_source_when_the_model_ships_a_truecaser(built, tmp_path):
    folder = _with_metadata(built["repair"], tmp_path / "tc", truecase="truecase.fr")
    (folder / "truecase.fr").write_text("le\nchat\n", encoding="utf-8")
    card = card_of(folder)
    assert card.truecase == "truecase.fr" and card_of(built["repair"]).truecase is None
    backend = load_backend(folder, card)
    plain = load_backend(built["repair"], card_of(built["repair"]))

    def pieces(b, text):
        return b.encode(TranslationRequest(text, "fr", "en"))

    assert pieces(backend, "Le chat dort. Chat !") == pieces(plain, "le chat dort. chat !")
    assert pieces(backend, "Le chat dort.") != pieces(plain, "Le chat dort.")


def test_repair_layout_with_a_missing_truecaser(built, tmp_path):
    folder = _with_metadata(built["repair"], tmp_path / "tc", truecase="truecase.fr")
    with pytest.raises(ModelError, match="truecase file 'truecase.fr' is missing"):
        card_of(folder)


def test_argos_layout_from_folder_and_archive(built, tmp_path):
    card = card_of(built["argos"])
    assert (card.layout, card.model_dir, card.target_spm) == (
        "argos",
        "model/",
        "sentencepiece.model",
    )
    archive = mt_models.zip_folder(
        built["argos"], tmp_path / "translate-fr_en-1_0.argosmodel", wrap="translate-fr_en-1_0"
    )
    tree = open_tree(archive)
    assert tree.root == "translate-fr_en-1_0/"
    assert recognise(tree).pairs == "fr→en"


def test_argos_without_target_tokenizer_joins_pieces(built):
    card = card_of(built["argos-no-target"])
    assert card.target_spm is None and card.notes
    backend = load_backend(built["argos-no-target"], card)
    assert backend.decode(["▁The", "▁ca", "t", "▁sleeps", "."]) == "The cat sleeps."
    hypothesis = backend.translate_batch([TranslationRequest("Le chat dort.", "fr", "en")])[0]
    assert "▁" not in hypothesis.text


def test_opus_mt_converters_differ_in_source_eos(built):
    # ct2-opus-mt-converter sets add_source_eos: CTranslate2 appends </s> itself.
    tokens, _ = model_input(built["opus-mt"])
    assert tokens[-1] != "</s>"
    # ct2-transformers-converter does not: the layout appends it.
    tokens, _ = model_input(built["opus-mt-transformers"])
    assert tokens[-1] == "</s>"
    assert card_of(built["opus-mt-transformers"]).pairs == "fr→en"  # from the folder name


def test_opus_mt_multi_target_token(built, tmp_path):
    folder = tmp_path / "multi"
    shutil.copytree(built["opus-mt-multi"], folder)
    (folder / "README.md").write_text(
        "# opus-mt-fr-ROMANCE\n* source language(s): fr\n* target language(s): fr es it\n"
    )
    card = card_of(folder)
    assert card.target_langs == ("fr", "es", "it")
    assert card.lang_tokens["es"] == ">>spa<<"
    tokens, prefix = model_input(folder, "fr", "es")
    assert tokens[0] == ">>spa<<" and tokens[-1] == "</s>" and prefix == []


def test_opus_mt_without_a_pair_asks_for_one(built):
    with pytest.raises(ModelError, match="--pair"):
        card_of(built["opus-mt-multi"])  # "ROMANCE" is a group, not a language


@pytest.mark.parametrize(
    ("key", "source_token", "target_token"),
    [("nllb", "fra_Latn", "eng_Latn"), ("m2m100", "__fr__", "__en__")],
)
def test_language_token_layouts(built, key, source_token, target_token):
    card = card_of(built[key])
    assert card.layout == key and card.covers("fr", "en") and card.covers("de", "fr")
    tokens, prefix = model_input(built[key])
    assert tokens[0] == source_token and tokens[-1] == "</s>"
    assert prefix == [target_token]
    backend = load_backend(built[key], card)
    hypothesis = backend.translate_batch([TranslationRequest("Le chat dort.", "fr", "en")])[0]
    assert target_token not in hypothesis.text  # the forced prefix is not part of the output


def test_tar_archive_is_recognised(built, tmp_path):
    archive = tmp_path / "opus-mt-fr-en.tar.gz"
    with tarfile.open(archive, "w:gz") as handle:
        handle.add(built["opus-mt"], arcname="opus-mt-fr-en")
    assert recognise(open_tree(archive)).layout == "opus-mt"


def test_tokenizer_that_does_not_match_the_vocabulary(built, tmp_path):
    folder = tmp_path / "mismatch"
    shutil.copytree(built["repair"], folder)
    shouted = [line.upper() for line in mt_models.sentences()]
    mt_models.train_spm(folder / "source.spm", shouted)
    with pytest.raises(ModelError, match="does not match the model's vocabulary"):
        card_of(folder)


def test_not_a_model(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ModelError, match="not a translation model"):
        card_of(tmp_path)


def test_unsupported_schema(built, tmp_path):
    folder = _with_metadata(built["repair"], tmp_path / "future", schema="repair.model/9")
    with pytest.raises(ModelError, match="unsupported model schema"):
        card_of(folder)


def test_corrupt_weights_fail_to_load(built, tmp_path):
    folder = tmp_path / "corrupt"
    shutil.copytree(built["repair"], folder)
    (folder / "model.bin").write_bytes(b"not a model")
    card = card_of(folder)  # the layout is fine ...
    with pytest.raises(ModelError, match="cannot load the model"):
        CTranslate2Backend(folder, card)  # ... the weights are not


def test_backend_refuses_another_pair(built):
    backend = load_backend(built["repair"], card_of(built["repair"]))
    with pytest.raises(ModelError, match="not de→en"):
        backend.translate_batch([TranslationRequest("Guten Tag", "de", "en")])


def test_models_load_once_per_path_and_threads(built):
    card = card_of(built["repair"])
    first = load_backend(built["repair"], card, threads=1)
    assert load_backend(built["repair"], card, threads=1) is first
    assert load_backend(built["repair"], card, threads=2) is not first


def _mean_log_probs_at_length_penalty_1(backend, requests) -> list[tuple[list[str], float]]:
    """Hypotheses and scores straight from CTranslate2 with no length penalty beyond 1.0."""
    from repair.backends.ctranslate2 import decoding_limit, decoding_options

    sources = [backend.encode(r) for r in requests]
    prefixes = [backend.layout.target_prefix(backend.card, "fr", "en") for _ in requests]
    options = decoding_options(decoding_limit(max(map(len, sources)))) | {"length_penalty": 1.0}
    results = backend.translator.translate_batch(
        sources, target_prefix=prefixes if any(prefixes) else None, return_scores=True, **options
    )
    return [(r.hypotheses[0], r.scores[0]) for r in results]


@pytest.mark.parametrize("key", ["nllb", "repair"])
def test_reported_scores_are_mean_token_log_probabilities(built, key):
    """Whatever the length penalty of the beam, a score means the same (thresholds rely on it).

    The random test models never emit </s> and run to the length cap; the prefix of the
    NLLB layout counts in CTranslate2's length.
    """
    backend = load_backend(built[key], card_of(built[key]))
    requests = [TranslationRequest(t, "fr", "en") for t in ("Le chat dort.", "Bonjour !")]
    reference = _mean_log_probs_at_length_penalty_1(backend, requests)
    for hypothesis, (_tokens, score) in zip(
        backend.translate_batch(requests), reference, strict=True
    ):
        assert hypothesis.score == pytest.approx(score, rel=1e-4)


def test_mean_log_prob_counts_the_end_token_unless_cut():
    from repair.backends.ctranslate2 import LENGTH_PENALTY, mean_log_prob

    # 5 tokens + </s> = length 6; cut at the cap of 5 tokens: length 5, no </s>.
    assert mean_log_prob(-3.0 / 6**LENGTH_PENALTY, 5, 40) == pytest.approx(-0.5)
    assert mean_log_prob(-3.0 / 5**LENGTH_PENALTY, 5, 5) == pytest.approx(-0.6)
