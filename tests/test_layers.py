"""Imports point down only (ui → services → store → domain; reports → domain), SQL lives in store/, Qt in ui/."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import eventdesk

PACKAGE = Path(eventdesk.__file__).resolve().parent
ROOT = PACKAGE.parent
LAYERS = {"domain", "files", "store", "services", "reports", "ui", "cli", "app"}
QT_ALLOWED = {"ui"}
FORBIDDEN = {
    "domain": LAYERS - {"domain"},
    "files": LAYERS - {"domain", "files"},  # this laptop's folders and settings, spreadsheets: beside the store
    "store": {"files", "services", "ui", "reports", "cli", "app"},
    "services": {"ui", "cli", "reports", "app"},
    "reports": {"files", "store", "services", "ui", "cli", "app"},
    "ui": {"store", "cli"},
}
SQL_TEXT = re.compile(
    r"\b(SELECT\s[\s\S]*\sFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|PRAGMA\s)"
)
DB_CALLS = {"execute", "executemany", "executescript"}


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "eventdesk" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in LAYERS else None


def imported_names(module: str, is_package: bool, tree: ast.AST):
    """(line, dotted name) for every import, relative ones resolved; `from a import b` gives a and a.b."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join(package + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def violations(module: str, source: str, *, is_package: bool = False) -> list[str]:
    """Every layering rule `source` (the text of `module`) breaks, one line each."""
    tree = ast.parse(source)
    layer = layer_of(module)
    found = []
    for line, name in imported_names(module, is_package, tree):
        top = name.split(".")[0]
        if top in ("PySide6", "shiboken6") and layer not in QT_ALLOWED:
            found.append(f"{module}:{line} imports Qt ({name}) outside ui/")
        if top in ("sqlite3", "sqlite_utils") and layer != "store":
            found.append(f"{module}:{line} imports {top} outside store/")
        target = layer_of(name)
        if target is not None and target in FORBIDDEN.get(layer, set()):
            found.append(f"{module}:{line} ({layer}) imports {name} ({target})")
        if layer == "domain" and name.startswith("eventdesk.") and target is None and name != "eventdesk.__version__":
            found.append(f"{module}:{line} (domain) imports {name}")
    if layer != "store":
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in DB_CALLS:
                found.append(f"{module}:{node.lineno} calls .{node.func.attr}() outside store/")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
                found.append(f"{module}:{node.lineno} holds SQL outside store/: {node.value.strip()[:40]!r}")
    return sorted(set(found))


def package_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        yield ".".join(parts), path, is_package


def test_every_module_of_eventdesk_keeps_to_its_layer():
    modules = list(package_modules())
    assert len(modules) > 30  # the scan really reads the package
    found = []
    for module, path, is_package in modules:
        found += violations(module, path.read_text(encoding="utf-8"), is_package=is_package)
    assert found == []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("eventdesk.domain.money", "from eventdesk.store import db"),
        ("eventdesk.domain.money", "from ..store import db"),
        ("eventdesk.domain.money", "from eventdesk import services"),
        ("eventdesk.domain.money", "import eventdesk.cli"),
        ("eventdesk.domain.money", "from eventdesk.files.paths import data_dir"),
        ("eventdesk.store.attendees", "from eventdesk.services.attendees import AttendeeService"),
        ("eventdesk.store.attendees", "from PySide6.QtCore import QObject"),
        ("eventdesk.services.attendees", "import sqlite3"),
        ("eventdesk.services.attendees", "def f(file):\n    file.conn.execute('SELECT 1')"),
        ("eventdesk.services.attendees", "QUERY = 'SELECT id FROM attendees WHERE code = ?'"),
        ("eventdesk.services.attendees", "from eventdesk.reports import summary"),
        ("eventdesk.services.attendees", "from eventdesk.ui.errors import show_error"),
        ("eventdesk.reports.summary", "from eventdesk.store import totals"),
        ("eventdesk.reports.summary", "from eventdesk.services.figures import FiguresService"),
        ("eventdesk.reports.summary", "from PySide6.QtGui import QPainter"),
        ("eventdesk.ui.screens.dashboard", "from eventdesk.store.attendees import list_attendees"),
        ("eventdesk.ui.screens.dashboard", "from ...store import attendees"),
        ("eventdesk.ui.screens.dashboard", "import sqlite_utils"),
        ("eventdesk.cli", "from PySide6.QtWidgets import QApplication"),
    ],
)
def test_the_layer_check_catches_a_module_reaching_where_it_must_not(module, source):
    assert violations(module, source) != []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("eventdesk.domain.money", "from eventdesk.domain.errors import InvalidAmount\nfrom .i18n import tr"),
        ("eventdesk.store.attendees", "import sqlite3\nconn.execute('SELECT 1')"),
        (
            "eventdesk.services.attendees",
            "from eventdesk.store.db import EventFile\nfrom eventdesk.store import attendees",
        ),
        ("eventdesk.reports.summary", "from eventdesk.domain.money import format_full"),
        (
            "eventdesk.ui.screens.dashboard",
            "from PySide6.QtWidgets import QLabel\nfrom eventdesk.services.session import EventSession",
        ),
        ("eventdesk.ui.screens.dashboard", "label = self.tr('Select a file from the list')"),
        ("eventdesk.app", "from eventdesk.ui.app import main"),
    ],
)
def test_the_layer_check_lets_a_module_use_the_layers_below_it(module, source):
    assert violations(module, source) == []


def test_the_layers_below_the_ui_load_without_qt():
    script = (
        "import importlib, pkgutil, sys, eventdesk\n"
        "for info in pkgutil.walk_packages(eventdesk.__path__, 'eventdesk.'):\n"
        "    if info.name.startswith('eventdesk.ui') or info.name in ('eventdesk.app', 'eventdesk.__main__'):\n"
        "        continue\n"
        "    importlib.import_module(info.name)\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, "[]", "")
