"""Open a baocao database in Datasette, and publish a read-only snapshot of it.

`serve` is for the analyst's own machine: the live database (read-only to Datasette, so an ingest
may keep writing), generated metadata, arbitrary SQL allowed. `publish` makes a snapshot for
sharing: `VACUUM INTO` (a consistent copy without deleted rows or free pages), rollback journal
instead of WAL so that `immutable=1` sees every row, a metadata file beside it that turns arbitrary
SQL off, and the exact command line that serves it immutable with a short SQL time limit.

Datasette is an optional extra (`pip install 'baocao[datasette]'`); it runs as a child process
(`python -m datasette`) from the same environment.
"""

from __future__ import annotations

import importlib.util
import os
import shlex
import signal
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .datasette_meta import write_metadata
from .search import is_prepared, prepare_for_analysis

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001

# Local use: generous limits, facets on.
# A scanned document has thousands of restorations: let a canned query return them all.
SERVE_SETTINGS: dict[str, str] = {"sql_time_limit_ms": "3000", "default_facet_size": "20",
                                  "max_returned_rows": "5000"}
# A shared snapshot: no arbitrary SQL, a short time limit, no whole-file download.
PUBLISH_SETTINGS: dict[str, str] = {
    "default_allow_sql": "off",
    "sql_time_limit_ms": "500",
    "allow_download": "off",
    "max_csv_mb": "20",
    "default_facet_size": "20",
}


class DatasetteMissing(RuntimeError):
    """Datasette (the optional extra) is not installed."""


@dataclass(frozen=True)
class Snapshot:
    """What `publish` wrote and how to serve it."""

    db_path: Path
    metadata_path: Path
    command: list[str]

    @property
    def command_line(self) -> str:
        """The serving command as one shell line."""
        return shlex.join(self.command)


def require_datasette() -> None:
    """Raise DatasetteMissing with the install hint when Datasette is not importable."""
    if importlib.util.find_spec("datasette") is None:
        raise DatasetteMissing("Datasette is not installed: pip install 'baocao[datasette]'")


def datasette_command(
    db_path: str | Path,
    metadata_path: str | Path,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    immutable: bool = False,
    settings: dict[str, str] | None = None,
    python: str | None = None,
) -> list[str]:
    """Return the argv that serves a database with its metadata (`python -m datasette serve ...`)."""
    head = [python, "-m", "datasette"] if python else ["datasette"]
    command = [*head, "serve", "-i" if immutable else "", str(db_path)]
    command = [part for part in command if part]
    command += ["--metadata", str(metadata_path), "--host", host, "--port", str(port)]
    for name, value in (settings or {}).items():
        command += ["--setting", name, value]
    return command


def serve(db_path: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> int:
    """Serve a database in Datasette until interrupted; return Datasette's exit code.

    A writable database is made ready first (search indexes and views, `prepare_for_analysis`);
    a read-only file (a published snapshot) is served immutable as it is.
    """
    require_datasette()
    path = Path(db_path)
    if not path.is_file():
        raise FileNotFoundError(f"no database at {path}")
    writable = os.access(path, os.W_OK)
    if writable and not is_prepared(path):
        prepare_for_analysis(path)
    with tempfile.TemporaryDirectory(prefix="baocao-datasette-") as folder:
        metadata = write_metadata(path, Path(folder) / "metadata.json", published=not writable)
        settings = SERVE_SETTINGS if writable else PUBLISH_SETTINGS
        command = datasette_command(path, metadata, host=host, port=port, immutable=not writable,
                                    settings=settings, python=sys.executable)
        child = subprocess.Popen(command)
        previous = signal.signal(signal.SIGTERM, lambda *_: child.terminate())
        try:
            return child.wait()
        except KeyboardInterrupt:
            child.terminate()
            return child.wait()
        finally:
            signal.signal(signal.SIGTERM, previous)


def publish(db_path: str | Path, out_path: str | Path, *, overwrite: bool = False) -> Snapshot:
    """Write a read-only snapshot of a database, with metadata beside it, for serving immutable.

    The snapshot is `VACUUM INTO` a new file (consistent even while an ingest writes, no deleted
    rows left behind), prepared for analysis, switched to `journal_mode=DELETE` and made read-only
    (mode 0444). The metadata (`OUT.metadata.json`) turns arbitrary SQL off.
    """
    source, out = Path(db_path), Path(out_path)
    if not source.is_file():
        raise FileNotFoundError(f"no database at {source}")
    if out.resolve() == source.resolve():
        raise ValueError("the snapshot must be a different file from the database")
    metadata_path = out.with_name(out.stem + ".metadata.json")
    _clear_previous(out, metadata_path, overwrite)
    out.parent.mkdir(parents=True, exist_ok=True)
    _vacuum_into(source, out)
    _finish_snapshot(out)
    write_metadata(out, metadata_path, published=True)
    out.chmod(0o444)
    command = datasette_command(out, metadata_path, immutable=True, settings=PUBLISH_SETTINGS)
    return Snapshot(out, metadata_path, command)


def _clear_previous(out: Path, metadata_path: Path, overwrite: bool) -> None:
    leftovers = [p for p in (out, metadata_path, Path(f"{out}-wal"), Path(f"{out}-shm"),
                             Path(f"{out}-journal")) if p.exists()]
    if leftovers and not overwrite:
        raise FileExistsError(f"{out} already exists (use --force to replace it)")
    for leftover in leftovers:
        leftover.chmod(0o644)
        leftover.unlink()


def _vacuum_into(source: Path, out: Path) -> None:
    conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("VACUUM INTO ?", [str(out)])
    finally:
        conn.close()


def _finish_snapshot(out: Path) -> None:
    """Index and view the snapshot, gather planner statistics, and leave it in rollback-journal mode."""
    prepare_for_analysis(out)
    conn = sqlite3.connect(str(out), isolation_level=None)
    try:
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode = DELETE")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "delete":
            raise RuntimeError(f"could not switch {out} to journal_mode=DELETE")
    finally:
        conn.close()
