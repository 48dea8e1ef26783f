"""The translation catalogues: every source string has English with the same {placeholders},
Qt's own buttons speak Indonesian, and the language switch reaches both widgets and reports."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import string
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from eventdesk.domain import i18n
from eventdesk.ui.translator import apply_language

TOOL = Path(__file__).resolve().parents[2] / "tools" / "translations.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("eventdesk_translations_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.fixture(autouse=True)
def indonesian_afterwards(qapp):
    """Each test may switch language; the next one starts in Indonesian again."""
    yield
    apply_language("id")


def test_every_source_string_has_an_english_translation():
    lacking = load_tool().missing("en")
    assert not lacking, (
        f"{len(lacking)} strings lack English; run `python tools/translations.py export > missing.tsv`, "
        f"fill the second column, then `python tools/translations.py import missing.tsv`:\n" + "\n".join(lacking)
    )


def test_every_translation_keeps_the_placeholders_of_its_source():
    wrong = {
        source: translation
        for source, translation in load_tool().read("en").items()
        if placeholders(source) != placeholders(translation)
    }
    assert not wrong


def test_every_translation_keeps_the_leading_and_trailing_spaces_of_its_source():
    """` (hanya-baca)` is glued to a file name; `import` strips the TSV column, so check after it."""

    def edges(text: str) -> tuple[str, str]:
        return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]

    wrong = {
        source: translation
        for source, translation in load_tool().read("en").items()
        if edges(source) != edges(translation)
    }
    assert not wrong


@pytest.mark.parametrize(
    ("code", "save", "cancel"),
    [("id", "Simpan", "Batal"), ("en", "Save", "Cancel")],
)
def test_qt_standard_buttons_follow_the_language(qtbot, code, save, cancel):
    apply_language(code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {
        box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", ""),
        box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", ""),
    }
    assert texts == {save, cancel}


def test_open_button_boxes_retranslate_when_the_language_changes(qtbot):
    """Qt posts LanguageChange to open windows; the buttons follow once it is delivered."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    save = box.button(QDialogButtonBox.StandardButton.Save)
    apply_language("en")
    qtbot.waitUntil(lambda: save.text().replace("&", "") == "Save")
    apply_language("id")
    qtbot.waitUntil(lambda: save.text().replace("&", "") == "Simpan")


def test_reports_and_messages_speak_english_after_set_language():
    i18n.set_language("en")
    assert i18n.tr("Halaman {page} dari {pages}").format(page=2, pages=5) == "Page 2 of 5"
    i18n.set_language("id")
    assert i18n.tr("Halaman {page} dari {pages}") == "Halaman {page} dari {pages}"


def test_qt_catalogue_keeps_qt_accelerators_and_placeholders():
    """An & in Qt's source keeps an & in Indonesian; %1-style arguments survive."""
    entries = i18n.qt_catalog("id")
    assert entries[("QPlatformTheme", "Cancel")] == "Batal"
    for (context, source), text in entries.items():
        assert ("&" in source) == ("&" in text), (context, source, text)
        assert source.count("%1") == text.count("%1"), (context, source, text)
