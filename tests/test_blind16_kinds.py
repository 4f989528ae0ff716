"""Kinds of misses measured on blind set 16, each on a text written here in another wording of the same form; the
expected values are what a reader takes from these texts.

- a block of units (`khối huyện, thành phố`) whose last word opens a named unit (`thành phố Sơn La`) is no block:
  the named unit is the subject of the figure in brackets after it;
- a deadline's assignee ends at a task verb the list of verbs did not hold (`rút ngắn`, `cải thiện`, `hỗ trợ`);
- a signer's name in the Tây Nguyên form (`Y Khiêm Niê`, `H'Yim Kđoh`, `Ksor Phước Hà`) is read as a name;
- the province is stored in one spelling whatever the document writes (`Thành phố Hồ Chí Minh` → `Hồ Chí Minh`
  as the other centrally-run cities, `Bà Rịa – Vũng Tàu` → `Bà Rịa - Vũng Tàu`).
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.gazetteer import province_name, unit_2025
from extractor.metadata import extract_metadata
from extractor.models import DocumentMeta


def _parts(text: str) -> list[DocumentMeta]:
    return [DocumentMeta(issuer="Văn phòng UBND tỉnh", period_end="2025-05-31", issued_date="2025-06-05", start=0,
                         end=len(text))]


# ---------------------------------------------------------------- a named unit after a block's first word

BLOCKS = """Điểm bình quân khối huyện, thị xã, thành phố là 82,40 điểm. Trong khối huyện, thành phố Sơn La đạt cao \
nhất (88,12 điểm), huyện Sốp Cộp thấp nhất (76,05 điểm). Trong khối xã, phường Chiềng Lề đạt 91,30 điểm.
Khối xã, phường, thị trấn đạt bình quân 80,11 điểm.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("(88,12 điểm)", "88,12", "thành phố Sơn La", "huyện"),
    ("(76,05 điểm)", "76,05", "huyện Sốp Cộp", "huyện"),
    ("Chiềng Lề đạt 91,30 điểm", "91,30", "phường Chiềng Lề", "xã"),
])
def test_a_unit_named_after_a_blocks_first_word_is_the_subject(context, raw, subject, level):
    row = figure_at(extract_figures(BLOCKS, _parts(BLOCKS), []), BLOCKS, context, raw)
    assert subject_and_level(row) == (subject, level)


def test_a_block_of_units_without_a_name_after_it_stays_a_block():
    row = figure_at(extract_figures(BLOCKS, _parts(BLOCKS), []), BLOCKS, "bình quân 80,11 điểm", "80,11")
    assert row.level == "xã"
    assert row.subject is None or "khối" in row.subject.lower() or "xã" in row.subject.lower()


# ---------------------------------------------------------------- a deadline's assignee before a task verb

TASKS = """III. NHIỆM VỤ THÁNG 6 NĂM 2025

1. Phòng Kiểm soát thủ tục hành chính rút gọn quy trình nội bộ của 20 TTHC, hoàn thành trong tháng 6/2025.
2. Trung tâm Hỗ trợ doanh nghiệp cải thiện chất lượng tư vấn trực tuyến trước ngày 30/6/2025.
3. Phòng Văn hóa và Thông tin hỗ trợ các xã số hóa hồ sơ tồn đọng trong quý III/2025.
"""


def test_a_deadlines_assignee_ends_at_a_task_verb():
    found = extract_deadlines(TASKS, _parts(TASKS))
    by_expression = {d.expression: d.assignee for d in found}
    assert by_expression["hoàn thành trong tháng 6/2025"] == "Phòng Kiểm soát thủ tục hành chính"
    assert by_expression["trước ngày 30/6/2025"] == "Trung tâm Hỗ trợ doanh nghiệp"  # `Hỗ trợ` capitalised: a name
    assert by_expression["trong quý III/2025"] == "Phòng Văn hóa và Thông tin"


# ---------------------------------------------------------------- signers with Tây Nguyên names

LETTER = """UBND TỈNH {province}
SỞ NỘI VỤ

Số: 118/BC-SNV
{province_title}, ngày 04 tháng 4 năm 2025

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính quý I năm 2025

Trong quý I năm 2025, Sở tiếp nhận 412 hồ sơ.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

{title}

{name}
"""


@pytest.mark.parametrize("province, title, name", [
    ("ĐẮK LẮK", "GIÁM ĐỐC", "Y Khiêm Niê"),
    ("ĐẮK LẮK", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "H'Yim Kđoh"),
    ("GIA LAI", "GIÁM ĐỐC", "Ksor Phước Hà"),
])
def test_a_signer_with_a_tay_nguyen_name_is_read(province, title, name):
    text = LETTER.format(province=province, province_title=province.title(), title=title, name=name)
    assert extract_metadata(text)[0].signer == name


# ---------------------------------------------------------------- one spelling per province

@pytest.mark.parametrize("written, stored, after_2025", [
    ("Thành phố Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"),
    ("TP. HCM", "Hồ Chí Minh", "Hồ Chí Minh"),
    ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
    ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
    ("Bình Dương", "Bình Dương", "Hồ Chí Minh"),
])
def test_a_province_is_stored_in_one_spelling(written, stored, after_2025):
    assert (province_name(written), unit_2025(written)) == (stored, after_2025)
