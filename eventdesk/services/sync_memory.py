"""What a desk's sync rounds remember from one to the next, and how often they run.

Apart from services/sync.py, so that the window can set up its sync timer without loading the sync machinery
(which the first round loads on its worker).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

SYNC_INTERVAL_SECONDS = 60


@dataclass
class SyncMemory:
    """What earlier rounds did, so an unchanged full copy is not read again and a stray is reported once."""

    seen: dict[str, tuple[int, int]] = field(default_factory=dict)  # full copy read → (mtime, size)
    merged_at: dict[str, datetime] = field(default_factory=dict)  # other desk id → last brought up to date (this run)
    warned: set[str] = field(default_factory=set)  # names already reported as strays or conflict copies
    verified: set[str] = field(default_factory=set)  # this desk's own segments found to end as its file does
    full_copy_requested: bool = False  # the next round writes this desk's full copy whatever its age
