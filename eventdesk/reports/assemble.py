"""The layout of each document, chosen by its kind: the one place the command line and the screen render through.

Each report module (and reportlab with it) is imported when its document is
first made, on the thread that makes it: never on the window's thread.
"""

from __future__ import annotations

import os
from typing import Any, cast

from eventdesk.domain.documents import DocumentInputs
from eventdesk.domain.progress import ProgressCallback


def render(inputs: DocumentInputs, output: str | os.PathLike[str], progress: ProgressCallback | None = None) -> int:
    """Write the document to `output`; returns how many items it holds where that is worth saying (badges)."""
    info, data, options = inputs.info, cast(Any, inputs.data), inputs.options
    if inputs.kind == "summary":
        from eventdesk.reports import summary

        summary.render(info, data, output, progress)
    elif inputs.kind == "minutes":
        from eventdesk.reports import minutes

        minutes.render(info, data, output, progress)
    elif inputs.kind == "agreements":
        from eventdesk.reports import signed_agreements

        signed_agreements.render(info, data, output, progress, detail_pages=options.detail_pages)
    elif inputs.kind == "schedule":
        from eventdesk.reports import run_sheet

        run_sheet.render(info, data, output, progress, per_spot=options.per_spot)
    elif inputs.kind == "transactions":
        from eventdesk.reports import transactions

        transactions.render(info, data, output, progress, summary_only=options.summary_only)
    elif inputs.kind == "realisation":
        from eventdesk.reports import realisation

        realisation.render(info, data, output, progress)
    elif inputs.kind == "attendees":
        from eventdesk.reports import attendee_list

        people, attendance, regions = data
        attendee_list.render(
            info,
            people,
            attendance,
            output,
            region_order=regions,
            unmasked=options.unmasked,
            summary_only=options.summary_only,
            progress=progress,
        )
    elif inputs.kind == "attendance":
        from eventdesk.reports import attendance_sheet

        people, days, regions = data
        attendance_sheet.render(
            info,
            people,
            days,
            output,
            region_order=regions,
            unmasked=options.unmasked,
            filled=options.filled,
            progress=progress,
        )
    elif inputs.kind == "badges":
        from eventdesk.reports import badges

        badges.render(info, data, output, layout=options.layout, progress=progress)
        return len(data)
    else:
        raise ValueError(f"no layout for document {inputs.kind!r}")
    return 0
