"""The dashboard and the live board follow every booking, void and signing, and agree with every other total."""

import json
import unicodedata
from datetime import UTC, datetime

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eventdesk import cli
from eventdesk.domain.entries import TransactionEntry
from eventdesk.domain.enums import AgreementStatus, HostSide, TransactionKind
from eventdesk.domain.money import format_compact, format_full
from eventdesk.reports import summary
from eventdesk.reports import transactions as recap_report
from eventdesk.ui import live_board
from eventdesk.ui.live_board import LiveBoard
from eventdesk.ui.screens import dashboard as dashboard_screen
from eventdesk.ui.screens.dashboard import DashboardScreen
from tests.outside import booked_total
from tests.ui.changes import settle


def _orgs(session):
    return {o.name: o for o in session.organisations.list()}


def _book(session, buyer, seller, value, **extra):
    orgs = _orgs(session)
    return session.transactions.book(
        buyer_id=orgs[buyer].id, seller_id=orgs[seller].id, value=value, kind=extra.pop("kind", "trade"), **extra
    )


def test_the_dashboard_follows_bookings_and_voids_made_on_any_screen(ui_context, qtbot):
    dashboard = DashboardScreen(ui_context)
    qtbot.addWidget(dashboard)
    session = ui_context.session
    deal = _book(session, "PT Samudra Biru Mandiri", "Amplang Karya Etam", "4 M", kind="investment")
    settle()
    assert dashboard.total_full.text() == "Rp670.000.000.000"
    assert dashboard.total_compact.text() == "Rp670 miliar"
    assert dashboard.cards["investment"][0].toolTip() == format_full(
        session.figures.transaction_totals().kind(TransactionKind.INVESTMENT).value_idr
    )
    session.transactions.void(deal.id, "Salah pihak")
    settle()
    assert dashboard.total_full.text() == "Rp666.000.000.000"
    assert "2 dibatalkan" in dashboard.count_line.text()
    bars = {bar.label: bar.value for bar in dashboard.sector_chart.bars()}
    settle()
    assert bars == {s.label: s.value_idr for s in session.figures.transaction_totals().by_sector}
    assert [bar.label for bar in dashboard.direction_chart.bars()][:2] == [
        "Jawa Timur → Kalimantan Timur",
        "Kalimantan Timur → Jawa Timur",
    ]


def test_the_dashboard_says_until_when_against_the_target_and_from_the_hosts_side(ui_context, qtbot, monkeypatch):
    monkeypatch.setattr(dashboard_screen, "utc_now", lambda: datetime(2025, 5, 8, 6, 5, tzinfo=UTC))  # 14.05 WITA
    dashboard = DashboardScreen(ui_context)
    qtbot.addWidget(dashboard)
    assert dashboard.total_caption.text() == "Total transaksi tercatat hingga pukul 14.05 WITA"
    assert dashboard.target_line.text().startswith("Target Rp650.000.000.000 tercapai 102,5%. Dari sisi Jawa Timur:")
    totals = ui_context.session.figures.transaction_totals()
    sales = totals.host(HostSide.SALES).value_idr
    _book(ui_context.session, "PT Samudra Biru Mandiri", "Amplang Karya Etam", "4 M")  # Kalimantan Timur sells
    settle()
    assert f"penjualan {format_full(sales)}" in dashboard.target_line.text()  # the host bought, it did not sell
    assert "tercapai 103,1%" in dashboard.target_line.text()


def test_the_dashboard_counts_a_signing_the_moment_it_is_marked(ui_context, qtbot):
    dashboard = DashboardScreen(ui_context)
    qtbot.addWidget(dashboard)
    before = int(dashboard.cards["agreements"][0].text())
    scheduled = ui_context.session.agreements.list(AgreementStatus.SCHEDULED)[0]
    ui_context.session.agreements.mark_signed(scheduled.id)
    settle()
    assert int(dashboard.cards["agreements"][0].text()) == before + 1


def test_the_live_board_shows_the_running_total_and_the_latest_deal(ui_context, qtbot, monkeypatch):
    monkeypatch.setattr(live_board, "utc_now", lambda: datetime(2025, 5, 8, 9, 0, tzinfo=UTC))  # 17.00 WITA
    board = LiveBoard(ui_context)
    qtbot.addWidget(board)
    board.show_on_projector()
    qtbot.waitExposed(board)
    settle()
    assert board.total.text() == "Rp666.000.000.000"
    assert board.caption.text() == "Total transaksi tercatat hingga pukul 17.00 WITA"
    assert board.compact.text() == "Rp666 miliar · 64 transaksi · 102,5% dari target Rp650 miliar"
    assert board.curve.curve().points[-1] == (1.0, 666_000_000_000)  # the day's line ends at the figure of 17.00
    _book(ui_context.session, "Kopi Lereng Arjuno", "PT Etam Wisata Pesisir", "2,5 M")
    settle()
    assert board.total.text() == "Rp668.500.000.000"
    assert "Kopi Lereng Arjuno" in board.deals.text() and format_compact(2_500_000_000) in board.deals.text()
    assert board.signings.text().count("<p>") == 4
    assert board.total.font().pointSizeF() > 3 * board.deals.font().pointSizeF()


def test_a_total_in_the_trillions_fits_a_small_projector_without_widening_the_board(ui_context, qtbot):
    from PySide6.QtGui import QFontMetricsF

    for _ in range(3):
        _book(ui_context.session, "Kopi Lereng Arjuno", "PT Etam Wisata Pesisir", "150 T")
    board = LiveBoard(ui_context)
    qtbot.addWidget(board)
    board.show()
    board.resize(640, 480)
    qtbot.waitExposed(board)
    settle()
    assert board.total.text().startswith("Rp4") and len(board.total.text()) >= len("Rp450.000.000.000.000")
    assert board.width() <= 640
    for label in (board.total, board.compact, *(value for value, _caption in board.figures.values())):
        assert QFontMetricsF(label.font()).horizontalAdvance(label.text()) <= label.width(), label.text()


def test_f11_toggles_the_live_board_full_screen(ui_context, qtbot):
    board = LiveBoard(ui_context)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitExposed(board)
    qtbot.keyClick(board, Qt.Key.Key_F11)
    assert board.isFullScreen()
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    assert not board.isFullScreen()


def test_the_main_window_opens_the_live_board_from_the_dashboard(window, qtbot):
    qtbot.mouseClick(window.screens["dashboard"].live_button, Qt.MouseButton.LeftButton)
    assert window.live_board is not None and window.live_board.isVisible()
    window.live_board.close()
    assert not window.live_board.isVisible()


def _pdf_text(path):
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


def test_every_screen_paper_and_command_agrees_to_the_rupiah_after_bookings_voids_and_replacements(
    window, ui_context, qtbot, tmp_path, capsys, demo_path
):
    session = ui_context.session
    board = window.show_live_board()
    first = _book(session, "PT Samudra Biru Mandiri", "Amplang Karya Etam", "1.234.567.891")
    second = _book(session, "PT Mahakam Bahari Sejahtera", "UD Kerupuk Ikan Bu Sri", "77 jt", kind="investment")
    session.transactions.void(first.id, "Dobel")
    orgs = _orgs(session)
    third = session.transactions.replace(
        second.id,
        "Nilai salah",
        TransactionEntry(
            orgs["PT Mahakam Bahari Sejahtera"].id, orgs["UD Kerupuk Ikan Bu Sri"].id, "78.000.001", "investment"
        ),
    )
    expected = 666_000_000_000 + third.value_idr
    totals = session.figures.transaction_totals()
    settle()
    assert totals.total_idr == expected == booked_total(demo_path)
    figure = format_full(expected)

    assert window.screens["dashboard"].total_full.text() == figure
    assert board.total.text() == figure
    window.sidebar.setCurrentRow(list(window.screens).index("transactions"))  # a hidden list reads when shown
    transactions_screen = window.screens["transactions"]
    settle()
    assert f"Total tercatat {figure}" in transactions_screen.totals_line.text().replace("<b>", "").replace("</b>", "")

    recap_path, summary_path = tmp_path / "rekap.pdf", tmp_path / "ringkasan.pdf"
    with session.snapshot():
        recap_report.render(session.document_info("Rekap Transaksi"), session.figures.recap(), recap_path)
    summary.render(session.document_info("Ringkasan Eksekutif"), session.documents.press_facts(), summary_path)
    recap_text, summary_text = _pdf_text(recap_path), _pdf_text(summary_path)
    for text in (recap_text, summary_text):
        assert figure in text
        for kind in TransactionKind:  # a row of the recap's table, a phrase of the summary's sentence
            assert f"{kind.label} {format_full(totals.kind(kind).value_idr)}".casefold() in text.casefold()
        assert (
            format_full(expected + first.value_idr) not in text and format_full(expected + second.value_idr) not in text
        )
    assert f"Jumlah {totals.count} transaksi {figure}" in recap_text

    session.file.conn.execute("PRAGMA wal_checkpoint")  # the command runs as another program on the same file
    settle()
    assert cli.main(["totals", str(demo_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    settle()
    assert printed["total_idr"] == expected
    assert printed["by_kind"]["investment"]["value_idr"] == totals.kind(TransactionKind.INVESTMENT).value_idr
    assert [line["value_idr"] for line in printed["by_sector"]] == [s.value_idr for s in totals.by_sector]
    assert printed["umkm"]["value_idr"] == totals.umkm.value_idr
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, LiveBoard):
            widget.hide()


def test_the_dashboard_draws_the_figure_through_the_day_up_to_now_against_the_target(ui_context, qtbot, monkeypatch):
    half_past_noon = datetime(2025, 5, 8, 4, 30, tzinfo=UTC)  # 12.30 WITA
    monkeypatch.setattr(dashboard_screen, "utc_now", lambda: half_past_noon)
    dashboard = DashboardScreen(ui_context)
    qtbot.addWidget(dashboard)
    curve = dashboard.curve_chart.curve()
    assert dashboard.curve_box.title() == "Sepanjang hari misi, Kamis, 8 Mei 2025"
    assert curve.points[0] == (0.0, 0) and curve.points[-1][0] == 0.5  # 08.00 to 17.00: 12.30 is half-way
    then = ui_context.session.figures.transaction_totals(at=half_past_noon).total_idr
    assert curve.points[-1][1] == then and 0 < then < 666_000_000_000
    assert curve.last_text == f"{format_compact(then)} · 12.30"
    assert (curve.target, curve.target_text) == (650_000_000_000, "Target Rp650 miliar")
    assert [text for _, text in curve.ticks] == ["08.00", "10.00", "12.00", "14.00", "16.00"]
    values = [value for _, value in curve.points]
    assert values == sorted(values)  # the figure only grows through the day
    dashboard.resize(1024, 700)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    assert dashboard.curve_chart.grab().width() > 300  # drawn, not squeezed out at 1024 px
