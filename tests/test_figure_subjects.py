"""Who a figure is about: the wordings the subject pass reads (extractor/extract/figure_subjects.py,
subjects.py, the subject/level of table rows in tables.py).

Each test is a sentence written for the test, in a wording of the same form as a report's (not a report's
text); the expected body and level are what a reader takes from that sentence.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract import extract_facts
from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta, Indicator


def _figures(text: str, issuer: str | None = None) -> list[Indicator]:
    return extract_figures(text, [DocumentMeta(issuer=issuer, period_end="2024-09-30", end=len(text))], [])




# ---------------------------------------------------------------- a level named after the count


def test_a_level_after_the_count_names_it():
    text = ("Hiện nay, UBND các huyện đang thực hiện 312 TTHC thuộc thẩm quyền cấp huyện và 95 TTHC thuộc thẩm "
            "quyền cấp xã.\nTrên địa bàn tỉnh có 1.250 thủ tục hành chính cấp tỉnh được công bố.\n")
    rows = _figures(text)
    assert subject_and_level(figure_at(rows, text, "thực hiện 312", "312")) == ("cấp huyện", "huyện")
    assert subject_and_level(figure_at(rows, text, "và 95 TTHC", "95")) == ("cấp xã", "xã")
    assert subject_and_level(figure_at(rows, text, "có 1.250", "1.250")) == ("cấp tỉnh", "tỉnh")


def test_a_count_of_administrative_units_of_a_level():
    text = "Sau khi sắp xếp, toàn tỉnh có 96 đơn vị hành chính cấp xã, không còn cấp huyện.\n"
    assert subject_and_level(figure_at(_figures(text), text, "có 96", "96")) == ("cấp xã", "xã")


def test_files_of_a_level_handled_by_the_whole_district():
    text = "Trong tháng, toàn huyện đã giải quyết 3.118 hồ sơ cấp xã, trễ hạn 12 hồ sơ.\n"
    rows = _figures(text, issuer="UBND huyện Đức Thọ")
    assert subject_and_level(figure_at(rows, text, "giải quyết 3.118", "3.118")) == ("cấp xã", "xã")


def test_a_level_after_the_count_only_describes_the_procedures_of_a_body_of_that_level():
    """A commune's own one-stop centre receives the commune-level procedures: the figure is the commune's."""
    text = ("Trung tâm Phục vụ hành chính công xã (tiếp nhận nhiệm vụ của bộ phận một cửa các xã cũ) hiện "
            "tiếp nhận 280 TTHC thuộc thẩm quyền cấp xã.\n")
    rows = _figures(text, issuer="UBND xã Tân Lập")
    assert subject_and_level(figure_at(rows, text, "tiếp nhận 280", "280")) == ("UBND xã Tân Lập", "xã")


# ---------------------------------------------------------------- the issuer named without its name


def test_the_unit_with_all_its_lower_units_is_the_unit_itself():
    text = ("Bộ phận Một cửa huyện và các xã, thị trấn đã cấp bản sao điện tử cho 1.506 hồ sơ, chiếm 27,4% "
            "số hồ sơ chứng thực.\n")
    rows = _figures(text, issuer="UBND huyện Đức Thọ")
    assert subject_and_level(figure_at(rows, text, "cho 1.506", "1.506")) == ("UBND huyện Đức Thọ", "huyện")
    assert subject_and_level(figure_at(rows, text, "chiếm 27,4%", "27,4%")) == ("UBND huyện Đức Thọ", "huyện")


def test_the_issuers_desk_at_the_provincial_centre_is_the_issuer():
    text = ("1. Kết quả\n\nBộ phận Một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 845 hồ sơ "
            "trong quý. Viên chức của Sở làm việc thuộc Trung tâm Phục vụ hành chính công tỉnh đã hỗ trợ 120 lượt "
            "người dân.\n")
    rows = _figures(text, issuer="Sở Xây dựng")
    assert subject_and_level(figure_at(rows, text, "tiếp nhận 845", "845")) == ("Sở Xây dựng", "tỉnh")
    assert subject_and_level(figure_at(rows, text, "hỗ trợ 120", "120")) == ("Sở Xây dựng", "tỉnh")


def test_the_province_named_after_the_issuer_as_owner_qualifies_a_noun():
    text = "Chỉ số phục vụ người dân của xã trên hệ thống theo dõi của tỉnh đạt 85,5/100 điểm.\n"
    rows = _figures(text, issuer="UBND xã Tân Lập")
    assert subject_and_level(figure_at(rows, text, "đạt 85,5/100", "85,5/100")) == ("UBND xã Tân Lập", "xã")


def test_a_one_stop_centre_of_the_issuers_unit_without_its_name_is_the_issuer():
    text = ("2. Trung tâm Phục vụ hành chính công phường đẩy mạnh hướng dẫn người dân, phấn đấu tỷ lệ hồ sơ "
            "nộp trực tuyến đạt tối thiểu 80%.\n")
    rows = _figures(text, issuer="UBND phường An Lạc")
    assert subject_and_level(figure_at(rows, text, "tối thiểu 80%", "80%")) == ("UBND phường An Lạc", "xã")


# ---------------------------------------------------------------- mentions that are not the subject


def test_bodies_in_an_aside_in_brackets_are_not_the_subject():
    text = ("UBND xã Hòa Bình (thành lập trên cơ sở nhập xã Hòa An và xã Hòa Lợi) đã tiếp nhận 1.204 hồ sơ "
            "trong quý.\n")
    rows = _figures(text)
    assert subject_and_level(figure_at(rows, text, "tiếp nhận 1.204", "1.204")) == ("UBND xã Hòa Bình", "xã")


def test_the_group_a_rank_is_counted_in_is_not_the_subject():
    text = ("Tính đến ngày 30/9/2024, Sở Tư pháp đạt 88,1/100 điểm, xếp thứ 5/21 sở, ban, ngành, tăng 3 bậc so "
            "với quý II/2024.\n")
    rows = _figures(text)
    assert subject_and_level(figure_at(rows, text, "tăng 3 bậc", "3")) == ("Sở Tư pháp", "tỉnh")


def test_the_land_registration_office_is_a_provincial_body():
    text = ("Hồ sơ tiếp nhận tại các phòng chuyên môn đều được số hóa; riêng Văn phòng Đăng ký đất đai đạt "
            "87,4%.\n")
    rows = _figures(text)
    assert subject_and_level(figure_at(rows, text, "đạt 87,4%", "87,4%")) == ("Văn phòng Đăng ký đất đai", "tỉnh")


# ---------------------------------------------------------------- owners of targets


def test_a_target_belongs_to_the_body_that_directs_the_task():
    text = ("2. UBND các huyện, thị xã chỉ đạo Bộ phận Một cửa cấp xã tăng cường số hóa, bảo đảm tỷ lệ hồ sơ "
            "được số hóa đạt từ 80% trở lên.\n")
    rows = _figures(text)
    assert subject_and_level(figure_at(rows, text, "từ 80%", "80%")) == ("UBND các huyện, thị xã", "huyện")


def test_a_target_under_a_heading_that_asks_some_bodies_is_theirs():
    text = ("II. NHIỆM VỤ\n\n3. Đề nghị UBND các phường, xã\n\na) Rà soát hồ sơ trễ hạn, báo cáo kết quả.\n\n"
            "b) Phấn đấu đến hết quý IV/2024, tỷ lệ thanh toán trực tuyến của từng đơn vị đạt từ 50% trở lên.\n")
    rows = _figures(text, issuer="UBND thành phố Hà Tiên")
    assert subject_and_level(figure_at(rows, text, "từ 50%", "50%")) == ("UBND các phường, xã", "xã")


# ---------------------------------------------------------------- total rows of tables of units


def _table_rows(text: str) -> list[Indicator]:
    parts = [DocumentMeta(issuer="UBND tỉnh Trà Vinh", period_end="2024-09-30", end=len(text))]
    return [row for row in extract_facts(text, parts, []).indicators if row.source == "table"]


def test_a_bare_cong_row_of_a_level_is_that_level():
    text = ("3. Kết quả giải quyết hồ sơ tại Bộ phận Một cửa cấp xã\n\n"
            "STT\tĐơn vị\tHồ sơ tiếp nhận\tTỷ lệ đúng hạn (%)\n"
            "1\tXã Long Đức\t1.204\t99,10\n"
            "2\tPhường 7\t2.318\t98,42\n"
            "\tCộng cấp xã\t3.522\t98,65\n\n"
            "Trong quý, các xã đã giải quyết đúng hạn phần lớn hồ sơ.\n")
    rows = _table_rows(text)
    total = figure_at(rows, text, "\t3.522\t98,65", "98,65")
    assert subject_and_level(total) == ("cấp xã", "xã")


def test_the_total_row_of_a_table_titled_by_a_level_is_that_level():
    text = ("4. Kết quả của các đơn vị cấp huyện\n\n"
            "STT\tĐơn vị\tHồ sơ tiếp nhận\tTỷ lệ trực tuyến (%)\n"
            "1\tThành phố Trà Vinh\t3.010\t71,25\n"
            "2\tHuyện Càng Long\t2.145\t64,80\n"
            "3\tThị xã Duyên Hải\t1.377\t60,02\n"
            "\tTổng cộng\t6.532\t66,91\n\n"
            "Các đơn vị cần tiếp tục đẩy mạnh dịch vụ công trực tuyến.\n")
    rows = _table_rows(text)
    assert subject_and_level(figure_at(rows, text, "\t6.532\t66,91", "6.532")) == ("cấp huyện", "huyện")
    assert subject_and_level(figure_at(rows, text, "Càng Long\t2.145", "2.145")) == ("Huyện Càng Long", "huyện")


# ---------------------------------------------------------------- the provincial portal


def test_the_provincial_portal_is_the_channel_not_a_body():
    text = ("Trong quý, Cổng DVC tỉnh đã tiếp nhận 143 phản ánh, kiến nghị của người dân.\n"
            "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95,2% (Cổng Dịch vụ công tỉnh đạt 98,1%).\n")
    rows = _figures(text)
    assert subject_and_level(figure_at(rows, text, "tiếp nhận 143", "143")) == (None, None)
    assert subject_and_level(figure_at(rows, text, "đạt 95,2%", "95,2%")) == (None, None)
    assert subject_and_level(figure_at(rows, text, "đạt 98,1%", "98,1%")) == ("Cổng Dịch vụ công tỉnh", None)
