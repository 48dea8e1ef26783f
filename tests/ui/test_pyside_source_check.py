"""PySide6's check of each imported module, answered from the file's bytes, answers as PySide6's own does."""

import sys

import pytest

import eventdesk.app  # the window's start puts the quick check in place
import eventdesk.domain.money
import eventdesk.ui.main_window  # noqa: F401 (answered below)
from eventdesk.ui.pyside_source_check import read_sources_quickly


@pytest.fixture
def checks():
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    return quick, quick.__closure__[0].cell_contents  # the quick check, and PySide6's own that it stands in for


def test_the_quick_check_is_in_place_once(checks):
    quick, _own = checks
    assert quick.reads_bytes
    read_sources_quickly()
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is quick  # not wrapped a second time


def test_every_module_loaded_gets_the_answer_pyside6_would_give(checks):
    quick, own = checks
    modules = [module for name, module in sorted(sys.modules.items()) if module is not None and name != "__main__"]
    with_source = [module for module in modules if str(getattr(module, "__file__", "")).endswith(".py")]
    assert len(with_source) > 100
    answers = {module.__name__: quick(module) for module in with_source}
    assert answers == {module.__name__: own(module) for module in with_source}
    assert answers["eventdesk.ui.main_window"] is True
    assert answers["eventdesk.domain.money"] is False
    assert quick(sys) is False  # built in: no file, PySide6's own check answers
