"""Retranslate spans left in the source language with a local model, or say why not.

All foreign spans of a batch, from every document, go to the model in one call. Each span
is cut and masked (repair/backends/text.py), and the model's answer becomes a fix only if
it passes the gate below; otherwise the span is flagged with the reason, so a reviewer
sees why the French is still there. Without ``--mt``, or without a model for the pair,
every span is flagged.

The gate (documented in repair/backends/README.md):

- the model's score (mean log-probability per output token) is at least the threshold:
  ``options["translate"]["score_threshold"]``, else the model's own calibrated
  ``score_threshold`` (``metadata.json``), else ``SCORE_THRESHOLD``;
- the output is not empty, not the input copied back, not much longer or shorter than the
  span (``MAX_WORD_RATIO``, ``MIN_WORD_RATIO``), and does not say a word or a short phrase
  twice running (``the old, the old``);
- every placeholder comes back exactly once. When the model loses a masked *name*, the span
  gets a second try with its names left in the text, and that answer must pass the same
  gate and contain every name as written (a masked name is sometimes what derails a small
  model: ``9001 a dit`` reads as a number).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from repair.backends.base import Hypothesis, ModelError, TranslationBackend, TranslationRequest
from repair.backends.text import Segment, finish, segment
from repair.config import RepairConfig
from repair.core.document import Document
from repair.core.edits import Edit, Finding
from repair.fixers.base import Fixer, register

if TYPE_CHECKING:
    from repair.backends.registry import InstalledModel

#: Below this mean log-probability per token, a translation is not trusted (flagged).
SCORE_THRESHOLD = -1.5
#: An output longer than this many words per input word (plus the margin) is a hallucination.
MAX_WORD_RATIO = 3.0
MAX_WORD_MARGIN = 3
#: An output shorter than this share of the span's words (minus the margin) dropped content.
MIN_WORD_RATIO = 0.3
#: Remembered answers per fixer (a bound, not a tuning knob).
MEMO_SIZE = 50_000
LOST_PLACEHOLDER = "the model lost a protected number, URL, e-mail or name"
# One to three words said again right away: "real real", "the old, the old".
_RUN = re.compile(r"\b(\w+(?:\W+\w+){0,2})\W+\1\b", re.IGNORECASE)


class ScoreBin(NamedTuple):
    """Calibration examples with scores from ``high`` down to ``low``."""

    high: float
    low: float
    usable: float  # share of usable translations
    fixed: bool  # whether the calibrated threshold lets them through


def calibrate_threshold(
    examples: Iterable[tuple[float, bool]],
    bins: int = 10,
    min_fixed_usable: float | None = None,
) -> tuple[float | None, list[ScoreBin]]:
    """The score below which a model's translations are more often unusable than not.

    ``examples`` are (score, usable) pairs of held-out translations. Sorted by score, they are
    cut into ``bins`` of equal size; the bins at the bottom whose usable share is under a half
    are flagged, and the threshold is the lowest score of the bins above them, rounded down
    so that those stay fixes. ``None`` when no bin is flagged (the default threshold applies).

    With ``min_fixed_usable``, more bins are flagged from the bottom until the translations
    let through are, all together, at least that share usable: a weak model's scores rank its
    answers poorly, so usable bins can sit among unusable ones. If even the top bin falls
    short, every bin is flagged and the threshold lies just above the best score seen.
    """
    rows = sorted(examples, key=lambda row: -row[0])
    if not rows:
        return None, []
    size = max(1, len(rows) // bins)
    chunks = [rows[i : i + size] for i in range(0, len(rows), size)]
    rates = [sum(ok for _, ok in chunk) / len(chunk) for chunk in chunks]
    keep = len(chunks)
    while keep > 1 and rates[keep - 1] < 0.5:
        keep -= 1
    if min_fixed_usable is not None:
        while keep > 0 and _usable_share(chunks[:keep]) < min_fixed_usable:
            keep -= 1
    table = [
        ScoreBin(chunk[0][0], chunk[-1][0], rate, index < keep)
        for index, (chunk, rate) in enumerate(zip(chunks, rates, strict=True))
    ]
    if keep == 0:
        return min(0.0, round(math.ceil(rows[0][0] * 100 - 1e-9) / 100 + 0.01, 2)), table
    if keep == len(chunks):
        return None, table
    # The epsilon keeps -0.7 (stored as -0.7000000000000001) from rounding down to -0.71.
    return math.floor(chunks[keep - 1][-1][0] * 100 + 1e-9) / 100, table


def _usable_share(chunks: list[list[tuple[float, bool]]]) -> float:
    rows = [ok for chunk in chunks for _, ok in chunk]
    return sum(rows) / len(rows)


def repeats_itself(text: str) -> bool:
    """A word or a short phrase repeated right after itself: a small model's decoding loop."""
    return bool(_RUN.search(text))


def judge(
    seg: Segment,
    hyp: Hypothesis,
    span_text: str,
    target_lang: str,
    threshold: float = SCORE_THRESHOLD,
) -> tuple[str | None, str]:
    """The replacement for a span, or ``None`` and the reason it is not trusted."""
    output = hyp.text.strip()
    if not output:
        return None, "the model returned nothing"
    if hyp.score < threshold:
        return None, f"the model is unsure (score {hyp.score:.2f} < {threshold})"
    if len(output.split()) > MAX_WORD_RATIO * seg.words + MAX_WORD_MARGIN:
        return None, "the translation is much longer than the span (hallucination)"
    if len(output.split()) < MIN_WORD_RATIO * seg.words - MAX_WORD_MARGIN:
        return None, "the translation is much shorter than the span (content dropped)"
    if repeats_itself(output) and not repeats_itself(seg.core):
        return None, "the translation repeats itself (hallucination)"
    if output.casefold().rstrip(".!?") == seg.masked.casefold().rstrip(".!?"):
        return None, "the model copied the span untranslated"
    replacement = finish(seg, output, target_lang)
    if replacement is None:
        return None, LOST_PLACEHOLDER
    if replacement == span_text:
        return None, "the translation is the span itself"
    return replacement, ""


@register
class TranslationFixer(Fixer):
    """Handles foreign-span findings that carry no suggestion."""

    name = "translate"

    def __init__(self, config: RepairConfig) -> None:
        super().__init__(config)
        self._backends: dict[str, TranslationBackend] = {}
        #: Answers already given, so that a stage's later rounds, which find the flagged
        #: spans again, cost no second model call.
        self._memo: dict[tuple[str, TranslationRequest], Hypothesis] = {}
        #: The model chosen per language pair (reading a model's vocabulary is not free).
        self._chosen: dict[tuple[str, str], InstalledModel | None] = {}
        if config.mt and config.model:
            model = self._store().get(config.model)  # an unknown name fails before any work
            pair = (config.source_lang, config.target_lang)
            if config.source_lang != "auto" and not model.card.covers(*pair):
                raise ModelError(
                    f"model {model.name!r} translates {model.card.pairs}, not {pair[0]}→{pair[1]}"
                )

    def __getstate__(self) -> dict:
        # A loaded translator does not pickle; workers load their own copy lazily.
        state = self.__dict__.copy()
        state["_backends"] = {}
        state["_memo"] = {}
        return state

    @staticmethod
    def _store():
        from repair.backends.registry import ModelStore

        return ModelStore()

    def handles(self, finding: Finding) -> bool:
        return finding.kind == "foreign" and finding.suggestion is None

    def _source_lang(self, finding: Finding) -> str | None:
        lang = finding.data.get("lang") if finding.data else None
        if lang:
            return str(lang)
        return None if self.config.source_lang == "auto" else self.config.source_lang

    def _model_for(self, source_lang: str, target_lang: str) -> InstalledModel | None:
        if self.config.model:
            model = self._store().get(self.config.model)
            return model if model.card.covers(source_lang, target_lang) else None
        return self._store().choose(source_lang, target_lang)

    def _backend(self, model: InstalledModel) -> TranslationBackend:
        backend = self._backends.get(model.name)
        if backend is None:
            from repair.backends.ctranslate2 import load_backend

            backend = load_backend(model.path, model.card, self.config.mt_threads)
            self._backends[model.name] = backend
        return backend

    def propose(self, items: list[tuple[Document, Finding]]) -> list[Edit]:
        edits: list[Edit | None] = [None] * len(items)
        batches: dict[
            str, tuple[InstalledModel, list[tuple[int, Segment, TranslationRequest]]]
        ] = {}
        for index, (doc, finding) in enumerate(items):
            source = self._source_lang(finding)
            target = doc.target_lang
            where = f"left in {source}" if source else "foreign text"
            if not self.config.mt:
                off = "not retranslated, machine translation is off (--no-mt)"
                edits[index] = self._flag(finding, f"{where}: {off}")
                continue
            if source is None or source == target:
                unknown = "source language unknown (use --source-lang)"
                edits[index] = self._flag(finding, f"{where}: {unknown}")
                continue
            if (source, target) not in self._chosen:
                self._chosen[(source, target)] = self._model_for(source, target)
            model = self._chosen[(source, target)]
            if model is None:
                missing = (
                    f"model {self.config.model!r} does not translate {source}→{target}"
                    if self.config.model
                    else f"no translation model for {source}→{target}"
                )
                edits[index] = self._flag(finding, f"{where}: {missing}; see 'repair models list'")
                continue
            span_text = doc.text[finding.start : finding.end]
            sentence = doc.sentence_at(finding.start)
            before = doc.text[sentence.start : finding.start] if sentence else ""
            seg = segment(
                span_text,
                sentence_start=not re.search(r"\w", before),
                source_lang=source,
                target_lang=target,
            )
            if not any(c.isalpha() for c in seg.core):
                edits[index] = self._flag(finding, f"{where}: nothing to translate")
                continue
            request = TranslationRequest(seg.masked, source, target)
            batches.setdefault(model.name, (model, []))[1].append((index, seg, request))
        for model, plan in batches.values():
            retry = self._judge(model, plan, items, edits)
            if retry:
                self._judge(model, retry, items, edits)
        return [edit for edit in edits if edit is not None]

    def _judge(
        self,
        model: InstalledModel,
        plan: list[tuple[int, Segment, TranslationRequest]],
        items: list[tuple[Document, Finding]],
        edits: list[Edit | None],
    ) -> list[tuple[int, Segment, TranslationRequest]]:
        """Translate ``plan`` in one call and fill ``edits``; return the spans worth a second
        try (a masked name was lost), cut again with their names left in the text."""
        retry = []
        hypotheses = self._translate(model, [r for _, _, r in plan])
        for (index, seg, request), hyp in zip(plan, hypotheses, strict=True):
            doc, finding = items[index]
            span_text = doc.text[finding.start : finding.end]
            replacement, reason = judge(
                seg, hyp, span_text, request.target_lang, self._threshold(model)
            )
            where = f"left in {request.source_lang}"
            unmasked = (
                self._unmasked(seg, request, span_text) if reason == LOST_PLACEHOLDER else None
            )
            if unmasked is not None:
                retry.append((index, unmasked, replace(request, text=unmasked.masked)))
            elif replacement is None or not self._keeps_names(seg, replacement):
                reason = reason or "the model changed a name"
                edits[index] = self._flag(finding, f"{where}: {reason}; flagged", model)
            else:
                edits[index] = Edit.from_finding(
                    finding,
                    replacement,
                    origin=f"model:{model.name}",
                    message=f"{where}: retranslated by {model.name} (score {hyp.score:.2f})",
                )
        return retry

    @staticmethod
    def _unmasked(seg: Segment, request: TranslationRequest, span_text: str) -> Segment | None:
        """The span cut again with its names in the text, if it had masked names."""
        again = segment(
            span_text,
            sentence_start=seg.casing == "capital",
            source_lang=request.source_lang,
            target_lang=request.target_lang,
            protect_names=False,
        )
        return again if len(again.slots) < len(seg.slots) else None

    @staticmethod
    def _keeps_names(seg: Segment, replacement: str) -> bool:
        """A second try (names in the text) must give back every name as written, as a word."""
        return all(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", replacement) for name in seg.names)

    def _threshold(self, model: InstalledModel) -> float:
        configured = self.config.options.get(self.name, {}).get("score_threshold")
        if configured is not None:
            return float(configured)
        if model.card.score_threshold is not None:
            return model.card.score_threshold
        return SCORE_THRESHOLD

    def _translate(
        self, model: InstalledModel, requests: list[TranslationRequest]
    ) -> list[Hypothesis]:
        """One model call for the requests not answered before in this process."""
        todo = list(dict.fromkeys(r for r in requests if (model.name, r) not in self._memo))
        if todo:
            if len(self._memo) > MEMO_SIZE:
                self._memo.clear()
            answers = self._backend(model).translate_batch(todo)
            self._memo.update(((model.name, r), h) for r, h in zip(todo, answers, strict=True))
        return [self._memo[(model.name, r)] for r in requests]

    @staticmethod
    def _flag(finding: Finding, message: str, model: InstalledModel | None = None) -> Edit:
        origin = f"model:{model.name}" if model is not None else "rule"
        return Edit.from_finding(finding, None, message=message, origin=origin)
