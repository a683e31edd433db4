"""The Python API: a ``Repairer`` builds the pipeline once and repairs texts and records.

    >>> from repair import Repairer
    >>> repairer = Repairer()
    >>> repairer.repair_text("Spread the love\\nIt rained.\\n").text
    'It rained.\\n'
    >>> [r["repair"]["status"] for r in repairer.repair_records([{"id": 1, "text": "Fine."}])]
    ['unchanged']

A ``Repairer`` can be sent to worker processes (multiprocessing, Ray): pickling keeps
only the configuration, and the pipeline (with any translation model) is built again,
lazily, on first use in the new process; the model itself is cached per process by its
fixer, so every worker loads it once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from repair.config import RepairConfig

if TYPE_CHECKING:
    from repair.core.result import RepairResult
    from repair.frontends.jsonl import LineResult
    from repair.frontends.records import OnError
    from repair.pipeline import Pipeline

#: Records repaired per pipeline call: one translation-model call per batch.
DEFAULT_BATCH_SIZE = 64


def require_text(text: object) -> str:
    """``text`` if it is a ``str``, else a ``TypeError`` that says so.

    Inside the pipeline ``None`` or bytes fail far from the call, with a message about
    something else ("argument of type 'NoneType' is not iterable").
    """
    if isinstance(text, str):
        return text
    hint = (
        " (decode bytes first: data.decode('utf-8'))" if isinstance(text, bytes | bytearray) else ""
    )
    raise TypeError(f"text must be str, not {type(text).__name__}{hint}")


def require_texts(texts: object) -> Sequence[str]:
    """A sequence of ``str``: one ``str`` would be repaired character by character."""
    if isinstance(texts, str | bytes | bytearray) or not isinstance(texts, Sequence):
        raise TypeError(f"texts must be a sequence of str, not {type(texts).__name__}")
    for text in texts:
        require_text(text)
    return texts


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one text: a result, or the one-line reason it failed."""

    result: RepairResult | None
    error: str | None = None


class Repairer:
    """Repairs many texts with one pipeline; cheap to pickle, loads models lazily."""

    def __init__(
        self,
        config: RepairConfig | None = None,
        *,
        text_field: str = "text",
        id_field: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.config = config or RepairConfig()
        self.text_field = text_field
        self.id_field = id_field
        self.batch_size = batch_size
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        """The pipeline, built on first use (in each process)."""
        if self._pipeline is None:
            from repair.pipeline import Pipeline

            self._pipeline = Pipeline(self.config)
        return self._pipeline

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_pipeline"] = None  # models stay in the process that loaded them
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __repr__(self) -> str:
        loaded = "loaded" if self._pipeline is not None else "not loaded"
        return f"Repairer({self.config!r}, {loaded})"

    def repair_text(self, text: str) -> RepairResult:
        """Repair one text: the result holds the text and the changes of the report."""
        return self.pipeline.repair(require_text(text))

    def repair_many(self, texts: Sequence[str]) -> list[RepairResult]:
        """Repair texts in batches of ``batch_size`` (one model call per batch)."""
        require_texts(texts)
        results: list[RepairResult] = []
        for start in range(0, len(texts), self.batch_size):
            results.extend(self.pipeline.repair_many(texts[start : start + self.batch_size]))
        return results

    def repair_outcomes(self, texts: Sequence[str]) -> list[Outcome]:
        """Repair texts in batches without letting one bad text fail the others.

        Each batch goes through the pipeline in one call; if that raises, its texts are
        repaired one by one so that the error lands on the text that caused it.
        """
        outcomes: list[Outcome] = []
        for start in range(0, len(texts), self.batch_size):
            batch = texts[start : start + self.batch_size]
            try:
                outcomes.extend(Outcome(result) for result in self.pipeline.repair_many(batch))
            except Exception:
                outcomes.extend(self._alone(text) for text in batch)
        return outcomes

    def _alone(self, text: str) -> Outcome:
        try:
            return Outcome(self.pipeline.repair(text))
        except Exception as exc:  # one record's failure must not stop the run
            return Outcome(None, f"repair failed: {type(exc).__name__}: {exc}")

    def repair_lines(
        self, lines: Sequence[str], numbers: Sequence[int] | None = None
    ) -> list[LineResult]:
        """Repair raw JSON lines, splicing the result in so other fields stay byte for byte.

        ``numbers`` are the lines' numbers in their file, for error messages.
        """
        from repair.frontends.jsonl import repair_lines

        return repair_lines(self, lines, numbers)

    def repair_records(
        self,
        records: Iterable[Mapping[str, Any]],
        *,
        text_field: str | None = None,
        on_error: OnError = "mark",
    ) -> Iterator[dict[str, Any]]:
        """Repaired copies of ``records``, in order, each with a ``repair`` object.

        Fields other than the text are kept as they are. A record without a string in
        the text field is marked (``status: error``), dropped or raises ``RecordError``
        according to ``on_error``.
        """
        field = text_field or self.text_field
        batch: list[Mapping[str, Any]] = []
        first = 0
        for record in records:
            batch.append(record)
            if len(batch) == self.batch_size:
                yield from self._record_batch(batch, first, field, on_error)
                first += len(batch)
                batch = []
        if batch:
            yield from self._record_batch(batch, first, field, on_error)

    def _record_batch(
        self, batch: list[Mapping[str, Any]], first: int, field: str, on_error: OnError
    ) -> Iterator[dict[str, Any]]:
        """One batch of records; ``first`` is the index of its first record, for messages."""
        from repair.frontends.records import RecordError, record_id, repair_object

        problems: dict[int, str] = {}
        texts: dict[int, str] = {}
        for index, record in enumerate(batch):
            if not isinstance(record, Mapping):
                problems[index] = f"not a mapping but {type(record).__name__}"
            elif not isinstance(record.get(field), str):
                value = record.get(field)
                problems[index] = (
                    f"no {field!r} field"
                    if value is None
                    else f"{field!r} is {type(value).__name__}, not a string"
                )
            else:
                texts[index] = record[field]
        outcomes = dict(zip(texts, self.repair_outcomes(list(texts.values())), strict=True))
        for index, record in enumerate(batch):
            outcome = outcomes.get(index)
            error = problems.get(index) or (outcome.error if outcome else None)
            if error is not None:
                ident = record_id(record, self.id_field) if isinstance(record, Mapping) else None
                if on_error == "fail":
                    raise RecordError(f"record {ident or first + index}: {error}")
                if on_error == "drop":
                    continue
                base = dict(record) if isinstance(record, Mapping) else {"raw": record}
                yield {**base, "repair": repair_object(None, error)}
                continue
            result = outcome.result
            yield {**record, field: result.text, "repair": repair_object(result)}
