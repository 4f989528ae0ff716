"""Deadlines: hand-written goldens for the seeds, plus the expression forms the issue lists."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import seed_text
from test_tables import seed_parts

from extractor.extract.deadlines import extract_deadlines
from extractor.models import DocumentMeta

GOLDEN = Path(__file__).parent / "golden" / "deadlines_seeds.py"


def _golden() -> dict:
    spec = importlib.util.spec_from_file_location("deadlines_seeds", GOLDEN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DEADLINES


@pytest.mark.parametrize("number", ["000", "001", "003", "004"])
def test_seed_deadlines(number):
    text = seed_text(number)
    found = extract_deadlines(text, seed_parts(number, text))
    expected = _golden()[number]
    assert len(found) == len(expected), [d.expression for d in found]
    for deadline, (due, precision, expression, task, assignee) in zip(found, expected, strict=True):
        assert (deadline.due_date, deadline.precision, deadline.expression) == (due, precision, expression)
        assert task in deadline.task
        assert deadline.assignee == assignee
        assert expression.split()[-1] in text[deadline.start : deadline.end]
        assert text[deadline.start : deadline.end].replace("**", "") == expression
        assert text[deadline.start : deadline.end] in deadline.snippet or expression in deadline.snippet.replace(
            "**", ""
        )


def test_003_cited_dates_are_not_deadlines():
    text = seed_text("003")
    dues = {d.due_date for d in extract_deadlines(text, seed_parts("003", text))}
    assert dues == {"2023-12-10"}  # not 01/12/2023, 05/10/2023, 28/11/2023, 15/9/2023, 31/8/2023...


def _one(sentence: str, issued: str = "2024-06-15") -> list:
    return extract_deadlines(sentence, [DocumentMeta(issued_date=issued, start=0, end=len(sentence))])


@pytest.mark.parametrize(
    ("sentence", "due", "precision", "expression"),
    [
        ("Báo cáo kết quả trước ngày 06 tháng 12 năm 2025.", "2025-12-06", "day", "trước ngày 06 tháng 12 năm 2025"),
        ("Giao Sở Nội vụ tổng hợp. Hoàn thành trong tháng 7/2024.", "2024-07-31", "month",
         "Hoàn thành trong tháng 7/2024"),
        ("Thời gian hoàn thành: Xong trong tháng 8/2024.", "2024-08-31", "month", "Xong trong tháng 8/2024"),
        ("UBND các huyện tổ chức tập huấn trong quý III/2024.", "2024-09-30", "quarter", "trong quý III/2024"),
        ("Sở Tài chính triển khai trong năm 2025.", "2025-12-31", "year", "trong năm 2025"),
        ("Các đơn vị gửi báo cáo trước ngày 20 hằng tháng.", "2024-06-20", "recurring",
         "trước ngày 20 hằng tháng"),
    ],
)
def test_expression_forms(sentence, due, precision, expression):
    [deadline] = _one(sentence)
    assert (deadline.due_date, deadline.precision, deadline.expression) == (due, precision, expression)


def test_assignee_after_giao_and_leading_body():
    [first] = _one("3. Giao Sở Thông tin và Truyền thông chủ trì, hoàn thành trước ngày 30/6/2024.")
    assert first.assignee == "Sở Thông tin và Truyền thông"
    [second] = _one("- UBND các huyện, thị xã, thành phố rà soát, báo cáo trước ngày 01/7/2024.")
    assert second.assignee == "UBND các huyện, thị xã, thành phố"
    assert second.task.startswith("UBND các huyện, thị xã, thành phố rà soát, báo cáo")


def test_past_period_and_ranges_are_not_deadlines():
    assert _one("Kết quả trong tháng 3/2024 đạt 90%.") == []
    assert _one("Số liệu từ ngày 01/9/2024 đến 30/9/2024 như sau.") == []
    assert _one("Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.") == []


@pytest.mark.parametrize(
    ("item", "assignee"),
    [
        # a verb of the task the list of verbs lacked
        ("2. Văn phòng Cục tích hợp dữ liệu hộ tịch vào Kho dữ liệu trong quý III/2024.", "Văn phòng Cục"),
        ("1. Trung tâm Tư vấn và Hỗ trợ doanh nghiệp khảo sát nhu cầu, xong trước ngày 30/7/2024.",
         "Trung tâm Tư vấn và Hỗ trợ doanh nghiệp"),
        ("3. Ban Tổ chức - Kiểm tra kiện toàn các tổ hỗ trợ trong tháng 9/2024.", "Ban Tổ chức - Kiểm tra"),
        ("4. Trung tâm Dữ liệu và Truyền thông di chuyển phần mềm lên máy chủ mới chậm nhất ngày 31/8/2024.",
         "Trung tâm Dữ liệu và Truyền thông"),
        ("5. Các Phòng Giao dịch chấm dứt nhận chứng từ giấy trong quý IV/2024.", "Các Phòng Giao dịch"),
        # `Tuyên giáo` folds to the `giao` that assigns a task; it is a board's name
        ("2. Ban Tuyên giáo Đoàn Thanh niên xã biên soạn tài liệu trong tháng 10/2024.",
         "Ban Tuyên giáo Đoàn Thanh niên xã"),
        # bodies the list of body words lacked: a team, a headmaster
        ("1. Đội Kiểm tra số 2, Đội Kiểm tra số 4 cập nhật hồ sơ xử phạt trước ngày 20/7/2024.",
         "Đội Kiểm tra số 2, Đội Kiểm tra số 4"),
        ("3. Hiệu trưởng các trường tiểu học rà soát các khoản thu trong tháng 8/2024.",
         "Hiệu trưởng các trường tiểu học"),
        # which of the bodies: the pilot ones
        ("4. Đề nghị UBND các phường thí điểm bố trí công chức hỗ trợ chậm nhất ngày 30/9/2024.",
         "UBND các phường thí điểm"),
        # a division named by two fields joined by `và`, and by two verbs joined by a comma
        ("2. Phòng Quản lý đô thị và xây dựng giải quyết hồ sơ tồn đọng trong tháng 8/2024.",
         "Phòng Quản lý đô thị và xây dựng"),
        ("3. Phòng Kiểm tra, xử lý vi phạm hành chính rà soát các hồ sơ còn tồn trong quý III năm 2024.",
         "Phòng Kiểm tra, xử lý vi phạm hành chính"),
        # a tax office's teams (`Tổ ...`, not the verb `tổ chức`) and an electricity company's branches
        ("2. Tổ Kiểm tra thuế số 2 rà soát các hộ chưa kê khai, hoàn thành trước ngày 20/11/2025.",
         "Tổ Kiểm tra thuế số 2"),
        ("3. Điện lực khu vực Hương Khê đôn đốc khách hàng ký hợp đồng điện tử trong quý IV/2025.",
         "Điện lực khu vực Hương Khê"),
        # a youth union's district chapter
        ("- Huyện Đoàn Lộc Ninh thành lập thêm 05 Tổ công nghệ số cộng đồng trong quý II năm 2025.",
         "Huyện Đoàn Lộc Ninh"),
    ],
)
def test_assignee_named_whole(item, assignee):
    [deadline] = _one(item)
    assert deadline.assignee == assignee


def test_until_the_end_of_a_period_closing_a_bodys_task_is_its_deadline():
    [deadline] = _one("c) Văn phòng Sở duy trì thanh toán phí trực tuyến đối với mọi hồ sơ đến hết năm 2024.")
    assert (deadline.due_date, deadline.precision, deadline.expression) == ("2024-12-31", "year", "đến hết năm 2024")
    assert deadline.assignee == "Văn phòng Sở"
    # a state reached by the report's date, and a cut-off inside a sentence, are none
    assert _one("c) Văn phòng Sở duy trì thanh toán phí trực tuyến đến hết tháng 3/2024.") == []
    assert _one("Lũy kế đến hết quý III/2024, toàn tỉnh tiếp nhận 1.200 hồ sơ.") == []


def test_a_task_stays_inside_its_numbered_item():
    text = ("6. Nhiệm vụ quý III\n\n6.1. Phòng Kế toán đối chiếu số liệu, xong trước ngày 15/7/2024.\n"
            "6.2. Văn phòng Sở tổ chức tập huấn chậm nhất ngày 31 tháng 7 năm 2024.\n")
    first, second = _one(text)
    assert second.task == "Văn phòng Sở tổ chức tập huấn"
    assert second.assignee == "Văn phòng Sở"
    assert first.task == "Phòng Kế toán đối chiếu số liệu, xong"


def test_an_address_in_brackets_ends_no_task():
    sentence = ("- Các xã gửi báo cáo kết quả giải quyết TTHC về Văn phòng (số 12 đường Trần Phú; điện thoại "
                "0235.3812.146) trước ngày 05 hằng tháng.")
    (deadline,) = _one(sentence)
    assert deadline.due_date == "2024-07-05"
    assert deadline.task.startswith("Các xã gửi báo cáo kết quả giải quyết TTHC về Văn phòng")


def test_a_network_operator_asked_for_a_line_is_the_assignee():
    (deadline,) = _one("5. Đề nghị Viettel Quảng Ngãi bảo đảm đường truyền cho Bộ phận Một cửa các xã trong năm 2024.")
    assert deadline.assignee == "Viettel Quảng Ngãi"
    (deadline,) = _one("3. Đề nghị VNPT Kon Tum nâng cấp đường truyền, hoàn thành trong năm 2024.")
    assert deadline.assignee == "VNPT Kon Tum"


def test_items_numbered_with_a_bracket_or_a_word_bullet_each_name_their_body():
    text = ("1) Sở Tư pháp giải quyết dứt điểm hồ sơ quá hạn trước ngày 30/7/2024.\n"
            "2) Các xã, phường cập nhật kết quả xử lý trước ngày 28 hằng tháng.\n"
            "\uf0b7 Chi cục Thống kê công khai quy trình nội bộ trong tháng 8/2024.\n")
    assignees = [d.assignee for d in _one(text)]
    assert assignees == ["Sở Tư pháp", "Các xã, phường", "Chi cục Thống kê"]
