"""The indicator catalog: canonical codes for the figures reports state, matched by name.

`patterns/indicators.jsonl` lists every group and component of the Decision 766 index (both the
five-group 2022 layout and the six-group portal layout) and the other indicators provincial reports
repeat (ký số, phản ánh kiến nghị, chứng thực điện tử, tài khoản định danh, PAR Index, SIPAS, PCI...).
Names and synonyms are matched with a spaCy `PhraseMatcher` over a folded copy of the text: lower
case, no diacritics, `đ`→`d`, folded one character at a time so offsets map 1:1 to the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from ..patterns import read_jsonl
from ..vietnamese import fold_keep_length

CATALOG_FILE = "indicators.jsonl"


@dataclass(frozen=True)
class Entry:
    """One catalogued indicator."""

    code: str
    name: str
    synonyms: tuple[str, ...]
    unit: str | None
    max: float | None
    group: str | None
    layout: str | None
    percent_code: str | None = None  # the component a bare group name means when the figure is a share
    requires: tuple[str, ...] = ()  # folded words one of which the context must contain
    share_code: str | None = None  # for a count: the indicator a share of that count (`(đạt 91,23%)`) is
    guarded: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (synonym, folded words the context must hold)
    count_codes: dict[str, str] = field(default_factory=dict)  # unit → the count a group name means (`TTHC`)
    counted_in: tuple[str, ...] = ()  # units other than its base whose counts carry it (`71.358 bản` sao điện tử)


@dataclass(frozen=True)
class Mention:
    """A catalogued name found in a text: offsets into that text and the candidate codes."""

    start: int
    end: int
    codes: tuple[str, ...]


@cache
def fold_char(char: str) -> str:
    """Fold one character to its matching key, always exactly one character long."""
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


def fold_same_length(text: str) -> str:
    """Fold a text character by character (lower case, no marks), keeping its length and offsets."""
    return fold_keep_length(text)


def _without_ratio_prefix(name: str) -> str:
    """`Tỷ lệ X` → `X` for a catalog name: the lead-in says nothing and would outweigh longer synonyms."""
    rest = re.sub(r"^(?:Tỷ lệ|Số)\s+", "", name)
    return rest if len(rest.split()) >= 3 else name


@cache
def entries() -> dict[str, Entry]:
    """Return the catalog, code → entry, read once per process."""
    result: dict[str, Entry] = {}
    for record in read_jsonl(CATALOG_FILE):
        names = [_without_ratio_prefix(record["name"]), *record.get("synonyms", [])]
        result[record["code"]] = Entry(
            code=record["code"],
            name=record["name"],
            synonyms=tuple(dict.fromkeys(names)),
            unit=record.get("unit"),
            max=record.get("max"),
            group=record.get("group"),
            layout=record.get("layout"),
            percent_code=record.get("percent_code"),
            requires=tuple(record.get("requires", ())),
            share_code=record.get("share_code"),
            count_codes=dict(record.get("count_codes", {})),
            counted_in=tuple(record.get("counted_in", ())),
            guarded=tuple(
                (item["synonym"], tuple(item["requires"])) for item in record.get("guarded_synonyms", ())
            ),
        )
    return result


@cache
def _nlp():
    return spacy.blank("xx")


@cache
def _matcher() -> PhraseMatcher:
    nlp = _nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for entry in entries().values():
        docs = [nlp.make_doc(fold_same_length(" ".join(name.split()))) for name in entry.synonyms]
        matcher.add(entry.code, docs)
        for index, (name, _requires) in enumerate(entry.guarded):
            matcher.add(f"{entry.code}{_GUARD}{index}", [nlp.make_doc(fold_same_length(" ".join(name.split())))])
    return matcher


_GUARD = "#"  # match key of a guarded synonym: `<code>#<index>`


def _raw_guarded(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, code, words the context must hold) of every catalogued name in `text`."""
    doc = _nlp().make_doc(fold_same_length(text))
    found = []
    for match_id, start, end in _matcher()(doc):
        span = doc[start:end]
        key = _nlp().vocab.strings[match_id]
        code, _, index = key.partition(_GUARD)
        requires = entries()[code].guarded[int(index)][1] if index else ()
        found.append((span.start_char, span.end_char, code, requires))
    return found


def _raw_matches(text: str) -> list[tuple[int, int, str]]:
    """Catalogued names that need no context (guarded synonyms count only in `code_for`)."""
    return [(start, end, code) for start, end, code, requires in _raw_guarded(text) if not requires]


def find_mentions(text: str) -> list[Mention]:
    """Return the longest non-overlapping catalogued names in a text, in order, with their codes."""
    raw = _raw_matches(text)
    if not raw:
        return []
    doc = _nlp().make_doc(fold_same_length(text))
    spans = [doc.char_span(s, e) for s, e, _ in raw]
    kept = filter_spans([s for s in spans if s is not None])
    codes_at: dict[tuple[int, int], set[str]] = {}
    for start, end, code in raw:
        codes_at.setdefault((start, end), set()).add(code)
    return [Mention(span.start_char, span.end_char, tuple(sorted(codes_at[span.start_char, span.end_char])))
            for span in kept]


def _allowed(entry: Entry, context_key: str) -> bool:
    return not entry.requires or any(word in context_key for word in entry.requires)


def _fits_max(entry: Entry, max_value: float | None) -> bool:
    return max_value is None or entry.max is None or entry.unit != "điểm" or float(entry.max) == max_value


def code_for(
    label: str, max_value: float | None = None, unit: str | None = None, context: str | None = None
) -> str | None:
    """Return the catalog code of an indicator named `label`, or None when it is not catalogued.

    The longest catalogued name inside the label wins. A group score's denominator decides between
    groups sharing a name (`Dịch vụ công trực tuyến` /12 is the portal group, /22 the 2022 combined
    group; `Số hóa hồ sơ` /22 is the digitisation group). A bare group name given as a share (`%`)
    means the group's main component. `context` (the sentence or heading) satisfies entries that
    need one, e.g. a bare `tỷ lệ xử lý` counts as the PAKN ratio only when PAKN is being discussed.
    """
    catalog = entries()
    key = fold_same_length(" ".join(f"{label} {context or ''}".split()))
    candidates = [
        (end - start, start, code)
        for start, end, code, requires in _raw_guarded(label)
        if _allowed(catalog[code], key) and (not requires or any(word in key for word in requires))
    ]
    if not candidates:
        return None
    candidates = _before_denominator(fold_same_length(label), candidates)
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    if unit == "%":
        # a share is never a bare count (`hồ sơ tiếp nhận ... được số hóa` 91,2% is the digitised share)
        shares = [c for c in candidates if not _bare_count(catalog[c[2]])]
        candidates = shares or candidates
    if unit == "điểm" and max_value is not None:
        scores = [c for c in candidates if catalog[c[2]].unit == "điểm" and catalog[c[2]].max == max_value]
        candidates = scores or candidates
    fitting = [c for c in candidates if _fits_max(catalog[c[2]], max_value)]
    code = (fitting or candidates)[0][2]
    if max_value is not None and not fitting:
        code = _group_by_max(max_value, code) or code
    entry = catalog[code]
    if unit == "%" and entry.percent_code and entry.unit == "điểm":
        return entry.percent_code
    if entry.unit == "điểm" and unit in entry.count_codes:
        return entry.count_codes[unit]  # `Thanh toán trực tuyến` over a column of files: the files paid online
    return code


# `số hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận`, `tỷ lệ hồ sơ trực tuyến trên một nửa tổng số hồ sơ tiếp
# nhận`: what follows names the base the figure is measured against, not the figure.
_DENOMINATOR = re.compile(r"\s(?:tren|trong)\s+(?:mot nua\s+)?(?:tong\s+)?so\s")


def _before_denominator(key: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The names before a ratio's base (`A trên tổng số B`), when the label names one there."""
    base = _DENOMINATOR.search(key)
    if not base:
        return candidates
    before = [c for c in candidates if c[1] < base.start()]
    return before or candidates


_NOT_COUNTS = (None, "%", "điểm", "hạng", "ngày")


def _bare_count(entry: Entry) -> bool:
    """A count (`hồ sơ tiếp nhận`) that names no share of itself."""
    return entry.unit not in _NOT_COUNTS and not entry.share_code


def share_code(code: str | None) -> str | None:
    """The indicator a share of a count is (`đã trả lời 52 PAKN (đạt 91,23%)` → the PAKN handling rate).

    A count catalogued under a share indicator (`1.058 hồ sơ trễ hạn (1,63%)`) keeps its own code.
    """
    entry = entries().get(code or "")
    if entry is None:
        return None
    if entry.share_code:
        return entry.share_code
    return code if entry.unit == "%" else None


def _group_by_max(max_value: float, named: str | None = None) -> str | None:
    """The online-services group is named alike in both layouts: a /22 score is the 2022 combined group, a /12 score
    of either name the portal's DVCTT group (`Cung cấp dịch vụ trực tuyến: 9,86/12 điểm` in the six-group layout)."""
    if max_value == 22:
        return "766.cung_cap_dvtt"
    if max_value == 12 and named in ("766.cung_cap_dvtt", "766.dvctt"):
        return "766.dvctt"
    return None
