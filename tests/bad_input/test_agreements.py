"""The corpus through the agreement service: titles, MC notes and the reasons a signing is undone or postponed."""

from datetime import date, timedelta

import pytest

from eventdesk.domain.clock import local_moment
from eventdesk.domain.entries import AgreementDetails, PartyChoice
from eventdesk.domain.enums import AgreementStatus
from tests.bad_input.corpus import NAMES, NOTES, REFUSED
from tests.bad_input.test_services import _ids, attempt, shared  # noqa: F401 - the module's shared demo copy

TITLES = [(case, typed, typed if case == "201 characters" else stored) for case, typed, stored in NAMES]
TEN = local_moment(date(2025, 5, 8), 10, 0, "Asia/Makassar")


def _parties(session):
    organisations = session.organisations.list()
    return [PartyChoice(organisations[0].id), PartyChoice(organisations[1].id)]


@pytest.mark.parametrize(("case", "typed", "stored"), TITLES, ids=_ids(TITLES))
def test_agreement_titles(shared, case, typed, stored):  # noqa: F811 - pytest fixture
    attempt(
        shared,
        lambda: shared.agreements.save(None, AgreementDetails("mou", typed), _parties(shared)),
        stored,
        lambda a: shared.agreements.get(a.id).title,
    )


@pytest.mark.parametrize(("case", "typed", "stored"), NOTES, ids=_ids(NOTES))
def test_mc_notes(shared, case, typed, stored):  # noqa: F811 - pytest fixture
    details = AgreementDetails("pks", "Catatan MC Uji", mc_notes=typed)
    attempt(
        shared,
        lambda: shared.agreements.save(None, details, _parties(shared)),
        stored,
        lambda a: shared.agreements.get(a.id).mc_notes,
    )


@pytest.mark.parametrize(("case", "typed", "stored"), NOTES, ids=_ids(NOTES))
def test_reasons_for_postponing_and_undoing_a_signing(shared, case, typed, stored):  # noqa: F811 - pytest fixture
    draft = shared.agreements.save(None, AgreementDetails("loi", "Alasan Uji"), _parties(shared))
    attempt(
        shared,
        lambda: shared.agreements.set_status(draft.id, AgreementStatus.POSTPONED, typed),
        stored,
        lambda a: a.status_note,
    )
    signed = shared.agreements.save(None, AgreementDetails("loi", "Alasan Uji Tanda Tangan"), _parties(shared))
    people = {p.organisation_id: p for p in shared.attendees.list() if p.organisation_id}
    parties = [PartyChoice(c.organisation, people[c.organisation].id) for c in _parties(shared)]
    shared.agreements.save(signed.id, AgreementDetails("loi", "Alasan Uji Tanda Tangan"), parties)
    shared.agreements.mark_signed(signed.id, TEN + timedelta(minutes=1))
    attempt(shared, lambda: shared.agreements.unsign(signed.id, typed), stored, lambda a: a.status_note)
    if stored is REFUSED:
        assert shared.agreements.get(signed.id).status is AgreementStatus.SIGNED
