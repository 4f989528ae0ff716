"""The `baocao` command: a thin Click layer over the library."""

from __future__ import annotations

import json
import os
import sys

import click

from . import __version__
from .errors import Budget, ExitCode

DB_OPTION = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=lambda: os.environ.get("BAOCAO_DB", "baocao.db"),
    show_default="baocao.db or $BAOCAO_DB",
    help="SQLite database file.",
)


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _open(db_path: str, must_exist: bool = True):
    from .store import open_db

    if must_exist and not os.path.exists(db_path):
        raise click.UsageError(f"no database at {db_path}; run `baocao ingest FOLDER --db {db_path}` first")
    return open_db(db_path)


@click.group()
@click.version_option(__version__, prog_name="baocao")
def cli():
    """Turn Vietnamese provincial reports into a database you can query and audit."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=False))
@DB_OPTION
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Worker processes for loading and OCR (default: number of cores; 0 runs in this process).")
@click.option("--force", is_flag=True, help="Re-extract files even when they are unchanged.")
@click.option("--seconds-per-file", type=float, default=Budget.seconds_per_file, show_default=True,
              help="Time budget per file; a worker over it is stopped and the file marked as failed.")
@click.option("--max-pages", type=int, default=Budget.max_pages, show_default=True,
              help="Pages per PDF budget.")
@click.option("--max-memory", type=click.IntRange(min=64), default=Budget.max_worker_memory // 2**20,
              show_default=True, help="Memory budget per worker process, in MB (not applied with --workers 0).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest(paths, db_path, workers, force, seconds_per_file, max_pages, max_memory, as_json):
    """Ingest files and folders of reports into the database, then run the checks.

    Unchanged files (same bytes, same pipeline version) are skipped; a file that cannot be read
    is stored as an error row and the batch goes on. Exit code 3 when any file failed.
    """
    from .pipeline import default_workers
    from .pipeline import ingest as run_ingest

    db = _open(db_path, must_exist=False)
    budget = Budget(seconds_per_file=seconds_per_file, max_pages=max_pages, max_worker_memory=max_memory * 2**20)
    workers = default_workers() if workers is None else workers
    bar = _ProgressBar()
    summary = run_ingest(paths, db, workers=workers, force=force, budget=budget,
                         progress=bar.update, on_total=bar.start)
    bar.finish()
    if as_json:
        click.echo(_dumps(summary.as_dict()))
    else:
        _print_summary(summary, db_path)
    sys.exit(ExitCode.FILES_FAILED if summary.failed else ExitCode.OK)


class _ProgressBar:
    """A progress bar on stderr, shown only when stderr is a terminal."""

    def __init__(self):
        self.bar = None

    def start(self, total: int) -> None:
        if total and sys.stderr.isatty():
            self.bar = click.progressbar(length=total, label="ingesting", file=sys.stderr)
            self.bar.__enter__()

    def update(self, n: int) -> None:
        if self.bar:
            self.bar.update(n)

    def finish(self) -> None:
        if self.bar:
            self.bar.__exit__(None, None, None)


def _print_summary(summary, db_path: str) -> None:
    click.echo(f"{db_path}: {summary.stored} stored, {summary.unchanged} unchanged, "
               f"{summary.failed} failed, {summary.skipped} skipped (not reports)"
               + (f", {summary.partial} partial" if summary.partial else "")
               + (f", {summary.empty} empty" if summary.empty else ""))
    click.echo(f"extracted: {summary.indicators} figures, {summary.tables} tables, "
               f"{summary.deadlines} deadlines, {summary.restorations} restorations")
    click.echo(f"checks: {summary.checks} run, {summary.flagged} flagged "
               f"(see `baocao check --db {db_path}`)")
    for problem in summary.problems:
        click.echo(f"  {problem['status']}: {problem['path']}: {problem['reason']}")
    click.echo(f"took {summary.seconds:.1f} s")


@cli.command()
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
def check(db_path, as_json):
    """Re-run every cross-check and print what is flagged, grouped by document."""
    from .checks import flagged, report, run_checks

    db = _open(db_path)
    run_checks(db)
    click.echo(_dumps(flagged(db)) if as_json else report(db))


@cli.command()
@click.argument("code")
@DB_OPTION
@click.option("--as-of", help="Only figures as of this ISO date (or month prefix, e.g. 2024-05).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
def compare(code, db_path, as_of, fmt):
    """One indicator side by side across provinces, units and dates."""
    from .compare import compare_rows, format_rows

    db = _open(db_path)
    rows = compare_rows(db, code, as_of=as_of)
    if not rows:
        click.echo(f"no figures with code {code!r}; codes are listed in patterns/indicators.jsonl", err=True)
    click.echo(format_rows(rows, fmt))


@cli.command()
@click.argument("text", required=False)
@click.option("--diff", is_flag=True, help="Show each change instead of the restored text.")
def restore(text, diff):
    """Print TEXT (or standard input, with `-` or no argument) with Vietnamese diacritics restored."""
    from .restore import format_diff, restore_text

    if text is None or text == "-":
        text = sys.stdin.read()
    result = restore_text(text)
    click.echo(format_diff(result) if diff else result.text, nl=not result.text.endswith("\n"))


@cli.command()
@click.argument("doc")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the document's facts as JSON.")
def show(doc, db_path, as_json):
    """The facts of one document (id prefix or file name), each with its provenance."""
    from .show import document_facts, format_facts

    db = _open(db_path)
    facts = document_facts(db, doc)
    if facts is None:
        raise click.UsageError(f"no document matches {doc!r} (give an id prefix or a file name)")
    click.echo(_dumps(facts) if as_json else format_facts(facts))


@cli.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; 0.0.0.0 exposes the data to the network.")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port.")
def serve(db_path, host, port):
    """Open the database in Datasette with the generated metadata."""
    from .serve import DatasetteMissing
    from .serve import serve as run_datasette

    try:
        code = run_datasette(db_path, host, port)
    except (DatasetteMissing, FileNotFoundError) as error:
        raise click.UsageError(str(error)) from error
    sys.exit(code)


@cli.command()
@click.argument("out", type=click.Path(dir_okay=False))
@DB_OPTION
@click.option("--force", is_flag=True, help="Replace OUT (and its metadata) if it exists.")
def publish(out, db_path, force):
    """Write a read-only snapshot for serving immutable, and print the command that serves it."""
    from .serve import publish as make_snapshot

    try:
        snapshot = make_snapshot(db_path, out, overwrite=force)
    except (FileNotFoundError, FileExistsError, ValueError) as error:
        raise click.UsageError(str(error)) from error
    click.echo(f"wrote {snapshot.db_path} and {snapshot.metadata_path}; serve it with:", err=True)
    click.echo(snapshot.command_line)
