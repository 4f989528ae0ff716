"""The database schema as data: tables, columns, keys and indexes (see ../shared/CONTRACT.md)."""

from __future__ import annotations

TABLES: dict[str, dict[str, type]] = {
    "documents": {
        "id": str, "path": str, "filename": str, "format": str, "encoding": str, "pages": int,
        "ocr": int, "status": str, "error": str, "province": str, "province_2025": str,
        "doc_number": str, "doc_type": str, "issuer": str, "signer": str, "title": str,
        "issued_date": str, "period_label": str, "period_start": str, "period_end": str,
        "text": str, "raw_text": str, "size": int, "pipeline_version": str, "ingested_at": str,
    },
    # A document file may hold more than one document (a covering letter and its attached report).
    "parts": {
        "id": int, "document_id": str, "part": int, "start": int, "end": int, "doc_number": str,
        "doc_type": str, "issuer": str, "signer": str, "title": str, "issued_date": str,
        "period_label": str, "period_start": str, "period_end": str,
    },
    # Every path ever given to ingest, and what became of it.
    "files": {
        "path": str, "document_id": str, "status": str, "error": str, "size": int,
        "mtime_ns": int, "seen_at": str,
    },
    "pages": {
        "document_id": str, "page": int, "method": str, "chars": int, "vi_ratio": float,
        "ocr_confidence": float, "error": str,
    },
    "indicators": {
        "id": int, "document_id": str, "code": str, "label": str, "value": float, "unit": str,
        "max_value": float, "subject": str, "level": str, "as_of": str, "target": float,
        "stated_status": str, "kind": str, "raw": str, "source": str, "table_id": int,
        "row": int, "col": int, "part": int, "page": int, "start": int, "end": int, "snippet": str,
    },
    "tables": {
        "id": int, "document_id": str, "page": int, "title": str, "n_rows": int, "n_cols": int,
        "header": str, "source": str, "start": int, "end": int,
    },
    "table_cells": {"table_id": int, "row": int, "col": int, "text": str, "value": float},
    "deadlines": {
        "id": int, "document_id": str, "due_date": str, "precision": str, "expression": str,
        "task": str, "assignee": str, "part": int, "page": int, "start": int, "end": int, "snippet": str,
    },
    "restorations": {
        "document_id": str, "start": int, "end": int, "raw": str, "restored": str, "score": float,
    },
    "checks": {
        "id": int, "document_id": str, "other_document_id": str, "rule": str, "status": str,
        "stated": float, "recomputed": float, "tolerance": float, "message": str,
        "indicator_ids": str,
    },
}

PRIMARY_KEYS: dict[str, str | tuple[str, ...]] = {
    "documents": "id",
    "parts": "id",
    "files": "path",
    "pages": ("document_id", "page"),
    "indicators": "id",
    "tables": "id",
    "table_cells": ("table_id", "row", "col"),
    "deadlines": "id",
    "restorations": ("document_id", "start"),
    "checks": "id",
}

FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "parts": [("document_id", "documents", "id")],
    "pages": [("document_id", "documents", "id")],
    "indicators": [("document_id", "documents", "id"), ("table_id", "tables", "id")],
    "tables": [("document_id", "documents", "id")],
    "table_cells": [("table_id", "tables", "id")],
    "deadlines": [("document_id", "documents", "id")],
    "restorations": [("document_id", "documents", "id")],
    "checks": [("document_id", "documents", "id")],
}

INDEXES: dict[str, list[tuple[str, ...]]] = {
    "indicators": [("document_id",), ("code",), ("as_of",)],
    "tables": [("document_id",)],
    "deadlines": [("document_id",), ("due_date",)],
    "parts": [("document_id",)],
    "checks": [("document_id",), ("rule", "status")],
    "files": [("document_id",)],
}

# Rows of these tables belong to one document and are replaced together when it is re-extracted.
DOCUMENT_CHILDREN = ("parts", "pages", "indicators", "deadlines", "restorations", "checks")
