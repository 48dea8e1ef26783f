"""The check-in's three sounds: staff look at the person in front of them, not at the screen.

Welcome rises (come in), already-checked-in repeats one note (look up), an unknown
code is low and long (stop). The tones are made here as small WAV files, once, in
the user's data folder: nothing to ship, nothing to license. Played through
QtMultimedia; a laptop without an audio system (or with the sounds switched off in
Pengaturan meja) stays silent and the colours still say it all.
"""

from __future__ import annotations

import io
import logging
import math
import struct
import wave
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from eventdesk.files import paths
from eventdesk.files.atomic_files import write_bytes_atomically
from eventdesk.files.user_config import UserConfig

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

RATE = 22050  # samples per second: plenty for beeps, small files
FADE_MS = 6  # in and out of every tone, so it does not click
VOLUME = 0.6


class Cue(Enum):
    WELCOME = "welcome"
    ALREADY = "already"
    UNKNOWN = "unknown"


# (frequency in Hz, length in ms) in order; 0 Hz is a pause.
TONES: dict[Cue, tuple[tuple[int, int], ...]] = {
    Cue.WELCOME: ((880, 90), (1320, 140)),
    Cue.ALREADY: ((660, 110), (0, 70), (660, 110)),
    Cue.UNKNOWN: ((196, 450),),
}


def wav_bytes(tones: tuple[tuple[int, int], ...]) -> bytes:
    """A mono 16-bit WAV of the tones, one after the other."""
    samples: list[int] = []
    fade = RATE * FADE_MS // 1000
    for frequency, length_ms in tones:
        count = RATE * length_ms // 1000
        for index in range(count):
            envelope = min(1.0, index / fade, (count - index) / fade) if frequency else 0.0
            value = math.sin(2 * math.pi * frequency * index / RATE) * envelope * VOLUME
            samples.append(round(value * 32767))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


def sound_file(cue: Cue) -> Path:
    """The cue's WAV file, written the first time it is needed."""
    path = paths.sounds_dir() / f"{cue.value}.wav"
    data = wav_bytes(TONES[cue])
    if not path.exists() or path.read_bytes() != data:
        write_bytes_atomically(path, data)
    return path


class CheckInSounds(QObject):
    """Plays a cue unless this desk switched the sounds off; `played` says which, for whoever listens."""

    played = Signal(object)  # the Cue

    def __init__(self, config: UserConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self._effects: dict[Cue, QSoundEffect] | None = None

    def play(self, cue: Cue) -> None:
        if not self.config.sounds:
            return
        self.played.emit(cue)
        if self._effects is None:
            # The first cue of a session: the result on screen first, the sounds made just after it (QtMultimedia's
            # start and three tones take about 70 ms of the window's thread).
            QTimer.singleShot(0, lambda: self._start(cue))
        else:
            self._start(cue)

    @property
    def loaded(self) -> bool:
        """Whether the sound effects are made (or found impossible on this laptop)."""
        return self._effects is not None

    def prepare(self) -> None:
        """Make the sound effects now, before the first scan: when Check-in comes in sight."""
        if self.config.sounds:
            self._load()

    def _start(self, cue: Cue) -> None:
        effects = self._load()
        if cue in effects:
            effects[cue].play()

    def _load(self) -> dict[Cue, Any]:
        """The three sound effects, made with the first cue (QtMultimedia may be missing its audio libraries)."""
        if self._effects is None:
            self._effects = {}
            try:
                from PySide6.QtMultimedia import QSoundEffect

                for cue in Cue:
                    effect = QSoundEffect(self)
                    effect.setSource(QUrl.fromLocalFile(str(sound_file(cue))))
                    self._effects[cue] = effect
            except (ImportError, OSError) as error:
                log.info("no check-in sounds on this laptop: %s", error)
        return self._effects
