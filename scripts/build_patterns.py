"""Build the committed pattern files that derive from ../shared/data.

Run from the project root: `python scripts/build_patterns.py [--shared ../shared]`.
Writes patterns/syllables.txt, patterns/abbreviations.txt and patterns/provinces.jsonl; each
starts with (or is described in patterns/README.md by) its origin and licence. A fresh clone uses
the committed output and never needs ../shared.
"""

from __future__ import annotations

import argparse
import csv
import json
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Spellings seen in reports that the plain name does not cover (folded forms are added by code).
EXTRA_ALIASES = {
    "Thành phố Hồ Chí Minh": [
        "Hồ Chí Minh", "TP. Hồ Chí Minh", "TP.HCM", "TP. HCM", "TPHCM", "TP HCM", "Thành phố Hồ Chí Minh", "Sài Gòn",
    ],
    "Thừa Thiên Huế": ["Thừa Thiên - Huế", "Thừa Thiên-Huế", "Huế"],
    "Đắk Lắk": ["Đắc Lắc", "Đắk Lắc", "Daklak", "Dak Lak"],
    "Đắk Nông": ["Đắc Nông", "Daknong"],
    "Bà Rịa – Vũng Tàu": ["Bà Rịa-Vũng Tàu", "BR-VT", "Vũng Tàu"],
    "Hòa Bình": ["Hoà Bình"],
    "Khánh Hòa": ["Khánh Hoà"],
    "Thanh Hóa": ["Thanh Hoá"],
    "Kon Tum": ["Kontum"],
}


# The name the database stores, where the source list spells it otherwise: the centrally-run city without
# "Thành phố" (as Hà Nội, Đà Nẵng, Hải Phòng and Cần Thơ are listed) and the hyphen documents write, so that one
# province has one spelling in `documents.province` and `province_2025` (the source spelling stays an alias).
# Provinces renamed before the 2025 merger, with the day the new name took effect: Thừa Thiên Huế became the
# centrally-run city of Huế on 1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15). A document dated from then names it so.
RENAMED = {"Thừa Thiên Huế": ["2025-01-01", "Huế"]}
STORED_NAMES = {
    "Thành phố Hồ Chí Minh": "Hồ Chí Minh",
    "TP. Hồ Chí Minh": "Hồ Chí Minh",
    "Bà Rịa – Vũng Tàu": "Bà Rịa - Vũng Tàu",
}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def build_syllables(shared: Path) -> None:
    source = shared / "data/syllables/vietnamese-syllables.txt"
    syllables = sorted({nfc(line.strip()).lower() for line in source.open(encoding="utf-8") if line.strip()})
    header = "# Vietnamese syllables with tone marks; from soe-vinorm 0.3.2 (MIT), via ../shared/data/syllables\n"
    (ROOT / "patterns/syllables.txt").write_text(header + "\n".join(syllables) + "\n", encoding="utf-8")


def build_abbreviations(shared: Path) -> None:
    source = shared / "data/syllables/abbreviations.txt"
    entries = {}
    for line in source.open(encoding="utf-8"):
        if ":" in line:
            abbr, expansion = line.rstrip("\n").split(":", 1)
            if abbr.strip() and abbr == abbr.upper():
                entries[nfc(abbr.strip())] = nfc(expansion.strip())
    header = "# Government abbreviations ABBR:expansion[,expansion]; from soe-vinorm 0.3.2 (MIT)\n"
    body = "\n".join(f"{abbr}:{expansion}" for abbr, expansion in sorted(entries.items()))
    (ROOT / "patterns/abbreviations.txt").write_text(header + body + "\n", encoding="utf-8")


def build_provinces(shared: Path) -> None:
    rows = list(csv.DictReader((shared / "data/provinces.csv").open(encoding="utf-8")))
    out = []
    for row in rows:
        source_name = nfc(row["name"])
        name = STORED_NAMES.get(source_name, source_name)
        aliases = list(dict.fromkeys([name, source_name, *EXTRA_ALIASES.get(source_name, [])]))
        unit = nfc(row["unit_from_2025_07_01"])
        kind = "thành phố" if row["type_pre2025"].startswith("TP") else "tỉnh"
        out.append(
            {
                "id": row["gso_code_pre2025"],
                "name": name,
                "type": kind,
                "unit_2025": STORED_NAMES.get(unit, unit),
                "aliases": aliases,
                **({"renamed": RENAMED[name]} if name in RENAMED else {}),
            }
        )
    lines = [json.dumps(record, ensure_ascii=False) for record in out]
    (ROOT / "patterns/provinces.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    build_syllables(args.shared)
    build_abbreviations(args.shared)
    build_provinces(args.shared)


if __name__ == "__main__":
    main()
