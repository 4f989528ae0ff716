"""Kinds fixed after measuring blind sets 141 to 144, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- an inspection's errors count in `lỗi` (`phát hiện 86 lỗi, sai sót`, a list `- ...: 21 lỗi;`, a table column `Số lỗi
  phát hiện`), their groups in `nhóm`, and departments counted bare (`gồm 03 sở và 05 xã`) are bodies of the
  province's level, as `sở, ban, ngành` are; the index's groups named in a heading (`Điểm 6 nhóm chỉ số:`) are no
  count.
- in a table of feedback (PAKN) by body, a column `Tiếp nhận (PAKN)` counts the feedback received and `Thời gian bình
  quân (ngày)` is its average handling time.
- a column header states the scale of its ratings (`Điểm hài lòng (thang 5)`: each out of 5) and how many its ranks
  are out of (`Xếp hạng (/135)`).
- an inspection team's conclusions are signed by its leader (`TRƯỞNG ĐOÀN` over the leader's office `PHÓ GIÁM ĐỐC SỞ
  NỘI VỤ`, then the name).
- the figure after a bracket of counts of bodies (`có 124 đơn vị hành chính cấp xã (117 xã, 7 phường), dân số khoảng
  1,86 triệu người`) is not the bodies', and the level the count before the bracket counts is not its subject.
- a signer whose family name is not in the list of surnames is read under the title past the recipients' lines the
  left column holds beside it (`- Lưu: VT, KSTTHC.`).
- in the report of a centrally-run city's body, the figures naming no body under a heading on the city (`2. Kết quả Bộ
  chỉ số 766 của thành phố`) are the city's, the province's: not the reporting centre's.
- a rank right after the satisfaction index (SIPAS, a share out of 100: `đạt 82,64%, xếp thứ 41/63`) ranks that index,
  as the PAR Index's and PCI's ranks do, dated with the index also after its rise (`tăng 1,53%, xếp thứ 36/63`).
- a gap below the general index (`thấp hơn chỉ số chung của cấp tỉnh 4,12 điểm phần trăm`) is a fall of the body the
  sentence compares, as a gap below an average is.
- health certificates linked to VNeID count in `giấy khám sức khỏe`, the noun as written.
- a provincial land registration office's branch serving an area (`Chi nhánh Văn phòng Đăng ký đất đai khu vực Bảo
  Lộc`) is named whole, at the province's level.
- a change in a sentence opened by a figure of a year its label names (`Chỉ số SIPAS năm 2024 ... đạt 83,12%, xếp thứ
  30/63, tăng 2,46 điểm phần trăm và tăng 7 bậc so với năm 2023`) is dated with that figure, the year's end.
- a share a request sets (`Đề nghị Sở Y tế chỉ đạo 100% trạm y tế xã ... trong năm 2026`, `Yêu cầu ... đối với 100% hồ
  sơ quá hạn, hoàn thành trước ngày 20/12/2025`), or a task under a tasks heading, is a target due at its deadline.
- an inspection's conclusions on several communes (title `... tại một số xã, phường`): the figures naming no body are
  the communes' together, at their level, as a single inspected body's are that body's.
- in a ward's report in a centrally-run city, a figure right after the bare `thành phố` (`của phường đạt 99,48%, của
  thành phố đạt 99,02%`, `(thành phố: 92,34%)`) is the city's, the province's, not the ward's.
- in a notice on the communes, the part headed on the province (`1. Kết quả chung của tỉnh`) gives the province's
  figures, also in the clauses after the one naming `toàn tỉnh`, whatever the title names.
- a 766 group's score naming no body in the sentence where the province scored its total (`tỉnh Ninh Bình đạt
  87,20/100 điểm, ...; nhóm Mức độ hài lòng đạt 17,10/18 điểm`) is the province's, not the reporting centre's.
- a task's assignee named by the inspection that covered it (`Các cơ quan, đơn vị được kiểm tra quý III khắc phục
  ...`) is named whole, not cut at the verb `kiểm tra` (`Các cơ quan, đơn vị được`).
- a spot check whose sentence lists the communes it covered (`kiểm tra đột xuất tại 03 đơn vị: UBND phường ..., UBND
  xã ... và UBND xã ...`): the figures naming no body after it in its section are the communes', at their level.
- the count of the units such a list names (`tại 03 đơn vị: UBND phường ..., UBND xã ... và UBND xã ...`) counts
  them: its subject is the list, at the level they share.
- the communes of an area, often a former district's (`các xã thuộc khu vực Vĩnh Lợi cũ (95 hồ sơ)`), are a subject
  at the communes' level, named whole, not the body named before them.
- a task that asks for missing papers (`rà soát quy trình tạm dừng, yêu cầu bổ sung hồ sơ, báo cáo ...`) is the
  body's opening its item: `bổ sung` is no body (`Bộ`).
- a ward whose 2025 name ends on its former city's (`UBND phường Lâm Viên - Đà Lạt`) is named whole; a ward named in
  a bracket after a site (`tại trụ sở chính (phường Lâm Viên - Đà Lạt)`) only says where the site is.
- a block opening a sentence on its average (`Bình quân khối phường (19 đơn vị) đạt ...`) or owning a figure (`Tỷ lệ
  ... của khối xã còn thấp hơn khối phường 6,36 điểm phần trăm`) is the subject, at its units' level; the province's
  steering committee for Đề án 06 (`Ban Chỉ đạo Đề án 06 tỉnh`) is a body of the province's level.
"""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


INSPECTION = """\
UBND TỈNH HÀ TĨNH
SỞ NỘI VỤ
Số: 77/BC-SNV
Hà Tĩnh, ngày 10 tháng 10 năm 2025

BÁO CÁO
Kết quả kiểm tra cải cách hành chính quý III năm 2025

Đoàn kiểm tra đã kiểm tra 08 cơ quan, đơn vị, gồm 03 sở và 05 xã, phát hiện 86 lỗi, sai sót, chia thành 03 nhóm:
- Tiếp nhận hồ sơ không đủ thành phần: 21 lỗi;
- Chưa số hóa kết quả giải quyết: 40 lỗi.

| STT | Đơn vị | Hồ sơ kiểm tra | Số lỗi phát hiện |
|---|---|---|---|
| 1 | Sở Xây dựng | 60 | 14 |

Điểm 6 nhóm chỉ số: Công khai, minh bạch 16,20/18.
"""


def test_an_inspections_errors_groups_and_departments_are_counted():
    facts = _facts(INSPECTION)
    for context, raw, unit in (("phát hiện 86", "86", "lỗi"), ("thành phần: 21", "21", "lỗi"),
                               ("kết quả giải quyết: 40", "40", "lỗi"), ("| 14 |", "14", "lỗi"),
                               ("thành 03 nhóm", "03", "nhóm")):
        assert figure_at(facts.indicators, INSPECTION, context, raw).unit == unit, raw
    departments = figure_at(facts.indicators, INSPECTION, "gồm 03 sở", "03")
    assert (departments.unit, departments.level) == ("đơn vị", "tỉnh")
    assert not [row for row in facts.indicators if row.raw == "6"]


FEEDBACK_TABLE = """\
UBND TỈNH NGHỆ AN
VĂN PHÒNG
Số: 41/BC-VP
Nghệ An, ngày 08 tháng 10 năm 2025

BÁO CÁO
Kết quả tiếp nhận, xử lý phản ánh, kiến nghị quý III năm 2025

| STT | Cơ quan | Tiếp nhận (PAKN) | Đã xử lý (PAKN) | Thời gian bình quân (ngày) |
|---|---|---|---|---|
| 1 | Sở Tài chính | 57 | 55 | 4,7 |
"""


def test_a_feedback_tables_received_and_average_time_columns_are_coded():
    facts = _facts(FEEDBACK_TABLE)
    for context, raw, code in (("| 57", "57", "pakn.tiep_nhan"), ("| 55", "55", "pakn.da_xu_ly"),
                               ("| 4,7", "4,7", "pakn.thoi_gian")):
        assert figure_at(facts.indicators, FEEDBACK_TABLE, context, raw).code == code, raw


RATED_AND_RANKED = """\
UBND TỈNH GIA LAI
VĂN PHÒNG
Số: 96/TB-VP
Gia Lai, ngày 06 tháng 11 năm 2025

THÔNG BÁO
Kết quả đánh giá các xã, phường tháng 10 năm 2025

| STT | Đơn vị | Điểm hài lòng (thang 5) | Tổng điểm (100) | Xếp hạng (/135) |
|---|---|---|---|---|
| 1 | Phường Pleiku | 4,62 | 91,20 | 3 |
"""


def test_a_header_states_a_ratings_scale_and_how_many_are_ranked():
    facts = _facts(RATED_AND_RANKED)
    assert figure_at(facts.indicators, RATED_AND_RANKED, "| 4,62", "4,62").max_value == 5
    rank = figure_at(facts.indicators, RATED_AND_RANKED, "| 3 |", "3")
    assert (rank.unit, rank.max_value) == ("hạng", 135)


TEAM_LEADER = """\
UBND TỈNH PHÚ THỌ
ĐOÀN KIỂM TRA CẢI CÁCH HÀNH CHÍNH
Số: 09/TB-ĐKT
Phú Thọ, ngày 20 tháng 11 năm 2025

THÔNG BÁO
Kết luận kiểm tra công tác cải cách hành chính năm 2025 tại xã Thanh Ba

Đoàn kiểm tra đã kiểm tra xác suất 120 hồ sơ, trong đó 6 hồ sơ quá hạn.

Nơi nhận:
- UBND xã Thanh Ba;
- Lưu: VT.

TRƯỞNG ĐOÀN
PHÓ GIÁM ĐỐC SỞ NỘI VỤ

Đinh Văn Tuấn
"""


def test_an_inspection_team_leader_signs_above_the_title_of_office():
    assert extract_metadata(TEAM_LEADER)[0].signer == "Đinh Văn Tuấn"


POPULATION = """\
CÔNG AN TỈNH TUYÊN QUANG
Số: 512/BC-CAT
Tuyên Quang, ngày 05 tháng 12 năm 2025

BÁO CÁO
Kết quả thực hiện Đề án 06 tháng 11 năm 2025

Toàn tỉnh có 124 đơn vị hành chính cấp xã (117 xã, 7 phường), dân số khoảng 1,86 triệu người, trong đó có 1.402.318
người từ đủ 14 tuổi trở lên.
"""


def test_the_province_s_population_after_a_bracketed_count_of_communes_is_not_the_communes():
    facts = _facts(POPULATION)
    for context, raw in (("khoảng 1,86 triệu", "1,86 triệu"), ("có 1.402.318", "1.402.318")):
        row = figure_at(facts.indicators, POPULATION, context, raw)
        assert (row.subject, row.level) == (None, None), raw


SIGNED_BESIDE_RECIPIENTS = """\
ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Số: 88/BC-UBND
Nghệ An, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả cải cách hành chính năm 2024

Toàn tỉnh tiếp nhận 512.846 hồ sơ.

Nơi nhận:                                                   TM. ỦY BAN NHÂN DÂN
- Như trên;                                                 KT. CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh;                                 PHÓ CHỦ TỊCH
- Lưu: VT, KSTTHC.
                                                            Đậu Văn Thanh
                                                                              Trang 3/3
"""


def test_a_name_under_the_title_is_read_past_the_recipients_beside_it():
    assert extract_metadata(SIGNED_BESIDE_RECIPIENTS)[0].signer == "Đậu Văn Thanh"


CITY_CENTRE = """\
UBND THÀNH PHỐ HẢI PHÒNG
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 210/BC-TTPVHCC
Hải Phòng, ngày 04 tháng 12 năm 2025

BÁO CÁO
Kết quả hoạt động tháng 11 năm 2025

1. Kết quả tiếp nhận hồ sơ
Trung tâm tiếp nhận 18.246 hồ sơ.

2. Kết quả Bộ chỉ số 766 của thành phố
Tháng 11/2025, thành phố Hải Phòng đạt 87,42/100 điểm. Điểm các nhóm chỉ số: công khai, minh bạch 17,30/18; tiến độ,
kết quả giải quyết 19,12/20.
"""


def test_a_city_centres_report_gives_the_citys_index_groups_to_the_city():
    facts = _facts(CITY_CENTRE)
    for context, raw in (("minh bạch 17,30/18", "17,30/18"), ("giải quyết 19,12/20", "19,12/20")):
        row = figure_at(facts.indicators, CITY_CENTRE, context, raw)
        assert (row.subject, row.level) == (None, None), raw


SIPAS = """\
UBND TỈNH PHÚ YÊN
Số: 66/BC-UBND
Phú Yên, ngày 15 tháng 4 năm 2025

BÁO CÁO
Kết quả cải cách hành chính quý I năm 2025

Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2024 của tỉnh đạt 82,64%, xếp thứ 41/63 tỉnh, thành phố.
Chỉ số SIPAS năm 2024 đạt 81,37% (năm 2023: 79,84%), tăng 1,53%, xếp thứ 36/63.
"""


def test_a_satisfaction_index_share_is_ranked_as_that_index():
    facts = _facts(SIPAS)
    for context, raw in (("xếp thứ 41/63", "41/63"), ("xếp thứ 36/63", "36/63")):
        row = figure_at(facts.indicators, SIPAS, context, raw)
        assert (row.code, row.as_of) == ("sipas", "2024-12-31"), raw


BELOW_THE_INDEX = """\
SỞ NỘI VỤ TỈNH ĐIỆN BIÊN
Số: 140/BC-SNV
Điện Biên, ngày 20 tháng 12 năm 2025

BÁO CÁO
Kết quả khảo sát sự hài lòng năm 2025

Sở Xây dựng có chỉ số thấp nhất (84,06%), thấp hơn chỉ số chung của cấp tỉnh 4,12 điểm phần trăm.
"""


def test_a_gap_below_the_general_index_is_a_fall_of_the_body_compared():
    row = figure_at(_facts(BELOW_THE_INDEX).indicators, BELOW_THE_INDEX, "tỉnh 4,12", "4,12")
    assert (row.kind, row.value, row.subject) == ("change", -4.12, "Sở Xây dựng")


HEALTH_CERTIFICATES = """\
SỞ Y TẾ TỈNH AN GIANG
Số: 318/BC-SYT
An Giang, ngày 05 tháng 11 năm 2025

BÁO CÁO
Kết quả thực hiện Đề án 06 tháng 10 năm 2025

Các cơ sở khám bệnh đã đẩy 3.126 giấy khám sức khỏe người lái xe lên ứng dụng VNeID.
"""


def test_health_certificates_are_counted_by_the_noun_as_written():
    row = figure_at(_facts(HEALTH_CERTIFICATES).indicators, HEALTH_CERTIFICATES, "đẩy 3.126", "3.126")
    assert (row.unit, row.kind) == ("giấy khám sức khỏe", "count")


AREA_BRANCH = """\
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG
Số: 512/BC-SNNMT
Lâm Đồng, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2025

Chi nhánh Văn phòng Đăng ký đất đai khu vực Bảo Lộc có tỷ lệ giải quyết đúng hạn thấp nhất (94,12%).
"""


def test_a_land_registry_branch_serving_an_area_is_named_whole_at_the_provinces_level():
    row = figure_at(_facts(AREA_BRANCH).indicators, AREA_BRANCH, "(94,12%)", "94,12%")
    assert (row.subject, row.level) == ("Chi nhánh Văn phòng Đăng ký đất đai khu vực Bảo Lộc", "tỉnh")


CHANGE_OF_A_YEAR = """\
UBND TỈNH LẠNG SƠN
Số: 71/BC-UBND
Lạng Sơn, ngày 08 tháng 4 năm 2025

BÁO CÁO
Kết quả cải cách hành chính quý I năm 2025

Chỉ số SIPAS năm 2024 của tỉnh đạt 83,12%, xếp thứ 30/63, tăng 2,46 điểm phần trăm và tăng 7 bậc so với năm 2023.
"""


def test_a_change_is_dated_with_the_years_figure_it_changes():
    facts = _facts(CHANGE_OF_A_YEAR)
    for context, raw in (("tăng 2,46", "2,46"), ("tăng 7 bậc", "7")):
        row = figure_at(facts.indicators, CHANGE_OF_A_YEAR, context, raw)
        assert (row.kind, row.as_of) == ("change", "2024-12-31"), raw


REQUESTED_SHARES = """\
UBND TỈNH SƠN LA
Số: 402/BC-UBND
Sơn La, ngày 05 tháng 12 năm 2025

BÁO CÁO
Kết quả thực hiện Đề án 06 tháng 11 năm 2025

Tỷ lệ trạm y tế liên thông giấy chứng sinh điện tử đạt 64,12%.
Đề nghị Sở Y tế chỉ đạo 100% trạm y tế xã liên thông giấy chứng sinh điện tử trong năm 2026.
Yêu cầu UBND các xã gửi thư xin lỗi đối với 100% hồ sơ quá hạn, hoàn thành trước ngày 20/12/2025.
"""


def test_a_share_a_request_sets_is_a_target_due_at_its_deadline():
    facts = _facts(REQUESTED_SHARES)
    assert figure_at(facts.indicators, REQUESTED_SHARES, "đạt 64,12%", "64,12%").kind == "value"
    for context, raw, due in (("chỉ đạo 100%", "100%", "2026-12-31"), ("với 100%", "100%", "2025-12-20")):
        row = figure_at(facts.indicators, REQUESTED_SHARES, context, raw)
        assert (row.kind, row.as_of) == ("target", due), context


SEVERAL_INSPECTED = """\
UBND TỈNH HÀ TĨNH
ĐOÀN KIỂM TRA CẢI CÁCH HÀNH CHÍNH
Số: 12/TB-ĐKT
Hà Tĩnh, ngày 25 tháng 11 năm 2025

THÔNG BÁO
Kết luận kiểm tra công tác cải cách hành chính năm 2025 tại một số xã, phường

Tổng số hồ sơ được kiểm tra là 420 hồ sơ, trong đó 396 hồ sơ giải quyết đúng hạn, chiếm 94,29%.
"""


def test_the_files_an_inspection_of_several_communes_checked_are_the_communes():
    facts = _facts(SEVERAL_INSPECTED)
    for context, raw in (("là 420", "420"), ("đó 396", "396"), ("chiếm 94,29%", "94,29%")):
        assert figure_at(facts.indicators, SEVERAL_INSPECTED, context, raw).level == "xã", raw


WARD_BESIDE_CITY = """\
UBND THÀNH PHỐ ĐÀ NẴNG
ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU
Số: 61/BC-UBND
Hải Châu, ngày 05 tháng 11 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 10 năm 2025

Tỷ lệ giải quyết đúng hạn của phường đạt 99,48%, của thành phố đạt 99,02%. Tỷ lệ số hóa hồ sơ đạt 96,10% (thành phố:
92,34%).
"""


def test_the_city_beside_the_ward_is_the_city_in_a_wards_report():
    facts = _facts(WARD_BESIDE_CITY)
    ward = figure_at(facts.indicators, WARD_BESIDE_CITY, "đạt 99,48%", "99,48%")
    assert (ward.subject, ward.level) == ("UBND phường Hải Châu", "xã")
    for context, raw in (("thành phố đạt 99,02%", "99,02%"), ("92,34%", "92,34%")):
        row = figure_at(facts.indicators, WARD_BESIDE_CITY, context, raw)
        assert (row.subject, row.level) == (None, None), raw


PROVINCE_IN_A_NOTICE_ON_COMMUNES = """\
UBND TỈNH QUẢNG NGÃI
VĂN PHÒNG
Số: 118/TB-VP
Quảng Ngãi, ngày 06 tháng 11 năm 2025

THÔNG BÁO
Kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 10 năm 2025 của UBND các xã, phường

1. Kết quả chung của tỉnh
Tháng 10/2025, tỉnh Quảng Ngãi đạt 82,10/100 điểm. Trong tháng, toàn tỉnh tiếp nhận 48.120 hồ sơ, trong đó nộp trực
tuyến 33.900 hồ sơ, chiếm 70,45%; tỷ lệ giải quyết đúng hạn đạt
98,71%; tỷ lệ thanh toán trực tuyến đạt 61,40%.

2. Kết quả của cấp xã
Tỷ lệ hồ sơ nộp trực tuyến đạt 66,10%.
"""


def test_the_province_s_own_part_of_a_notice_on_the_communes_is_the_province_s():
    facts = _facts(PROVINCE_IN_A_NOTICE_ON_COMMUNES)
    for context, raw in (("đạt\\n98,71%", "98,71%"), ("đạt 61,40%", "61,40%")):
        context = context.replace("\\n", "\n")
        row = figure_at(facts.indicators, PROVINCE_IN_A_NOTICE_ON_COMMUNES, context, raw)
        assert (row.subject, row.level) == (None, None), raw
    communes = figure_at(facts.indicators, PROVINCE_IN_A_NOTICE_ON_COMMUNES, "đạt 66,10%", "66,10%")
    assert communes.level == "xã"


GROUP_AFTER_TOTAL = """\
UBND TỈNH NINH BÌNH
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 96/BC-TTPVHCC
Ninh Bình, ngày 05 tháng 12 năm 2025

BÁO CÁO
Kết quả hoạt động tháng 11 năm 2025

Trung tâm tiếp nhận 21.418 hồ sơ.
Tháng 11/2025, tỉnh Ninh Bình đạt 87,20/100 điểm, xếp thứ 7/34 tỉnh, thành phố; nhóm Mức độ hài lòng đạt 17,10/18 điểm.
"""


def test_a_group_score_in_the_sentence_of_the_province_s_total_is_the_province_s():
    facts = _facts(GROUP_AFTER_TOTAL)
    centre = figure_at(facts.indicators, GROUP_AFTER_TOTAL, "nhận 21.418", "21.418")
    assert centre.subject == "Trung tâm Phục vụ hành chính công tỉnh"
    group = figure_at(facts.indicators, GROUP_AFTER_TOTAL, "đạt 17,10/18", "17,10/18")
    assert (group.subject, group.level) == (None, None)


INSPECTED_ASSIGNEES = """\
SỞ NỘI VỤ TỈNH HÒA BÌNH
Số: 310/BC-SNV
Hòa Bình, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả kiểm tra cải cách hành chính quý III năm 2025

III. NHIỆM VỤ
1. Các cơ quan, đơn vị được kiểm tra quý III khắc phục tồn tại, báo cáo kết quả trước ngày 31/10/2025.
2. Các đơn vị được kiểm tra gửi báo cáo tiến độ về Sở Nội vụ trước ngày 05 hằng tháng.
"""


def test_the_bodies_an_inspection_covered_are_named_whole_as_assignees():
    deadlines = _facts(INSPECTED_ASSIGNEES).deadlines
    assignees = {d.due_date: d.assignee for d in deadlines}
    assert assignees["2025-10-31"] == "Các cơ quan, đơn vị được kiểm tra quý III"
    assert "Các đơn vị được kiểm tra" in assignees.values()


SPOT_CHECK = """\
UBND TỈNH BẠC LIÊU
VĂN PHÒNG
Số: 77/BC-VP
Bạc Liêu, ngày 04 tháng 11 năm 2025

BÁO CÁO
Kết quả theo dõi việc giải quyết thủ tục hành chính tháng 10 năm 2025

II. KẾT QUẢ KIỂM TRA
Tổ kiểm tra kiểm tra đột xuất tại 03 đơn vị: UBND phường Vĩnh Trạch, UBND xã Hòa Bình và UBND xã Đông Hải. Tổ kiểm tra
đối chiếu 210 hồ sơ, kết quả:
- Hồ sơ thiếu giấy tờ: 14 hồ sơ, chiếm 6,67%.

III. CHỈ SỐ 766
Tỉnh Bạc Liêu đạt 81,20/100 điểm, tăng 1,10 điểm so với tháng 9/2025.
"""


def test_the_files_a_spot_check_of_listed_communes_checked_are_the_communes():
    facts = _facts(SPOT_CHECK)
    for context, raw in (("đối chiếu 210", "210"), ("tờ: 14", "14"), ("chiếm 6,67%", "6,67%")):
        assert figure_at(facts.indicators, SPOT_CHECK, context, raw).level == "xã", raw
    rise = figure_at(facts.indicators, SPOT_CHECK, "tăng 1,10", "1,10")
    assert (rise.subject, rise.level) == (None, None)


def test_a_count_of_the_units_a_list_names_counts_them():
    count = figure_at(_facts(SPOT_CHECK).indicators, SPOT_CHECK, "tại 03 đơn vị", "03")
    assert count.subject == "UBND phường Vĩnh Trạch, UBND xã Hòa Bình và UBND xã Đông Hải"
    assert count.level == "xã"


OVERDUE_BY_AREA = """UBND TỈNH BẠC LIÊU
VĂN PHÒNG
Số: 81/BC-VP
Bạc Liêu, ngày 04 tháng 12 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 11 năm 2025

1. Đã giải quyết 40.112 hồ sơ, quá hạn 207 hồ sơ. Hồ sơ quá hạn tập trung tại Sở Xây dựng (112 hồ sơ) và các xã
thuộc khu vực Vĩnh Lợi cũ (95 hồ sơ).

2. NHIỆM VỤ THÁNG 12 NĂM 2025
- UBND xã Hòa Bình rà soát quy trình tạm dừng, yêu cầu bổ sung hồ sơ, báo cáo Văn phòng UBND tỉnh trước ngày
25/12/2025.
"""


def test_the_communes_of_an_area_are_a_subject_at_their_level():
    facts = _facts(OVERDUE_BY_AREA)
    department = figure_at(facts.indicators, OVERDUE_BY_AREA, "(112 hồ sơ)", "112")
    assert (department.subject, department.level) == ("Sở Xây dựng", "tỉnh")
    communes = figure_at(facts.indicators, OVERDUE_BY_AREA, "(95 hồ sơ)", "95")
    assert (communes.subject, communes.level) == ("các xã thuộc khu vực Vĩnh Lợi cũ", "xã")


def test_a_request_for_missing_papers_names_no_body():
    deadlines = _facts(OVERDUE_BY_AREA).deadlines
    assert [(d.due_date, d.assignee) for d in deadlines] == [("2025-12-25", "UBND xã Hòa Bình")]


DA_LAT_WARDS = """UBND TỈNH LÂM ĐỒNG
SỞ XÂY DỰNG
Số: 52/BC-SXD
Lâm Đồng, ngày 03 tháng 12 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 11 năm 2025

1. Sở tiếp nhận 2.904 hồ sơ. Số hồ sơ tại trụ sở chính (phường Lâm Viên - Đà Lạt) và cơ sở 2 (khu vực tỉnh Đắk Nông
cũ) lần lượt là 2.114 hồ sơ và 790 hồ sơ.
2. UBND phường Lâm Viên - Đà Lạt đạt tỷ lệ số hóa hồ sơ 81,36%.
"""


def test_a_ward_named_after_its_former_city_is_named_whole():
    facts = _facts(DA_LAT_WARDS)
    ward = figure_at(facts.indicators, DA_LAT_WARDS, "hồ sơ 81,36%", "81,36%")
    assert (ward.subject, ward.level) == ("UBND phường Lâm Viên - Đà Lạt", "xã")
    head_office = figure_at(facts.indicators, DA_LAT_WARDS, "là 2.114 hồ sơ", "2.114")
    assert (head_office.subject, head_office.level) == ("Sở Xây dựng", "tỉnh")


BLOCKS = """UBND TỈNH NGHỆ AN
CÔNG AN TỈNH
Số: 905/BC-CAT-PC06
Nghệ An, ngày 05 tháng 11 năm 2025

BÁO CÁO
Kết quả triển khai Đề án 06 tháng 10 năm 2025

Ban Chỉ đạo Đề án 06 tỉnh đã ban hành 03 văn bản chỉ đạo trong tháng. Tỷ lệ công dân có tài khoản mức 2 đạt 84,10%.
Bình quân khối phường (21 đơn vị) đạt 90,25%, khối xã (109 đơn vị) đạt 82,74%.
Tỷ lệ tài khoản mức 2 của khối xã còn thấp hơn khối phường 7,51 điểm phần trăm.
"""


def test_a_block_averaged_or_owning_a_figure_is_the_subject():
    facts = _facts(BLOCKS)
    for context, raw in (("(21 đơn vị)", "21"), ("đạt 90,25%", "90,25%"), ("phường 7,51", "7,51")):
        assert figure_at(facts.indicators, BLOCKS, context, raw).level == "xã", raw
    assert figure_at(facts.indicators, BLOCKS, "phường 7,51", "7,51").subject == "khối xã"
    assert figure_at(facts.indicators, BLOCKS, "hành 03 văn bản", "03").level == "tỉnh"
