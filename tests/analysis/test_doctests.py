"""The examples in the analysis modules' docstrings run and hold."""

import doctest
import importlib
import pkgutil

import pytest

import stakeholder_map.analysis as package

MODULES = [package.__name__] + [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    failures, _ = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert failures == 0
