"""Generates the compact code-list resources in resources/codelists/ from the official eForms SDK files."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "corpus" / "codelists"
OUT_DIR = ROOT / "resources" / "codelists"

# Our label columns: ISO 639-3 keys as used across the app; SDK translation file suffixes.
SDK_LANGS = {"eng": "en", "fin": "fi", "swe": "sv", "dan": "da"}
LABEL_LANGS = ("eng", "fin", "swe", "dan", "nob")
NUTS_COUNTRIES = ("FI", "SE", "NO", "DK", "EE", "LV", "LT", "IS")
SMALL_LISTS = ("procurement-procedure-type", "notice-type", "form-type", "contract-nature", "notice-subtype")
NOTICE_COUNTRIES = ("FIN", "SWE", "NOR", "DNK", "EST", "LVA", "LTU", "ISL")


def read_properties(path: Path) -> dict[str, str]:
    """Reads a Java-properties XML translation file of the SDK into key -> label."""
    return {e.get("key", ""): (e.text or "") for e in ET.parse(path).getroot().iter("entry")}


def read_genericode(path: Path) -> dict[str, dict[str, str]]:
    """Reads an OASIS genericode file into code -> {lang: label} for our languages."""
    out: dict[str, dict[str, str]] = {}
    for row in ET.parse(path).getroot().iter("Row"):
        values = {v.get("ColumnRef"): (v.findtext("SimpleValue") or "").strip() for v in row.findall("Value")}
        out[values["code"]] = {lang: values.get(f"{lang}_label", "") for lang in SDK_LANGS}
    return out


def read_norwegian(path: Path) -> dict[str, str]:
    """Reads the Bokmål labels of the Norwegian SDK edition (YAML keyed by code or translation key)."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader)
    return {str(key): (entry.get("nob") or "") for key, entry in data.items() if isinstance(entry, dict)}


def build_cpv(source: Path, properties: dict[str, dict[str, str]]) -> list[list[str]]:
    norwegian = read_norwegian(source / "eforms-sdk-nor" / "src" / "codelists" / "cpv.yaml")
    prefix = "code|name|cpv."
    codes = sorted(key[len(prefix) :] for key in properties["eng"] if key.startswith(prefix))
    rows = []
    for code in codes:
        key = prefix + code
        rows.append([code, *(properties[lang].get(key, "") for lang in SDK_LANGS), norwegian.get(code, "")])
    return rows


def build_nuts(properties: dict[str, dict[str, str]]) -> list[list[str]]:
    prefix = "code|name|nuts."
    rows = []
    for key, label in sorted(properties["eng"].items()):
        if key.startswith(prefix) and key[len(prefix) : len(prefix) + 2] in NUTS_COUNTRIES:
            rows.append([key[len(prefix) :], label])
    return rows


def build_small_lists(source: Path, norwegian: dict[str, str]) -> dict[str, dict[str, dict[str, str]]]:
    sdk = source / "eforms-sdk-1.15.1" / "codelists"
    lists: dict[str, dict[str, dict[str, str]]] = {}
    for name in SMALL_LISTS:
        entries = read_genericode(sdk / f"{name}.gc")
        for code, labels in entries.items():
            labels["nob"] = norwegian.get(f"code|name|{name}.{code}", "")
        lists[name] = entries
    countries = read_genericode(sdk / "country.gc")
    lists["country"] = {code: countries[code] for code in NOTICE_COUNTRIES}
    for code, labels in lists["country"].items():
        labels["nob"] = norwegian.get(f"code|name|country.{code}", "")
    return lists


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="the corpus/codelists folder")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    translations = args.source / "eforms-sdk-1.15.1" / "translations"
    properties = {lang: read_properties(translations / f"code_{suffix}.xml") for lang, suffix in SDK_LANGS.items()}
    norwegian_codes = read_norwegian(args.source / "eforms-sdk-nor" / "src" / "translations" / "code.yaml")
    args.out.mkdir(parents=True, exist_ok=True)
    cpv = build_cpv(args.source, properties)
    write_tsv(args.out / "cpv.tsv", ["code", *LABEL_LANGS], cpv)
    nuts = build_nuts(properties)
    write_tsv(args.out / "nuts.tsv", ["code", "label"], nuts)
    small = build_small_lists(args.source, norwegian_codes)
    (args.out / "codes.json").write_text(json.dumps(small, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    print(f"cpv: {len(cpv)} codes, nuts: {len(nuts)} regions, lists: {', '.join(small)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
