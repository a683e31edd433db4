"""Ray Data for runs that outgrow one machine (``pip install 'repair[ray]'``).

    import ray
    from repair.ray import repair_jsonl

    ray.init()
    repair_jsonl(["s3://bucket/articles/"], "s3://bucket/repaired/")

Records travel as raw JSON lines (bytes), never as Ray rows: Ray's JSON reader and writer
would fill absent fields with null and round floats, and ``read_text`` splits on
U+2028 and ``\\r`` and fails a whole job on one invalid UTF-8 byte. Lines are split on
``\\n`` only and repaired by the same code as ``repair fix --jsonl``, so a record comes
out byte for byte as the CLI writes it.

Repair runs in a callable class on an actor pool: each actor builds the pipeline, and
loads the translation model, once. Actors reserve less CPU than the cluster has, because
a full reservation leaves Ray Data's read and write tasks nowhere to run and the job hangs;
CTranslate2 gets as many threads as an actor has CPUs. A record's failure is caught and
marked; only ``on_error="fail"`` lets an exception stop the job.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from repair.api import DEFAULT_BATCH_SIZE, Repairer
from repair.config import RepairConfig
from repair.frontends.jsonl import LineResult, decode_line, record_lines
from repair.frontends.records import ON_ERROR, OnError, RecordError, error_line

try:
    import pyarrow as pa
    import ray
    import ray.data
    from ray.data.datasource import BlockBasedFileDatasink, FileBasedDatasource
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("repair.ray needs Ray Data: pip install 'repair[ray]'") from exc

if TYPE_CHECKING:
    from ray.data.block import BlockAccessor

#: The column holding raw JSON lines (bytes) in datasets made by ``read_json_lines``.
LINE_COLUMN = "line"
#: CPU share kept free of actors for Ray Data's read and write tasks.
IO_CPUS = 0.5
#: CPUs each read or write task asks for, so that they fit in ``IO_CPUS``.
IO_TASK_CPUS = 0.25


class JsonLinesDatasource(FileBasedDatasource):
    """Reads files as raw JSON lines: one ``line`` (bytes) per record, nothing decoded."""

    _FILE_EXTENSIONS = ["jsonl", "json", "ndjson"]

    def _read_stream(self, f: pa.NativeFile, path: str) -> Iterator[pa.Table]:
        lines = [body for _, body in record_lines(f.readall().split(b"\n"))]
        yield pa.table({LINE_COLUMN: pa.array(lines, type=pa.binary())})


class JsonLinesDatasink(BlockBasedFileDatasink):
    """Writes the ``line`` column as it is, one line per record."""

    def __init__(self, path: str, **kwargs: Any) -> None:
        super().__init__(path, file_format="jsonl", **kwargs)

    def write_block_to_file(self, block: BlockAccessor, file: pa.NativeFile) -> None:
        column = block.to_arrow().column(LINE_COLUMN)
        file.write(b"".join(raw + b"\n" for raw in column.to_pylist()))


def read_json_lines(paths: str | Sequence[str], **read_args: Any) -> ray.data.Dataset:
    """A dataset of raw JSON lines from files or folders (local, S3, GCS, ...)."""
    read_args.setdefault("num_cpus", IO_TASK_CPUS)
    datasource = JsonLinesDatasource(paths if isinstance(paths, str) else list(paths))
    return ray.data.read_datasource(datasource, **read_args)


@dataclass(frozen=True)
class ActorPlan:
    """How many repair actors to run and what each reserves."""

    actors: int
    cpus_per_actor: float
    mt_threads: int


def plan_actors(
    cluster_cpus: float, actors: int | None = None, cpus_per_actor: float | None = None
) -> ActorPlan:
    """Actors that together reserve less than the cluster, leaving room for reading.

    By default one actor per CPU (repair is single-threaded Python apart from the
    model), each reserving its share of ``cluster_cpus - IO_CPUS``.
    """
    usable = cluster_cpus - IO_CPUS
    if usable <= 0:
        raise ValueError(f"a cluster of {cluster_cpus} CPUs leaves no room for repair actors")
    if cpus_per_actor is None:
        actors = actors or max(1, math.floor(cluster_cpus))
        cpus_per_actor = usable / actors
    else:
        actors = actors or max(1, math.floor(usable / cpus_per_actor))
    if actors * cpus_per_actor > usable + 1e-9:
        raise ValueError(
            f"{actors} actors x {cpus_per_actor} CPUs reserve the whole cluster "
            f"({cluster_cpus} CPUs); Ray Data's readers would wait forever"
        )
    return ActorPlan(actors, round(cpus_per_actor, 3), max(1, round(cpus_per_actor)))


class RepairActor:
    """The callable class Ray Data runs on each actor: raw lines in, raw lines out."""

    def __init__(
        self,
        config: RepairConfig,
        text_field: str = "text",
        id_field: str | None = None,
        on_error: OnError = "mark",
        errors: str = "strict",
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        if on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}")
        self.repairer = Repairer(
            config, text_field=text_field, id_field=id_field, batch_size=batch_size
        )
        # Build now, not in the first batch; the model then loads once, on first use.
        self.repairer.pipeline  # noqa: B018
        self.on_error = on_error
        self.errors = errors

    def __call__(self, batch: pa.Table) -> pa.Table:
        lines = [
            raw if isinstance(raw, str) else decode_line(raw, self.errors, self.repairer.text_field)
            for raw in batch.column(LINE_COLUMN).to_pylist()
        ]
        results = self.repair(lines)
        if self.on_error == "fail":
            failed = next((r for r in results if r.status == "error"), None)
            if failed is not None:
                raise RecordError(f"{failed.error} (on_error='fail')")
        kept = [r for r in results if r.status != "error" or self.on_error == "mark"]
        out = [r.output.encode("utf-8", errors="surrogateescape") for r in kept]
        return pa.table({LINE_COLUMN: pa.array(out, type=pa.binary())})

    def repair(self, lines: list[str]) -> list[LineResult]:
        """Every line's result; an unexpected failure marks the batch instead of the job."""
        try:
            return self.repairer.repair_lines(lines, [None] * len(lines))
        except Exception as exc:  # an escaping exception would stop the whole Ray job
            message = f"repair failed: {type(exc).__name__}: {exc}"
            return [LineResult(0, error_line(line, message), "error", message) for line in lines]


def repair_dataset(
    dataset: ray.data.Dataset,
    config: RepairConfig | None = None,
    *,
    text_field: str = "text",
    id_field: str | None = None,
    on_error: OnError = "mark",
    errors: str = "strict",
    actors: int | None = None,
    cpus_per_actor: float | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> ray.data.Dataset:
    """Repair a dataset of raw JSON lines (a ``line`` column) on an actor pool."""
    cluster_cpus = ray.cluster_resources().get("CPU", 1.0)
    plan = plan_actors(cluster_cpus, actors, cpus_per_actor)
    config = (config or RepairConfig()).with_(mt_threads=plan.mt_threads)
    return dataset.map_batches(
        RepairActor,
        fn_constructor_kwargs={
            "config": config,
            "text_field": text_field,
            "id_field": id_field,
            "on_error": on_error,
            "errors": errors,
            "batch_size": batch_size,
        },
        batch_size=batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=plan.actors),
        num_cpus=plan.cpus_per_actor,
    )


def repair_jsonl(
    inputs: str | Sequence[str],
    output_dir: str,
    config: RepairConfig | None = None,
    **options: Any,
) -> None:
    """Read JSONL files, repair every record and write JSONL files into ``output_dir``.

    ``options`` are those of :func:`repair_dataset`. Output files are named by Ray;
    set ``DataContext.get_current().execution_options.preserve_order = True`` to keep
    the input order across them.
    """
    dataset = repair_dataset(read_json_lines(inputs), config, **options)
    dataset.write_datasink(
        JsonLinesDatasink(output_dir), ray_remote_args={"num_cpus": IO_TASK_CPUS}
    )
