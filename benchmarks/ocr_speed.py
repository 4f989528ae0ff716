"""OCR throughput on the scanned corpus: our loader with 1 and 2 worker processes vs bare tesseract.

    python benchmarks/ocr_speed.py [--workers 1 2] [files...]

Each scanned PDF's pages are fed to `load_pdf` through a process pool of N workers (one page range
per task: the whole file), and the same pages, pre-rendered to 300-dpi grayscale PGM files outside
the timing, through the `tesseract` command alone (`-l vie --psm 3`, TSV output, OMP_THREAD_LIMIT=1),
also N at a time. Reports pages per minute and our per-page overhead over bare Tesseract.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["OMP_THREAD_LIMIT"] = "1"


def load_one(path: str) -> int:
    """Load one PDF with our loader; return its page count."""
    from extractor.errors import Budget
    from extractor.loaders.pdf import load_pdf

    return len(load_pdf(Path(path), Budget()).pages)


def tesseract_one(image: str) -> int:
    """Run bare tesseract on one page image."""
    subprocess.run(["tesseract", image, "stdout", "-l", "vie", "--psm", "3", "--dpi", "300", "tsv"],
                   check=True, capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    return 1


def render_all(files: list[Path], folder: Path) -> list[str]:
    """Render every page at 300 dpi grayscale to PGM files (not timed)."""
    import pypdfium2

    images = []
    for file in files:
        document = pypdfium2.PdfDocument(str(file))
        for index in range(len(document)):
            target = folder / f"{file.stem}-{index + 1}.pgm"
            document[index].render(scale=300 / 72, grayscale=True).to_pil().convert("L").save(target)
            images.append(str(target))
        document.close()
    return images


def timed(function, items: list[str], workers: int) -> tuple[float, int]:
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pages = sum(pool.map(function, items))
    return time.perf_counter() - started, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--workers", nargs="*", type=int, default=[1, 2])
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "corpus" / "scan").glob("*.pdf"))
    with tempfile.TemporaryDirectory() as folder:
        images = render_all(files, Path(folder))
        results = {}
        for workers in args.workers:
            # Largest first, as the ingest pipeline schedules them, so one long file does not run alone.
            by_size = sorted(files, key=lambda f: -f.stat().st_size)
            ours, pages = timed(load_one, [str(f) for f in by_size], workers)
            bare, _ = timed(tesseract_one, images, workers)
            results[workers] = (ours, bare)
            print(f"{workers} worker(s): baocao {pages / ours * 60:.1f} pages/min ({ours:.1f} s), "
                  f"tesseract alone {len(images) / bare * 60:.1f} pages/min ({bare:.1f} s), "
                  f"overhead {100 * (ours - bare) / bare:+.1f}%")
        if 1 in results and 2 in results:
            print(f"speed-up with 2 workers: baocao {results[1][0] / results[2][0]:.2f}×, "
                  f"tesseract alone {results[1][1] / results[2][1]:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
