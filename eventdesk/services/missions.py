"""Reading several missions' event files, each read-only, for the figures across missions."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace

from eventdesk.domain.documents import DocumentInfo
from eventdesk.domain.errors import InvalidValue
from eventdesk.domain.i18n import tr
from eventdesk.domain.missions import MissionFigures, cumulative
from eventdesk.domain.models import Actor
from eventdesk.domain.progress import ProgressCallback
from eventdesk.services.session import open_session


def read_mission(path: str | os.PathLike[str], actor: Actor) -> MissionFigures:
    """One mission's figures from its event file, opened read-only (the file is not changed)."""
    session = open_session(path, actor, read_only=True)
    try:
        with session.snapshot():
            settings = session.settings.get()
            totals = session.figures.transaction_totals()
            return MissionFigures(
                event_id=settings.id,
                name=settings.name,
                start_date=settings.start_date,
                end_date=settings.end_date or settings.start_date,
                venue=settings.venue,
                city=settings.city,
                booked_idr=totals.total_idr,
                realised_idr=session.followups.realised_idr(),
                deals=totals.count,
                businesses=session.figures.businesses(),
                target_idr=settings.target_idr,
                source=os.fspath(path),
            )
    finally:
        session.close()


def read_missions(
    paths: Sequence[str | os.PathLike[str]], actor: Actor, progress: ProgressCallback | None = None
) -> list[MissionFigures]:
    """Every mission, oldest first; one mission given twice (two desks' copies of one event) is refused, as it
    would be counted twice."""
    missions: list[MissionFigures] = []
    for done, path in enumerate(paths):
        mission = read_mission(path, actor)
        for seen in missions:
            if seen.event_id == mission.event_id:
                raise InvalidValue(
                    tr("'{first}' dan '{second}' adalah misi yang sama ({name}); berikan satu berkas per misi.").format(
                        first=seen.source, second=mission.source, name=mission.name
                    ),
                    field="file",
                )
        missions.append(mission)
        if progress is not None:
            progress(done + 1, len(paths))
    return sorted(missions, key=lambda mission: mission.sort_key)


def missions_document_info(missions: Sequence[MissionFigures], actor: Actor) -> DocumentInfo:
    """Header and footer of the document across missions: the latest mission's organiser and letterhead, the
    span of the missions for its dates, no single venue."""
    total = cumulative(missions)
    session = open_session(missions[-1].source, actor, read_only=True)
    try:
        info = session.document_info(tr("Rekap Misi Dagang dan Investasi"))
    finally:
        session.close()
    years = "–".join(dict.fromkeys(str(day.year) for day in (total.first, total.last) if day is not None))
    event = replace(
        info.event,
        name=tr("Misi Dagang dan Investasi {years}").format(years=years).strip(),
        venue="",
        city="",
        start_date=total.first,
        end_date=total.last,
    )
    return replace(info, event=event, coverage=None)
