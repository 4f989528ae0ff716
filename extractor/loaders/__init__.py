"""Stage 2, load: read a file into pages of text, whatever its format."""

from __future__ import annotations

from pathlib import Path

from ..errors import Budget
from ..models import LoadedDocument


def load(path: str | Path, fmt: str, budget: Budget) -> LoadedDocument:
    """Read one file with the loader for its format."""
    path = Path(path)
    if fmt in ("txt", "md"):
        from .text import load_text

        return load_text(path, fmt, budget)
    if fmt == "pdf":
        from .pdf import load_pdf

        return load_pdf(path, budget)
    if fmt == "docx":
        from .docx import load_docx

        return load_docx(path, budget)
    if fmt == "image":
        from .image import load_image

        return load_image(path, budget)
    raise ValueError(f"no loader for format {fmt!r}")
