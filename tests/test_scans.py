"""Scanned versions of the seeds: OCR'd figures against the .txt originals (issue 4 acceptance)."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ProcessPoolExecutor

import pytest
from conftest import CORPUS

from extractor.discover import format_of
from extractor.errors import Budget
from extractor.pipeline import FileJob, hash_file, process_file

SEEDS = ("000", "001", "003", "004")
META = ("province", "doc_number", "doc_type", "issuer", "signer", "issued_date", "period_label",
        "period_start", "period_end")


def run(path: str) -> dict:
    sha, size, mtime = hash_file(path)
    return process_file(FileJob(path, format_of(path), sha, size, mtime), Budget())


@pytest.fixture(scope="module")
def records():
    paths = {(seed, "txt"): str(next(CORPUS.glob(f"{seed}_*.txt"))) for seed in SEEDS}
    paths |= {(seed, "scan"): str(CORPUS / "scan" / f"{seed}.pdf") for seed in SEEDS}
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = dict(zip(paths, pool.map(run, paths.values()), strict=True))
    return results


def values(record):
    return Counter(round(row["value"], 4) for row in record["indicators"])


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.parametrize("seed", SEEDS)
def test_scan_gives_at_least_95_percent_of_the_figures(records, seed):
    expected, found = values(records[(seed, "txt")]), values(records[(seed, "scan")])
    recall = sum((expected & found).values()) / sum(expected.values())
    assert recall >= 0.95, f"{seed}: {recall:.1%} of the .txt's figures"
    assert records[(seed, "scan")]["document"]["ocr"] == 1


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.parametrize("seed", SEEDS)
def test_scan_gives_all_the_document_metadata(records, seed):
    txt, scan = records[(seed, "txt")]["document"], records[(seed, "scan")]["document"]
    assert {k: scan[k] for k in META} == {k: txt[k] for k in META}
