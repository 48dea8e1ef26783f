"""Badges: read back with pypdf, and the QR code drawn checked module by module against segno's matrix."""

import re
from collections import Counter
from itertools import pairwise

import pytest
import segno
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, A6

from eventdesk.domain import badge_papers
from eventdesk.domain.attendee_query import AttendeeQuery
from eventdesk.domain.enums import AttendeeCategory, OrganisationKind
from eventdesk.reports import badges
from eventdesk.reports.frame import FONT_BOLD

RECT = re.compile(rb"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re")


@pytest.fixture
def people(session):
    jatim = session.settings.regions()[0]
    organisation = session.organisations.add("PT <Maju> & Sons", OrganisationKind.COMPANY, jatim.id)
    session.attendees.register(
        "Ir. Bambang Sutrisno, M.T.", "vip", organisation_id=organisation.id, title="Direktur Utama"
    )
    session.attendees.register(
        "Dr. H. Akhmad Yusran Hasanuddin Mahdiannur Syahrani Kesuma Wicaksono, S.H., M.H., M.Si.",
        "government",
        title="Kepala Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Timur",
    )
    session.attendees.register("Đặng Thị Ngọc Ánh", "investor")
    return session.attendees.matching(AttendeeQuery())


def matrix_drawn(page) -> list[list[bool]]:
    """The QR modules as drawn: the many rectangles of one module's height, put back on a grid."""
    rects = [tuple(float(v) for v in match.groups()) for match in RECT.finditer(page.get_contents().get_data())]
    module = Counter(round(h, 3) for _x, _y, _w, h in rects).most_common(1)[0][0]
    modules = [r for r in rects if round(r[3], 3) == module]
    left = min(x for x, _y, _w, _h in modules)
    top = max(y + h for _x, y, _w, h in modules)
    size = round((max(x + w for x, _y, w, _h in modules) - left) / module)
    grid = [[False] * size for _ in range(size)]
    for x, y, w, h in modules:
        row = round((top - y - h) / module)
        first = round((x - left) / module)
        for column in range(first, first + round(w / module)):
            grid[row][column] = True
    return grid


def test_the_qr_code_drawn_on_each_badge_is_segnos_matrix_of_the_attendees_code(session, people, tmp_path):
    output = tmp_path / "badges.pdf"
    badges.render(session.document_info("Tanda Pengenal"), people, output)
    reader = PdfReader(output)
    assert len(reader.pages) == len(people)
    for attendee, page in zip(people, reader.pages, strict=True):
        expected = [[bool(module) for module in row] for row in segno.make_qr(attendee.code, error="m").matrix]
        assert matrix_drawn(page) == expected


def test_the_runs_of_dark_modules_rebuild_the_matrix():
    code = "K7-0042"
    matrix = badges.qr_matrix(code)
    rebuilt = [[False] * len(matrix) for _ in matrix]
    for row, first, length in badges.qr_runs(code):
        for column in range(first, first + length):
            rebuilt[row][column] = True
    assert tuple(tuple(row) for row in rebuilt) == matrix
    assert len(matrix) == 21  # a full QR code (version 1), which every scanner reads; never a Micro QR


def test_each_badge_prints_name_title_organisation_region_code_and_category_as_typed(session, people, tmp_path):
    output = tmp_path / "badges.pdf"
    badges.render(session.document_info("Tanda Pengenal"), people, output)
    texts = [" ".join(page.extract_text().split()) for page in PdfReader(output).pages]
    by_name = {attendee.full_name: (attendee, text) for attendee, text in zip(people, texts, strict=True)}
    bambang, text = by_name["Ir. Bambang Sutrisno, M.T."]
    for expected in (
        "Ir. Bambang Sutrisno, M.T.",
        "Direktur Utama",
        "PT <Maju> & Sons",
        "Jawa Timur",
        bambang.code,
        "VIP",
    ):
        assert expected in text
    assert "Misi Dagang dan Investasi" in text
    long_one, text = next(value for name, value in by_name.items() if name.startswith("Dr. H. Akhmad"))
    assert long_one.full_name in text  # shrunk to fit, never cut
    assert "PEMERINTAH" in text
    assert "Đặng Thị Ngọc Ánh" in by_name["Đặng Thị Ngọc Ánh"][1]


def test_long_names_shrink_to_fit_the_badge():
    width = 90 * 2.8346
    short = badges.fit_text("Budi Santoso", FONT_BOLD, width, badges._sizes(24, 9), lambda size: 2)
    long = badges.fit_text(
        "Dr. H. Akhmad Yusran Hasanuddin Mahdiannur Syahrani Kesuma Wicaksono, S.H., M.H., M.Si.",
        FONT_BOLD,
        width,
        badges._sizes(24, 9),
        lambda size: 2 if size >= 15 else 3,
    )
    assert (short.size, short.lines) == (24, ["Budi Santoso"])
    assert long.size < short.size and 2 <= len(long.lines) <= 3
    assert " ".join(long.lines).replace("  ", " ").startswith("Dr. H. Akhmad")


def test_four_badges_go_on_each_a4_page_and_one_per_a6_page(session, people, tmp_path):
    more = people * 3  # nine badges
    a4 = tmp_path / "a4.pdf"
    a6 = tmp_path / "a6.pdf"
    assert badges.render(session.document_info("Tanda Pengenal"), more, a4, layout=badge_papers.LAYOUT_A4) == 3
    assert badges.render(session.document_info("Tanda Pengenal"), more[:2], a6) == 2
    a4_pages = PdfReader(a4).pages
    assert [round(float(v)) for v in a4_pages[0].mediabox[2:]] == [round(A4[0]), round(A4[1])]
    assert [round(float(v)) for v in PdfReader(a6).pages[0].mediabox[2:]] == [round(A6[0]), round(A6[1])]
    first_page = a4_pages[0].extract_text()
    assert sum(attendee.code in first_page for attendee in people) == 3  # the fourth card repeats the first
    # cut marks: 8 short lines around each of the 4 cards
    assert len(re.findall(rb" l\b", a4_pages[0].get_contents().get_data())) >= 32


def test_every_category_has_its_own_band_colour():
    assert len({colour for colour, _ink in badges.CATEGORY_COLOURS.values()}) == len(AttendeeCategory)


def test_an_empty_selection_gives_one_page_saying_so(session, tmp_path):
    output = tmp_path / "none.pdf"
    badges.render(session.document_info("Tanda Pengenal"), [], output)
    assert "Tidak ada tanda pengenal" in PdfReader(output).pages[0].extract_text()


def test_names_in_other_scripts_are_drawn_in_fonts_that_have_their_letters(session, tmp_path):
    session.attendees.register("王小明", "buyer", title="总经理")
    session.attendees.register("محمد بن سلمان", "investor")
    output = tmp_path / "scripts.pdf"
    badges.render(session.document_info("Tanda Pengenal"), session.attendees.matching(AttendeeQuery()), output)
    pages = PdfReader(output).pages
    chinese = next(page for page in pages if "王小明" in page.extract_text())
    assert "总经理" in chinese.extract_text()
    fonts = {str(font["/BaseFont"]).split("+")[-1] for page in pages for font in page["/Resources"]["/Font"].values()}
    assert {"DroidSansFallback", "NotoSansArabic-Bold"} <= fonts


@pytest.mark.parametrize("layout", badge_papers.LAYOUTS)
def test_a_long_name_title_and_organisation_shrink_to_fit_whole_the_name_largest(session, tmp_path, layout):
    kaltim = session.settings.regions()[1]
    office = session.organisations.add(
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Timur",
        OrganisationKind.GOVERNMENT,
        kaltim.id,
    )
    name = "Prof. Dr. Ir. H. Akhmad Yusran Hasanuddin Mahdiannur Syahrani Kesuma, S.H., M.H., M.Si."
    title = "Kepala Bidang Promosi dan Kerja Sama Investasi Daerah"
    person = session.attendees.register(name, "vip", organisation_id=office.id, title=title)
    path = tmp_path / "panjang.pdf"
    badges.render(session.document_info("Tanda Pengenal"), [person], path, layout=layout)
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append((round(size * tm[0], 1), tm[5], text.strip()))

    page = PdfReader(path).pages[0]
    words = " ".join(page.extract_text(visitor_text=visit).split())
    assert "…" not in words
    for whole in (name, title, office.name, "Kalimantan Timur"):
        assert set(whole.split()) <= set(words.split()), whole
    name_size = max(size for size, _, text in sizes if text.startswith("Prof."))
    title_size = max(size for size, _, text in sizes if text.startswith("Kepala Bidang"))
    assert name_size > title_size >= 5
    lines = sorted({(round(y, 1), size) for size, y, _ in sizes}, reverse=True)  # (baseline, size), top first
    for (upper, _), (lower, size) in pairwise(lines):
        assert upper - lower >= size * 0.95 or upper == lower  # no line drawn over the one above it
