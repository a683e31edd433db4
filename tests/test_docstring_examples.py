"""The examples in the package's docstrings are what a user tries first: they must run."""

from __future__ import annotations

import doctest

import pytest

import repair
import repair.api


@pytest.mark.parametrize("module", [repair, repair.api], ids=lambda m: m.__name__)
def test_docstring_examples_print_what_they_show(module) -> None:
    failed, tried = doctest.testmod(module, report=True)
    assert tried > 0
    assert failed == 0
