"""Actions and shortcuts made one way: the typed equivalents of Qt's keyword constructors.

`QAction(parent, triggered=…, shortcut=…)` works at run time but PySide6's type stubs do not describe
it, so every window, screen and dialog makes its actions and keys here instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

Key = QKeySequence | QKeySequence.StandardKey | str

MERGE_DUPLICATE_KEY = "Ctrl+G"  # Peserta and Organisasi: the record in the form was registered twice ("gabungkan")


def action(parent: QObject, slot: Callable[[], Any], key: Key | None = None) -> QAction:
    """A menu action (its text is set by the owner's retranslate) calling `slot`, with an optional key."""
    made = QAction(parent)
    made.triggered.connect(lambda _checked=False: slot())
    if key is not None:
        made.setShortcut(QKeySequence(key))
    return made


def shortcut(
    key: Key,
    parent: QWidget,
    slot: Callable[[], Any],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QShortcut:
    """A key without a menu entry, calling `slot` while `parent` (by `context`) has it."""
    made = QShortcut(QKeySequence(key), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made


def screen_key(
    owner: QWidget,
    key: Key,
    slot: Callable[[], Any],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    """A key of a screen, as an action on it: with the default context it works in the whole window while
    the screen shows (the sidebar may have the focus) and is off while another screen shows."""
    made = action(owner, slot, key)
    made.setShortcutContext(context)
    owner.addAction(made)
    return made


def push_button(object_name: str, slot: Callable[[], Any]) -> QPushButton:
    """A button (its text set by the owner's retranslate) that calls `slot` when clicked."""
    button = QPushButton()
    button.setObjectName(object_name)
    button.clicked.connect(lambda _checked=False: slot())
    return button
