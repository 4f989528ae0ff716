"""Kinds of misses measured on blind sets 43 and 44, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- the provincial inspectorate (`THANH TRA TỈNH`, `.../BC-TTr`, signed `CHÁNH THANH TRA`) and the economic-zone board
  (`BAN QUẢN LÝ KHU KINH TẾ`, `.../BC-BQLKKT`) are issuers reporting on their own procedures: figures naming no
  body are theirs;
- a commune's committee over its one-stop centre (`UBND XÃ KRÔNG BÚK` / `TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG`) issues
  as that centre, and its figures naming no body are the centre's, at the commune level.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.metadata import extract_metadata

INSPECTORATE = """UBND TỈNH LẠNG SƠN
THANH TRA TỈNH

Số: 141/BC-TTr
Lạng Sơn, ngày 03 tháng 7 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý II năm 2025

Trong quý, Thanh tra tỉnh tiếp nhận 46 hồ sơ giải quyết khiếu nại, tố cáo, trong đó trực tuyến 12 hồ sơ, đạt 26,09%.
Đã giải quyết 44 hồ sơ, đúng hạn 44 hồ sơ.

CHÁNH THANH TRA

Nông Văn Tài
"""

ZONE_BOARD = """UBND TỈNH HÀ TĨNH
BAN QUẢN LÝ KHU KINH TẾ

Số: 902/BC-BQLKKT
Hà Tĩnh, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả thực hiện thủ tục hành chính quý III năm 2025

Trong quý, đã tiếp nhận 131 hồ sơ, trong đó 127 hồ sơ nộp trực tuyến, đạt 96,95%.
"""

COMMUNE_CENTRE = """UBND XÃ KRÔNG BÚK
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

Số: 21/BC-TTPVHCC
Krông Búk, ngày 03 tháng 11 năm 2025

BÁO CÁO
Kết quả tiếp nhận, giải quyết hồ sơ tháng 10 năm 2025

Trong tháng, đã tiếp nhận 612 hồ sơ, trong đó trực tuyến 480 hồ sơ, đạt 78,43%.
"""


@pytest.mark.parametrize("text, issuer", [
    (INSPECTORATE, "Thanh tra tỉnh"), (ZONE_BOARD, "Ban Quản lý Khu kinh tế"),
    (COMMUNE_CENTRE, "Trung tâm Phục vụ hành chính công xã Krông Búk"),
])
def test_the_inspectorate_the_zone_board_and_a_communes_centre_are_issuers(text, issuer):
    assert extract_metadata(text)[0].issuer == issuer


def test_the_inspectorates_chief_signs():
    assert extract_metadata(INSPECTORATE)[0].signer == "Nông Văn Tài"


@pytest.mark.parametrize("text, context, raw, subject, level", [
    (INSPECTORATE, "nhận 46 hồ sơ", "46", "Thanh tra tỉnh", "tỉnh"),
    (INSPECTORATE, "đạt 26,09%", "26,09%", "Thanh tra tỉnh", "tỉnh"),
    (ZONE_BOARD, "nhận 131 hồ sơ", "131", "Ban Quản lý Khu kinh tế", "tỉnh"),
    (COMMUNE_CENTRE, "nhận 612 hồ sơ", "612", "Trung tâm Phục vụ hành chính công xã Krông Búk", "xã"),
    (COMMUNE_CENTRE, "đạt 78,43%", "78,43%", "Trung tâm Phục vụ hành chính công xã Krông Búk", "xã"),
])
def test_figures_naming_no_body_are_the_issuers_own(text, context, raw, subject, level):
    row = figure_at(extract_figures(text, extract_metadata(text), []), text, context, raw)
    assert (row.subject, row.level) == (subject, level)
