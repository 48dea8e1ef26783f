"""PySide6's look at each module imported after it, made cheap.

For its `from __feature__ import …` switches (PYSIDE-2029), PySide6 asks of every module imported after it
whether its source mentions "PySide6", and reads the source through `inspect.getsource` to find out: 0.2 ms
a module, 29 ms over the 150 modules between the window's first paint and Check-in's first scan. The same
question is answered here from the file's bytes (0.02 ms). A module without a `.py` file (a frozen build's
`.pyc`, an extension) still goes to PySide6's own check, and a PySide6 without that check is left alone.
"""

from __future__ import annotations

import sys
from types import ModuleType


def read_sources_quickly() -> None:
    """Put the quick check in place of PySide6's (once; later calls change nothing)."""
    import shiboken6  # noqa: F401 (it sets up shibokensupport, whose feature module holds the check)

    feature = sys.modules.get("shibokensupport.feature")
    pyside_check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or pyside_check is None or getattr(pyside_check, "reads_bytes", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(pyside_check(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature.__dict__["_mod_uses_pyside"] = uses_pyside
