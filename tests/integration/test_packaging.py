"""The wheel carries the package, its rule data and the shipped models (issue 17).

A wheel is built from the checkout without build isolation (the test extra brings
setuptools and build), installed with ``pip --target`` into a temporary folder outside the
checkout, and run from there: the models it translates with must be its own copy.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from setuptools import find_packages

from tests.conftest import ROOT, SEED_NAME, SEEDS

MODELS = sorted(p for p in (ROOT / "models").iterdir() if (p / "metadata.json").is_file())


def test_listed_packages_are_every_package_of_the_tree():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    assert listed - {"repair.models"} == set(find_packages(str(ROOT), include=["repair*"]))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = out.glob("repair-*.whl")
    return built


def test_wheel_holds_the_models_and_the_rule_data(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert MODELS, "no shipped model in models/"
    for model in MODELS:
        for path in model.iterdir():
            assert f"repair/models/{model.name}/{path.name}" in names
    for data in (ROOT / "repair" / "data").iterdir():
        if data.suffix in {".toml", ".gz"}:
            assert f"repair/data/{data.name}" in names
    assert "repair/review/page.js" in names
    assert not any(name.startswith(("tests/", "scripts/", "models/")) for name in names)


def test_installed_wheel_repairs_the_seed_with_its_own_model(wheel: Path, tmp_path: Path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "REPAIR_MODELS": str(tmp_path / "none")}
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "from repair.backends.registry import shipped_dir; print(shipped_dir())",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where) == target / "repair" / "models"
    report = tmp_path / "report.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "repair",
            "fix",
            str(SEEDS / f"{SEED_NAME}.txt"),
            "--report",
            str(report),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    changes = json.loads(report.read_text())["changes"]
    slogan = [c for c in changes if c["original"] == "Dehors, le vieux!"]
    assert [c["action"] for c in slogan] == ["fix"]
    assert slogan[0]["replacement"] in done.stdout


def _readme_commands() -> list[str]:
    """The set-up commands of the README's first code block."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```bash\n", 1)[1].split("```", 1)[0]
    return block.strip().splitlines()


def test_ci_runs_the_readmes_test_command_with_the_constraints():
    install, test = _readme_commands()
    assert "repair fix seeds/" in install and "pytest" in test
    assert all("-c constraints.txt" in command for command in (install, test))
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_constraints_pin_every_dependency_the_readme_installs():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = list(project["dependencies"])
    for extra in ("test", "ray", "browser", "gazetteer"):
        wanted += project["optional-dependencies"][extra]
    pinned = {
        line.split("==")[0].lower()
        for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    }
    names = {re.split(r"[\[<>=]", requirement)[0].lower() for requirement in wanted}
    assert names <= pinned
