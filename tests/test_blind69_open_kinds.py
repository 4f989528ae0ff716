"""The open kinds of blind sets 69 to 72 fixed after their first fixes, each on a text written here in another
wording of the same form; the expected values are what a reader takes from these texts.

- files filed through a public-service portal (`nộp qua Cổng Dịch vụ công quốc gia`, `hồ sơ qua DVC KBNN`) are files
  submitted online;
- an average time to settle, appraise or license (`Thời gian thẩm định bình quân 9,5 ngày`) is the average time to
  settle a procedure; a delivery time or a delay is not;
- a number right after `bình quân` (`bình quân 820 chứng từ mỗi ngày`) is an average: a value, not a count;
- a treasury's payment items (`món chi`) are counted in `món`;
- a provincial centre named by its work (`Trung tâm Dịch vụ việc làm tỉnh`) is a body at the province level;
- a department's bare `Sở` as the actor of a clause (`Tại Trung tâm ..., Sở đang tiếp nhận ...`) is the issuer, not
  the place the clause opens on.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.metadata import extract_metadata

_ONLINE = "766.dvctt.nop_truc_tuyen"
_TIME = "766.tien_do.thoi_gian"


def _report(body: str, organ: str) -> str:
    return (f"{organ}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 88/BC-SLĐTBXH\n"
            f"Yên Bái, ngày 12 tháng 01 năm 2025\n\nBÁO CÁO\nKết quả cải cách thủ tục hành chính năm 2024\n\n{body}\n")


def _rows(text: str):
    return extract_figures(text, extract_metadata(text), [])


LABOUR = _report("""\
1. Tại Trung tâm Phục vụ hành chính công tỉnh, Sở đang tiếp nhận, giải quyết 112 TTHC, trong đó 70 TTHC được cung
cấp dịch vụ công trực tuyến toàn trình.

2. Trung tâm Dịch vụ việc làm tỉnh đã tiếp nhận 2.815 hồ sơ đề nghị hưởng trợ cấp thất nghiệp; trong đó 2.406 hồ sơ
nộp qua Cổng Dịch vụ công quốc gia, chiếm 85,47%.

3. Thời gian thẩm định bình quân 9,5 ngày/hồ sơ, rút ngắn 1,5 ngày so với năm 2023. Thời gian phát kết quả bình
quân 1,2 ngày.""", "UBND TỈNH YÊN BÁI\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")


def test_a_centre_named_by_its_work_and_the_bare_sor_as_actor():
    rows, text = _rows(LABOUR), LABOUR
    assert subject_and_level(figure_at(rows, text, "giải quyết 112 TTHC", "112")) == (
        "Sở Lao động - Thương binh và Xã hội", "tỉnh")
    for context, raw in [("tiếp nhận 2.815", "2.815"), ("trong đó 2.406", "2.406"), ("chiếm 85,47%", "85,47%")]:
        assert subject_and_level(figure_at(rows, text, context, raw)) == ("Trung tâm Dịch vụ việc làm tỉnh", "tỉnh")


def test_files_through_a_portal_are_filed_online():
    rows, text = _rows(LABOUR), LABOUR
    assert figure_at(rows, text, "trong đó 2.406", "2.406").code == _ONLINE
    assert figure_at(rows, text, "chiếm 85,47%", "85,47%").code == _ONLINE


def test_an_average_time_to_settle_and_its_change():
    rows, text = _rows(LABOUR), LABOUR
    assert figure_at(rows, text, "bình quân 9,5", "9,5").code == _TIME
    change = figure_at(rows, text, "rút ngắn 1,5", "1,5")
    assert (change.kind, change.value, change.code) == ("change", -1.5, _TIME)
    assert figure_at(rows, text, "quân 1,2 ngày", "1,2").code is None  # delivering a result is not settling it


TREASURY = _report("""\
Năm 2024, Kho bạc tiếp nhận 98.540 hồ sơ kiểm soát chi, trong đó qua DVC KBNN 98.112 hồ sơ. Số chứng từ thanh toán
được ký số là 204.310 chứng từ, bình quân 820 chứng từ mỗi ngày làm việc. Kho bạc đã từ chối thanh toán 415 món chi
chưa đủ điều kiện.""",
                   "BỘ TÀI CHÍNH\nKHO BẠC NHÀ NƯỚC KHU VỰC VIII")


def test_an_average_is_a_value_and_payment_items_are_counted():
    rows, text = _rows(TREASURY), TREASURY
    average = figure_at(rows, text, "bình quân 820", "820")
    assert (average.kind, average.unit, average.value) == ("value", "chứng từ", 820)
    items = figure_at(rows, text, "thanh toán 415", "415")
    assert (items.kind, items.unit, items.value) == ("count", "món", 415)
    assert figure_at(rows, text, "KBNN 98.112", "98.112").code == _ONLINE
