"""Registration lists as delegations send them, written into a test's tmp folder (never binary files in the repo)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl

# The Kalimantan Timur delegation's list: title rows, a blank row, Indonesian headers, a duplicate
# typed differently, a phone that Excel turned into a number, a row without a name, a bad email,
# region spellings, and a footer.
KALTIM_ROWS = [
    ["REKAP PENDAFTARAN PESERTA"],
    ["Misi Dagang dan Investasi Jatim - Kaltim"],
    [],
    ["No.", "Nama", "Jabatan", "Asal Instansi", "Provinsi", "Telepon", "E-mail", "Kategori Peserta"],
    [1, "Ir. Bambang Sutrisno, M.T.", "Kepala Bidang", "Dinas Perindustrian dan Perdagangan Prov. Kaltim",
     "Kalimantan Timur", "0811-5400-1234", "bambang.s@kaltimprov.go.id", "Pemerintah"],
    [2, "Lilis Suryani", "Pemilik", "UMKM Amplang Bu Lilis", "Kaltim", "+62 852-5011-2233", "amplang.lilis@gmail.com", "Penjual"],
    [3, "I Made Wirawan", "Direktur", "PT Samudra Dingin Logistik", "Jatim", "6281330001122", "made@samudradingin.co.id", "Pembeli"],
    [],
    [4, "Lilis Suryani", "Owner", "UMKM Amplang Bu Lilis", "Kalimantan Timur", "085250112233", "Amplang.Lilis@Gmail.com", "Penjual"],
    [5, "Fransiskus X. O'Neil", "Investor", "Borneo & <Java> Capital", "JATIM", 81390001111, "frans@bjcapital.id", "Investor"],
    [6, None, "Sopir", None, "Kaltim", None, None, None],
    [7, "Nurul Aini", "Ketua", "Koperasi Wanita Pesisir", "Kal-Tim", "0853 4700 8899", "nurul@@pesisir", "Penjual"],
    [],
    [None, "Jumlah peserta: 7 orang"],
]  # fmt: skip


def write_xlsx(path: Path, rows: list[list[object]], *, sheet: str = "Peserta", first_sheet_empty: bool = False) -> Path:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    if first_sheet_empty:
        worksheet.title = "Sampul"
        worksheet = workbook.create_sheet(sheet)
    else:
        worksheet.title = sheet
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            if value is not None:
                worksheet.cell(row=number, column=column, value=value)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], *, delimiter: str = ";", encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_encrypted_xlsx(path: Path) -> Path:
    """What Excel writes for a workbook with a password to open: an OLE container with an EncryptedPackage stream."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50 + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(header + directory + b"\x00" * 1024)
    return path


def write_old_xls(path: Path) -> Path:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(header + "Workbook".encode("utf-16-le") + b"\x00" * 1024)
    return path


def write_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path
