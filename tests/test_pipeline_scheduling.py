"""Page-level scheduling (`extractor.scheduler`): same rows whatever the worker count, budgets kept."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner
from conftest import CORPUS

from extractor.cli import cli
from extractor.discover import format_of
from extractor.errors import Budget
from extractor.pipeline import FileJob, hash_file, run_jobs
from extractor.scheduler import PIECES_PER_WORKER, is_paged, page_ranges

VOLATILE = {"ingested_at", "seen_at"}


def job_for(path) -> FileJob:
    sha, size, mtime = hash_file(str(path))
    return FileJob(str(path), format_of(str(path)), sha, size, mtime)


def records(jobs, workers, budget=None) -> list[dict]:
    """Run the jobs through the pool; return the records in the order they were handed over."""
    out = []
    run_jobs(jobs, workers, budget or Budget(), lambda job, record: out.append((job.path, record)))
    assert [path for path, _ in out] == [job.path for job in jobs]  # storage order is job order
    return [record for _, record in out]


def without_volatile(record: dict) -> dict:
    return {key: ({k: v for k, v in value.items() if k not in VOLATILE} if isinstance(value, dict) else value)
            for key, value in record.items()}


def table(db, name) -> list[tuple]:
    conn = sqlite3.connect(db)
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{name}])") if r[1] not in VOLATILE]
    rows = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{name}] ORDER BY rowid").fetchall()
    conn.close()
    return rows


def test_page_ranges_cover_every_page_once_in_order():
    assert page_ranges(12, 2) == [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12)]
    assert page_ranges(4, 2) == [(1, 1), (2, 2), (3, 3), (4, 4)]
    assert page_ranges(2, 8) == [(1, 1), (2, 2)]
    for count in (2, 7, 33, 500):
        for workers in (2, 3):
            ranges = page_ranges(count, workers)
            pages = [n for first, last in ranges for n in range(first, last + 1)]
            assert pages == list(range(1, count + 1))
            assert len(ranges) <= PIECES_PER_WORKER * workers


def test_only_pdfs_and_tiffs_are_split():
    assert is_paged(FileJob("a/report.pdf", "pdf", "x", 1, 1))
    assert is_paged(FileJob("a/scan.TIFF", "image", "x", 1, 1))
    assert not is_paged(FileJob("a/photo.jpg", "image", "x", 1, 1))
    assert not is_paged(FileJob("a/report.txt", "txt", "x", 1, 1))
    assert not is_paged(FileJob("a/report.docx", "docx", "x", 1, 1))


@pytest.mark.ocr
@pytest.mark.slow
def test_one_and_two_workers_store_the_same_rows(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for source in (CORPUS / "scan" / "001.pdf", CORPUS / "mixed" / "001_mixed.pdf"):
        (folder / source.name).write_bytes(source.read_bytes())
    dbs = {}
    for workers in (1, 2):
        dbs[workers] = tmp_path / f"w{workers}.db"
        result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(dbs[workers]), "--workers",
                                          str(workers), "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    for name in ("documents", "pages", "indicators"):
        assert table(dbs[1], name) == table(dbs[2], name), name
    documents = table(dbs[2], "documents")
    assert len(documents) == 2
    # 001.pdf is a 4-page scan, 001_mixed.pdf has its second page scanned: both read in full.
    pages = table(dbs[2], "pages")
    assert len(pages) == 8
    assert len(table(dbs[2], "indicators")) > 10


@pytest.mark.ocr
@pytest.mark.slow
def test_multipage_tiff_gives_the_same_record_with_two_workers(tmp_path):
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(CORPUS / "pdf" / "004.pdf"))
    frames = [pdf[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L") for i in (0, 1)]
    target = tmp_path / "scan.tif"
    frames[0].save(target, save_all=True, append_images=frames[1:], dpi=(200, 200), compression="tiff_lzw")
    text_file = tmp_path / "report.txt"
    text_file.write_text(next(CORPUS.glob("000_*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    jobs = [job_for(target), job_for(text_file)]
    alone, pooled = records(jobs, 0), records(jobs, 2)
    assert [without_volatile(r) for r in alone] == [without_volatile(r) for r in pooled]
    assert [page["page"] for page in pooled[0]["pages"]] == [1, 2]
    assert "Bắc Ninh" in pooled[0]["document"]["text"]


@pytest.mark.ocr
@pytest.mark.slow
def test_page_task_over_its_budget_is_stopped_and_its_pages_are_unreadable(monkeypatch):
    import extractor.scheduler as scheduler

    monkeypatch.setattr(scheduler, "PAGE_GRACE", 0.0)  # the parent sets each page task's timeout
    # A scanned page cannot be rendered and OCR'd in a millisecond: every page task is stopped.
    [record] = records([job_for(CORPUS / "scan" / "001.pdf")], 2, Budget(seconds_per_page=0.001))
    assert record["document"]["status"] == "empty"
    assert [page["page"] for page in record["pages"]] == [1, 2, 3, 4]
    assert all("the worker was stopped" in page["error"] for page in record["pages"])


@pytest.mark.ocr
@pytest.mark.slow
def test_file_over_its_whole_budget_is_an_error_row_and_the_batch_goes_on(tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("BÁO CÁO\nTỷ lệ hồ sơ giải quyết đúng hạn tháng 5 năm 2024 đạt 98,5%.\n", encoding="utf-8")
    # Twelve scanned pages take far more than 4 s of OCR in all, however they are spread.
    out = records([job_for(CORPUS / "scan" / "003.pdf"), job_for(short)], 2, Budget(seconds_per_file=4))
    assert out[0]["document"]["status"] == "error"
    assert "longer than" in out[0]["document"]["error"]
    assert out[1]["document"]["status"] == "ok"


def test_damaged_pdf_is_the_same_error_row_with_two_workers(tmp_path):
    target = tmp_path / "broken.pdf"
    target.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer\n%%EOF\n")
    jobs = [job_for(target), job_for(CORPUS / "pdf" / "004.pdf")]
    alone, pooled = records(jobs, 0), records(jobs, 2)
    assert pooled[0]["document"]["status"] == "error"
    assert [without_volatile(r) for r in alone] == [without_volatile(r) for r in pooled]
