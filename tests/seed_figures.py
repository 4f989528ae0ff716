"""Figures of the seed documents, written by reading them, loaded into a test database.

Each call records where the figure is written and what it says (value, unit, max, kind, code,
date); the checks then run on these rows as they would on an ingested database.
"""

from __future__ import annotations

import sqlite_utils
from dbutil import Doc, seed_text

GROUPS_001 = [("11,1/18", 11.1, 18, "766.cong_khai"), ("17,6/20", 17.6, 20, "766.tien_do"),
              ("7,2/12", 7.2, 12, "766.dvctt"), ("9,1/10", 9.1, 10, "766.thanh_toan"),
              ("17,9/18", 17.9, 18, "766.hai_long"), ("15,7/22", 15.7, 22, "766.so_hoa")]


def add_seed_000(db: sqlite_utils.Database) -> Doc:
    """Bắc Giang, Sở TT&TT, tháng 02/2024: DVCTT categories and two-way splits."""
    doc = Doc(db, "seed000", seed_text("000"), filename="000_fcb4d4abd8b068e4.txt", province="Bắc Giang",
              province_2025="Bắc Ninh", period_end="2024-02-29")
    as_of = {"as_of": "2024-02-29"}
    for count, value, share, percent, code in [("809 TTHC", 809, "42,58%", 42.58, "766.dvctt.mot_phan"),
                                               ("642 TTHC", 642, "33,79%", 33.79, "766.dvctt.toan_trinh"),
                                               ("450 TTHC", 450, "23,63%", 23.63, "766.dvctt.chua_cung_cap")]:
        doc.figure(count.split()[0], value, after=count, unit="TTHC", kind="count", **as_of)
        doc.figure(share, percent, after=count, unit="%", code=code, **as_of)
    for raw, value, anchor in [("42,56%", 42.56, "nộp trực tuyến:"), ("57,44%", 57.44, "hình thức khác:"),
                               ("83,89%", 83.89, "trong hạn:"), ("16,11%", 16.11, "quá hạn:")]:
        doc.figure(raw, value, after=anchor, unit="%", **as_of)
    return doc


def add_seed_001(db: sqlite_utils.Database) -> Doc:
    """Bình Phước, Văn phòng UBND tỉnh, tháng 5/2024: 766 table, unit counts, a cited date after the notice."""
    doc = Doc(db, "seed001", seed_text("001"), filename="001_422e18ebd3f30e83.txt", province="Bình Phước",
              province_2025="Đồng Nai", issued_date="2024-05", period_end="2024-05-31")
    as_of = {"as_of": "2024-05-31"}
    doc.figure("96,9%", 96.9, unit="%", code="766.tien_do.dung_han", **as_of)
    doc.figure("99,7%", 99.7, unit="%", subject="DVC tỉnh", **as_of)
    doc.figure("3,1%", 3.1, after="trễ hạn", unit="%", code="766.tien_do.qua_han", **as_of)
    for raw, value, maximum, code in GROUPS_001:
        doc.figure(raw, value, after="Nhóm chỉ số", unit="điểm", max_value=maximum, code=code, **as_of)
    doc.figure("78,49/100", 78.49, unit="điểm", max_value=100, code="766.tong_hop", **as_of)
    doc.figure("11/63", 11, after="Xếp hạng:", unit="hạng", max_value=63, kind="rank", code="766.xep_hang", **as_of)
    doc.figure("17/63", 17, after="tăng từ vị trí", unit="hạng", max_value=63, kind="rank",
               code="766.xep_hang", as_of="2025-04-30")
    doc.figure("11/63", 11, after="lên vị trí", unit="hạng", max_value=63, kind="rank", code="766.xep_hang", **as_of)
    for raw, value, anchor in [("30", 30, "Trong đó có"), ("03", 3, "cấp tỉnh có"), ("24", 24, "cấp huyện, xã có"),
                               ("03", 3, "đất đai các cấp có"), ("98", 98, "Có **"), ("06", 6, "cấp tỉnh có **06"),
                               ("84", 84, "cấp huyện, xã có **84"), ("45", 45, "trong đó có **45"),
                               ("08", 8, "cấp huyện có **08")]:
        doc.figure(raw, value, after=anchor, unit="đơn vị", kind="count", **as_of)
    return doc


def add_seed_003(db: sqlite_utils.Database, tables: bool = True) -> Doc:
    """Thái Nguyên: letter 6274 (06/12/2023) with report 2062 (05/9/2023) on August 2023 and its tables."""
    text = seed_text("003")
    doc = Doc(db, "seed003", text, filename="003_bf098182d928132e.txt", province="Thái Nguyên",
              province_2025="Thái Nguyên", issued_date="2023-12-06")
    report_start = text.index("Số: 2062")
    db["parts"].insert_all([
        {"document_id": doc.id, "part": 0, "start": 0, "end": report_start, "issued_date": "2023-12-06"},
        {"document_id": doc.id, "part": 1, "start": report_start, "end": len(text), "issued_date": "2023-09-05"}])
    now, before = {"as_of": "2023-08-31"}, {"as_of": "2023-07-31"}
    scores = [("1.1.", "14,6/18", 14.6, 18, "766.cong_khai", "0,5", 0.5, "15,1", 15.1),
              ("1.2.", "18,6/20", 18.6, 20, "766.tien_do", "0,1", 0.1, "18,5", 18.5),
              ("1.3.", "7,1/12", 7.1, 12, "766.dvctt", None, None, "7,1", 7.1),
              ("1.4.", "5,3/10", 5.3, 10, "766.thanh_toan", "0,4", 0.4, "4,9", 4.9),
              ("1.5.", "18/18", 18, 18, "766.hai_long", None, None, "18", 18),
              ("1.6.", "12,1/22", 12.1, 22, "766.so_hoa", "0,6", 0.6, "11,5", 11.5)]
    for anchor, raw, value, maximum, code, change_raw, change, prev_raw, prev in scores:
        anchor = "\n" + anchor + " Điểm số"
        doc.figure(raw, value, after=anchor, unit="điểm", max_value=maximum, code=code, **now)
        if change_raw:
            doc.figure(change_raw, change, after=anchor + " trục nội dung", unit="điểm", kind="change", code=code,
                       **now)
        doc.figure(prev_raw, prev, after=f"({prev_raw} điểm)", unit="điểm", kind="previous", code=code, **before)
    doc.figure("75,69/100", 75.69, after="1.7.", unit="điểm", max_value=100, code="766.tong_hop", **now)
    doc.figure("09/63", 9, after="1.7.", unit="hạng", max_value=63, kind="rank", code="766.xep_hang", **now)
    doc.figure("0,59", 0.59, after="1.7.", unit="điểm", kind="change", code="766.tong_hop", **now)
    doc.figure("75,1", 75.1, after="(75,1 điểm)", unit="điểm", kind="previous", code="766.tong_hop", **before)
    if tables:
        doc.tsv_table("Số TT\tNội dung\tThống kê", "BIỂU TỔNG HỢP SỐ LIỆU THÁNG 8 NĂM 2023", 2)
        doc.tsv_table("3,6\tTỷ lệ DVC", "BIỂU TỔNG HỢP SỐ LIỆU THÁNG 8 NĂM 2023 (tiếp)", 0)
        doc.tsv_table("Số TT\tĐơn vị\tSố lượng hồ sơ quá hạn", "THỐNG KÊ CHI TIẾT HỒ SƠ QUÁ HẠN", 1)
        doc.tsv_table("Số TT\tĐơn vị\tTỷ lệ cung cấp", "BIỂU TỔNG HỢP CÁC SỞ, BAN, NGÀNH", 1)
        doc.tsv_table("Số TT\tĐịa phương\tThống kê", "CHỨNG THỰC ĐIỆN TỬ BẢN SAO TỪ BẢN CHÍNH", 2)
    return doc


def add_seed_004(db: sqlite_utils.Database) -> Doc:
    """Bắc Ninh, Sở TT&TT, tháng 9/2024: PAKN counts and shares, targets in footnotes."""
    doc = Doc(db, "seed004", seed_text("004"), filename="004_bce85509346ac425.txt", province="Bắc Ninh",
              province_2025="Bắc Ninh", period_end="2024-09-30")
    as_of = {"as_of": "2024-09-30"}
    month = "Trong tháng 9: Tổng số PAKN"
    doc.figure("382", 382, after=month, unit="PAKN", kind="count", code="pakn.tiep_nhan", **as_of)
    doc.figure("193", 193, after=month, unit="PAKN", kind="count", code="pakn.da_xu_ly", **as_of)
    doc.figure("50,5%", 50.5, after=month, unit="%", code="pakn.ty_le_xu_ly", **as_of)
    year = "Tổng số PAKN được tiếp nhận là 3.067"
    doc.figure("3.067", 3067, after=year, unit="PAKN", kind="count", code="pakn.tiep_nhan", **as_of)
    doc.figure("2.639", 2639, after=year, unit="PAKN", kind="count", code="pakn.da_xu_ly", **as_of)
    doc.figure("86 %", 86, after=year, unit="%", code="pakn.ty_le_xu_ly", **as_of)
    doc.figure("67,6%", 67.6, after="Tỷ lệ chứng thực bản sao điện tử từ bản chính cấp huyện là", unit="%",
               level="huyện", target=70, stated_status="chưa đạt", code="chung_thuc_dien_tu", **as_of)
    doc.figure("50,4%", 50.4, after="cấp xã là", unit="%", level="xã", target=60, stated_status="chưa đạt",
               code="chung_thuc_dien_tu", **as_of)
    return doc
