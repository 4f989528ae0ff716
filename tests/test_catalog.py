"""The indicator catalog: its file, and names matched to codes across provinces' wording."""

from __future__ import annotations

import pytest

from extractor.extract import catalog
from extractor.patterns import read_jsonl


def test_catalog_file_is_well_formed():
    records = read_jsonl(catalog.CATALOG_FILE)
    codes = [r["code"] for r in records]
    assert len(codes) == len(set(codes))
    for record in records:
        assert record["name"] and isinstance(record["synonyms"], list)
        assert record["layout"] in (None, "2022", "portal")
        assert record.get("group") is None or record["group"] in codes


def test_portal_groups_sum_to_one_hundred():
    entries = catalog.entries()
    portal = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
    assert [entries[c].max for c in portal] == [18, 20, 12, 10, 22, 18]
    layout_2022 = ["766.cong_khai", "766.tien_do", "766.so_hoa", "766.cung_cap_dvtt", "766.hai_long"]
    assert sum(entries[c].max for c in layout_2022) == 100


def test_every_group_has_components():
    entries = catalog.entries()
    for group in ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"):
        assert any(e.group == group and e.code != group for e in entries.values()), group


@pytest.mark.parametrize(
    ("label", "max_value", "unit", "code"),
    [
        ("Tỷ lệ hồ sơ giải quyết đúng hạn", None, "%", "766.tien_do.dung_han"),
        ("Hồ sơ xử lý đúng hạn", None, "%", "766.tien_do.dung_han"),
        ("Công khai minh bạch", 18, None, "766.cong_khai"),
        ("Công khai, minh bạch", 18, "điểm", "766.cong_khai"),
        ("Số hóa hồ sơ", 22, None, "766.so_hoa"),
        ("Điểm số trục nội dung Số hóa hồ sơ, kết quả TTHC", 22, "điểm", "766.so_hoa"),
        ("Nhóm chỉ số Số hóa hồ sơ", 22, "điểm", "766.so_hoa"),
        ("Dịch vụ công trực tuyến", 12, "điểm", "766.dvctt"),
        ("Dịch vụ công trực tuyến", 22, "điểm", "766.cung_cap_dvtt"),
        ("Cung cấp dịch vụ trực tuyến", 22, "điểm", "766.cung_cap_dvtt"),
        ("Thanh toán trực tuyến", 10, "điểm", "766.thanh_toan"),
        ("Tỷ lệ thanh toán trực tuyến", None, "%", "766.thanh_toan.ho_so"),
        ("Thanh toán trực tuyến", None, "%", "766.thanh_toan.ho_so"),
        ("Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", None, "%", "766.dvctt.toan_trinh"),
        ("TTHC cung cấp DVCTT một phần", None, "TTHC", "766.dvctt.mot_phan"),
        ("Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", None, "%", "766.hai_long.tthc"),
        ("Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", None, "%", "766.hai_long.pakn"),
        ("Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính", None, "%", "766.so_hoa.chung_thuc"),
        ("Tỷ lệ chứng thực bản sao điện tử từ bản chính", None, "%", "chung_thuc_dien_tu"),
        ("Tỷ lệ xử lý hồ sơ công việc và ký số văn bản điện tử", None, "%", "cds.ho_so_cong_viec"),
        ("Tỷ lệ văn bản đi được ký số", None, "%", "cds.ky_so"),
        ("Mức độ hài lòng trung bình", None, "điểm", "pakn.diem_hai_long"),
        ("Mức độ hài lòng", 18, "điểm", "766.hai_long"),
        ("Chỉ số cải cách hành chính (PAR Index)", None, "điểm", "par_index"),
        ("SIPAS", None, "%", "sipas"),
        ("Chỉ số năng lực cạnh tranh cấp tỉnh", None, "hạng", "pci"),
        ("tài khoản định danh điện tử được kích hoạt", None, "tài khoản", "tai_khoan_dinh_danh"),
        ("Điểm tổng hợp", 100, "điểm", "766.tong_hop"),
        ("xếp hạng", 63, "hạng", "766.xep_hang"),
    ],
)
def test_code_for_names_in_many_wordings(label, max_value, unit, code):
    assert catalog.code_for(label, max_value, unit) == code


@pytest.mark.parametrize(
    "label",
    ["TY LE HO SO GIAI QUYET DUNG HAN", "tỷ lệ hồ sơ giải quyết đúng hạn", "Tỷ lệ hồ sơ giải quyết đúng hạn"],
)
def test_matching_ignores_case_and_diacritics(label):
    assert catalog.code_for(label, None, "%") == "766.tien_do.dung_han"


def test_generic_ratio_needs_its_context():
    assert catalog.code_for("tỷ lệ xử lý", None, "%") is None
    assert catalog.code_for("tỷ lệ xử lý", None, "%", context="Tổng số PAKN được tiếp nhận") == "pakn.ty_le_xu_ly"


def test_unknown_names_have_no_code():
    assert catalog.code_for("Số km đường giao thông nông thôn", None, "km") is None


def test_folding_keeps_offsets():
    text = "Tỷ lệ Đúng hạn ĐẠT"
    folded = catalog.fold_same_length(text)
    assert len(folded) == len(text) and folded == "ty le dung han dat"


def test_mentions_point_into_the_text():
    text = "Kết quả: Tỷ lệ hồ sơ thanh toán trực tuyến đạt 17,1%; SIPAS đạt 88%."
    mentions = catalog.find_mentions(text)
    found = {text[m.start:m.end]: m.codes for m in mentions}
    assert found["hồ sơ thanh toán trực tuyến"] == ("766.thanh_toan.ho_so",)
    assert found["SIPAS"] == ("sipas",)
