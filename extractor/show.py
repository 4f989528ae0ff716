"""`baocao show`: one document's metadata, figures and deadlines with their provenance."""

from __future__ import annotations

_META = ("filename", "format", "status", "error", "province", "province_2025", "doc_number", "doc_type",
         "issuer", "signer", "title", "issued_date", "period_label", "period_start", "period_end")


def find_document(db, doc: str) -> dict | None:
    """Find a document by id prefix, file name, path or file-name prefix (exact matches first)."""
    row = db.execute(
        "SELECT id FROM documents WHERE id LIKE :prefix OR filename = :doc OR path = :doc OR filename LIKE :name "
        "ORDER BY (filename = :doc OR path = :doc) DESC, ingested_at DESC, path",
        {"prefix": doc.lower() + "%", "doc": doc, "name": doc.replace("%", "") + "%"},
    ).fetchone()
    return db["documents"].get(row[0]) if row else None


def document_facts(db, doc: str) -> dict | None:
    """Return a document's metadata, parts, figures and deadlines, or None if no document matches."""
    document = find_document(db, doc)
    if document is None:
        return None
    document_id = document["id"]
    where = "document_id = ?"
    return {
        "id": document_id,
        **{key: document[key] for key in _META},
        "parts": list(db["parts"].rows_where(where, [document_id], order_by="part")),
        "indicators": list(db["indicators"].rows_where(where, [document_id], order_by="start")),
        "deadlines": list(db["deadlines"].rows_where(where, [document_id], order_by="start")),
    }


def format_facts(facts: dict) -> str:
    """Render a document's facts as readable text, one fact a line with page, span and snippet."""
    lines = [f"{facts['filename']}  ({facts['id'][:12]})"]
    lines += [f"  {key}: {facts[key]}" for key in _META[1:] if facts.get(key) not in (None, "")]
    for part in facts["parts"][1:]:
        described = " ".join(str(part[key] or "") for key in ("doc_type", "doc_number", "issued_date"))
        lines.append(f"  attached: {described} ({part['period_label'] or 'no period'})")
    lines.append(f"\nfigures ({len(facts['indicators'])})")
    for row in facts["indicators"]:
        unit = f" {row['unit']}" if row["unit"] else ""
        maximum = f"/{row['max_value']:g}" if row["max_value"] is not None else ""
        subject = f" [{row['subject']}]" if row["subject"] else ""
        lines.append(f"  p{row['page']} {row['start']}-{row['end']}  {row['value']:g}{maximum}{unit}{subject}"
                     f"  {row['code'] or '-'}  {row['label']}  as of {row['as_of']}")
        lines.append(f"      «{_one_line(row['snippet'])}»")
    lines.append(f"\ndeadlines ({len(facts['deadlines'])})")
    for row in facts["deadlines"]:
        task = _one_line(row["task"])[:120]
        lines.append(f"  p{row['page']} {row['start']}-{row['end']}  {row['due_date']} ({row['precision']})"
                     f"  {row['expression']}  → {row['assignee'] or '-'}: {task}")
    return "\n".join(lines)


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())
