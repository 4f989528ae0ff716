"""Deadlines a document sets: `trước ngày 10/12/2023`, `(Hạn xử lý 23/5/2024)`, `Hoàn thành trong
tháng 7/2024`, `trong quý III/2024`, `đến 31/12/2024`, `trước ngày 20 hằng tháng` (recurring).

A date becomes a deadline only through a phrase that sets one; a date the document merely mentions (its
own date, a cited decision's date, a data cut-off `tính đến ngày`, a range `từ ngày ... đến ...`) does
not. Choices:
- `trong tháng/quý/năm X` counts when a completion verb (`hoàn thành`, `xong`, `thực hiện` ...) sits
  just before it, or when the period has not ended by the document's date (a plan, not a report).
- `đến <date>` counts as a target deadline (004's footnotes: `đến 31/12/2024, UBND các huyện ... đạt
  tối thiểu 70%`) when the clause after it states a target figure (`%`, `tối thiểu`); `đến năm 2025,
  định hướng đến năm 2030` in a programme's title does not.
- due_date is the last day of the month, quarter or year when only those are given; a recurring
  `trước ngày 20 hằng tháng` gets its first occurrence after the document's date.
- assignee: the table row's unit, the item's heading (`1. Thủ trưởng các sở, ...:`), the body after
  `Giao`/`Đề nghị`/`Yêu cầu`, the body opening the item, or the bodies of a target (`; `-joined).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..dates import DateMatch, find_dates, folded, last_day, parse_date
from ..models import Deadline, DocumentMeta
from .subjects import find_subjects
from .tables import find_tables

_BEFORE = re.compile(
    r"(?:(?:hoan thanh\s+)?truoc|(?:cham|muon|tre) nhat(?:\s+(?:la|vao|truoc))?)"
    r"(?:\s+\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?)?(?:\s+ngay)?[\s*]*$"  # `Chậm nhất 17 giờ ngày`
)
_LIMIT = re.compile(
    r"(?:han xu ly|han chot|thoi han(?: hoan thanh| xu ly| bao cao)?|han hoan thanh|han bao cao|han nop)"
    r"\s*:?[\s*]*$"
)
_WITHIN = re.compile(r"(?:(?:hoan thanh|xong)\s+)?(?:trong|truoc|(?:vao|den|truoc)\s+cuoi)[\s*]*$")
_COMPLETE = re.compile(r"(?:hoan thanh|xong|thuc hien|trien khai|ban hanh|to chuc)\s+(?:trong|truoc)[\s*]*$")
_UNTIL = re.compile(r"(?<!tinh )(?<!tinh)den(?:\s+het)?(?:\s+ngay)?[\s*]*$")
_RANGE = re.compile(r"tu\s+(?:ngay\s+)?[\d/.\s]+$")
_RECURRING = re.compile(
    r"(?:(?:truoc|(?:cham|muon) nhat(?:\s+(?:la|vao))?|vao|han)\s+)?ngay\s+(\d{1,2})\s+(?:hang|moi)\s+thang"
)
# `vào thứ Sáu hằng tuần`: every week on that weekday (Monday is `thứ Hai`, 0)
_WEEKLY = re.compile(
    r"(?:(?:truoc|(?:cham|muon) nhat(?:\s+(?:la|vao))?|vao|han)\s+)?(?:ngay\s+)?"
    r"(?:thu\s+(hai|ba|tu|nam|sau|bay)|(chu nhat))\s+(?:hang|moi)\s+tuan"
)
_WEEKDAYS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5, "chu nhat": 6}
# `trước ngày 12 của tháng cuối quý`: every quarter, on a day of its first/middle/last month
_QUARTERLY = re.compile(
    r"(?:(?:truoc|(?:cham|muon) nhat(?:\s+(?:la|vao))?|vao|han)\s+)?ngay\s+(\d{1,2})\s+(?:cua\s+)?"
    r"thang\s+(dau|giua|cuoi|thu\s+(?:nhat|hai|ba))\s+(?:hang|moi|cua|cua\s+moi)?\s*quy"
)
_MONTH_OF_QUARTER = {"dau": 1, "thu nhat": 1, "giua": 2, "thu hai": 2, "cuoi": 3, "thu ba": 3}
# A clause that only reports on the work (`...; báo cáo kết quả về Sở ... trước ngày 15/12/2024`): the task is
# the item's main action, written before the `;`.
_REPORT_ONLY = re.compile(r"(?:gui\s+)?bao cao(?:\s+ket qua|\s+tinh hinh)?\b")
# A clause that only says the work is to be finished (`...; hoàn thành chậm nhất ngày 26/7/2024`): a completion verb
# with no object of its own, so the task is likewise the item's main action before the `;`.
_COMPLETION_ONLY = re.compile(r"(?:phai\s+)?(?:hoan thanh|hoan tat|thuc hien xong|xong)(?:\s+xong)?")
_TARGET = re.compile(r"%|toi thieu|toi da|\bdat\b")
# `nâng tỷ lệ ... lên tối thiểu 55% đến hết quý II/2025`: the target written before the date
_TARGET_BEFORE = re.compile(r"(?:toi thieu|toi da|it nhat|khong duoi)\s+\d[\d.,]*\s*%?\s*$")

# Words a body's name starts with (folded: `Sở` → `so`), so OCR text without marks is read too.
_BODY_START = (
    r"(?:so|ubnd|uy ban|van phong|ban(?!\s+hanh)|thu truong|chu tich|cong an|thanh tra|trung tam|bo(?! sung)|"
    r"cuc|chi cuc|phong|bao hiem|kho bac|dai|bao(?! cao)|hoi|lien doan|doan|cac|nguoi dung dau|giam doc|cong chuc|"
    r"vien chuc|can bo|chi nhanh|bhxh|truong (?:cac |thon|ban|to|khu|ap|xom|phong|dai hoc|cao dang)|to truong|"
    r"tram y te|khoa (?!hoc)|benh vien|toa an|vien kiem sat|buu dien|ngan hang|thong ke|hai quan|tinh doan|"
    r"hieu truong|doi(?! voi)|to(?! chuc)|dien luc|(?:huyen|thi|thanh|quan) doan|"
    # the network operators a report asks for lines and kiosks (`Đề nghị VNPT Đà Nẵng`, `Viễn thông Yên Bái`)
    r"vnpt|viettel|mobifone|vien thong)\b"
)
_STOP_VERBS = (
    "chu tri|phoi hop|thuc hien|trien khai|tham muu|ra soat|bao cao|to chuc|khan truong|tien hanh|"
    "co trach nhiem|chiu trach nhiem|xay dung|hoan thanh|cap nhat|don doc|kiem tra|chi dao|nghien cuu|"
    r"ban hanh|dat(?!\s+dai)|thuong xuyen|tang cuong|quan tam|theo doi|nang cap|tong hop|gui|huong dan|dam bao|"
    "tiep tuc|giai quyet|xu ly|tim|ung dung|(?<!diem )tiep nhan|nghiem tuc|day manh|thuc hien nghiem|lam ro|giai trinh|"
    "phan dau|lap dat|bo tri|duy tri|nang cao|khac phuc|cung cap|van hanh|hoan thien|tap trung|day nhanh|"
    "rut ngan|rut gon|cat giam|don gian hoa|cai thien|ho tro|chuan hoa|tap huan|tuyen truyen|xac minh|so hoa|"
    "dinh ky|thay the|sua chua|mua sam|bo sung|dieu chinh|tong ket|so ket|de xuat|mo rong|trang bi|thong nhat|"
    r"lam viec voi|de nghi|bien soan|(?<!thi\s)dua|dung thu|dong bo|"
    "tich hop|khao sat|kien toan|di chuyen|dang tai|cham dut|cong bo|van dong|kiem diem|bao dam|"
    r"cong khai(?!\s*,)|"
    # `Các cơ quan, đơn vị tự chấm điểm ...`: a body doing its own assessment
    r"(?<!dau )tu (?:cham diem|danh gia|kiem tra|ra soat)|"
    r"tham dinh(?=\s+(?:dut diem|ho so|du toan|ket qua|de an|phuong an))|"
    r"(?<!chuong\s)(?<!quy\s)(?<!cong\s)trinh(?!\s+do)|"
    # `nâng tỷ lệ ...` (folded `nang`), not `năng lực`, `năng lượng`, `năng suất` in a name
    # (nor `chức năng`: `Các phòng chức năng báo cáo ...`); `Điểm tiếp nhận` is a reception point's name
    r"(?<!chuc )nang(?!\s+(?:luc|luong|suat|dong|khieu|khuc))"
)
# verbs that end a division's name after one of its capitalised verb words (`Phòng Tham mưu tổng hợp`)
_NAME_TAIL_VERBS = ("tong hop",)
# a verb word followed by `của` names a thing, not the task (`Các quầy tiếp nhận của Sở Tài chính`)
_STOP = re.compile(rf"\s(?:{_STOP_VERBS})\b(?!\s+cua\b)|[:.(]")
# A noun that takes a verb as the field it names (`hoạt động xây dựng`, `công tác kiểm tra`, `Quản lý xây dựng`):
# the verb right after it is part of a division's name, not the task's verb.
# `Các cơ quan có bộ phận tiếp nhận tại Trung tâm`, `quầy tiếp nhận`: a desk named by what it does.
# Not `Tổ công tác` (a body), nor before a report's verb (`Ban Quản lý báo cáo`, `... gửi`): no field of work.
# `Phòng Quản lý quy hoạch và xây dựng`: the second of two fields joined by `và`.
_FIELD_HEAD = re.compile(
    r"(?<![a-z])(?:hoat dong|(?<!to )cong tac|linh vuc|quan ly(?:(?: [a-z]+){1,3} va)?|bo phan|quay)$"
)
_REPORT_VERB = re.compile(r"\s(?:bao cao|gui)\b")
# not the `giáo` of `Ban Tuyên giáo` nor the `giao` of `bàn giao` (handing over; both folded alike)
_ASSIGN = re.compile(r"(?:^|[\s(])(?:(?<!tuyen )(?<!ban )giao|de nghi|yeu cau|dong chi)\s+")
_MARKER_AT_START = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.|[a-zđ]\)|\(\d{1,2}\)|[-+•–])\s+")
_ORDINAL = r"(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là,|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),"
# (Word's bullets come out of a converted file as `•`, `▪` or the private-use `\uf0b7`; `(1)`, `(2)`: numbers in
# brackets)
_ITEM_MARKER = re.compile(
    r"^[ \t]*(?:\d+(?:\.\d+)*\.|[a-zđ]\)|\(?\d{1,2}\)|[-+•–▪\uf0b7]|" + _ORDINAL + r")[ \t]+", re.M
)


def extract_deadlines(text: str, parts: list[DocumentMeta]) -> list[Deadline]:
    """Return the deadlines `text` sets, in order, each with its task and the body assigned.

    `parts` gives each part's span and dates; a part's issued date (else its period end) decides
    whether `trong năm 2025` is still ahead and anchors a recurring `trước ngày 20 hằng tháng`.
    """
    key = folded(text)
    found = [d for match in find_dates(text) if (d := _deadline_at(text, key, match, parts))]
    found += _recurring(text, key, parts)
    found = [d for d in found if not _frames_others(key, d, found)]
    return sorted(found, key=lambda d: (d.start, d.end))


def _frames_others(key: str, deadline: Deadline, found: list[Deadline]) -> bool:
    """`Trong quý I năm 2025, UBND tỉnh yêu cầu Sở A ... trước ngày 31/01/2025; Sở B ... trong quý I/2025`: a
    period opening a sentence, set off by a comma, frames the deadlines the sentence then sets; it is none."""
    if not re.match(r"trong\b", key[deadline.start:deadline.end]) or not re.match(r"\s*,", key[deadline.end:]):
        return False
    stop = re.search(r"\.(?:\s|$)", key[deadline.end:])
    end = deadline.end + stop.start() if stop else len(key)
    return any(other is not deadline and deadline.end <= other.start < end for other in found)


def _part_of(offset: int, parts: list[DocumentMeta]) -> int:
    for index, part in enumerate(parts):
        if part.start <= offset < (part.end or 10**12):
            return index
    return 0


def _reference_date(parts: list[DocumentMeta], part: int) -> str | None:
    if not parts:
        return None
    meta = parts[part]
    for value in (meta.issued_date, meta.period_end):
        if value:
            return last_day(value) if len(value) < 10 else value
    return None


def _day_written(parts: list[DocumentMeta], part: int) -> str | None:
    """The part's issued day, else its period end: only a full date (`ngày  tháng  năm 2024` is no day)."""
    if not parts:
        return None
    meta = parts[part]
    return next((v for v in (meta.issued_date, meta.period_end) if v and len(v) == 10), None)


def _deadline_at(text: str, key: str, match: DateMatch, parts: list[DocumentMeta]) -> Deadline | None:
    window_start = max(0, match.start - 60)
    before = key[window_start : match.start]
    part = _part_of(match.start, parts)
    due = last_day(match.iso)
    if due is None:
        return None
    if _in_capital_heading(text, match.start):
        return None  # `V. GIẢI PHÁP KHẮC PHỤC TRONG QUÝ IV NĂM 2025`: a section's title names its period, no task
    if _in_table_header(text, match.start):
        return None  # `| Chỉ tiêu thanh toán trực tuyến đến 30/6/2026 (%) |`: a column's name, no task
    trigger = _trigger(before, key, match, parts, part, due)
    cell = _table_cell(text, match.start)
    if trigger is None and cell is not None and cell.column_role == "deadline" and not _DAY_WORD.sub(
            "", cell.before).strip(" *"):
        trigger = (match.start - window_start - len(cell.before), False)  # `| Quý II/2025 |` under `Thời hạn`
    if trigger is None:
        return None
    start, target = window_start + trigger[0], trigger[1]
    task, assignee = _task_and_assignee(text, key, start, match.end, target)
    return Deadline(
        due_date=due,
        precision=match.precision,
        expression=_clean(text[start : match.end]),
        start=start,
        end=match.end,
        snippet=_sentence(text, start, match.end, target).strip(),
        task=task,
        assignee=assignee,
        part=part,
    )


_DAY_WORD = re.compile(r"^[ \t*]*(?i:ngày)[ \t]*")  # `| Ngày 14/4/2026 |`


_HEADER_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")


def _in_table_header(text: str, offset: int) -> bool:
    """Whether `offset` is on a Markdown table's header line (the line right above its `|---|---|` rule)."""
    line_start = text.rfind("\n", 0, offset) + 1
    if not text[line_start:offset].lstrip().startswith("|"):
        return False
    line_end = text.find("\n", offset)
    if line_end == -1:
        return False
    next_end = text.find("\n", line_end + 1)
    return bool(_HEADER_RULE.match(text[line_end + 1:next_end if next_end != -1 else len(text)]))


def _in_capital_heading(text: str, offset: int) -> bool:
    """Whether `offset` is on a numbered heading line written in capitals (`IV. NHIỆM VỤ TRONG QUÝ IV NĂM 2025`)."""
    line_start = max(text.rfind("\n", 0, offset), text.rfind("\f", 0, offset)) + 1
    line_end = text.find("\n", offset)
    line = text[line_start:line_end if line_end != -1 else len(text)].strip(" \t*#")
    return bool(re.match(r"(?:[IVX]+|\d{1,2})\.\s", line)) and line.upper() == line and any(
        c.isalpha() for c in line)


def _trigger(
    before: str, key: str, match: DateMatch, parts: list[DocumentMeta], part: int, due: str
) -> tuple[int, bool] | None:
    """Where (in `before`) the deadline phrase begins and whether it is a target, or None for a mention."""
    if m := _LIMIT.search(before):
        return m.start(), False
    if m := _BEFORE.search(before):
        reference = _reference_date(parts, part)
        if match.precision == "year" and reference and due < reference:
            return None  # `kết quả được cấp trước năm 2021`: a year already past when written is no deadline
        return m.start(), False
    if match.precision != "day" and (m := _WITHIN.search(before)):
        reference = _reference_date(parts, part)
        if _COMPLETE.search(before) or (reference and due >= reference):
            return m.start(), False
        return None
    if (m := _UNTIL.search(before)) and not _RANGE.search(before[: m.start()]):
        reference = _day_written(parts, part)
        if reference and due <= reference:
            return None  # `Đến ngày 31/3/2025, điểm ... đạt 85,03`: a state already reached, not a deadline
        clause = re.split(r"[;.:\n]", key[match.end : match.end + 300], maxsplit=1)[0]
        lead = re.split(r"[;.:\n]", before[: m.start()])[-1]
        sentence = re.split(r"[;:\n]|\.\s", key[max(0, match.start - 250):match.start])[-1]
        if _GOAL_STATED.search(sentence) and (re.match(r"\s*(?:la|co|dat)\b[^.;]{0,25}?\d", clause)
                                             or re.search(r"\d\s*%\s*$", lead)):
            # `Chỉ tiêu ... đến ngày 30/6/2026 là 70%`, `... đề ra đến ngày 30/6/2026 có ít nhất 70% ...`, `... là 70%
            # đến ngày 30/6/2026`: a goal stated, dated, no task due
            return None
        if _TARGET.search(clause) or _TARGET_BEFORE.search(lead):
            return m.start(), True
        if "het" in m.group() and _ends_a_body_item(key, match.start, match.end):
            return m.start(), False
    return None


_GOAL_STATED = re.compile(r"\bchi tieu\b")


def _ends_a_body_item(key: str, start: int, end: int) -> bool:
    """`đ) Sở Nội vụ đưa ... vào tiêu chí thi đua đến hết năm 2025.`: a period ending the clause of a listed task that
    opens with the body doing it is the task's deadline."""
    if not re.match(r"[\s*]*(?:[.;\n]|$)", key[end:end + 5]):
        return False
    line_start = key.rfind("\n", 0, start) + 1
    marker = _ITEM_MARKER.match(key, line_start)
    return bool(marker) and bool(re.match(_BODY_START, key[marker.end():marker.end() + 40]))


# `xã duy trì điểm tiếp nhận lưu động tại bản Sen Thượng vào thứ Năm hằng tuần`: a standing service held on a
# recurring day (a timetable), not work due by it; only when the phrase names no limit (`trước`, `chậm nhất`, `hạn`)
_SCHEDULE = re.compile(r"\b(?:duy tri|truc|lam viec|tiep cong dan|hop giao ban|luu dong)\b")


def _is_schedule(key: str, match: re.Match) -> bool:
    if re.match(r"(?:truoc|cham nhat|muon nhat|han)\b", match.group()):
        return False
    clause = re.split(r"[;.:\n]", key[max(0, match.start() - 200):match.start()])[-1]
    return bool(_SCHEDULE.search(clause))


def _recurring(text: str, key: str, parts: list[DocumentMeta]) -> list[Deadline]:
    out = []
    for m, next_due in _recurring_matches(key):
        if _is_schedule(key, m):
            continue
        part = _part_of(m.start(), parts)
        reference = _reference_date(parts, part)
        due = next_due(reference) if reference else None
        if due is None:
            continue
        task, assignee = _task_and_assignee(text, key, m.start(), m.end(), False)
        out.append(
            Deadline(
                due_date=due,
                precision="recurring",
                expression=_clean(text[m.start() : m.end()]),
                start=m.start(),
                end=m.end(),
                snippet=_sentence(text, m.start(), m.end(), False).strip(),
                task=task,
                assignee=assignee,
                part=part,
            )
        )
    return out


def _recurring_matches(key: str):
    """(match, function from the reference date to the first due date) of every recurring deadline."""
    for m in _RECURRING.finditer(key):
        yield m, lambda reference, day=int(m[1]): _next_monthly(reference, day)
    for m in _WEEKLY.finditer(key):
        weekday = _WEEKDAYS[" ".join((m[1] or m[2]).split())]
        yield m, lambda reference, weekday=weekday: _next_weekday(reference, weekday)
    for m in _QUARTERLY.finditer(key):
        month = _MONTH_OF_QUARTER[" ".join(m[2].split())]
        yield m, lambda reference, day=int(m[1]), month=month: _next_quarterly(reference, day, month)


def _next_weekday(reference: str, weekday: int) -> str:
    """The first given weekday (Monday 0) after the reference date."""
    ref = date.fromordinal(date.fromisoformat(reference).toordinal() + 1)
    return date.fromordinal(ref.toordinal() + (weekday - ref.weekday()) % 7).isoformat()


def _next_quarterly(reference: str, day: int, month_of_quarter: int) -> str | None:
    """The first `day` of the quarter's n-th month falling after the reference date."""
    ref = date.fromisoformat(reference)
    year, quarter = ref.year, (ref.month - 1) // 3
    for _ in range(5):
        candidate = parse_date(day, quarter * 3 + month_of_quarter, year)
        if candidate and candidate > reference:
            return candidate
        quarter, year = (0, year + 1) if quarter == 3 else (quarter + 1, year)
    return None


def _next_monthly(reference: str, day: int) -> str | None:
    """First `day` of a month falling after the reference date."""
    ref = date.fromisoformat(reference)
    year, month = ref.year, ref.month
    for _ in range(13):
        candidate = parse_date(min(day, 28) if day > 28 else day, month, year)
        if candidate and candidate > reference:
            return candidate
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return None


# ---------------------------------------------------------------- task and assignee

def _clean(fragment: str) -> str:
    return " ".join(re.sub(r"\*+|</?b>", "", fragment).split())


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _sentence(text: str, start: int, end: int, target: bool) -> str:
    """The sentence holding the expression (`;` ends a sentence unless the deadline is a target)."""
    s, e = _sentence_bounds(text, start, end, target)
    return text[s:e]


def _sentence_bounds(text: str, start: int, end: int, target: bool) -> tuple[int, int]:
    line_start, line_end = _line_bounds(text, start, end)
    if text[line_start:line_end].lstrip().startswith("|"):
        cell_start = text.rfind("|", line_start, start) + 1
        cell_end = text.find("|", end, line_end)
        return cell_start, (line_end if cell_end < 0 else cell_end)
    para_start, para_end = _paragraph(text, start, end)
    stops = _FULL_STOP + r"|:|\n[ \t]*(?:[-+•–]|\d+(?:\.\d+)*\.|[a-zđ]\))[ \t]" + ("" if target else "|;")
    before = _outside_brackets(text[para_start:start], stops)
    s = para_start + before[-1].end() if before else para_start
    after = _outside_brackets(text[end:para_end], stops)
    e = end + after[0].start() if after else para_end
    return s, e


def _outside_brackets(segment: str, stops: str) -> list[re.Match]:
    """The stops in a segment that no bracket holds (`về Văn phòng (số 15 đường Hùng Vương; điện thoại ...) trước
    ngày 03 hằng tháng`: the `;` inside the address ends no sentence)."""
    depth, depths = 0, []
    for char in segment:
        depth = max(0, depth + (char == "(") - (char == ")"))
        depths.append(depth)
    closing = [0] * (len(segment) + 1)  # brackets closed after each position with no opening before them
    for i in range(len(segment) - 1, -1, -1):
        closing[i] = max(0, closing[i + 1] + (segment[i] == ")") - (segment[i] == "("))
    return [m for m in re.finditer(stops, segment) if depths[m.start()] == 0 and closing[m.start()] == 0]


# a full stop, also after a year (`... trước ngày 20/11/2025. UBND các xã ...`), not a list number's or a decimal
_FULL_STOP = r"(?<!\d)\.(?=\s)|(?<=\d{4})\.(?=[ \t]+[A-ZĐÀ-Ỹ])"


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the paragraph (blank-line separated) holding a span."""
    breaks = [m.end() for m in re.finditer(r"\n[ \t\f]*\n", text[max(0, start - 3000) : start])]
    s = max(0, start - 3000) + breaks[-1] if breaks else max(0, start - 3000)
    after = re.search(r"\n[ \t\f]*\n", text[end : end + 3000])
    e = end + after.start() if after else min(len(text), end + 3000)
    return s, e


# Column roles of a task table (`STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn hoàn thành`), by folded header.
_COLUMN_ROLES = (
    ("deadline", re.compile(
        r"\b(?:thoi han|han hoan thanh|thoi gian hoan thanh|thoi gian thuc hien|tien do hoan thanh"
        r"|thoi gian kiem tra|thoi gian giam sat)\b")),  # (an inspection plan's schedule: the day each unit is due)
    ("assignee", re.compile(r"\b(?:co quan|don vi|chu tri|trach nhiem|phan cong)\b")),
    ("task", re.compile(r"\b(?:nhiem vu|noi dung|cong viec|giai phap|hoat dong|chi tieu)\b")),
)


@dataclass
class _TableCell:
    column_role: str | None
    before: str  # the cell's text before the offset
    roles: dict[str, str]  # role → that row's cell text


@lru_cache(maxsize=8)
def _tables(text: str) -> tuple:
    return tuple(find_tables(text, []))


def _row_cells(line: str) -> list[tuple[int, int]]:
    """Spans of a table line's cells (pipe rows with or without outer bars, tab rows)."""
    sep = "|" if "|" in line else "\t"
    bounds = [i for i, c in enumerate(line) if c == sep]
    edges = [-1, *bounds, len(line)]
    spans = [(a + 1, b) for a, b in zip(edges, edges[1:], strict=False)]
    if sep == "|" and line.lstrip().startswith("|"):
        spans = spans[1:]
    if sep == "|" and line.rstrip().endswith("|"):
        spans = spans[:-1]
    return spans


def _table_cell(text: str, offset: int) -> _TableCell | None:
    """The cell of a table holding `offset`, its column's role and the row's cells by role."""
    table = next((t for t in _tables(text) if t.start <= offset < t.end), None)
    if table is None:
        return None
    line_start, line_end = _line_bounds(text, offset, offset)
    line_start = max(line_start, text.rfind("\f", 0, offset) + 1)
    line = text[line_start:line_end]
    spans = _row_cells(line)
    if len(spans) != len(table.header):
        return None
    roles = [next((r for r, pattern in _COLUMN_ROLES if pattern.search(folded(h))), None) for h in table.header]
    col = next((j for j, (a, b) in enumerate(spans) if a <= offset - line_start <= b), None)
    if col is None:
        return None
    by_role = {}
    for j, role in enumerate(roles):
        if role and role not in by_role:
            by_role[role] = _clean(line[spans[j][0]:spans[j][1]])
    before = line[spans[col][0]:offset - line_start]
    return _TableCell(roles[col], before, by_role)


def _task_and_assignee(text: str, key: str, start: int, end: int, target: bool) -> tuple[str | None, str | None]:
    cell = _table_cell(text, start)
    if cell is not None and cell.column_role == "deadline" and (cell.roles.get("task") or cell.roles.get("assignee")):
        return cell.roles.get("task") or None, cell.roles.get("assignee") or None
    s, e = _sentence_bounds(text, start, end, target)
    head, tail = text[s:start], text[end:e]
    tail = re.sub(r"^[\s*)]+", " ", tail)
    head = re.sub(r"[\s(*]+$", " ", _MARKER_AT_START.sub("", head))
    task = re.sub(r"\s+([,;])", r"\1", _clean(f"{head} {tail}")).strip(" ,;.") or None
    if task is None:
        task = _previous_sentence(text, s)
    if not target and task and _only_reports_or_completes(task) and ";" in text[_item(text, start)[0]:s]:
        main, _ = _task_and_assignee(text, key, start, end, True)
        task = main or task
    body = _target_bodies(text[end:e]) if target else None
    return task, body or _table_row_body(text, start) or _item_body(text, key, start, end)


def _only_reports_or_completes(task: str) -> bool:
    """Whether the deadline's own clause only reports on the work (`báo cáo kết quả ...`) or only says it is to be
    finished (`hoàn thành`)."""
    key = folded(task).strip(" ,;.")
    return bool(_REPORT_ONLY.match(key) or _COMPLETION_ONLY.fullmatch(key))


def _previous_sentence(text: str, offset: int) -> str | None:
    """The sentence ending just before `offset` in the same paragraph (`... tích hợp. Hoàn thành ...`)."""
    para_start, _ = _paragraph(text, offset, offset)
    before = text[para_start:offset].rstrip(" .:;\n*")
    stops = list(re.finditer(r"(?<!\d)\.(?=\s)|:|;", before))
    sentence = before[stops[-1].end() :] if stops else before
    if re.fullmatch(r"\s*thoi (?:gian|han) hoan thanh\s*", folded(sentence)) and stops:
        return _previous_sentence(text, para_start + stops[-1].start())
    sentence = _ITEM_MARKER.sub("", sentence, count=1)
    return _clean(sentence).strip(" ,;.") or None


def _target_bodies(after: str) -> str | None:
    bodies = []
    for clause in re.split(r";", after):
        m = re.search(r"\s(?:đạt|phải đạt)\b", clause)
        if m:
            body = clause[: m.start()].strip(" ,*")
            if re.match(_BODY_START, folded(body)) or body[:1].isupper():
                bodies.append(_clean(body))
    return "; ".join(bodies) or None


def _table_row_body(text: str, offset: int) -> str | None:
    line_start, line_end = _line_bounds(text, offset, offset)
    line = text[line_start:line_end].split("\f")[-1]
    if line.lstrip().startswith("|"):
        cells = line.strip().strip("|").split("|")
    elif "\t" in line.strip(" \f"):
        cells = line.split("\t")
    else:
        return None
    for cell in cells:
        cell = _clean(cell)
        if re.match(_BODY_START, folded(cell)) and len(cell) < 120:
            return cell
    return None


def _item_body(text: str, key: str, offset: int, end: int) -> str | None:
    item_start, heading = _item(text, offset)
    if heading and not _item_opens_with_body(text, item_start, offset, heading):
        return heading
    span = key[item_start:offset]
    clause = span.rfind(";")
    if clause != -1 and not _names_only_bodies(text[item_start:item_start + clause]):
        # `...; Sở B hoàn thành ... trong quý I/2025`: the body opening the deadline's own clause
        body = _body_at(text, item_start + clause + 1, offset)
        if body:
            return body
    for assign in reversed(list(_ASSIGN.finditer(span))):
        body = _body_at(text, item_start + assign.end(), offset)  # `bàn giao dữ liệu` assigns no body
        if body:
            return body
    marker = _ITEM_MARKER.match(text, item_start)
    body = _body_at(text, marker.end() if marker else item_start, offset)
    if body:
        return body
    label = _ITEM_LABEL.match(text, marker.end() if marker else item_start, offset)
    if label and (body := _body_at(text, label.end(), offset)):
        return body  # `1. Cải cách thể chế: Sở Tư pháp chủ trì rà soát ...`: the body after the item's label
    if (opening := _sentence_opening(text, item_start, offset)) is not None:
        # `... trước ngày 20/11/2025. UBND các xã xếp loại Trung bình xây dựng kế hoạch ... trong tháng 11/2025`, `Theo
        # chỉ đạo của UBND tỉnh tại Công văn số ..., Trung tâm ... hoàn thành ...`: the body opening its own sentence
        body = _actor_at(text, opening, offset)
        if body:
            return body
    body = _section_body_above(text, key, item_start)
    if body:
        return body
    # `Trong quý III/2024, UBND các huyện ... chỉ đạo`: the body follows the expression.
    after = re.match(r"[\s*]*,\s*", text[end : end + 5])
    return _body_at(text, end + after.end(), end + 300) if after else None


_ITEM_LABEL = re.compile(r"[ \t*]*[^\W\d][^:;,.\n\d]{0,60}?:[ \t*]+")


def _actor_at(text: str, start: int, limit: int) -> str | None:
    """The body `_body_at` names at `start` when a task's verb follows it right away (`UBND các xã xếp loại Trung
    bình xây dựng ...`), not a noun phrase a verb-less sentence opens with (`Các đội hình hoạt động vào buổi sáng`)."""
    body = _body_at(text, start, limit)
    at = text.find(body, start, limit) if body else -1
    if at == -1 or not body[:1].isupper():
        return None
    return body if re.match(r"\s*(?:" + _STOP_VERBS + r")\b", folded(text[at + len(body):limit])) else None


def _sentence_opening(text: str, item_start: int, offset: int) -> int | None:
    """Where the deadline's own sentence in a prose paragraph opens its clause on a body: after the last full stop
    before `offset`, past a lead (`Theo chỉ đạo của UBND tỉnh tại Công văn số ... ngày 03/11/2025, `); None when the
    sentence is the item itself and has no lead."""
    stops = list(re.finditer(_FULL_STOP, text[item_start:offset]))
    start = item_start + stops[-1].end() if stops else item_start
    lead = _SENTENCE_LEAD.match(text, start)
    if lead:
        return lead.end()
    return start if stops else None


# a sentence's lead before its actor: `Theo chỉ đạo của UBND tỉnh tại Công văn số 6127/UBND-KGVX ngày 03/11/2025, `
_SENTENCE_LEAD = re.compile(r"[ \t]*(?:Theo|Thực hiện|Căn cứ)[ \t][^,;.\n]*(?:\.\d[^,;.\n]*)*,[ \t]*")


def _item_opens_with_body(text: str, item_start: int, offset: int, heading: str) -> bool:
    """`1. Giao UBND thành phố tổ chức thực hiện Nghị quyết; trong đó:` over `b) Sở Khoa học và Công nghệ hoàn thành
    ...`: an item opening with its own body is that body's, under a heading that sets a task rather than naming
    bodies."""
    marker = _ITEM_MARKER.match(text, item_start)
    opening = _body_at(text, marker.end() if marker else item_start, offset)
    return not _names_only_bodies(heading) and opening is not None


def _item(text: str, offset: int) -> tuple[int, str | None]:
    """Start of the numbered or bulleted item holding `offset`, and the item's heading if it has one.

    A heading is an item line ending with `:` (`1. Thủ trưởng các sở, ban, ngành; ...:`) whose body
    follows in the next paragraph.
    """
    para_start, _ = _paragraph(text, offset, offset)
    markers = list(_ITEM_MARKER.finditer(text, para_start, offset))
    if markers:
        return markers[-1].start(), _heading_above(text, markers)
    previous = text[max(0, para_start - 800) : para_start].rstrip().rsplit("\n", 1)[-1]
    marker = _ITEM_MARKER.match(previous)
    if marker and previous.rstrip().endswith(":") and len(previous) < 300:
        return para_start, _clean(previous[marker.end() :].rstrip().rstrip(":"))
    return para_start, None


def _heading_above(text: str, markers: list[re.Match]) -> str | None:
    """`1. Các sở, ban, ngành; UBND các huyện, thành phố:` then `- Rà soát ...` lines in the same paragraph:
    the nearest earlier item line of another marker kind that ends with `:` heads the last item."""
    kind = _marker_kind(markers[-1].group())
    for marker in reversed(markers[:-1]):
        line_end = text.find("\n", marker.start())
        line = text[marker.end() : line_end if line_end != -1 else len(text)].rstrip()
        if _marker_kind(marker.group()) == kind:
            continue
        return _clean(line.rstrip(":")) if line.endswith(":") and len(line) < 300 else None
    return None


_SECTION_LEAD = re.compile(r"(?:(?:kinh\s+)?de nghi|giao|yeu cau|doi voi)\s+")


def _section_body_above(text: str, key: str, item_start: int) -> str | None:
    """`3.2. Đề nghị UBND các huyện, thành phố` then `a) ...`, `b) ...` items: the nearest numbered heading
    above a lettered or bulleted item, when it names only bodies, assigns every item under it."""
    marker = _ITEM_MARKER.match(text, item_start)
    kind = _marker_kind(marker.group()) if marker else None
    if kind == "number":
        return None
    for line in reversed(list(_ITEM_MARKER.finditer(text, max(0, item_start - 3000), item_start))):
        if _marker_kind(line.group()) == kind:
            continue
        if _marker_kind(line.group()) != "number":
            return None
        line_end = text.find("\n", line.end())
        lead = _SECTION_LEAD.match(key, line.end())
        start = lead.end() if lead else line.end()
        heading = _clean(text[start:line_end if line_end != -1 else len(text)]).strip(" :*")
        mentions = find_subjects(heading)
        if mentions and all(not m.whole_province for m in mentions) and _only_bodies(heading, mentions):
            return heading
        return None
    return None


def _names_only_bodies(fragment: str) -> bool:
    """`2. Các sở, ban, ngành` before a `;`: the clause lists bodies (joined by `;`), it sets no task."""
    fragment = _MARKER_AT_START.sub("", fragment)
    mentions = find_subjects(fragment)
    return bool(mentions) and _only_bodies(fragment, mentions)


def _only_bodies(heading: str, mentions: list) -> bool:
    rest = heading
    for mention in reversed(mentions):
        rest = rest[:mention.start] + rest[mention.end:]
    return not re.sub(r"[\s,;]|\bvà\b", "", rest)


def _marker_kind(marker: str) -> str:
    marker = marker.strip()
    return "number" if marker[:1].isdigit() else ("letter" if marker.endswith(")") else "bullet")


def _body_at(text: str, start: int, limit: int) -> str | None:
    """The body named at `start`: from a body word up to the first verb, colon or full stop."""
    fragment = text[start:limit]
    lead = re.match(r"[\s*]*(?:(?:riêng|đối với)\s+)?", fragment, re.IGNORECASE).end()  # `Riêng UBND các xã ...`
    fragment = fragment[lead:]
    if not re.match(_BODY_START, folded(fragment)):
        return None
    stop = _first_stop(fragment)
    body = fragment[: stop.start()] if stop else fragment
    named = _named_bodies(fragment) if stop else None
    if named and len(named) > stop.start():
        body = named  # `Thanh tra tỉnh, Sở Xây dựng rà soát ...`: the verb words are a body's name (`Xây dựng`)
    body = _named_bodies(body) or body
    body = re.sub(r"[ \t]+(?:chưa|không|được)$", "", body)  # `... phường chưa` before the stop verb `đạt`
    if fragment.startswith(body) and (qualifier := _BODY_QUALIFIER.match(fragment, len(body))):
        body = fragment[:qualifier.end()]  # `Các sở, ngành có quầy tại Trung tâm`: which of the bodies
    body = _clean(body).strip(" ,;")
    body = re.sub(r"\s+(?:và|,)$", "", body)
    return body if 2 < len(body) < 160 else None


# `Các sở, ban, ngành có TTHC tiếp nhận tại Trung tâm rà soát ...`: a clause saying which of the bodies are meant
_BODY_QUALIFIER = re.compile(
    r"[ \t]+có[ \t]+[^,;.:()\n]{1,40}?[ \t]+tại[ \t]+(?:Trung tâm(?:[ \t]+Phục vụ hành chính công(?:[ \t]+tỉnh)?)?"
    r"|Bộ phận Một cửa(?:[ \t]+(?:tỉnh|huyện|xã))?)(?![\wÀ-ỹ])"
    # `UBND các xã, phường xếp loại Trung bình rà soát ...`: the bodies of a grade
    r"|[ \t]+thí điểm(?![\wÀ-ỹ])"  # `UBND các xã thí điểm bố trí ...`: the pilot ones
    # `Các cơ quan, đơn vị được kiểm tra quý III báo cáo ...`: the ones an inspection covered
    r"|[ \t]+được[ \t]+(?:kiểm tra|giám sát|khảo sát)"
    r"(?:[ \t]+(?:quý[ \t]+[IV]+(?:[ \t]+năm[ \t]+\d{4})?|năm[ \t]+\d{4}))?(?![\wÀ-ỹ])"
    r"|[ \t]+xếp loại[ \t]+(?:Tốt|Khá|Trung bình|Yếu|\d)(?:(?:,|[ \t]+và)[ \t]*(?:Tốt|Khá|Trung bình|Yếu|\d))*"
    r"(?![\wÀ-ỹ])"
    r"|[ \t]+(?:nêu trên|nói trên|kể trên)(?![\wÀ-ỹ])"  # `UBND các xã nêu trên`: the ones the text just named
    # `Công an 32 xã, phường chưa đạt chỉ tiêu`, `các sở, ban, ngành chưa đạt chỉ tiêu`: the ones behind
    r"|[ \t]+(?:chưa|không)[ \t]+đạt(?:[ \t]+(?:chỉ tiêu|yêu cầu|kế hoạch))?(?![\wÀ-ỹ])"
)


def _first_stop(fragment: str) -> re.Match | None:
    """Where the body's name ends: the first verb written in lower case, colon, full stop or bracket. A verb word
    written with a capital belongs to a proper name (`Phòng Tiếp nhận và Trả kết quả`, `Phòng Hành chính - Tổng
    hợp`, `Phòng Kiểm soát và Ứng dụng công nghệ thông tin`: the divisions of a centre or a department), and so
    does `tổng hợp` right after it (`Phòng Tham mưu tổng hợp`, not `Phòng Hành chính - Tổng hợp phối hợp`)."""
    key = folded(fragment)
    name_verb_end, name_verb = -1, ""  # a verb word written with a capital, inside a name (`Phòng Tham mưu`)
    for stop in _STOP.finditer(key):
        word = fragment[stop.start():stop.end()].lstrip()
        if word[:1].isupper() and stop.group().strip() not in ":.(":
            name_verb_end, name_verb = stop.end(), stop.group().strip()
            continue
        verb = stop.group().strip()
        if name_verb_end != -1 and key[name_verb_end:stop.start()] == "," and _later_verb(key, fragment, stop.end()):
            name_verb_end = stop.end()
            continue  # `Phòng Kiểm tra, giải quyết tố cáo xác minh ...`: a name's verbs listed with a comma
        if (stop.start() == name_verb_end and verb in _NAME_TAIL_VERBS and verb != name_verb
                and _STOP.match(key, stop.end())):  # `Phòng Tham mưu tổng hợp báo cáo`, not `... tổng hợp số liệu`
            name_verb_end = -1
            continue  # `Phòng Tham mưu tổng hợp`: `tổng hợp` right after a name's verb word goes on with the name
        if (stop.group().strip() not in ":.(" and _FIELD_HEAD.search(key, 0, stop.start())
                and not _REPORT_VERB.match(stop.group())):
            continue  # `Phòng Quản lý hoạt động xây dựng giải quyết ...`: `xây dựng` names the field of work
        return stop
    return None


def _later_verb(key: str, fragment: str, offset: int) -> bool:
    """Whether a verb written in lower case follows `offset` before any colon, full stop or bracket."""
    for stop in _STOP.finditer(key, offset):
        if stop.group().strip() in ":.(":
            return False
        if not fragment[stop.start():stop.end()].lstrip()[:1].isupper():
            return True
    return False


def _named_bodies(fragment: str) -> str | None:
    """`Sở A, UBND huyện B giải quyết ...`: the run of named bodies (subject vocabulary) opening the
    fragment, when a lower-case word that names no body follows it (the task's verb)."""
    end = 0
    for mention in find_subjects(fragment):
        if mention.whole_province or not re.fullmatch(r"[\s*]*(?:(?:,|và|;)[\s*]*)?", fragment[end:mention.start]):
            break
        if end == 0 and fragment[:mention.start].strip(" *"):
            break
        end = mention.end
    rest = fragment[end:]
    if not end or not re.match(r"\s+[a-zđà-ỹ]", rest) or re.match(r"\s+(?:và|các|cùng|với)\b", rest):
        return None
    return fragment[:end]
