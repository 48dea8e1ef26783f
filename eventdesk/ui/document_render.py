"""Making one document, as a child process of the window does it (ui/tasks.in_child_process): no Qt here, so the
child imports only the services and reportlab."""

from __future__ import annotations

from pathlib import Path

from eventdesk.domain.document_kinds import DocumentOptions
from eventdesk.domain.i18n import set_language
from eventdesk.domain.models import Actor
from eventdesk.domain.progress import ProgressCallback
from eventdesk.services.session import open_session


def render_document(
    path: Path,
    actor: Actor,
    key: str,
    output: Path,
    options: DocumentOptions | None,
    language: str,
    progress: ProgressCallback | None = None,
) -> int:
    """Document `key` of the event at `path` written to `output` in `language`, through a read-only connection
    of its own: the inputs read and the PDF written in one snapshot (services/documents.py, reports/assemble.py).
    Returns how many items it holds where that is worth saying (badges), as reports/assemble.render does."""
    from eventdesk.reports import assemble

    set_language(language)
    own = open_session(path, actor, read_only=True)
    try:
        with own.snapshot():
            inputs = own.documents.inputs(key, own.document_info(own.documents.title(key)), options)
            return assemble.render(inputs, output, progress)
    finally:
        own.close()
