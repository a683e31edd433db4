"""The pool of ``-j N`` workers is forked from a warmed-up process (issue 20).

A warm-up that left a thread behind (numpy's BLAS pool, lingua preloading its models on a
thread pool) made the pool spawn fresh interpreters that imported and loaded everything
again. The process is what is tested, so each check runs in a new interpreter.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

POOL = """
from repair.api import Repairer
from repair.config import RepairConfig
from repair.frontends import jsonl
pool = jsonl.worker_pool(Repairer(RepairConfig(mt={mt})), 2)
print(pool._mp_context.get_start_method())
pool.shutdown()
"""

LINGUA = """
from repair.frontends.jsonl import _os_threads
from repair.langid.base import CLASSIFIERS
import repair.langid.lingua
classifier = CLASSIFIERS.get("lingua")(("en", "fr"))
print(round(classifier.confidence("le président a dit", "fr"), 6), _os_threads())
"""


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return done.stdout.strip()


def test_the_warmed_up_pool_is_forked_with_and_without_translation():
    assert _run(POOL.format(mt=False)) == "fork"
    assert _run(POOL.format(mt=True)) == "fork"


def test_lingua_loads_its_models_without_a_thread():
    confidence, threads = _run(LINGUA).split()
    assert float(confidence) > 0.9 and threads == "1"
