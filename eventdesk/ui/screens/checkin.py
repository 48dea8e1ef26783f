"""Check-in: one large input for the scanner or typed search, the answer in large type, live counters.

A USB scanner types the code and Enter; some send no Enter, so a code typed
in one fast burst is taken after a short pause. Typed text searches names,
organisations, codes, phones and e-mails; Down moves into the matches and
Enter checks the chosen one in. Green: welcome (VIPs in gold); amber:
already checked in, when and where; red: an unknown code; each with its own
sound (ui/sounds.py). Ctrl+Z takes back the last check-in (a correction in the
audit trail), and the line under the answer says whose. F2 registers a walk-in,
checks them in and prints their badge; a badge desk prints every first
check-in's badge on its badge printer.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from eventdesk.domain import codes
from eventdesk.domain.attendance import AttendanceLine, checked_in_when
from eventdesk.domain.clock import utc_now
from eventdesk.domain.enums import AttendeeCategory
from eventdesk.domain.errors import EventDeskError, NotFound
from eventdesk.domain.models import Attendee
from eventdesk.domain.quantity import format_count
from eventdesk.ui.badge_printer import BadgePrinter
from eventdesk.ui.context import AppContext
from eventdesk.ui.errors import show_error
from eventdesk.ui.keys import push_button
from eventdesk.ui.models.attendee_model import AttendeeTableModel
from eventdesk.ui.palette import CHECKIN_STYLES, headline_style
from eventdesk.ui.screens.base import Screen
from eventdesk.ui.sounds import CheckInSounds, Cue

SEARCH_DELAY_MS = 150
SCANNER_PAUSE_MS = 300  # a code typed in one burst and then nothing for this long: a scanner without Enter
SCANNER_KEY_GAP_MS = 60  # keys closer than this are a scanner, not a person
SEARCH_RESULTS = 20
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)  # keys typed there stay there
STYLES = CHECKIN_STYLES

if TYPE_CHECKING:
    from eventdesk.ui.dialogs.walk_in_dialog import WalkInDialog


class CheckInScreen(Screen):
    key = "checkin"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("checkin_screen")
        self.heading = QLabel()
        self.scan_input = QLineEdit()
        self.scan_input.setObjectName("scan_input")
        font = QFont()
        font.setPointSize(26)
        self.scan_input.setFont(font)
        self.scan_input.setMinimumHeight(64)
        self.scan_input.installEventFilter(self)
        self.scan_input.textEdited.connect(self._handle_text_edited)
        self.result_label = QLabel()
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setMinimumHeight(170)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_state = ""
        self.status = QLabel()
        self.status.setObjectName("checkin_status")
        self.status.setWordWrap(True)
        self.sounds = CheckInSounds(context.config, self)
        self.model = AttendeeTableModel(self)
        self.matches = QTableView()
        self.matches.setObjectName("checkin_matches")
        self.matches.setModel(self.model)
        self.matches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.verticalHeader().setVisible(False)
        for column in (AttendeeTableModel.COL_TITLE, AttendeeTableModel.COL_PHONE, AttendeeTableModel.COL_BADGE):
            self.matches.setColumnHidden(column, True)
        self.matches.horizontalHeader().setSectionResizeMode(
            AttendeeTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.matches.horizontalHeader().setSectionResizeMode(
            AttendeeTableModel.COL_ORGANISATION, QHeaderView.ResizeMode.Stretch
        )
        self.matches.installEventFilter(self)
        self.matches.doubleClicked.connect(lambda index: self._check_in_row(index.row()))
        self.matches.hide()
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo_button")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        self.walk_in_button = push_button("walk_in_button", self.start_walk_in)
        self.counter_total = QLabel()
        self.counter_total.setObjectName("counter_total")
        self.counter_total.setStyleSheet(headline_style(22))
        self.counter_caption = QLabel()
        self.counter_categories = QLabel()
        self.counter_categories.setObjectName("counter_categories")
        self.counter_categories.setTextFormat(Qt.TextFormat.RichText)
        self.counter_regions = QLabel()
        self.counter_regions.setObjectName("counter_regions")
        self.counter_regions.setTextFormat(Qt.TextFormat.RichText)

        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.addAction(self.undo_action)
        self.walk_in_action = QAction(self)
        self.walk_in_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.walk_in_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.walk_in_action.triggered.connect(self.start_walk_in)
        self.addAction(self.walk_in_action)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.setInterval(SCANNER_PAUSE_MS)
        self._scan_timer.timeout.connect(self._handle_scan_pause)
        self._keys = QElapsedTimer()
        self._burst = False

        self.last_checked_in: Attendee | None = None
        self.walk_in_dialog: WalkInDialog | None = None
        self.badge_printer = BadgePrinter(context, self)
        self.badge_printer.said.connect(self.status.setText)

        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.scan_input)
        left.addWidget(self.result_label)
        left.addWidget(self.status)
        left.addWidget(self.matches, 1)
        left.addStretch()
        counters = QFrame()
        counters.setFrameShape(QFrame.Shape.StyledPanel)
        counters.setMinimumWidth(220)
        counter_layout = QVBoxLayout(counters)
        counter_layout.addWidget(self.walk_in_button)
        counter_layout.addWidget(self.undo_button)
        counter_layout.addSpacing(12)
        counter_layout.addWidget(self.counter_total)
        counter_layout.addWidget(self.counter_caption)
        counter_layout.addWidget(self.counter_categories)
        counter_layout.addWidget(self.counter_regions)
        counter_layout.addStretch()
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(counters)  # as wide as its counters (10.000 / 20.000), the scan side takes the rest
        self.setFocusProxy(self.scan_input)
        self.retranslate()
        self.refresh()

    # --- texts ----------------------------------------------------------------------------------

    def watched_tables(self) -> frozenset[str]:
        return frozenset({"attendees", "organisations", "regions"})

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.scan_input.setPlaceholderText(self.tr("Pindai kode atau ketik nama…"))
        self.undo_button.setText(self.tr("Batalkan check-in terakhir\n(Ctrl+Z)"))
        self.walk_in_button.setText(self.tr("Peserta datang langsung\n(F2)"))
        self.counter_caption.setText(self.tr("hadir / terdaftar"))
        if not self.result_state:
            self._show("", self.tr("Siap. Pindai tanda pengenal atau ketik nama."))
        self.refresh()

    def refresh(self) -> None:
        if not self.context.has_session:
            return
        session = self.context.session
        self.model.timezone = session.settings.get().timezone
        attendance = session.attendees.attendance()
        self.counter_total.setText(f"{format_count(attendance.checked_in)} / {format_count(attendance.registered)}")
        self.counter_categories.setText(self._lines(self.tr("Per kategori"), attendance.by_category))
        self.counter_regions.setText(self._lines(self.tr("Per daerah"), attendance.by_region))

    @staticmethod
    def _lines(caption: str, lines: list[AttendanceLine]) -> str:
        rows = "".join(
            f"<tr><td>{escape(line.label)}</td><td align='right'>&nbsp;&nbsp;{format_count(line.checked_in)} / "
            f"{format_count(line.registered)}</td></tr>"
            for line in lines
            if line.registered
        )
        return f"<b>{escape(caption)}</b><table>{rows}</table>"

    # --- the result -----------------------------------------------------------------------------

    def _show(self, state: str, html: str, cue: Cue | None = None) -> None:
        self.result_state = state
        if cue is not None:
            self.sounds.play(cue)
        self.result_label.setStyleSheet(
            f"QLabel#result_label {{ {STYLES.get(state, STYLES[''])} border-radius: 8px; padding: 12px; }}"
        )
        self.result_label.setText(html)

    def _welcome(self, attendee: Attendee) -> None:
        vip = attendee.category is AttendeeCategory.VIP
        details = " · ".join(
            escape(part)
            for part in (attendee.title, attendee.organisation_name or "", attendee.region_name or "")
            if part
        )
        badge = f"<span style='font-size:20pt; font-weight:700'>★ {escape(self.tr('VIP'))} ★</span><br>" if vip else ""
        self._show(
            "vip" if vip else "ok",
            cue=Cue.WELCOME,
            html=f"{badge}<span style='font-size:28pt; font-weight:700'>{escape(attendee.full_name)}</span><br>"
            f"<span style='font-size:14pt'>{details}</span><br>"
            f"<span style='font-size:13pt'>{escape(attendee.category.label)} · {escape(attendee.code)} · "
            f"{escape(self.tr('Selamat datang!'))}</span>",
        )

    def _already(self, attendee: Attendee) -> None:
        zone_name = self.context.session.settings.get().timezone
        when = checked_in_when(attendee.checked_in_at, zone_name, utc_now()) if attendee.checked_in_at else "-"
        where = attendee.checked_in_desk_label or attendee.checked_in_desk_id or "-"
        already = self.tr("sudah check-in {when} di {desk}").format(when=when, desk=where)
        self._show(
            "already",
            cue=Cue.ALREADY,
            html=f"<span style='font-size:24pt; font-weight:700'>{escape(attendee.full_name)}</span><br>"
            f"<span style='font-size:16pt'>{escape(already)}</span>",
        )

    # --- input ----------------------------------------------------------------------------------

    def set_out_of_sight(self, out_of_sight: bool) -> None:
        """In sight, the input has the focus and every scan on this screen reaches it (see _is_stray_key)."""
        super().set_out_of_sight(out_of_sight)
        application = QApplication.instance()
        if application is None:
            return
        if out_of_sight:
            application.removeEventFilter(self)
        else:
            application.installEventFilter(self)
            QTimer.singleShot(0, self.sounds.prepare)  # once the screen is painted; made once
            QTimer.singleShot(0, self._take_focus)  # after the click on the sidebar has given it the focus

    def _take_focus(self) -> None:
        if not self.out_of_sight and QApplication.activeModalWidget() is None:
            self.scan_input.setFocus()
            self.scan_input.selectAll()  # text left from before is replaced by the next scan, not prefixed to it

    def _is_stray_key(self, watched: QObject, event: QKeyEvent) -> bool:
        """A key of a scan or a name that landed elsewhere in this window (the sidebar, the list, a button)."""
        if watched is self.scan_input or not isinstance(watched, QWidget) or watched.window() is not self.window():
            return False
        if isinstance(watched, TEXT_INPUTS) or QApplication.activeModalWidget() is not None:
            return False
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        ):
            return False
        return bool(event.text()) and event.text().isprintable() and not self.out_of_sight and self.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if self._is_stray_key(watched, event):
                self.scan_input.setFocus()
                QApplication.sendEvent(self.scan_input, QKeyEvent(event.type(), key, event.modifiers(), event.text()))
                return True
            if watched is self.scan_input:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._handle_enter()
                    return True
                if key == Qt.Key.Key_Down and self.model.rowCount():
                    self.matches.setFocus()
                    self.matches.selectRow(0)
                    return True
                if key == Qt.Key.Key_Escape:
                    self._clear_input()
                    return True
                if event.matches(QKeySequence.StandardKey.Undo) and not self.scan_input.text():
                    self.undo_last()  # the input has nothing of its own to undo: Ctrl+Z is the check-in's
                    return True
            elif watched is self.matches:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    rows = self.matches.selectionModel().selectedRows()
                    if rows:
                        self._check_in_row(rows[0].row())
                    return True
                if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and self.matches.currentIndex().row() <= 0):
                    self.scan_input.setFocus()
                    self.scan_input.selectAll()  # refine by typing on, or scan the next badge over it
                    return True
        return super().eventFilter(watched, event)

    def _handle_text_edited(self, text: str) -> None:
        if len(text) <= 1 or not self._keys.isValid():
            self._keys.start()
            self._burst = True  # the first key: a burst starts, unless the next comes slowly
        elif self._keys.restart() > SCANNER_KEY_GAP_MS:
            self._burst = False  # a person types: only Enter checks in
        self._scan_timer.stop()
        if self._burst and codes.is_complete_code(text):
            self._scan_timer.start()
        self._search_timer.start()

    def _handle_scan_pause(self) -> None:
        """A scanner that sends no Enter: only a whole code typed in one burst is checked in."""
        text = self.scan_input.text().strip()
        if self._burst and codes.is_complete_code(text):
            self.check_in_code(text)

    def _handle_enter(self) -> None:
        self._scan_timer.stop()
        self._search_timer.stop()
        text = self.scan_input.text().strip()
        if not text:
            return
        session = self.context.session
        if codes.is_complete_code(text):
            self.check_in_code(text)
            return
        found = session.attendees.search(text, limit=SEARCH_RESULTS)
        if codes.looks_like_code(text):
            # A short code ("8PF-1") could be 8PF-0001 or the start of another: listed, never picked.
            padded = session.attendees.by_code(text)
            found = ([padded] if padded is not None else []) + [a for a in found if padded is None or a.id != padded.id]
            self._list_matches(found, text)
            return
        if len(found) == 1:
            self.model.set_rows(found)
            self.check_in_code(found[0].code)
            return
        self._list_matches(found, text)

    def _list_matches(self, found: list[Attendee], text: str) -> None:
        self.model.set_rows(found)
        self.matches.setVisible(bool(found))
        if found:
            self._show(
                "choose", escape(self.tr("{count} peserta cocok: pilih dengan ↓ lalu Enter.").format(count=len(found)))
            )
            self.matches.setFocus()
            self.matches.selectRow(0)
        else:
            self._show(
                "unknown",
                escape(self.tr("Tidak ada peserta yang cocok dengan '{text}'.").format(text=text)),
                Cue.UNKNOWN,
            )

    def _search(self) -> None:
        text = self.scan_input.text().strip()
        if len(text) < 2 or (self._burst and codes.looks_like_code(text)):
            self.model.set_rows([])
            self.matches.hide()
            return
        found = self.context.session.attendees.search(text, limit=SEARCH_RESULTS)
        self.model.set_rows(found)
        self.matches.setVisible(bool(found))

    def _check_in_row(self, row: int) -> None:
        attendee = self.model.attendee(row)
        if attendee is not None:
            self.check_in_code(attendee.code)

    def _clear_input(self) -> None:
        self._scan_timer.stop()
        self._search_timer.stop()
        self.scan_input.clear()
        self.model.set_rows([])
        self.matches.hide()
        self.scan_input.setFocus()

    # --- actions --------------------------------------------------------------------------------

    def check_in_code(self, code: str, *, print_badge: bool = True) -> None:
        """Check in the attendee with `code` and say so in large type; the input is cleared for the next."""
        try:
            result = self.context.session.attendees.check_in(code)
        except NotFound as error:
            self._show(
                "unknown", f"<span style='font-size:22pt; font-weight:700'>{escape(error.message)}</span>", Cue.UNKNOWN
            )
            self._clear_input()
            return
        except EventDeskError as error:
            show_error(self, error)
            return
        self.status.setText("")
        if result.already:
            self._already(result.attendee)
        else:
            self._welcome(result.attendee)
            self.last_checked_in = result.attendee
            self.undo_button.setEnabled(True)
            self.undo_button.setToolTip(self.tr("Batalkan check-in {name}").format(name=result.attendee.full_name))
            if print_badge and self.context.config.badge_on_check_in:
                self.badge_printer.print_badges([result.attendee], at_desk=True)
        self._clear_input()

    def undo_last(self) -> None:
        """Take back the last check-in made here: recorded as a correction, the history kept."""
        attendee = self.last_checked_in
        if attendee is None:
            return
        try:
            self.context.session.attendees.undo_check_in(attendee.id, self.tr("Dibatalkan di layar check-in"))
        except EventDeskError as error:
            show_error(self, error)
            return
        self.last_checked_in = None
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip("")
        self._show("undone", escape(self.tr("Check-in {name} dibatalkan.").format(name=attendee.full_name)))
        self.status.setText(
            self.tr("Dibatalkan (Ctrl+Z): check-in {name} ({code}). {name} kembali tercatat belum hadir.").format(
                name=attendee.full_name, code=attendee.code
            )
        )
        self.scan_input.setFocus()

    def start_walk_in(self) -> None:
        """F2: register a walk-in, check them in and print their badge."""
        from eventdesk.ui.dialogs.walk_in_dialog import WalkInDialog

        dialog = WalkInDialog(self.context, self)
        self.walk_in_dialog = dialog
        dialog.accepted.connect(lambda: self._handle_walk_in(dialog))
        dialog.finished.connect(lambda _result: self.scan_input.setFocus())
        dialog.open()

    def _handle_walk_in(self, dialog: WalkInDialog) -> None:
        attendee = dialog.attendee
        if attendee is None:
            return
        self.check_in_code(attendee.code, print_badge=False)
        self.badge_printer.print_badges([self.context.session.attendees.get(attendee.id)], at_desk=True)
