"""PDF loader on the generated corpus (corpus/pdf, corpus/scan, corpus/mixed) and on bad files."""

import re
from pathlib import Path

import pytest

from extractor.errors import Budget, BudgetExceeded, LoadError
from extractor.loaders.pdf import load_pdf, page_quality

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def seed_text(seed: str) -> str:
    return next(CORPUS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")


def plain(line: str) -> str:
    """A seed line without Markdown markup, whitespace collapsed (what a typeset page shows)."""
    line = re.sub(r"^#+\s+", "", line.strip())
    line = re.sub(r"^\* ", "- ", line)
    line = re.sub(r"<(https?://[^>]+)>", r"\1", line)
    line = re.sub(r"</?b>|\*", "", line)
    return " ".join(line.split())


def prose_lines(seed: str) -> list[str]:
    return [plain(line) for line in seed_text(seed).split("\n") if line.strip() and "\t" not in line
            and not line.lstrip().startswith("|") and plain(line)]


def flat(doc) -> str:
    return " ".join(" ".join(page.text.split()) for page in doc.pages)


@pytest.mark.parametrize("seed", ["000", "001", "003", "004"])
def test_text_pdf_keeps_every_line(seed):
    doc = load_pdf(CORPUS / "pdf" / f"{seed}.pdf", Budget())
    assert doc.status == "ok"
    assert all(page.method == "text" for page in doc.pages)
    text = flat(doc)
    missing = [line for line in prose_lines(seed) if line not in text]
    assert missing == []


def tsv_rows(doc) -> list[list[str]]:
    rows = []
    for page in doc.pages:
        for span in page.table_spans:
            assert span.source == "pdf"
            rows += [row.split("\t") for row in page.text[span.start:span.end].split("\n")]
    return rows


def test_text_pdf_tables_have_the_seed_cells():
    doc = load_pdf(CORPUS / "pdf" / "000.pdf", Budget())
    rows = tsv_rows(doc)
    assert rows[0] == ["STT", "Tên các hệ thống thông tin, CSDL đã kết nối"]
    assert ["9", "Hệ thống Xác thực tập chung tỉnh Bắc Giang"] in rows
    assert rows[-1] == ["17", "Kết nối với cổng ký số bộ thông tin truyền thông (NEAC)"]
    assert len(rows) == 18


def test_markdown_table_continues_on_next_page_with_header_repeated():
    doc = load_pdf(CORPUS / "pdf" / "001.pdf", Budget())
    page1, page2 = doc.pages[0], doc.pages[1]
    assert "1\tCông khai minh bạch\t11,1/18" in page1.text
    assert page2.text.startswith("Stt\tNhóm chỉ số\tTỷ lệ/Điểm\n")
    assert "4.2\tTỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC\t88,15%" in page2.text
    assert "Tổng hợp\t\t78,49/100 Xếp hạng: 11/63" in page2.text
    # the deadline sits on the last text page, after the tables
    assert "trước ngày 11/6/2024" in " ".join(doc.pages[2].text.split())


def test_tsv_table_cells_and_page_of_appendix():
    doc = load_pdf(CORPUS / "pdf" / "003.pdf", Budget())
    rows = tsv_rows(doc)
    assert ["a)", "Hồ sơ đã đồng bộ", "378.113", "90,19", "422.402", "94,97", "Tăng 44.289 hồ sơ"] in rows
    assert ["", "TỔNG CỘNG TOÀN TỈNH", "181/187", "29866", "181/187", "31232", "+1366"] in rows
    # the attached report 2062/SNV-CCHC starts on page 3 (a page break in the original)
    assert "Số: 2062 /SNV-CCHC" in doc.pages[2].text
    assert all("Số: 2062" not in page.text for page in doc.pages[:2])


def test_page_quality_row():
    doc = load_pdf(CORPUS / "pdf" / "004.pdf", Budget())
    quality = page_quality(doc.pages[0])
    assert quality["method"] == "text"
    assert quality["chars"] == len(doc.pages[0].text)
    assert quality["vi_ratio"] > 0.9
    assert quality["ocr_confidence"] is None


@pytest.mark.ocr
@pytest.mark.slow
def test_mixed_pdf_ocrs_only_its_scanned_page():
    doc = load_pdf(CORPUS / "mixed" / "001_mixed.pdf", Budget())
    assert [page.method for page in doc.pages] == ["text", "ocr", "text", "text"]
    assert doc.pages[1].ocr_confidence > 70
    assert "88,15%" in doc.pages[1].text
    assert any(span.source == "ocr" for span in doc.pages[1].table_spans)


NUMBER = re.compile(r"(?<![\w.,/])\d+(?:[.,]\d+)*(?:/\d+(?:[.,]\d+)*)?(?![\w])")


@pytest.mark.ocr
@pytest.mark.slow
def test_scanned_pdf_figures_come_out_verbatim():
    seed = "001"
    doc = load_pdf(CORPUS / "scan" / f"{seed}.pdf", Budget())
    assert all(page.method == "ocr" for page in doc.pages)
    text = "\n".join(page.text for page in doc.pages)
    expected = NUMBER.findall(seed_text(seed))
    found = sum(1 for n in expected if n in NUMBER.findall(text))
    assert found / len(expected) >= 0.9
    assert "/TB-VPUBND" in text and "Bình Phước, ngày tháng 5 năm 2024" in text


# ---------------------------------------------------------------- bad files


def test_encrypted_pdf_says_password_protected(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    target = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(target), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    pdf.drawString(72, 720, "Bao cao thang 5")
    pdf.save()
    with pytest.raises(LoadError, match="password-protected"):
        load_pdf(target, Budget())


def test_corrupt_pdf_is_a_load_error(tmp_path):
    target = tmp_path / "broken.pdf"
    target.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer\n%%EOF\n")
    with pytest.raises(LoadError):
        load_pdf(target, Budget())


def test_empty_file_is_a_load_error(tmp_path):
    target = tmp_path / "empty.pdf"
    target.write_bytes(b"")
    with pytest.raises(LoadError):
        load_pdf(target, Budget())


def test_too_many_pages_is_over_budget():
    with pytest.raises(BudgetExceeded, match="pages"):
        load_pdf(CORPUS / "pdf" / "003.pdf", Budget(max_pages=3))


# ---------------------------------------------------------------- page ranges (used by the scheduler)


def test_page_ranges_assemble_into_the_same_document_as_load_pdf():
    from extractor.loaders.pdf import assemble_pdf, count_pdf_pages, load_pdf_pages

    path = CORPUS / "mixed" / "001_mixed.pdf"
    whole = load_pdf(path, Budget())
    assert count_pdf_pages(path, Budget()) == 4
    reads = load_pdf_pages(path, Budget(), 1, 1) + load_pdf_pages(path, Budget(), 2, 4)
    assert [page.number for page, _ in reads] == [1, 2, 3, 4]
    assert assemble_pdf(path, reads) == whole
    assert [page.method for page in whole.pages] == ["text", "ocr", "text", "text"]


def test_page_range_past_the_last_page_is_a_load_error():
    from extractor.loaders.pdf import load_pdf_pages

    with pytest.raises(LoadError, match="no pages 4-5"):
        load_pdf_pages(CORPUS / "pdf" / "004.pdf", Budget(), 4, 5)


def test_counting_pages_raises_what_load_pdf_raises(tmp_path):
    from extractor.loaders.pdf import count_pdf_pages

    target = tmp_path / "broken.pdf"
    target.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer\n%%EOF\n")
    with pytest.raises(LoadError) as counted:
        count_pdf_pages(target, Budget())
    with pytest.raises(LoadError) as loaded:
        load_pdf(target, Budget())
    assert str(counted.value) == str(loaded.value)
    with pytest.raises(BudgetExceeded, match="pages"):
        count_pdf_pages(CORPUS / "pdf" / "003.pdf", Budget(max_pages=3))
