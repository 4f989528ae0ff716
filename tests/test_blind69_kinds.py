"""Kinds of misses measured on blind sets 69 to 72, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a report saved as HTML (`<p>`, `<table><tr><td>`) is read as the text and tables it shows, spans kept;
- a weekly bulletin (`BẢN TIN`, `tuần 43 năm 2025`) has that week for its period, and `tuần trước` is the week before;
- an inspection record (`BIÊN BẢN KIỂM TRA`) has the window in its title's brackets for its period, and its figures are
  the inspected body's (`... tại UBND xã ...`);
- a proposal (`TỜ TRÌNH`) for next year dates the figures of `Trong 10 tháng năm 2025, ...` (and the rest of that
  paragraph) at that month's end, its proposed column is a target, and the proposing body does no work of its own;
- a resolution's article (`Điều 1. Đánh giá tình hình thực hiện kế hoạch năm 2025`) dates its figures and bracketed
  plans (`(kế hoạch 50%)`) in that year; its goals section makes targets of amounts and counts too; an item opening
  with its own body is that body's under a heading that sets a task;
- the State Treasury's office and branches, a customs branch's checkpoints and a land office's branches are bodies.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract import extract_facts
from extractor.markup import markup_view
from extractor.metadata import extract_metadata


def _extract(text: str):
    view = markup_view(text)
    parts = extract_metadata(view)
    return parts, extract_facts(view, parts, [])


HTML = """<html><body>
<p align="center"><b>ỦY BAN NHÂN DÂN</b></p>
<p align="center"><b>TỈNH KON TUM</b></p>
<p>Số: 212/BC-UBND</p>
<p align="right"><i>Kon Tum, ngày 06 tháng 10 năm 2025</i></p>
<p align="center"><b>BÁO CÁO</b></p>
<p align="center"><b>Kết quả giải quyết thủ tục hành chính quý III năm 2025</b></p>
<p>Trong quý, toàn tỉnh tiếp nhận <b>48.216</b> hồ sơ, nộp trực tuyến đạt 72,15%.</p>
<table border="1">
<tr><th>STT</th><th>Cơ quan</th><th>Tiếp nhận (hồ sơ)</th><th>Đúng hạn (%)</th></tr>
<tr><td>1</td><td>Sở Xây dựng</td><td>1.204</td><td>97,42</td></tr>
<tr><td>2</td><td>Sở Tư pháp</td><td>3.318</td><td>100</td></tr>
</table>
</body></html>
"""


def test_an_html_report_is_read_as_its_text_and_tables():
    [meta], extraction = _extract(HTML)
    assert (meta.doc_number, meta.doc_type, meta.period_end) == ("212/BC-UBND", "Báo cáo", "2025-09-30")
    rows = extraction.indicators
    assert figure_at(rows, HTML, "<b>48.216</b>", "48.216").value == 48216
    cell = figure_at(rows, HTML, "<td>1.204</td>", "1.204")
    assert (cell.source, cell.unit, cell.subject, cell.code) == ("table", "hồ sơ", "Sở Xây dựng", "ho_so.tiep_nhan")
    assert HTML[cell.start:cell.end] == "1.204"
    share = figure_at(rows, HTML, "<td>97,42</td>", "97,42")
    assert (share.value, share.unit, share.code) == (97.42, "%", "766.tien_do.dung_han")
    assert not [row for row in rows if row.raw == "1" or "border" in row.snippet]


BULLETIN = """UBND TỈNH CẦN THƠ
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

Số: 41/BT-TTPVHCC
Cần Thơ, ngày 10 tháng 11 năm 2025

BẢN TIN
Cải cách thủ tục hành chính tuần 45 năm 2025
(Từ ngày 03/11/2025 đến ngày 07/11/2025)

• Tiếp nhận: 8.412 hồ sơ
  – Cấp tỉnh: 2.105 hồ sơ
  – Cấp xã: 6.307 hồ sơ
• Quá hạn: 96 hồ sơ (tuần trước: 120 hồ sơ)
"""


def test_a_weekly_bulletin_has_its_week_for_period():
    [meta], extraction = _extract(BULLETIN)
    assert (meta.doc_type, meta.period_label) == ("Bản tin", "tuần 45 năm 2025")
    assert (meta.period_start, meta.period_end) == ("2025-11-03", "2025-11-07")
    rows = extraction.indicators
    assert figure_at(rows, BULLETIN, "Tiếp nhận: 8.412", "8.412").as_of == "2025-11-07"
    earlier = figure_at(rows, BULLETIN, "(tuần trước: 120 hồ sơ)", "120")
    assert (earlier.kind, earlier.as_of) == ("previous", "2025-10-31")
    # the levels' counts under the total are parts of it
    assert figure_at(rows, BULLETIN, "Cấp xã: 6.307", "6.307").code == "ho_so.tiep_nhan"


RECORD = """UBND TỈNH QUẢNG BÌNH
ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH

Số: 12/BB-ĐKT
Quảng Bình, ngày 20 tháng 11 năm 2025

BIÊN BẢN KIỂM TRA
Công tác kiểm soát thủ tục hành chính tại UBND xã Bố Trạch (kỳ kiểm tra từ ngày 01/7/2025 đến ngày 31/10/2025)

II. KẾT QUẢ KIỂM TRA
Trong kỳ, tiếp nhận 2.014 hồ sơ, trong đó trực tuyến 1.208 hồ sơ. Kế hoạch năm có 18 nhiệm vụ.
"""


def test_an_inspection_record_is_about_the_body_inspected_over_its_window():
    [meta], extraction = _extract(RECORD)
    assert (meta.doc_type, meta.period_start, meta.period_end) == ("Biên bản", "2025-07-01", "2025-10-31")
    row = figure_at(extraction.indicators, RECORD, "tiếp nhận 2.014", "2.014")
    assert subject_and_level(row) == ("UBND xã Bố Trạch", "xã")
    assert row.as_of == "2025-10-31"
    assert figure_at(extraction.indicators, RECORD, "có 18 nhiệm vụ", "18").unit == "nhiệm vụ"


PROPOSAL = """UBND TỈNH LAI CHÂU
SỞ NỘI VỤ

Số: 77/TTr-SNV
Lai Châu, ngày 18 tháng 11 năm 2025

TỜ TRÌNH
Về việc đề nghị giao chỉ tiêu cải cách hành chính của tỉnh năm 2026

Trong 10 tháng năm 2025, toàn tỉnh tiếp nhận 96.410 hồ sơ. Tỷ lệ nộp trực tuyến đạt 58,12%.

Sở Nội vụ đề xuất các chỉ tiêu năm 2026 như sau:

| TT | Chỉ tiêu | Thực hiện đến 31/10/2025 | Đề xuất năm 2026 |
|---|---|---|---|
| 1 | Tỷ lệ hồ sơ nộp trực tuyến (%) | 58,12 | 75 |
"""


def test_a_proposal_dates_this_years_results_and_proposes_targets():
    _, extraction = _extract(PROPOSAL)
    rows = extraction.indicators
    assert figure_at(rows, PROPOSAL, "tiếp nhận 96.410", "96.410").as_of == "2025-10-31"
    assert figure_at(rows, PROPOSAL, "đạt 58,12%", "58,12%").as_of == "2025-10-31"
    proposed = figure_at(rows, PROPOSAL, "| 75 |", "75")
    assert (proposed.kind, proposed.as_of, proposed.subject) == ("target", "2026-12-31", None)
    assert figure_at(rows, PROPOSAL, "| 58,12 | 75", "58,12").subject is None


RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH ĐỒNG THÁP

Số: 31/NQ-HĐND
Đồng Tháp, ngày 09 tháng 12 năm 2025

NGHỊ QUYẾT
Về kế hoạch phát triển kinh tế - xã hội năm 2026

Điều 1. Đánh giá tình hình thực hiện kế hoạch năm 2025

Thu ngân sách ước đạt 9.450 tỷ đồng; tỷ lệ hồ sơ thanh toán trực tuyến mới đạt 41,20% (kế hoạch 50%).

Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2026
- Thu ngân sách nhà nước đạt 10.200 tỷ đồng;
- Thành lập mới 1.500 doanh nghiệp.

Điều 3. Tổ chức thực hiện
1. Giao UBND tỉnh tổ chức thực hiện Nghị quyết; trong đó:
a) Sở Tài chính hướng dẫn thu phí không dùng tiền mặt, hoàn thành trong tháng 3/2026;
b) UBND tỉnh ban hành kế hoạch trước ngày 31/01/2026.
"""


def test_a_resolutions_articles_date_results_and_set_goals():
    _, extraction = _extract(RESOLUTION)
    rows = extraction.indicators
    assert figure_at(rows, RESOLUTION, "ước đạt 9.450", "9.450").as_of == "2025-12-31"
    plan = figure_at(rows, RESOLUTION, "(kế hoạch 50%)", "50%")
    assert (plan.kind, plan.as_of) == ("target", "2025-12-31")
    for context, raw in [("đạt 10.200", "10.200"), ("mới 1.500", "1.500")]:
        goal = figure_at(rows, RESOLUTION, context, raw)
        assert (goal.kind, goal.as_of) == ("target", "2026-12-31"), context
    assignees = {d.due_date: d.assignee for d in extraction.deadlines}
    assert assignees["2026-03-31"] == "Sở Tài chính"
    assert assignees["2026-01-31"] == "UBND tỉnh"


TREASURY = """BỘ TÀI CHÍNH
KHO BẠC NHÀ NƯỚC KHU VỰC VI

Số: 98/BC-KBKV6
Thái Bình, ngày 12 tháng 3 năm 2025

BÁO CÁO
Kết quả dịch vụ công trực tuyến năm 2024

Số hồ sơ tiếp nhận qua dịch vụ công theo đơn vị:
- Văn phòng Kho bạc Nhà nước Thái Bình: 41.206 hồ sơ;
- Kho bạc Nhà nước Quỳnh Phụ: 9.812 hồ sơ.

Tờ khai hải quan theo đơn vị:
- Hải quan cửa khẩu cảng Diêm Điền: 3.208 tờ khai;

Kết quả của Văn phòng Đăng ký đất đai: Chi nhánh Kiến Xương (84 hồ sơ).
"""


def test_treasury_customs_and_land_office_units_are_bodies():
    [meta], extraction = _extract(TREASURY)
    assert meta.issuer == "Kho bạc Nhà nước khu vực VI"
    rows = extraction.indicators
    office = figure_at(rows, TREASURY, "Thái Bình: 41.206", "41.206")
    assert subject_and_level(office) == ("Văn phòng Kho bạc Nhà nước Thái Bình", "tỉnh")
    branch = figure_at(rows, TREASURY, "Quỳnh Phụ: 9.812", "9.812")
    assert subject_and_level(branch) == ("Kho bạc Nhà nước Quỳnh Phụ", "huyện")
    checkpoint = figure_at(rows, TREASURY, "Diêm Điền: 3.208", "3.208")
    assert subject_and_level(checkpoint) == ("Hải quan cửa khẩu cảng Diêm Điền", "tỉnh")
    land = figure_at(rows, TREASURY, "(84 hồ sơ)", "84")
    assert subject_and_level(land) == ("Chi nhánh Kiến Xương", "tỉnh")


def test_the_pipeline_reads_an_html_file_through_its_view_and_stores_it_as_written(tmp_path):
    from extractor.errors import Budget
    from extractor.pipeline import FileJob, hash_file, process_file

    path = tmp_path / "212_kon_tum.txt"
    path.write_text(HTML, encoding="utf-8")
    record = process_file(FileJob(str(path), "txt", *hash_file(str(path))), Budget())
    text = record["document"]["text"]
    assert text == HTML  # the markup stays in the stored text
    cells = [row for row in record["indicators"] if row["source"] == "table"]
    assert [text[row["start"]:row["end"]] for row in cells] == ["1.204", "97,42", "3.318", "100"]


def test_a_youth_unions_district_chapters_are_bodies():
    text = "- Thành Đoàn Đồng Xoài: 31.408 lượt người dân được hướng dẫn.\n"
    row = figure_at(extract_facts(text, [], []).indicators, text, "Xoài: 31.408", "31.408")
    assert subject_and_level(row) == ("Thành Đoàn Đồng Xoài", "huyện")
