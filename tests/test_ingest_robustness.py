"""Crash safety and concurrency of `baocao ingest`, with real subprocesses."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from conftest import CORPUS

SEEDS = sorted(CORPUS.glob("00[0134]_*.txt"))
VOLATILE = {"ingested_at", "seen_at"}


def make_batch(folder, count):
    """Write `count` distinct reports: the seeds, each with a unique closing line."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    for index in range(count):
        text = texts[index % len(texts)] + f"\n\nBản sao số {index + 1:04d}.\n"
        (folder / f"report_{index:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def baocao(*args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "extractor", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def snapshot(db_path):
    """Every table's rows, without the columns that record when a row was written."""
    conn = sqlite3.connect(db_path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%_fts%' ORDER BY name")]
    out = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])") if r[1] not in VOLATILE]
        select = ", ".join(f"[{c}]" for c in columns)
        out[table] = sorted(conn.execute(f"SELECT {select} FROM [{table}]").fetchall(), key=repr)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    return out


@pytest.mark.slow
def test_kill_9_at_random_moments_then_rerun_equals_an_uninterrupted_run(tmp_path):
    folder = make_batch(tmp_path / "reports", 200)
    reference = tmp_path / "reference.db"
    done = baocao("ingest", str(folder), "--db", str(reference), "--workers", "0")
    assert done.wait(timeout=900) == 0, done.stderr.read()

    crashed = tmp_path / "crashed.db"
    rng = random.Random(20241122)
    kills = 0
    for _ in range(4):
        proc = baocao("ingest", str(folder), "--db", str(crashed), "--workers", "0")
        time.sleep(rng.uniform(0.8, 4.0))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 2
    final = baocao("ingest", str(folder), "--db", str(crashed), "--workers", "0")
    assert final.wait(timeout=900) == 0, final.stderr.read()
    assert snapshot(crashed) == snapshot(reference)


@pytest.mark.slow
def test_two_ingests_into_one_database_at_once_both_finish(tmp_path):
    first = make_batch(tmp_path / "a", 30)
    second = tmp_path / "b"
    second.mkdir()
    for path in sorted(first.iterdir())[:30]:
        (second / path.name).write_text(path.read_text(encoding="utf-8") + "\nBản thứ hai.\n", encoding="utf-8")
    db = tmp_path / "shared.db"
    procs = [baocao("ingest", str(folder), "--db", str(db), "--workers", "1") for folder in (first, second)]
    outputs = [proc.communicate(timeout=900) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert "database is locked" not in err
        assert proc.returncode == 0, err
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0] == 60


@pytest.mark.slow
def test_a_file_over_the_memory_budget_is_an_error_row_and_the_batch_goes_on(tmp_path):
    """A 20 MB report read by a worker capped at 600 MB (RLIMIT_AS) fails alone, saying how to fix it."""
    folder = tmp_path / "reports"
    folder.mkdir()
    seed = SEEDS[1].read_text(encoding="utf-8")
    (folder / "small.txt").write_text(seed, encoding="utf-8")
    (folder / "huge.txt").write_text((seed + "\n") * (20_000_000 // len(seed.encode())), encoding="utf-8")
    db_path = tmp_path / "memory.db"
    run = baocao("ingest", str(folder), "--db", str(db_path), "--workers", "1", "--max-memory", "600",
                 "--seconds-per-file", "300")
    assert run.wait(timeout=600) == 3, run.stderr.read()
    rows = dict(sqlite3.connect(db_path).execute("SELECT path, status || ' ' || coalesce(error, '') FROM files"))
    assert rows[str(folder / "small.txt")] == "ok "
    assert rows[str(folder / "huge.txt")].startswith("error reading needed more than the 600 MB memory budget")
    assert "--max-memory" in rows[str(folder / "huge.txt")]
