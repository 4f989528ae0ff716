"""Typed errors and exit codes, OCRmyPDF-style: every error says what went wrong and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of the `baocao` command (see CONTRACT.md)."""

    OK = 0
    INTERNAL_ERROR = 1
    USAGE = 2
    FILES_FAILED = 3


class BaocaoError(Exception):
    """Base class of errors baocao reports in plain words."""


class LoadError(BaocaoError):
    """A file could not be read as a document; the message is stored as `documents.error`."""


class BudgetExceeded(LoadError):
    """A file went over one of its budgets (time, pages, pixels, bytes)."""


def memory_budget_message(budget: Budget) -> str:
    """The error of a file whose reading needed more memory than a worker may use."""
    megabytes = budget.max_worker_memory // (1024 * 1024)
    return (f"reading needed more than the {megabytes} MB memory budget per worker; the file was skipped "
            "(raise it with --max-memory)")


@dataclass(frozen=True)
class Budget:
    """Limits that keep one hostile or huge file from stalling or exhausting the batch."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_text_bytes: int = 50 * 1024 * 1024
    max_pages: int = 500
    max_pixels: int = 60_000_000  # per rendered page or image (also Pillow's bomb guard)
    max_docx_uncompressed: int = 200 * 1024 * 1024
    seconds_per_page: float = 120.0
    seconds_per_file: float = 900.0
    max_worker_memory: int = 3 * 1024 * 1024 * 1024  # address space of one worker process (RLIMIT_AS)
    ocr_dpi: int = 300
