"""What the main window is built from beyond its frame: the screens, dialogs and controllers, with everything they
import (the services, the store, Babel, …).

main_window.py reaches them through this module only (`parts().X`), when it builds or opens one of them. The
controllers the window attaches with are imported with this module; every screen and dialog is imported the
first time it is asked for. At start app.py imports this module and the modules of the screens a desk sees
first (`FIRST_SCREENS`) on a worker while the window's frame is already painted, and the rest on a worker once
the window is at work (`import_the_rest`), so that no screen or dialog is imported on the window's thread in
normal use. Adding a part here keeps it off the path to the first paint and the first scan.
"""

from __future__ import annotations

import importlib
from typing import Any

from eventdesk.ui.backup_scheduler import BackupScheduler
from eventdesk.ui.screens.base import Screen, built_out_of_sight
from eventdesk.ui.sync_controller import SyncController
from eventdesk.ui.tasks import Task
from eventdesk.ui.widgets.sync_status import SyncStatusLabel

# Each screen is one module under ui/screens/, by its key in screen_titles() (which says the sidebar's order
# and titles).
SCREENS = {
    "dashboard": ("eventdesk.ui.screens.dashboard", "DashboardScreen"),
    "attendees": ("eventdesk.ui.screens.attendees", "AttendeesScreen"),
    "checkin": ("eventdesk.ui.screens.checkin", "CheckInScreen"),
    "schedule": ("eventdesk.ui.screens.schedule", "ScheduleScreen"),
    "transactions": ("eventdesk.ui.screens.transactions", "TransactionsScreen"),
    "organisations": ("eventdesk.ui.screens.organisations", "OrganisationsScreen"),
    "reports": ("eventdesk.ui.screens.reports", "ReportsScreen"),
}
# The screen in sight when the window opens, and the one a door desk goes to at once (Ctrl+3).
FIRST_SCREENS = ("dashboard", "checkin")

# Dialogs and the rest, by the name main_window asks for: the module that defines it.
_ELSEWHERE = {
    "ConflictsDialog": "eventdesk.ui.dialogs.conflicts_dialog",
    "DeskSettingsDialog": "eventdesk.ui.dialogs.desk_settings_dialog",
    "FirstStartDialog": "eventdesk.ui.dialogs.first_start_dialog",
    "MergeDialog": "eventdesk.ui.dialogs.merge_dialog",
    "OperatorDialog": "eventdesk.ui.dialogs.operator_dialog",
    "RestoreDialog": "eventdesk.ui.dialogs.restore_dialog",
    "SettingsDialog": "eventdesk.ui.dialogs.settings_dialog",
    "SyncFolderDialog": "eventdesk.ui.dialogs.sync_folder_dialog",
    "LiveBoard": "eventdesk.ui.live_board",
    "open_or_recover": "eventdesk.ui.recovery",
    "create_event": "eventdesk.services.session",
    **{class_name: module for module, class_name in SCREENS.values()},
}


def __getattr__(name: str) -> Any:
    """`parts().SettingsDialog` and the like: the module that defines the name is imported on first use."""
    module = _ELSEWHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    found = getattr(importlib.import_module(module), name)
    globals()[name] = found
    return found


def screen_class(key: str) -> type[Screen]:
    module, class_name = SCREENS[key]
    found: type[Screen] = getattr(importlib.import_module(module), class_name)
    return found


def import_first_screens() -> None:
    for key in FIRST_SCREENS:
        screen_class(key)


def import_the_rest() -> None:
    """Every screen and dialog (on a worker, once the window is at work)."""
    for name in _ELSEWHERE:
        __getattr__(name)


__all__ = [
    "FIRST_SCREENS",
    "SCREENS",
    "BackupScheduler",
    "Screen",
    "SyncController",
    "SyncStatusLabel",
    "Task",
    "built_out_of_sight",
    "import_first_screens",
    "import_the_rest",
    "screen_class",
]
