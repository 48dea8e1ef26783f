"""The follow-up worklist: the deals to call about out to XLSX, the sheet the dinas staff filled read back row by
row, the good rows kept, a sheet read twice recording nothing twice."""

from datetime import date, datetime

import openpyxl
import pytest

from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.followup_sheet import SheetColumn, SheetFate
from eventdesk.services.followup_sheet import write_worklist
from tests.outside import query

TODAY = date(2025, 11, 20)  # six months after the mission: the tests do not read the machine's date


def _largest(session, count):
    booked = [deal for deal in session.transactions.list() if deal.status.value == "booked"]
    return sorted(booked, key=lambda deal: -deal.value_idr)[:count]


def test_the_worklist_leaves_out_deals_finished_or_called_lately_and_tells_who_to_call(demo_session):
    realised, recent, old, cancelled = _largest(demo_session, 4)
    record = demo_session.followups.record
    record(realised.id, "realised", date(2025, 7, 1), "100 M")
    record(recent.id, "in_negotiation", date(2025, 10, 1))  # called seven weeks before TODAY
    record(old.id, "no_contact", date(2025, 6, 1))  # nobody has called since June
    record(cancelled.id, "cancelled", date(2025, 6, 1))

    lines = demo_session.followup_sheets.worklist(3, today=TODAY)

    ids = [line.transaction_id for line in lines]
    assert realised.id not in ids and recent.id not in ids and cancelled.id not in ids
    assert old.id in ids and len(lines) == 64 - 3
    assert [line.seller.casefold() for line in lines] == sorted(line.seller.casefold() for line in lines)
    called = next(line for line in lines if line.transaction_id == old.id)
    assert (called.last_on, called.last_status.value) == (date(2025, 6, 1), "no_contact")
    registered = {
        (a.organisation_name, a.full_name, a.phone) for a in demo_session.attendees.list() if a.phone is not None
    }
    assert all((line.seller, *line.seller_contact.split(", ")) in registered for line in lines if line.seller_contact)
    assert sum(1 for line in lines if line.seller_contact) > len(lines) // 2
    # With no months every unfinished deal is on it, the one called lately too.
    assert len(demo_session.followup_sheets.worklist(0, today=TODAY)) == 64 - 2


def _fill(path, filled):
    """Fill the worklist as the staff do in Excel: by deal id, in the yellow columns."""
    book = openpyxl.load_workbook(path)
    sheet = book.active
    headers = [cell.value for cell in sheet[1]]
    column = {key: headers.index(key.header) + 1 for key in SheetColumn}
    rows = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}
    for deal_id, values in filled.items():
        row = rows.get(deal_id)
        if row is None:
            row = sheet.max_row + 1
            sheet.cell(row=row, column=column[SheetColumn.ID], value=deal_id)
        for key, value in values.items():
            sheet.cell(row=row, column=column[key], value=value)
    book.save(path)


def test_a_filled_worklist_records_each_good_row_reports_each_bad_one_and_a_second_reading_adds_nothing(
    demo_session, demo_path, tmp_path
):
    lines = demo_session.followup_sheets.worklist(3, today=TODAY)
    sheet = write_worklist(lines, tmp_path / "tindak-lanjut.xlsx")
    first, second, third, fourth, fifth = (line.transaction_id for line in lines[:5])
    day, status, value, note = SheetColumn.FOLLOWED_ON, SheetColumn.STATUS, SheetColumn.VALUE, SheetColumn.NOTE
    _fill(
        sheet,
        {
            first: {day: datetime(2025, 11, 8), status: "Terealisasi", value: "1,2 M", note: "Kontrak jalan"},
            second: {day: "8/11/2025", status: "masih negosiasi"},
            third: {day: "kemarin", status: "Batal"},  # no day EventDesk can read
            fourth: {day: "2025-11-08", status: "Terealisasi"},  # realised, but how much?
            fifth: {day: "2025-11-08", status: "sudah beres"},
            "00000000-0000-4000-8000-000000000000": {day: "2025-11-08", status: "Batal"},
        },
    )
    before = query(demo_path, "SELECT count(*) FROM followups")[0][0]

    report = demo_session.followup_sheets.import_sheet(sheet)

    fates = {line.row_number: (line.fate, line.reason) for line in report.lines}
    assert [fate for fate, _ in fates.values()] == [
        SheetFate.RECORDED,
        SheetFate.RECORDED,
        SheetFate.REJECTED,
        SheetFate.REJECTED,
        SheetFate.REJECTED,
        SheetFate.REJECTED,
    ]
    assert list(fates)[:5] == [2, 3, 4, 5, 6]  # row numbers as Excel shows them
    assert "tidak terbaca" in fates[4][1]
    assert fates[5][1] == "Tulis nilai yang terealisasi."
    assert "sudah beres" in fates[6][1]
    assert report.empty_rows == len(lines) - 5
    assert query(demo_path, "SELECT count(*) FROM followups")[0][0] == before + 2
    assert demo_session.followups.realised_idr() == 1_200_000_000
    [recorded] = demo_session.followups.of(first)
    assert (recorded.followed_on, recorded.note) == (date(2025, 11, 8), "Kontrak jalan")

    again = demo_session.followup_sheets.import_sheet(sheet)
    assert [line.fate for line in again.lines][:2] == [SheetFate.ALREADY, SheetFate.ALREADY]
    assert query(demo_path, "SELECT count(*) FROM followups")[0][0] == before + 2


def test_a_sheet_that_is_no_worklist_is_refused_and_writes_nothing(demo_session, demo_path, tmp_path):
    other = tmp_path / "peserta.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nama", "Instansi", "Status"])
    book.active.append(["Budi", "PT Maju", "Terealisasi"])
    book.save(other)
    written = query(demo_path, "SELECT count(*) FROM audit_log")
    with pytest.raises(InvalidValue, match="bukan daftar tindak lanjut"):
        demo_session.followup_sheets.import_sheet(other)
    with pytest.raises(InvalidValue, match=r"hanya diekspor ke \.xlsx"):
        write_worklist([], tmp_path / "daftar.csv")
    assert query(demo_path, "SELECT count(*) FROM audit_log") == written
