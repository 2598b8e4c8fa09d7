"""Moves translations between Qt .ts files and plain JSON, for translators who work outside Qt Linguist.

    python tools/ts_tool.py export resources/translations/tender_helper_fi.ts todo.json   # unfinished only
    python tools/ts_tool.py import resources/translations/tender_helper_fi.ts done.json
    python tools/ts_tool.py check resources/translations/*.ts                            # exit 1 if incomplete

The JSON maps context -> source text -> translation.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(tree: ET.ElementTree[ET.Element]) -> list[tuple[str, ET.Element]]:
    root = tree.getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def export_unfinished(ts_path: Path, json_path: Path, everything: bool = False) -> int:
    todo: dict[str, dict[str, str]] = {}
    for context, message in _messages(ET.parse(ts_path)):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        if everything or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            todo.setdefault(context, {})[message.findtext("source") or ""] = translation.text or ""
    json_path.write_text(json.dumps(todo, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return sum(len(entries) for entries in todo.values())


def import_translations(ts_path: Path, json_path: Path) -> int:
    done: dict[str, dict[str, str]] = json.loads(json_path.read_text(encoding="utf-8"))
    tree = ET.parse(ts_path)
    filled = 0
    for context, message in _messages(tree):
        text = done.get(context, {}).get(message.findtext("source") or "")
        translation = message.find("translation")
        if text and translation is not None:
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


def problems(ts_path: Path) -> list[str]:
    """Unfinished or empty translations, and translations whose {placeholders} differ from the source."""
    found = []
    for context, message in _messages(ET.parse(ts_path)):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        text = translation.text or ""
        if translation.get("type") == "unfinished" or not text.strip():
            found.append(f"{ts_path.name}: [{context}] not translated: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            found.append(f"{ts_path.name}: [{context}] placeholders differ: {source!r} -> {text!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export")
    export.add_argument("ts", type=Path)
    export.add_argument("json", type=Path)
    export.add_argument("--all", action="store_true", help="also the finished ones, for review")
    importer = commands.add_parser("import")
    importer.add_argument("ts", type=Path)
    importer.add_argument("json", type=Path)
    check = commands.add_parser("check")
    check.add_argument("ts", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "export":
        print(f"{export_unfinished(args.ts, args.json, args.all)} messages written to {args.json}")
    elif args.command == "import":
        print(f"{import_translations(args.ts, args.json)} translations filled in {args.ts}")
    else:
        found = [problem for path in args.ts for problem in problems(path)]
        print("\n".join(found) if found else "all translations complete")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
