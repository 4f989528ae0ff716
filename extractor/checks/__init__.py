"""Cross-checks: where a report's figures do not add up, where two reports disagree.

Every rule is a small function `rule(ctx) -> Iterator[dict]` registered in `RULES`; each yields one
`checks` row per check performed, passed or not. `run_checks` recomputes them all from scratch in
one transaction; `flagged` returns what failed, and `report` prints it grouped by document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import sqlite_utils

from ..schema import PRIMARY_KEYS, TABLES
from .across import cross_document, rank_order
from .context import Context, load_context
from .tables import table_complements, table_delta, table_partitions, table_total
from .within import (
    complement_text,
    date_order,
    delta_text,
    parts_sum_listed,
    parts_sum_scores,
    percent_in_sentence,
    percent_of_partition_lines,
    range_checks,
    target_status,
)

Rule = Callable[[Context], Iterator[dict]]

RULES: list[Rule] = [
    parts_sum_scores,
    parts_sum_listed,
    percent_of_partition_lines,
    percent_in_sentence,
    table_partitions,
    complement_text,
    table_complements,
    delta_text,
    table_delta,
    table_total,
    range_checks,
    date_order,
    target_status,
    cross_document,
    rank_order,
]

_COLUMNS = ("document_id", "other_document_id", "rule", "status", "stated", "recomputed", "tolerance",
            "message", "indicator_ids")


def compute_checks(db: sqlite_utils.Database) -> list[dict]:
    """Run every rule on the database's contents and return the rows, in a deterministic order."""
    ctx = load_context(db)
    rows: list[dict] = []
    seen: set[tuple] = set()
    for rule in RULES:
        for row in rule(ctx):
            key = (row["document_id"], row["rule"], row["indicator_ids"], row["message"])
            if key not in seen:
                seen.add(key)
                rows.append(row)
    return rows


def run_checks(db: sqlite_utils.Database) -> list[dict]:
    """Recompute all checks: replace every row of `checks` in one transaction; return the rows stored."""
    rows = compute_checks(db)
    if not db["checks"].exists():
        db["checks"].create(TABLES["checks"], pk=PRIMARY_KEYS["checks"], not_null=None)
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        db.conn.execute("DELETE FROM checks")
        for number, row in enumerate(rows, start=1):
            row["id"] = number
            db.conn.execute(
                f"INSERT INTO checks (id, {', '.join(_COLUMNS)}) VALUES (?{', ?' * len(_COLUMNS)})",
                [row["id"], *(row[c] for c in _COLUMNS)],
            )
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()
    return rows


def flagged(db: sqlite_utils.Database) -> list[dict]:
    """The stored checks that failed (mismatch or anomaly), with the file names, ordered by document."""
    if not db["checks"].exists():
        return []
    return list(db.query(
        "SELECT c.document_id, d.filename, c.other_document_id, o.filename AS other_filename, c.rule, c.status, "
        "c.stated, c.recomputed, c.tolerance, c.message, c.indicator_ids, c.id "
        "FROM checks c LEFT JOIN documents d ON d.id = c.document_id "
        "LEFT JOIN documents o ON o.id = c.other_document_id "
        "WHERE c.status != 'ok' ORDER BY d.filename, c.document_id, c.id"))


def report(db: sqlite_utils.Database) -> str:
    """Flagged findings as text grouped by document, with a count of the checks that passed."""
    rows = flagged(db)
    total = db.execute("SELECT count(*) FROM checks").fetchone()[0] if db["checks"].exists() else 0
    lines: list[str] = []
    current = None
    for row in rows:
        if row["document_id"] != current:
            current = row["document_id"]
            lines.append(f"{row['filename'] or current[:12]} ({current[:12]})")
        lines.append(f"  [{row['rule']}] {row['status']}: {row['message']}")
    lines.append(f"{len(rows)} flagged of {total} checks performed.")
    return "\n".join(lines)
