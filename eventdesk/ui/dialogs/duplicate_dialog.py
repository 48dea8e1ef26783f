"""Asking the operator about a duplicate: open the registered attendee, or register a different person."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from eventdesk.domain.errors import DuplicateAttendee

OPEN_EXISTING = "open"
REGISTER_ANYWAY = "register"


def ask_about_duplicate(parent: QWidget | None, error: DuplicateAttendee) -> str | None:
    """OPEN_EXISTING, REGISTER_ANYWAY (only for a probable duplicate: a near-identical name) or None (back to
    the form)."""
    box = QMessageBox(parent)
    box.setObjectName("duplicate_box")
    box.setIcon(QMessageBox.Icon.Question if error.probable else QMessageBox.Icon.Warning)
    box.setWindowTitle(box.tr("Mungkin sudah terdaftar") if error.probable else box.tr("Sudah terdaftar"))
    box.setText(error.message)
    open_button = box.addButton(box.tr("Buka peserta yang sudah ada"), QMessageBox.ButtonRole.AcceptRole)
    open_button.setObjectName("open_existing_button")
    register_button = None
    if error.probable:
        box.setInformativeText(box.tr("Namanya hampir sama dan organisasinya sama. Orang yang sama, atau orang lain?"))
        register_button = box.addButton(box.tr("Daftarkan sebagai orang lain"), QMessageBox.ButtonRole.YesRole)
        register_button.setObjectName("register_anyway_button")
    back = box.addButton(box.tr("Kembali ke isian"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return OPEN_EXISTING
    if register_button is not None and clicked is register_button:
        return REGISTER_ANYWAY
    return None
