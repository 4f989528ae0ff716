"""Word loader on corpus/docx and on a zip bomb."""

import re
import zipfile
from pathlib import Path

import pytest

from extractor.errors import Budget, BudgetExceeded, LoadError
from extractor.loaders.docx import load_docx

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def plain(line: str) -> str:
    line = re.sub(r"^#+\s+", "", line.strip())
    line = re.sub(r"^\* ", "- ", line)
    line = re.sub(r"<(https?://[^>]+)>", r"\1", line)
    return " ".join(re.sub(r"</?b>|\*", "", line).split())


@pytest.mark.parametrize("seed", ["000", "001", "003", "004"])
def test_docx_keeps_every_line_in_order(seed):
    doc = load_docx(CORPUS / "docx" / f"{seed}.docx", Budget())
    assert doc.status == "ok" and len(doc.pages) == 1
    text = " ".join(doc.pages[0].text.split())
    seed_lines = next(CORPUS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8").split("\n")
    wanted = [plain(x) for x in seed_lines if x.strip() and "\t" not in x and not x.lstrip().startswith("|")]
    position = 0
    for line in filter(None, wanted):
        found = text.find(line, position)
        assert found >= 0, line
        position = found


def test_docx_table_rows_are_tsv_at_their_place():
    doc = load_docx(CORPUS / "docx" / "003.docx", Budget())
    page = doc.pages[0]
    assert all(span.source == "docx" for span in page.table_spans)
    tables = [page.text[s.start:s.end].split("\n") for s in page.table_spans]
    first = tables[0]
    assert first[0].split("\t")[:2] == ["Số TT", "Nội dung"]
    assert "a)\tHồ sơ đã đồng bộ\t378.113\t90,19\t422.402\t94,97\tTăng 44.289 hồ sơ" in first
    assert page.text.index("I. BIỂU TỔNG HỢP SỐ LIỆU THÁNG 8 NĂM 2023") < page.table_spans[0].start


def test_docx_zip_bomb_is_refused(tmp_path):
    target = tmp_path / "bomb.docx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>" + " " * (3 * 2**20) + "</w:document>")
    with pytest.raises(BudgetExceeded, match="zip bomb"):
        load_docx(target, Budget(max_docx_uncompressed=2 * 2**20))
    with pytest.raises(BudgetExceeded, match="zip bomb"):
        load_docx(target, Budget())  # under the size budget, but inflating over 100×


def test_not_a_docx_is_a_load_error(tmp_path):
    target = tmp_path / "fake.docx"
    target.write_bytes(b"this is not a zip file")
    with pytest.raises(LoadError):
        load_docx(target, Budget())
