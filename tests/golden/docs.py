"""Document parts (built by hand, as the metadata stage would) and table regions for the golden tests."""

from __future__ import annotations

import re
from pathlib import Path

from extractor.models import DocumentMeta

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def read(prefix: str) -> str:
    """The NFC text of the corpus file whose name starts with `prefix`."""
    import unicodedata

    path = next(CORPUS.glob(f"{prefix}_*.txt"))
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def table_spans(text: str) -> list[tuple[int, int]]:
    """Runs of lines that are Markdown pipe rows or tab-separated rows (the table helper's regions)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.lstrip().startswith("|") or "\t" in line:
            if spans and text[spans[-1][1]:pos].strip() == "":
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((pos, end))
        pos = end + 1
    return spans


def parts_for(prefix: str, text: str) -> list[DocumentMeta]:
    """The parts of each golden document, with the periods a reader gives them."""
    if prefix == "000":
        return [DocumentMeta(period_start="2024-02-01", period_end="2024-02-29", start=0, end=len(text))]
    if prefix == "001":
        return [DocumentMeta(period_start="2024-05-01", period_end="2024-05-31", start=0, end=len(text))]
    if prefix == "003":
        cut = re.search(r"Số: 2062", text).start()
        return [
            DocumentMeta(doc_number="6274/UBND-TTPVHCC", issued_date="2023-12-06", start=0, end=cut),
            DocumentMeta(doc_number="2062/SNV-CCHC", issued_date="2023-09-05", period_start="2023-08-01",
                         period_end="2023-08-31", start=cut, end=len(text)),
        ]
    if prefix == "004":
        return [DocumentMeta(period_start="2024-09-01", period_end="2024-09-30", start=0, end=len(text))]
    periods = {"101": ("2024-07-01", "2024-09-30"), "102": ("2024-10-01", "2024-10-31"),
               "103": ("2024-01-01", "2024-06-30")}
    start, end = periods[prefix]
    return [DocumentMeta(period_start=start, period_end=end, start=0, end=len(text))]
