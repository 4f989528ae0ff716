"""The ingest pipeline as named stages: discover → load → normalise → extract → store.

Loading, normalising and extracting run in worker processes (`process_file`), which return plain
records; the parent is the only writer and stores them in discovery order, one short transaction
per document. A worker that runs over its time budget is killed and its file becomes an error row.
With several workers, long documents are read in page ranges spread over the pool (`scheduler`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from . import PIPELINE_VERSION
from .discover import Found, discover
from .errors import Budget, LoadError, memory_budget_message
from .models import PAGE_BREAK, Extraction, LoadedDocument, TableSpan, page_of
from .vietnamese import nfc, vi_ratio


@dataclass
class FileJob:
    """A file to ingest, identified by the sha256 of its bytes."""

    path: str
    format: str
    sha256: str
    size: int
    mtime_ns: int


@dataclass
class Normalised:
    """The document text after NFC and diacritic restoration, with offsets re-based on it."""

    text: str
    raw_text: str
    table_spans: list[TableSpan]
    restorations: list[dict]
    page_rows: list[dict]


@dataclass
class Summary:
    """What one ingest run did."""

    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    empty: int = 0
    partial: int = 0
    indicators: int = 0
    tables: int = 0
    deadlines: int = 0
    restorations: int = 0
    checks: int = 0
    flagged: int = 0
    problems: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict:
        """Return the summary as a JSON-ready dict."""
        return dataclasses.asdict(self)


def hash_file(path: str) -> tuple[str, int, int]:
    """Return (sha256 hex, size, mtime_ns) of a file, reading it in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    info = os.stat(path)
    return digest.hexdigest(), info.st_size, info.st_mtime_ns


# --- stages run in a worker -------------------------------------------------------------------


def load_stage(job: FileJob, budget: Budget) -> LoadedDocument:
    """Stage 2: read the file into pages."""
    from .loaders import load

    return load(job.path, job.format, budget)


def normalise_stage(doc: LoadedDocument) -> Normalised:
    """Stage 3: NFC every page, restore diacritics where a page or some of its lines lost them, join pages."""
    from .restore import restore_page

    texts, raw_texts, spans, restorations, page_rows = [], [], [], [], []
    offset = 0
    for page in doc.pages:
        raw = nfc(page.text)
        result = restore_page(raw)
        restored, changes = result.text, result.changes
        for change in changes:
            restorations.append(
                {"start": offset + change.start, "end": offset + change.end, "raw": change.raw,
                 "restored": change.restored, "score": change.score}
            )
        for span in page.table_spans:
            start, end = _shift(span.start, changes), _shift(span.end, changes)
            spans.append(TableSpan(offset + start, offset + end, span.source, span.title))
        page_rows.append(_page_row(page, restored))
        texts.append(restored)
        raw_texts.append(raw)
        offset += len(restored) + len(PAGE_BREAK)
    return Normalised(PAGE_BREAK.join(texts), PAGE_BREAK.join(raw_texts), spans, restorations, page_rows)


def _shift(raw_offset: int, changes: list) -> int:
    """Map an offset in a page's raw text to the restored text, given the changes made."""
    delta = 0
    for change in changes:
        raw_start = change.start - delta
        if raw_start >= raw_offset:
            break
        delta += len(change.restored) - len(change.raw)
    return raw_offset + delta


def _page_row(page, text: str) -> dict:
    return {
        "page": page.number,
        "method": page.method,
        "chars": len(text.strip()),
        "vi_ratio": round(vi_ratio(text), 4),
        "ocr_confidence": page.ocr_confidence,
        "error": page.error,
    }


def extract_stage(normalised: Normalised) -> tuple[list, Extraction]:
    """Stage 4: document metadata for each part, then figures, tables and deadlines, read through the text an HTML
    page shows (`markup_view`) with tables written one cell per line joined into rows (`cell_lines_view`); both keep
    the length, so every span is the stored text's."""
    from .cell_lines import cell_lines_view
    from .extract import extract_facts
    from .markup import markup_view
    from .metadata import extract_metadata

    text = cell_lines_view(markup_view(normalised.text))
    parts = extract_metadata(text)
    return parts, extract_facts(text, parts, normalised.table_spans)


def process_file(job: FileJob, budget: Budget) -> dict:
    """Run load → normalise → extract on one file and return the record to store."""
    try:
        doc = load_stage(job, budget)
    except Exception as error:  # third-party parsers raise anything on hostile files
        return error_record(job, load_failure(error, budget))
    try:
        return document_record(job, doc)
    except MemoryError:  # the text is too big for the worker's memory budget: the batch goes on
        return error_record(job, memory_budget_message(budget))


_WARM_UP_TEXT = ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nSố: 1/BC-UBND\nBÁO CÁO\nKết quả tháng 5 năm 2024\n"
                 "- Tỷ lệ hồ sơ giải quyết đúng hạn: 96,9%.\n")


def warm_up() -> None:
    """Load what every document needs (spaCy and its BLAS library, the catalog matcher, the patterns) by
    running normalise → extract once on a short clean text, so that none of it is loaded later, under the
    memory budget or after a file that used most of it. (The restoration model, needed only by pages that
    lost their marks, still loads on first use: it is plain Python data.)"""
    from .models import Page

    document_record(FileJob("warm-up.txt", "txt", "", 0, 0),
                    LoadedDocument("warm-up.txt", "txt", "utf-8", [Page(1, _WARM_UP_TEXT)]))


def load_failure(error: Exception, budget: Budget | None = None) -> str:
    """The `documents.error` text for an exception raised while loading a file."""
    if isinstance(error, LoadError):
        return str(error)
    if isinstance(error, MemoryError):
        return memory_budget_message(budget or Budget())
    return f"the file could not be read ({type(error).__name__}: {error})"


def document_record(job: FileJob, doc: LoadedDocument) -> dict:
    """Run normalise → extract on a loaded document and return the record to store."""
    if doc.status == "error" or not doc.pages:
        return error_record(job, doc.error or "the file holds no pages", doc)
    normalised = normalise_stage(doc)
    if not normalised.text.replace(PAGE_BREAK, "").strip():
        return build_record(job, doc, normalised, [], Extraction(), status="empty",
                            error=doc.error or "the file holds no text")
    parts, extraction = extract_stage(normalised)
    return build_record(job, doc, normalised, parts, extraction, status=doc.status, error=doc.error)


# --- records ----------------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _document_row(job: FileJob, doc: LoadedDocument | None, **fields) -> dict:
    row = {
        "id": job.sha256,
        "path": job.path,
        "filename": os.path.basename(job.path),
        "format": job.format,
        "encoding": doc.encoding if doc else None,
        "pages": len(doc.pages) if doc else 0,
        "ocr": int(any(p.method == "ocr" for p in doc.pages)) if doc else 0,
        "size": job.size,
        "pipeline_version": PIPELINE_VERSION,
        "ingested_at": _now(),
    }
    row.update(fields)
    return row


def _file_row(job: FileJob, status: str, error: str | None) -> dict:
    return {"path": job.path, "document_id": job.sha256, "status": status, "error": error,
            "size": job.size, "mtime_ns": job.mtime_ns, "seen_at": _now()}


def error_record(job: FileJob, reason: str, doc: LoadedDocument | None = None) -> dict:
    """A record for a file that could not be read: one `documents` row with status `error`."""
    return {
        "document": _document_row(job, doc, status="error", error=reason, text="", raw_text=""),
        "file": _file_row(job, "error", reason),
    }


def build_record(job, doc, normalised, parts, extraction, status="ok", error=None) -> dict:
    """Turn a document's stages' output into the rows `store.store_document` writes."""
    from .gazetteer import unit_2025

    text = normalised.text
    main = parts[0] if parts else None
    meta = {k: getattr(main, k) for k in _META_FIELDS} if main else {}
    province = main.province if main else None
    document = _document_row(job, doc, status=status, error=error, text=text, raw_text=normalised.raw_text,
                             province=province, province_2025=unit_2025(province), **meta)
    return {
        "document": document,
        "file": _file_row(job, status, error),
        "parts": [{"part": i, "start": p.start, "end": p.end, **{k: getattr(p, k) for k in _META_FIELDS}}
                  for i, p in enumerate(parts)],
        "pages": normalised.page_rows,
        "tables": [_table_row(text, table) for table in extraction.tables],
        "indicators": [_indicator_row(text, ind) for ind in extraction.indicators],
        "deadlines": [_deadline_row(text, d) for d in extraction.deadlines],
        "restorations": normalised.restorations,
    }


_META_FIELDS = ("doc_number", "doc_type", "issuer", "signer", "title", "issued_date",
                "period_label", "period_start", "period_end")


def _table_row(text: str, table) -> dict:
    cells = [
        {"row": r, "col": c, "text": cell, "value": table.cell_values.get((r, c))}
        for r, row in enumerate(table.rows)
        for c, cell in enumerate(row)
    ]
    return {"page": page_of(text, table.start), "title": table.title, "n_rows": len(table.rows),
            "n_cols": max((len(r) for r in table.rows), default=len(table.header)),
            "header": table.header, "source": table.source, "start": table.start, "end": table.end,
            "cells": cells}


def _indicator_row(text: str, ind) -> dict:
    row = dataclasses.asdict(ind)
    row["page"] = page_of(text, ind.start)
    return row


def _deadline_row(text: str, deadline) -> dict:
    row = dataclasses.asdict(deadline)
    row["page"] = page_of(text, deadline.start)
    return row


# --- the batch --------------------------------------------------------------------------------


def plan(db, found: Iterable[Found], force: bool, summary: Summary) -> list[FileJob]:
    """Hash every discovered file and keep those not already stored by this pipeline version."""
    from . import store

    jobs, queued = [], set()
    for entry in found:
        if entry.kind == "skipped":
            summary.skipped += 1
            continue
        if entry.kind == "bad":
            _record_bad_entry(db, entry, summary)
            continue
        try:
            sha, size, mtime = hash_file(entry.path)
        except OSError as error:
            _record_bad_entry(db, Found(entry.path, "bad", reason=f"cannot read the file: {error.strerror}"),
                              summary)
            continue
        job = FileJob(entry.path, entry.format, sha, size, mtime)
        if sha in queued or (not force and store.stored_version(db, sha) == PIPELINE_VERSION):
            summary.unchanged += 1
            if store.known_path(db, entry.path)[0] != sha and sha not in queued:
                store.record_file(db, _file_row(job, "unchanged", None))
            continue
        queued.add(sha)
        jobs.append(job)
    return jobs


def _record_bad_entry(db, entry: Found, summary: Summary) -> None:
    from . import store

    summary.failed += 1
    summary.problems.append({"path": entry.path, "status": "error", "reason": entry.reason})
    existing = db.execute("SELECT status, error FROM files WHERE path = ?", [entry.path]).fetchone()
    if existing != ("error", entry.reason):  # a re-run that finds the same problem changes no row
        row = {"path": entry.path, "document_id": None, "status": "error", "error": entry.reason,
               "size": None, "mtime_ns": None, "seen_at": _now()}
        store.record_file(db, row)


def run_jobs(jobs: list[FileJob], workers: int, budget: Budget,
             on_record: Callable[[FileJob, dict], None]) -> None:
    """Process jobs (in worker processes when workers > 0) and hand each record over in job order.

    With more than one worker, PDFs and multi-page TIFFs are read page range by page range across
    the pool (see `scheduler`); the records are the same whatever the number of workers.
    """
    if workers <= 0:
        for job in jobs:
            on_record(job, process_file(job, budget))
        return
    from .scheduler import run_in_pool

    run_in_pool(jobs, workers, budget, on_record)


def ingest(paths: Iterable[str], db, workers: int = 1, force: bool = False, budget: Budget | None = None,
           progress: Callable[[int], None] | None = None, on_total: Callable[[int], None] | None = None
           ) -> Summary:
    """Ingest files and folders into the database and run the checks; return what was done."""
    from . import store

    budget = budget or Budget()
    started = time.monotonic()
    summary = Summary()
    jobs = plan(db, discover(paths), force, summary)
    if on_total:
        on_total(len(jobs))

    def on_record(job: FileJob, record: dict) -> None:
        store.store_document(db, record)
        _count(summary, job, record)
        if progress:
            progress(1)

    run_jobs(jobs, workers, budget, on_record)
    finish_batch(db, summary)
    summary.seconds = round(time.monotonic() - started, 2)
    return summary


def _count(summary: Summary, job: FileJob, record: dict) -> None:
    status = record["document"]["status"]
    if status == "error":
        summary.failed += 1
    else:
        summary.stored += 1
        summary.empty += status == "empty"
        summary.partial += status == "partial"
    if status in ("error", "empty", "partial"):
        summary.problems.append({"path": job.path, "status": status, "reason": record["document"]["error"]})
    summary.indicators += len(record.get("indicators", []))
    summary.tables += len(record.get("tables", []))
    summary.deadlines += len(record.get("deadlines", []))
    summary.restorations += len(record.get("restorations", []))


def finish_batch(db, summary: Summary) -> None:
    """After a batch: re-run the checks and refresh search indexes and views."""
    from .checks import run_checks
    from .search import prepare_for_analysis

    rows = run_checks(db)
    summary.checks = len(rows)
    summary.flagged = sum(1 for row in rows if row["status"] != "ok")
    prepare_for_analysis(db)


def default_workers() -> int:
    """The number of cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def resolve(paths: Iterable[str]) -> list[str]:
    """Return the given paths as strings (kept as given: stored paths are what the user typed)."""
    return [str(Path(p)) for p in paths]
