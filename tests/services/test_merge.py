"""Merging desks: what each rule keeps, what is listed for review, and what is refused."""

import sqlite3
from datetime import timedelta

import pytest

from eventdesk.domain.clock import from_iso
from eventdesk.domain.enums import AgreementStatus, TransactionStatus
from eventdesk.domain.errors import EventFileError, MergeRefused, NotAllowed
from eventdesk.domain.merge_rules import FindingKind
from eventdesk.services.integrity import check_event_file
from eventdesk.services.session import create_event
from eventdesk.store import agreements, audit, organisations, transactions
from tests.desks import OFFICE, TEN_AM, contents, copy_to, desk, desks_sharing_a_tag, open_desk, prepare_event
from tests.outside import query, scalar, sha256, tamper

A, B, C = desk("A", "Ani"), desk("B", "Budi"), desk("C", "Citra")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare_event(tmp_path_factory.mktemp("prepared") / "misi.eventdesk")


@pytest.fixture
def files(prepared, tmp_path):
    """The prepared event copied to desks A, B and C (not open)."""
    return {letter: copy_to(prepared, tmp_path / f"meja-{letter}.eventdesk") for letter in "ABC"}


@pytest.fixture
def desks(files):
    """Desks A, B and C, each open on its own copy."""
    opened = {"A": open_desk(files["A"], A), "B": open_desk(files["B"], B), "C": open_desk(files["C"], C)}
    yield opened
    for session in opened.values():
        session.close()


def _merge_both_ways(desks, files, first="A", second="B"):
    one = desks[first].merges.merge(files[second])
    other = desks[second].merges.merge(files[first])
    return one, other


def _organisation(session, name):
    [found] = session.organisations.find_by_name(name)
    return found


def test_new_rows_of_both_desks_never_conflict_and_both_desks_end_the_same(desks, files):
    desks["A"].attendees.register("Sari Walk-in", "seller")
    desks["B"].attendees.register("Joko Walk-in", "buyer")
    buyer, seller = _organisation(desks["B"], "PT Borneo Segar"), _organisation(desks["B"], "Amplang Karya Etam")
    desks["B"].transactions.book(buyer_id=buyer.id, seller_id=seller.id, value="2,5 M", kind="trade")

    into_a, into_b = _merge_both_ways(desks, files)

    assert dict(into_a.change_lines()) == {"Peserta baru": 1, "Transaksi baru": 1, "Meja tercatat": 1}
    assert (into_a.before.transactions.total_idr, into_a.after.transactions.total_idr) == (1_000_000_000, 3_500_000_000)
    assert into_a.findings == [] and into_b.findings == []
    assert contents(files["A"]) == contents(files["B"])
    assert check_event_file(files["A"]) == [] and check_event_file(files["B"]) == []
    assert sorted(a.full_name for a in desks["A"].attendees.list() if "Walk-in" in a.full_name) == [
        "Joko Walk-in",
        "Sari Walk-in",
    ]


def test_merging_the_same_file_twice_changes_nothing_the_second_time(desks, files):
    desks["B"].attendees.check_in(desks["B"].attendees.list()[0].code)
    first = desks["A"].merges.merge(files["B"])
    held = contents(files["A"])

    second = desks["A"].merges.merge(files["B"])

    assert first.entries > 0
    assert (second.entries, second.rows_written, second.changes) == (0, 0, {})
    assert contents(files["A"]) == held


def test_a_person_checked_in_on_two_desks_keeps_the_earliest_time_and_the_other_desk_is_listed(desks, files):
    code = desks["A"].attendees.list()[0].code
    desks["B"].attendees.check_in(code, at=TEN_AM + timedelta(minutes=5))
    desks["A"].attendees.check_in(code, at=TEN_AM + timedelta(minutes=9))  # written later, but arrived later too

    into_a, _ = _merge_both_ways(desks, files)

    desks["C"].merges.merge(files["A"])
    for letter in "ABC":
        attendee = desks[letter].attendees.get(desks["A"].attendees.list()[0].id)
        assert (attendee.checked_in_at, attendee.checked_in_desk_label, attendee.checked_in_by) == (
            TEN_AM + timedelta(minutes=5),
            "Meja B",
            "Budi",
        )
    [finding] = into_a.findings
    assert finding.kind is FindingKind.CHECKIN_TWICE and not finding.needs_review
    [row] = desks["A"].merges.conflicts()
    assert (row.kept_desk, row.other_desk) == ("Meja B", "Meja A")
    assert (row.kept_value.split("; ")[0], row.other_value.split("; ")[0]) == ("10.05.00", "10.09.00")
    assert contents(files["A"]) == contents(files["B"])
    assert desks["A"].figures.event_figures().attendees_checked_in == 1


def test_a_void_beats_an_edit_of_the_same_transaction_whichever_came_later(desks, files):
    [deal] = desks["A"].transactions.list()
    desks["A"].transactions.void(deal.id, "Salah ketik nilai")
    transactions.update_transaction(
        desks["B"].file, deal.id, {"note": "Nilai sudah dicek", "stage": "contract"}, action="update"
    )

    into_a, _into_b = _merge_both_ways(desks, files)

    for letter in "AB":
        merged = desks[letter].transactions.get(deal.id)
        assert (merged.status, merged.void_reason, merged.note, merged.stage.value) == (
            TransactionStatus.VOID,
            "Salah ketik nilai",
            "",
            "commitment",
        )
        assert desks[letter].figures.event_figures().transactions.total_idr == 0
    assert [f.kind for f in into_a.findings] == [FindingKind.VOID_BEATS_EDIT]
    assert contents(files["A"]) == contents(files["B"])
    assert check_event_file(files["B"]) == []


def test_a_signed_agreement_stays_signed_though_another_desk_postponed_it_later(desks, files):
    agreement = desks["A"].agreements.list()[0]
    desks["A"].agreements.mark_signed(agreement.id, TEN_AM + timedelta(minutes=3))
    desks["B"].agreements.set_status(agreement.id, AgreementStatus.POSTPONED, "Penanda tangan berhalangan")
    agreements.update_agreement(desks["B"].file, agreement.id, {"mc_notes": "Disaksikan gubernur"})

    into_a, _ = _merge_both_ways(desks, files)

    for letter in "AB":
        merged = desks[letter].agreements.get(agreement.id)
        assert (merged.status, merged.signed_at, merged.status_note, merged.mc_notes) == (
            AgreementStatus.SIGNED,
            TEN_AM + timedelta(minutes=3),
            "",
            "Disaksikan gubernur",
        )
        assert desks[letter].agreements.signed_count() == 1
    assert [f.kind for f in into_a.findings] == [FindingKind.SIGNED_STAYS]
    assert contents(files["A"]) == contents(files["B"])


def test_edits_of_the_same_row_on_two_desks_keep_the_later_and_list_both_for_review(desks, files):
    organisation = _organisation(desks["A"], "PT Samudra Biru")
    organisations.update_organisation(desks["A"].file, organisation.id, notes="Stan nomor 12")
    organisations.update_organisation(desks["B"].file, organisation.id, notes="Stan nomor 21")

    into_a, _ = _merge_both_ways(desks, files)

    assert desks["A"].organisations.get(organisation.id).notes == "Stan nomor 21"
    [finding] = into_a.findings
    assert (finding.kind, finding.needs_review, finding.columns) == (FindingKind.CONFLICT, True, ("notes",))
    [row] = desks["A"].merges.conflicts(only_to_review=True)
    assert (row.subject, row.fields, row.choosable) == ("Organisasi PT Samudra Biru", "Catatan", True)
    assert (row.kept_desk, row.kept_operator, row.kept_value) == ("Meja B", "Budi", "Stan nomor 21")
    assert (row.other_desk, row.other_operator, row.other_value) == ("Meja A", "Ani", "Stan nomor 12")
    assert row.kept_at > row.other_at
    assert [r.key for r in desks["B"].merges.conflicts(only_to_review=True)] == [row.key]


def test_choosing_the_other_value_writes_it_back_settles_the_pair_and_travels_to_the_other_desk(desks, files):
    organisation = _organisation(desks["A"], "PT Samudra Biru")
    organisations.update_organisation(desks["A"].file, organisation.id, notes="Stan nomor 12")
    organisations.update_organisation(desks["B"].file, organisation.id, notes="Stan nomor 21")
    _merge_both_ways(desks, files)
    [row] = desks["A"].merges.conflicts(only_to_review=True)

    desks["A"].merges.choose_other(row.key)
    desks["B"].merges.merge(files["A"])

    for letter in "AB":
        assert desks[letter].organisations.get(organisation.id).notes == "Stan nomor 12"
        assert desks[letter].merges.conflicts(only_to_review=True) == []
        assert [r.needs_review for r in desks[letter].merges.conflicts()] == [False]
    with pytest.raises(NotAllowed):
        desks["B"].merges.choose_other(row.key)
    assert contents(files["A"]) == contents(files["B"])
    assert check_event_file(files["A"]) == []


def test_keeping_the_later_value_marks_the_pair_reviewed_without_changing_it(desks, files):
    organisation = _organisation(desks["A"], "PT Samudra Biru")
    organisations.update_organisation(desks["A"].file, organisation.id, notes="Stan nomor 12")
    organisations.update_organisation(desks["B"].file, organisation.id, notes="Stan nomor 21")
    _merge_both_ways(desks, files)
    [row] = desks["B"].merges.conflicts(only_to_review=True)

    desks["B"].merges.keep(row.key)

    assert desks["B"].organisations.get(organisation.id).notes == "Stan nomor 21"
    assert desks["B"].merges.conflicts(only_to_review=True) == []
    assert check_event_file(files["B"]) == []


def test_an_edit_made_after_seeing_the_other_desks_edit_is_no_conflict(desks, files):
    organisation = _organisation(desks["A"], "PT Samudra Biru")
    organisations.update_organisation(desks["A"].file, organisation.id, notes="Stan nomor 12")
    desks["B"].merges.merge(files["A"])
    organisations.update_organisation(desks["B"].file, organisation.id, notes="Stan nomor 12 dan 13")

    into_a = desks["A"].merges.merge(files["B"])

    assert into_a.findings == []
    assert desks["A"].organisations.get(organisation.id).notes == "Stan nomor 12 dan 13"


def test_what_a_desk_merged_from_another_travels_on_to_a_third(desks, files):
    desks["B"].attendees.register("Joko Walk-in", "buyer")
    desks["A"].merges.merge(files["B"])

    into_c = desks["C"].merges.merge(files["A"])

    assert sorted(d.label for d in into_c.desks) == ["Meja A", "Meja B"]
    assert "Joko Walk-in" in [a.full_name for a in desks["C"].attendees.list()]
    coverage = desks["C"].merges.coverage()
    assert [(d.label, d.this_desk, d.last_merged_at is not None) for d in coverage.desks] == [
        ("Meja C", True, False),
        ("Kantor Panitia", False, True),
        ("Meja A", False, True),
        ("Meja B", False, True),
    ]
    assert coverage.text().startswith("Data dari 4 meja: Meja C (meja ini) · Kantor Panitia digabung ")


def test_coverage_counts_each_desks_entries_and_finds_its_newest_one_as_a_script_would(desks, files):
    desks["B"].attendees.register("Joko Walk-in", "buyer")
    desks["A"].merges.merge(files["B"])
    desks["A"].attendees.register("Sari Walk-in", "seller")

    found = {d.desk_id: (d.entries, d.last_entry_at.isoformat()) for d in desks["A"].merges.coverage().desks}

    outside = query(files["A"], "SELECT desk_id, count(*), max(created_at) FROM audit_log GROUP BY desk_id")
    assert found == {desk_id: (count, from_iso(newest).isoformat()) for desk_id, count, newest in outside}


def test_rows_of_another_desk_arrive_parents_first_even_a_correction_booked_before_its_original(desks, files):
    session = desks["B"]
    new = session.organisations.add("PT Baru Sekali", "company")
    person = session.attendees.register("Rudi Baru", "buyer", organisation_id=new.id)
    seller = _organisation(session, "Amplang Karya Etam")
    wrong = session.transactions.book(buyer_id=new.id, seller_id=seller.id, value="15 M", kind="trade")
    session.transactions.void(wrong.id, "kelebihan nol")
    session.transactions.book(buyer_id=new.id, seller_id=seller.id, value="1,5 M", kind="trade", replaces_id=wrong.id)

    into_a = desks["A"].merges.merge(files["B"])

    assert into_a.after.transactions.total_idr == 2_500_000_000
    assert desks["A"].attendees.get(person.id).organisation_name == "PT Baru Sekali"
    assert check_event_file(files["A"]) == []


def test_two_desks_that_share_a_tag_still_end_with_unique_codes_and_the_reprint_is_listed(files, tmp_path):
    first, second = desks_sharing_a_tag()
    one, two = open_desk(files["A"], first), open_desk(files["B"], second)
    try:
        kept = one.attendees.register("Sari Pertama", "seller")
        clashed = two.attendees.register("Joko Kedua", "buyer")
        assert kept.code == clashed.code

        into_two = two.merges.merge(files["A"])
        one.merges.merge(files["B"])

        assert two.attendees.get(kept.id).code == kept.code
        assert two.attendees.get(clashed.id).code == kept.code + "B"
        assert one.attendees.get(clashed.id).code == kept.code + "B"
        [finding] = [f for f in into_two.findings if f.kind is FindingKind.CODE_CLASH]
        assert finding.needs_review and finding.row_id == clashed.id
        assert two.attendees.check_in(kept.code + "b").attendee.id == clashed.id
        later = two.attendees.register("Dewi Ketiga", "buyer")  # the desk that came later takes another tag now
        assert later.code.split("-")[0] != kept.code.split("-")[0]
    finally:
        one.close()
        two.close()
    assert contents(files["A"]) != contents(files["B"])  # B has written since; A merges it once more
    again = open_desk(files["A"], first)
    try:
        again.merges.merge(files["B"])
    finally:
        again.close()
    assert contents(files["A"]) == contents(files["B"])
    assert check_event_file(files["A"]) == [] and check_event_file(files["B"]) == []


def test_imports_on_two_desks_that_share_a_tag_end_with_unique_codes_and_a_later_import_takes_the_new_tag(
    files, tmp_path
):
    from tests.lists import write_csv, write_xlsx

    first, second = desks_sharing_a_tag()
    one_list = write_xlsx(
        tmp_path / "satu.xlsx",
        [["Nama", "Instansi", "No. HP"]]
        + [[f"Peserta Satu {n}", "PT Satu", f"0857-5100-{n:04d}"] for n in range(1, 6)],
    )
    two_list = write_csv(
        tmp_path / "dua.csv",
        [["Nama", "Instansi", "No. HP"]] + [[f"Peserta Dua {n}", "CV Dua", f"0857-5200-{n:04d}"] for n in range(1, 4)],
    )
    one, two = open_desk(files["A"], first), open_desk(files["B"], second)
    try:
        kept = one.imports.run(one_list)
        clashed = two.imports.run(two_list)
        assert [line.code for line in clashed.lines] == [line.code for line in kept.lines][
            :3
        ]  # the same tag, counted alike

        into_two = two.merges.merge(files["A"])
        one.merges.merge(files["B"])

        codes = {a.full_name: a.code for a in two.attendees.list()}
        for line in kept.lines:
            assert codes[line.full_name] == line.code
        for line in clashed.lines:  # the later desk's people get the letter, listed for a badge reprint
            assert codes[line.full_name] == line.code + "B"
        assert len([f for f in into_two.findings if f.kind is FindingKind.CODE_CLASH]) == 3
        later = two.imports.run(write_csv(tmp_path / "tiga.csv", [["Nama", "Instansi"], ["Peserta Tiga", "CV Tiga"]]))
        assert (
            later.lines[0].code.split("-")[0] != kept.lines[0].code.split("-")[0]
        )  # the desk that came later, another tag
    finally:
        one.close()
        two.close()
    for path in (files["A"], files["B"]):
        assert scalar(path, "SELECT count(*) - count(DISTINCT code) FROM attendees") == 0
        assert check_event_file(path) == []


def test_a_sector_of_the_same_name_made_on_two_desks_stays_two_rows_and_is_listed(desks, files):
    desks["A"].settings.add_sector("Ekonomi Digital")
    desks["B"].settings.add_sector("Ekonomi Digital")

    into_a, _ = _merge_both_ways(desks, files)

    assert [s.name for s in desks["A"].settings.sectors()].count("Ekonomi Digital") == 2
    assert [f.kind for f in into_a.findings] == [FindingKind.SAME_NAME]
    assert contents(files["A"]) == contents(files["B"])


def test_a_party_removed_on_one_desk_is_gone_everywhere(desks, files):
    agreement = desks["A"].agreements.list()[0]
    party = agreement.parties[1]
    agreements.remove_party(desks["A"].file, party.id, reason="salah pihak")
    agreements.update_party(desks["B"].file, party.id, {"signatory_title": "Ketua"})

    _merge_both_ways(desks, files)

    assert [len(desks[letter].agreements.get(agreement.id).parties) for letter in "AB"] == [1, 1]
    assert contents(files["A"]) == contents(files["B"])
    assert check_event_file(files["B"]) == []


def test_a_preview_says_what_the_merge_would_bring_and_writes_nothing(desks, files):
    desks["B"].attendees.register("Joko Walk-in", "buyer")
    desks["B"].attendees.check_in(desks["B"].attendees.list()[1].code)
    held = contents(files["A"])

    preview = desks["A"].merges.merge(files["B"], preview=True)

    assert contents(files["A"]) == held
    assert scalar(files["A"], "SELECT count(*) FROM merge_log") == 0
    merged = desks["A"].merges.merge(files["B"])
    assert (preview.preview, merged.preview) == (True, False)
    assert (
        preview.change_lines() == merged.change_lines() == [("Check-in", 1), ("Meja tercatat", 1), ("Peserta baru", 1)]
    )
    assert (preview.before.attendees_registered, preview.after.attendees_registered) == (4, 5)


def test_a_file_of_another_event_is_refused_and_nothing_is_written(desks, files, tmp_path):
    other = create_event(tmp_path / "lain.eventdesk", OFFICE)
    other.close()
    held = contents(files["A"])

    with pytest.raises(MergeRefused, match="acara lain"):
        desks["A"].merges.merge(tmp_path / "lain.eventdesk")
    assert contents(files["A"]) == held


def test_a_desk_identity_used_on_two_laptops_is_refused_as_a_forked_history(prepared, tmp_path, monkeypatch):
    first = open_desk(copy_to(prepared, tmp_path / "laptop-1.eventdesk"), A)
    monkeypatch.setenv(
        "EVENTDESK_HOME", str(tmp_path / "laptop-2-home")
    )  # a laptop whose settings were copied from the first
    second = open_desk(copy_to(prepared, tmp_path / "laptop-2.eventdesk"), A)
    try:
        first.attendees.register("Sari", "seller")
        second.attendees.register("Joko", "buyer")
        with pytest.raises(MergeRefused, match="bercabang"):
            first.merges.merge(second.path)
    finally:
        first.close()
        second.close()


def test_two_copies_written_on_one_laptop_as_one_desk_never_fork_and_merge_both_ways(prepared, tmp_path):
    desktop = open_desk(copy_to(prepared, tmp_path / "desktop.eventdesk"), A)
    downloads = open_desk(copy_to(prepared, tmp_path / "downloads.eventdesk"), A)
    try:
        desktop.attendees.register("Sari", "seller")
        downloads.attendees.register(
            "Joko", "buyer"
        )  # the second copy is behind what desk A wrote: it gets its own identity
        assert downloads.actor.desk_id != A.desk_id and downloads.actor.desk_label == "Meja A (salinan)"
        assert desktop.actor == A
        assert "Meja A (salinan)" in downloads.copy_notice and desktop.copy_notice is None

        desktop.merges.merge(downloads.path)
        downloads.merges.merge(desktop.path)
        names = {a.full_name for a in desktop.attendees.list()}
        assert {"Sari", "Joko"} <= names and names == {a.full_name for a in downloads.attendees.list()}
    finally:
        desktop.close()
        downloads.close()
    assert contents(tmp_path / "desktop.eventdesk") == contents(tmp_path / "downloads.eventdesk")
    assert check_event_file(tmp_path / "desktop.eventdesk") == []

    again = open_desk(tmp_path / "downloads.eventdesk", A)  # opened again: the copy keeps the identity it was given
    try:
        assert again.actor.desk_label == "Meja A (salinan)" and again.copy_notice is None
    finally:
        again.close()


def test_an_audit_entry_edited_in_the_other_file_is_refused_and_nothing_is_written(desks, files):
    desks["B"].attendees.register("Joko Walk-in", "buyer")
    desks["B"].close()
    tamper(files["B"], "UPDATE audit_log SET operator = 'Orang Lain' WHERE desk_id = ? AND seq = 2", (B.desk_id,))
    held = sha256(files["A"]), contents(files["A"])

    with pytest.raises(MergeRefused, match="diubah di luar EventDesk"):
        desks["A"].merges.merge(files["B"])
    assert contents(files["A"]) == held[1]


def test_a_file_merged_with_itself_or_a_missing_or_foreign_file_is_refused(desks, files, tmp_path):
    with pytest.raises(MergeRefused):
        desks["A"].merges.merge(files["A"])
    with pytest.raises(EventFileError, match="tidak ditemukan"):
        desks["A"].merges.merge(tmp_path / "tidak-ada.eventdesk")
    text = tmp_path / "catatan.eventdesk"
    text.write_text("bukan berkas acara", encoding="utf-8")
    with pytest.raises(EventFileError):
        desks["A"].merges.merge(text)


def test_the_merge_log_remembers_when_each_other_desk_was_last_merged(desks, files):
    desks["A"].merges.merge(files["B"])
    desks["A"].merges.merge(files["B"])

    rows = query(files["A"], "SELECT source_label, entries, new_at IS NOT NULL FROM merge_log ORDER BY source_label")
    assert rows == [("Kantor Panitia", 0, 0), ("Meja B", 1, 1)]


def test_every_document_says_how_many_desks_its_figures_include(desks, files):
    assert (
        desks["A"]
        .document_info("Ringkasan")
        .coverage_text()
        .startswith("Data dari 2 meja: Meja A (meja ini) · Kantor Panitia data s.d. ")
    )
    desks["A"].merges.merge(files["B"])
    info = desks["A"].document_info("Ringkasan")
    assert info.coverage.count == 3
    assert "Meja B digabung" in info.coverage_text()


def test_a_desk_running_the_previous_schema_can_still_be_merged(desks, files):
    desks["B"].attendees.register("Joko Walk-in", "buyer")
    desks["B"].close()
    tamper(files["B"], "DROP TABLE merge_log")  # what a file of the version before desks merged looks like
    tamper(files["B"], "PRAGMA user_version = 1")

    into_a = desks["A"].merges.merge(files["B"])

    assert dict(into_a.change_lines())["Peserta baru"] == 1
    assert check_event_file(files["A"]) == []


def test_rows_that_point_at_rows_neither_file_has_are_refused_and_nothing_is_written(desks, files):
    session = desks["B"]
    new = session.organisations.add("PT Baru Sekali", "company")
    session.attendees.register("Rudi Baru", "buyer", organisation_id=new.id)
    session.close()
    # The organisation's insert taken out of B's chain and the rest relinked: only a forger could do this.
    held = contents(files["A"])
    desk_b = B.desk_id
    rows = query(files["B"], "SELECT seq, table_name FROM audit_log WHERE desk_id = ? ORDER BY seq", (desk_b,))
    assert [table for _, table in rows][-2:] == ["organisations", "attendees"]
    conn = sqlite3.connect(files["B"])
    columns = [c[1] for c in conn.execute("PRAGMA table_info(audit_log)")]
    raw = [
        dict(zip(columns, r, strict=True))
        for r in conn.execute("SELECT * FROM audit_log WHERE desk_id = ? ORDER BY seq", (desk_b,))
    ]
    organisation_seq = rows[-2][0]
    conn.execute("DELETE FROM audit_log WHERE desk_id = ? AND seq >= ?", (desk_b, organisation_seq))
    attendee = dict(raw[-1], seq=organisation_seq, prev_hash=raw[-3]["hash"])
    attendee["hash"] = audit.content_hash(attendee)
    conn.execute(
        f"INSERT INTO audit_log ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [attendee[c] for c in columns],
    )
    conn.commit()
    conn.close()

    with pytest.raises(MergeRefused, match="tidak ada di kedua berkas"):
        desks["A"].merges.merge(files["B"])
    assert contents(files["A"]) == held


def test_the_same_person_registered_on_two_desks_stays_twice_and_is_listed_for_review(desks, files):
    desks["A"].attendees.register("Joko Santoso", "buyer", phone="0812-7777-1234")
    desks["B"].attendees.register("Joko S.", "buyer", phone="+62 812 7777 1234")

    into_a, _ = _merge_both_ways(desks, files)

    assert [f.kind for f in into_a.findings] == [FindingKind.SAME_PERSON]
    [row] = desks["B"].merges.conflicts(only_to_review=True)
    assert (row.fields, row.kept_value, row.other_value, row.choosable) == (
        "Telepon",
        "+6281277771234",
        "+6281277771234",
        False,
    )
    desks["B"].merges.keep(row.key)
    assert desks["B"].merges.conflicts(only_to_review=True) == []
    assert desks["A"].figures.event_figures().attendees_registered == 6
