"""Kinds fixed in the session that measured blind sets 81 to 84, each on a text written here in another wording of
the same form; the expected values are what a reader takes from these texts.

Older sets' open blocks first:
- a Sở's report titled on the communes' one-stop centres as a whole (`... hoạt động của Trung tâm Phục vụ hành chính
  công các xã, phường`) gives figures naming no body to those centres (`cấp xã`), not to the Sở, unless a sentence
  speaks of the province; `bộ tiêu chí do Sở Nội vụ ban hành` names the author of the rules, not the figure's body;
- a grade table `Xếp loại | Phường | Xã | Cộng` counts wards, communes and, in the total column, units;
- a `;` clause opening on a verb (`; tiếp nhận, giải quyết 38.540 hồ sơ`) goes on with the body the clause before named;
- a paragraph opening on a year's results before a colon (`Kết quả xác định Chỉ số cải cách hành chính năm 2023 của
  các cơ quan ...: ...`) dates the sentences after it that name no period.

Then the kinds of sets 81–84:
- a table laid out with runs of spaces (text pulled from a PDF with its layout), its header on two lines with the
  units in brackets under the columns' words, a total row with no row number: every cell a figure of its row and
  column, the total the level the caption names (`... của UBND cấp huyện`);
- the former provinces' earlier values after the 2025 merger: a bracket opening on an earlier period and a colon
  (`(quý II năm 2025, trước hợp nhất: tỉnh Hà Giang cũ đạt 80,15 điểm, xếp thứ 41/63; ...)`) holds that period's
  figures, and a heading's legend over the blank line before its list (`(trong ngoặc là điểm quý II năm 2025 của hai
  tỉnh cũ)`) dates the bracketed values each named by its former province (`(Hà Giang cũ 15,90 điểm; Tuyên Quang cũ
  16,40 điểm)`), with the maximum of the score they follow;
- a sentence opening on what it compares with (`So với điểm bình quân ... trong quý II năm 2025 (...), tổng điểm
  tăng 2,05 điểm`) states a change as of the period's end;
- a caption stating the unit (`(đơn vị tính: %)`) over a table of an index's components gives its cells that unit;
- a plan's task table (`Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành`) holds targets in its
  tasks' words (`nâng tỷ lệ ... đạt tối thiểu 65%`), due when the task is, named by the clause holding them;
- a list lead naming shares joined by `và` (`về tỷ lệ hồ sơ nộp trực tuyến và thanh toán trực tuyến năm 2024:`) over
  items giving as many shares (`- Huyện Cư Jút: trực tuyến 63,48%, thanh toán 46,72%;`): the n-th is the lead's n-th;
- `Lĩnh vực | Đã giải quyết | Trước hạn`: a column of what was done after the rows' names counts files, not fields;
- `Điểm Bộ chỉ số của huyện 9 tháng đầu năm 2024`: no district named `huyện 9`;
- `Lũy kế tiếp nhận từ đầu năm`: a running total of files received is coded as files received;
- `08 máy quét`, `36 máy tính`, `186 máy chủ`: machines counted by the kind written;
- text laid out as a PDF gives it: a heading opening a page (`\f4. Kết quả Bộ chỉ số ...`) ends the section before it,
  a wrapped line opening on a number (`14.519 hồ sơ, trong đó ...`) is no heading, `a) Cấp huyện (Bộ phận Một cửa
  thành phố)` names a level over the table of fields whose total is that level;
- a column `Điểm 6 tháng đầu năm 2024` in a report on the 766 index holds its total scores;
- a Văn phòng's report titled on the province's agencies as a whole (`... của các sở, ban, ngành tháng 9 năm 2025`)
  gives them its figures naming no body, and `khối sở, ban, ngành (17 sở, ban, ngành có TTHC) tiếp nhận 24.618 hồ
  sơ`: the body named before the bracket that counted its members;
- hours as a duration (`bình quân 18 giờ làm việc`, `trong 16 giờ`) are figures, a time of day (`lúc 17 giờ ngày
  30/9/2025`, `từ 7 giờ 30 đến 17 giờ`) none; systems (`27 hệ thống`) and branches (`15 Chi nhánh`) are counted, and
  so are `12 điểm cầu` (no score), `02 kỳ họp` and `587 thư xin lỗi` (the noun as written, as golden/WRITING.md
  settles it);
- `ở ba cấp tỉnh, huyện, xã lần lượt là 84,16%, 69,72% và 67,77%`: the bare level words after `cấp tỉnh` are levels;
- a table row `Xếp hạng Bộ chỉ số 766 | - | 21/63 | 9/63` holds ranks;
- `Văn phòng Đăng ký đất đai tỉnh tiếp nhận ...; đã giải quyết ...; quá hạn 587 hồ sơ, chiếm 3,28%`: a `;` clause
  opening on the overdue files goes on with the body that the clauses before went on with;
- `- Khối sở: điểm bình quân nhóm chỉ số Mức độ hài lòng đạt 17,48/18 điểm` over `- Khối huyện: điểm bình quân đạt
  16,94/18 điểm`: a score on the same scale named by the opening of a sibling's name is of the same indicator;
- a table by channel (`Hình thức tiếp nhận | Tiếp nhận (hồ sơ) | Tỷ lệ (%)` with rows `Trực tiếp`, `Trực tuyến`): the
  files received through each channel and their share are that channel's.

- `nhóm số hóa hồ sơ đạt 14,37/22 điểm. Thị xã Giá Rai đạt 81,26 điểm`: a score too high for the group named before it
  is a total score.

Then the kinds of sets 85–88:
- a Sở's report in numbered paragraphs (`1. Năm 2024, Sở tham mưu ...`, `2. Hiện nay Sở đang thực hiện 132 TTHC`): a
  numbered line stating figures is a paragraph of the body, not a heading, so the Sở's sentences are counted as its own
  and its figures naming no body are the Sở's;
- `- Thành phố Tuy Hòa:` over `  + Tiếp nhận qua BCCI 2.614 hồ sơ, chiếm 31,02%;`: a `+` sub-item naming no body is
  about the body its parent item names alone before a colon;
- a wide table by month (`Chỉ tiêu | Tháng 1 | ... | Tháng 9 | Lũy kế`): each month's column is dated at that month's
  end in the year of the caption;
- a transposed table (`Chỉ tiêu | Huyện Nam Trà My | Huyện Tây Giang | Toàn tỉnh`): a column headed by one body is
  that body's, the province's column the province's;
- a space-aligned table whose header wraps its words over two lines above a rule (`Điểm` over `tối đa`, `Tăng,` over
  `giảm`, then `-----`), and whose change column writes falls in brackets (`(0,32)`): one name per column, the rule a
  separator, a bracketed change a fall.

A Khmer signer (`Thạch Thị Sa Rươl`: `Thạch` among the family names) is read under the signature title.

And deadlines: `Công an 32 xã, phường chưa đạt chỉ tiêu` names which bodies; `kiểm điểm` and `tự chấm điểm` open a
task.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract import extract_facts
from extractor.extract.deadlines import extract_deadlines
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata


def _rows(text: str):
    return extract_facts(text, extract_metadata(text), []).indicators


COMMUNE_CENTRES = """\
UBND TỈNH QUẢNG NGÃI
SỞ NỘI VỤ

Số: 915/BC-SNV
Quảng Ngãi, ngày 06 tháng 11 năm 2025

BÁO CÁO
Tình hình hoạt động của Trung tâm Phục vụ hành chính công các xã, phường tháng 10 năm 2025

Các Trung tâm có 842 công chức, viên chức; bình quân 8,9 người/Trung tâm. Có 81/96 đơn vị đã bố trí đủ máy quét.
Theo bộ tiêu chí do Sở Nội vụ ban hành, điểm bình quân của các Trung tâm đạt 78,40/100 điểm.
Trong tháng, toàn tỉnh tiếp nhận 88.120 hồ sơ. Sở Nội vụ đã tổ chức 04 lớp tập huấn cho 315 lượt công chức.

| Xếp loại | Phường | Xã | Cộng | Tỷ lệ (%) |
|---|---:|---:|---:|---:|
| Loại 1 | 9 | 25 | 34 | 35,42 |
"""


def test_figures_of_a_report_titled_on_the_communes_centres_are_theirs():
    rows = _rows(COMMUNE_CENTRES)
    for context, raw in (("có 842", "842"), ("bình quân 8,9", "8,9"), ("Có 81/96", "81/96"),
                         ("đạt 78,40/100", "78,40/100")):
        assert subject_and_level(figure_at(rows, COMMUNE_CENTRES, context, raw)) == ("cấp xã", "xã"), raw
    assert subject_and_level(figure_at(rows, COMMUNE_CENTRES, "nhận 88.120", "88.120")) == (None, None)
    assert subject_and_level(figure_at(rows, COMMUNE_CENTRES, "cho 315", "315")) == ("Sở Nội vụ", "tỉnh")


def test_a_grade_table_by_kind_of_unit_counts_those_units():
    rows = _rows(COMMUNE_CENTRES)
    cells = [(row.raw, row.unit, row.level) for row in rows if row.source == "table"]
    assert cells == [("9", "phường", "xã"), ("25", "xã", "xã"), ("34", "đơn vị", "xã"), ("35,42", "%", "xã")]


def test_a_clause_opening_on_a_verb_goes_on_with_the_body_before():
    text = ("Trong năm, Bảo hiểm xã hội huyện Chợ Mới cung cấp 25 TTHC trực tuyến toàn trình; tiếp nhận, giải quyết "
            "38.540 hồ sơ, trong đó 38.112 hồ sơ đúng hạn.\n")
    rows = _rows(text)
    for context, raw in (("giải quyết 38.540", "38.540"), ("đó 38.112", "38.112")):
        assert subject_and_level(figure_at(rows, text, context, raw)) == ("Bảo hiểm xã hội huyện Chợ Mới", "huyện")


def test_a_paragraph_opening_on_a_years_results_dates_its_sentences():
    text = ("UBND TỈNH NGHỆ AN\n\nSố: 12/BC-UBND\nNghệ An, ngày 08 tháng 01 năm 2025\n\nBÁO CÁO\n"
            "Kết quả công tác cải cách hành chính năm 2024\n\n"
            "Kết quả xác định Chỉ số cải cách hành chính năm 2023 của các cơ quan trong tỉnh: khối sở, ban, ngành có "
            "điểm trung bình 83,40%. Có 07/20 sở, ban, ngành xếp loại Tốt.\n\n"
            "Trong năm, có 09/20 sở, ban, ngành đạt chỉ tiêu.\n")
    rows = _rows(text)
    assert figure_at(rows, text, "Có 07/20", "07/20").as_of == "2023-12-31"
    assert figure_at(rows, text, "có 09/20", "09/20").as_of == "2024-12-31"


SPACED_TABLE = """\
UBND TỈNH BẾN TRE

Số: 102/BC-UBND
Bến Tre, ngày 09 tháng 4 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý I năm 2025

Bảng 2. Kết quả tiếp nhận hồ sơ của UBND cấp huyện quý I năm 2025

  STT   Đơn vị                        Tiếp nhận     Trực tuyến      Quá hạn
                                         (hồ sơ)          (%)       (hồ sơ)
   1    Huyện Mỏ Cày Nam                  2.146         71,08           12
   2    Huyện Giồng Trôm                  1.987         65,40            0
        Cộng                              4.133         68,36           12

Có 01/02 huyện có tỷ lệ nộp trực tuyến trên 70%.
"""


def test_a_table_laid_out_with_spaces_gives_a_figure_per_cell():
    rows = [row for row in _rows(SPACED_TABLE) if row.source == "table"]
    assert [(row.raw, row.unit, row.subject, row.level) for row in rows[:3]] == [
        ("2.146", "hồ sơ", "Huyện Mỏ Cày Nam", "huyện"), ("71,08", "%", "Huyện Mỏ Cày Nam", "huyện"),
        ("12", "hồ sơ", "Huyện Mỏ Cày Nam", "huyện")]
    assert [(row.raw, row.code) for row in rows[:3]] == [
        ("2.146", "ho_so.tiep_nhan"), ("71,08", "766.dvctt.nop_truc_tuyen"), ("12", "766.tien_do.qua_han")]
    assert [(row.raw, row.subject, row.level) for row in rows[6:]] == [
        ("4.133", "cấp huyện", "huyện"), ("68,36", "cấp huyện", "huyện"), ("12", "cấp huyện", "huyện")]
    for row in rows:
        assert SPACED_TABLE[row.start:row.end] == row.raw


MERGED_PROVINCE = """\
UBND TỈNH TUYÊN QUANG

Số: 311/BC-UBND
Tuyên Quang, ngày 12 tháng 10 năm 2025

BÁO CÁO
Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý III năm 2025

1. Tổng điểm

Quý III năm 2025, tỉnh Tuyên Quang đạt 83,20/100 điểm, xếp thứ 19/34 (quý II năm 2025, trước hợp nhất: tỉnh Hà Giang \
cũ đạt 80,15 điểm, xếp thứ 41/63; tỉnh Tuyên Quang cũ đạt 82,15 điểm, xếp thứ 30/63). So với điểm bình quân của hai \
tỉnh cũ trong quý II năm 2025 (81,15 điểm), tổng điểm của tỉnh tăng 2,05 điểm.

2. Điểm các nhóm chỉ số (trong ngoặc là điểm quý II năm 2025 của hai tỉnh cũ)

- Công khai, minh bạch: 16,70/18 điểm (Hà Giang cũ 15,90 điểm; Tuyên Quang cũ 16,40 điểm);

Bảng 1. Một số chỉ số thành phần theo cấp (đơn vị tính: %)

| TT | Chỉ số thành phần | Cấp tỉnh | Cấp xã |
|---|---|---|---|
| 1 | Hồ sơ nộp trực tuyến | 81,20 | 70,45 |
"""


def test_the_former_provinces_earlier_values_and_a_change_after_a_comparison():
    rows = _rows(MERGED_PROVINCE)
    for context, raw, max_value in (("đạt 80,15", "80,15", 100), ("đạt 82,15", "82,15", 100),
                                    ("cũ 15,90", "15,90", 18), ("cũ 16,40", "16,40", 18)):
        row = figure_at(rows, MERGED_PROVINCE, context, raw)
        assert (row.kind, row.as_of, row.max_value) == ("previous", "2025-06-30", max_value), raw
    assert figure_at(rows, MERGED_PROVINCE, "thứ 41/63", "41/63").kind == "previous"
    change = figure_at(rows, MERGED_PROVINCE, "tăng 2,05", "2,05")
    assert (change.kind, change.as_of) == ("change", "2025-09-30")


def test_a_captions_unit_over_a_table_of_an_index_components():
    rows = [row for row in _rows(MERGED_PROVINCE) if row.source == "table"]
    assert [(row.raw, row.unit) for row in rows] == [("81,20", "%"), ("70,45", "%")]


PLAN_WITH_TASKS = """\
UBND TỈNH ĐẮK NÔNG

Số: 41/KH-UBND
Đắk Nông, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
Cải cách thủ tục hành chính năm 2025

Kết quả của 08 huyện, thành phố về tỷ lệ hồ sơ nộp trực tuyến và thanh toán trực tuyến năm 2024:
- Huyện Krông Nô: trực tuyến 55,26%, thanh toán 38,90%;

| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Số hóa, nâng tỷ lệ hồ sơ được số hóa đạt tối thiểu 80% | Văn phòng UBND tỉnh | Các sở | Quý II/2025 |
| 2 | Tập huấn công chức một cửa | Sở Nội vụ | Các sở | Thường xuyên |
"""


def test_targets_in_a_plans_tasks_and_shares_named_in_order_by_a_lead():
    rows = _rows(PLAN_WITH_TASKS)
    target = figure_at(rows, PLAN_WITH_TASKS, "tối thiểu 80%", "80%")
    assert (target.kind, target.as_of, target.source, target.code) == (
        "target", "2025-06-30", "table", "766.so_hoa.ho_so")
    assert figure_at(rows, PLAN_WITH_TASKS, "tuyến 55,26%", "55,26%").code == "766.dvctt.nop_truc_tuyen"
    assert figure_at(rows, PLAN_WITH_TASKS, "toán 38,90%", "38,90%").code == "766.thanh_toan.ho_so"


DISTRICT_REPORT = """\
ỦY BAN NHÂN DÂN
HUYỆN VỊ XUYÊN

Số: 388/BC-UBND
Vị Xuyên, ngày 03 tháng 10 năm 2024

BÁO CÁO
Kết quả giải quyết thủ tục hành chính 9 tháng đầu năm 2024

Điểm Bộ chỉ số của huyện 9 tháng đầu năm 2024 đạt 79,15 điểm, xếp thứ 5/11 huyện, thành phố.
Trung tâm đã mua sắm 12 máy tính và 06 máy quét.

Bảng 1. Số hồ sơ giải quyết theo lĩnh vực

TT\tLĩnh vực\tĐã giải quyết\tTrước hạn\tLũy kế tiếp nhận từ đầu năm
1\tĐất đai\t2.815\t1.402\t3.120
2\tHộ tịch\t4.106\t3.998\t4.250
"""


def test_a_districts_own_score_columns_of_files_and_machines_counted():
    rows = _rows(DISTRICT_REPORT)
    assert subject_and_level(figure_at(rows, DISTRICT_REPORT, "đạt 79,15", "79,15")) == ("UBND huyện Vị Xuyên", "huyện")
    assert figure_at(rows, DISTRICT_REPORT, "sắm 12", "12").unit == "máy tính"
    assert figure_at(rows, DISTRICT_REPORT, "và 06", "06").unit == "máy quét"
    cells = [(row.raw, row.unit) for row in rows if row.source == "table"][:3]
    assert cells == [("2.815", "hồ sơ"), ("1.402", "hồ sơ"), ("3.120", "hồ sơ")]
    assert figure_at(rows, DISTRICT_REPORT, "\t3.120", "3.120").code == "ho_so.tiep_nhan"


LAID_OUT_PAGES = """\
ỦY BAN NHÂN DÂN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ CHÍ LINH                                Độc lập - Tự do - Hạnh phúc

Số: 35/BC-UBND                                   Chí Linh, ngày 10 tháng 01 năm 2025

                                      BÁO CÁO
              Kết quả kiểm soát thủ tục hành chính năm 2024

1. Tiếp nhận, giải quyết hồ sơ

a) Cấp huyện (Bộ phận Một cửa thành phố)

Trong năm, Bộ phận Một cửa thành phố tiếp nhận 9.120 hồ sơ, trong đó trực tuyến 6.904 hồ sơ. Đã giải quyết
8.975 hồ sơ, đạt 99,12%.

Kết quả theo lĩnh vực tại cấp huyện:

TT\tLĩnh vực\tTiếp nhận (hồ sơ)\tTrực tuyến (%)
1\tĐất đai\t2.410\t60,12
\tCộng\t9.120\t75,70

2. Tiếp nhận, xử lý phản ánh, kiến nghị

UBND thành phố tiếp nhận 18 PAKN, đã xử lý xong 18/18 PAKN, đạt 100%.

                                          2
\f3. Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp

Năm 2024, thành phố Chí Linh đạt 86,10/100 điểm, xếp thứ 3/12 huyện, thị xã, thành phố.
"""


def test_text_laid_out_as_a_pdf_gives_it():
    rows = _rows(LAID_OUT_PAGES)
    assert figure_at(rows, LAID_OUT_PAGES, "đạt 86,10/100", "86,10/100").code == "766.tong_hop"
    assert figure_at(rows, LAID_OUT_PAGES, "thứ 3/12", "3/12").code == "766.xep_hang"
    total = figure_at(rows, LAID_OUT_PAGES, "\t9.120", "9.120")
    assert (total.source, total.subject, total.level) == ("table", "cấp huyện", "huyện")


INDEX_OF_UNITS = """\
UBND TỈNH ĐẮK NÔNG
VĂN PHÒNG

Số: 198/TB-VPUBND
Đắk Nông, ngày 10 tháng 7 năm 2024

THÔNG BÁO
Kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp 6 tháng đầu \
năm 2024 của các cơ quan, đơn vị

2. Khối huyện, thành phố

| STT | Đơn vị | Điểm 6 tháng đầu năm 2024 | Điểm năm 2023 | Xếp hạng |
|---|---|---|---|---|
| 1 | UBND huyện Cư Jút | 84,10 | 82,05 | 1 |
"""


def test_a_column_of_the_first_months_scores_in_a_report_on_the_index():
    rows = _rows(INDEX_OF_UNITS)
    assert figure_at(rows, INDEX_OF_UNITS, "| 84,10", "84,10").code == "766.tong_hop"


AGENCIES_REPORT = """\
UBND TỈNH BẮC GIANG
VĂN PHÒNG

Số: 1520/BC-VP
Bắc Giang, ngày 02 tháng 10 năm 2025

BÁO CÁO NHANH
Tình hình giải quyết hồ sơ thủ tục hành chính của các sở, ban, ngành tháng 9 năm 2025

Trong tháng, khối sở, ban, ngành (16 sở, ban, ngành có TTHC) tiếp nhận 21.405 hồ sơ; đã giải quyết 20.880 hồ sơ, \
đạt 98,12%; quá hạn 392 hồ sơ, chiếm 1,88%.
"""


def test_a_report_titled_on_the_provinces_agencies():
    rows = _rows(AGENCIES_REPORT)
    for context, raw in (("nhận 21.405", "21.405"), ("quá hạn 392", "392"), ("chiếm 1,88%", "1,88%")):
        assert subject_and_level(figure_at(rows, AGENCIES_REPORT, context, raw)) == ("sở, ban, ngành", "tỉnh"), raw


HOURS_AND_SYSTEMS = """\
Số liệu trích xuất lúc 17 giờ ngày 30/9/2025; Trung tâm làm việc từ 7 giờ 30 đến 17 giờ các ngày trong tuần.
Đính chính giấy chứng nhận bình quân 18 giờ làm việc; cấp phiếu lý lịch tư pháp trong 16 giờ.
Nền tảng LGSP đã kết nối với 27 hệ thống thông tin; Văn phòng Đăng ký đất đai và 15 Chi nhánh tiếp nhận 9.846 hồ sơ.
"""


def test_hours_as_durations_and_systems_and_branches_counted():
    rows = _rows(HOURS_AND_SYSTEMS)
    assert [(row.raw, row.unit) for row in rows] == [
        ("18", "giờ"), ("16", "giờ"), ("27", "hệ thống"), ("15", "chi nhánh"), ("9.846", "hồ sơ")]


THREE_LEVELS = """\
UBND TỈNH BẮC GIANG

Số: 21/BC-UBND
Bắc Giang, ngày 10 tháng 01 năm 2025

BÁO CÁO
Tổng kết công tác cải cách thủ tục hành chính năm 2024

Tỷ lệ hồ sơ trực tuyến ở ba cấp tỉnh, huyện, xã lần lượt là 81,20%, 66,45% và 60,08%.

| STT | Chỉ tiêu | Năm 2023 | Năm 2024 |
|---|---|---|---|
| 1 | Xếp hạng Bộ chỉ số 766 | 25/63 | 12/63 |
"""


def test_levels_written_once_with_cap_and_a_row_of_index_ranks():
    rows = _rows(THREE_LEVELS)
    levels = [subject_and_level(figure_at(rows, THREE_LEVELS, context, raw)) for context, raw in (
        ("là 81,20%", "81,20%"), ("20%, 66,45%", "66,45%"), ("và 60,08%", "60,08%"))]
    assert levels == [("cấp tỉnh", "tỉnh"), ("cấp huyện", "huyện"), ("cấp xã", "xã")]
    ranks = [(row.raw, row.kind, row.unit, row.max_value) for row in rows if row.source == "table"]
    assert ranks == [("25/63", "rank", "hạng", 63), ("12/63", "rank", "hạng", 63)]


CHANNELS = """\
| STT | Hình thức tiếp nhận | Tiếp nhận (hồ sơ) | Tỷ lệ (%) | Đã giải quyết (hồ sơ) |
|---|---|---|---|---|
| 1 | Trực tiếp | 2.410 | 19,60 | 2.380 |
| 2 | Trực tuyến | 9.884 | 80,40 | 9.702 |
"""


def test_a_table_by_channel_codes_each_channels_files():
    rows = table_indicators(CHANNELS, find_tables(CHANNELS, []), [])
    codes = {row.raw: row.code for row in rows}
    assert [codes[raw] for raw in ("2.410", "19,60", "9.884", "80,40")] == [
        "766.dvctt.nop_truc_tiep", "766.dvctt.nop_truc_tiep", "766.dvctt.nop_truc_tuyen", "766.dvctt.nop_truc_tuyen"]


ASSIGNEES = """\
UBND TỈNH HÀ GIANG

Số: 77/TB-UBND
Hà Giang, ngày 05 tháng 10 năm 2024

THÔNG BÁO
Kết luận về cải cách thủ tục hành chính

1. Công an các xã, phường chưa đạt chỉ tiêu hoàn thành việc kích hoạt tài khoản trong quý IV năm 2024.
2. UBND các xã Tân Thành, Vĩnh Phúc kiểm điểm trách nhiệm cán bộ, hoàn thành trong tháng 11/2024.
3. Các cơ quan, đơn vị tự chấm điểm, gửi Văn phòng UBND tỉnh trước ngày 25 hằng tháng.
4. Phòng Quản lý đầu tư rà soát hồ sơ trước ngày 30/10/2024.
"""


def test_assignees_behind_a_target_and_tasks_opening_on_own_assessment():
    found = [d.assignee for d in extract_deadlines(ASSIGNEES, extract_metadata(ASSIGNEES))]
    assert found == ["Công an các xã, phường chưa đạt chỉ tiêu", "UBND các xã Tân Thành, Vĩnh Phúc",
                     "Các cơ quan, đơn vị", "Phòng Quản lý đầu tư"]


def test_clauses_going_on_with_one_body():
    text = ("Trong tháng, Văn phòng Đăng ký đất đai tỉnh tiếp nhận 9.846 hồ sơ; đã giải quyết 9.512 hồ sơ, đạt 97,10%; "
            "quá hạn 284 hồ sơ, chiếm 2,90%.\n")
    rows = _rows(text)
    for context, raw in (("quá hạn 284", "284"), ("chiếm 2,90%", "2,90%")):
        assert subject_and_level(figure_at(rows, text, context, raw)) == ("Văn phòng Đăng ký đất đai tỉnh", "tỉnh")


def test_a_khmer_signer():
    text = ("UBND TỈNH SÓC TRĂNG\nSỞ TƯ PHÁP\n\nSố: 45/BC-STP\nSóc Trăng, ngày 05 tháng 7 năm 2025\n\nBÁO CÁO\n"
            "Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2025\n\nSở tiếp nhận 4.120 hồ sơ.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nThạch Thị Sô Phol\n")
    assert extract_metadata(text)[0].signer == "Thạch Thị Sô Phol"


def test_a_score_too_high_for_the_group_named_before_it():
    text = ("Theo số liệu đến tháng 5/2025, tỉnh đạt 83,41/100 điểm; trong đó nhóm thanh toán trực tuyến đạt 6,02/10 "
            "điểm, nhóm số hóa hồ sơ đạt 14,37/22 điểm. Thị xã Giá Rai đạt 81,26 điểm.\n")
    rows = _rows(text)
    assert figure_at(rows, text, "nhóm số hóa hồ sơ đạt 14,37/22", "14,37/22").code == "766.so_hoa"
    assert figure_at(rows, text, "Rai đạt 81,26", "81,26").code == "766.tong_hop"


def test_connection_points_sessions_and_letters_counted():
    text = "Hội nghị trực tuyến tại 12 điểm cầu cấp xã; trong 02 kỳ họp; cơ quan đã gửi 587 thư xin lỗi người dân.\n"
    rows = _rows(text)
    assert [(row.raw, row.unit, row.kind) for row in rows] == [
        ("12", "điểm cầu", "count"), ("02", "kỳ họp", "count"), ("587", "thư xin lỗi", "count")]


def test_a_score_named_by_the_opening_of_a_siblings_name():
    text = ("4. Kết quả theo khối\n\n- Khối sở, ban, ngành: điểm bình quân nhóm chỉ số Mức độ hài lòng đạt 17,30/18 "
            "điểm;\n- Khối UBND các huyện: điểm bình quân đạt 16,70/18 điểm (quý trước: 16,90 điểm).\n")
    rows = _rows(text)
    for context, raw in (("đạt 16,70/18", "16,70/18"), ("trước: 16,90", "16,90")):
        assert figure_at(rows, text, context, raw).code == "766.hai_long", raw


NUMBERED_PARAGRAPHS = """\
UBND TỈNH NAM ĐỊNH
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH

Số: 45/BC-SVHTTDL
Nam Định, ngày 09 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác kiểm soát thủ tục hành chính năm 2024

1. Trong năm 2024, Sở tiếp nhận 4.826 hồ sơ (năm 2023: 4.215 hồ sơ), tăng 14,5%.

2. Hiện nay Sở đang thực hiện 132 TTHC.

3. Sở đã giải quyết 4.789 hồ sơ, đạt 99,83%.

4. Sở cấp 386 giấy phép.

Năm 2024, toàn tỉnh đón 5.842.600 lượt khách du lịch.
"""


def test_a_sos_numbered_paragraphs_are_its_own():
    rows = _rows(NUMBERED_PARAGRAPHS)
    for context, raw in (("nhận 4.826", "4.826"), ("hiện 132", "132"), ("đạt 99,83%", "99,83%"), ("cấp 386", "386")):
        assert subject_and_level(figure_at(rows, NUMBERED_PARAGRAPHS, context, raw)) == (
            "Sở Văn hóa, Thể thao và Du lịch", "tỉnh"), raw
    assert subject_and_level(figure_at(rows, NUMBERED_PARAGRAPHS, "đón 5.842.600", "5.842.600")) == (None, None)


def test_sub_items_are_about_the_body_their_parent_names():
    text = ("Kết quả theo địa bàn:\n- Thành phố Tuy Hòa:\n  + Tiếp nhận qua BCCI 2.614 hồ sơ, chiếm 31,02%;\n"
            "  + Trả kết quả 6.380 lượt.\n- Huyện Tuy An:\n  + Tiếp nhận qua BCCI 874 hồ sơ.\n")
    rows = _rows(text)
    for context, raw, body in (("BCCI 2.614", "2.614", "Thành phố Tuy Hòa"),
                               ("quả 6.380", "6.380", "Thành phố Tuy Hòa"), ("BCCI 874", "874", "Huyện Tuy An")):
        assert subject_and_level(figure_at(rows, text, context, raw)) == (body, "huyện"), raw


def test_a_table_by_month_dates_each_month():
    text = ("Bảng 1. Hồ sơ tiếp nhận theo tháng năm 2024\n\n| Chỉ tiêu | Tháng 1 | Tháng 2 | Lũy kế |\n"
            "|---|---|---|---|\n| Hồ sơ tiếp nhận (hồ sơ) | 58.214 | 39.826 | 98.040 |\n")
    rows = table_indicators(text, find_tables(text, []), [])
    assert [(row.raw, row.as_of) for row in rows][:2] == [("58.214", "2024-01-31"), ("39.826", "2024-02-29")]


def test_a_table_with_the_units_as_columns():
    text = ("Chỉ tiêu\tHuyện Nam Trà My\tHuyện Tây Giang\tToàn tỉnh\nHồ sơ tiếp nhận (hồ sơ)\t1.246\t984\t61.482\n"
            "Tỷ lệ nộp trực tuyến (%)\t31,06\t35,47\t64,37\n")
    rows = table_indicators(text, find_tables(text, []), [])
    assert [(row.raw, row.subject, row.level) for row in rows][:3] == [
        ("1.246", "Huyện Nam Trà My", "huyện"), ("984", "Huyện Tây Giang", "huyện"), ("61.482", None, None)]


SPACED_WITH_RULE = """\
Bảng 1. Điểm các nhóm chỉ số của tỉnh (số trong ngoặc đơn là số giảm)

  Nhóm chỉ số                       Điểm        Quý II       Quý III       Tăng,
                                  tối đa      năm 2025      năm 2025        giảm
  ------------------------------------------------------------------------------
  1. Công khai, minh bạch             18         16,84         16,52      (0,32)
  2. Mức độ hài lòng                  18         16,90         17,15        0,25
"""


def test_a_spaced_table_with_a_wrapped_header_and_falls_in_brackets():
    rows = table_indicators(SPACED_WITH_RULE, find_tables(SPACED_WITH_RULE, []), [])
    assert [(row.raw, row.value, row.kind, row.max_value, row.as_of) for row in rows[1:4]] == [
        ("16,84", 16.84, "value", 18, "2025-06-30"), ("16,52", 16.52, "value", 18, "2025-09-30"),
        ("0,32", -0.32, "change", None, "2025-09-30")]
    assert figure_at(rows, SPACED_WITH_RULE, "0,25\n", "0,25").value == 0.25
