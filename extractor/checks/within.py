"""Rules within one document's prose and lists: sums, shares, complements, changes, ranges, dates, targets."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from itertools import groupby

from ..gazetteer import MERGER_DATE, fold_same_length
from ..patterns import read_jsonl
from ..rounding import EPSILON, fmt, half_unit, share_tolerance, within
from ..vietnamese import fold
from .context import Context, Doc, half, is_count, is_share, label_key, make_check, quote

TOTAL_CODE = "766.tong_hop"
RANK_CODE = "766.xep_hang"

# Two-way splits: a share of the first kind and one of the second make 100.
COMPLEMENT_PAIRS = [
    (r"dung han|trong han|truoc han", r"qua han|tre han|cham"),
    (r"truc tuyen", r"truc tiep"),
    (r"(?<!chua )dong bo", r"chua dong bo"),
    (r"(?<!khong )hai long", r"khong hai long"),
    (r"(?<!chua )(?:cung cap|tich hop)", r"chua (?:cung cap|tich hop)"),
]
_WHOLE_WORDS = re.compile(r"tong so|tong cong|tong\b")
_PARTS_TRIGGER = re.compile(r"\b(?:gom|bao gom|trong do)\b|:")
_PAST_DATE = re.compile(
    r"(tinh den|so voi|den|tai thoi diem)\s+(?:het\s+)?(ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")


def _sorted(inds: list[dict]) -> list[dict]:
    return sorted(inds, key=lambda i: (int(i.get("start") or 0), int(i.get("id") or 0)))


def _signed_change(doc: Doc, ind: dict) -> float:
    """A change with its stated direction: negative when written `giảm`/`-`, positive for `tăng`/`+`."""
    value = float(ind["value"])
    raw = ind.get("raw") or ""
    if value < 0 or raw.strip().startswith(("-", "\u2212")):
        return -abs(value)
    before = fold(doc.text[max(0, int(ind["start"]) - 30):int(ind["start"])])
    words = re.findall(r"tang|giam", before)
    if words and words[-1] == "giam":
        return -abs(value)
    return abs(value)


# --- parts_sum ---------------------------------------------------------------------------------

def _catalog_groups() -> set[str]:
    try:
        return {e["code"] for e in read_jsonl("indicators.jsonl") if e.get("group") == e["code"]}
    except (FileNotFoundError, ValueError):
        return set()


def _score_parts(doc: Doc, total: dict, groups: set[str]) -> list[dict]:
    """The group scores stated for the same date and unit as a total score, one per group code."""
    chosen: dict[str, dict] = {}
    for ind in _sorted(doc.indicators):
        code = ind.get("code") or ""
        is_group = code in groups if groups else bool(re.fullmatch(r"766\.[a-z_]+", code))
        if (is_group and code not in (TOTAL_CODE, RANK_CODE) and ind.get("kind") == "value"
                and ind.get("max_value") and ind.get("as_of") == total.get("as_of")
                and ind.get("subject") == total.get("subject")):
            chosen.setdefault(code, ind)
    return list(chosen.values())


def parts_sum_scores(ctx: Context) -> Iterator[dict]:
    """The 766 group scores add up to the total score when their maxima add up to the total's maximum."""
    groups = _catalog_groups()
    for doc in ctx.docs:
        seen = set()
        for total in _sorted(doc.indicators):
            key = (total.get("as_of"), total.get("subject"))
            if total.get("code") != TOTAL_CODE or total.get("kind") != "value" or key in seen:
                continue
            parts = _score_parts(doc, total, groups)
            maximum = total.get("max_value") or 100
            if len(parts) < 2 or abs(sum(p["max_value"] for p in parts) - maximum) > EPSILON:
                continue
            seen.add(key)
            recomputed = sum(float(p["value"]) for p in parts)
            tolerance = half(total) + sum(half(p) for p in parts) + EPSILON
            ok = within(float(total["value"]), recomputed, tolerance)
            terms = " + ".join(fmt(p["value"], None) for p in parts)
            message = (f"The total score {total.get('raw')} ({quote(doc, total)}) "
                       f"{'agrees with' if ok else 'differs from'} the sum of the {len(parts)} group scores "
                       f"{terms} = {fmt(recomputed)} within ±{fmt(tolerance, 3)}"
                       f"{'' if ok else ': re-read the group scores and the total'}.")
            yield make_check(doc, "parts_sum", "ok" if ok else "mismatch", float(total["value"]),
                             recomputed, tolerance, message, [total, *parts])


def parts_sum_listed(ctx: Context) -> Iterator[dict]:
    """`30 đơn vị ..., gồm: 03 đơn vị; 24 đơn vị; 03 đơn vị`: listed counts add up to the stated whole."""
    for doc in ctx.docs:
        inds = _sorted(doc.text_indicators())
        for _sentence, members in groupby(inds, key=lambda i: doc.sentence_of(int(i["start"]))):
            members = list(members)
            for n, whole in enumerate(members):
                if not is_count(whole):
                    continue
                parts = [p for p in members[n + 1:] if is_count(p) and p.get("unit") == whole.get("unit")
                         and doc.depth_between(int(whole["end"]), int(p["start"])) == 0
                         and "(" not in doc.text[int(whole["end"]):int(p["start"])].split(")")[-1]]
                if len(parts) < 2:
                    continue
                gap = fold(doc.text[int(whole["end"]):int(parts[0]["start"])])
                if not _PARTS_TRIGGER.search(gap):
                    continue
                recomputed = sum(float(p["value"]) for p in parts)
                ok = within(float(whole["value"]), recomputed, EPSILON)
                terms = " + ".join(p.get("raw") or fmt(p["value"]) for p in parts)
                message = (f"{whole.get('raw')} {whole.get('unit') or ''} stated as a whole ({quote(doc, whole)}) "
                           f"{'equals' if ok else 'does not equal'} the parts listed after it, "
                           f"{terms} = {fmt(recomputed)}{'' if ok else ': one of the counts is wrong'}.")
                yield make_check(doc, "parts_sum", "ok" if ok else "mismatch", float(whole["value"]),
                                 recomputed, EPSILON, message, [whole, *parts])
                break


# --- percent_of_counts ---------------------------------------------------------------------------

def _share_message(doc: Doc, share: dict, part_raw: str, whole_raw: str, recomputed: float,
                   tolerance: float, status: str) -> str:
    verdict = {"ok": "agrees with", "mismatch": "does not agree with", "anomaly": "cannot come from"}[status]
    tail = {"ok": "", "mismatch": ": one of the figures is misstated",
            "anomaly": ": its base is evidently a different whole"}[status]
    return (f"The share {share.get('raw')} ({quote(doc, share)}) {verdict} {part_raw} of {whole_raw}, "
            f"which gives {fmt(recomputed)}% (tolerance ±{fmt(tolerance, 3)}){tail}.")


def _share_status(stated: float, recomputed: float, tolerance: float) -> str:
    """ok within rounding; anomaly when the stated share is far from any plausible reading; else mismatch."""
    if within(stated, recomputed, tolerance):
        return "ok"
    if abs(stated - recomputed) > max(5.0, 0.25 * max(abs(stated), abs(recomputed))):
        return "anomaly"
    return "mismatch"


def share_check(doc: Doc, share: dict, part: float, whole: float, part_raw: str, whole_raw: str,
                inds: list[dict], part_half: float = 0.0, whole_half: float = 0.0) -> dict | None:
    """One percent_of_counts row: a stated share against 100 × part ÷ whole."""
    if whole <= 0:
        return None
    recomputed = 100.0 * part / whole
    tolerance = share_tolerance(share.get("raw"), part, whole, part_half, whole_half)
    status = _share_status(float(share["value"]), recomputed, tolerance)
    if part > whole + EPSILON:
        status = "mismatch"
    message = _share_message(doc, share, part_raw, whole_raw, recomputed, tolerance, status)
    if part > whole + EPSILON:
        message = message[:-1] + f", and the part {part_raw} exceeds the whole {whole_raw}."
    return make_check(doc, "percent_of_counts", status, float(share["value"]), recomputed, tolerance,
                      message, inds)


def percent_in_sentence(ctx: Context) -> Iterator[dict]:
    """`tổng số PAKN ... là 382, ... đã xử lý là 193, tỷ lệ ... 50,5%` and `7,5/12 điểm, tỷ lệ 62,5%`."""
    for doc in ctx.docs:
        inds = _sorted(doc.text_indicators())
        for _, members in groupby(inds, key=lambda i: doc.sentence_of(int(i["start"]))):
            members = list(members)
            for n, share in enumerate(members):
                if not is_share(share) or share.get("kind") not in ("value", None):
                    continue
                before = members[:n]
                row = _share_of_fraction(doc, share, before) or _share_of_counts(doc, share, before)
                if row:
                    yield row


def _share_of_fraction(doc: Doc, share: dict, before: list[dict]) -> dict | None:
    if not before:
        return None
    fraction = before[-1]
    gap = doc.text[int(fraction["end"]):int(share["start"])]
    if (fraction.get("kind") == "rank" or not fraction.get("max_value") or is_share(fraction)
            or len(gap) > 40 or not re.search(r"ty le|tuong ung|dat|bang", fold(gap))):
        return None
    return share_check(doc, share, float(fraction["value"]), float(fraction["max_value"]),
                       fraction.get("raw") or fmt(fraction["value"]), fmt(fraction["max_value"]),
                       [fraction, share], part_half=half_unit(fraction.get("raw")))


def _share_of_counts(doc: Doc, share: dict, before: list[dict]) -> dict | None:
    counts = [c for c in before if is_count(c)]
    if len(counts) < 2:
        return None
    part = counts[-1]
    wholes = [c for c in counts[:-1] if c.get("unit") == part.get("unit")
              and _WHOLE_WORDS.search(fold(doc.text[max(0, int(c["start"]) - 40):int(c["start"])]))]
    if not wholes:
        return None
    whole = wholes[0]
    return share_check(doc, share, float(part["value"]), float(whole["value"]), part.get("raw") or "",
                       f"{whole.get('raw')} {whole.get('unit') or ''}".strip(), [whole, part, share])


def partition_windows(items: list[tuple[dict, dict]]) -> list[list[tuple[dict, dict]]]:
    """Runs of (count, share) items whose shares add up to 100 within rounding: a partition of a whole."""
    windows, n = [], 0
    while n < len(items):
        found = None
        for size in range(min(8, len(items) - n), 1, -1):
            window = items[n:n + size]
            total = sum(float(s["value"]) for _, s in window)
            if within(total, 100.0, sum(half(s) for _, s in window)):
                found = window
                break
        if found:
            windows.append(found)
            n += len(found)
        else:
            n += 1
    return windows


def check_partition(doc: Doc, window: list[tuple[dict, dict]]) -> Iterator[dict]:
    """Each share of a partition against its count ÷ the sum of the counts."""
    whole = sum(float(c["value"]) for c, _ in window)
    whole_raw = " + ".join(c.get("raw") or fmt(c["value"]) for c, _ in window) + f" = {fmt(whole)}"
    for count, share in window:
        row = share_check(doc, share, float(count["value"]), whole, count.get("raw") or fmt(count["value"]),
                          whole_raw, [count, share] + [c for c, _ in window if c is not count])
        if row:
            yield row


def percent_of_partition_lines(ctx: Context) -> Iterator[dict]:
    """Consecutive list lines `... có 809 TTHC, đạt 42,58%` whose shares make 100 partition their counts."""
    for doc in ctx.docs:
        items: list[tuple[int, dict, dict]] = []
        for line, members in groupby(_sorted(doc.text_indicators()), key=lambda i: doc.line_of(int(i["start"]))):
            members = list(members)
            counts = [m for m in members if is_count(m)]
            shares = [m for m in members if is_share(m) and m.get("kind") in ("value", None)]
            if len(counts) == 1 and len(shares) == 1 and counts[0]["start"] < shares[0]["start"]:
                items.append((line, counts[0], shares[0]))
        for run in _consecutive(items):
            for window in partition_windows([(c, s) for _, c, s in run]):
                yield from check_partition(doc, window)


def _consecutive(items: list[tuple[int, dict, dict]]) -> list[list[tuple[int, dict, dict]]]:
    """Split items into runs on consecutive lines (blank lines between list items allowed)."""
    runs: list[list[tuple[int, dict, dict]]] = []
    for item in items:
        if runs and item[0] - runs[-1][-1][0] <= 2:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


# --- complement ----------------------------------------------------------------------------------

def complement_kind(text: str) -> tuple[int, int] | None:
    """(pair index, side) of a folded label that names one side of a two-way split."""
    for n, (first, second) in enumerate(COMPLEMENT_PAIRS):
        if re.search(second, text):
            return n, 1
        if re.search(first, text):
            return n, 0
    return None


def complement_check(doc: Doc, first: dict, second: dict) -> dict:
    """Two shares of a two-way split against 100."""
    recomputed = float(first["value"]) + float(second["value"])
    tolerance = half(first) + half(second) + EPSILON
    ok = within(recomputed, 100.0, tolerance)
    message = (f"The two sides of a split, {first.get('raw')} and {second.get('raw')} ({quote(doc, first)}), "
               f"add up to {fmt(recomputed)}%{'' if ok else ', not 100%: one of them is misstated'}.")
    return make_check(doc, "complement", "ok" if ok else "mismatch", 100.0, recomputed, tolerance,
                      message, [first, second])


def _share_context(doc: Doc, share: dict, previous_end: int) -> str:
    start = int(share["start"])
    left = max(previous_end, start - 80, doc.line_bounds[doc.line_of(start)])
    return fold(doc.text[left:start]) or label_key(share)


def complement_text(ctx: Context) -> Iterator[dict]:
    """`đúng hạn 83,89%` / `quá hạn 16,11%` (and trực tuyến / trực tiếp ...) make 100."""
    for doc in ctx.docs:
        for _, members in groupby(_sorted(doc.text_indicators()), key=lambda i: doc.paragraph_of(int(i["start"]))):
            shares, previous_end, kinds = [], 0, []
            for ind in members:
                if is_share(ind) and ind.get("kind") in ("value", None) and not ind.get("subject"):
                    shares.append(ind)
                    kinds.append(complement_kind(_share_context(doc, ind, previous_end)))
                previous_end = int(ind["end"])
            yield from _pair_up(doc, shares, kinds)
        yield from _adjacent_lines(doc)


def _pair_up(doc: Doc, shares: list[dict], kinds: list) -> Iterator[dict]:
    for n, kind in enumerate(kinds):
        if not kind or kind[1] != 0:
            continue
        for m in range(n + 1, min(n + 3, len(shares))):
            if kinds[m] == (kind[0], 1) and doc.depth_between(int(shares[n]["end"]), int(shares[m]["start"])) <= 0:
                yield complement_check(doc, shares[n], shares[m])
                break


def _adjacent_lines(doc: Doc) -> Iterator[dict]:
    """List lines each holding one share, consecutive, naming the two sides of a split (not a three-way one)."""
    lines: list[tuple[int, dict, tuple[int, int] | None]] = []
    for line, members in groupby(_sorted(doc.text_indicators()), key=lambda i: doc.line_of(int(i["start"]))):
        members = [m for m in members if is_share(m) and m.get("kind") in ("value", None)]
        if len(members) == 1:
            lines.append((line, members[0], complement_kind(fold(doc.line_text(line)))))
    for k in range(len(lines) - 1):
        (line_a, a, kind_a), (line_b, b, kind_b) = lines[k], lines[k + 1]
        if line_b - line_a > 2 or doc.paragraph_of(int(a["start"])) == doc.paragraph_of(int(b["start"])):
            continue
        if not (kind_a and kind_b and kind_a[0] == kind_b[0] and kind_a[1] == 0 and kind_b[1] == 1):
            continue
        before = lines[k - 1] if k > 0 and line_a - lines[k - 1][0] <= 2 else None
        after = lines[k + 2] if k + 2 < len(lines) and lines[k + 2][0] - line_b <= 2 else None
        if any(n and n[2] and n[2][0] == kind_a[0] for n in (before, after)):
            continue  # three or more categories: a partition, checked against its counts instead
        yield complement_check(doc, a, b)


# --- delta ---------------------------------------------------------------------------------------

def delta_text(ctx: Context) -> Iterator[dict]:
    """`đạt 14,6 điểm, giảm 0,5 điểm so với ... (15,1 điểm)`: the change is the difference, with its direction."""
    for doc in ctx.docs:
        for _, members in groupby(_sorted(doc.text_indicators()), key=lambda i: doc.paragraph_of(int(i["start"]))):
            members = list(members)
            for n, change in enumerate(members):
                if change.get("kind") != "change":
                    continue
                value = next((m for m in reversed(members[:n]) if m.get("kind") == "value"
                              and _same_measure(m, change)), None)
                previous = next((m for m in members[n + 1:] + members[:n][::-1]
                                 if m.get("kind") == "previous" and _same_measure(m, change)), None)
                if value and previous:
                    yield delta_check(doc, value, previous, change)
            yield from _unchanged(doc, members)


def _same_measure(a: dict, b: dict) -> bool:
    return a.get("kind") != "rank" and (not a.get("unit") or not b.get("unit") or a["unit"] == b["unit"]
                                         or {a["unit"], b["unit"]} <= {"%", "điểm"})


def delta_check(doc: Doc, value: dict, previous: dict, change: dict | None, stated: float | None = None) -> dict:
    """A stated change against value − previous."""
    recomputed = float(value["value"]) - float(previous["value"])
    stated = _signed_change(doc, change) if stated is None else stated
    tolerance = half(value) + half(previous) + (half(change) if change else 0.0) + EPSILON
    ok = within(stated, recomputed, tolerance)
    direction = "" if ok or (stated * recomputed > 0) or abs(recomputed) <= tolerance else " and the opposite direction"
    where = quote(doc, change or value)
    message = (f"The change {fmt(stated)} stated at {where} {'equals' if ok else 'is not'} "
               f"{value.get('raw')} − {previous.get('raw')} = {fmt(recomputed)}"
               f"{'' if ok else direction + ': correct the change or one of the two values'}.")
    inds = [value, previous] + ([change] if change else [])
    return make_check(doc, "delta", "ok" if ok else "mismatch", stated, recomputed, tolerance, message, inds)


def _unchanged(doc: Doc, members: list[dict]) -> Iterator[dict]:
    """`giữ nguyên so với ... (7,1 điểm)` with no change figure: the value equals the previous one."""
    if any(m.get("kind") == "change" for m in members):
        return
    previous = next((m for m in members if m.get("kind") == "previous"), None)
    if not previous:
        return
    value = next((m for m in members if m.get("kind") == "value" and _same_measure(m, previous)
                  and int(m["start"]) < int(previous["start"])), None)
    if value and "giu nguyen" in fold(doc.text[int(value["end"]):int(previous["start"])]):
        yield delta_check(doc, value, previous, None, stated=0.0)


# --- range ---------------------------------------------------------------------------------------

def provinces_at(date: str | None) -> int:
    """Number of provincial units ranked at a date: 63 before 1 July 2025, 34 from then on."""
    return 34 if date and date[:10] >= MERGER_DATE else 63


def range_checks(ctx: Context) -> Iterator[dict]:
    """A share within 0–100, a score within 0–max, a rank within 1–number of provinces at that date."""
    for doc in ctx.docs:
        for ind in _sorted(doc.indicators):
            if ind.get("kind") in ("change",):
                continue
            value = float(ind["value"])
            if ind.get("kind") == "rank" or ind.get("code") == RANK_CODE:
                date = ind.get("as_of") or doc.date(int(ind.get("start") or 0))
                low, high, what = 1.0, float(provinces_at(date)), f"a rank among {provinces_at(date)} provinces"
                if ind.get("max_value") and ind["max_value"] != high:
                    high = min(high, float(ind["max_value"])) if ind["max_value"] < high else high
            elif ind.get("max_value"):
                low, high, what = 0.0, float(ind["max_value"]), f"a figure out of {fmt(ind['max_value'])}"
            elif is_share(ind):
                low, high, what = 0.0, 100.0, "a share"
            else:
                continue
            ok = low - EPSILON <= value <= high + EPSILON
            stated_max = ind.get("max_value")
            message = (f"{ind.get('raw')} ({quote(doc, ind)}) is {what} and "
                       f"{'lies' if ok else 'does not lie'} within {fmt(low)}–{fmt(high)}"
                       f"{'' if ok else ': re-read the figure'}.")
            if ok and ind.get("kind") == "rank" and stated_max and stated_max != provinces_at(date):
                ok = False
                message = (f"The rank {ind.get('raw')} ({quote(doc, ind)}) is out of {fmt(stated_max)} but "
                           f"{provinces_at(date)} provinces were ranked on {date}: check the date or the rank.")
            yield make_check(doc, "range", "ok" if ok else "anomaly", value, None, None, message, [ind])


# --- date_order ----------------------------------------------------------------------------------

def _month_end(iso: str) -> str:
    """`2024-05` → `2024-05-31`; full dates unchanged."""
    if len(iso) == 7:
        year, month = int(iso[:4]), int(iso[5:7])
        return f"{iso}-{calendar.monthrange(year, month)[1]:02d}"
    return iso[:10]


def date_order(ctx: Context) -> Iterator[dict]:
    """A date the report cites as past (`tính đến 30/4/2025`, `so với ngày ...`) is not after its own date."""
    for doc in ctx.docs:
        folded = fold_same_length(doc.text)
        for match in _PAST_DATE.finditer(folded):
            if match.group(1) == "den" and not match.group(2):
                continue
            own = doc.date(match.start())
            if not own or not re.match(r"\d{4}-\d{2}", own):
                continue
            day, month, year = int(match.group(3)), int(match.group(4)), int(match.group(5))
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            cited = f"{year:04d}-{month:02d}-{day:02d}"
            limit = _month_end(own)
            ok = cited <= limit
            inds = [i for i in doc.indicators if abs(int(i.get("start") or 0) - match.start()) <= 60]
            hint = ""
            if not ok and f"{own[:4]}-{month:02d}-{day:02d}" <= limit:
                hint = f" (probably {day}/{month}/{own[:4]})"
            context = " ".join(doc.text[max(0, match.start() - 50):match.end()].replace("*", "").split())
            message = (f"\"…{context}\" (page {doc.page({'start': match.start()})}) cites {cited} as past, "
                       f"{'which is not after' if ok else 'but it is after'} the document's date {own}"
                       f"{'' if ok else ': correct the date' + hint}.")
            yield make_check(doc, "date_order", "ok" if ok else "anomaly", None, None, None, message, inds)


# --- target_status -------------------------------------------------------------------------------

_LOWER_IS_BETTER = re.compile(r"qua han|tre han|ton dong|chua xu ly|chua giai quyet|thoi gian")


def target_status(ctx: Context) -> Iterator[dict]:
    """A stated `đạt` / `chưa đạt` agrees with the figure and its target."""
    for doc in ctx.docs:
        for ind in _sorted(doc.indicators):
            status = (ind.get("stated_status") or "").strip().lower()
            if ind.get("target") is None or status not in ("đạt", "chưa đạt"):
                continue
            value, target = float(ind["value"]), float(ind["target"])
            lower = bool(_LOWER_IS_BETTER.search(label_key(ind)))
            met = value <= target + EPSILON if lower else value >= target - half(ind) - EPSILON
            ok = met == (status == "đạt")
            message = (f"{ind.get('raw')} against the target {fmt(target)} ({quote(doc, ind)}) "
                       f"{'is' if met else 'is not'} met, and the document says \"{status}\""
                       f"{'' if ok else ': the stated status is wrong or the target is not this one'}.")
            yield make_check(doc, "target_status", "ok" if ok else "mismatch", value, target, half(ind),
                             message, [ind])
