"""Registration lists as delegations send them, written into a test's tmp folder (never binary files in the repo)."""

from __future__ import annotations

import csv
import io
import struct
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
    [
        1,
        "Ir. Bambang Sutrisno, M.T.",
        "Kepala Bidang",
        "Dinas Perindustrian dan Perdagangan Prov. Kaltim",
        "Kalimantan Timur",
        "0811-5400-1234",
        "bambang.s@kaltimprov.go.id",
        "Pemerintah",
    ],
    [
        2,
        "Lilis Suryani",
        "Pemilik",
        "UMKM Amplang Bu Lilis",
        "Kaltim",
        "+62 852-5011-2233",
        "amplang.lilis@gmail.com",
        "Penjual",
    ],
    [
        3,
        "I Made Wirawan",
        "Direktur",
        "PT Samudra Dingin Logistik",
        "Jatim",
        "6281330001122",
        "made@samudradingin.co.id",
        "Pembeli",
    ],
    [],
    [
        4,
        "Lilis Suryani",
        "Owner",
        "UMKM Amplang Bu Lilis",
        "Kalimantan Timur",
        "085250112233",
        "Amplang.Lilis@Gmail.com",
        "Penjual",
    ],
    [
        5,
        "Fransiskus X. O'Neil",
        "Investor",
        "Borneo & <Java> Capital",
        "JATIM",
        81390001111,
        "frans@bjcapital.id",
        "Investor",
    ],
    [6, None, "Sopir", None, "Kaltim", None, None, None],
    [7, "Nurul Aini", "Ketua", "Koperasi Wanita Pesisir", "Kal-Tim", "0853 4700 8899", "nurul@@pesisir", "Penjual"],
    [],
    [None, "Jumlah peserta: 7 orang"],
]


def write_xlsx(
    path: Path, rows: list[list[object]], *, sheet: str = "Peserta", first_sheet_empty: bool = False
) -> Path:
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


def write_csv(
    path: Path, rows: list[list[object]], *, delimiter: str = ";", encoding: str = "utf-8", errors: str = "strict"
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    path.write_bytes(buffer.getvalue().encode(encoding, errors))
    return path


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A small but valid OLE compound file (CFB version 3, as Office writes) holding `streams`.

    Each stream is kept at 4,096 bytes or more, so it lives in regular sectors and
    the file needs no mini stream: one FAT sector, one directory sector, then the data.
    """
    sector, free, end_of_chain, fat_sector, no_stream = 512, 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    names = list(streams)
    assert len(names) <= 3 and all(len(data) >= 4096 for data in streams.values())
    starts, body, next_sector = [], b"", 2
    for name in names:
        data = streams[name] + b"\x00" * (-len(streams[name]) % sector)
        starts.append(next_sector)
        body += data
        next_sector += len(data) // sector
    fat = [fat_sector, end_of_chain]
    for start, name in zip(starts, names, strict=True):
        count = -(-len(streams[name]) // sector)
        fat += [start + i + 1 for i in range(count - 1)] + [end_of_chain]
    fat += [free] * (sector // 4 - len(fat))

    def entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le") if name else b""
        return (
            encoded.ljust(64, b"\x00")
            + struct.pack("<HBBIII", len(encoded), kind, 1, no_stream, right, child)
            + b"\x00" * 36
            + struct.pack("<IQ", start, size)
        )

    # The directory's siblings are a tree ordered by name length, then name: a chain to the right is one.
    order = sorted(range(len(names)), key=lambda i: (len(names[i]), names[i].upper()))
    entries = [entry("Root Entry", 5, no_stream, order[0] + 1, end_of_chain, 0)]
    for index, name in enumerate(names):
        position = order.index(index)
        right = order[position + 1] + 1 if position + 1 < len(order) else no_stream
        entries.append(entry(name, 2, right, no_stream, starts[index], len(streams[name])))
    entries += [entry("", 0, no_stream, no_stream, free, 0)] * (4 - len(entries))
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<9I", 0, 1, 1, 0, 4096, end_of_chain, 0, end_of_chain, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", free) * 108
    )
    return header + struct.pack(f"<{sector // 4}I", *fat) + b"".join(entries) + body


def write_encrypted_xlsx(path: Path) -> Path:
    """What Excel writes for a workbook with a password to open: an OLE container with EncryptionInfo and
    EncryptedPackage."""
    info = b"\x04\x00\x04\x00\x40\x00\x00\x00" + (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption '
        b'xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" '
        b'keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
        b'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>'
    )
    package = struct.pack("<Q", 6000) + bytes(range(256)) * 24  # the encrypted zip: its size, then noise
    path.write_bytes(compound_file({"EncryptionInfo": info.ljust(4096, b" "), "EncryptedPackage": package}))
    return path


def write_old_xls(path: Path) -> Path:
    """An Excel 97-2003 workbook: an OLE container with a Workbook stream."""
    path.write_bytes(compound_file({"Workbook": b"\x09\x08\x10\x00\x00\x06\x05\x00".ljust(4096, b"\x00")}))
    return path


def write_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path
