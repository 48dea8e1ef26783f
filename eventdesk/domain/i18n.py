"""Translation of user-visible text outside Qt (messages, reports, command line).

Source strings are written in Bahasa Indonesia, the default language. Other
languages come from the Qt Linguist files in resources/translations/
(`eventdesk_<code>.ts`), the same files the Qt translator of the UI reads, so
one catalogue serves widgets, reports and the command line.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
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
    path = catalog_path(code)
    if not path.exists():
        return {}
    messages: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if translation.text:
            messages[source] = translation.text
    return messages
