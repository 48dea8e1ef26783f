"""What the main window is built from beyond its frame: the screens, dialogs and controllers, with everything they
import (the services, the store, Babel, …).

main_window.py imports this module only when it builds or opens one of them; at start app.py imports it on a
worker while the window's frame (title, sidebar) is already painted. Adding a part here keeps it off the path
to the first paint.
"""

from __future__ import annotations

from eventdesk.services.session import create_event
from eventdesk.ui.backup_scheduler import BackupScheduler
from eventdesk.ui.dialogs.conflicts_dialog import ConflictsDialog
from eventdesk.ui.dialogs.desk_settings_dialog import DeskSettingsDialog
from eventdesk.ui.dialogs.first_start_dialog import FirstStartDialog
from eventdesk.ui.dialogs.merge_dialog import MergeDialog
from eventdesk.ui.dialogs.operator_dialog import OperatorDialog
from eventdesk.ui.dialogs.restore_dialog import RestoreDialog
from eventdesk.ui.dialogs.settings_dialog import SettingsDialog
from eventdesk.ui.dialogs.sync_folder_dialog import SyncFolderDialog
from eventdesk.ui.live_board import LiveBoard
from eventdesk.ui.recovery import open_or_recover
from eventdesk.ui.screens.attendees import AttendeesScreen
from eventdesk.ui.screens.base import Screen, built_out_of_sight
from eventdesk.ui.screens.checkin import CheckInScreen
from eventdesk.ui.screens.dashboard import DashboardScreen
from eventdesk.ui.screens.organisations import OrganisationsScreen
from eventdesk.ui.screens.reports import ReportsScreen
from eventdesk.ui.screens.schedule import ScheduleScreen
from eventdesk.ui.screens.transactions import TransactionsScreen
from eventdesk.ui.sync_controller import SyncController
from eventdesk.ui.tasks import Task
from eventdesk.ui.widgets.sync_status import SyncStatusLabel

# Each screen is one module under ui/screens/; the sidebar's order and titles are screen_titles()'s.
SCREENS: dict[str, type[Screen]] = {
    screen.key: screen
    for screen in (
        DashboardScreen,
        AttendeesScreen,
        CheckInScreen,
        ScheduleScreen,
        TransactionsScreen,
        OrganisationsScreen,
        ReportsScreen,
    )
}

__all__ = [
    "SCREENS",
    "BackupScheduler",
    "ConflictsDialog",
    "DashboardScreen",
    "DeskSettingsDialog",
    "FirstStartDialog",
    "LiveBoard",
    "MergeDialog",
    "OperatorDialog",
    "RestoreDialog",
    "Screen",
    "SettingsDialog",
    "SyncController",
    "SyncFolderDialog",
    "SyncStatusLabel",
    "Task",
    "built_out_of_sight",
    "create_event",
    "open_or_recover",
]
