"""Seed 002: notice 294/TB-UBND of UBND tỉnh Bắc Giang (19/7/2024), OCR'd without diacritics.

Expected values are read from the document: its header (`Số: 294/TB-UBND Bắc Giang, ngày 19 tháng 7
năm 2024`, `THÔNG BÁO`, `... 6 tháng đầu năm 2024`), the results paragraph (`tỷ lệ hồ sơ đúng hạn và
trước hạn ... (98%)`, `tỷ lệ hồ sơ thực hiện qua dịch vụ công trực tuyến cao (78,6%)`, `mức độ hài lòng
trong giải quyết TTHC ... đánh giá cao (97,92%)`, `PAR Index tiếp tục duy trì thứ 4/63 tỉnh, PCI đứng
thứ 4/63 tỉnh`, `tỷ lệ thanh toán trực tuyến mới đạt 36,74%`, `216.219 trường hợp chưa có tài khoản
định danh điện tử`) and the tasks (`Hoàn thành trong tháng 7/2024`, `Xong trong tháng 8/2024`, `trong
tháng 9/2024`, `trong quý III/2024`). Most of these sentences wrap onto the next line in the OCR text.
"""

from __future__ import annotations

import glob

import pytest

from extractor.discover import format_of
from extractor.errors import Budget
from extractor.pipeline import FileJob, hash_file, process_file


@pytest.fixture(scope="module")
def record() -> dict:
    path = glob.glob("corpus/002_*.txt")[0]
    sha, size, mtime = hash_file(path)
    return process_file(FileJob(path, format_of(path), sha, size, mtime), Budget())


def _one(record: dict, value: float, unit: str) -> dict:
    found = [i for i in record["indicators"] if abs(i["value"] - value) < 1e-9 and i["unit"] == unit]
    assert len(found) == 1, (value, unit, found)
    return found[0]


def test_document_metadata(record):
    doc = record["document"]
    assert doc["province"] == "Bắc Giang"
    assert doc["doc_number"] == "294/TB-UBND"
    assert doc["issued_date"] == "2024-07-19"
    assert doc["doc_type"] == "Thông báo"
    assert doc["period_label"] == "6 tháng đầu năm 2024"
    assert (doc["period_start"], doc["period_end"]) == ("2024-01-01", "2024-06-30")


@pytest.mark.parametrize(
    ("value", "code", "words"),
    [
        (98.0, "766.tien_do.dung_han", "hồ sơ đúng hạn và trước hạn"),
        (78.6, "766.dvctt.nop_truc_tuyen", "dịch vụ công"),
        (97.92, "766.hai_long.tthc", "hài lòng trong giải quyết TTHC"),
        (36.74, "766.thanh_toan.ho_so", "thanh toán trực tuyến"),
    ],
)
def test_shares(record, value, code, words):
    """Each share keeps its wrapped label and the code of the indicator its clause names."""
    ind = _one(record, value, "%")
    assert ind["code"] == code
    assert ind["kind"] == "value"
    assert words in ind["label"]
    assert ind["as_of"] == "2024-06-30"
    assert ind["subject"] is None  # the province as a whole


def test_ranks(record):
    ranks = sorted(
        (i for i in record["indicators"] if i["unit"] == "hạng"), key=lambda i: i["start"]
    )
    assert [(r["value"], r["max_value"], r["kind"], r["code"]) for r in ranks] == [
        (4.0, 63.0, "rank", "par_index"),
        (4.0, 63.0, "rank", "pci"),
    ]


def test_accounts_count(record):
    ind = _one(record, 216219.0, "trường hợp")
    assert ind["kind"] == "count"
    assert ind["code"] == "tai_khoan_dinh_danh"
    assert "tài khoản định danh điện tử" in ind["label"]


def test_provenance(record):
    text = record["document"]["text"]
    for ind in record["indicators"]:
        assert text[ind["start"] : ind["end"]] == ind["raw"]
        assert ind["raw"] in ind["snippet"]


def test_deadlines(record):
    found = sorted((d["due_date"], d["precision"]) for d in record["deadlines"])
    assert ("2024-07-31", "month") in found  # Hoàn thành trong tháng 7/2024
    assert ("2024-08-31", "month") in found  # Xong trong tháng 8/2024
    assert ("2024-09-30", "month") in found  # báo cáo Chủ tịch UBND tỉnh trong tháng 9/2024
    assert ("2024-09-30", "quarter") in found  # trong quý III/2024
    assert {due for due, _ in found} <= {"2024-07-31", "2024-08-31", "2024-09-30"}
