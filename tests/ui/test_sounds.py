"""The check-in's sound files: three different cues, each as long as its tones, written once."""

import wave

from eventdesk.files.user_config import UserConfig
from eventdesk.ui.sounds import RATE, TONES, CheckInSounds, Cue, sound_file


def test_each_cue_is_a_wav_of_its_own_tones_and_no_two_sound_alike():
    heard = {}
    for cue in Cue:
        path = sound_file(cue)
        with wave.open(str(path), "rb") as sound:
            assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, RATE)
            length_ms = sound.getnframes() * 1000 / RATE
            heard[cue] = sound.readframes(sound.getnframes())
        assert abs(length_ms - sum(ms for _, ms in TONES[cue])) < 1
    assert len(set(heard.values())) == 3
    assert max(abs(int.from_bytes(heard[Cue.WELCOME][i : i + 2], "little", signed=True)) for i in range(0, 4000, 2)) > 0


def test_a_damaged_sound_file_is_written_again():
    path = sound_file(Cue.UNKNOWN)
    path.write_bytes(b"not a wav")
    assert sound_file(Cue.UNKNOWN).read_bytes()[:4] == b"RIFF"


def test_the_first_cue_is_said_at_once_and_its_sounds_made_just_after(qtbot):
    """The result of the first scan is on screen before QtMultimedia starts (70 ms of the window's thread)."""
    sounds = CheckInSounds(UserConfig(desk_id="d1"))
    heard = []
    sounds.played.connect(heard.append)
    sounds.play(Cue.WELCOME)
    assert heard == [Cue.WELCOME] and not sounds.loaded
    qtbot.waitUntil(lambda: sounds.loaded, timeout=5000)


def test_a_desk_with_its_sounds_off_makes_none(qtbot):
    config = UserConfig(desk_id="d1")
    config.sounds = False
    sounds = CheckInSounds(config)
    sounds.prepare()
    sounds.play(Cue.WELCOME)
    qtbot.wait(50)
    assert not sounds.loaded
