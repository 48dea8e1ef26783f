"""The main window: assembles the screens, the menus and the status bar; nothing else.

It is built in two steps so that the window paints at once: the frame (title with the event's name, the
sidebar, the status bar) from light modules, then `attach(context)` with the screens and controllers of
window_parts.py, which app.py imports on a worker while the frame is in sight.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from eventdesk import __version__
from eventdesk.domain.clock import from_iso, in_zone, written_time
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.i18n import LANGUAGES
from eventdesk.files import paths, user_config
from eventdesk.ui.errors import show_error
from eventdesk.ui.keys import action
from eventdesk.ui.palette import ERROR_BOLD_STYLE, STALE
from eventdesk.ui.screen_titles import screen_titles
from eventdesk.ui.screens_on_demand import ScreensOnDemand
from eventdesk.ui.translator import apply_language

if TYPE_CHECKING:
    from types import ModuleType

    from eventdesk.ui.context import AppContext
    from eventdesk.ui.dialogs.conflicts_dialog import ConflictsDialog
    from eventdesk.ui.dialogs.desk_settings_dialog import DeskSettingsDialog
    from eventdesk.ui.dialogs.merge_dialog import MergeDialog
    from eventdesk.ui.live_board import LiveBoard
    from eventdesk.ui.screens.base import Screen

FILE_FILTER = "EventDesk (*.eventdesk)"
DEMO_FILE_NAME = "demo-balikpapan.eventdesk"
SCREEN_BUILD_GAP_MS = 30  # between two screens built after start: the window answers keys in between
FIRST_SIZE = (1280, 800)  # on a screen larger than a venue laptop's


def parts() -> ModuleType:
    """The screens, dialogs and controllers (window_parts.py): imported when first needed, not with this module."""
    from eventdesk.ui import window_parts

    return window_parts


class MainWindow(QMainWindow):
    attached = Signal()  # the screens are built: the window is ready for work

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None, *, opening: str = "") -> None:
        """The window; with a context, ready at once. Without one, only its frame, saying it is `opening` the
        event of that name, until `attach(context)`."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.window_settings = QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)
        self.screens = ScreensOnDemand([], self._build_screen)  # the screens come with attach()

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(210)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { font-size: 11pt; } QListWidget#sidebar::item { padding: 8px; }"
        )
        for key in screen_titles():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        self.opening_label = QLabel()
        self.opening_label.setObjectName("opening")
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening_label.setWordWrap(True)
        self.opening_label.setStyleSheet("font-size: 14pt;")
        self.stack.addWidget(self.opening_label)
        self._opening = opening
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.menuBar()  # made with the frame: a menu bar made after the window shows stays hidden, keys and all
        self.statusBar()
        self.setWindowTitle(f"EventDesk — {opening}" if opening else "EventDesk")
        self.sidebar.setCurrentRow(0)
        self._restore_geometry()
        self.retranslate()
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext) -> None:
        """Build the screen in sight, the menus and the status bar on the open event; the screen in sight reads
        its data now, the others are built when first asked for (screens_on_demand.py)."""
        window_parts = parts()
        self.context = context
        self.screens = ScreensOnDemand(list(screen_titles()), self._build_screen)
        in_sight = self.screens[self.sidebar.item(self.sidebar.currentRow()).data(Qt.ItemDataRole.UserRole)]
        self.stack.setCurrentWidget(in_sight)
        self.stack.removeWidget(self.opening_label)
        self.opening_label.deleteLater()
        self.sidebar.currentRowChanged.connect(self._handle_screen_chosen)

        self.sync = window_parts.SyncController(context, self)
        self.sync.state_changed.connect(self._update_sync_actions)
        self.conflicts_dialog: ConflictsDialog | None = None
        self.live_board: LiveBoard | None = None
        self.desk_settings_dialog: DeskSettingsDialog | None = None
        self._copy_notice_shown: str | None = None
        self.backups = window_parts.BackupScheduler(context, self)
        self.backups.backup_made.connect(self._handle_backup_made)
        self.backups.backup_failed.connect(self._handle_backup_failed)
        self._build_menus()
        self._build_status_bar()
        self._update_sync_actions()
        context.session_changed.connect(self._handle_session_changed)
        context.data_changed.connect(self._handle_data_changed)
        context.tasks.started.connect(self._handle_task_started)
        context.tasks.progress.connect(self._handle_task_progress)
        context.tasks.idle.connect(self._handle_tasks_idle)
        self._handle_screen_chosen(self.sidebar.currentRow())
        self.retranslate()
        self.attached.emit()

    @property
    def is_attached(self) -> bool:
        return bool(self.screens)

    def build_the_rest(self) -> None:
        """Build the screens not built yet, one per turn of the event loop (each 5–15 ms, out of sight), so the
        first visit to each shows at once; a screen asked for before its turn is built then."""
        built = {screen.key for screen in self.screens.built()}
        waiting = [key for key in self.screens if key not in built]
        if waiting and self.context.has_session:
            self.screens[waiting[0]]  # asking for a screen builds it
            QTimer.singleShot(SCREEN_BUILD_GAP_MS, self.build_the_rest)

    def _build_screen(self, key: str) -> Screen:
        window_parts = parts()
        # The first screen built is the one in sight at start; every later one is built out of sight and
        # reads its data when it is shown.
        with window_parts.built_out_of_sight() if self.screens.built() else contextlib.nullcontext():
            screen = window_parts.screen_class(key)(self.context)
        self.stack.addWidget(screen)
        if isinstance(screen, window_parts.DashboardScreen):
            screen.live_board_requested.connect(self.show_live_board)
        return screen

    # --- construction ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = QMenu(self)
        # No key: Ctrl+N belongs to the screens (a new registration, organisation or deal), and leaving the
        # event open at the desk for a new one is never one keystroke away.
        self.new_action = action(self, self._handle_new_event)
        self.open_action = action(self, self._handle_open, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.settings_action = action(self, self._handle_settings)
        self.desk_settings_action = action(self, self.show_desk_settings)
        self.desk_settings_action.setObjectName("desk_settings_action")
        self.merge_action = action(self, self._handle_merge, QKeySequence("Ctrl+Shift+M"))
        self.merge_action.setObjectName("merge_action")
        self.conflicts_action = action(self, self.show_conflicts)
        self.conflicts_action.setObjectName("conflicts_action")
        self.sync_folder_action = action(self, self._handle_sync_folder)
        self.sync_folder_action.setObjectName("sync_folder_action")
        self.sync_now_action = action(self, self.sync.run_now, QKeySequence("F5"))
        self.sync_now_action.setObjectName("sync_now_action")
        self.operator_action = action(self, self.ask_operator)
        self.backup_now_action = action(self, self._handle_backup_now)
        self.restore_action = action(self, self._handle_restore)
        self.backup_folder_action = action(self, self._handle_backup_folder)
        self.quit_action = action(self, self.close, QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.desk_settings_action)
        self.file_menu.addAction(self.operator_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.merge_action)
        self.file_menu.addAction(self.conflicts_action)
        self.file_menu.addAction(self.sync_folder_action)
        self.file_menu.addAction(self.sync_now_action)
        self.file_menu.addAction(self.backup_now_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addAction(self.backup_folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.menuBar().addMenu(self.file_menu)

        self.view_menu = QMenu(self)
        self.language_menu = QMenu(self)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            choice = QAction(name, self)
            choice.setCheckable(True)
            choice.setData(code)
            choice.setChecked(code == self.context.config.language)
            choice.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(choice)
            self.language_menu.addAction(choice)
            self.language_actions[code] = choice
        self.view_menu.addMenu(self.language_menu)
        self.live_board_action = action(self, self.show_live_board, QKeySequence("Ctrl+Shift+L"))
        self.view_menu.addAction(self.live_board_action)
        self.view_menu.addSeparator()
        self.screen_actions: list[QAction] = []
        for index in range(self.sidebar.count()):
            switch = action(self, partial(self.go_to_screen, index), QKeySequence(f"Ctrl+{index + 1}"))
            self.view_menu.addAction(switch)
            self.screen_actions.append(switch)
        self.menuBar().addMenu(self.view_menu)

        self.help_menu = QMenu(self)
        self.about_action = action(self, self._handle_about)
        self.help_menu.addAction(self.about_action)
        self.menuBar().addMenu(self.help_menu)

    def _build_status_bar(self) -> None:
        self.file_label = QLabel()
        self.file_label.setObjectName("status_file")
        # A long path must not hold the window wide; the full path is in the tooltip.
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.desk_label = QLabel()
        self.desk_label.setObjectName("status_desk")
        self.operator_label = QLabel()
        self.operator_label.setObjectName("status_operator")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("status_saved")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("status_backup")
        self.progress = QProgressBar()
        self.progress.setObjectName("task_progress")
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        self.sync_label = parts().SyncStatusLabel(self.context, self.sync)
        bar = self.statusBar()
        bar.addWidget(self.file_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.sync_label)
        bar.addPermanentWidget(self.desk_label)
        bar.addPermanentWidget(self.operator_label)
        bar.addPermanentWidget(self.saved_label)
        bar.addPermanentWidget(self.backup_label)

    # --- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = screen_titles()
        for index in range(self.sidebar.count()):
            item = self.sidebar.item(index)
            item.setText(titles[item.data(Qt.ItemDataRole.UserRole)])
        if not self.is_attached:
            self.opening_label.setText(
                self.tr("Membuka {event}…").format(event=self._opening) if self._opening else self.tr("Membuka acara…")
            )
            return
        self.file_menu.setTitle(self.tr("&Berkas"))
        self.new_action.setText(self.tr("Acara &baru…"))
        self.open_action.setText(self.tr("&Buka…"))
        self.recent_menu.setTitle(self.tr("Buka &terakhir"))
        self.settings_action.setText(self.tr("&Pengaturan acara…"))
        self.desk_settings_action.setText(self.tr("Pengaturan &meja ini (printer, bunyi)…"))
        self.operator_action.setText(self.tr("Ganti &operator…"))
        self.merge_action.setText(self.tr("&Gabungkan dari meja lain…"))
        self.conflicts_action.setText(self.tr("&Konflik penggabungan…"))
        self.sync_folder_action.setText(self.tr("&Folder sinkron meja ini…"))
        self.sync_now_action.setText(self.tr("&Sinkronkan sekarang"))
        self.backup_now_action.setText(self.tr("&Cadangkan sekarang"))
        self.restore_action.setText(self.tr("&Pulihkan dari cadangan…"))
        self.backup_folder_action.setText(self.tr("&Folder cadangan…"))
        self.quit_action.setText(self.tr("&Keluar"))
        self.view_menu.setTitle(self.tr("&Tampilan"))
        self.language_menu.setTitle(self.tr("&Bahasa"))
        self.live_board_action.setText(self.tr("&Papan langsung (proyektor)"))
        self.help_menu.setTitle(self.tr("Ban&tuan"))
        self.about_action.setText(self.tr("&Tentang EventDesk"))
        for index, title in enumerate(titles.values()):
            self.screen_actions[index].setText(title)
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        """Switch the UI (and later reports) to `code` and remember the choice."""
        apply_language(code)
        # Deliver the queued LanguageChange events now, so every open window reads the new language at once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.context.config.language = code
        user_config.save(self.context.config)
        self.language_actions[code].setChecked(True)

    def _update_status(self) -> None:
        if not self.context.has_session:
            return
        session = self.context.session
        settings = session.settings.get()
        self.setWindowTitle(f"EventDesk — {settings.name}")
        mode = self.tr(" (hanya-baca)") if session.read_only else ""
        self.file_label.setText(self.tr("Berkas: {path}{mode}").format(path=session.path, mode=mode))
        self.file_label.setToolTip(str(session.path))
        self.desk_label.setText(self.tr("Meja: {desk}").format(desk=session.actor.desk_label))
        notice = session.copy_notice
        self.desk_label.setToolTip(notice or "")
        # A copy writing as its own desk stays marked (amber, the colour of desk warnings) for as long as it is open.
        self.desk_label.setStyleSheet(f"color: {STALE}; font-weight: bold;" if notice else "")
        if notice and notice != self._copy_notice_shown:
            self._copy_notice_shown = notice
            self.statusBar().showMessage(notice, 30000)
        self.operator_label.setText(self.tr("Operator: {name}").format(name=session.actor.operator))
        saved = from_iso(session.last_saved_at)
        if saved is None:
            self.saved_label.setText(self.tr("Belum ada perubahan"))
        else:
            local = in_zone(saved, settings.timezone)
            self.saved_label.setText(self.tr("Tersimpan {time}").format(time=written_time(local, seconds=True)))
        self._update_backup_status(settings.timezone)

    def _update_backup_status(self, timezone: str) -> None:
        auto = self.backups.auto
        self.backup_label.setToolTip(self.tr("Folder cadangan: {folder}").format(folder=self.backups.folder))
        self.backup_now_action.setEnabled(auto is not None)
        if auto is None:
            self.backup_label.setText(self.tr("Tanpa cadangan (hanya-baca)") if self.context.session.read_only else "")
            self.backup_label.setStyleSheet("")
        elif auto.last_error:
            self.backup_label.setText(self.tr("Cadangan GAGAL"))
            self.backup_label.setToolTip(auto.last_error)
            self.backup_label.setStyleSheet(ERROR_BOLD_STYLE)
        elif auto.last_made_at is None:
            self.backup_label.setText(self.tr("Belum dicadangkan"))
            self.backup_label.setStyleSheet("")
        else:
            local = in_zone(auto.last_made_at, timezone)
            self.backup_label.setText(self.tr("Dicadangkan {time}").format(time=written_time(local)))
            self.backup_label.setStyleSheet("")

    # --- slots ----------------------------------------------------------------------------------

    def go_to_screen(self, row: int) -> None:
        """Ctrl+1…7: the screen, with the keyboard in it (its search box, the scan field), so what is typed next
        lands there; a row chosen in the sidebar itself leaves the keyboard on the sidebar."""
        self.sidebar.setCurrentRow(row)
        self.screens[self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _handle_screen_chosen(self, row: int) -> None:
        chosen = self.screens[self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)]
        for screen in self.screens.built():
            if screen is not chosen:
                screen.set_out_of_sight(True)
        chosen.set_out_of_sight(False)  # a screen that missed changes reads them now, before it shows
        self.stack.setCurrentWidget(chosen)

    def _handle_session_changed(self) -> None:
        self._update_status()
        self._update_sync_actions()

    def _update_sync_actions(self) -> None:
        writable = self.context.has_session and not self.context.session.read_only
        self.merge_action.setEnabled(writable)
        self.sync_folder_action.setEnabled(writable)
        self.sync_now_action.setEnabled(self.sync.active and self.sync.running is None)

    def _handle_merge(self) -> None:
        start = str(self.context.session.path.parent)
        targets, _ = QFileDialog.getOpenFileNames(self, self.tr("Gabungkan dari meja lain"), start, FILE_FILTER + ";;*")
        if targets:
            self.merge_files([Path(target) for target in targets])

    def merge_files(self, others: list[Path]) -> MergeDialog:
        """Show what merging `others` would bring (read on a worker), then merge when the operator says so."""
        dialog = parts().MergeDialog(self.context, others, self)
        dialog.conflicts_requested.connect(self.show_conflicts)
        dialog.start_preview()
        dialog.open()
        return dialog

    def show_conflicts(self) -> ConflictsDialog:
        if self.conflicts_dialog is None:  # made reading its list
            self.conflicts_dialog = parts().ConflictsDialog(self.context, self, lambda: self.sync.last_report)
            self.sync.report_ready.connect(self._handle_sync_report)
        else:
            self.conflicts_dialog.refresh()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        return self.conflicts_dialog

    def _handle_sync_report(self, _report: object) -> None:
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.show_forks()  # a desk forked (or fixed) since the view was opened

    def _handle_sync_folder(self) -> None:
        dialog = parts().SyncFolderDialog(self.sync.folder, self)
        if dialog.exec() == dialog.DialogCode.Accepted:
            self.sync.set_folder(dialog.folder)

    def _handle_data_changed(self, tables: frozenset[str]) -> None:
        self._update_status()

    def _handle_task_started(self, label: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(label)
        self.progress.show()

    def _handle_task_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _handle_tasks_idle(self) -> None:
        self.progress.hide()

    def _handle_new_event(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Acara baru"), str(paths.data_dir() / self.tr("acara-baru.eventdesk")), FILE_FILTER
        )
        if not target:
            return
        path = Path(target)
        if path.suffix != ".eventdesk":
            path = path.with_name(path.name + ".eventdesk")
        if self.context.has_session:
            answer = QMessageBox.question(
                self,
                self.tr("Acara baru"),
                self.tr(
                    "Buat acara baru {path} dan beralih ke sana? Acara '{current}' ditutup (datanya tetap tersimpan)."
                ).format(path=path.name, current=self.context.session.settings.get().name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            session = parts().create_event(path, self.context.session.actor)
        except EventDeskError as error:
            show_error(self, error)
            return
        self.context.set_session(session)
        self._handle_settings()

    def _handle_open(self) -> None:
        start = str(self.context.session.path.parent) if self.context.has_session else str(paths.data_dir())
        target, _ = QFileDialog.getOpenFileName(self, self.tr("Buka acara"), start, FILE_FILTER + ";;*")
        if target:
            self.open_file(Path(target))

    def open_file(self, path: Path) -> bool:
        """Open another event file in this window; the current one stays open if that fails.

        A busy file may be opened read-only instead; a damaged one is left alone and its
        newest good backup offered in a new file.
        """
        # The laptop's current identity (a restore may have renewed it) with the operator at the desk now.
        actor = self.context.config.actor(self.context.session.actor.operator)
        session = parts().open_or_recover(self, path, actor, self.backups.folder, self.context.config)
        if session is None:
            return False
        self.context.set_session(session)
        return True

    # --- backups --------------------------------------------------------------------------------

    def _handle_backup_now(self) -> None:
        if self.backups.start_backup() is None:
            self.statusBar().showMessage(self.tr("Cadangan sedang dibuat…"), 3000)

    def _handle_backup_made(self, path: Path) -> None:
        self._update_status()
        self.statusBar().showMessage(self.tr("Cadangan dibuat: {path}").format(path=path), 5000)

    def _handle_backup_failed(self, message: str) -> None:
        self._update_status()
        self.statusBar().showMessage(self.tr("Cadangan gagal: {reason}").format(reason=message), 10000)

    def _handle_restore(self) -> None:
        dialog = parts().RestoreDialog(self.context, self.backups.folder, self)
        if dialog.exec() != dialog.DialogCode.Accepted or dialog.restored_path is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cadangan dipulihkan"),
            self.tr("Cadangan dipulihkan ke {path}.\nBuka berkas itu sekarang?").format(path=dialog.restored_path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_file(dialog.restored_path)

    def _handle_backup_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder cadangan (mis. flashdisk)"), str(self.backups.folder)
        )
        if not chosen:
            return
        folder = Path(chosen)
        self.backups.set_folder(None if folder.resolve() == paths.backup_dir().resolve() else folder)
        user_config.save(self.context.config)
        self._update_status()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [f for f in self.context.config.recent_files if Path(f).exists()]
        if not files:
            empty = self.recent_menu.addAction(self.tr("(kosong)"))
            empty.setEnabled(False)
        for file in files:
            self.recent_menu.addAction(file).triggered.connect(lambda _checked=False, f=file: self.open_file(Path(f)))

    def _handle_settings(self) -> None:
        dialog = parts().SettingsDialog(self.context.session, self)
        dialog.exec()

    def show_desk_settings(self) -> DeskSettingsDialog:
        """This laptop's badge printer and paper, printing at check-in, the check-in sounds."""
        dialog = parts().DeskSettingsDialog(self.context.config, self)
        dialog.accepted.connect(self._save_desk_settings)
        dialog.open()
        self.desk_settings_dialog = dialog
        return dialog

    def _save_desk_settings(self) -> None:
        try:
            user_config.save(self.context.config)
        except EventDeskError as error:
            show_error(self, error)
            return
        self.statusBar().showMessage(self.tr("Pengaturan meja ini tersimpan."), 5000)

    def ask_operator(self) -> None:
        """Ask who is at the desk; the answer is recorded on every later write."""
        config = self.context.config
        dialog = parts().OperatorDialog(self.context.session.actor.operator or config.operator, config.desk_label, self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        config.operator = dialog.operator
        config.desk_label = dialog.desk_label
        user_config.save(config)
        try:
            self.context.session.change_actor(config.actor())
        except EventDeskError as error:
            show_error(self, error)
        self._update_status()

    def show_live_board(self) -> LiveBoard:
        """The projector window: on the second screen when there is one (F11 toggles full screen there)."""
        if self.live_board is None:
            self.live_board = parts().LiveBoard(self.context, self)
        self.live_board.show_on_projector()
        return self.live_board

    def _handle_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang EventDesk"),
            self.tr("EventDesk {version}\nMeja panitia misi dagang dan investasi.").format(version=__version__),
        )

    # --- geometry -------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.window_settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            return
        # First start: the whole screen of a venue laptop (1366×768, 1024×768), where 1280×800 would put
        # the status bar and the dialogs' buttons below the bottom edge.
        available = self.screen().availableGeometry()
        if available.width() < FIRST_SIZE[0] + 40 or available.height() < FIRST_SIZE[1] + 80:
            self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self.resize(*FIRST_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_attached:  # closed while the event was still opening
            self.window_settings.setValue("geometry", self.saveGeometry())
            super().closeEvent(event)
            return
        if self.context.tasks.busy:
            answer = QMessageBox.question(
                self,
                self.tr("Pekerjaan masih berjalan"),
                self.tr("Laporan atau impor masih berjalan. Tunggu sampai selesai lalu tutup?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.context.tasks.wait()
        self.sync.stop()
        self.window_settings.setValue("geometry", self.saveGeometry())
        self.window_settings.sync()
        super().closeEvent(event)

    def offer_first_start(self, choose: Callable[[], int]) -> None:
        """On a brand-new default file: open the demo or the settings dialog, as the user chooses."""
        choice = choose()
        if choice == parts().FirstStartDialog.DEMO:
            self.open_demo()
        elif choice == parts().FirstStartDialog.SETTINGS:
            self._handle_settings()

    def open_demo(self) -> None:
        """Open the Balikpapan demo mission (a file of its own beside the default event file)."""
        from eventdesk.services.demo import write_demo

        path = paths.data_dir() / DEMO_FILE_NAME
        if path.exists():
            self.open_file(path)
            return

        def write(progress=None) -> None:
            write_demo(path, progress).close()

        task = parts().Task(write, label=self.tr("Menulis misi demo"))
        task.signals.done.connect(lambda _result: self.open_file(path))
        task.signals.failed.connect(lambda error: show_error(self, error))
        self.context.tasks.start(task)
