"""Finding attendees: full-text prefix search (FTS5), filters, sort by any column and pages, all in SQL.

A list of 20,000 attendees is never loaded to be sorted or counted: the
screen asks for the count and for the page it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventdesk.domain.attendee_query import NO_REGION, AttendeeQuery, AttendeeSort, search_terms
from eventdesk.domain.models import Attendee
from eventdesk.store.attendees import ATTENDEE_COLUMNS, ATTENDEE_JOINS, SELECT_ATTENDEE, row_to_attendee

if TYPE_CHECKING:
    from eventdesk.store.db import EventFile

_SORT_SQL = {
    AttendeeSort.CODE: "a.code",
    AttendeeSort.NAME: "a.full_name COLLATE NOCASE",
    AttendeeSort.TITLE: "a.title COLLATE NOCASE",
    AttendeeSort.ORGANISATION: "o.name COLLATE NOCASE",
    AttendeeSort.REGION: "r.name COLLATE NOCASE",
    AttendeeSort.CATEGORY: "a.category",
    AttendeeSort.PHONE: "a.phone",
    AttendeeSort.EMAIL: "a.email COLLATE NOCASE",
    AttendeeSort.CHECKED_IN: "a.checked_in_at",
    AttendeeSort.BADGE_PRINTED: "a.badge_printed_at",
    AttendeeSort.REGISTERED: "a.created_at",
}
_COUNT_FROM = """
FROM attendees a
LEFT JOIN organisations o ON o.id = a.organisation_id
"""


def match_expression(text: str) -> str | None:
    """The FTS5 query for what was typed: each word a quoted prefix, all required; None for nothing typed."""
    terms = search_terms(text)
    if not terms:
        return None
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms)


def _where(query: AttendeeQuery) -> tuple[str, list[Any]]:
    clauses = ["a.deleted_at IS NULL"]
    params: list[Any] = []
    expression = match_expression(query.text)
    if expression is not None:
        clauses.append("a.rowid IN (SELECT rowid FROM attendee_search WHERE attendee_search MATCH ?)")
        params.append(expression)
    if query.region_id == NO_REGION:
        clauses.append("COALESCE(a.region_id, o.region_id) IS NULL")
    elif query.region_id is not None:
        clauses.append("COALESCE(a.region_id, o.region_id) = ?")
        params.append(query.region_id)
    if query.category is not None:
        clauses.append("a.category = ?")
        params.append(query.category.value)
    if query.organisation_kind is not None:
        clauses.append("o.kind = ?")
        params.append(query.organisation_kind.value)
    if query.organisation_id is not None:
        clauses.append("a.organisation_id = ?")
        params.append(query.organisation_id)
    if query.checked_in is not None:
        clauses.append("a.checked_in_at IS NOT NULL" if query.checked_in else "a.checked_in_at IS NULL")
    if query.badge_printed is not None:
        clauses.append("a.badge_printed_at IS NOT NULL" if query.badge_printed else "a.badge_printed_at IS NULL")
    return " WHERE " + " AND ".join(clauses), params


def _order(query: AttendeeQuery) -> str:
    direction = " DESC" if query.descending else ""
    return f" ORDER BY {_SORT_SQL[query.sort]}{direction}, a.full_name COLLATE NOCASE{direction}, a.rowid{direction}"


def search_first(event_file: EventFile, text: str, limit: int, *, window: int = 200) -> list[Attendee]:
    """Up to `limit` attendees matching `text`, by name, for typing at the door.

    The index streams its matches; only the first `window` of them are sorted, so a query of one
    letter costs no more than a precise one. Below `window` matches the answer is exact: every
    match, alphabetical. Above it the operator is still typing.
    """
    expression = match_expression(text)
    if expression is None:
        return []
    sql = (
        ATTENDEE_COLUMNS
        + "FROM (SELECT rowid AS k FROM attendee_search WHERE attendee_search MATCH ? LIMIT ?) m"
        + " JOIN attendees a ON a.rowid = m.k"
        + ATTENDEE_JOINS
        + " WHERE a.deleted_at IS NULL ORDER BY a.full_name COLLATE NOCASE, a.rowid LIMIT ?"
    )
    return [row_to_attendee(row) for row in event_file.conn.execute(sql, (expression, window, limit))]


def keys_matching(event_file: EventFile, query: AttendeeQuery) -> list[int]:
    """The row keys of the whole list in the query's order: one sort in SQL, then pages by key.

    Keys are valid until the next change to attendees (a list re-reads them on every change).
    """
    where, params = _where(query)
    joins = (
        " LEFT JOIN regions r ON r.id = COALESCE(a.region_id, o.region_id)" if query.sort is AttendeeSort.REGION else ""
    )
    sql = "SELECT a.rowid" + _COUNT_FROM + joins + where + _order(query)
    return [row[0] for row in event_file.conn.execute(sql, params)]


def by_keys(event_file: EventFile, keys: list[int]) -> list[Attendee | None]:
    """The attendees of `keys`, in that order; None where a key's row is gone."""
    found: dict[int, Attendee] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        sql = ATTENDEE_COLUMNS.replace("SELECT ", "SELECT a.rowid, ", 1) + "FROM attendees a" + ATTENDEE_JOINS
        sql += f" WHERE a.rowid IN ({', '.join('?' * len(chunk))})"
        for row in event_file.conn.execute(sql, chunk):
            found[row[0]] = row_to_attendee(row[1:])
    return [found.get(key) for key in keys]


def count_matching(event_file: EventFile, query: AttendeeQuery) -> int:
    where, params = _where(query)
    return event_file.conn.execute("SELECT count(*)" + _COUNT_FROM + where, params).fetchone()[0]


def page_matching(event_file: EventFile, query: AttendeeQuery, offset: int, limit: int) -> list[Attendee]:
    """Rows `offset` … `offset + limit` of the list, in the query's order."""
    where, params = _where(query)
    cursor = event_file.conn.execute(
        SELECT_ATTENDEE + where + _order(query) + " LIMIT ? OFFSET ?", [*params, limit, offset]
    )
    return [row_to_attendee(row) for row in cursor]


def all_matching(event_file: EventFile, query: AttendeeQuery) -> list[Attendee]:
    """Every row of the list, in order (exports, reports, printing badges)."""
    where, params = _where(query)
    return [row_to_attendee(row) for row in event_file.conn.execute(SELECT_ATTENDEE + where + _order(query), params)]


def ids_matching(event_file: EventFile, query: AttendeeQuery) -> list[str]:
    where, params = _where(query)
    return [row[0] for row in event_file.conn.execute("SELECT a.id" + _COUNT_FROM + where, params)]
