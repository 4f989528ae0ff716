"""A small analysis database built by hand from the seed documents, and a live Datasette on it.

Until the pipeline fills a database from the corpus, these rows stand in for it. Every value was
read from the documents in corpus/ (or from the hand-written plan below); offsets are found in the
stored text, so provenance points at the real sentence.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
import unicodedata
import urllib.error
import urllib.request
from pathlib import Path

from extractor.search import prepare_for_analysis
from extractor.store import open_db

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CODE_PAYMENT = "online_payment_dossier_rate"  # "Tỷ lệ hồ sơ thanh toán trực tuyến"


def corpus_text(prefix: str) -> str:
    """Return the NFC text of the corpus file whose name starts with prefix."""
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def corpus_file(prefix: str) -> Path:
    """Return the corpus file whose name starts with prefix."""
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    return path


def _document(doc_id: str, path: Path | str, text: str, **fields) -> dict:
    name = Path(path).name
    return {
        "id": doc_id, "path": str(path), "filename": name, "format": "txt", "encoding": "utf-8",
        "pages": 1, "ocr": 0, "status": "ok", "text": text, "raw_text": fields.pop("raw_text", text),
        "pipeline_version": "test", "ingested_at": "2025-01-01T00:00:00Z", **fields,
    }


def _figure(text: str, doc_id: str, snippet: str, figure: str, **fields) -> dict:
    """An indicators row whose offsets point at `figure` inside `snippet` inside the text."""
    line = text.index(snippet)
    start = text.index(figure, line)
    return {"document_id": doc_id, "snippet": snippet, "raw": figure, "start": start,
            "end": start + len(figure), "page": 1, "source": "text", **fields}


def plan_text(today: dt.date) -> tuple[str, str, str]:
    """A hand-written plan (not from the corpus) with one past and one future deadline."""
    future = today + dt.timedelta(days=45)
    future_vi = f"{future.day}/{future.month}/{future.year}"
    text = (
        "KẾ HOẠCH\nRà soát, đánh giá thủ tục hành chính năm 2024\n"
        "1. Sở Tư pháp tổng hợp kết quả rà soát, gửi UBND tỉnh trước ngày 11/6/2024.\n"
        f"2. Văn phòng UBND tỉnh báo cáo kết quả đúng hạn trước ngày {future_vi}.\n"
    )
    return text, "trước ngày 11/6/2024", f"trước ngày {future_vi}"


def build_sample_db(path: Path, today: dt.date | None = None) -> Path:
    """Create a baocao database at path with hand-read rows from the seeds, then prepare it."""
    today = today or dt.date.today()
    db = open_db(path)
    t0, t1, t3, t4 = (corpus_text(p) for p in ("000", "001", "003", "004"))
    raw2 = corpus_text("002")
    # Two restorations applied by hand to the OCR'd notice (same lengths, so offsets hold).
    t2 = raw2.replace("Bac Giang, ngay", "Bắc Giang, ngày", 1).replace("THONG BAO", "THÔNG BÁO", 1)
    plan, past_expr, future_expr = plan_text(today)

    docs = [
        _document("a000", corpus_file("000"), t0, province="Bắc Giang", province_2025="Bắc Ninh",
                  doc_type="Báo cáo", issuer="Sở Thông tin và Truyền thông", period_label="tháng 02/2024",
                  period_start="2024-02-01", period_end="2024-02-29",
                  title="Tình hình, kết quả thực hiện công tác cải cách thủ tục hành chính tháng 02/2024"),
        _document("b001", corpus_file("001"), t1, province="Bình Phước", province_2025="Đồng Nai",
                  doc_type="Thông báo", issued_date="2024-05", period_label="tháng 5/2024",
                  period_start="2024-05-01", period_end="2024-05-31"),
        _document("c002", corpus_file("002"), t2, raw_text=raw2, ocr=1, province="Bắc Giang",
                  province_2025="Bắc Ninh", doc_type="Thông báo", doc_number="294/TB-UBND",
                  issued_date="2024-07-19"),
        _document("d003", corpus_file("003"), t3, province="Thái Nguyên", province_2025="Thái Nguyên",
                  doc_type="Công văn", doc_number="6274/UBND-TTPVHCC", issued_date="2023-12-06"),
        _document("e004", corpus_file("004"), t4, province="Bắc Ninh", province_2025="Bắc Ninh",
                  doc_type="Công văn", issued_date="2024", period_label="tháng 9/2024",
                  period_start="2024-09-01", period_end="2024-09-30"),
        _document("f005", "synthetic_ke_hoach.txt", plan, province="Bắc Giang", province_2025="Bắc Ninh",
                  doc_type="Kế hoạch", issued_date="2024-05-20",
                  title="Rà soát, đánh giá thủ tục hành chính năm 2024"),
    ]
    payment = "Tỷ lệ hồ sơ thanh toán trực tuyến"
    tn_row = "a)\tThanh toán trực tuyến\t17.958\t26,03\t27.052\t31,77\t+5,74"
    bn_line = ("Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ phát sinh thanh toán lệ phí toàn tỉnh "
               "đạt trung bình 98%")
    indicators = [
        _figure(t0, "a000", "- Tỷ lệ hồ sơ thanh toán trực tuyến: 17,1%", "17,1%", id=1, code=CODE_PAYMENT,
                label=payment, value=17.1, unit="%", as_of="2024-02-29", kind="percent"),
        _figure(t0, "a000", "- TTHC cung cấp DVCTT một phần có 809 TTHC, đạt 42,58%", "42,58%", id=2,
                label="TTHC cung cấp DVCTT một phần", value=42.58, unit="%", as_of="2024-02-29"),
        _figure(t0, "a000", "- TTHC cung cấp DVCTT một phần có 809 TTHC, đạt 42,58%", "809", id=3,
                label="TTHC cung cấp DVCTT một phần", value=809, unit="TTHC", as_of="2024-02-29"),
        _figure(t0, "a000", "- TTHC cung cấp DVCTT toàn trình có 642 TTHC, đạt 33,79%", "642", id=4,
                label="TTHC cung cấp DVCTT toàn trình", value=642, unit="TTHC", as_of="2024-02-29"),
        _figure(t0, "a000", "- TTHC chưa cung cấp DVCTT có 450 TTHC, chiếm 23,63%", "450", id=5,
                label="TTHC chưa cung cấp DVCTT", value=450, unit="TTHC", as_of="2024-02-29"),
        _figure(t0, "a000", "- Tỷ lệ TTHC công bố đúng hạn: 40%", "40%", id=6, code="tthc_published_on_time",
                label="Tỷ lệ TTHC công bố đúng hạn", value=40, unit="%", as_of="2024-02-29"),
        _figure(t1, "b001", "Kết quả hồ sơ xử lý đúng hạn đạt **96,9%**", "96,9%", id=7,
                code="dossier_on_time_rate", label="Kết quả hồ sơ xử lý đúng hạn", value=96.9, unit="%",
                as_of="2024-05-31"),
        _figure(t1, "b001", "hồ sơ trễ hạn chiếm tỷ lệ **3,1%**", "3,1%", id=8, code="dossier_late_rate",
                label="hồ sơ trễ hạn", value=3.1, unit="%", as_of="2024-05-31"),
        _figure(t1, "b001", "- Tỷ lệ thanh toán trực tuyến: Tỉnh đạt tỷ lệ **40,92%**", "40,92%", id=9,
                code=CODE_PAYMENT, label="Tỷ lệ thanh toán trực tuyến", value=40.92, unit="%",
                as_of="2024-05-31"),
        _figure(t3, "d003", tn_row, "26,03", id=10, code=CODE_PAYMENT, source="table",
                label="Tỷ lệ hồ sơ thanh toán trực tuyến — Thanh toán trực tuyến (ngày 31/7/2023)",
                value=26.03, unit="%", as_of="2023-07-31"),
        _figure(t3, "d003", tn_row, "31,77", id=11, code=CODE_PAYMENT, source="table",
                label="Tỷ lệ hồ sơ thanh toán trực tuyến — Thanh toán trực tuyến (ngày 31/8/2023)",
                value=31.77, unit="%", as_of="2023-08-31"),
        _figure(t4, "e004", bn_line, "98%", id=12, code=CODE_PAYMENT, label=payment, value=98, unit="%",
                as_of="2024-09-30"),
        _figure(t4, "e004", "trong đó: cấp tỉnh đạt 100%", "100%", id=13, code=CODE_PAYMENT, label=payment,
                value=100, unit="%", subject="cấp tỉnh", level="tỉnh", as_of="2024-09-30"),
    ]
    deadlines = [
        {"id": 1, "document_id": "f005", "due_date": "2024-06-11", "precision": "day",
         "expression": past_expr, "task": "tổng hợp kết quả rà soát, gửi UBND tỉnh", "assignee": "Sở Tư pháp"},
        {"id": 2, "document_id": "f005", "due_date": (today + dt.timedelta(days=45)).isoformat(),
         "precision": "day", "expression": future_expr, "task": "báo cáo kết quả",
         "assignee": "Văn phòng UBND tỉnh"},
    ]
    for row in deadlines:
        start = plan.index(row["expression"])
        line_start = plan.rfind("\n", 0, start) + 1
        row.update(start=start, end=start + len(row["expression"]), page=1,
                   snippet=plan[line_start:plan.index("\n", start)])
    restorations = []
    for raw, restored in (("Bac Giang, ngay", "Bắc Giang, ngày"), ("THONG BAO", "THÔNG BÁO")):
        start = t2.index(restored)
        restorations.append({"document_id": "c002", "start": start, "end": start + len(restored),
                             "raw": raw, "restored": restored, "score": 0.9})
    # 809 + 642 + 450 = 1901 TTHC; 809 / 1901 = 42.56 %, stated 42,58 %: a real mismatch in doc 000.
    # 96,9 % on time + 3,1 % late = 100 %: passes.
    checks = [
        {"id": 1, "document_id": "a000", "rule": "percent_of_counts", "status": "mismatch", "stated": 42.58,
         "recomputed": 42.56, "tolerance": 0.005, "indicator_ids": json.dumps([2, 3, 4, 5]),
         "message": "42,58% stated, but 809 of 1 901 TTHC is 42,56%"},
        {"id": 2, "document_id": "b001", "rule": "complement", "status": "ok", "stated": 96.9,
         "recomputed": 96.9, "tolerance": 0.05, "indicator_ids": json.dumps([7, 8]),
         "message": "96,9% + 3,1% = 100%"},
    ]
    db["documents"].insert_all(docs)
    for name, rows in (("indicators", indicators), ("deadlines", deadlines),
                       ("restorations", restorations), ("checks", checks)):
        db[name].insert_all(rows)
    db.close()
    prepare_for_analysis(path)
    return path


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_command(db_path: Path, port: int) -> list[str]:
    """The `baocao serve` command line once the CLI has it; else the same function called directly."""
    try:
        from extractor.cli import cli
        has_serve = "serve" in getattr(cli, "commands", {})
    except ImportError:
        has_serve = False
    if has_serve:
        return [sys.executable, "-m", "extractor", "serve", "--db", str(db_path), "--host", "127.0.0.1",
                "--port", str(port)]
    call = f"from extractor.serve import serve; raise SystemExit(serve({str(db_path)!r}, '127.0.0.1', {port}))"
    return [sys.executable, "-c", call]


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
                             stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
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
