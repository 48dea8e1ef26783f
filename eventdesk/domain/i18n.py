"""Translation of user-visible text outside Qt (messages, reports, command line).

Source strings are written in Bahasa Indonesia, the default language. Other
languages come from the Qt Linguist files in resources/translations/
(`eventdesk_<code>.ts`), the same files the Qt translator of the UI reads, so
one catalogue serves widgets, reports and the command line. Qt's own widget
texts (standard buttons, context menus, the file dialog) are English in Qt;
`qtbase_<code>.ts` gives them in another language (PySide6 ships no Indonesian).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from eventdesk.domain.resources import TRANSLATIONS_DIR

DEFAULT_LANGUAGE = "id"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

_global_language = DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    """Choose the language of every later translation."""
    global _global_language
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    _global_language = code


def language() -> str:
    return _global_language


def tr(text: str) -> str:
    """`text` (Indonesian source) in the current language."""
    code = language()
    if code == DEFAULT_LANGUAGE:
        return text
    return catalog(code).get(text) or text


def tr_noop(text: str) -> str:
    """Mark `text` for translation where it is defined; translate it where it is shown."""
    return text


def catalog_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"eventdesk_{code}.ts"


@cache
def catalog(code: str) -> dict[str, str]:
    """Source → translation for one language, read from its .ts file."""
    return {source: text for _, source, text in _messages(catalog_path(code))}


def qt_catalog_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"qtbase_{code}.ts"


@cache
def qt_catalog(code: str) -> dict[tuple[str, str], str]:
    """(Qt context, Qt's English source) → translation of Qt's own widget texts, from qtbase_<code>.ts."""
    return {(context, source): text for context, source, text in _messages(qt_catalog_path(code))}


def _messages(path: Path) -> Iterator[tuple[str, str, str]]:
    """(context, source, translation) of every finished message in a Qt Linguist file; none if it is absent."""
    if not path.exists():
        return
    import xml.etree.ElementTree as ET  # read once per language, and never for the default one

    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                yield name, source, translation.text
