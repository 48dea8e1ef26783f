"""Writing the attendee list to CSV or XLSX, for the committee's own spreadsheets.

Reads nothing from the event file: the caller hands the attendees (read on
the UI thread), so the writing can run on a worker.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from eventdesk.domain.clock import in_zone
from eventdesk.domain.contact import mask_phone
from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import tr
from eventdesk.domain.models import Attendee
from eventdesk.domain.progress import ProgressCallback

FORMATS = (".csv", ".xlsx")


def _headers() -> list[str]:
    return [
        tr("Kode"),
        tr("Nama lengkap"),
        tr("Jabatan"),
        tr("Instansi"),
        tr("Jenis organisasi"),
        tr("Daerah"),
        tr("Kategori"),
        tr("Telepon"),
        tr("Email"),
        tr("Check-in"),
        tr("Meja check-in"),
        tr("Tanda pengenal dicetak"),
        tr("Catatan"),
    ]


def _row(attendee: Attendee, timezone: str, masked: bool) -> list[str]:
    def local(moment: datetime | None) -> str:
        return in_zone(moment, timezone).strftime("%Y-%m-%d %H:%M") if moment else ""

    phone = mask_phone(attendee.phone) if masked else (attendee.phone or "")
    return [
        attendee.code,
        attendee.full_name,
        attendee.title,
        attendee.organisation_name or "",
        attendee.organisation_kind.label if attendee.organisation_kind else "",
        attendee.region_name or "",
        attendee.category.label,
        phone,
        attendee.email or "",
        local(attendee.checked_in_at),
        attendee.checked_in_desk_label or "",
        local(attendee.badge_printed_at),
        attendee.notes,
    ]


def export_attendees(
    attendees: Sequence[Attendee],
    output: str | os.PathLike[str],
    *,
    timezone: str,
    masked: bool = False,
    progress: ProgressCallback | None = None,
) -> Path:
    """Write `attendees` to `output` (.csv or .xlsx, by its suffix); phones masked when asked."""
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidValue(
            tr("Ekspor hanya ke .csv atau .xlsx, bukan '{suffix}'.").format(suffix=output.suffix or output.name)
        )
    tick = progress or (lambda done, total: None)
    total = len(attendees)
    rows = (_row(attendee, timezone, masked) for attendee in attendees)
    if suffix == ".csv":
        # UTF-8 with BOM: Excel then reads names such as "Đặng Thị Ngọc Ánh" correctly.
        with open(output, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(_headers())
            for index, row in enumerate(rows, start=1):
                writer.writerow([_inert(value) for value in row])
                if index % 1000 == 0:
                    tick(index, total)
    else:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(tr("Peserta"))
        bold = Font(bold=True)
        header = []
        for text in _headers():
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for index, row in enumerate(rows, start=1):
            sheet.append([_text_cell(sheet, value) for value in row])
            if index % 1000 == 0:
                tick(index, total)
        workbook.save(output)
    tick(total, total)
    return output


_FORMULA_START = re.compile(r"^(?:[=@\t\r]|[+-](?![\d\s]*$))")


def _inert(value: str) -> str:
    """A CSV cell Excel will not run as a formula: `=HYPERLINK(…)` typed as a name becomes `'=HYPERLINK(…)`.

    Spreadsheets treat a cell starting with =, @, + or - as a formula; a list handed
    around after the event must not carry live formulas in from a registration form.
    Phone numbers (`+62…`) and other plain signed numbers stay as they are.
    """
    return "'" + value if _FORMULA_START.match(value) else value


def _text_cell(sheet: Any, value: str) -> Any:
    """A cell that stays text: a name typed as `=…` is not a formula, a phone not a number."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if value.startswith("="):
        cell.data_type = "s"
    return cell
