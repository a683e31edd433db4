"""The rules as data: one TOML file per family, read once per process."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_toml(name: str) -> dict[str, Any]:
    """``repair/data/NAME`` parsed, read as UTF-8 whatever the locale, and parsed once even
    when several detectors read sections of the same file."""
    return tomllib.loads(resources.files("repair.data").joinpath(name).read_text("utf-8"))
