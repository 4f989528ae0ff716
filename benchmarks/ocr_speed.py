"""OCR throughput on the scanned corpus: `baocao ingest` with 1 and 2 workers vs bare tesseract.

    python benchmarks/ocr_speed.py [--workers 1 2] [--rounds 1] [files...]

For each worker count N, the real ingest path is timed end to end: `python -m extractor ingest FILES
--db (fresh) --workers N` (discover, load with page-level scheduling when N > 1, normalise, extract,
store, checks). The same pages, pre-rendered to 300-dpi grayscale PGM files outside the timing, go
through the `tesseract` command alone (`-l vie --psm 3`, TSV output, OMP_THREAD_LIMIT=1), N at a
time. Reports pages per minute, our overhead per page over bare Tesseract at each worker count, and
the speed-up of 2 workers over 1. With --rounds R each measurement is repeated and the fastest kept.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ["OMP_THREAD_LIMIT"] = "1"


def ingest(files: list[Path], db: Path, workers: int) -> float:
    """Run `baocao ingest` on the files into a fresh database; return the seconds it took."""
    if db.exists():
        db.unlink()
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "extractor", "ingest", *map(str, files), "--db", str(db),
                             "--workers", str(workers), "--json"], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    summary = json.loads(result.stdout)
    if summary["failed"] or summary["stored"] != len(files):
        raise SystemExit(f"ingest did not store every file: {result.stdout}\n{result.stderr}")
    return seconds


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


def bare_tesseract(images: list[str], workers: int) -> float:
    """OCR the page images with the tesseract command, `workers` at a time; return the seconds."""
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        sum(pool.map(tesseract_one, images))
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--workers", nargs="*", type=int, default=[1, 2])
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    files = [f.resolve() for f in args.files] or sorted((ROOT / "corpus" / "scan").glob("*.pdf"))
    with tempfile.TemporaryDirectory() as folder:
        images = render_all(files, Path(folder))
        pages = len(images)
        results = {}
        for workers in args.workers:
            ours = min(ingest(files, Path(folder) / "bench.db", workers) for _ in range(args.rounds))
            bare = min(bare_tesseract(images, workers) for _ in range(args.rounds))
            results[workers] = (ours, bare)
            print(f"{workers} worker(s): baocao ingest {pages / ours * 60:.1f} pages/min ({ours:.1f} s), "
                  f"tesseract alone {pages / bare * 60:.1f} pages/min ({bare:.1f} s), "
                  f"overhead {100 * (ours - bare) / bare:+.1f}%")
        if 1 in results and 2 in results:
            print(f"speed-up with 2 workers: baocao {results[1][0] / results[2][0]:.2f}×, "
                  f"tesseract alone {results[1][1] / results[2][1]:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
