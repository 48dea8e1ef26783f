"""Row ids made many at once are the same kind of id as uuid4() makes, and never repeat."""

import uuid

from eventdesk.store.ids import new_id, new_ids


def test_ids_are_version_4_uuids_written_as_uuid_writes_them():
    made = [*new_ids(2_000), new_id()]
    for text in made:
        parsed = uuid.UUID(text)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text  # lower case, 8-4-4-4-12


def test_every_variant_nibble_and_every_digit_turn_up():
    made = new_ids(2_000)
    assert {text[19] for text in made} == set("89ab")
    assert set("".join(text[24:] for text in made)) == set("0123456789abcdef")


def test_ids_do_not_repeat_and_the_count_is_kept():
    made = new_ids(20_000)
    assert len(made) == len(set(made)) == 20_000
    assert new_ids(0) == []
