"""Where the files shipped with EventDesk (fonts, translations, samples) live."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SAMPLES_DIR = RESOURCES_DIR / "samples"
ICONS_DIR = RESOURCES_DIR / "icons"
