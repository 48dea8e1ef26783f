"""The ledger's rows as written straight in PDF operators: every letter in whichever font subset it falls,
figures flush with their column's right edge, read back with pypdf."""

import unicodedata
from collections import Counter

from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase.pdfmetrics import stringWidth

from eventdesk.reports.frame import FONT, MARGIN, build_pdf
from eventdesk.reports.ledger import PADDING, Ledger, LedgerColumn

# Latin letters past the first 224 a font subset holds: names made of them switch subsets inside a cell.
LETTERS = [chr(code) for code in range(0x00C0, 0x0250) if chr(code).isalpha()]


def _names():
    """Names of six words of six letters, walking the letters so that every one appears somewhere."""
    starts = range(0, len(LETTERS), 5)
    words = ["".join(LETTERS[(start + step) % len(LETTERS)] for step in range(6)) for start in starts]
    return [" ".join(words[(n + k) % len(words)] for k in range(6)) for n in range(len(words))]


def _text(path):
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return unicodedata.normalize("NFC", raw)


def test_names_that_need_several_font_subsets_print_every_letter_every_time(session, tmp_path):
    names = _names()
    assert len(set("".join(names))) > 300  # more letters than one subset takes
    # Each name comes back several times (remembered cells), next to names ending in another subset.
    rows = [(str(n), names[n % len(names)], names[(n * 7) % len(names)]) for n in range(3 * len(names))]
    rows += [("(1)", "CV (Sinar) Jaya \\ Abadi", "PT Maju)( Terus")] * 2  # PDF string delimiters, escaped
    columns = [LedgerColumn("No", 30, "right", fixed=True), LedgerColumn("Pembeli", 120), LedgerColumn("Penjual", 120)]
    path = tmp_path / "huruf.pdf"
    build_pdf(path, session.document_info("Uji"), [Ledger(columns, rows)])
    printed = Counter(_text(path).split())
    placed = Counter(word for _number, *cells in rows for cell in cells for word in cell.split())
    assert {word: printed[word] for word in placed} == placed  # every word, every time it was placed


def _shown_from(page):
    """(text, x where it starts) of every `Tj` on `page`, for text shown as itself (printable ASCII: the first
    subset of an embedded font), with the translations (`cm`) the page applies around it."""
    shown = []
    saved, moved, start = [], 0.0, 0.0
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"q":
            saved.append(moved)
        elif operator == b"Q":
            moved = saved.pop()
        elif operator == b"cm":
            moved += float(operands[4])
        elif operator == b"Tm":
            start = float(operands[4])
        elif operator == b"Tj":
            raw = getattr(operands[0], "original_bytes", operands[0])
            shown.append((bytes(raw).decode("latin-1"), moved + start))
    return shown


def test_figures_end_at_the_right_edge_of_their_column_whatever_their_length(session, tmp_path):
    values = ["1", "250.000", "9.999.999.999", "12.000.000.000.000"]
    rows = [(f"Organisasi {n}", value) for n, value in enumerate(values * 10)]
    columns = [LedgerColumn("Nama", 150), LedgerColumn("Nilai (Rp)", 90, "right", fixed=True)]
    path = tmp_path / "kanan.pdf"
    build_pdf(path, session.document_info("Uji"), [Ledger(columns, rows, total=["Jumlah", "48.000.002.500.001"])])
    page = PdfReader(path).pages[0]
    right_edge = MARGIN + 150 + 90 - PADDING
    ends = [(text, x + stringWidth(text, FONT, 7.5)) for text, x in _shown_from(page) if text in values]
    assert len(ends) == len(rows)
    assert all(abs(end - right_edge) < 0.05 for _text, end in ends), (right_edge, ends)
