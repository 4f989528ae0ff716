"""The text PDF and .docx versions of seeds 000, 001, 003, 004 give the same facts as the .txt originals.

The PDFs (reportlab, text layer) wrap every paragraph at the page width and lose the blank lines; the
.docx files hold one paragraph per seed line. Each version runs through the real pipeline
(`process_file`) and must give the same figures, deadlines and tables as the .txt. Page numbers of the
PDF figures are checked independently: the figure as written must be on that page of the PDF as
pdfplumber reads it.
"""

from __future__ import annotations

import glob
import re
from collections import Counter

import pdfplumber
import pytest

from extractor.discover import format_of
from extractor.errors import Budget
from extractor.pipeline import FileJob, hash_file, process_file
from extractor.vietnamese import nfc

SEEDS = ["000", "001", "003", "004"]
FORMATS = ["pdf", "docx"]


def _process(path: str) -> dict:
    sha, size, mtime = hash_file(path)
    return process_file(FileJob(path, format_of(path), sha, size, mtime), Budget())


@pytest.fixture(scope="module")
def records() -> dict[tuple[str, str], dict]:
    """(seed, format) → the pipeline's record, for the .txt, the text PDF and the .docx."""
    out = {}
    for seed in SEEDS:
        out[(seed, "txt")] = _process(glob.glob(f"corpus/{seed}_*.txt")[0])
        for fmt in FORMATS:
            out[(seed, fmt)] = _process(f"corpus/{fmt}/{seed}.{fmt}")
    return out


def _figures(record: dict) -> Counter:
    return Counter(
        (round(i["value"], 4), i["unit"], i["max_value"], i["kind"], i["as_of"], i["subject"], i["code"])
        for i in record["indicators"]
    )


def _deadlines(record: dict) -> Counter:
    return Counter((d["due_date"], d["precision"], d["assignee"]) for d in record["deadlines"])


def _tables(record: dict) -> list[tuple]:
    out = []
    for table in record["tables"]:
        cells = tuple(sorted((c["row"], c["col"], c["text"], c["value"]) for c in table["cells"]))
        out.append((table["n_rows"], table["n_cols"], cells))
    return out


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_same_figures(records, seed, fmt):
    txt, other = _figures(records[(seed, "txt")]), _figures(records[(seed, fmt)])
    assert sum(txt.values()) > 0
    assert txt - other == Counter(), "figures of the .txt missing"
    assert other - txt == Counter(), "figures the .txt does not have"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_same_deadlines(records, seed, fmt):
    assert _deadlines(records[(seed, "txt")]) == _deadlines(records[(seed, fmt)])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_same_tables(records, seed, fmt):
    assert _tables(records[(seed, "txt")]) == _tables(records[(seed, fmt)])


def test_001_first_table_has_three_columns(records):
    """`Stt | Nhóm chỉ số | Tỷ lệ/Điểm`, split by a page break: one table of 15 rows and 3 columns."""
    for fmt in ["txt", *FORMATS]:
        first = records[("001", fmt)]["tables"][0]
        assert (first["n_rows"], first["n_cols"]) == (15, 3), fmt


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", nfc(text))


@pytest.fixture(scope="module")
def pdf_pages() -> dict[str, list[str]]:
    """seed → the text of each page of its PDF as pdfplumber reads it (whitespace removed)."""
    out = {}
    for seed in SEEDS:
        with pdfplumber.open(f"corpus/pdf/{seed}.pdf") as pdf:
            out[seed] = [_squeeze(page.extract_text() or "") for page in pdf.pages]
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_pdf_figure_pages(records, pdf_pages, seed):
    record = records[(seed, "pdf")]
    pages = pdf_pages[seed]
    assert record["indicators"]
    for ind in record["indicators"]:
        assert 1 <= ind["page"] <= len(pages)
        assert _squeeze(ind["raw"]) in pages[ind["page"] - 1], (ind["raw"], ind["page"], ind["snippet"])


@pytest.mark.parametrize("seed", SEEDS)
def test_pdf_pages_are_not_all_one(records, seed):
    """Guard for the page check above: the figures of a multi-page PDF sit on several pages."""
    pages = {ind["page"] for ind in records[(seed, "pdf")]["indicators"]}
    with pdfplumber.open(f"corpus/pdf/{seed}.pdf") as pdf:
        if len(pdf.pages) > 1:
            assert len(pages) > 1


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_offsets_hold(records, seed, fmt):
    """Every figure keeps exact provenance: text[start:end] is the figure as written, inside its snippet."""
    text = records[(seed, fmt)]["document"]["text"]
    for ind in records[(seed, fmt)]["indicators"]:
        assert text[ind["start"] : ind["end"]] == ind["raw"]
        assert ind["raw"] in ind["snippet"]


_META = ("province", "province_2025", "doc_number", "doc_type", "issuer", "signer", "title", "issued_date",
         "period_label", "period_start", "period_end")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_same_document_metadata(records, seed, fmt):
    txt, other = records[(seed, "txt")], records[(seed, fmt)]
    assert {k: other["document"][k] for k in _META} == {k: txt["document"][k] for k in _META}
    assert [p["doc_number"] for p in other["parts"]] == [p["doc_number"] for p in txt["parts"]]
