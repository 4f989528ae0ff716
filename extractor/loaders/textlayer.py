"""Repair a PDF text layer: decomposed marks, syllables split at their diacritics, legacy fonts.

PDF extractors often hand back Vietnamese in damaged forms:

- decomposed marks (`e` + U+0302 + U+0301), sometimes with a space before the mark;
- syllables split where a diacritic glyph sits (`ĐIỀ U KHO ẢN` for `ĐIỀU KHOẢN`);
- text typed in legacy `.VnTime` (TCVN3) or `VNI-Times` fonts, which extracts as valid Latin-1 junk
  (`Céng hoµ x· héi`).

Every repair here is decided by syllable validity (`extractor.vietnamese.is_syllable`): a join or a
conversion is kept only when it turns invalid syllables into valid ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..vietnamese import is_syllable, nfc, vi_ratio, words

# A space (or several) that some extractors leave between a base letter and its combining mark.
_SPACE_BEFORE_MARK = re.compile(r"(?<=[^\W\d_])[ \t]+(?=[\u0300-\u036f])")
_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.DOTALL)
_LETTERS = re.compile(r"^[^\W\d_]+$")
_MARKED = re.compile(r"[^\x00-\x7f]")
_LEGACY_FONT = re.compile(r"^(?:[A-Z]{6}\+)?(\.Vn|VNI)", re.IGNORECASE)
# A legacy conversion must beat the text as extracted by this much (share of valid syllables).
LEGACY_MARGIN = 0.15
MAX_SYLLABLE_LETTERS = 7


@dataclass
class RepairedText:
    """A text layer after repair, with what was done to it."""

    text: str
    method: str  # text | legacy
    encoding: str | None  # tcvn3 | vni when a legacy conversion was applied
    joins: int  # split syllables rejoined
    vi_ratio: float


def compose_marks(text: str) -> str:
    """Drop stray spaces before combining marks, then NFC (with eth look-alikes mapped to Đ/đ)."""
    return nfc(_SPACE_BEFORE_MARK.sub("", text))


def _split_edges(token: str) -> tuple[str, str, str]:
    match = _EDGE.match(token)
    return match.group(1), match.group(2), match.group(3)


def _join_kind(left: str, right: str) -> str | None:
    """Say whether two adjacent words look like one syllable split in two: 'strong', 'weak' or None."""
    if not (_LETTERS.match(left) and _LETTERS.match(right)):
        return None
    joined = left + right
    if len(joined) > MAX_SYLLABLE_LETTERS or not is_syllable(joined):
        return None
    if left.isupper() != right.isupper() and len(right) > 1:
        return None  # `Hà NỘI`-style case changes are word boundaries, not splits
    if not is_syllable(left) or not is_syllable(right):
        return "strong"
    if _MARKED.search(left[-1]) or _MARKED.search(right[0]):
        return "weak"  # both halves are words, but the cut sits on a marked letter (`KHO ẢN`)
    return None


def _rejoin_line(line: str, allow_weak: bool) -> tuple[str, int]:
    """Rejoin split syllables in one line; return the line and the number of joins made."""
    tokens = _TOKEN.findall(line)
    if len(tokens) < 2:
        return line, 0
    gaps = re.split(r"\S+", line)  # whitespace around and between tokens
    out_tokens: list[str] = [tokens[0]]
    out_gaps: list[str] = [gaps[0]]
    joins = 0
    for index in range(1, len(tokens)):
        gap = gaps[index]
        lead_a, word_a, trail_a = _split_edges(out_tokens[-1])
        lead_b, word_b, trail_b = _split_edges(tokens[index])
        kind = None
        if gap == " " and not trail_a and not lead_b:
            kind = _join_kind(word_a, word_b)
        if kind == "strong" or (kind == "weak" and allow_weak):
            out_tokens[-1] = lead_a + word_a + word_b + trail_b
            joins += 1
            continue
        out_gaps.append(gap)
        out_tokens.append(tokens[index])
    rebuilt = out_gaps[0] + "".join(tok + gap for tok, gap in zip(out_tokens, out_gaps[1:] + [""], strict=True))
    return rebuilt + gaps[-1], joins


def count_split_syllables(text: str) -> int:
    """Count adjacent word pairs that are certainly one syllable cut in two (one half invalid)."""
    return sum(_rejoin_line(line, allow_weak=False)[1] for line in text.split("\n"))


def rejoin_split_syllables(text: str) -> tuple[str, int]:
    """Rejoin syllables an extractor split at a diacritic (`ĐIỀ U KHO ẢN` → `ĐIỀU KHOẢN`).

    A pair is joined when the two halves make a valid syllable and one half is not a syllable on its
    own. Pairs whose halves are both words (`KHO ẢN`) but are cut at a marked letter are joined only
    in texts that show the failure with certainty elsewhere, so clean text is left alone.
    Returns the text and the number of joins.
    """
    allow_weak = count_split_syllables(text) >= 1
    lines = []
    total = 0
    for line in text.split("\n"):
        fixed, joins = _rejoin_line(line, allow_weak)
        lines.append(fixed)
        total += joins
    return "\n".join(lines), total


def is_legacy_font(font_name: str | None) -> bool:
    """Tell whether a PDF font name is a legacy Vietnamese font (`.VnTime`, `ABCDEF+VNI-Times`)."""
    return bool(font_name and _LEGACY_FONT.match(font_name))


def _encodings_module():
    """Return extractor.encodings when it is installed (another stage provides it), else None."""
    try:
        from .. import encodings
    except ImportError:
        return None
    return encodings


def _convert_line(line: str, font_name: str | None) -> tuple[str, str | None]:
    module = _encodings_module()
    if module is None or not words(line):
        return line, None
    try:
        if font_name and is_legacy_font(font_name) and hasattr(module, "convert_with_font"):
            converted = module.convert_with_font(line, font_name)
            encoding = "vni" if "vni" in font_name.lower() else "tcvn3"
        else:
            converted, encoding = module.convert_legacy(line)
    except Exception:  # a converter bug must not lose the page; keep the text as extracted
        return line, None
    if not encoding or converted == line:
        return line, None
    converted = nfc(converted)
    if vi_ratio(converted) >= vi_ratio(line) + LEGACY_MARGIN:
        return converted, encoding
    return line, None


def convert_legacy_lines(text: str, font_name: str | None = None) -> tuple[str, str | None]:
    """Convert TCVN3/VNI lines of a text layer to Unicode, line by line, where that makes syllables valid.

    Pages often mix Unicode headings with a legacy-font body, so each line is judged on its own: the
    converted line is kept only when its share of valid syllables beats the line as extracted by
    `LEGACY_MARGIN`. `font_name` (the page's dominant legacy font) selects the table when known.
    Returns the text and the encoding used (`tcvn3`/`vni`), or None when nothing was converted.
    """
    used: dict[str, int] = {}
    lines = []
    for line in text.split("\n"):
        fixed, encoding = _convert_line(line, font_name)
        if encoding:
            used[encoding] = used.get(encoding, 0) + 1
        lines.append(fixed)
    if not used:
        return text, None
    return "\n".join(lines), max(sorted(used), key=used.get)


def repair_text_layer(text: str, font_name: str | None = None) -> RepairedText:
    """Repair one page's text layer: compose marks, convert legacy-font lines, rejoin split syllables."""
    text = compose_marks(text)
    text, encoding = convert_legacy_lines(text, font_name)
    text, joins = rejoin_split_syllables(text)
    return RepairedText(
        text=text,
        method="legacy" if encoding else "text",
        encoding=encoding,
        joins=joins,
        vi_ratio=vi_ratio(text),
    )
