"""Throughput of the rules layer, and of the whole pipeline, against ftfy alone, on the same
text in the same run.

The rules layer (encoding, markup, typography, boilerplate detectors and their fixes)
only calls ftfy where a fast scan finds a mojibake candidate, so on clean news it should
be several times faster than running ``ftfy.fix_text`` over everything (target: >= 3x).
The whole pipeline (every detector, no translation) is what a pipeline stage pays on text
that is mostly clean: the target is to be at least as fast as ftfy (>= 1x).
Prints figures; asserts nothing (timings on a shared machine are noisy: compare ratios).

    python scripts/bench_rules.py [--repeat 3] [--lines-per-doc 20] [--layer rules|pipeline] [--cpu]
                                  [--per-detector]

``--per-detector`` prints, for the whole pipeline, each detector's own time (best round) and
the document analyses they share (lines, sentences, words: counted apart, computed before the
detectors run), so a speed change can be told to one detector on a noisy machine.

``--against DIR`` also times another checkout of the code (``git archive main | tar -x -C
DIR``) in a warm worker process, taking turns with this one round by round, and prints its
ratio and the speed-up: old and new compared in one run, under the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import ftfy
from benchlib import add_data_option, need_data, record

from repair.config import RepairConfig
from repair.pipeline import Pipeline

RULES = ("mojibake", "entities", "invisible", "stray-capital", "typography", "boilerplate")


def articles(lines: list[str], per_doc: int) -> list[str]:
    return ["".join(lines[i : i + per_doc]) for i in range(0, len(lines), per_doc)]


def damaged(lines: list[str], share: float, seed: int = 7) -> list[str]:
    """Plant UTF-8-as-cp1252 mojibake in a share of the lines (a general transformation)."""
    rng = random.Random(seed)
    out = []
    for line in lines:
        if rng.random() < share:
            line = line.replace("'", "’").encode("utf-8").decode("cp1252", errors="replace")
        out.append(line)
    return out


def best_of_interleaved(repeat: int, *runs, clock=time.perf_counter) -> list[float]:
    """The best time of each run over ``repeat`` rounds, taking turns within each round, so
    that a burst of load on the shared machine hits both sides of the ratio alike."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for index, run in enumerate(runs):
            start = clock()
            run()
            best[index] = min(best[index], clock() - start)
    return best


#: What each layer runs, and its target against ftfy on clean news.
LAYERS = {
    "rules": ("rules layer", RULES, ">= 3x on clean news"),
    "pipeline": ("whole pipeline --no-mt", None, ">= 1x on clean news"),
}


class Other:
    """Another checkout of the code, timed in a warm worker process of this script (its
    ``repair`` first on the path) that runs one round each time it is asked."""

    def __init__(self, root: Path, layer: str, share: float, lines_per_doc: int, args) -> None:
        command = [sys.executable, __file__, "--serve", layer, str(share), "--data", str(args.data)]
        command += ["--lines-per-doc", str(lines_per_doc)] + (["--cpu"] if args.cpu else [])
        environment = dict(os.environ, PYTHONPATH=str(root.resolve()))
        self.process = subprocess.Popen(
            command, env=environment, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        #: The worker's output digest (its ``repair`` may repair otherwise) and its best times.
        self.digest = json.loads(self.stdout.readline())["digest"]
        self.best = {"ours": float("inf"), "ftfy": float("inf")}

    def run(self) -> None:
        self.stdin.write("go\n")
        self.stdin.flush()
        for key, value in json.loads(self.stdout.readline()).items():
            self.best[key] = min(self.best[key], value)

    def close(self) -> None:
        self.stdin.close()
        self.process.wait()


def _digest(results) -> str:
    import hashlib

    digest = hashlib.blake2b(digest_size=8)
    for result in results:
        digest.update(result.text.encode())
        digest.update(repr([(c.start, c.end, c.rule) for c in result.changes]).encode())
    return digest.hexdigest()


def serve(layer: str, docs: list[str], cpu: bool) -> None:
    """The worker of ``--against``: warm, then one round of each side per line read."""
    pipeline = Pipeline(RepairConfig(detectors=LAYERS[layer][1], mt=False))
    print(json.dumps({"digest": _digest(pipeline.repair_many(docs))}), flush=True)
    clock = time.process_time if cpu else time.perf_counter
    for _ in sys.stdin:
        start = clock()
        [ftfy.fix_text(d) for d in docs]
        middle = clock()
        pipeline.repair_many(docs)
        print(json.dumps({"ftfy": middle - start, "ours": clock() - middle}), flush=True)


def bench(
    layer: str,
    name: str,
    docs: list[str],
    repeat: int,
    cpu: bool = False,
    other: Other | None = None,
) -> tuple[float, float]:
    label, detectors, goal = LAYERS[layer]
    pipeline = Pipeline(RepairConfig(detectors=detectors, mt=False))
    pipeline.repair_many(docs[:5])  # warm caches (data files, word lists)
    megabytes = sum(len(d.encode()) for d in docs) / 1e6
    runs = [lambda: pipeline.repair_many(docs), lambda: [ftfy.fix_text(d) for d in docs]]
    if other is not None:
        runs.append(other.run)
    ours, fixer, *_ = best_of_interleaved(
        repeat, *runs, clock=time.process_time if cpu else time.perf_counter
    )
    target = goal if name == "clean news" else ""
    record(layer, f"{label} vs ftfy.fix_text, {name}", round(fixer / ours, 2), "x", target)
    print(
        f"{label:<24} {name:<28} {megabytes:6.2f} MB  {megabytes / ours:7.2f} MB/s  "
        f"ftfy {megabytes / fixer:6.2f} MB/s  ratio {fixer / ours:5.2f}x"
    )
    if other is not None:
        theirs, their_fixer = other.best["ours"], other.best["ftfy"]
        same = other.digest == _digest(pipeline.repair_many(docs))
        print(
            f"{'  --against':<24} {name:<28} {megabytes:6.2f} MB  {megabytes / theirs:7.2f} MB/s  "
            f"ftfy {megabytes / their_fixer:6.2f} MB/s  ratio {their_fixer / theirs:5.2f}x  "
            f"this code {theirs / ours:5.2f}x as fast; output {'the same' if same else 'DIFFERS'}"
        )
        other.close()
    return megabytes / ours, megabytes / fixer


#: The analyses of a document the detectors share, by name: the first detector to ask one
#: computes it, so they are timed apart (see ``per_detector``).
def _shared_analyses() -> dict:
    from repair.detectors.names.base import document_words
    from repair.langid.lexicon import sentence_words

    return {
        "lines": lambda doc: doc.lines,
        "sentences": lambda doc: doc.sentences,
        "words (foreign, names)": lambda doc: (sentence_words(doc), document_words(doc)),
        "word set (glued, garble)": lambda doc: doc.word_set,
        "paragraphs": lambda doc: doc.paragraphs,
    }


def per_detector(docs: list[str], repeat: int, cpu: bool) -> None:
    """Print each detector's time over ``docs`` (best of ``repeat`` rounds), its documents'
    shared analyses computed beforehand and timed apart, and the sum."""
    from repair.core.document import Document

    clock = time.process_time if cpu else time.perf_counter
    pipeline = Pipeline(RepairConfig(mt=False))
    pipeline.repair_many(docs)  # warm: tables, caches, compiled patterns
    detectors = [d for stage in pipeline.detectors.values() for d in stage]
    analyses = _shared_analyses()
    best = dict.fromkeys([*analyses, *(d.name for d in detectors)], float("inf"))
    for _ in range(repeat):
        documents = [Document(text) for text in docs]
        for name, analysis in analyses.items():
            start = clock()
            for document in documents:
                analysis(document)
            best[name] = min(best[name], clock() - start)
        for detector in detectors:
            start = clock()
            for document in documents:
                list(detector.detect(document))
            best[detector.name] = min(best[detector.name], clock() - start)
    print(f"per detector (best of {repeat}, ms; shared analyses first):")
    for name, seconds in best.items():
        print(f"  {name:<26} {seconds * 1000:7.1f}")
    print(f"  {'sum':<26} {sum(best.values()) * 1000:7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--lines-per-doc", type=int, default=20)
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="time by this process's CPU time, not the wall clock (a loaded machine)",
    )
    parser.add_argument("--layer", choices=sorted(LAYERS), nargs="+", default=["rules"])
    parser.add_argument(
        "--against",
        type=Path,
        metavar="DIR",
        help="also time the code of another checkout (old and new taking turns, one run)",
    )
    parser.add_argument(
        "--per-detector",
        action="store_true",
        help="also print each detector's time in the whole pipeline on clean news",
    )
    parser.add_argument("--serve", nargs=2, metavar=("LAYER", "SHARE"), help=argparse.SUPPRESS)
    add_data_option(parser)
    args = parser.parse_args()
    if args.against is not None and not (args.against / "repair" / "__init__.py").is_file():
        sys.exit(
            f"error: {args.against} holds no repair package (git archive main | tar -x -C DIR)"
        )
    names = ("english-news-wmt19.en", "wmt-newstest2013.en", "wmt-newsdiscussdev2015.en")
    dev = need_data(args.data, *(f"dev/{name}" for name in names)) / "dev"
    lines = []
    for name in names:
        lines += (dev / name).read_text(encoding="utf-8").splitlines(keepends=True)
    if args.serve:
        layer, share = args.serve[0], float(args.serve[1])
        serve(
            layer, articles(damaged(lines, share) if share else lines, args.lines_per_doc), args.cpu
        )
        return
    print(f"corpus: {len(lines)} English news lines from {dev}")
    for layer in args.layer:
        for name, share in (("clean news", 0.0), ("news, 5% of lines mojibaked", 0.05)):
            docs = articles(damaged(lines, share) if share else lines, args.lines_per_doc)
            other = None
            if args.against is not None:
                other = Other(args.against, layer, share, args.lines_per_doc, args)
            bench(layer, name, docs, args.repeat, args.cpu, other)
    if args.per_detector:
        per_detector(articles(lines, args.lines_per_doc), args.repeat, args.cpu)


if __name__ == "__main__":
    main()
