"""Before Qt starts: can the window be shown at all? If not, say why in EventDesk's words, not Qt's.

Without a usable platform plugin Qt prints "This application failed to start because no Qt platform
plugin could be initialized. Reinstalling the application may fix this problem." and aborts the
process. On Linux the usual cause is a system library the xcb plugin needs (PySide6 6.5 and later
need libxcb-cursor0, and a bare desktop may lack libxcb-icccm4 or libxcb-keysyms1), or no display.
This module finds which, without loading Qt's plugin, so the message can name the packages to install.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from eventdesk.domain.i18n import tr

# The libraries Qt's xcb plugin loads that a desktop may lack: (Debian/Ubuntu, Fedora, Arch) packages.
PACKAGES_OF_LIBRARY = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "dbus"),
}
_PLATFORMS_WITHOUT_DISPLAY = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


@dataclass
class PlatformProblem:
    """Why the window cannot start, and what to install."""

    message: str
    missing_libraries: list[str] = field(default_factory=list)


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries `plugin` needs that the system cannot find (from `ldd`), in first-seen order."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return libraries_not_found(output)


def libraries_not_found(ldd_output: str) -> list[str]:
    """The `… => not found` lines of `ldd`, each library once, in first-seen order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def install_advice(libraries: list[str]) -> str:
    """Which packages to install for `libraries`, on Debian/Ubuntu and on Fedora and Arch."""
    known = [PACKAGES_OF_LIBRARY[name] for name in libraries if name in PACKAGES_OF_LIBRARY]
    unknown = [name for name in libraries if name not in PACKAGES_OF_LIBRARY]
    lines = []
    if known:
        debian, fedora, arch = (sorted({packages[n] for packages in known}) for n in range(3))
        lines.append(tr("Debian/Ubuntu: sudo apt-get install {packages}").format(packages=" ".join(debian)))
        lines.append(tr("Fedora: sudo dnf install {packages}").format(packages=" ".join(fedora)))
        lines.append(tr("Arch: sudo pacman -S {packages}").format(packages=" ".join(arch)))
    if unknown:
        lines.append(tr("Cari paket yang memuat: {libraries}").format(libraries=", ".join(unknown)))
    return "\n".join(lines)


def _local_display_socket(display: str) -> Path | None:
    """The socket of a local X display such as ':0' or ':81.0'; None for a remote one."""
    match = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    return Path(f"/tmp/.X11-unix/X{match.group(1)}") if match else None


def platform_problem(
    environ: dict[str, str] | None = None,
    *,
    system: str | None = None,
    find_missing=missing_libraries,
    plugin: Path | None = None,
) -> PlatformProblem | None:
    """Why Qt could not show a window here, or None when it can (or when only Qt itself can tell)."""
    environ = dict(os.environ if environ is None else environ)
    system = system or sys.platform
    if not system.startswith("linux"):
        return None  # Windows and macOS ship their platform plugin with every Qt application
    requested = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if requested.startswith(_PLATFORMS_WITHOUT_DISPLAY):
        return None
    if requested.startswith("wayland") or (
        not requested and environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY")
    ):
        return None  # a Wayland session: Qt's wayland plugin needs none of the xcb libraries
    display = environ.get("DISPLAY", "")
    if not display:
        return PlatformProblem(
            tr(
                "EventDesk tidak bisa membuka jendela: tidak ada layar (DISPLAY kosong). Jalankan dari desktop, "
                "atau pakai perintah baris 'eventdesk' untuk bekerja tanpa jendela."
            )
        )
    socket = _local_display_socket(display)
    if socket is not None and not socket.exists():
        return PlatformProblem(
            tr(
                "EventDesk tidak bisa membuka jendela: layar X '{display}' tidak ada (server X tidak berjalan?)."
            ).format(display=display)
        )
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    missing = find_missing(plugin)
    if not missing:
        return None
    return PlatformProblem(
        tr(
            "EventDesk tidak bisa membuka jendela: pustaka sistem yang dibutuhkan Qt untuk layar X11 belum terpasang: "
            "{libraries}. Pasang paketnya, lalu jalankan lagi:\n{advice}"
        ).format(libraries=", ".join(missing), advice=install_advice(missing)),
        missing_libraries=missing,
    )
