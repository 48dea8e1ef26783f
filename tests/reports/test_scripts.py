"""Every PDF prints every name: Chinese, Japanese, Korean and Arabic names in shipped fallback fonts, read back."""

import unicodedata
from dataclasses import replace

import pytest
from pypdf import PdfReader

from eventdesk.reports import frame
from eventdesk.reports.frame import build_pdf, data_table, para

CHINESE = "王伟 (张丽华)"
JAPANESE = "山田 さくら"
KOREAN = "김민준"
ARABIC = "محمد بن سلمان"
MIXED = "PT Maju & 王氏贸易 – عبد الله"
LATIN = "Đặng Thị Ngọc Ánh"


def _plain(text):
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _logical(visual_text):
    """Drawn (visual) Arabic back to typing order: reverse, then undo the joined letter forms."""
    return _plain(visual_text[::-1])


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, demo_master):
    from eventdesk.domain.models import Actor
    from eventdesk.services.session import open_session

    session = open_session(demo_master, Actor("x", "Meja", "Operator"), read_only=True)
    try:
        info = session.document_info("Daftar Hadir")
    finally:
        session.close()
    info = replace(info, event=replace(info.event, name="Misi Dagang 东爪哇 – جاوة الشرقية"))
    path = tmp_path_factory.mktemp("scripts") / "nama.pdf"
    rows = [["Nama", "Organisasi"], [CHINESE, JAPANESE], [KOREAN, LATIN], [ARABIC, MIXED]]
    story = [para(ARABIC, "title"), para(CHINESE, bold=True), data_table(rows, [80 * 2.83, 80 * 2.83])]
    build_pdf(path, info, story)
    reader = PdfReader(path)
    return reader, reader.pages[0].extract_text()


def test_chinese_japanese_and_korean_names_are_printed_and_read_back(rendered):
    _, text = rendered
    plain = _plain(text)
    for name in (CHINESE, JAPANESE, KOREAN, LATIN):
        assert _plain(name) in plain


def test_arabic_names_are_joined_drawn_right_to_left_and_read_back(rendered):
    _, text = rendered
    arabic_lines = [
        line for line in text.splitlines() if any("\u0600" <= c <= "\u06ff" or "\ufe70" <= c <= "\ufeff" for c in line)
    ]
    # pypdf hands right-to-left text back in reading order; either order proves every letter printed
    assert any(_plain(ARABIC) in (_plain(line), _logical(line)) for line in arabic_lines), arabic_lines
    drawn = frame.visual(ARABIC)
    assert any("\ufe70" <= c <= "\ufeff" for c in drawn)  # joined forms, not isolated letters
    assert _logical(drawn) == _plain(ARABIC) and _plain(drawn)[0] == ARABIC[-1]  # drawn from the right


def test_a_mixed_name_keeps_latin_left_to_right_and_each_script_in_its_font(rendered):
    runs = frame.runs(MIXED)
    fonts = [font for font, _ in runs]
    assert fonts[0] == frame.FONT and frame.FONT_CJK in fonts and frame.FONT_ARABIC in fonts
    assert "PT Maju & " in runs[0][1]
    _, text = rendered
    assert "PT Maju & 王氏贸易" in _plain(text)


def test_the_fallback_fonts_are_embedded_and_the_header_prints_a_non_latin_event_name(rendered):
    reader, text = rendered
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("EventDeskCJK" in name or "Droid" in name for name in fonts), fonts
    assert any("Arabic" in name for name in fonts), fonts
    assert "东爪哇" in text


def test_user_markup_stays_escaped_inside_fallback_runs():
    assert frame.text("<b>王</b> & co") == '&lt;b&gt;<font name="EventDeskCJK">王</font>&lt;/b&gt; &amp; co'
    assert frame.text("PT <Maju> & Sons") == "PT &lt;Maju&gt; &amp; Sons"


def test_the_ledger_of_long_reports_prints_names_in_other_scripts(tmp_path, demo_master):
    from eventdesk.domain.models import Actor
    from eventdesk.reports.ledger import Ledger, LedgerColumn
    from eventdesk.services.session import open_session

    session = open_session(demo_master, Actor("x", "Meja", "Operator"), read_only=True)
    try:
        info = session.document_info("Rekap")
    finally:
        session.close()
    columns = [
        LedgerColumn("Pembeli", 70 * 2.83),
        LedgerColumn("Penjual", 70 * 2.83),
        LedgerColumn("Nilai", 30 * 2.83, "right"),
    ]
    rows = [[CHINESE, "PT Biasa", "Rp1"], ["CV Latin", KOREAN, "Rp2"], [ARABIC, JAPANESE, "Rp3"]]
    path = tmp_path / "ledger.pdf"
    build_pdf(path, info, [Ledger(columns, rows, total=["Jumlah", "", "Rp6"])])
    text = _plain(PdfReader(path).pages[0].extract_text()).replace(" ", "")
    for name in (
        CHINESE,
        KOREAN,
        JAPANESE,
        "PT Biasa",
        "CV Latin",
        "Rp6",
    ):  # runs in other fonts come back space-separated
        assert _plain(name).replace(" ", "") in text
    lines = PdfReader(path).pages[0].extract_text().splitlines()
    assert any(_plain(ARABIC) in _plain(line) or _plain(ARABIC) in _logical(line) for line in lines), lines


def test_an_arabic_name_followed_by_latin_keeps_the_line_in_reading_order():
    drawn = frame.visual("مؤسسة النور (Kalimantan Timur) 3 peserta")
    assert drawn.endswith(" (Kalimantan Timur) 3 peserta")  # not "3 peserta )Kalimantan Timur( …"
    assert _logical(drawn.split(" (")[0]) == "مؤسسة النور"


def test_a_character_no_font_has_prints_as_a_visible_mark_never_as_nothing(tmp_path, demo_master):
    from eventdesk.domain.models import Actor
    from eventdesk.services.session import open_session

    assert frame.runs("Budi 😀 Santoso 👍🏽") == [(frame.FONT, "Budi \ufffd Santoso \ufffd")]
    session = open_session(demo_master, Actor("x", "Meja", "Operator"), read_only=True)
    try:
        info = session.document_info("Uji")
    finally:
        session.close()
    path = tmp_path / "emoji.pdf"
    build_pdf(path, info, [para("Budi 😀 Santoso"), data_table([["Nama"], ["Ani ❤️ Lestari"]], [60 * 2.83])])
    text = _plain(PdfReader(path).pages[0].extract_text())
    assert "Budi \ufffd Santoso" in text and "Ani \ufffd Lestari" in text
