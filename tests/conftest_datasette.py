"""The analysis database made by really ingesting the corpus text reports, and a live `baocao serve`.

`ingested_db` copies `corpus/*.txt` (seeds 000-004 and reports 101-103) to a temporary folder and runs
`python -m extractor ingest <folder> --db ... --workers 0`, once per test session. Tests that need a
deadline still in the future (the `upcoming_deadlines` view counts from today) ingest a hand-written
plan (`plan_text`, not from the corpus) into a copy of that database, through the same CLI.
Expected values in the tests are read from the documents in corpus/.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DB_NAME = "baocao"  # Datasette names a database after its file's stem: /baocao/...
CODE_TOTAL = "766.tong_hop"  # "Điểm tổng hợp Bộ chỉ số 766" (patterns/indicators.jsonl)
CODE_PAYMENT = "766.thanh_toan.ho_so"  # "Tỷ lệ hồ sơ thanh toán trực tuyến"


def corpus_file(prefix: str) -> Path:
    """Return the corpus file whose name starts with prefix."""
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    return path


def ingest(folder: Path, db_path: Path) -> Path:
    """Run `python -m extractor ingest folder --db db_path --workers 0`; fail with its output if it fails."""
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "ingest", str(folder), "--db", str(db_path), "--workers", "0"],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"ingest exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return db_path


def ingested_db(tmp_path_factory) -> Path:
    """The corpus text reports ingested through the CLI, built once per session and shared.

    Test modules must not write to it: copy it (`copy_db`) first.
    """
    folder = tmp_path_factory.getbasetemp() / "ingested-corpus"
    db_path = folder / f"{DB_NAME}.db"
    if (folder / "done").exists():
        return db_path
    reports = folder / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy2(path, reports / path.name)
    ingest(reports, db_path)
    (folder / "done").touch()
    return db_path


def copy_db(source: Path, target: Path) -> Path:
    """Copy a database with SQLite's backup API (consistent, WAL included) and return the copy's path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def plan_text(today: dt.date) -> tuple[str, str, str]:
    """A hand-written plan (not from the corpus) with one past and one future deadline."""
    future = today + dt.timedelta(days=45)
    future_vi = f"{future.day}/{future.month}/{future.year}"
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nSố: 77/KH-UBND\n\nBắc Giang, ngày 20 tháng 5 năm 2024\n\n"
        "KẾ HOẠCH\nRà soát, đánh giá thủ tục hành chính năm 2024\n\n"
        "1. Sở Tư pháp tổng hợp kết quả rà soát, gửi UBND tỉnh trước ngày 11/6/2024.\n"
        f"2. Văn phòng UBND tỉnh báo cáo kết quả trước ngày {future_vi}.\n"
    )
    return text, "trước ngày 11/6/2024", f"trước ngày {future_vi}"


def db_with_plan(source: Path, folder: Path, today: dt.date | None = None) -> tuple[Path, str]:
    """Copy the ingested database and ingest the hand-written plan into it; return (path, future expression)."""
    text, _, future_expr = plan_text(today or dt.date.today())
    plans = folder / "plans"
    plans.mkdir(parents=True, exist_ok=True)
    (plans / "ke_hoach_ra_soat_tthc.txt").write_text(text, encoding="utf-8")
    db_path = ingest(plans, copy_db(source, folder / f"{DB_NAME}.db"))
    return db_path, future_expr


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_command(db_path: Path, port: int) -> list[str]:
    """The `baocao serve` command line (`python -m extractor serve`) on 127.0.0.1."""
    return [sys.executable, "-m", "extractor", "serve", "--db", str(db_path), "--host", "127.0.0.1",
            "--port", str(port)]


def get_json(url: str, timeout: float = 30):
    """GET a URL and decode its JSON body (raises urllib.error.HTTPError on 4xx/5xx)."""
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


def get_text(url: str, timeout: float = 30) -> tuple[int, str]:
    """GET a URL and return (status, body as text), without raising on HTTP errors."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


@contextlib.contextmanager
def running(command: list[str], base_url: str, wait_seconds: float = 60):
    """Run a server command in its own process group until the block ends; yield once it answers."""
    child = subprocess.Popen(command, start_new_session=True, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + wait_seconds
        while True:
            if child.poll() is not None:
                raise RuntimeError(f"server exited {child.returncode}: {child.stdout.read().decode()}")
            try:
                get_json(base_url + "/-/versions.json", timeout=5)
                break
            except (OSError, ValueError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        yield child
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGTERM)
        try:
            child.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
        child.stdout.close()
