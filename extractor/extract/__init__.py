"""Stage 4, extract: figures in prose and lists, unit tables, deadlines — each with provenance."""

from __future__ import annotations

from ..models import DocumentMeta, Extraction, TableSpan


def extract_facts(text: str, parts: list[DocumentMeta], table_spans: list[TableSpan]) -> Extraction:
    """Extract every stated figure, table and deadline from a document text."""
    from .deadlines import extract_deadlines
    from .figures import extract_figures
    from .prose import join_wrapped_lines
    from .tables import find_tables, table_indicators

    tables = find_tables(text, table_spans)
    table_regions = [(table.start, table.end) for table in tables]
    indicators = extract_figures(text, parts, table_regions) + table_indicators(text, tables, parts)
    indicators.sort(key=lambda ind: (ind.start, ind.end, ind.source))
    # Deadlines read clauses across wrapped lines; the joined copy keeps every offset.
    deadlines = extract_deadlines(join_wrapped_lines(text), parts)
    return Extraction(indicators=indicators, tables=tables, deadlines=deadlines)
