"""Reading the cells of a CSV or XLSX file, with the row numbers a spreadsheet program shows.

The file's content decides how it is read, not its name: an `.xlsx` that is
really a web page, a password-protected workbook (an encrypted OLE
container), an old `.xls`, a zip of something else or a text file renamed
are each refused with a message that says what the file is and what to do.
CSV text may be UTF-8 (with or without BOM), UTF-16 or Windows-1252, and
separated by `;` (Indonesian Excel), `,`, tab or `|`.
"""

from __future__ import annotations

import csv
import io
import os
import re
import warnings
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventdesk.domain.errors import UnreadableFile
from eventdesk.domain.i18n import tr
from eventdesk.domain.registration_list import SheetRow
from eventdesk.domain.text import shown

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls")
DELIMITERS = ";,\t|"
SNIFF_LINES = 60
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")  # how XLSX writes a character XML cannot hold
_FORMULA_TAGS = (b"<f>", b"<f ", b"<f/", b":f>", b":f ")  # a formula element, with or without a namespace prefix


@dataclass
class Sheet:
    """The cells of one sheet, row by row, and how the file was read."""

    path: Path
    rows: list[SheetRow]
    kind: str  # "xlsx" or "csv"
    sheet_name: str = ""
    encoding: str = ""
    delimiter: str = ""
    other_sheets: list[str] = field(default_factory=list)


def read_sheet(path: str | os.PathLike[str]) -> Sheet:
    """The cells of `path` (CSV or XLSX), or UnreadableFile saying why it cannot be read."""
    path = Path(path)
    if not path.exists():
        raise UnreadableFile(tr("Berkas '{path}' tidak ditemukan.").format(path=path))
    if path.is_dir():
        raise UnreadableFile(tr("'{path}' adalah folder, bukan berkas daftar peserta.").format(path=path))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(
            tr("Berkas '{path}' tidak bisa dibaca: {reason}").format(path=path, reason=error.strerror)
        ) from None
    if not data.strip():
        raise UnreadableFile(tr("Berkas '{path}' kosong.").format(path=path))
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise UnreadableFile(
                tr(
                    "Berkas '{path}' dilindungi kata sandi. Buka di Excel, hapus kata sandinya "
                    "(File → Info → Protect Workbook), simpan, lalu impor lagi."
                ).format(path=path)
            )
        raise UnreadableFile(
            tr(
                "Berkas '{path}' berformat Excel lama (.xls). Buka di Excel dan simpan sebagai .xlsx atau "
                "CSV, lalu impor lagi."
            ).format(path=path)
        )
    if data.startswith(ZIP_MAGIC):
        return _read_xlsx(path, data)
    if _looks_like_html(data):
        raise UnreadableFile(
            tr(
                "Berkas '{path}' adalah halaman web (HTML), bukan lembar kerja, walau namanya begitu. "
                "Buka di Excel dan simpan sebagai .xlsx atau CSV, lalu impor lagi."
            ).format(path=path)
        )
    text = _decode(data, path)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        raise UnreadableFile(
            tr(
                "Berkas '{path}' bukan berkas Excel: isinya teks biasa. Jika isinya daftar berpemisah koma "
                "atau titik koma, "
                "ubah akhiran namanya menjadi .csv."
            ).format(path=path)
        )
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise UnreadableFile(
            tr("Berkas '{path}' bukan CSV atau XLSX; simpan daftar dari Excel sebagai .xlsx atau CSV.").format(
                path=path
            )
        )
    return _read_csv(path, text)


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml", b"<meta", b"<head", b"<body"))


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """(text, encoding name) of a text file; binary content is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    if b"\x00" in data[:4096]:
        raise UnreadableFile(tr("Berkas '{path}' bukan CSV atau XLSX (isinya data biner).").format(path=path))
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "ISO-8859-1"


def _read_csv(path: Path, decoded: tuple[str, str]) -> Sheet:
    text, encoding = decoded
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # Each record is one spreadsheet row (a quoted cell may span lines), blank lines included.
        rows: list[SheetRow] = [(number, record) for number, record in enumerate(reader, start=1)]
    except csv.Error as error:
        raise UnreadableFile(
            tr("Berkas '{path}' tidak bisa dibaca sebagai CSV: {reason}").format(path=path, reason=error)
        ) from None
    return Sheet(path, rows, "csv", encoding=encoding, delimiter=delimiter)


def detect_delimiter(text: str) -> str:
    """The separator that splits the most lines into the same number (> 1) of cells."""
    sample = [line for line in text.splitlines()[: SNIFF_LINES * 2] if line.strip()][:SNIFF_LINES]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(record) for record in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        counts = Counter(width for width in widths if width > 1)
        if not counts:
            continue
        width, rows = counts.most_common(1)[0]
        score = (rows, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_xlsx(path: Path, data: bytes) -> Sheet:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise UnreadableFile(
            tr("Berkas '{path}' rusak atau terpotong (arsip zip tidak utuh).").format(path=path)
        ) from None
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            what = tr("dokumen Word")
        elif "content.xml" in names:
            what = tr("dokumen OpenDocument (.ods/.odt)")
        else:
            what = tr("arsip zip")
        raise UnreadableFile(
            tr("Berkas '{path}' adalah {what}, bukan lembar kerja Excel (.xlsx).").format(path=path, what=what)
        )
    fast = _read_xlsx_calamine(path, data)
    if fast is not None:
        _refuse_formulas_without_values(path, data, fast.sheet_name, fast.rows)
        return fast
    import openpyxl  # imported here: reading CSV or refusing a file needs none of it

    with warnings.catch_warnings():
        # openpyxl warns on stderr about what it set right (no default style, a date out of range); the
        # cells it gives are what matters, and a warning on the command line reads like a failure.
        warnings.simplefilter("ignore")
        try:
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                # Read-only mode parses a sheet only when its rows are asked for: damage inside it shows here.
                chosen, rows, sheets = _first_sheet_with_cells(workbook)
            finally:
                workbook.close()
        except UnreadableFile:
            raise
        except Exception as error:
            raise UnreadableFile(
                tr("Berkas '{path}' tidak bisa dibaca sebagai Excel: {reason}").format(
                    path=path, reason=shown(error, 120)
                )
            ) from None
        if chosen is None:
            raise UnreadableFile(
                tr("Berkas '{path}' rusak: buku kerjanya tidak berisi lembar kerja.").format(path=path)
            )
        _refuse_formulas_without_values(path, data, chosen, rows)
    return Sheet(path, rows, "xlsx", sheet_name=chosen, other_sheets=[title for title in sheets if title != chosen])


def _refuse_formulas_without_values(path: Path, data: bytes, title: str, rows: list[SheetRow]) -> None:
    if _may_hold_formulas(data) and (cell := _formula_without_value(data, title, rows)):
        raise UnreadableFile(
            tr(
                "Berkas '{path}' berisi rumus yang belum dihitung (sel {cell}), jadi nilainya tidak tersimpan "
                "di berkas. "
                "Buka di Excel, simpan, lalu impor lagi."
            ).format(path=path, cell=cell)
        )


def _first_sheet_with_cells(workbook: Any) -> tuple[str | None, list[SheetRow], list[str]]:
    """(title, rows) of the first visible sheet, or of the first one with cells when it is empty; and every title."""
    sheets = [sheet for sheet in workbook.worksheets if getattr(sheet, "sheet_state", "visible") == "visible"]
    sheets = sheets or list(workbook.worksheets)
    if not sheets:
        return None, [], []
    chosen = sheets[0]
    rows = _sheet_rows(chosen)
    if not any(any(value is not None and str(value).strip() for value in cells) for _, cells in rows):
        # The first sheet is empty (a cover page left blank): take the first one with cells.
        for sheet in sheets[1:]:
            candidate = _sheet_rows(sheet)
            if any(any(value is not None for value in cells) for _, cells in candidate):
                chosen, rows = sheet, candidate
                break
    return chosen.title, rows, [sheet.title for sheet in sheets]


def _sheet_rows(sheet: Any) -> list[SheetRow]:
    # Files from other programs often carry a wrong dimension; without it every row is read.
    sheet.reset_dimensions()
    rows: list[SheetRow] = []
    # Read-only mode yields every row from the first, empty ones included, so the count is the row number.
    for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
        values = [_unescaped(value) if value.__class__ is str and "_x" in value else value for value in cells]
        while values and values[-1] is None:
            values.pop()
        rows.append((number, values))
    return rows


def _unescaped(text: str) -> str:
    """A cell's text with Excel's escapes decoded: `_x000D_` is a carriage return, `_x0007_` a bell (then refused)."""
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)


def _may_hold_formulas(data: bytes) -> bool:
    """Whether any worksheet of the workbook has a formula element (each sheet's XML looked at, not parsed)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name)
                # Plain substring tests run at memory speed; a false alarm only costs the closer look.
                if any(tag in xml for tag in _FORMULA_TAGS):
                    return True
    return False


def _formula_without_value(data: bytes, title: str, rows: list[SheetRow]) -> str | None:
    """The first cell (`B7`) of the sheet read whose formula has no stored result, or None.

    Excel and LibreOffice store each formula's last result; a file written by a
    script may not, and its cells would then read as empty: a phone lost unseen.
    """
    import openpyxl
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        sheet = workbook[title]
        sheet.reset_dimensions()
        # openpyxl may stop before trailing rows calamine reports (or go on past them): compare what both have.
        for (number, values), formulas in zip(rows, sheet.iter_rows(values_only=True), strict=False):
            for column, formula in enumerate(formulas):
                if formula is None or (formula.__class__ is str and not formula.startswith("=")):
                    continue
                if column >= len(values) or values[column] is None or values[column] == "":
                    return f"{get_column_letter(column + 1)}{number}"
    finally:
        workbook.close()
    return None


def _read_xlsx_calamine(path: Path, data: bytes) -> Sheet | None:
    """The sheet read by calamine (Rust), a dozen times faster than openpyxl; None to let openpyxl try.

    A 20,000-row list took two seconds to parse with openpyxl, more than everything else the
    import does. Cells come back as openpyxl gives them (None for empty, whole numbers as int),
    Excel's `_x000D_` escapes already decoded. Anything calamine cannot read goes to openpyxl
    and its messages.
    """
    try:
        if not _plain_for_calamine(data):
            return None
        from python_calamine import CalamineWorkbook, SheetVisibleEnum

        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [sheet.name for sheet in workbook.sheets_metadata if sheet.visible == SheetVisibleEnum.Visible]
        sheets = sheets or list(workbook.sheet_names)
        chosen = sheets[0]
        rows = _calamine_rows(workbook, chosen)
        if not any(any(value is not None and str(value).strip() for value in cells) for _, cells in rows):
            for name in sheets[1:]:
                candidate = _calamine_rows(workbook, name)
                if any(any(value is not None for value in cells) for _, cells in candidate):
                    chosen, rows = name, candidate
                    break
    except Exception:
        return None
    return Sheet(path, rows, "xlsx", sheet_name=chosen, other_sheets=[name for name in sheets if name != chosen])


# Built-in number formats that show a date or a time (ECMA-376 18.8.30), and the letters of one in a custom format.
_DATE_FORMAT_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])
_DATE_LETTERS = re.compile(r"[dmyhsDMYHS]")


def _plain_for_calamine(data: bytes) -> bool:
    """Whether the workbook has no error cells and no date or time formats: where both readers agree cell for cell.

    openpyxl gives an error cell as its text (`#N/A`) and a number in a date format as a date
    (or `#VALUE!` when out of range), which the import reports; calamine gives neither.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        if "xl/styles.xml" in names:
            styles = archive.read("xl/styles.xml").decode("utf-8", "replace")
            custom = {
                int(number): code
                for number, code in re.findall(r'<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"', styles)
            }
            xfs = re.search(r"<cellXfs\b.*?</cellXfs>", styles, re.DOTALL)
            for number in map(int, re.findall(r'numFmtId="(\d+)"', xfs.group(0) if xfs else "")):
                code = re.sub(r'"[^"]*"|\[[^]]*\]|\\.', "", custom.get(number, ""))
                if number in _DATE_FORMAT_IDS or _DATE_LETTERS.search(code):
                    return False
        for name in names:
            if name.startswith("xl/worksheets/") and name.endswith(".xml") and b't="e"' in archive.read(name):
                return False
    return True


def _calamine_rows(workbook: Any, name: str) -> list[SheetRow]:
    rows: list[SheetRow] = []
    # From A1, empty rows included, so the count is the row number the spreadsheet shows.
    for number, cells in enumerate(workbook.get_sheet_by_name(name).to_python(skip_empty_area=False), start=1):
        values = [_as_openpyxl(value) for value in cells]
        while values and values[-1] is None:
            values.pop()
        rows.append((number, values))
    return rows


def _as_openpyxl(value: object) -> object:
    if value == "":
        return None
    if type(value) is float and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value
