"""Running an ingest batch over a pool of worker processes, long documents split into page ranges.

With whole files as the unit of work, one long scan keeps a worker busy while the others sit idle.
So with two or more workers a PDF or TIFF goes through three kinds of task:

1. survey: open the file, check it and count its pages. A file that fails here, or has one page,
   is processed whole in this same task, exactly as with one worker, so its record is the same.
2. pages: read a range of its pages (text layer or OCR); the ranges run side by side.
3. finish: put the pages back in order, then normalise and extract the whole document.

Every other file (text, docx, single images), and every file when there is one worker, is one task
(`pipeline.process_file`). File and survey tasks go to the pool at the start, largest file first, as
they always did. Page-range and finish tasks wait in a queue here, finishing work first, and only a
couple per worker are in the pool at once, so a document is extracted as soon as its pages are read
rather than after every other page. Records are handed over in job order, whatever order tasks end in.

Budgets: every worker's address space is capped (`Budget.max_worker_memory`, RLIMIT_AS, inherited by the
tesseract it runs), so a file that needs more memory fails alone as an error row. A page-range task is
stopped after `seconds_per_page` per page (plus a little for opening the file); its pages become
unreadable pages and the document is `partial`. A document's tasks add up their time: over
`seconds_per_file` in all, the document becomes an error row. A failing range makes the document an
error row with the message its first failing page gives, as with one worker.
"""

from __future__ import annotations

import heapq
import itertools
import math
import multiprocessing
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Budget, LoadError, memory_budget_message
from .models import Page
from .pipeline import FileJob, document_record, error_record, load_failure, process_file, warm_up

PIECES_PER_WORKER = 4  # a document is cut into at most this many page ranges per worker
PAGED_PER_WORKER = 2  # page-range and finish tasks handed to the pool at a time, per worker
PAGE_GRACE = 5.0  # seconds a page-range task gets on top of its pages' budget, to open the file
TIFF_SUFFIXES = (".tif", ".tiff")

# Task kinds, in the order the queue hands them out.
FINISH, PAGES, FILE, SURVEY = "finish", "pages", "file", "survey"
_RANK = {FINISH: 0, PAGES: 1, FILE: 2, SURVEY: 2}
_PAGED = (PAGES, FINISH)


# --- tasks run in a worker --------------------------------------------------------------------


def is_paged(job: FileJob) -> bool:
    """Tell whether a file may be read in page ranges: a PDF or a (possibly multi-page) TIFF."""
    return job.format == "pdf" or (job.format == "image" and job.path.lower().endswith(TIFF_SUFFIXES))


def survey_task(job: FileJob, budget: Budget) -> dict:
    """Count a file's pages; a file that cannot be opened or has one page is processed whole here.

    Returns {"pages": count, "seconds": time taken} or {"record": the record to store}.
    """
    started = time.monotonic()
    try:
        count = _count_pages(job, budget)
    except Exception:  # the whole-file path gives the error row, with the message it always gives
        count = 0
    if count <= 1:
        return {"record": process_file(job, budget)}
    return {"pages": count, "seconds": time.monotonic() - started}


def _count_pages(job: FileJob, budget: Budget) -> int:
    if job.format == "pdf":
        from .loaders.pdf import count_pdf_pages

        return count_pdf_pages(Path(job.path), budget)
    from .loaders.image import count_image_frames

    return count_image_frames(Path(job.path), budget)


def pages_task(job: FileJob, budget: Budget, first: int, last: int, seconds_left: float) -> dict:
    """Read pages `first`..`last` of a file.

    Returns {"reads": [(page, legacy encoding)], "seconds": s} or {"error": message, "seconds": s}.
    """
    started = time.monotonic()
    try:
        reads = _read_range(job, budget, first, last, seconds_left)
    except Exception as error:  # third-party parsers raise anything on hostile files
        return {"error": load_failure(error, budget), "seconds": time.monotonic() - started}
    return {"reads": reads, "seconds": time.monotonic() - started}


def _read_range(job: FileJob, budget: Budget, first: int, last: int, seconds_left: float) -> list:
    if job.format == "pdf":
        from .loaders.pdf import load_pdf_pages

        return load_pdf_pages(Path(job.path), budget, first, last, seconds_left)
    from .loaders.image import load_image_pages

    pages = load_image_pages(Path(job.path), budget, first, last, seconds_left)
    if len(pages) != last - first + 1:
        raise LoadError(f"the image has no frames {first}-{last} (it changed while being read?)")
    return [(page, None) for page in pages]


def finish_task(job: FileJob, reads: list) -> dict:
    """Assemble a document from its pages, in order, then normalise and extract it."""
    if job.format == "pdf":
        from .loaders.pdf import assemble_pdf

        doc = assemble_pdf(Path(job.path), reads)
    else:
        from .loaders.pdf import finish_document

        doc = finish_document(Path(job.path), "image", [page for page, _ in reads])
    return document_record(job, doc)


# --- the parent's bookkeeping -----------------------------------------------------------------


@dataclass
class _Document:
    """One job's progress through its tasks."""

    job: FileJob
    done: bool = False
    record: dict | None = None
    spent: float = 0.0  # worker seconds used by its finished tasks
    ranges: list[tuple[int, int]] = field(default_factory=list)
    results: dict[int, list | str] = field(default_factory=dict)  # range index -> reads, or an error


@dataclass
class _Task:
    kind: str
    doc: _Document
    args: tuple
    timeout: float
    part: int = -1  # the range index of a pages task


def page_ranges(count: int, workers: int) -> list[tuple[int, int]]:
    """Cut pages 1..count into at most PIECES_PER_WORKER × workers ranges of equal length."""
    size = max(1, math.ceil(count / (PIECES_PER_WORKER * workers)))
    return [(first, min(first + size - 1, count)) for first in range(1, count + 1, size)]


def file_budget_message(budget: Budget) -> str:
    """The error of a file whose tasks took longer than the per-file budget."""
    return (f"reading took longer than the {budget.seconds_per_file:.0f} s budget per file; the worker was "
            "stopped (raise it with --seconds-per-file)")


class _Batch:
    """The queue of tasks, the tasks running in the pool, and what each finished task leads to."""

    def __init__(self, jobs: list[FileJob], workers: int, budget: Budget):
        self.workers = workers
        self.budget = budget
        self.docs = [_Document(job) for job in jobs]
        self.queue: list[tuple[int, int, _Task]] = []
        self.order = itertools.count()
        self.running: dict = {}  # future -> _Task
        # Largest files start first so a long file never runs alone at the end.
        for doc in sorted(self.docs, key=lambda d: -d.job.size):
            kind = SURVEY if workers > 1 and is_paged(doc.job) else FILE
            self.push(_Task(kind, doc, (doc.job, budget), budget.seconds_per_file))

    def push(self, task: _Task) -> None:
        heapq.heappush(self.queue, (_RANK[task.kind], next(self.order), task))

    def submit(self, pool) -> None:
        """Take in finished tasks, then hand queued tasks to the pool (page work a few per worker)."""
        for future in [future for future in self.running if future.done()]:
            self.collect(future)
        paged = sum(1 for future, task in self.running.items() if task.kind in _PAGED)
        while self.queue and (self.queue[0][2].kind not in _PAGED or paged < PAGED_PER_WORKER * self.workers):
            task = heapq.heappop(self.queue)[2]
            if task.doc.done:  # an earlier task already settled the document
                continue
            paged += task.kind in _PAGED
            function = {SURVEY: survey_task, FILE: process_file, PAGES: pages_task, FINISH: finish_task}[task.kind]
            self.running[pool.schedule(function, args=task.args, timeout=task.timeout)] = task

    def collect(self, future) -> None:
        """Take in a finished task's result."""
        from pebble import ProcessExpired

        task = self.running.pop(future)
        if task.doc.done or future.cancelled():
            return
        try:
            result = future.result()
        except FutureTimeout:
            self.timed_out(task)
            return
        except MemoryError:
            self.fail(task.doc, memory_budget_message(self.budget))
            return
        except ProcessExpired as error:
            self.fail(task.doc, f"the worker reading this file died (exit code {error.exitcode}); "
                                "the file may be corrupt or too large")
            return
        except Exception as error:
            self.fail(task.doc, f"internal error while reading ({type(error).__name__}: {error})")
            return
        if task.kind == SURVEY:
            self.surveyed(task.doc, result)
        elif task.kind == PAGES:
            self.range_read(task, result)
        else:  # FILE and FINISH tasks give the record
            self.settle(task.doc, result)

    def timed_out(self, task: _Task) -> None:
        doc = task.doc
        if task.kind != PAGES or task.timeout < self.page_allowance(*doc.ranges[task.part]):
            self.fail(doc, file_budget_message(self.budget))  # stopped by the budget of the whole file
            return
        first, last = doc.ranges[task.part]
        doc.spent += task.timeout
        doc.results[task.part] = [
            (Page(number, "", method="ocr", error=f"page {number}: reading took longer than "
                  f"{self.budget.seconds_per_page:.0f} s per page; the worker was stopped and the page skipped"),
             None)
            for number in range(first, last + 1)
        ]
        self.advance(doc)

    def page_allowance(self, first: int, last: int) -> float:
        """The seconds a task reading pages first..last may take before it is stopped."""
        return (last - first + 1) * self.budget.seconds_per_page + PAGE_GRACE

    def surveyed(self, doc: _Document, result: dict) -> None:
        if "record" in result:
            self.settle(doc, result["record"])
            return
        doc.spent += result["seconds"]
        left = self.budget.seconds_per_file - doc.spent
        if left <= 0:
            self.fail(doc, file_budget_message(self.budget))
            return
        doc.ranges = page_ranges(result["pages"], self.workers)
        for part, (first, last) in enumerate(doc.ranges):
            timeout = min(self.page_allowance(first, last), left)
            self.push(_Task(PAGES, doc, (doc.job, self.budget, first, last, left), timeout, part))

    def range_read(self, task: _Task, result: dict) -> None:
        doc = task.doc
        doc.spent += result["seconds"]
        doc.results[task.part] = result.get("reads", result.get("error"))
        self.advance(doc)

    def advance(self, doc: _Document) -> None:
        """Once a document's ranges are read in order up to its first failure (or the end), settle it."""
        if doc.spent >= self.budget.seconds_per_file:
            self.fail(doc, file_budget_message(self.budget))
            return
        reads = []
        for part in range(len(doc.ranges)):
            if part not in doc.results:
                return  # an earlier range may still fail first
            result = doc.results[part]
            if isinstance(result, str):
                self.fail(doc, result)
                return
            reads.extend(result)
        self.push(_Task(FINISH, doc, (doc.job, reads), self.budget.seconds_per_file - doc.spent))

    def fail(self, doc: _Document, reason: str) -> None:
        """Make a document an error row."""
        self.settle(doc, error_record(doc.job, reason))

    def settle(self, doc: _Document, record: dict) -> None:
        """Give a document its record and stop its other tasks."""
        doc.done, doc.record = True, record
        doc.results.clear()
        for future, task in self.running.items():
            if task.doc is doc:
                future.cancel()


def start_worker(memory_limit: int) -> None:
    """Prepare a worker process: load its models, then cap its memory (see `limit_memory`)."""
    warm_up()
    limit_memory(memory_limit)


def limit_memory(limit: int) -> None:
    """Cap this process's address space (RLIMIT_AS) at `limit` bytes, never above the hard limit: an
    allocation over it raises MemoryError in the worker instead of exhausting the machine."""
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def run_in_pool(jobs: list[FileJob], workers: int, budget: Budget,
                on_record: Callable[[FileJob, dict], None]) -> None:
    """Process jobs in `workers` processes and hand each record over in job order as soon as it can."""
    from pebble import ProcessPool

    batch = _Batch(jobs, workers, budget)
    stored = 0
    context = multiprocessing.get_context("forkserver")
    with ProcessPool(max_workers=workers, context=context, initializer=start_worker,
                     initargs=(budget.max_worker_memory,)) as pool:
        while batch.queue or batch.running:
            batch.submit(pool)
            if batch.running:
                wait(list(batch.running), return_when=FIRST_COMPLETED)
            batch.submit(pool)
            while stored < len(batch.docs) and batch.docs[stored].done:
                doc = batch.docs[stored]
                on_record(doc.job, doc.record)
                doc.record = None  # free the rows
                stored += 1
                batch.submit(pool)  # keep the workers fed while storing
