"""Several desks through the command line, as they will be checked: copies of one event file, one
EVENTDESK_HOME per desk, each importing its own delegation's registration list, checking in,
booking and voiding different things, then merged in different orders. Every file must end with
the same totals and counts, and pass `check`. Desks a and c both import one more list with the
same people: after merging both rows of each person exist, listed for review, never joined."""

import re
import shutil

import pytest

from eventdesk.services.integrity import check_event_file
from eventdesk.services.session import open_session
from eventdesk.store import desks as desk_store
from tests.cli.test_cli import assert_one_line_error, eventdesk
from tests.desks import OFFICE, contents
from tests.lists import write_csv, write_xlsx
from tests.outside import booked_total, query, scalar

BOOKINGS = {
    "a": ("PT Samudra Biru Mandiri", "PT Borneo Segar Lestari", "Perikanan", "1,5 M"),
    "b": ("Kopi Lereng Arjuno", "CV Teluk Balikpapan Jaya", "Pengolahan Hasil Bumi", "250 jt"),
    "c": ("PT Kutai Sawit Lestari", "PT Bromo Agro Industri", "Pengolahan Hasil Bumi", "2 M"),
}


HEADER = ["No", "Nama Lengkap", "Instansi", "Jabatan", "Provinsi", "No. HP", "Email", "Kategori"]
LISTS = {  # each desk's own delegation list: (file name, rows); .csv lists come from Indonesian Excel (`;`)
    "a": (
        "delegasi-jatim.xlsx",
        [
            ["DAFTAR PESERTA DELEGASI JAWA TIMUR"],
            [],
            HEADER,
            [
                1,
                "Hj. Ratna Dewi, S.E.",
                "CV Batik Tulis Madura",
                "Pemilik",
                "Jatim",
                "0857-3100-0001",
                "ratna@batikmadura.id",
                "Penjual",
            ],
            [
                2,
                "Agus Salim",
                "PT Garam Segara",
                "Direktur",
                "Jawa Timur",
                85731000002,
                "agus@garamsegara.co.id",
                "Penjual",
            ],
            [3, "Yohanes Tanoto", "Koperasi Tani Ijen", "Ketua", "JATIM", "+62 857 3100 0003", "", "Pembeli"],
            [
                4,
                "Siti Maryam",
                "Dinas Koperasi dan UKM Prov. Jatim",
                "Kepala Bidang",
                "Jawa Timur",
                "0857-3100-0004",
                "siti@jatimprov.go.id",
                "Pemerintah",
            ],
            [None, "Jumlah peserta: 4 orang"],
        ],
    ),
    "b": (
        "delegasi-kaltim.csv",
        [
            ["Nama", "Instansi", "Asal Daerah", "No HP / WA", "Kategori"],
            ["Muhammad Rizal", "UMKM Amplang Etam", "Kaltim", "0857-3200-0001", "Penjual"],
            ["Dayang Aisyah", "PT Kayu Mahakam", "Kal-Tim", "0857-3200-0002", "Pembeli"],
            ["Hendra Gunawan", "CV Lada Kutai", "Kalimantan Timur", "0857-3200-0003", "Investor"],
        ],
    ),
    "c": (
        "investor.xlsx",
        [
            HEADER,
            [
                1,
                "Li Wei 李伟",
                "Sino Borneo Capital",
                "Partner",
                "",
                "+86 138 0013 8000",
                "li.wei@sinoborneo.cn",
                "Investor",
            ],
            [2, "Fransiskus Xaverius", "PT Bromo Agro Industri", "Manajer", "Jatim", "0857-3300-0002", "", "Investor"],
            [
                3,
                "Nur Hidayah",
                "Bank Kaltimtara",
                "Analis",
                "Kaltim",
                "0857-3300-0003",
                "nur@bankkaltimtara.co.id",
                "Investor",
            ],
        ],
    ),
}
SHARED = (
    "tamu-bersama.csv",
    [  # the organisers sent the same VIP list to two desks
        ["Nama", "Instansi", "No. HP", "Email", "Kategori"],
        ["Dr. Ir. Bambang Wijaya, M.T.", "Kadin Kaltim", "0857-3400-0001", "bambang@kadinkaltim.id", "VIP"],
        ["Ayu Lestari", "Kadin Kaltim", "0857-3400-0002", "ayu@kadinkaltim.id", "VIP"],
        ["Rudi Hartono", "PT Bersama Etam", "0857-3400-0003", "", "VIP"],
    ],
)
SHARED_ON = "ac"
IMPORTED = {"a": 4, "b": 3, "c": 3}


def _write_list(folder, name, rows):
    return write_xlsx(folder / name, rows) if name.endswith(".xlsx") else write_csv(folder / name, rows, delimiter=";")


def _import(home, path, source, imported, duplicates=0):
    result = eventdesk(home, "import", "attendees", path, source)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert f"Diimpor: {imported} · Duplikat: {duplicates} · Ditolak: 0" in result.stdout.splitlines(), result.stdout
    return result


@pytest.fixture(scope="module")
def worked_desks(tmp_path_factory):
    """Desks a, b and c on copies of the demo, each having done its own work (files not merged yet)."""
    root = tmp_path_factory.mktemp("desks")
    master = root / "acara.eventdesk"
    assert eventdesk(root / "kantor", "demo", master).returncode == 0
    waiting = [
        code for (code,) in query(master, "SELECT code FROM attendees WHERE checked_in_at IS NULL ORDER BY code")
    ]
    booked = [row_id for (row_id,) in query(master, "SELECT id FROM transactions WHERE status = 'booked' ORDER BY id")]
    for index, name in enumerate("abc"):
        path = root / f"{name}.eventdesk"
        shutil.copyfile(master, path)
        home = root / f"home-{name}"
        buyer, seller, sector, value = BOOKINGS[name]
        assert eventdesk(home, "checkin", path, waiting[index]).returncode == 0
        assert eventdesk(home, "checkin", path, waiting[3]).returncode == 0  # the same person, at every desk
        assert (
            eventdesk(
                home,
                "book",
                path,
                "--buyer",
                buyer,
                "--seller",
                seller,
                "--sector",
                sector,
                "--value",
                value,
                "--kind",
                "trade",
            ).returncode
            == 0
        )
        _import(home, path, _write_list(root, *LISTS[name]), IMPORTED[name])
        if name in SHARED_ON:
            _import(home, path, _write_list(root, *SHARED), len(SHARED[1]) - 1)
    assert eventdesk(root / "home-b", "void", root / "b.eventdesk", booked[0], "--reason", "dobel").returncode == 0
    return root


def _merge(root, into, *others):
    result = eventdesk(
        root / f"home-{into}", "merge", root / f"{into}.eventdesk", *(root / f"{other}.eventdesk" for other in others)
    )
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return result


def _figures(path):
    return (
        booked_total(path),
        scalar(path, "SELECT count(*) FROM transactions WHERE status = 'booked'"),
        scalar(path, "SELECT count(*) FROM transactions WHERE status = 'void'"),
        scalar(path, "SELECT count(*) FROM attendees"),
        scalar(path, "SELECT count(checked_in_at) FROM attendees"),
        scalar(path, "SELECT count(*) FROM agreements WHERE status = 'signed'"),
    )


def test_desks_merged_in_different_orders_end_identical_and_sound(worked_desks, tmp_path):
    first, second = tmp_path / "hub", tmp_path / "chain"
    for folder in (first, second):
        for name in "abc":
            folder.mkdir(exist_ok=True)
            shutil.copyfile(worked_desks / f"{name}.eventdesk", folder / f"{name}.eventdesk")
            shutil.copytree(worked_desks / f"home-{name}", folder / f"home-{name}")

    hub = _merge(first, "a", "b", "c")  # a gathers everything, then b and c take it from a
    _merge(first, "b", "a")
    _merge(first, "c", "a")
    _merge(second, "c", "b")  # the other way round, in a chain
    _merge(second, "a", "c")
    _merge(second, "b", "a")
    _merge(second, "c", "a")

    files = [folder / f"{name}.eventdesk" for folder in (first, second) for name in "abc"]
    expected_total = (
        666_000_000_000
        + 1_500_000_000
        + 250_000_000
        + 2_000_000_000
        - scalar(
            worked_desks / "acara.eventdesk",
            "SELECT value_idr FROM transactions WHERE status = 'booked' ORDER BY id LIMIT 1",
        )
    )
    registered = 157 + sum(IMPORTED.values()) + len(SHARED_ON) * (len(SHARED[1]) - 1)  # the shared list's people twice
    assert {_figures(path) for path in files} == {(expected_total, 66, 2, registered, 135, 9)}
    assert len({repr(contents(path)) for path in files}) == 1
    for path in files[:1] + files[3:4]:
        result = eventdesk(first / "home-a", "check", path)
        assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert [check_event_file(path) for path in files] == [[]] * 6
    assert hub.stdout.count("Transaksi baru: 1") == 2 and "Data dari 4 meja" in hub.stdout
    listed = eventdesk(first / "home-a", "conflicts", first / "a.eventdesk", "--all")
    assert listed.stdout.count("Check-in di dua meja") == 2

    again = _merge(first, "a", "b", "c")
    assert again.stdout.count("tidak ada yang baru") == 2


def _names(rows):
    """The people of a list: the name column under the header row, the footer left out."""
    header = next(row for row in rows if row and row[0] in ("No", "Nama"))
    column = 1 if header[0] == "No" else 0
    return [row[column] for row in rows[rows.index(header) + 1 :] if len(row) > column + 1]


def _shared_people():
    return _names(SHARED[1])


def test_imported_lists_carry_each_desks_clash_proof_code_tag_and_the_shared_list_is_listed_not_joined(
    worked_desks, tmp_path
):
    folder = tmp_path / "hub"
    folder.mkdir()
    for name in "abc":
        shutil.copyfile(worked_desks / f"{name}.eventdesk", folder / f"{name}.eventdesk")
        shutil.copytree(worked_desks / f"home-{name}", folder / f"home-{name}")
    _merge(folder, "a", "b", "c")
    merged = folder / "a.eventdesk"

    session = open_session(merged, OFFICE, read_only=True)
    try:
        tags = desk_store.code_tags(session.file)
    finally:
        session.close()
    people = {name for _, rows in (*LISTS.values(), SHARED) for name in _names(rows)}
    imported = query(
        merged,
        f"SELECT full_name, code, desk_id FROM attendees WHERE full_name IN ({','.join('?' * len(people))})",
        tuple(people),
    )
    assert len(imported) == sum(IMPORTED.values()) + len(SHARED_ON) * len(_shared_people())
    assert len({desk_id for _, _, desk_id in imported}) == 3 and len(set(tags.values())) == len(tags)
    for full_name, code, desk_id in imported:  # the importing desk's tag, as a registration at its form would get
        assert re.fullmatch(rf"{tags[desk_id]}-\d{{4}}", code), (full_name, code)
    assert scalar(merged, "SELECT count(*) - count(DISTINCT code) FROM attendees") == 0

    for person in _shared_people():  # both rows stay, from two desks
        assert len({desk_id for name, _, desk_id in imported if name == person}) == 2
    listed = eventdesk(folder / "home-a", "conflicts", merged)
    assert listed.returncode == 0 and "Traceback" not in listed.stderr
    same_person = [line for line in listed.stdout.splitlines() if line.startswith("Mungkin orang yang sama")]
    assert sorted(next(name for name in _shared_people() if f" {name} (" in line) for line in same_person) == sorted(
        _shared_people()
    )
    assert (
        scalar(merged, "SELECT count(*) FROM organisations WHERE name = 'PT Bersama Etam'") == 2
    )  # made on both desks
    assert eventdesk(folder / "home-a", "check", merged).returncode == 0

    # A desk that has seen both copies adds nobody when the list comes a third time, and stays sound.
    again = _import(folder / "home-b", merged, _write_list(tmp_path, *SHARED), 0, duplicates=len(_shared_people()))
    assert "Traceback" not in again.stderr
    assert eventdesk(folder / "home-a", "check", merged).returncode == 0


def test_merging_a_file_of_another_event_fails_in_one_line_and_changes_nothing(worked_desks, tmp_path):
    other = tmp_path / "lain.eventdesk"
    assert eventdesk(tmp_path / "home", "demo", other).returncode == 0
    target = tmp_path / "a.eventdesk"
    shutil.copyfile(worked_desks / "a.eventdesk", target)
    before = contents(target)

    result = eventdesk(worked_desks / "home-a", "merge", target, other)

    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "acara lain" in result.stderr
    assert contents(target) == before


def test_merge_preview_says_what_it_would_bring_and_writes_nothing(worked_desks, tmp_path):
    target = tmp_path / "a.eventdesk"
    shutil.copyfile(worked_desks / "a.eventdesk", target)
    before = contents(target)

    result = eventdesk(worked_desks / "home-a", "merge", "--preview", target, worked_desks / "b.eventdesk")

    assert (result.returncode, result.stderr) == (0, "")
    assert "akan membawa" in result.stdout and "Transaksi dibatalkan: 1" in result.stdout
    assert contents(target) == before


def test_sync_writes_this_desks_copy_and_merges_the_others(worked_desks, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    for name in "ab":
        shutil.copyfile(worked_desks / f"{name}.eventdesk", tmp_path / f"{name}.eventdesk")
    first = eventdesk(worked_desks / "home-a", "sync", tmp_path / "a.eventdesk", "--folder", folder)
    second = eventdesk(worked_desks / "home-b", "sync", tmp_path / "b.eventdesk", "--folder", folder)

    assert (first.returncode, first.stderr, second.returncode, second.stderr) == (0, "", 0, "")
    assert "Perubahan meja ini ditulis" in first.stdout and "Salinan lengkap meja ini ditulis" in first.stdout
    assert "digabungkan" in second.stdout
    assert booked_total(tmp_path / "b.eventdesk") > booked_total(worked_desks / "b.eventdesk")
    [exchange] = folder.iterdir()
    assert len(list(exchange.glob("*.eventdesk"))) == 2  # a full copy per desk, for a laptop that joins late
    assert len(list(exchange.glob("*/0*.jsonl"))) >= 2  # and each desk's entries as change segments


def test_sync_to_a_missing_folder_fails_in_one_line(worked_desks, tmp_path):
    target = tmp_path / "a.eventdesk"
    shutil.copyfile(worked_desks / "a.eventdesk", target)
    result = eventdesk(worked_desks / "home-a", "sync", target, "--folder", tmp_path / "dicabut")
    assert_one_line_error(result)
    assert "tidak tersedia" in result.stderr
