"""Keep the translation catalogue (resources/translations/eventdesk_<lang>.ts) in step with the code.

Source strings are Indonesian, written in the code inside tr("…"), self.tr("…"),
tr_noop("…") or QCoreApplication.translate(context, "…").

    python tools/translations.py update [--lang en]    add new strings (unfinished), drop vanished ones
    python tools/translations.py missing [--lang en]   list strings without a translation; exit 1 if any
    python tools/translations.py export [--lang en]    missing strings as TSV (source<TAB>translation) on stdout
    python tools/translations.py import FILE [--lang en]  take translations from such a TSV file

The .ts files are Qt Linguist files; translators may also edit them with pyside6-linguist.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "eventdesk"
CONTEXT = "EventDesk"


def catalog_path(lang: str) -> Path:
    return ROOT / "resources" / "translations" / f"eventdesk_{lang}.ts"


def source_strings() -> list[str]:
    """Every translatable string in the package, in first-seen order."""
    seen: dict[str, None] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            position = {"tr": 0, "tr_noop": 0, "translate": 1}.get(name or "")
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str) and argument.value:
                seen.setdefault(argument.value, None)
    return list(seen)


def read(lang: str) -> dict[str, str]:
    path = catalog_path(lang)
    if not path.exists():
        return {}
    found = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source and translation is not None and translation.text and translation.get("type") != "unfinished":
            found[source] = translation.text
    return found


def write(lang: str, sources: list[str], translations: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="id")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(sources, key=str.casefold):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in translations:
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    path = catalog_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def missing(lang: str) -> list[str]:
    translations = read(lang)
    return [source for source in source_strings() if source not in translations]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["update", "missing", "export", "import"])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    if args.command == "update":
        write(args.lang, source_strings(), read(args.lang))
        print(f"{catalog_path(args.lang)}: {len(missing(args.lang))} strings untranslated")
        return 0
    if args.command == "missing":
        lacking = missing(args.lang)
        for source in lacking:
            print(source)
        return 1 if lacking else 0
    if args.command == "export":
        for source in missing(args.lang):
            print(source.replace("\n", "\\n") + "\t")
        return 0
    if args.file is None:
        parser.error("import needs a TSV file")
    translations = read(args.lang)
    for line in args.file.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        source, translation = line.split("\t", 1)
        source, translation = source.replace("\\n", "\n"), translation.rstrip("\r").replace("\\n", "\n")
        if translation.strip():
            translations[source] = translation
    write(args.lang, source_strings(), translations)
    print(f"{catalog_path(args.lang)}: {len(missing(args.lang))} strings untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
