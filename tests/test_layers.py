"""The layers of ARCHITECTURE.md, enforced: a module imports only its own layer or lower
ones, and the parts of the package import each other without a cycle.

Every import counts, at module level or inside a function (a lazy import is still an
edge), except those under ``if TYPE_CHECKING:``, which only name a type.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "repair"

#: Lowest first. A unit is a top-level module or sub-package of ``repair``.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    (
        "ground floor",
        ("repair", "repair.core", "repair.config", "repair.io", "repair.cache", "repair.data"),
    ),
    (
        "helpers and readers of results",
        (
            "repair.rules",
            "repair.langid",
            "repair.backends",
            "repair.formats",
            "repair.review",
            "repair.frontends",
        ),
    ),
    ("families", ("repair.detectors", "repair.fixers")),
    ("pipeline", ("repair.pipeline",)),
    ("Python API", ("repair.api", "repair.ray")),
    ("command line", ("repair.cli", "repair.__main__")),
]
LEVEL = {unit: level for level, (_, units) in enumerate(LAYERS) for unit in units}
#: The package's own ``__init__``: a facade whose functions reach up to the API on purpose;
#: only its module-level imports are held to the ground floor.
FACADE = PACKAGE / "__init__.py"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def unit(module: str) -> str:
    """``repair.detectors.names.places`` -> ``repair.detectors``."""
    return ".".join(module.split(".")[:2])


def imported_modules(source: str, module: str, *, is_package: bool, top_only: bool) -> set[str]:
    """The ``repair`` modules ``source`` imports (outside ``if TYPE_CHECKING:`` blocks)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if top_only and isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = module.split(".")[: None if is_package else -1]
                    base = base[: len(base) - child.level + 1]
                    found.add(".".join([*base, *([child.module] if child.module else [])]))
                else:
                    found.add(child.module or "")
            visit(child)

    visit(ast.parse(source))
    return {name for name in found if name == "repair" or name.startswith("repair.")}


def violations(path: Path, source: str) -> list[str]:
    """The imports of one module that reach a higher layer, as readable lines."""
    module = module_name(path)
    own = 0 if path == FACADE else LEVEL[unit(module)]
    imports = imported_modules(
        source, module, is_package=path.name == "__init__.py", top_only=path == FACADE
    )
    return [
        f"{module} ({LAYERS[own][0]}) imports {name} ({LAYERS[LEVEL[unit(name)]][0]})"
        for name in sorted(imports)
        if LEVEL[unit(name)] > own
    ]


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_part_of_the_package_has_a_layer():
    units = {unit(module_name(path)) for path in MODULES}
    assert units - {"repair"} <= set(LEVEL), sorted(units - set(LEVEL))


@pytest.mark.parametrize("path", MODULES, ids=lambda path: module_name(path))
def test_no_module_imports_a_higher_layer(path):
    assert violations(path, path.read_text(encoding="utf-8")) == []


def test_a_lower_layer_importing_a_higher_one_is_caught():
    path = PACKAGE / "formats" / "json.py"
    assert violations(path, "def render():\n    from repair.pipeline import Pipeline\n") == [
        "repair.formats.json (helpers and readers of results) imports repair.pipeline (pipeline)"
    ]
    typing_only = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import repair.api\n"
    assert violations(path, typing_only) == []


def test_the_parts_import_each_other_without_a_cycle():
    edges: dict[str, set[str]] = {}
    for path in MODULES:
        if path == FACADE:
            continue
        module = module_name(path)
        source = path.read_text(encoding="utf-8")
        imports = imported_modules(
            source, module, is_package=path.name == "__init__.py", top_only=False
        )
        edges.setdefault(unit(module), set()).update(
            unit(name) for name in imports if unit(name) != unit(module) and name != "repair"
        )
    done: set[str] = set()

    def walk(node: str, trail: tuple[str, ...]) -> None:
        assert node not in trail, " -> ".join([*trail, node])
        if node in done:
            return
        for following in sorted(edges.get(node, ())):
            walk(following, (*trail, node))
        done.add(node)

    for start in sorted(edges):
        walk(start, ())
