"""Province gazetteer: the 63 provincial units before 1 July 2025 and the unit each joined after it.

Names are matched on folded keys (no marks, lower case, no punctuation), so `Đắc Lắc`, `TP.HCM`,
`Thừa Thiên - Huế`, `THAI NGUYEN` and `Bac Giang` all find their province; spelling slips fall back
to rapidfuzz on the folded keys.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from rapidfuzz import fuzz, process

from .patterns import read_jsonl
from .vietnamese import canonical_tone, fold_keep_length, nfc, strip_marks

# The day the 2025 reorganisation took effect: 34 provinces, and no district level below them
MERGER_DATE = "2025-07-01"

_PREFIXES = ("ubnd tinh ", "uy ban nhan dan tinh ", "tinh ", "thanh pho ", "tp ")
_FUZZY_CUTOFF = 88.0


def _compact(text: str) -> str:
    """Folded key without spaces or punctuation (`TP. Hồ Chí Minh` → `tphochiminh`)."""
    return re.sub(r"[^a-z0-9]", "", strip_marks(text).lower())


def _spaced(text: str) -> str:
    """Folded key with single spaces between words (`Thừa Thiên - Huế` → `thua thien hue`)."""
    return " ".join(re.findall(r"[a-z0-9]+", strip_marks(text).lower()))


@cache
def provinces() -> tuple[dict, ...]:
    """Return the province records of patterns/provinces.jsonl (id, name, type, unit_2025, aliases)."""
    return tuple(read_jsonl("provinces.jsonl"))


@cache
def _alias_index() -> dict[str, dict]:
    """Map every compact alias key to its province record."""
    index: dict[str, dict] = {}
    for record in provinces():
        for alias in [record["name"], *record.get("aliases", [])]:
            index.setdefault(_compact(alias), record)
    return index


def _strip_prefix(spaced: str) -> str:
    for prefix in _PREFIXES:
        if spaced.startswith(prefix):
            return spaced[len(prefix):]
    return spaced


def find_province(name: str | None) -> dict | None:
    """Return the province record a name refers to, tolerant to spelling, accents and prefixes.

    `Đắc Lắc`, `tỉnh Bắc Giang`, `TP.HCM`, `Thua Thien - Hue` all resolve; returns None when no
    province is close enough.
    """
    if not name or not name.strip():
        return None
    index = _alias_index()
    spaced = _spaced(name)
    for candidate in (spaced, _strip_prefix(spaced)):
        record = index.get(candidate.replace(" ", ""))
        if record:
            return record
    key = _strip_prefix(spaced).replace(" ", "")
    if len(key) < 4:
        return None
    match = process.extractOne(key, list(index), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return index[match[0]] if match else None


def exact_province(name: str | None) -> dict | None:
    """The province record whose name or an alias is `name` as written (`Hà Nội`, `Bà Rịa - Vũng Tàu`), with no
    prefix and no spelling tolerance: None for `Ha Noi cu`, `tỉnh Hà Nam`."""
    record = find_province(name)
    key = _compact(name or "")
    names = [record["name"], *record.get("aliases", [])] if record else []
    return record if any(_compact(alias) == key for alias in names) else None


def province_name(name: str | None) -> str | None:
    """Return the canonical name (with diacritics) of the province a name refers to."""
    record = find_province(name)
    return record["name"] if record else None


def name_on(name: str | None, day: str | None) -> str | None:
    """The province's name as it was on `day` (ISO): `Thừa Thiên Huế` is `Huế` from 1 January 2025, when it became
    a centrally-run city (patterns/provinces.jsonl field `renamed`). Unchanged when the day is unknown."""
    record = find_province(name)
    if record is None:
        return name
    renamed = record.get("renamed")
    return renamed[1] if renamed and day and day >= renamed[0] else record["name"]


def unit_2025(name: str | None) -> str | None:
    """Return the provincial unit a province belongs to after the 1 July 2025 merger (`Bắc Giang` → `Bắc Ninh`)."""
    record = find_province(name)
    return record["unit_2025"] if record else None


@cache
def fold_same_length(text: str) -> str:
    """Fold a text character by character (lower case, no marks) so that offsets stay those of the original."""
    return fold_keep_length(text)


@cache
def _name_regex() -> re.Pattern:
    """One regex matching any alias in folded text, longest first, words separated by spaces or dashes."""
    keys = set()
    for record in provinces():
        for alias in [record["name"], *record.get("aliases", [])]:
            words = _spaced(alias).split()
            if words and len("".join(words)) >= 3:
                keys.add(tuple(words))
    alternatives = sorted((r"[\s\-–.]*".join(map(re.escape, w)) for w in keys), key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(" + "|".join(alternatives) + r")(?![a-z0-9])")


def _match_at(folded: str, start: int) -> re.Match | None:
    """The alias that starts at `start` (after optional spaces) in the folded text."""
    while start < len(folded) and folded[start] in " \t":
        start += 1
    return _name_regex().match(folded, start)


def exact_province_at(text: str, folded: str, start: int) -> tuple[dict, int] | None:
    """The province whose name or alias starts at `start` of `text` (`folded` is the text folded with
    `fold_same_length`), as `exact_province` reads it, and where that name ends; None when none starts there."""
    match = _name_regex().match(folded, start)
    record = exact_province(text[start:match.end()]) if match else None
    return (record, match.end()) if record else None


def _header_match(text: str, folded: str) -> tuple[int, int] | None:
    """`TỈNH BẮC GIANG` / `TINH BAC GIANG` in capitals near the top of the document."""
    for match in re.finditer(r"(?m)^[\W_]*(?:ubnd\s+|uy ban nhan dan\s+)?(tinh|thanh pho)\s+", folded[:4000]):
        keyword = text[match.start(1):match.end(1)]
        if not keyword.isupper():
            continue
        name = _match_at(folded, match.end())
        if name:
            return name.start(), name.end()
    return None


def _place_date_match(folded: str) -> tuple[int, int] | None:
    """`Bình Phước, ngày ...` / `Bac Giang, ngay 19`: the place of issue before the date."""
    for match in re.finditer(r",?\s*ngay\b", folded):
        line_start = folded.rfind("\n", 0, match.start()) + 1
        head = folded[line_start:match.start()]
        for name in _name_regex().finditer(head):
            if head[name.end():].strip(" ,*") == "":
                return line_start + name.start(), line_start + name.end()
    return None


def is_centrally_run_city(name: str, day: str | None = None) -> bool:
    """`Hà Nội`, `Đà Nẵng`, `Huế` (a city from 2025): whether a name after `thành phố` is a centrally-run city,
    not a provincial city such as `Bắc Ninh` (named like its province). On a known `day` (ISO) before a province
    became a city, its name is the provincial city's (`thành phố Huế` in 2024)."""
    record = find_province(name)
    if record is None:
        return False
    if record["type"] == "thành phố":
        return True
    renamed = record.get("renamed")
    return _renamed_city(record, fold_same_length(name)) and not (day and renamed and day < renamed[0])


def _renamed_city(record: dict, folded_name: str) -> bool:
    """`thành phố Huế`: the city a province became (`renamed`), named by its new name."""
    renamed = record.get("renamed")
    return bool(renamed) and _spaced(renamed[1]) == _spaced(folded_name)


def _body_match(folded: str) -> tuple[int, int] | None:
    """The province most often named as `tỉnh X` / `thành phố X` in the body (earliest on a tie)."""
    hits: list[tuple[str, int, int]] = []
    for match in re.finditer(r"(?<![a-z])(tinh|thanh pho)\s+", folded):
        name = _match_at(folded, match.end())
        if name:
            record = find_province(folded[name.start():name.end()])
            if record and not (match.group(1) == "thanh pho" and record["type"] != "thành phố"
                               and not _renamed_city(record, folded[name.start():name.end()])):
                hits.append((record["id"], name.start(), name.end()))
    if not hits:
        return None
    counts = Counter(h[0] for h in hits)
    best = max(counts.values())
    for record_id, start, end in hits:
        if counts[record_id] == best:
            return start, end
    return None


def find_province_in_text(text: str) -> tuple[str, int, int] | None:
    """Find the province a document names: (canonical name, start, end) of where it is written.

    Prefers the header (`TỈNH BẮC GIANG`), then the place before the date (`Bình Phước, ngày ...`),
    then the province most often named as `tỉnh X` in the body. Works on accent-less OCR text too.
    """
    if not text:
        return None
    folded = fold_same_length(text)
    for finder in (lambda: _header_match(text, folded), lambda: _place_date_match(folded),
                   lambda: _body_match(folded)):
        span = finder()
        if span:
            record = find_province(text[span[0]:span[1]])
            if record and not _spelled_otherwise(text[span[0]:span[1]], record):
                return record["name"], span[0], span[1]
    return None


def _spelled_otherwise(written: str, record: dict) -> bool:
    """`Thạnh Hóa, ngày ...` (a district of Long An) is not the province `Thanh Hóa`: a word written with its marks
    that none of the province's names spells so. Words without marks (OCR, stripped text) are read as any spelling."""
    words = [canonical_tone(w.lower()) for w in re.findall(r"[^\W\d_]+", nfc(written))]
    for name in (record["name"], *record.get("aliases", [])):
        forms = [canonical_tone(w.lower()) for w in re.findall(r"[^\W\d_]+", nfc(name))]
        if len(forms) == len(words) and all(w.isascii() or w == f for w, f in zip(words, forms, strict=True)):
            return False
    return True
