"""Cross-checks, one test (or more) per rule, on the seeds and on small documents written for the purpose."""

from __future__ import annotations

import json

import pytest
from dbutil import Doc, checks_of, involving, new_db
from hypothesis import given, settings
from hypothesis import strategies as st
from seed_figures import add_seed_000, add_seed_001, add_seed_003, add_seed_004

from extractor.checks import flagged, report, run_checks


@pytest.fixture(scope="module")
def seeds():
    db = new_db()
    docs = {"000": add_seed_000(db), "001": add_seed_001(db), "003": add_seed_003(db), "004": add_seed_004(db)}
    return db, docs, run_checks(db)


def only(rows):
    assert len(rows) == 1, rows
    return rows[0]


def ids_of(db, doc, raw):
    return [r["id"] for r in db.query("SELECT id FROM indicators WHERE document_id = ? AND raw = ?", [doc.id, raw])]


# --- parts_sum ---------------------------------------------------------------------------------

def test_766_total_within_rounding_of_its_groups_is_not_flagged(seeds):
    db, docs, rows = seeds
    total = ids_of(db, docs["001"], "78,49/100")[0]
    check = only(involving(checks_of(rows, "parts_sum"), total))
    assert check["status"] == "ok"
    assert check["stated"] == 78.49
    assert check["recomputed"] == pytest.approx(78.6)  # 11,1 + 17,6 + 7,2 + 9,1 + 17,9 + 15,7
    assert check["tolerance"] == pytest.approx(0.305, abs=1e-6)
    thai = only(involving(checks_of(rows, "parts_sum"), ids_of(db, docs["003"], "75,69/100")[0]))
    assert (thai["status"], thai["recomputed"]) == ("ok", pytest.approx(75.7))


def test_listed_unit_counts_add_up_to_the_stated_whole(seeds):
    db, docs, rows = seeds
    thirty = only(involving(checks_of(rows, "parts_sum"), ids_of(db, docs["001"], "30")[0]))
    assert (thirty["status"], thirty["recomputed"]) == ("ok", 30)  # 03 + 24 + 03
    ninety_eight = only(involving(checks_of(rows, "parts_sum"), ids_of(db, docs["001"], "98")[0]))
    assert (ninety_eight["status"], ninety_eight["recomputed"]) == ("ok", 98)  # 06 + 84 + 08, not the 45 in brackets
    assert ids_of(db, docs["001"], "45")[0] not in json.loads(ninety_eight["indicator_ids"])


def test_listed_counts_that_do_not_add_up_are_flagged():
    db = new_db()
    doc = Doc(db, "d", "Có 31 đơn vị đạt tỷ lệ dưới 50%, gồm: cấp tỉnh có 03 đơn vị; cấp huyện có 24 đơn vị; "
                       "cấp xã có 03 đơn vị.")
    whole = doc.figure("31", 31, unit="đơn vị", kind="count")
    for raw, value, anchor in [("03", 3, "tỉnh"), ("24", 24, "huyện"), ("03", 3, "xã")]:
        doc.figure(raw, value, after=anchor, unit="đơn vị", kind="count")
    check = only(involving(checks_of(run_checks(db), "parts_sum"), whole))
    assert (check["status"], check["stated"], check["recomputed"]) == ("mismatch", 31, 30)


# --- percent_of_counts ---------------------------------------------------------------------------

def test_share_of_a_derived_whole_is_flagged_with_its_recomputed_value(seeds):
    db, docs, rows = seeds
    share = ids_of(db, docs["000"], "42,58%")[0]
    check = only(involving(checks_of(rows, "percent_of_counts"), share))
    assert check["status"] == "mismatch"
    assert round(check["recomputed"], 2) == 42.56  # 809 / (809 + 642 + 450)
    assert check["tolerance"] == pytest.approx(0.005, abs=1e-6)
    assert "42,56%" in check["message"] and "1.901" in check["message"]


def test_consistent_table_shares_of_seed_003_pass(seeds):
    db, docs, rows = seeds
    shares = {round(r["stated"], 2): r for r in checks_of(rows, "percent_of_counts")
              if r["document_id"] == docs["003"].id}
    assert shares[26.03]["status"] == "ok"  # 17.958 of 17.958 + 51.042
    assert shares[90.19]["status"] == "ok"  # 378.113 of 378.113 + 41.141
    assert shares[8.52]["status"] == "ok"   # 151 of 151 + 824 + 798
    assert all(r["status"] == "ok" for r in shares.values())


def test_share_of_stated_counts_in_one_sentence(seeds):
    db, docs, rows = seeds
    check = only(involving(checks_of(rows, "percent_of_counts"), ids_of(db, docs["004"], "50,5%")[0]))
    assert check["status"] == "ok" and round(check["recomputed"], 1) == 50.5  # 193 of 382 PAKN


def test_share_of_a_score_out_of_its_maximum():
    db = new_db()
    doc = Doc(db, "d", "Chỉ số Dịch vụ công trực tuyến đạt 7,5/12 điểm, tỷ lệ 62,5%. Chỉ số thanh toán đạt "
                       "6,1/10 điểm, tỷ lệ 65,1%.")
    doc.figure("7,5/12", 7.5, max_value=12, unit="điểm")
    good = doc.figure("62,5%", 62.5, unit="%")
    doc.figure("6,1/10", 6.1, max_value=10, unit="điểm")
    bad = doc.figure("65,1%", 65.1, unit="%")
    rows = checks_of(run_checks(db), "percent_of_counts")
    assert only(involving(rows, good))["status"] == "ok"
    assert only(involving(rows, bad))["status"] == "mismatch"


def test_share_with_an_evidently_different_base_is_an_anomaly():
    db = new_db()
    doc = Doc(db, "d", "Tổng số hồ sơ tiếp nhận là 1.200, số hồ sơ giải quyết đúng hạn là 600, tỷ lệ đúng hạn "
                       "đạt 95%.")
    doc.figure("1.200", 1200, unit="hồ sơ", kind="count")
    doc.figure("600", 600, unit="hồ sơ", kind="count")
    share = doc.figure("95%", 95, unit="%")
    check = only(involving(checks_of(run_checks(db), "percent_of_counts"), share))
    assert check["status"] == "anomaly" and "different whole" in check["message"]


def test_ocr_misreading_makes_a_part_exceed_its_whole_and_says_so():
    db = new_db()
    doc = Doc(db, "d", "Tổng số hồ sơ đã giải quyết là 214, trong đó đúng hạn 1.203 hồ sơ, đạt 99,1%.", ocr=1)
    doc.figure("214", 214, unit="hồ sơ", kind="count")
    doc.figure("1.203", 1203, unit="hồ sơ", kind="count")
    share = doc.figure("99,1%", 99.1, unit="%")
    check = only(involving(checks_of(run_checks(db), "percent_of_counts"), share))
    assert check["status"] == "mismatch"
    assert "exceeds" in check["message"] and "OCR" in check["message"]


# --- complement ----------------------------------------------------------------------------------

def test_two_way_splits_make_100(seeds):
    db, docs, rows = seeds
    online = only(involving(checks_of(rows, "complement"), *ids_of(db, docs["000"], "42,56%")))
    assert (online["status"], online["recomputed"]) == ("ok", pytest.approx(100))
    on_time = only(involving(checks_of(rows, "complement"), *ids_of(db, docs["001"], "96,9%")))
    assert on_time["status"] == "ok"
    assert ids_of(db, docs["001"], "3,1%")[0] in json.loads(on_time["indicator_ids"])
    # the three DVCTT categories are a partition, not a two-way split
    assert not involving(checks_of(rows, "complement"), *ids_of(db, docs["000"], "23,63%"))


def test_two_way_split_off_100_is_flagged():
    db = new_db()
    doc = Doc(db, "d", "Hồ sơ xử lý đúng hạn đạt 96,9%; hồ sơ trễ hạn chiếm tỷ lệ 3,4%.")
    doc.figure("96,9%", 96.9, unit="%")
    doc.figure("3,4%", 3.4, unit="%")
    check = only(checks_of(run_checks(db), "complement"))
    assert (check["status"], check["recomputed"]) == ("mismatch", pytest.approx(100.3))


# --- delta ---------------------------------------------------------------------------------------

def test_prose_and_table_changes_of_seed_003_agree(seeds):
    db, docs, rows = seeds
    deltas = [r for r in checks_of(rows, "delta") if r["document_id"] == docs["003"].id]
    assert len(deltas) > 40 and all(r["status"] == "ok" for r in deltas)
    total = only(involving(deltas, ids_of(db, docs["003"], "0,59")[0]))
    assert (total["stated"], total["recomputed"]) == (0.59, pytest.approx(0.59))  # 75,69 − 75,1
    decrease = only(involving(deltas, ids_of(db, docs["003"], "0,5")[0]))
    assert decrease["stated"] == -0.5  # "giảm 0,5 điểm": 14,6 − 15,1


@pytest.mark.parametrize("written, stated", [("tăng 0,7 điểm", 0.7), ("giảm 0,59 điểm", -0.59)])
def test_wrong_change_or_direction_is_flagged(written, stated):
    db = new_db()
    doc = Doc(db, "d", f"Điểm tổng hợp đạt 75,69/100 điểm, {written} so với ngày 31/7/2023 (75,1 điểm).")
    doc.figure("75,69/100", 75.69, max_value=100, unit="điểm")
    doc.figure(written.split()[1], abs(stated), unit="điểm", kind="change")
    doc.figure("75,1", 75.1, unit="điểm", kind="previous")
    check = only(checks_of(run_checks(db), "delta"))
    assert (check["status"], check["stated"]) == ("mismatch", stated)


def test_wrong_table_delta_is_flagged():
    db = new_db()
    text = ("Số TT\tĐơn vị\tSố hồ sơ quá hạn ngày 31/7\tSố hồ sơ quá hạn ngày 31/8\tTăng (+)/Giảm (-)\n"
            "1\tSở Tư pháp\t90\t31\t-59\n2\tSở Y tế\t4\t8\t+3\n")
    Doc(db, "d", text).tsv_table("Số TT", "quá hạn", 1)
    rows = checks_of(run_checks(db), "delta")
    assert [r["status"] for r in rows] == ["ok", "mismatch"]
    assert rows[1]["recomputed"] == 4


# --- table_total ---------------------------------------------------------------------------------

def test_total_rows_of_seed_003_pass(seeds):
    db, docs, rows = seeds
    totals = {r["stated"]: r for r in checks_of(rows, "table_total")}
    assert totals[1277]["status"] == "ok" and totals[1277]["recomputed"] == 1277
    assert totals[1102]["status"] == "ok" and totals[1102]["recomputed"] == 1102
    assert totals[181]["status"] == "ok"  # 181/187 "Đã triển khai": numerators and denominators both add up
    assert all(r["status"] == "ok" for r in totals.values())


def test_total_row_that_does_not_add_up_is_flagged():
    db = new_db()
    text = "STT\tĐơn vị\tSố hồ sơ\n1\tUBND huyện A\t120\n2\tUBND huyện B\t35\n\tTỔNG SỐ\t145\n"
    Doc(db, "d", text).tsv_table("STT", "hồ sơ", 1)
    check = only(checks_of(run_checks(db), "table_total"))
    assert (check["status"], check["stated"], check["recomputed"]) == ("mismatch", 145, 155)


# --- range ---------------------------------------------------------------------------------------

def test_ranks_shares_and_scores_within_range(seeds):
    db, docs, rows = seeds
    assert checks_of(rows, "range") and not checks_of(rows, "range", "anomaly")


def test_out_of_range_figures_are_anomalies():
    db = new_db()
    doc = Doc(db, "d", "Tỷ lệ hồ sơ đúng hạn đạt 104,5%; chỉ số đạt 19,2/18 điểm; xếp hạng 40/63 tỉnh, thành phố.",
              issued_date="2025-09-05")
    doc.figure("104,5%", 104.5, unit="%")
    doc.figure("19,2/18", 19.2, max_value=18, unit="điểm")
    doc.figure("40/63", 40, max_value=63, kind="rank", unit="hạng", as_of="2025-08-31")
    rows = checks_of(run_checks(db), "range")
    assert [r["status"] for r in rows] == ["anomaly"] * 3
    assert "34" in rows[2]["message"]


# --- date_order ----------------------------------------------------------------------------------

def test_rank_cited_at_a_date_after_the_notice_is_flagged(seeds):
    db, docs, rows = seeds
    check = only(checks_of(rows, "date_order", "anomaly"))
    assert check["document_id"] == docs["001"].id
    assert "30/4/2025" in check["message"] and "2024-05" in check["message"]
    assert ids_of(db, docs["001"], "17/63")[0] in json.loads(check["indicator_ids"])
    ok = [r for r in checks_of(rows, "date_order") if r["document_id"] == docs["003"].id]
    assert ok and all(r["status"] == "ok" for r in ok)  # "so với ngày 31/7/2023" in the report of 05/9/2023


# --- target_status -------------------------------------------------------------------------------

def test_stated_status_agrees_with_target(seeds):
    db, docs, rows = seeds
    assert [r["status"] for r in checks_of(rows, "target_status")] == ["ok", "ok"]  # 67,6 < 70; 50,4 < 60


def test_stated_status_contradicting_target_is_flagged():
    db = new_db()
    doc = Doc(db, "d", "Tỷ lệ hồ sơ giải quyết trực tuyến cấp huyện đạt 65% (đạt chỉ tiêu 70%).")
    doc.figure("65%", 65, unit="%", target=70, stated_status="đạt")
    assert only(checks_of(run_checks(db), "target_status"))["status"] == "mismatch"


# --- across documents ----------------------------------------------------------------------------

def _july_report(db, doc_id, raw, value):
    doc = Doc(db, doc_id, f"TỈNH THÁI NGUYÊN\nĐiểm tổng hợp Bộ chỉ số 766 tháng 7/2023 đạt {raw}/100 điểm.",
              issued_date="2023-08-05", province="Thái Nguyên")
    return doc.figure(f"{raw}/100", value, max_value=100, unit="điểm", code="766.tong_hop", as_of="2023-07-31")


def test_previous_value_agrees_with_the_earlier_report():
    db = new_db()
    add_seed_003(db, tables=False)
    july = _july_report(db, "july", "75,1", 75.1)
    rows = checks_of(run_checks(db), "cross_document")
    check = only(involving(rows, july))
    assert check["status"] == "ok"
    assert (check["document_id"], check["other_document_id"]) == ("seed003", "july")


def test_disagreeing_reports_are_flagged():
    db = new_db()
    add_seed_003(db, tables=False)
    july = _july_report(db, "july", "75,3", 75.3)
    check = only(involving(checks_of(run_checks(db), "cross_document"), july))
    assert (check["status"], check["stated"], check["recomputed"]) == ("mismatch", 75.1, 75.3)


def _standing(db, doc_id, province, score, rank):
    doc = Doc(db, doc_id, f"TỈNH {province.upper()}\nĐiểm tổng hợp đạt {score}/100 điểm, xếp hạng {rank}/63.",
              issued_date="2024-06-05")
    doc.figure(f"{score}/100", float(score.replace(",", ".")), max_value=100, unit="điểm", code="766.tong_hop",
               as_of="2024-05-31")
    doc.figure(f"{rank}/63", rank, max_value=63, unit="hạng", kind="rank", code="766.xep_hang", as_of="2024-05-31")


def test_rank_order_follows_scores():
    db = new_db()
    _standing(db, "a", "Bình Phước", "78,49", 11)
    _standing(db, "b", "Lạng Sơn", "80,1", 5)
    _standing(db, "c", "Cà Mau", "79,2", 3)
    rows = checks_of(run_checks(db), "rank_order")
    assert len(rows) == 3
    bad = only([r for r in rows if r["status"] == "mismatch"])
    assert "Lạng Sơn" in bad["message"] and "Cà Mau" in bad["message"]


# --- run_checks, flagged, report -----------------------------------------------------------------

def test_run_checks_replaces_rows_and_flagged_groups_by_document(seeds):
    db, docs, rows = seeds
    again = run_checks(db)
    assert [(r["rule"], r["message"]) for r in again] == [(r["rule"], r["message"]) for r in rows]
    assert db["checks"].count == len(rows)
    found = flagged(db)
    assert found and all(r["status"] != "ok" for r in found)
    assert {r["filename"] for r in found} == {"000_fcb4d4abd8b068e4.txt", "001_422e18ebd3f30e83.txt"}
    assert [r["document_id"] for r in found] == sorted(r["document_id"] for r in found)
    text = report(db)
    assert "001_422e18ebd3f30e83.txt" in text and f"of {len(rows)} checks" in text


def test_nothing_to_check_yields_nothing():
    db = new_db()
    Doc(db, "d", "Văn bản không có số liệu.")
    assert run_checks(db) == []
    assert flagged(db) == []


# --- property: consistent rounded figures are never flagged, perturbed ones are ------------------

def vn(value: float, places: int) -> str:
    """A figure written the Vietnamese way with `places` decimals."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",")


counts_strategy = st.lists(st.integers(min_value=1, max_value=50_000), min_size=2, max_size=5)


@settings(max_examples=60, deadline=None)
@given(counts=counts_strategy, places=st.integers(min_value=0, max_value=2))
def test_consistent_partitions_are_never_flagged(counts, places):
    db = new_db()
    whole = sum(counts)
    lines = [f"- Nhóm {n} có {c} TTHC, đạt {vn(100 * c / whole, places)}%" for n, c in enumerate(counts)]
    doc = Doc(db, "d", "\n".join(lines))
    for line, count in zip(lines, counts, strict=True):
        doc.figure(str(count), count, after=line, unit="TTHC", kind="count")
        share = line.rsplit(" ", 1)[1]
        doc.figure(share, float(share[:-1].replace(",", ".")), after=line, unit="%")
    rows = run_checks(db)
    assert checks_of(rows, "percent_of_counts") and not [r for r in rows if r["status"] == "mismatch"]


@settings(max_examples=60, deadline=None)
@given(part=st.integers(min_value=1, max_value=9_000), extra=st.integers(min_value=0, max_value=9_000),
       places=st.integers(min_value=0, max_value=2), shift=st.integers(min_value=2, max_value=8),
       perturb=st.booleans())
def test_share_of_counts_flagged_only_beyond_rounding(part, extra, places, shift, perturb):
    whole = part + extra
    share = round(100 * part / whole, places) + (shift * 10 ** -places if perturb else 0)
    db = new_db()
    doc = Doc(db, "d", f"Tổng số PAKN được tiếp nhận là {whole}, tổng số PAKN đã xử lý là {part}, "
                       f"tỷ lệ xử lý đạt {vn(share, places)}%.")
    doc.figure(str(whole), whole, unit="PAKN", kind="count")
    doc.figure(str(part), part, after="đã xử lý", unit="PAKN", kind="count")
    doc.figure(vn(share, places) + "%", share, unit="%")
    check = only(checks_of(run_checks(db), "percent_of_counts"))
    assert (check["status"] != "ok") == perturb


@settings(max_examples=60, deadline=None)
@given(scores=st.lists(st.integers(min_value=0, max_value=200), min_size=6, max_size=6),
       hundredths=st.lists(st.integers(min_value=-4, max_value=4), min_size=6, max_size=6),
       shift=st.integers(min_value=1, max_value=50), perturb=st.booleans())
def test_group_scores_flagged_only_beyond_rounding(scores, hundredths, shift, perturb):
    maxima = [18, 20, 12, 10, 22, 18]
    codes = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
    exact = [min(m, s / 10 + h / 100) for s, m, h in zip(scores, maxima, hundredths, strict=True)]
    exact = [max(0.0, e) for e in exact]
    shown = [round(e, 1) for e in exact]  # groups written with one decimal, total with two
    # consistent: the exact sum rounded to two decimals; perturbed: off the written groups' sum by more
    # than the tolerance 0,005 + 6 × 0,05 = 0,305
    total = round(sum(shown) + 0.31 + shift / 100, 2) if perturb else round(sum(exact), 2)
    db = new_db()
    parts = [f"{c}: {vn(s, 1)}/{m}" for c, s, m in zip(codes, shown, maxima, strict=True)]
    doc = Doc(db, "d", "Tổng hợp: " + vn(total, 2) + "/100. " + "; ".join(parts) + ".")
    doc.figure(vn(total, 2) + "/100", round(total, 2), max_value=100, unit="điểm", code="766.tong_hop")
    for part, code, value, maximum in zip(parts, codes, shown, maxima, strict=True):
        doc.figure(part.split(": ")[1], value, after=part, max_value=maximum, unit="điểm", code=code)
    check = only(checks_of(run_checks(db), "parts_sum"))
    assert (check["status"] == "mismatch") == perturb


@settings(max_examples=60, deadline=None)
@given(counts=st.lists(st.integers(min_value=0, max_value=5_000), min_size=2, max_size=12),
       shift=st.integers(min_value=-20, max_value=20).filter(bool), perturb=st.booleans())
def test_table_totals_flagged_only_when_wrong(counts, shift, perturb):
    total = sum(counts) + (shift if perturb else 0)
    body = "".join(f"{n + 1}\tĐơn vị {n + 1}\t{c}\n" for n, c in enumerate(counts))
    db = new_db()
    Doc(db, "d", f"STT\tĐơn vị\tSố hồ sơ\n{body}\tTỔNG CỘNG\t{total}\n").tsv_table("STT", "t", 1)
    check = only(checks_of(run_checks(db), "table_total"))
    assert (check["status"] == "mismatch") == perturb


def test_incomplete_rows_do_not_break_the_checks():
    db = new_db()
    Doc(db, "d", "Tỷ lệ đạt 50%, tính đến ngày 31/13/2024 và so với ngày 30/6/2024.", issued_date=None)
    db["indicators"].insert_all([
        {"document_id": "d", "value": 50, "raw": None, "start": None, "kind": None, "unit": "%"},
        {"document_id": "d", "value": None, "raw": "?", "start": 3, "end": 4},
        {"document_id": "d", "value": 7, "raw": "7", "max_value": 0, "start": 0, "end": 1, "kind": "rank"}])
    table = db["tables"].insert({"document_id": "d", "header": "not json", "title": None}).last_pk
    db["table_cells"].insert_all([{"table_id": table, "row": 0, "col": 0, "text": None},
                                  {"table_id": table, "row": 1, "col": 1, "text": "TỔNG SỐ"},
                                  {"table_id": table, "row": 1, "col": 2, "text": "12/0"}])
    rows = run_checks(db)
    assert all(r["status"] in ("ok", "mismatch", "anomaly") for r in rows)
    assert not checks_of(rows, "date_order")  # no document date to compare with
