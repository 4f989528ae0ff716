"""Blind measurement: the real pipeline on two reports it has never seen (corpus/blind/104, corpus/blind/105).

The goldens (tests/golden/blind.py) were written by reading the documents before any extraction code
ran on them. The green tests assert what works today; `test_known_misses_on_blind_reports` is a strict
xfail that lists every measured miss, so it turns red (XPASS) the day they are all fixed.
"""

from __future__ import annotations

from functools import cache

import pytest
from golden.blind import BLIND, DEADLINES, META
from golden.docs import CORPUS
from golden.facts import ANY, Fact

from extractor.errors import Budget
from extractor.pipeline import FileJob, hash_file, process_file

PREFIXES = sorted(BLIND)
CORE = ("value", "unit", "max_value", "kind")


@cache
def record(prefix: str) -> dict:
    """Run load → normalise → extract on the corpus file and return its record."""
    path = str(next((CORPUS / "blind").glob(f"{prefix}_*.txt")))
    sha, size, mtime = hash_file(path)
    return process_file(FileJob(path, "txt", sha, size, mtime), Budget())


def _offset(text: str, fact: Fact) -> int:
    first = text.find(fact.context)
    assert first != -1 and text.find(fact.context, first + 1) == -1, fact.context
    return first + fact.context.index(fact.raw)


def _same(expected, got) -> bool:
    if isinstance(expected, int | float) and isinstance(got, int | float):
        return abs(expected - got) < 1e-9
    return expected == got


def _expected_as_of(fact: Fact, prefix: str) -> str:
    return META[prefix]["period_end"] if fact.as_of == "period" else fact.as_of


def compare_figure(prefix: str, fact: Fact, row: dict | None) -> dict[str, list[str]]:
    """What is wrong with one figure, by aspect: core (value/unit/max/kind), subject, level, as_of, code."""
    if row is None:
        return {"missing": [f"{fact.raw!r} in {fact.context!r}"]}
    wrong: dict[str, list[str]] = {}
    for name in CORE:
        if not _same(getattr(fact, name), row[name]):
            wrong.setdefault("core", []).append(f"{name}={row[name]!r} (expected {getattr(fact, name)!r})")
    for name in ("subject", "level"):
        if getattr(fact, name) != row[name]:
            wrong.setdefault(name, []).append(f"{name}={row[name]!r} (expected {getattr(fact, name)!r})")
    if row["as_of"] != _expected_as_of(fact, prefix):
        wrong.setdefault("as_of", []).append(f"as_of={row['as_of']!r} (expected {_expected_as_of(fact, prefix)!r})")
    if fact.code is not ANY and row["code"] != fact.code:
        wrong.setdefault("code", []).append(f"code={row['code']!r} (expected {fact.code!r})")
    source = fact.extra.get("source", "text")
    if row["source"] != source:
        wrong.setdefault("source", []).append(f"source={row['source']!r} (expected {source!r})")
    return wrong


def measure_figures(prefix: str) -> dict:
    """Per-document figure counts and the list of problems, keyed by the figure's context."""
    rec = record(prefix)
    text = rec["document"]["text"]
    by_start = {row["start"]: row for row in rec["indicators"]}
    expected = {_offset(text, fact): fact for fact in BLIND[prefix]}
    found = correct = 0
    aspect_ok = {"subject": 0, "level": 0, "as_of": 0, "code": 0}
    problems: dict[str, dict[str, list[str]]] = {}
    for start, fact in expected.items():
        row = by_start.get(start)
        wrong = compare_figure(prefix, fact, row)
        if row is not None:
            found += 1
            correct += "core" not in wrong
            for aspect in aspect_ok:
                aspect_ok[aspect] += aspect not in wrong
        if wrong:
            problems[fact.context] = wrong
    extra = [f"{row['raw']!r} in {row['snippet']!r}" for row in rec["indicators"] if row["start"] not in expected]
    return {"expected": len(expected), "found": found, "correct": correct, **aspect_ok, "extra": extra,
            "problems": problems}


def _deadline_matches(golden: tuple, row: dict) -> bool:
    due, precision, words, _task, _assignee = golden
    return row["due_date"] == due and row["precision"] == precision and words in row["expression"]


def measure_deadlines(prefix: str) -> dict:
    """Deadlines found (date + precision + date words) and correct (also task and assignee)."""
    rows = record(prefix)["deadlines"]
    found = correct = 0
    problems = []
    for golden in DEADLINES[prefix]:
        match = next((row for row in rows if _deadline_matches(golden, row)), None)
        if match is None:
            problems.append(f"missing deadline {golden[2]!r} ({golden[0]}, {golden[1]})")
            continue
        found += 1
        task_ok = golden[3] in (match["task"] or "")
        assignee_ok = match["assignee"] == golden[4]
        correct += task_ok and assignee_ok
        if not task_ok:
            problems.append(f"{golden[2]!r}: task {match['task']!r} lacks {golden[3]!r}")
        if not assignee_ok:
            problems.append(f"{golden[2]!r}: assignee {match['assignee']!r} (expected {golden[4]!r})")
    extra = [f"{row['expression']!r} ({row['due_date']})" for row in rows
             if not any(_deadline_matches(golden, row) for golden in DEADLINES[prefix])]
    return {"expected": len(DEADLINES[prefix]), "found": found, "correct": correct, "extra": extra,
            "problems": problems}


# ---------------------------------------------------------------- measured misses (2024 pipeline)

# Every aspect of a golden figure the pipeline got wrong at the first blind run, by document and golden
# context. Aspects: missing, core (value/unit/max_value/kind), subject, level, as_of, code.
_TSV_ROW = {"core", "subject", "level", "code"}  # 105's table: header "Điểm 766" read as a body row
KNOWN_MISSES = {
    "104": {
        "đạt 98,37%": {"code"},  # "tỷ lệ giải quyết trước hạn và đúng hạn" (no "hồ sơ") not recognised
        "(173 hồ sơ)": {"code"},  # a unit's share of the overdue files named in the same sentence
        "(96 hồ sơ)": {"code"},
        "đạt 88,05%": {"code"},  # "cấp kết quả giải quyết điện tử" -> so_hoa.ho_so from the previous clause
        "tiếp nhận 57": {"subject"},  # "Cổng Dịch vụ công tỉnh" taken as subject (judgement call, see report)
        "trả lời 52": {"code"},  # "đã trả lời ... phản ánh, kiến nghị" not a synonym of pakn.da_xu_ly
        "(đạt 91,23%)": {"code"},  # bare "(đạt x%)" after the PAKN count: no code inherited
        "tối thiểu 40%": {"as_of"},  # a target's due month (tháng 12/2024) not used as its as_of
        "9.412 | 99,21": {"code"},  # table headers "Đúng hạn (%)" and "Nộp trực tuyến (%)" not catalogued
        "99,21 | 74,60": {"code"},
        "1.287 | 98,75": {"code"},
        "98,75 | 69,02": {"code"},
        "3.906 | 97,14": {"code"},
        "97,14 | 58,33": {"code"},
        "642 | 92,06": {"code"},
        "92,06 | 21,50": {"code"},
    },
    "105": {
        # "Thành phố Cần Thơ" (a centrally-run city, i.e. the province itself) taken as a huyện-level unit
        "đạt 79,36": {"subject", "level"},
        "vị trí 27/63": {"subject", "level"},
        "giảm 0,85 điểm": {"subject", "level"},
        "giảm 5 bậc": {"subject", "level"},
        # ... and "so với quý II/2024" gives no date to the previous values; no max 100 on the old total
        "(80,21 điểm": {"core", "subject", "level", "as_of"},
        "vị trí 22/63": {"subject", "level", "as_of"},
        **{f"{name}\t{score}": _TSV_ROW for name, score in [
            ("UBND quận Ninh Kiều", "85,40"), ("UBND quận Cái Răng", "82,95"), ("UBND huyện Cờ Đỏ", "78,10"),
            ("UBND huyện Vĩnh Thạnh", "71,83")]},
        **{f"{score}\t{rank}": _TSV_ROW for score, rank in [
            ("85,40", "1/9"), ("82,95", "2/9"), ("78,10", "5/9"), ("71,83", "9/9")]},
        **{f"{rank}\t{paid}": _TSV_ROW for rank, paid in [
            ("1/9", "58,7"), ("2/9", "51,2"), ("5/9", "37,6"), ("9/9", "19,4")]},
        # "của UBND các quận, huyện" / "của UBND các phường, xã, thị trấn" not taken as new subjects
        "đạt 84,3%": {"subject", "level"},
        "đạt 72,5%": {"subject", "level"},
        "là 3,8 ngày": {"code"},  # "Thời gian trung bình giải quyết một hồ sơ TTHC" (word order)
        "; 100% phản": {"code"},  # figure before its noun: takes hai_long.tthc from the previous clause
    },
}
# Rows stored as figures that are not figures (raw, start of the snippet).
KNOWN_EXTRA = {"104": [], "105": ["'766' in 'STT\\tĐơn vị\\tĐiểm 766"]}
# Deadline problems: missing ones and wrong assignees (the verb phrase is kept in the assignee).
KNOWN_DEADLINE_MISSES = {
    "104": ["'20/11/2024': assignee"],
    "105": ["missing deadline '18/10/2024'", "'30/11/2024': assignee"],
}

# Measured at the first blind run: (expected, found, correct core, subject, level, as_of, code).
MEASURED = {"104": (44, 44, 44, 43, 44, 43, 30), "105": (34, 34, 21, 14, 14, 32, 20)}
# (expected, found, correct) deadlines.
MEASURED_DEADLINES = {"104": (3, 3, 2), "105": (3, 2, 1)}


# ---------------------------------------------------------------- what works today (green)


@pytest.mark.parametrize("prefix", PREFIXES)
def test_blind_reports_are_read_whole(prefix):
    rec = record(prefix)
    assert rec["document"]["status"] == "ok"
    text = rec["document"]["text"]
    for fact in BLIND[prefix]:
        _offset(text, fact)  # every golden context is in the stored text, once
    for row in rec["indicators"]:
        assert text[row["start"]:row["end"]] == row["raw"]
        assert row["raw"] in row["snippet"]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_blind_metadata_is_read_from_the_header(prefix):
    document = record(prefix)["document"]
    assert {name: document[name] for name in META[prefix]} == META[prefix]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_blind_figures_are_right_except_the_known_misses(prefix):
    """Every aspect of every golden figure is right, except those recorded in KNOWN_MISSES."""
    measured = measure_figures(prefix)
    known = KNOWN_MISSES[prefix]
    regressions = {context: sorted(set(wrong) - known.get(context, set()))
                   for context, wrong in measured["problems"].items()}
    assert not {context: aspects for context, aspects in regressions.items() if aspects}, measured["problems"]
    counts = tuple(measured[k] for k in ("expected", "found", "correct", "subject", "level", "as_of", "code"))
    assert all(now >= then for now, then in zip(counts[1:], MEASURED[prefix][1:], strict=True)), counts
    assert counts[0] == MEASURED[prefix][0]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_blind_reports_store_no_unknown_non_figures(prefix):
    extra = measure_figures(prefix)["extra"]
    unknown = [row for row in extra if not any(row.startswith(known) for known in KNOWN_EXTRA[prefix])]
    assert not unknown, unknown


def test_blind_cutoffs_and_cited_dates_are_not_figures():
    for prefix in PREFIXES:
        raws = {row["raw"] for row in record(prefix)["indicators"]}
        assert not raws & {"731", "6520", "2415", "10/9/2024", "31/10/2024", "30/9/2024", "2024", "20/11/2024"}


@pytest.mark.parametrize("prefix", PREFIXES)
def test_blind_deadlines_are_found_except_the_known_misses(prefix):
    measured = measure_deadlines(prefix)
    assert not measured["extra"], measured["extra"]
    unknown = [p for p in measured["problems"]
               if not any(p.startswith(known) for known in KNOWN_DEADLINE_MISSES[prefix])]
    assert not unknown, unknown
    expected, found, correct = MEASURED_DEADLINES[prefix]
    assert measured["expected"] == expected and measured["found"] >= found and measured["correct"] >= correct


def test_blind_deadline_forms_that_work():
    """Day, month, quarter and recurring deadlines with their bodies, as read from the documents."""
    rows = {row["expression"]: row for prefix in PREFIXES for row in record(prefix)["deadlines"]}
    month = next(row for expr, row in rows.items() if "tháng 12/2024" in expr)
    assert (month["due_date"], month["precision"], month["assignee"]) == ("2024-12-31", "month", "UBND huyện Kỳ Sơn")
    quarter = rows["trong quý I/2025"]
    assert (quarter["due_date"], quarter["precision"], quarter["assignee"]) == (
        "2025-03-31", "quarter", "Văn phòng UBND tỉnh")
    recurring = rows["trước ngày 25 hằng tháng"]
    assert (recurring["due_date"], recurring["precision"], recurring["assignee"]) == (
        "2024-10-25", "recurring", "Các sở, ban, ngành và UBND các quận, huyện")


# ---------------------------------------------------------------- the misses (strict xfail)

_REASON = (
    "blind reports 104/105, measured misses: TSV header holding a number ('Điểm 766') read as a body row "
    "(12 cells lose unit/subject/level/code/rank, '766' stored as a figure); 'Thành phố Cần Thơ' "
    "(province-level city) taken as a huyện subject; previous values 'so với quý II/2024' get no as_of; "
    "subjects after 'của UBND các quận, huyện' not switched; codes missed for unseen wordings and "
    "uncatalogued table headers; target as_of ignores its due month; deadline 'chậm nhất ngày' missed; "
    "assignee keeps the verb phrase"
)


@pytest.mark.xfail(strict=True, reason=_REASON)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_known_misses_on_blind_reports(prefix):
    """Every golden figure and deadline right, nothing extra: fails today on the rows in KNOWN_MISSES."""
    figures, deadlines = measure_figures(prefix), measure_deadlines(prefix)
    problems = [f"{context!r}: {wrong}" for context, wrong in figures["problems"].items()]
    problems += [f"extra {row}" for row in figures["extra"]] + deadlines["problems"]
    problems += [f"extra deadline {row}" for row in deadlines["extra"]]
    assert not problems, "\n".join(problems)
