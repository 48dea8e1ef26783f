"""docs/ARCHITECTURE.md stays true: every module and file it names exists, and README points to it."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ARCHITECTURE.md"
NAMED = re.compile(r"`([\w./]+\.(?:py|spec|md))`")


def _exists(name: str) -> bool:
    """A path from the repository or from eventdesk/; a bare file name (`audit.py` in the store's row) in any
    package."""
    if "/" not in name:
        return (ROOT / name).exists() or any(ROOT.glob(f"eventdesk/**/{name}"))
    return any((base / name).exists() for base in (ROOT, ROOT / "eventdesk"))


def test_every_module_the_architecture_names_exists():
    named = set(NAMED.findall(DOC.read_text(encoding="utf-8")))
    assert len(named) > 30
    assert sorted(name for name in named if not _exists(name)) == []


def test_readme_points_to_the_architecture_and_nothing_outside_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/ARCHITECTURE.md" in readme
    assert "../shared" not in readme
