"""Every document, made through the one assembler as the command line and the screens make it: fonts all
embedded, metadata that says what the file is and who made it."""

import pytest
from pypdf import PdfReader

from eventdesk.domain.document_kinds import DOCUMENT_KEYS, DocumentOptions
from eventdesk.reports import assemble


def _fonts(reader):
    """(name, embedded) of every font any page, form or chart of the PDF uses."""
    found = {}
    for page in reader.pages:
        resources = [page["/Resources"]]
        resources += [x.get_object()["/Resources"] for x in (page["/Resources"].get("/XObject") or {}).values()]
        for resource in resources:
            for font in (resource.get("/Font") or {}).values():
                font = font.get_object()
                descendants = font.get("/DescendantFonts")
                described = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
                described = described.get_object() if described is not None else {}
                embedded = any(key in described for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                found[str(font["/BaseFont"])] = embedded
    return found


@pytest.mark.parametrize("key", DOCUMENT_KEYS)
def test_every_document_embeds_every_font_it_names_and_says_who_made_it(demo_session, tmp_path, key):
    output = tmp_path / f"{key}.pdf"
    with demo_session.snapshot():
        info = demo_session.document_info(demo_session.documents.title(key))
        assemble.render(demo_session.documents.inputs(key, info, DocumentOptions()), output)
    reader = PdfReader(output)
    fonts = _fonts(reader)
    assert fonts and all(fonts.values()), fonts  # no Helvetica named but not embedded
    assert reader.metadata.author == "Dinas Perindustrian dan Perdagangan"  # the organiser, from the settings
    assert reader.metadata.title.startswith(demo_session.documents.title(key))
    assert "Misi Dagang dan Investasi Jawa Timur" in reader.metadata.title


@pytest.mark.parametrize("key", ["attendees", "transactions", "schedule", "summary"])
def test_no_word_of_a_document_in_english_is_broken_across_lines(demo_session, tmp_path, key, english):
    output = tmp_path / f"{key}.pdf"
    with demo_session.snapshot():
        info = demo_session.document_info(demo_session.documents.title(key))
        assemble.render(demo_session.documents.inputs(key, info, DocumentOptions()), output)
    words = " ".join(page.extract_text() for page in PdfReader(output).pages).split()
    for broken in (["Prese", "nt"], ["Transaction", "s"], ["Penan", "datanganan"]):
        assert not any(words[i : i + 2] == broken for i in range(len(words) - 1)), broken
