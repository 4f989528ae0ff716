"""Vietnamese dates and periods → ISO.

Dates in documents are day/month/year (`31/7/2023`, `ngày 06 tháng 12 năm 2023`); periods are
months (`tháng 02/2024`), quarters (`quý III/2024`), years and running totals (`9 tháng đầu năm 2024`).

Conventions of this module:
- `parse_date(d, m, y)` gives `YYYY-MM-DD` or None for an impossible date.
- `find_dates` returns `DateMatch(start, end, iso, precision)`; `iso` is `YYYY-MM-DD` (day),
  `YYYY-MM` (month), `YYYY-Qn` (quarter) or `YYYY` (year). `first_day`/`last_day` turn any of these
  into a calendar date. Offsets count code points of the text given.
- Matching runs on a same-length folded copy (no marks, lower case), so text that lost its diacritics
  (`ngay 31 thang 7 nam 2023`, `quy III/2024`) is read too.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import NamedTuple

from .vietnamese import fold_keep_length

PRECISIONS = ("day", "month", "quarter", "year")

_ROMAN = {"i": 1, "v": 5, "x": 10}


class DateMatch(NamedTuple):
    """A date expression found in a text."""

    start: int
    end: int
    iso: str
    precision: str  # day | month | quarter | year


def parse_date(day: int | str, month: int | str, year: int | str) -> str | None:
    """Return `YYYY-MM-DD` for a day/month/year, or None when it is not a real date.

    Two-digit years are read as 20YY. `parse_date(31, 7, 2023)` → `2023-07-31`; `(31, 2, 2024)` → None.
    """
    try:
        d, m, y = int(day), int(month), int(year)
    except (TypeError, ValueError):
        return None
    if y < 100:
        y += 2000
    if not (1900 <= y <= 2100 and 1 <= m <= 12):
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def roman_to_int(text: str) -> int | None:
    """Read a Roman numeral up to 39 (`III` → 3, `IV` → 4); OCR's `l`/`1` for `I` are accepted."""
    letters = text.lower().replace("l", "i").replace("1", "i")
    if not letters or any(c not in _ROMAN for c in letters):
        return None
    total = 0
    for index, letter in enumerate(letters):
        value = _ROMAN[letter]
        following = _ROMAN[letters[index + 1]] if index + 1 < len(letters) else 0
        total += -value if value < following else value
    return total if total > 0 else None


def quarter_number(text: str) -> int | None:
    """Read a quarter written `III`, `3` or `IIl` (OCR); None outside 1..4."""
    value = int(text) if text.isdigit() and len(text) == 1 else roman_to_int(text)
    return value if value and 1 <= value <= 4 else None


def month_end(year: int, month: int) -> str:
    """Return the ISO date of the last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def first_day(iso: str) -> str | None:
    """First calendar day of an ISO date, month (`2024-05`), quarter (`2024-Q3`) or year (`2024`)."""
    bounds = _iso_bounds(iso)
    return bounds[0] if bounds else None


def last_day(iso: str) -> str | None:
    """Last calendar day of an ISO date, month (`2024-05`), quarter (`2024-Q3`) or year (`2024`)."""
    bounds = _iso_bounds(iso)
    return bounds[1] if bounds else None


def _iso_bounds(iso: str) -> tuple[str, str] | None:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso):
        return (iso, iso) if parse_date(m[3], m[2], m[1]) else None
    if m := re.fullmatch(r"(\d{4})-(\d{2})", iso):
        y, mo = int(m[1]), int(m[2])
        return (f"{y:04d}-{mo:02d}-01", month_end(y, mo)) if 1 <= mo <= 12 else None
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", iso):
        return quarter_bounds(int(m[2]), int(m[1]))
    if re.fullmatch(r"\d{4}", iso):
        return (f"{iso}-01-01", f"{iso}-12-31")
    return None


def quarter_bounds(quarter: int, year: int) -> tuple[str, str]:
    """Return the first and last ISO day of a quarter."""
    first_month = 3 * (quarter - 1) + 1
    return (f"{year:04d}-{first_month:02d}-01", month_end(year, first_month + 2))


def folded(text: str) -> str:
    """Lower-case, mark-free copy of `text` with exactly the same length (offsets stay valid)."""
    return fold_keep_length(text)


# Patterns on folded text. `\**` lets Markdown bold sit around the numbers (`ngày **06** tháng 12`).
_B = r"\s*\**\s*"
_YEAR = r"((?:19|20)\d{2})"
_DAY_MONTH_YEAR_WORDS = re.compile(
    r"ngay" + _B + r"(\d{1,2})" + _B + r"thang" + _B + r"(\d{1,2})" + _B + r"nam" + _B + _YEAR
)
_DAY_MONTH_YEAR_NUMBERS = re.compile(
    r"(?<![\d/.,-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?" + _YEAR + r"(?![\d/])"
)
# a day (and month) written in words in a formal deadline: `ngày ba mươi mốt tháng 3 năm 2026`, `ngày mười lăm
# tháng 10 năm 2024`, `ngày mồng năm tháng mười hai năm 2025` (folded)
_UNIT_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6, "bay": 7, "tam": 8,
               "chin": 9}
_NUMBER_WORDS = (r"(?:(?:hai|ba)\s+muoi|muoi)(?:\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?"
                 r"|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin")
_DAY_IN_WORDS = re.compile(
    r"ngay\s+(?:(?:mung|mong)\s+)?(" + _NUMBER_WORDS + r")\s+thang\s+(\d{1,2}|" + _NUMBER_WORDS + r")\s+nam\s+"
    + _YEAR)


def _number_in_words(words: str) -> int:
    """`ba muoi mot` → 31, `muoi lam` → 15, `hai muoi tu` → 24, `chin` → 9 (folded words up to 39)."""
    if words.isdigit():
        return int(words)
    parts = words.split()
    if "muoi" not in parts:
        return _UNIT_WORDS[parts[0]]
    at = parts.index("muoi")
    tens = _UNIT_WORDS[parts[0]] if at else 1
    ones = parts[at + 1] if at + 1 < len(parts) else ""
    return tens * 10 + _UNIT_WORDS.get(ones, 0)


_BLANK_DAY = re.compile(r"ngay\s+thang" + _B + r"(\d{1,2})" + _B + r"nam" + _B + _YEAR)
_BLANK_DAY_MONTH = re.compile(r"ngay\s+thang\s+nam" + _B + _YEAR)
_MONTH = re.compile(
    r"thang" + _B + r"(\d{1,2})" + _B + r"(?:[/-]|nam)" + _B + _YEAR + r"(?![\d/])"
)
_QUARTER = re.compile(r"quy" + _B + r"([ivxl1]{1,4}|[1-4])(?![a-z0-9])" + _B + r"(?:[/-]|nam)" + _B + _YEAR)
_YEAR_ONLY = re.compile(r"nam" + _B + _YEAR + r"(?![\d/])")


def find_dates(text: str) -> list[DateMatch]:
    """Find every date, month, quarter and year expression in `text`, in order, without overlaps.

    `31/7/2023` and `ngày 06 tháng 12 năm 2023` are days; `tháng 5/2024`, `tháng 8 năm 2023` and
    `ngày tháng 5 năm 2024` (day left blank) are months; `quý III/2024` is a quarter; `năm 2025` a year.
    A day and month without a year (`30/9`) is not returned.
    """
    key = folded(text)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, iso: str | None, precision: str) -> None:
        if iso is None or any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append(DateMatch(start, end, iso, precision))

    for m in _DAY_MONTH_YEAR_WORDS.finditer(key):
        add(m.start(), m.end(), parse_date(m[1], m[2], m[3]), "day")
    for m in _DAY_MONTH_YEAR_NUMBERS.finditer(key):
        add(m.start(), m.end(), parse_date(m[1], m[3], m[4]), "day")
    for m in _DAY_IN_WORDS.finditer(key):
        add(m.start(), m.end(), parse_date(_number_in_words(m[1]), _number_in_words(m[2]), m[3]), "day")
    for m in _BLANK_DAY.finditer(key):
        add(m.start(), m.end(), _month_iso(m[1], m[2]), "month")
    for m in _BLANK_DAY_MONTH.finditer(key):
        add(m.start(), m.end(), m[1], "year")
    for m in _QUARTER.finditer(key):
        quarter = quarter_number(m[1])
        add(m.start(), m.end(), f"{m[2]}-Q{quarter}" if quarter else None, "quarter")
    for m in _MONTH.finditer(key):
        add(m.start(), m.end(), _month_iso(m[1], m[2]), "month")
    for m in _YEAR_ONLY.finditer(key):
        add(m.start(), m.end(), m[1], "year")
    found.sort()
    return [_trim_markup(text, match) for match in found]


def _trim_markup(text: str, match: DateMatch) -> DateMatch:
    """Drop Markdown bold stars and spaces left at either end of a match."""
    start, end = match.start, match.end
    while start < end and text[start] in "* ":
        start += 1
    while end > start and text[end - 1] in "* ":
        end -= 1
    return match._replace(start=start, end=end)


def _month_iso(month: str, year: str) -> str | None:
    m = int(month)
    return f"{int(year):04d}-{m:02d}" if 1 <= m <= 12 else None


_RUNNING = re.compile(r"(?<!\d)(\d{1,2})\s+thang\s+(?:(dau|cuoi)\s+)?nam" + _B + _YEAR)
_FROM_TO = re.compile(r"tu\s+(?:ngay\s+)?(.+?)\s+den\s+(?:ngay\s+)?(.+)")


# `học kỳ I năm học 2025-2026`, `năm học 2024-2025` (folded): a school term or year, also a reporting period
SCHOOL_TERM = re.compile(r"(?:hoc ky\s+([i1]{1,2})\s+)?nam hoc\s+((?:19|20)\d{2})\s*-\s*(?:19|20)\d{2}")


def _school_bounds(term: str | None, first_year: int) -> tuple[str, str]:
    """A school year runs from September to August; its first term to January, its second from February to May (a
    report stating its own data window, `số liệu tính từ ngày ... đến ngày ...`, overrides these)."""
    if term is None:
        return (f"{first_year:04d}-09-01", f"{first_year + 1:04d}-08-31")
    if term in ("i", "1"):
        return (f"{first_year:04d}-09-01", f"{first_year + 1:04d}-01-31")
    return (f"{first_year + 1:04d}-02-01", f"{first_year + 1:04d}-05-31")


_WEEK = re.compile(r"\btuan (\d{1,2})\s*(?:/|nam)\s*(\d{4})")


def week_bounds(week: int, year: int) -> tuple[str, str] | None:
    """Monday and Sunday of ISO week `week` of `year` (`tuần 43 năm 2025` → 2025-10-20, 2025-10-26), or None."""
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat()


def period_bounds(label: str) -> tuple[str, str] | None:
    """Return the first and last ISO day of a reporting period as written, or None.

    `tháng 02/2024` → (2024-02-01, 2024-02-29); `tháng 8 năm 2023`; `6 tháng đầu năm 2024` →
    (2024-01-01, 2024-06-30); `9 tháng đầu năm 2024`; `6 tháng cuối năm 2024` → (2024-07-01, 2024-12-31);
    `9 tháng năm 2024` (no `đầu`: the first nine months) → (2024-01-01, 2024-09-30);
    `quý III/2024` → (2024-07-01, 2024-09-30); `năm 2024`; `từ ngày 01/9/2024 đến 30/9/2024`; `học kỳ I năm học
    2025-2026` → (2025-09-01, 2026-01-31).
    """
    key = folded(label)
    if m := SCHOOL_TERM.search(key):
        return _school_bounds(m[1], int(m[2]))
    if m := _FROM_TO.search(key):
        lows, highs = find_dates(m[1]), find_dates(m[2])
        if lows and highs:
            low, high = first_day(lows[0].iso), last_day(highs[0].iso)
            if low and high and low <= high:
                return (low, high)
    if m := _WEEK.search(key):
        return week_bounds(int(m[1]), int(m[2]))
    if m := _RUNNING.search(key):
        months, year = int(m[1]), int(m[3])
        if 1 <= months <= 12:
            if m[2] != "cuoi":
                return (f"{year:04d}-01-01", month_end(year, months))
            return (f"{year:04d}-{13 - months:02d}-01", f"{year:04d}-12-31")
    matches = find_dates(label)
    if not matches:
        return None
    return _iso_bounds(matches[0].iso)


_DATE_VALUE = re.compile(
    r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?|(?i:tháng)\s+(?P<m2>\d{1,2})\s*(?:/|năm)\s*(?P<y2>\d{4})"
    r"|(?i:năm)\s+(?P<y3>\d{4})"
)


_BARE_QUARTER = re.compile(r"^quy\s+(i|ii|iii|iv|1|2|3|4)(?:\s*\(%\))?$")
_BARE_MONTH = re.compile(r"^thang\s+(\d{1,2})(?:\s*\(%\))?$")


def bare_period_end(key: str, year: str) -> str | None:
    """The end of the quarter or month a folded label names with no year (`quy ii`, `thang 7`), in `year`."""
    if not year:
        return None
    if quarter := _BARE_QUARTER.match(key):
        return last_day(f"{year}-Q{quarter_number(quarter[1].upper())}")
    if (month := _BARE_MONTH.match(key)) and 1 <= int(month[1]) <= 12:
        return last_day(f"{year}-{int(month[1]):02d}")
    return None


def last_of_month(month: int, year: int) -> str | None:
    """ISO date of the last day of `month` of `year`; None when `month` is not 1..12."""
    if not 1 <= month <= 12:
        return None
    return parse_date(calendar.monthrange(year, month)[1], month, year)


def parse_date_phrase(phrase: str, default_year: int | None) -> str | None:
    """ISO date of `31/7/2023`, `30/9` (year from context), `tháng 7/2023` (month end), `năm 2025`,
    `quý II/2024` (quarter end), `6 tháng đầu năm 2024` (period end)."""
    match = _DATE_VALUE.search(phrase)
    written = find_dates(phrase)
    if written and (not match or written[0].start < match.start()) and written[0].precision == "quarter":
        return last_day(written[0].iso)
    if not match:
        bounds = period_bounds(phrase)
        return bounds[1] if bounds else None
    if match.group("d"):
        year = int(match.group("y")) if match.group("y") else default_year
        return parse_date(int(match.group("d")), int(match.group("m")), year) if year else None
    if match.group("m2"):
        return last_of_month(int(match.group("m2")), int(match.group("y2")))
    bounds = period_bounds(phrase)  # `6 tháng đầu năm 2024` ends on 30/6, not with its year
    return bounds[1] if bounds else parse_date(31, 12, int(match.group("y3")))
