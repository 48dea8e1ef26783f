"""The follow-up worklist: written to XLSX for the phone calls, read back with a row-by-row report.

The deals on it are those whose latest follow-up is older than N months (or
that have none) and not finished (realised or cancelled), by seller. The sheet
comes back filled: each row with a status is checked exactly as a follow-up
typed at the command line and recorded, all in one transaction; a row that
cannot be recorded is reported with its reason and the others are kept; a row
recorded already (the sheet read twice) is not recorded again.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from eventdesk.domain.clock import in_zone, utc_now
from eventdesk.domain.enums import FollowUpStatus
from eventdesk.domain.errors import EventDeskError, InvalidValue
from eventdesk.domain.followup_sheet import (
    DEFAULT_MONTHS,
    FILLED,
    FINAL,
    SheetColumn,
    SheetFate,
    SheetLine,
    SheetReport,
    WorklistLine,
    header_columns,
    read_day,
)
from eventdesk.domain.i18n import tr
from eventdesk.domain.realisation import months_after
from eventdesk.domain.registration_list import cell_text
from eventdesk.files.spreadsheets import read_sheet
from eventdesk.services.followups import FollowUpService
from eventdesk.services.settings import SettingsService
from eventdesk.store import attendees, followups
from eventdesk.store.db import EventFile


class FollowUpSheetService:
    def __init__(self, event_file: EventFile, followups_: FollowUpService, settings: SettingsService) -> None:
        self._file = event_file
        self._followups = followups_
        self._settings = settings

    def _today(self) -> date:
        return in_zone(utc_now(), self._settings.get().timezone).date()

    def worklist(self, months: int = DEFAULT_MONTHS, today: date | None = None) -> list[WorklistLine]:
        """The deals to call about: no follow-up in the last `months` months and not realised or cancelled."""
        if months < 0:
            raise InvalidValue(tr("Jumlah bulan tidak boleh negatif."), field="months")
        since = months_after(today or self._today(), -months)
        people = attendees.contacts(self._file)

        def contact(organisation_id: str) -> str:
            found = people.get(organisation_id)
            return f"{found[0]}, {found[1]}" if found else ""

        latest = self._followups.latest()
        lines = []
        for row in followups.worklist_rows(self._file):
            mark = latest.get(row[0])
            last_on, last_status = (mark.followed_on, mark.status) if mark else (None, None)
            if last_status in FINAL or (last_on is not None and last_on > since):
                continue
            lines.append(
                WorklistLine(
                    row[0],
                    row[2],
                    row[3],
                    contact(row[1]),
                    row[5],
                    contact(row[4]),
                    row[6],
                    row[7],
                    last_on,
                    last_status,
                )
            )
        return lines

    def import_sheet(self, source: str | os.PathLike[str]) -> SheetReport:
        """Record every filled row of a returned worklist; the report says what became of each."""
        sheet = read_sheet(source)
        found = header_columns(sheet.rows)
        if found is None:
            raise InvalidValue(
                tr(
                    "'{file}' bukan daftar tindak lanjut EventDesk: tidak ada kolom {columns}. "
                    "Ekspor daftarnya dengan 'eventdesk export followups'."
                ).format(
                    file=Path(source).name,
                    columns=", ".join(column.header for column in (SheetColumn.ID, SheetColumn.STATUS)),
                ),
                field="file",
            )
        header_row, columns = found
        report = SheetReport()
        with self._file.transaction():
            for number, cells in sheet.rows[header_row + 1 :]:
                row = {
                    column: cells[position] if position < len(cells) else None for column, position in columns.items()
                }
                if not any(cell_text(row.get(column)) for column in FILLED):
                    report.empty_rows += 1
                    continue
                line = SheetLine(number, cell_text(row.get(SheetColumn.ID)))
                report.lines.append(line)
                try:
                    values = self._checked(line, row)
                except EventDeskError as error:
                    line.fate, line.reason = SheetFate.REJECTED, error.message
                    continue
                if self._followups.is_recorded(values):
                    line.fate = SheetFate.ALREADY
                    continue
                self._followups.record_checked(values)
        return report

    def _checked(self, line: SheetLine, row: dict[SheetColumn, object]) -> dict[str, object]:
        """What the row would record, checked as a follow-up typed at the command line."""
        if not line.transaction_id:
            raise InvalidValue(tr("Kolom {column} kosong.").format(column=SheetColumn.ID.header), field="id")
        status_text = cell_text(row.get(SheetColumn.STATUS))
        if not status_text:
            raise InvalidValue(tr("Status belum diisi."), field="status")
        line.status = FollowUpStatus.parse(status_text)
        line.followed_on = read_day(row.get(SheetColumn.FOLLOWED_ON))
        if line.followed_on is None:
            raise InvalidValue(
                tr("Tanggal tindak lanjut '{text}' tidak terbaca; tulis misalnya 2025-11-08 atau 8/11/2025.").format(
                    text=cell_text(row.get(SheetColumn.FOLLOWED_ON))
                ),
                field="date",
            )
        value = row.get(SheetColumn.VALUE)
        line.value = cell_text(value)
        line.note = cell_text(row.get(SheetColumn.NOTE))
        amount = value if isinstance(value, int) and not isinstance(value, bool) else line.value
        return self._followups.checked(line.transaction_id, line.status, line.followed_on, amount, line.note)


def write_worklist(lines: list[WorklistLine], output: str | os.PathLike[str]) -> Path:
    """The worklist as XLSX: a row per deal, the four columns to fill at the end, a choice list for the status."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    output = Path(output)
    if output.suffix.lower() != ".xlsx":
        raise InvalidValue(
            tr("Daftar tindak lanjut hanya diekspor ke .xlsx, bukan '{suffix}'.").format(
                suffix=output.suffix or output.name
            ),
            field="output",
        )
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = tr("Tindak lanjut")
    columns = list(SheetColumn)
    sheet.append([column.header for column in columns])
    to_fill = PatternFill("solid", fgColor="FFF4CC")  # the columns the caller fills in
    for position, column in enumerate(columns, start=1):
        header = sheet.cell(row=1, column=position)
        header.font = Font(bold=True)
        header.alignment = Alignment(wrap_text=True, vertical="top")
        if column in FILLED:
            header.fill = to_fill
        sheet.column_dimensions[get_column_letter(position)].width = _WIDTHS.get(column, 18)
    for line in lines:
        cells = line.cells()
        sheet.append([cells.get(column, "") for column in columns])
    booked = columns.index(SheetColumn.BOOKED) + 1
    for row in sheet.iter_rows(min_row=2, min_col=booked, max_col=booked):
        for cell in row:
            cell.number_format = "#,##0"
    for position, column in enumerate(columns, start=1):
        if column is SheetColumn.FOLLOWED_ON:
            for row in sheet.iter_rows(min_row=2, max_row=max(2, len(lines) + 1), min_col=position, max_col=position):
                for cell in row:
                    cell.number_format = "yyyy-mm-dd"
    status = columns.index(SheetColumn.STATUS) + 1
    choices = DataValidation(
        type="list",
        formula1='"' + ",".join(item.label for item in FollowUpStatus) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=tr("Status"),
        error=tr("Pilih status dari daftar."),
    )
    sheet.add_data_validation(choices)
    letter = get_column_letter(status)
    choices.add(f"{letter}2:{letter}{max(2, len(lines) + 1)}")
    sheet.freeze_panes = "B2"
    workbook.save(output)
    return output


_WIDTHS = {
    SheetColumn.ID: 38,
    SheetColumn.SELLER: 30,
    SheetColumn.BUYER: 30,
    SheetColumn.SELLER_CONTACT: 28,
    SheetColumn.BUYER_CONTACT: 28,
    SheetColumn.COMMODITY: 24,
    SheetColumn.LAST: 26,
    SheetColumn.NOTE: 30,
}
