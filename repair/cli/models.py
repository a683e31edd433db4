"""``repair models``: list, add, remove, inspect and verify translation models.

The ``models`` command group; nothing here imports a translation library until ``verify``
actually loads a model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from repair.cli.options import fail

models_app = typer.Typer(
    name="models",
    help="Translation models: the shipped ones and your own (Argos, OPUS-MT, NLLB, M2M-100).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: A French probe sentence for ``verify`` (other source languages get a neutral one).
_PROBES = {"fr": "Le chat dort sur le canapé.", "de": "Die Katze schläft auf dem Sofa."}


def _store():
    from repair.backends.registry import ModelStore

    return ModelStore()


def _threshold(card) -> float:
    from repair.fixers.translate import SCORE_THRESHOLD

    return SCORE_THRESHOLD if card.score_threshold is None else card.score_threshold


@models_app.command("list")
def list_models() -> None:
    """Show every model, its language pairs and where it lives."""
    from repair.backends.registry import InstalledModel

    store = _store()
    entries = store.entries()
    if not entries:
        typer.echo(f"no models (shipped: {store.shipped}, yours: {store.user})")
        return
    for entry in entries:
        if isinstance(entry, InstalledModel):
            typer.echo(f"{entry.name}\t{entry.card.pairs}\t{entry.card.layout}\t{entry.origin}")
        else:
            typer.echo(f"{entry.name}\tBROKEN\t{entry.error}\t{entry.origin}")


@models_app.command()
def add(
    path: Annotated[
        Path, typer.Argument(help="A model folder or archive (.argosmodel, .zip, .tar.gz).")
    ],
    name: Annotated[str | None, typer.Option("--name", help="Name to install it under.")] = None,
    pair: Annotated[
        str | None,
        typer.Option("--pair", help="Language pair SRC-TGT, for models that do not name it."),
    ] = None,
) -> None:
    """Check a model's layout and copy it into your model folder."""
    from repair.backends.base import ModelError

    try:
        model = _store().add(path, name=name, pair=pair)
    except ModelError as exc:
        fail(str(exc))
    typer.echo(f"added {model.name} ({model.card.pairs}, {model.card.layout}) in {model.path}")


@models_app.command()
def remove(name: Annotated[str, typer.Argument(help="Model name.")]) -> None:
    """Delete one of your models (shipped models stay)."""
    from repair.backends.base import ModelError

    try:
        path = _store().remove(name)
    except ModelError as exc:
        fail(str(exc))
    typer.echo(f"removed {name} ({path})")


@models_app.command()
def info(name: Annotated[str, typer.Argument(help="Model name.")]) -> None:
    """Describe a model: layout, pairs, tokenizers, scores."""
    from repair.backends.base import ModelError

    try:
        model = _store().get(name)
    except ModelError as exc:
        fail(str(exc))
    card = model.card
    size = sum(p.stat().st_size for p in model.path.rglob("*") if p.is_file())
    lines = [
        f"name:        {model.name}",
        f"origin:      {model.origin}",
        f"path:        {model.path}",
        f"layout:      {card.layout}",
        f"pairs:       {card.pairs}",
        f"tokenizers:  {card.source_spm} → {card.target_spm or '(none: pieces joined)'}",
        f"source </s>: {'added by repair' if card.append_eos else 'no (or added by the model)'}",
        f"preprocess:  {card.preprocess or 'none'}",
        f"truecase:    {card.truecase or 'none'}",
        f"size:        {size / 1e6:.1f} MB",
    ]
    lines.append(f"threshold:   {_threshold(card)} (fix when the mean token log-prob >= it)")
    lines += [f"score:       {key} = {_score_text(value)}" for key, value in card.scores.items()]
    lines += [f"note:        {note}" for note in card.notes]
    typer.echo("\n".join(lines))


def _score_text(value: object) -> str:
    """A dev-set entry of metadata ``scores`` in one readable line (other values as they are)."""
    if not (isinstance(value, dict) and "bleu" in value and "chrf" in value):
        return str(value)
    text = f"BLEU {value['bleu']}, chrF {value['chrf']}"
    if "lines" in value:
        text += f" ({value['lines']} lines)"
    if "nonword_pct" in value:
        text += f", outputs with a non-word {value['nonword_pct']}%"
    baseline = value.get("apertium") or value.get("apertium_pivot")
    if isinstance(baseline, dict) and "chrf" in baseline:
        text += f"; apertium BLEU {baseline.get('bleu')}, chrF {baseline['chrf']}"
    return text


@models_app.command()
def verify(name: Annotated[str, typer.Argument(help="Model name.")]) -> None:
    """Load a model and translate a probe sentence: exit 0 when it works, 2 when not."""
    from repair.backends.base import ModelError, TranslationRequest
    from repair.backends.ctranslate2 import CTranslate2Backend

    try:
        model = _store().get(name)
        backend = CTranslate2Backend(model.path, model.card, threads=1)
        source, target = model.card.source_langs[0], model.card.target_langs[0]
        if "fr" in model.card.source_langs and "en" in model.card.target_langs:
            source, target = "fr", "en"
        probe = _PROBES.get(source, "1 2 3.")
        hypothesis = backend.translate_batch([TranslationRequest(probe, source, target)])[0]
    except ModelError as exc:
        fail(str(exc))
    if not hypothesis.text.strip():
        fail(f"{name}: the model loads but translated {probe!r} into nothing")
    threshold = _threshold(model.card)
    gate = "above" if hypothesis.score >= threshold else "BELOW"
    typer.echo(
        f"ok: {name} ({source}→{target}) {probe!r} → {hypothesis.text!r} "
        f"(score {hypothesis.score:.2f}, {gate} the fix threshold {threshold})"
    )


@models_app.command()
def install(name: Annotated[str, typer.Argument(help="Model name.")]) -> None:
    """Models are never downloaded by repair: this says where to get one and how to add it."""
    from repair.backends.base import ModelError

    try:
        model = _store().get(name)
    except ModelError:
        fail(
            f"cannot install {name!r}: repair works offline and never downloads models. "
            "Download or convert the model yourself (an Argos .argosmodel, an OPUS-MT, NLLB "
            "or M2M-100 folder converted with CTranslate2), then run 'repair models add PATH'"
        )
    typer.echo(f"{name} is already installed ({model.path})")
