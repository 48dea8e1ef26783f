"""The main window: assembles the screens, the menus and the status bar; nothing else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
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
from eventdesk.domain.clock import from_iso, in_zone
from eventdesk.domain.errors import EventDeskError
from eventdesk.domain.i18n import LANGUAGES
from eventdesk.services import paths, user_config
from eventdesk.services.session import create_event, open_session
from eventdesk.ui.context import AppContext
from eventdesk.ui.dialogs.first_start_dialog import FirstStartDialog
from eventdesk.ui.dialogs.operator_dialog import OperatorDialog
from eventdesk.ui.dialogs.settings_dialog import SettingsDialog
from eventdesk.ui.errors import show_error
from eventdesk.ui.screens.attendees import AttendeesScreen
from eventdesk.ui.screens.base import Screen
from eventdesk.ui.screens.checkin import CheckInScreen
from eventdesk.ui.screens.dashboard import DashboardScreen
from eventdesk.ui.screens.not_built import NotBuiltScreen
from eventdesk.ui.screens.organisations import OrganisationsScreen
from eventdesk.ui.screens.reports import ReportsScreen
from eventdesk.ui.tasks import Task
from eventdesk.ui.translator import apply_language

FILE_FILTER = "EventDesk (*.eventdesk)"
DEMO_FILE_NAME = "demo-balikpapan.eventdesk"


def _not_built(title: Callable[[], str]) -> Callable[[AppContext], Screen]:
    return lambda context: NotBuiltScreen(context, title)


def screen_factories(window: MainWindow) -> list[tuple[str, Callable[[AppContext], Screen]]]:
    """The sidebar, in order: (key, factory). Each screen is one module under ui/screens/."""
    return [
        ("dashboard", DashboardScreen),
        ("attendees", AttendeesScreen),
        ("checkin", CheckInScreen),
        ("schedule", _not_built(lambda: window.tr("Jadwal Penandatanganan"))),
        ("transactions", _not_built(lambda: window.tr("Transaksi"))),
        ("organisations", OrganisationsScreen),
        ("reports", ReportsScreen),
    ]


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.context = context
        self.window_settings = QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(210)
        self.sidebar.setStyleSheet("QListWidget#sidebar { font-size: 11pt; } QListWidget#sidebar::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        self.screens: dict[str, Screen] = {}
        for key, factory in screen_factories(self):
            screen = factory(context)
            self.screens[key] = screen
            self.stack.addWidget(screen)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        context.session_changed.connect(self._handle_session_changed)
        context.data_changed.connect(self._handle_data_changed)
        context.tasks.started.connect(self._handle_task_started)
        context.tasks.progress.connect(self._handle_task_progress)
        context.tasks.idle.connect(self._handle_tasks_idle)
        self.sidebar.setCurrentRow(0)
        self._restore_geometry()
        self.retranslate()

    # --- construction ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = QMenu(self)
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New, triggered=self._handle_new_event)
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self._handle_open)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.settings_action = QAction(self, triggered=self._handle_settings)
        self.operator_action = QAction(self, triggered=self.ask_operator)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.operator_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.menuBar().addMenu(self.file_menu)

        self.view_menu = QMenu(self)
        self.language_menu = QMenu(self)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == self.context.config.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.view_menu.addMenu(self.language_menu)
        self.screen_actions: list[QAction] = []
        for index in range(self.sidebar.count()):
            action = QAction(self, shortcut=QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.sidebar.setCurrentRow(i))
            self.view_menu.addAction(action)
            self.screen_actions.append(action)
        self.menuBar().addMenu(self.view_menu)

        self.help_menu = QMenu(self)
        self.about_action = QAction(self, triggered=self._handle_about)
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
        self.progress = QProgressBar()
        self.progress.setObjectName("task_progress")
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        bar = self.statusBar()
        bar.addWidget(self.file_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.desk_label)
        bar.addPermanentWidget(self.operator_label)
        bar.addPermanentWidget(self.saved_label)

    # --- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Berkas"))
        self.new_action.setText(self.tr("Acara &baru…"))
        self.open_action.setText(self.tr("&Buka…"))
        self.recent_menu.setTitle(self.tr("Buka &terakhir"))
        self.settings_action.setText(self.tr("&Pengaturan acara…"))
        self.operator_action.setText(self.tr("Ganti &operator…"))
        self.quit_action.setText(self.tr("&Keluar"))
        self.view_menu.setTitle(self.tr("&Tampilan"))
        self.language_menu.setTitle(self.tr("&Bahasa"))
        self.help_menu.setTitle(self.tr("Ban&tuan"))
        self.about_action.setText(self.tr("&Tentang EventDesk"))
        for index in range(self.sidebar.count()):
            item = self.sidebar.item(index)
            screen = self.screens[item.data(Qt.ItemDataRole.UserRole)]
            item.setText(screen.title())
            self.screen_actions[index].setText(screen.title())
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
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
        self.operator_label.setText(self.tr("Operator: {name}").format(name=session.actor.operator))
        saved = from_iso(session.last_saved_at)
        if saved is None:
            self.saved_label.setText(self.tr("Belum ada perubahan"))
        else:
            local = in_zone(saved, settings.timezone)
            self.saved_label.setText(self.tr("Tersimpan {time}").format(time=local.strftime("%H:%M:%S")))

    # --- slots ----------------------------------------------------------------------------------

    def _handle_session_changed(self) -> None:
        self._update_status()

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
        try:
            session = create_event(path, self.context.session.actor)
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
        """Open another event file in this window; the current one stays open if that fails."""
        try:
            session = open_session(path, self.context.session.actor)
        except EventDeskError as error:
            show_error(self, error, self.tr("Berkas tidak bisa dibuka"))
            return False
        self.context.set_session(session)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [f for f in self.context.config.recent_files if Path(f).exists()]
        if not files:
            empty = self.recent_menu.addAction(self.tr("(kosong)"))
            empty.setEnabled(False)
        for file in files:
            self.recent_menu.addAction(file, lambda f=file: self.open_file(Path(f)))

    def _handle_settings(self) -> None:
        dialog = SettingsDialog(self.context.session, self)
        dialog.exec()

    def ask_operator(self) -> None:
        """Ask who is at the desk; the answer is recorded on every later write."""
        config = self.context.config
        dialog = OperatorDialog(self.context.session.actor.operator or config.operator, config.desk_label, self)
        if dialog.exec() != OperatorDialog.DialogCode.Accepted:
            return
        config.operator = dialog.operator
        config.desk_label = dialog.desk_label
        user_config.save(config)
        try:
            self.context.session.change_actor(config.actor())
        except EventDeskError as error:
            show_error(self, error)
        self._update_status()

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
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
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
        self.window_settings.setValue("geometry", self.saveGeometry())
        self.window_settings.sync()
        super().closeEvent(event)

    def offer_first_start(self, choose: Callable[[], int]) -> None:
        """On a brand-new default file: open the demo or the settings dialog, as the user chooses."""
        choice = choose()
        if choice == FirstStartDialog.DEMO:
            self.open_demo()
        elif choice == FirstStartDialog.SETTINGS:
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

        task = Task(write, label=self.tr("Menulis misi demo"))
        task.signals.done.connect(lambda _result: self.open_file(path))
        task.signals.failed.connect(lambda error: show_error(self, error))
        self.context.tasks.start(task)
