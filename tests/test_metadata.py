"""Document metadata of the seeds, as read from the documents themselves."""

from conftest import seed_text

from extractor.metadata import extract_metadata


def main_meta(number: str):
    return extract_metadata(seed_text(number))[0]


def test_000_report_of_the_department_with_blank_number():
    meta = main_meta("000")
    assert meta.doc_type == "Báo cáo"
    assert meta.issuer == "Sở Thông tin và Truyền thông"
    assert meta.doc_number is None
    assert meta.signer == "Nguyễn Gia Phong"
    assert meta.title == "Tình hình, kết quả thực hiện công tác cải cách thủ tục hành chính tháng 02/2024"
    assert (meta.period_label, meta.period_start, meta.period_end) == ("tháng 02/2024", "2024-02-01", "2024-02-29")


def test_001_notice_issued_in_a_month_with_blank_day():
    meta = main_meta("001")
    assert meta.doc_type == "Thông báo"
    assert meta.issuer == "Văn phòng UBND tỉnh"
    assert meta.doc_number is None  # `Số: /TB-VPUBND`
    assert meta.issued_date == "2024-05"
    assert meta.signer is None  # only the title CHÁNH VĂN PHÒNG, no name
    assert (meta.period_label, meta.period_start, meta.period_end) == ("tháng 5/2024", "2024-05-01", "2024-05-31")
    assert meta.title.startswith("Về chỉ số chỉ đạo, điều hành")


def test_002_number_and_date_survive_ocr_without_diacritics():
    meta = main_meta("002")
    assert meta.doc_number == "294/TB-UBND"  # written `S6: 294 /TB-UBND`
    assert meta.issued_date == "2024-07-19"
    assert meta.doc_type == "Thông báo"  # `THONG BAO`
    assert (meta.period_start, meta.period_end) == ("2024-01-01", "2024-06-30")


def test_003_covering_letter_and_attached_report_are_two_parts():
    letter, report = extract_metadata(seed_text("003"))
    assert letter.doc_number == "6274/UBND-TTPVHCC"
    assert letter.issued_date == "2023-12-06"
    assert letter.doc_type == "Công văn"
    assert letter.title == "thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp"
    assert letter.signer == "Lê Quang Tiến"
    assert letter.period_label is None
    assert report.doc_number == "2062/SNV-CCHC"
    assert report.issued_date == "2023-09-05"
    assert report.issuer == "Sở Nội vụ"
    assert report.signer == "Nguyễn Thành Minh"
    assert (report.period_label, report.period_start, report.period_end) == (
        "tháng 8 năm 2023", "2023-08-01", "2023-08-31")
    text = seed_text("003")
    assert text[report.start:].lstrip().startswith("Số: 2062")
    assert letter.end == report.start


def test_004_letter_with_subject_line():
    meta = main_meta("004")
    assert meta.doc_type == "Công văn"
    assert meta.issuer == "Sở Thông tin và Truyền thông"
    assert meta.doc_number is None  # `Số: /STTTT-CNTT`
    assert meta.signer == "Nguyễn Minh Vũ"
    assert meta.title == "kết quả thực hiện một số chỉ tiêu chuyên đổi số tháng 9/2024"
    assert (meta.period_start, meta.period_end) == ("2024-09-01", "2024-09-30")
    assert meta.issued_date == "2024"  # `Bắc Ninh, ngày tháng năm 2024`
