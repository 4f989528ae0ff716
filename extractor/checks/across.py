"""Rules across documents: the same figure agrees everywhere it is stated, and ranks follow scores."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from ..rounding import EPSILON, fmt, within
from .context import Context, Doc, half, make_check, quote
from .within import RANK_CODE, TOTAL_CODE

_COMPARABLE_KINDS = ("value", "previous", "rank")


def _doc_order(doc: Doc) -> tuple[str, str]:
    return (doc.row.get("issued_date") or doc.row.get("period_end") or "", doc.id)


def _figures_by_key(ctx: Context) -> dict[tuple, dict[str, tuple[Doc, dict]]]:
    """(province, code, as_of, subject, rank?) → {document id: (doc, the figure it states)}."""
    keyed: dict[tuple, dict[str, tuple[Doc, dict]]] = {}
    for doc in ctx.docs:
        if not doc.province:
            continue
        for ind in sorted(doc.indicators, key=lambda i: (i.get("kind") != "value", int(i.get("start") or 0))):
            if not ind.get("code") or not ind.get("as_of") or ind.get("kind") not in _COMPARABLE_KINDS:
                continue
            key = (doc.province, ind["code"], ind["as_of"], ind.get("subject") or "", ind.get("kind") == "rank")
            keyed.setdefault(key, {}).setdefault(doc.id, (doc, ind))
    return keyed


def cross_document(ctx: Context) -> Iterator[dict]:
    """The same province, indicator and date stated in two documents: the values agree within rounding."""
    for key, by_doc in sorted(_figures_by_key(ctx).items(), key=lambda kv: tuple(map(str, kv[0]))):
        province, code, as_of, subject, _ = key
        entries = sorted(by_doc.values(), key=lambda e: _doc_order(e[0]))
        for (old_doc, old), (new_doc, new) in combinations(entries, 2):
            tolerance = half(old) + half(new) + EPSILON
            ok = within(float(new["value"]), float(old["value"]), tolerance)
            what = f"{province}{' / ' + subject if subject else ''} {code} on {as_of}"
            message = (f"{what} is {new.get('raw')} in {new_doc.name} ({quote(new_doc, new)}) and "
                       f"{old.get('raw')} in {old_doc.name} ({quote(old_doc, old)})"
                       f"{'' if ok else ': one of the two documents misstates it'}.")
            yield make_check(new_doc, "cross_document", "ok" if ok else "mismatch", float(new["value"]),
                             float(old["value"]), tolerance, message, [new, old], other=old_doc)


def _rank_near(doc: Doc, score: dict) -> dict | None:
    """The rank a document states with a total score: same date and unit, nearest in the text."""
    ranks = [i for i in doc.indicators if (i.get("kind") == "rank" or i.get("code") == RANK_CODE)
             and i.get("as_of") == score.get("as_of") and i.get("subject") == score.get("subject")]
    return min(ranks, key=lambda r: abs(int(r.get("start") or 0) - int(score.get("start") or 0)), default=None)


def standings(ctx: Context) -> dict[str, dict[str, tuple[Doc, dict, dict | None]]]:
    """as_of → province → (document, total score, rank), from the latest document stating it."""
    table: dict[str, dict[str, tuple[Doc, dict, dict | None]]] = {}
    for doc in sorted(ctx.docs, key=_doc_order):
        if not doc.province:
            continue
        for ind in sorted(doc.indicators, key=lambda i: int(i.get("start") or 0)):
            if ind.get("code") == TOTAL_CODE and ind.get("kind") == "value" and ind.get("as_of") \
                    and not ind.get("subject"):
                table.setdefault(ind["as_of"], {})[doc.province] = (doc, ind, _rank_near(doc, ind))
                break
    return table


def rank_order(ctx: Context) -> Iterator[dict]:
    """Among provinces at the same date, a higher total score never has a worse rank."""
    for as_of, provinces in sorted(standings(ctx).items()):
        ranked = sorted((p, v) for p, v in provinces.items() if v[2] is not None)
        for (prov_a, (doc_a, score_a, rank_a)), (prov_b, (doc_b, score_b, rank_b)) in combinations(ranked, 2):
            gap = float(score_a["value"]) - float(score_b["value"])
            if abs(gap) <= half(score_a) + half(score_b) + EPSILON or rank_a["value"] == rank_b["value"]:
                continue
            ok = (gap > 0) == (float(rank_a["value"]) < float(rank_b["value"]))
            later, earlier = sorted([doc_a, doc_b], key=_doc_order, reverse=True)
            verdict = ("the ranks follow the scores" if ok
                       else "the higher score has the worse rank, so a score or a rank is wrong")
            message = (f"On {as_of}, {prov_a} scores {score_a.get('raw')} with rank {fmt(rank_a['value'])} "
                       f"({doc_a.name}) and {prov_b} scores {score_b.get('raw')} with rank {fmt(rank_b['value'])} "
                       f"({doc_b.name}): {verdict}.")
            yield make_check(later, "rank_order", "ok" if ok else "mismatch", float(rank_a["value"]),
                             float(rank_b["value"]), None, message, [score_a, rank_a, score_b, rank_b],
                             other=earlier if earlier is not later else None)
