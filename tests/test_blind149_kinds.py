"""Kinds fixed after measuring blind sets 149 to 152, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- meetings held online count in `cuộc họp` as written (`tổ chức 152 cuộc họp trực tuyến`), as calls count in `cuộc
  gọi`; a bare `cuộc` stays `cuộc`.
"""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


MEETINGS = """\
UBND TỈNH SƠN LA
Số: 22/BC-UBND
Sơn La, ngày 10 tháng 01 năm 2026

BÁO CÁO
Kết quả chuyển đổi số năm 2025

Năm 2025, tỉnh tổ chức 152 cuộc họp trực tuyến từ tỉnh đến xã, trong đó 48 cuộc họp có sự tham dự của cấp xã; \
Thường trực HĐND tỉnh chủ trì 12 cuộc giám sát.
"""


def test_meetings_count_in_the_noun_as_written():
    rows = _facts(MEETINGS).indicators
    for context, raw in (("152 cuộc", "152"), ("48 cuộc", "48")):
        assert figure_at(rows, MEETINGS, context, raw).unit == "cuộc họp", raw
    assert figure_at(rows, MEETINGS, "12 cuộc", "12").unit == "cuộc"
