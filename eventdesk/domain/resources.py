"""Where the files shipped with EventDesk (fonts, translations, samples) live."""

import sys
from pathlib import Path

# Beside the package in a checkout; in a frozen build (PyInstaller), in the folder it unpacked to.
RESOURCES_DIR = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2])) / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SAMPLES_DIR = RESOURCES_DIR / "samples"
ICONS_DIR = RESOURCES_DIR / "icons"
REGIONS_DIR = RESOURCES_DIR / "regions"
APP_ICON = ICONS_DIR / "eventdesk.png"
