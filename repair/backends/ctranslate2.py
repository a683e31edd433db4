"""CTranslate2 + SentencePiece: the backend that runs every model layout repair knows.

Decoding settings are fixed for short spans on a small CPU: int8, beam 4, a decoding length
capped from the longest input, no repeated 4-grams (the usual loop of a hallucinating model),
and one ``translate_batch`` call with ``batch_type="tokens"`` for every request of a batch.

Threads: ``threads`` replicas of one intra-op thread each (``inter_threads=threads``,
``intra_threads=1``, both explicit). CTranslate2 runs the sub-batches of one call on its
replicas in parallel and the replicas share the weights (+24 MB for a second one). Intra-op
threads are the wrong tool for models this small: a decoding step is too short to split, and
with 2 of them one call per span ran at 17 spans/s against 100 with 1 (measured here).

Loaded models are cached per process, keyed by model folder and threads, so a pipeline reused
over many batches loads once.

int8 only where the machine multiplies int8 matrices faithfully (``compute_type``): with Intel
MKL (what CTranslate2 uses on Intel processors) or a VNNI unit. On an AMD processor with AVX2
alone, CTranslate2 uses oneDNN, whose AVX2 int8 kernel adds pairs of products in 16 bits and
saturates: the seed's slogan scored -0.77 there and -0.68 with MKL on the same machine, against
fr-en's threshold of -0.73 (calibrated where int8 was faithful), so a fix on one machine was a
flag on the next. There the model runs in float32 (-0.71, and fr-en's threshold calibrated
again in float32 is still -0.73): the same decisions as elsewhere, for 16 MB more with fr-en
alone (144 against 128 MB) and 0.8x the speed (150 news sentences, measured here). MKL on AMD
was no way out: 4x slower and +54 MB.
"""

from __future__ import annotations

import os
import platform
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from repair.backends.base import (
    Hypothesis,
    ModelError,
    TranslationBackend,
    TranslationRequest,
    register,
)
from repair.backends.layouts import ModelCard, layout
from repair.backends.text import PREPROCESSORS, fold_unknown_characters, known_characters
from repair.backends.truecase import Truecaser

#: Measured in session 6 with the session-5 model on newsdiscussdev2015: chrF 44.45 at beam 4,
#: 44.56 at 6, 44.74 at 8, 44.80 at 12 (newstest2013 46.22 -> 46.54 at 8). Beam 8 was not
#: adopted: batched span throughput fell by a third (374 -> 252 spans/s, 2 replicas) and
#: news decoding took 1.6x as long, for +0.3 chrF.
BEAM_SIZE = 4
#: Tokens per sub-batch CTranslate2 forms internally (it sorts requests by length). Sub-batches
#: of about a thousand tokens were fastest for short spans at beam 4 (scripts/bench_mt.py):
#: larger ones fall out of the CPU caches.
MAX_BATCH_TOKENS = 1024
#: Output length cap: this many times the longest input, plus a margin, at most the ceiling.
DECODING_RATIO = 2.0
DECODING_MARGIN = 8
DECODING_CEILING = 512
NO_REPEAT_NGRAM = 4
#: Beam scores are divided by length ** LENGTH_PENALTY. At 1.0 the beam prefers short
#: outputs (0.89 of the reference length on newsdiscussdev2015 with models/fr-en); 1.5
#: brought it to 0.93 and chrF +0.7 there, and left Tatoeba unchanged. Reported scores are
#: converted back to the mean token log-probability, the scale of every threshold. Re-tuned
#: on newsdiscussdev2015 for the session-5 model: 2.0 gave chrF 44.45 (1.0: 43.99, 1.5: 44.30)
#: with BLEU unchanged (18.32). Re-checked for the session-7 model (truecased sources):
#: 2.0 gave chrF 44.52 / BLEU 18.16 (1.5: 44.33 / 18.08, 2.5: 44.52 / 18.10).
LENGTH_PENALTY = 2.0
#: Longer inputs are truncated by CTranslate2; the fixer's length check then flags them.
MAX_INPUT_TOKENS = 1024


def decoding_limit(longest: int) -> int:
    """The output length cap for a batch whose longest input has ``longest`` tokens."""
    return min(DECODING_CEILING, int(longest * DECODING_RATIO) + DECODING_MARGIN)


def decoding_options(limit: int) -> dict[str, object]:
    """The ``translate_batch`` settings of every span batch (eval_model.py uses them too)."""
    return {
        "batch_type": "tokens",
        "max_batch_size": MAX_BATCH_TOKENS,
        "beam_size": BEAM_SIZE,
        "max_decoding_length": limit,
        "length_penalty": LENGTH_PENALTY,
        "no_repeat_ngram_size": NO_REPEAT_NGRAM,
        "max_input_length": MAX_INPUT_TOKENS,
        # A source character no fold could spell reaches the model as <unk> ("21°", "50 €"):
        # an <unk> the model writes is replaced by the source piece it attends to, not "⁇".
        "replace_unknowns": True,
    }


def mean_log_prob(score: float, tokens: int, limit: int) -> float:
    """The mean token log-probability of a hypothesis CTranslate2 scored with LENGTH_PENALTY.

    CTranslate2 divides the summed log-probability by ``length ** LENGTH_PENALTY``, where the
    length counts the forced prefix and the final ``</s>``; a hypothesis of ``limit`` tokens
    was cut by the length cap and has no ``</s>``.
    """
    length = tokens + (tokens < limit)
    return score * length ** (LENGTH_PENALTY - 1.0)


def compute_type() -> str:
    """``int8`` where the machine's int8 products are faithful, ``float32`` where they are not
    (see the module's docstring); ``REPAIR_CT2_COMPUTE_TYPE`` overrides."""
    chosen = os.environ.get("REPAIR_CT2_COMPUTE_TYPE")
    if chosen:
        return chosen
    return "int8" if _faithful_int8(_cpu_info()) else "float32"


def _faithful_int8(cpuinfo: str) -> bool:
    """Whether CTranslate2's int8 matrix products are exact on the processor ``cpuinfo``
    (Linux's /proc/cpuinfo) describes: Intel (MKL), a VNNI or AMX unit (oneDNN without 16-bit
    sums), or not x86 at all (``cpuinfo`` empty: ARM's kernels sum in 32 bits)."""
    if not cpuinfo or "GenuineIntel" in cpuinfo:
        return True
    found = re.search(r"^flags\s*:(.*)$", cpuinfo, re.MULTILINE)
    flags = set(found.group(1).split()) if found else set()
    return bool(flags & {"avx512_vnni", "avx_vnni", "amx_int8"})


@cache
def _cpu_info() -> str:
    if platform.machine().lower() not in ("x86_64", "amd64", "i686", "x86"):
        return ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
            return info.read(65536)
    except OSError:
        return ""


@register
class CTranslate2Backend(TranslationBackend):
    """A CTranslate2 translator with the SentencePiece models and layout of its card."""

    name = "ctranslate2"

    def __init__(self, path: Path, card: ModelCard, threads: int = 1) -> None:
        super().__init__()
        import ctranslate2
        import sentencepiece

        self.path = path
        self.card = card
        self.threads = max(1, threads)
        self.layout = layout(card.layout)
        try:
            self.translator = ctranslate2.Translator(
                str(path / card.model_dir),
                device="cpu",
                compute_type=compute_type(),
                intra_threads=1,
                inter_threads=self.threads,
            )
            self.source_sp = sentencepiece.SentencePieceProcessor(
                model_file=str(path / card.source_spm)
            )
            self.target_sp = (
                sentencepiece.SentencePieceProcessor(model_file=str(path / card.target_spm))
                if card.target_spm
                else None
            )
            self._truecase = Truecaser.load(path / card.truecase) if card.truecase else None
        except (RuntimeError, ValueError, OSError) as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ModelError(f"{path}: cannot load the model ({message})") from None
        self._preprocess = PREPROCESSORS.get(card.preprocess) if card.preprocess else None
        self._source_characters = known_characters(self.source_sp)

    def covers(self, source_lang: str, target_lang: str) -> bool:
        return self.card.covers(source_lang, target_lang)

    def encode(self, request: TranslationRequest) -> list[str]:
        """The model input for one request (empty when there is nothing to translate)."""
        text = request.text.strip()
        if self._preprocess:
            text = self._preprocess(text, request.source_lang)
        if self._truecase:
            text = self._truecase(text)
        text = fold_unknown_characters(text, self._source_characters)
        pieces = self.source_sp.encode(text, out_type=str) if text else []
        if not pieces:
            return []
        return self.layout.source_tokens(
            self.card, pieces, request.source_lang, request.target_lang
        )

    def decode(self, tokens: Sequence[str]) -> str:
        """Text of output pieces; packages without a target tokenizer get their ``▁`` joined."""
        pieces = [t for t in tokens if t not in ("</s>", "<s>", "<pad>")]
        if self.target_sp is not None:
            return self.target_sp.decode_pieces(pieces)
        return "".join(pieces).replace("▁", " ").strip()

    def _encoded(
        self, requests: Sequence[TranslationRequest]
    ) -> tuple[list[list[str]], list[list[str]]]:
        """Each request's source pieces and target prefix; a pair the model does not
        translate is an error, before anything runs."""
        for request in requests:
            if not self.covers(request.source_lang, request.target_lang):
                raise ModelError(
                    f"{self.path}: model translates {self.card.pairs}, "
                    f"not {request.source_lang}→{request.target_lang}"
                )
        sources = [self.encode(r) for r in requests]
        prefixes = [
            self.layout.target_prefix(self.card, r.source_lang, r.target_lang) for r in requests
        ]
        return sources, prefixes

    @contextmanager
    def _call(self, what: str, requests: int) -> Iterator[None]:
        """One call into CTranslate2: its runtime error is a one-line ``ModelError``, and a
        call that returns is counted."""
        try:
            yield
        except RuntimeError as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ModelError(f"{self.path}: {what} failed ({message})") from None
        self.stats.calls += 1
        self.stats.requests += requests

    def translate_batch(self, requests: Sequence[TranslationRequest]) -> list[Hypothesis]:
        return [hypotheses[0] for hypotheses in self.translate_n_best(requests, 1)]

    def translate_n_best(
        self, requests: Sequence[TranslationRequest], n_best: int
    ) -> list[list[Hypothesis]]:
        sources, prefixes = self._encoded(requests)
        todo = [i for i, tokens in enumerate(sources) if tokens]
        hypotheses = [[Hypothesis("", 0.0, 0, 0)] for _ in requests]
        if not todo:
            return hypotheses
        limit = decoding_limit(max(len(sources[i]) for i in todo))
        n_best = max(1, min(n_best, BEAM_SIZE))
        with self._call("translation", len(todo)):
            results = self._run(
                [sources[i] for i in todo], [prefixes[i] for i in todo], limit, n_best
            )
        for index, result in zip(todo, results, strict=True):
            hypotheses[index] = []
            for full, score in zip(result.hypotheses, result.scores, strict=True):
                tokens = full[len(prefixes[index]) :]
                hypotheses[index].append(
                    Hypothesis(
                        text=self.decode(tokens),
                        score=mean_log_prob(float(score), len(full), limit),
                        source_tokens=len(sources[index]),
                        target_tokens=len(tokens),
                    )
                )
        return hypotheses

    def score_targets(
        self, requests: Sequence[TranslationRequest], targets: Sequence[str]
    ) -> list[float] | None:
        if self.target_sp is None:
            return None
        sources, prefixes = self._encoded(requests)
        pieces = [self.target_sp.encode(text.strip(), out_type=str) for text in targets]
        todo = [i for i in range(len(requests)) if sources[i] and pieces[i]]
        scores = [-99.0] * len(requests)
        if not todo:
            return scores
        with self._call("scoring", len(todo)):
            results = self.translator.score_batch(
                [sources[i] for i in todo],
                [prefixes[i] + pieces[i] for i in todo],
                max_batch_size=MAX_BATCH_TOKENS,
                batch_type="tokens",
            )
        for index, result in zip(todo, results, strict=True):
            # The forced prefix is the layout's, not the candidate's: its tokens do not count.
            own = list(result.log_probs)[len(prefixes[index]) :]
            scores[index] = sum(own) / max(1, len(own))
        return scores

    def _run(
        self, sources: list[list[str]], prefixes: list[list[str]], limit: int, n_best: int = 1
    ) -> list:
        """The single CTranslate2 call, with the decoding settings of this module."""
        return self.translator.translate_batch(
            sources,
            target_prefix=prefixes if any(prefixes) else None,
            return_scores=True,
            num_hypotheses=n_best,
            **decoding_options(limit),
        )


_CACHE: dict[tuple[str, int], CTranslate2Backend] = {}
_LOCK = threading.Lock()


def load_backend(path: Path, card: ModelCard, threads: int = 1) -> CTranslate2Backend:
    """The model at ``path``, loaded once per process and number of threads."""
    key = (str(path.resolve()), threads)
    with _LOCK:
        backend = _CACHE.get(key)
        if backend is None:
            backend = _CACHE[key] = CTranslate2Backend(path, card, threads)
        return backend
