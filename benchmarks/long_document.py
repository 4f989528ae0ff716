"""Measure figure extraction on one long document: every blind report of `corpus/` joined into one text.

    python benchmarks/long_document.py [--sets 34]

A provincial report is a few thousand characters; a hostile or merged file can be hundreds of thousands. Every
per-figure lookup (never-figure spans, body and indicator names, legends, the figure a change belongs to) must
stay logarithmic or local, or the time grows with the square of the length. Prints characters, figures and
seconds for the first quarter, half and all of the text, so growth can be read off.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta

ROOT = Path(__file__).resolve().parent.parent


def blind_reports(sets: int) -> list[str]:
    """The texts of blind sets 1..`sets`, in order."""
    paths = [p for n in range(1, sets + 1) for p in sorted((ROOT / "corpus" / f"blind{n}").glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in paths]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", type=int, default=34)
    args = parser.parse_args()
    reports = blind_reports(args.sets)
    for share in (4, 2, 1):
        text = "\n\n".join(reports[: len(reports) // share])
        started = time.perf_counter()
        rows = extract_figures(text, [DocumentMeta(period_end="2025-12-31", start=0, end=len(text))], [])
        seconds = time.perf_counter() - started
        print(f"{len(reports) // share} reports, {len(text):,} characters: {len(rows):,} figures in {seconds:.1f} s")


if __name__ == "__main__":
    main()
