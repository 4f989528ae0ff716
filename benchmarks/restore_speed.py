"""Benchmark: diacritic restoration speed on one core, in syllables (words) per second.

Run from the project root: `python benchmarks/restore_speed.py [--shared ../shared]`.
Input: the held-out legal slice (first 40,000 characters of every 10th VLC file) with marks stripped,
plus the four clean seed reports stripped (counted in the model since issue 5: speed only, not accuracy);
falls back to the seeds alone without ../shared.
The model is loaded before timing (loading time is reported separately). Target: >= 20,000/s.
The rate is measured in CPU time of this process (`time.process_time`), so that other processes sharing
the machine do not count against it; wall-clock time is printed alongside.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.restore import restore_text  # noqa: E402
from extractor.vietnamese import strip_marks, words  # noqa: E402


def sample_text(shared: Path) -> str:
    """Stripped held-out text to restore."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("00[0134]_*.txt"))]
    legal = sorted(p for p in (shared / "data/vi-legal").glob("*.txt") if p.stat().st_size > 0)[::10]
    parts += [p.read_text(encoding="utf-8")[:40000] for p in legal]
    return strip_marks("\n".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    restore_text("Thu tuc hanh chinh")
    load = time.perf_counter() - started
    text = sample_text(args.shared)
    count = len(words(text))
    best = best_wall = float("inf")
    for _ in range(args.repeat):
        started, started_wall = time.process_time(), time.perf_counter()
        restore_text(text)
        best = min(best, time.process_time() - started)
        best_wall = min(best_wall, time.perf_counter() - started_wall)
    print(f"model load + first call: {load:.2f} s")
    print(f"{count} syllables in {best:.2f} s CPU (best of {args.repeat}): {count / best:,.0f} syllables/s "
          f"(wall clock {best_wall:.2f} s: {count / best_wall:,.0f} syllables/s)")


if __name__ == "__main__":
    main()
