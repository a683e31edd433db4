"""Shared fixtures: the seed, its gold file and the shared data sets."""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same generated examples on every run, so that it is green or red for the
# change under test; a developer's run explores new ones, and what it finds is fixed and
# kept as an explicit example.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: The one place that names the shared data beside the checkout (absent in a user's clone).
SHARED_DATA = ROOT.parent / "shared" / "data"
DEV = SHARED_DATA / "dev"
#: Credited excerpts of the shared data, so the suite needs nothing outside the repository.
FIXTURES = Path(__file__).resolve().parent / "data"
SEED_NAME = "000_a09c2a99a20097ac"
SEED = SEEDS / f"{SEED_NAME}.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / f"{SEED_NAME}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    from tests.gold import load_gold

    return load_gold(SEEDS / f"{SEED_NAME}.gold.json")


def fixture_text(name: str) -> str:
    """A file of ``tests/data`` without its credit line."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return text.split("\n", 1)[1] if text.startswith("# ") else text


def dev_file(name: str) -> str:
    """A dev set: the whole file when ``../shared/data`` is there, else its excerpt."""
    path = DEV / name
    return path.read_text(encoding="utf-8") if path.exists() else fixture_text(name)


@pytest.fixture(scope="session")
def english_news() -> str:
    return dev_file("english-news-wmt19.en")


@pytest.fixture(scope="session")
def default_pipeline():
    from repair.pipeline import Pipeline

    return Pipeline()


def repair_in_process(
    *args: str,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    text: bool = False,
) -> subprocess.CompletedProcess:
    """``repair ARGS`` run by typer's CliRunner in this process, in ``cwd`` and with ``env``
    added to the environment: the exit code, standard output and standard error a user sees
    (``text``: decoded), without starting an interpreter (the tests in tests/integration/
    start one where the process itself is what they test)."""
    from typer.testing import CliRunner

    from repair.cli.app import app

    with contextlib.chdir(cwd or Path.cwd()):
        done = CliRunner().invoke(
            app, list(args), input=stdin, env={"NO_COLOR": "1", **(env or {})}
        )
    if done.exception is not None and not isinstance(done.exception, SystemExit):
        raise done.exception
    output = (done.stdout, done.stderr) if text else (done.stdout_bytes, done.stderr_bytes)
    return subprocess.CompletedProcess(["repair", *args], done.exit_code, *output)
