"""The sidebar's screens, in order, with their titles: known before any screen is built, so the window can paint
its sidebar while the screens' modules are still loading."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def screen_titles() -> dict[str, str]:
    """{screen key: title in the current language}, in sidebar order (Ctrl+1 … Ctrl+7)."""
    return {
        "dashboard": QCoreApplication.translate("DashboardScreen", "Ringkasan"),
        "attendees": QCoreApplication.translate("AttendeesScreen", "Peserta"),
        "checkin": QCoreApplication.translate("CheckInScreen", "Check-in"),
        "schedule": QCoreApplication.translate("ScheduleScreen", "Jadwal Penandatanganan"),
        "transactions": QCoreApplication.translate("TransactionsScreen", "Transaksi"),
        "organisations": QCoreApplication.translate("OrganisationsScreen", "Organisasi"),
        "reports": QCoreApplication.translate("ReportsScreen", "Laporan"),
    }
