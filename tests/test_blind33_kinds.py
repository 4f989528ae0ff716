"""A kind of miss measured on blind set 34, on a text written here in another wording of the same form; the expected
values are what a reader takes from it.

- a plan for the next year opening `I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024` states that year's results: every figure under it
  (counts and changes too, not a count whose own words name another year) is dated at that year's end.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta

PLAN = """KẾ HOẠCH
Kiểm soát thủ tục hành chính năm 2025

I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024
1. Toàn tỉnh có 1.790 TTHC được công bố, trong đó cấp tỉnh 1.402 TTHC. Năm 2024 đã tiếp nhận 398.120 hồ sơ.
2. Bộ chỉ số phục vụ người dân, doanh nghiệp: tỉnh đạt 83,10/100 điểm, xếp thứ 30/63, tăng 6 bậc so với năm 2023.

II. MỤC TIÊU NĂM 2025
- Tỷ lệ hồ sơ nộp trực tuyến đạt từ 65% trở lên.
"""


@pytest.mark.parametrize("context, raw", [
    ("có 1.790", "1.790"), ("cấp tỉnh 1.402", "1.402"), ("nhận 398.120", "398.120"), ("đạt 83,10", "83,10"),
    ("thứ 30/63", "30/63"), ("tăng 6 bậc", "6"),
])
def test_a_plans_results_part_dates_its_figures_at_that_years_end(context, raw):
    parts = [DocumentMeta(period_start="2025-01-01", period_end="2025-12-31", issued_date="2025-01-15", start=0,
                          end=len(PLAN))]
    assert figure_at(extract_figures(PLAN, parts, []), PLAN, context, raw).as_of == "2024-12-31"


def test_the_goals_of_the_plan_keep_their_own_year():
    parts = [DocumentMeta(period_start="2025-01-01", period_end="2025-12-31", issued_date="2025-01-15", start=0,
                          end=len(PLAN))]
    row = figure_at(extract_figures(PLAN, parts, []), PLAN, "từ 65%", "65%")
    assert (row.kind, row.as_of) == ("target", "2025-12-31")


OWN = """I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CỦA SỞ
1. Tiếp nhận hồ sơ
Trong quý, tiếp nhận 2.410 hồ sơ, trong đó trực tuyến 2.288 hồ sơ.

II. TUYỂN SINH TRỰC TUYẾN TOÀN TỈNH
Toàn tỉnh có 18.200 hồ sơ đăng ký tuyển sinh trực tuyến.
"""


def test_a_part_headed_cua_so_is_the_issuing_departments():
    parts = [DocumentMeta(issuer="Sở Giáo dục và Đào tạo", period_end="2025-06-30", start=0, end=len(OWN))]
    rows = extract_figures(OWN, parts, [])
    assert (figure_at(rows, OWN, "nhận 2.410", "2.410").subject, figure_at(rows, OWN, "nhận 2.410", "2.410").level) == (
        "Sở Giáo dục và Đào tạo", "tỉnh")
    assert figure_at(rows, OWN, "có 18.200", "18.200").subject is None  # the province's, in a part on the province
