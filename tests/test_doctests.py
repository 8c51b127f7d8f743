"""The examples in every module's docstrings run and hold."""

import doctest
import importlib
import pkgutil

import pytest

import stakeholder_map as package

MODULES = [package.__name__] + [
    m.name for m in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")
    if m.name != "stakeholder_map.__main__"
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, qapp):
    failures, _ = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert failures == 0
