"""Qt's side of the translation catalogue: widgets' tr() reads the same .ts files as reports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from eventdesk.domain import i18n


class CatalogTranslator(QTranslator):
    """Answers Qt's translate() from eventdesk.domain.i18n.

    EventDesk's own (Indonesian) texts come from eventdesk_<lang>.ts whatever the context; Qt's own
    (English) widget texts, such as standard buttons and context menus, from qtbase_<lang>.ts by context.
    """

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # The source text, not None, when there is no translation: it is Qt's own fallback, and
        # PySide6 6.12.0 mis-counted references to a None returned from this override.
        if not source_text:
            return ""
        code = i18n.language()
        if code != i18n.DEFAULT_LANGUAGE and (text := i18n.catalog(code).get(source_text)):
            return text
        return i18n.qt_catalog(code).get((context, source_text), source_text)

    def isEmpty(self) -> bool:
        return False


_translator: CatalogTranslator | None = None


def apply_language(code: str) -> None:
    """Switch every later tr() to `code`; open widgets retranslate on the LanguageChange event."""
    global _translator
    i18n.set_language(code)
    app = QCoreApplication.instance()
    if app is None:
        return
    if _translator is None:
        _translator = CatalogTranslator(app)
    app.removeTranslator(_translator)
    app.installTranslator(_translator)  # installing sends LanguageChange to every widget
