"""Several desks on one machine for tests: a small prepared event, desk identities, and what a file holds."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from eventdesk.domain.clock import local_moment
from eventdesk.domain.codes import desk_tag
from eventdesk.domain.entries import PartyInput
from eventdesk.domain.enums import OrganisationKind, SpotKind
from eventdesk.domain.models import Actor, EventSettings, Spot
from eventdesk.services.session import create_event, open_session
from eventdesk.store.records import AUDITED_TABLES

OFFICE = Actor("0ff1ce00-0000-4000-8000-000000000000", "Kantor Panitia", "Rina")
EVENT_DAY = date(2025, 5, 8)
TEN_AM = local_moment(EVENT_DAY, 10, 0, "Asia/Makassar")


def desk(letter: str, operator: str = "") -> Actor:
    """Desk `letter` (A, B, C…): a fixed id, so failures reproduce."""
    number = "ABCDEFGH".index(letter) + 1
    return Actor(f"de5c{number:04d}-0000-4000-8000-{number:012d}", f"Meja {letter}", operator or f"Operator {letter}")


@cache
def desks_sharing_a_tag() -> tuple[Actor, Actor]:
    """Two desks whose ids give the same three-character tag (found by trying ids in order)."""
    seen: dict[str, str] = {}
    for number in itertools.count():
        desk_id = f"7a900000-0000-4000-8000-{number:012d}"
        tag = desk_tag(desk_id)
        if tag in seen:
            return (Actor(seen[tag], "Meja Kembar 1", "Kembar Satu"), Actor(desk_id, "Meja Kembar 2", "Kembar Dua"))
        seen[tag] = desk_id
    raise AssertionError("unreachable")


def prepare_event(path: Path) -> Path:
    """What the office prepares before the day: settings, organisations, pre-registered people, scheduled agreements."""
    settings = EventSettings(
        name="Misi Uji Beberapa Meja",
        city="Balikpapan",
        start_date=EVENT_DAY,
        end_date=EVENT_DAY,
        spots=[Spot("Panggung Utama", SpotKind.STAGE), Spot("Meja 1", SpotKind.TABLE)],
    )
    session = create_event(path, OFFICE, settings)
    try:
        jatim, kaltim = session.settings.regions()
        organisations = [
            session.organisations.add("PT Samudra Biru", OrganisationKind.COMPANY, jatim.id),
            session.organisations.add("PT Borneo Segar", OrganisationKind.COMPANY, kaltim.id),
            session.organisations.add("Koperasi Mina Bahari", OrganisationKind.COOPERATIVE, jatim.id),
            session.organisations.add("Amplang Karya Etam", OrganisationKind.UMKM, kaltim.id),
        ]
        people = [
            session.attendees.register(name, "buyer", organisation_id=organisation.id, phone=f"+6281200000{n:03d}")
            for n, (name, organisation) in enumerate(
                [
                    ("Budi Santoso", organisations[0]),
                    ("Aisyah Rahman", organisations[1]),
                    ("Eko Prasetyo", organisations[2]),
                    ("Noor Hasanah", organisations[3]),
                ]
            )
        ]
        for number in range(3):
            first, second = organisations[number], organisations[number + 1]
            agreement = session.agreements.create(
                "mou",
                f"Kerja Sama {number + 1}",
                [
                    PartyInput(first.id, people[number].id, "Direktur"),
                    PartyInput(second.id, people[number + 1].id, "Direktur"),
                ],
            )
            start = TEN_AM + timedelta(minutes=30 * number)
            session.agreements.schedule(agreement.id, start, start + timedelta(minutes=20), "Panggung Utama")
        sector = session.settings.sectors()[0]
        session.transactions.book(
            buyer_id=organisations[0].id,
            seller_id=organisations[1].id,
            value=1_000_000_000,
            kind="trade",
            sector_id=sector.id,
        )
    finally:
        session.close()
    return path


def copy_to(master: Path, target: Path) -> Path:
    shutil.copyfile(master, target)
    return target


def contents(path: Path) -> dict[str, list[tuple]]:
    """Every audited table and the audit log, rows sorted: what must be identical on converged desks."""
    conn = sqlite3.connect(path)
    try:
        return {
            table: sorted(conn.execute(f"SELECT * FROM [{table}]").fetchall(), key=repr)
            for table in (*AUDITED_TABLES, "audit_log")
        }
    finally:
        conn.close()


def open_desk(path: Path, actor: Actor):
    return open_session(path, actor)


def register_one(path: Path, actor: Actor, name: str):
    """One walk-in registered at `actor`'s desk on the file at `path` (opened and closed again)."""
    session = open_desk(path, actor)
    try:
        return session.attendees.register(name, "buyer")
    finally:
        session.close()
