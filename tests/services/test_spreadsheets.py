"""The fast XLSX reader (calamine) sees the same cells, with the same row numbers, as openpyxl would."""

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from eventdesk.files import spreadsheets
from tests.lists import KALTIM_ROWS, write_xlsx


def _tricky_workbook(path: Path) -> Path:
    """A hidden cover sheet, a list starting at row 4 and column B, numbers, a lost leading zero, a formula, a bool."""
    workbook = openpyxl.Workbook()
    cover = workbook.active
    cover.title = "Sampul"
    cover["A1"] = "Rahasia"
    cover.sheet_state = "hidden"
    sheet = workbook.create_sheet("Peserta")
    sheet["B4"], sheet["C4"], sheet["D4"], sheet["E4"] = "No.", "Nama", "No. HP", "Catatan"
    sheet["B5"], sheet["C5"], sheet["D5"], sheet["E5"] = 1, "Budi Santoso", 81234567890, "baris _x000D_ kedua"
    sheet["B7"], sheet["C7"], sheet["D7"] = 2.5, "  Siti  ", "0812-3456-7890"
    sheet["B8"], sheet["C8"] = "=B5+1", True
    sheet["F9"] = "Jumlah peserta: 2 orang"
    workbook.save(path)
    return path


def _read_with_openpyxl(path: Path) -> spreadsheets.Sheet:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = next(s for s in workbook.worksheets if s.sheet_state == "visible")
        return spreadsheets.Sheet(path, spreadsheets._sheet_rows(sheet), "xlsx", sheet_name=sheet.title)
    finally:
        workbook.close()


@pytest.mark.parametrize(
    "make", [_tricky_workbook, lambda path: write_xlsx(path, KALTIM_ROWS)], ids=["tricky", "kaltim"]
)
def test_calamine_reads_every_cell_and_row_number_as_openpyxl_does(tmp_path, make):
    source = make(tmp_path / "daftar.xlsx")
    fast = spreadsheets._read_xlsx_calamine(source, source.read_bytes())
    assert fast is not None
    slow = _read_with_openpyxl(source)
    assert fast.sheet_name == slow.sheet_name
    # A formula openpyxl wrote has no cached value (None); Excel's own files have one, which both read.
    assert [(n, [v for v in cells]) for n, cells in fast.rows if n != 8] == [
        (n, list(cells)) for n, cells in slow.rows if n != 8
    ]


def test_a_workbook_calamine_cannot_read_goes_to_openpyxl_and_its_message(tmp_path):
    assert spreadsheets._read_xlsx_calamine(tmp_path / "x.xlsx", b"PK\x03\x04 terpotong") is None


def test_dates_and_error_cells_are_left_to_openpyxl_which_reports_them_as_the_import_expects(tmp_path):
    dated = _tricky_workbook(tmp_path / "tanggal.xlsx")
    workbook = openpyxl.load_workbook(dated)
    workbook["Peserta"]["E5"] = datetime(2025, 5, 8, 9, 30)
    workbook.save(dated)
    assert spreadsheets._read_xlsx_calamine(dated, dated.read_bytes()) is None
    formatted = _tricky_workbook(tmp_path / "format.xlsx")
    workbook = openpyxl.load_workbook(formatted)
    workbook["Peserta"]["D5"].number_format = "dd/mm/yyyy"  # a phone in a column formatted as dates
    workbook.save(formatted)
    assert spreadsheets._read_xlsx_calamine(formatted, formatted.read_bytes()) is None
    assert spreadsheets._read_xlsx_calamine(
        tmp_path / "tricky.xlsx", _tricky_workbook(tmp_path / "tricky.xlsx").read_bytes()
    )
