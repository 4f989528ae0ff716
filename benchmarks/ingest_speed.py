"""Measure `baocao ingest` throughput on text reports.

    python benchmarks/ingest_speed.py [--copies 50] [--workers 1 2]

Makes N copies of each clean seed (each made distinct so none is skipped as unchanged), ingests them
into a fresh database with each worker count, and prints documents per second and figures per second.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_batch(folder: Path, copies: int) -> int:
    seeds = sorted((ROOT / "corpus").glob("00*.txt"))
    for copy in range(copies):
        for seed in seeds:
            text = seed.read_text(encoding="utf-8") + f"\n\nBản sao {copy}.\n"
            (folder / f"{copy:04d}_{seed.name}").write_text(text, encoding="utf-8")
    return copies * len(seeds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "batch"
        folder.mkdir()
        n = make_batch(folder, args.copies)
        for workers in args.workers:
            db = Path(tmp) / f"bench-{workers}.db"
            started = time.perf_counter()
            result = subprocess.run([sys.executable, "-m", "extractor", "ingest", str(folder), "--db", str(db),
                                     "--workers", str(workers), "--json"], capture_output=True, text=True)
            seconds = time.perf_counter() - started
            summary = json.loads(result.stdout)
            print(f"workers={workers}: {n} documents in {seconds:.1f} s = {n / seconds:.1f} docs/s, "
                  f"{summary['indicators'] / seconds:.0f} figures/s (exit {result.returncode})")


if __name__ == "__main__":
    main()
