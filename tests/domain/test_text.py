"""Names, titles and notes as users type them."""

import pytest

from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.text import MAX_NAME_LENGTH, clean_line, clean_note


def test_a_line_loses_stray_spaces_and_line_breaks():
    assert clean_line("  Budi \n  Santoso\t", field="full_name", label="Nama") == "Budi Santoso"


def test_a_line_typed_with_a_combining_accent_equals_the_same_name_typed_precomposed():
    assert clean_line("Jose\u0301 Mu\u0308ller", field="full_name", label="Nama") == "José Müller"


def test_a_line_with_a_control_character_is_refused_on_its_field():
    with pytest.raises(InvalidValue) as refused:
        clean_line("PT Maju\x00", field="name", label="Nama organisasi")
    assert refused.value.field == "name"
    assert refused.value.message.startswith("Nama organisasi")


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_a_required_line_left_blank_is_refused(blank):
    with pytest.raises(InvalidValue, match="Nama lengkap wajib diisi"):
        clean_line(blank, field="full_name", label="Nama lengkap", required=True)


def test_an_optional_line_left_blank_is_empty():
    assert clean_line(None, field="title", label="Jabatan") == ""


def test_a_line_too_long_is_refused_with_its_length_and_the_limit():
    with pytest.raises(InvalidValue) as refused:
        clean_line("x" * (MAX_NAME_LENGTH + 1), field="full_name", label="Nama")
    assert str(MAX_NAME_LENGTH + 1) in refused.value.message
    assert str(MAX_NAME_LENGTH) in refused.value.message
    assert clean_line("x" * MAX_NAME_LENGTH, field="full_name", label="Nama") == "x" * MAX_NAME_LENGTH


def test_a_note_keeps_its_lines_and_tabs_and_drops_windows_line_ends():
    assert clean_note("  Baris satu\r\nBaris\tdua  ", field="notes", label="Catatan") == "Baris satu\nBaris\tdua"


def test_a_note_with_a_control_character_is_refused():
    with pytest.raises(InvalidValue) as refused:
        clean_note("bel\x07", field="notes", label="Catatan")
    assert refused.value.field == "notes"


def test_a_note_too_long_is_refused():
    with pytest.raises(InvalidValue, match="terlalu panjang"):
        clean_note("x" * 11, field="notes", label="Catatan", max_length=10)
