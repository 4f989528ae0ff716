"""Kinds fixed after measuring blind sets 137 to 140, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a report pasted under an e-mail's covering note and quoted header (`From:`, `Subject:`) is issued by the body its
  own header names (`ỦY BAN NHÂN DÂN XÃ ...` over `Số:` above the motto), not by whoever the note's lines name; a
  figure naming no body is that commune's.
"""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


FORWARDED = """\
Chào chị Hạnh,

Văn phòng HĐND - UBND xã Tân Lập gửi lại chị báo cáo quý III của xã để tổng hợp; bản có chữ ký số đã gửi qua Hệ thống
quản lý văn bản điều hành của tỉnh. Có gì chưa rõ chị gọi em theo số máy 0912.345.678 nhé.

Thân gửi,
Lê Văn Bình

-----Original Message-----
From: UBND xã Tân Lập <tanlap@phutho.gov.vn>
Sent: Monday, October 6, 2025 9:15 AM
To: Sở Nội vụ tỉnh Phú Thọ
Subject: Báo cáo kết quả giải quyết TTHC quý III năm 2025

UBND TỈNH PHÚ THỌ
ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 87/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lập, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2025

Trong quý, Trung tâm Phục vụ hành chính công xã tiếp nhận 2 846 hồ sơ, đã giải quyết 2 790 hồ sơ, đạt 98,03%.
"""


def test_a_report_forwarded_by_e_mail_is_issued_by_its_own_header():
    meta = extract_metadata(FORWARDED)[0]
    assert (meta.issuer, meta.doc_number, meta.period_end) == ("UBND xã Tân Lập", "87/BC-UBND", "2025-09-30")
    facts = _facts(FORWARDED)
    for context, raw in (("nhận 2 846", "2 846"), ("quyết 2 790", "2 790"), ("đạt 98,03%", "98,03%")):
        row = figure_at(facts.indicators, FORWARDED, context, raw)
        assert (row.subject, row.level) == ("UBND xã Tân Lập", "xã"), raw
