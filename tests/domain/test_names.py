"""Names compared as the same person: titles, degrees, case, accents and word order set aside."""

import pytest

from eventdesk.domain.names import NameIndex, comparable_name, signatory_rank, similar_names


@pytest.mark.parametrize(
    ("typed", "bare"),
    [
        ("Ir. Bambang Sutrisno, M.T.", "bambang sutrisno"),
        ("Dr. H. Ahmad Fauzi Rachman, M.Si.", "ahmad fauzi rachman"),
        ("Hj. Siti Aminah S.E. M.M.", "siti aminah"),
        ("Drs. H. Sutrisno Wicaksono, M.M.", "sutrisno wicaksono"),
        ("Budi Santoso SE", "budi santoso"),
        ("Prof. Dr. Ir. Rahmawati", "rahmawati"),
        ("Fransiskus X. O'Neil", "fransiskus x oneil"),
        ("José Müller Santoso", "jose muller santoso"),
        ("  BUDI   santoso ", "budi santoso"),
    ],
)
def test_comparable_name_drops_honorifics_degrees_case_and_accents(typed, bare):
    assert comparable_name(typed) == bare


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Ir. Bambang Sutrisno, M.T.", "Bambang Sutrisno", True),
        ("Budi Santoso", "Budi Santosa", True),  # a typo
        ("Santoso Budi", "Budi Santoso", True),  # word order
        ("Hj. Lilis Suryani, S.E.", "lilis suryani", True),
        ("Sri Rahayu", "Siti Rahayu", False),
        ("Agus Santoso", "Agus Susanto", False),
        ("Peserta 12", "Peserta 13", False),  # numbered differently: two people
        ("Budi", "", False),
        # Spellings of before 1972, still kept in many names: oe/u, dj/j, tj/c, j/y, ch/kh.
        ("Agoes Hidajat", "Agus Hidayat", True),
        ("Djoko Tjahjono", "Joko Cahyono", True),
        ("Ir. Soekarno Djojohadikoesoemo", "Sukarno Joyohadikusumo", True),
        ("Achmad Chairul", "Akhmad Khairul", True),
        ("Agoes Hidajat", "Agus Susanto", False),
    ],
)
def test_near_identical_names_are_the_same_person_and_others_are_not(first, second, same):
    assert similar_names(first, second) is same


def test_the_name_index_finds_a_near_identical_name_only_in_the_same_organisation():
    index = NameIndex()
    index.add("org-a", "Dr. Bambang Sutrisno", "first")
    index.add("org-b", "Lilis Suryani", "second")
    index.add("", "Agus Hidayat", "third")  # no organisation: compared with others without one
    assert index.find("org-a", "Bambang Sutrisno, M.T.") == "first"
    assert index.find("org-b", "Bambang Sutrisno") is None
    assert index.find("org-a", "Lilis Suryani") is None
    assert index.find("", "agus hidayat") == "third"
    assert index.find(None, "Agus Hidayat") is None
    index.add("org-c", "Djoko Tjahjono", "fourth")
    assert index.find("org-c", "Joko Cahyono") == "fourth"  # found although the first letters differ


def test_a_signatorys_exact_name_at_the_partys_organisation_comes_first():
    names = [
        ("Dr. H. Akhmad Yusran Hasanuddin", False),  # the Governor, whose name contains what is typed
        ("Yusran Hasanuddin, S.E.", False),  # the same name at another organisation
        ("Rahmat Yusran", True),  # the party's own, another name
        ("Yusran Hasanuddin", True),
    ]
    ranked = sorted(names, key=lambda entry: signatory_rank("yusran hasanuddin", *entry))
    assert [name for name, _ in ranked] == [
        "Yusran Hasanuddin",
        "Yusran Hasanuddin, S.E.",
        "Rahmat Yusran",
        "Dr. H. Akhmad Yusran Hasanuddin",
    ]
