"""Token model, OCR look-alike folding, candidate generation and fixed-form rules for restoration.

Folding with look-alikes (`6`→o, `&`→e, `1`→l ...) builds lookup keys only; output always comes from
the syllable inventory or the lexicon, and digits, codes and abbreviations are never rewritten
(except the Roman numeral of a quarter, `quy 111/2024` → `quý III/2024`, which is OCR damage).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .patterns import read_lines
from .restore_lm import NUM, OTHER, forms_by_key, lm_token, model, neighbour_keys, new_style
from .vietnamese import is_syllable, strip_marks

# Characters Tesseract's English model prints for Vietnamese letters it cannot produce.
LOOKALIKES = {"6": "o", "0": "o", "&": "e", "8": "e", "@": "e", "¢": "e", "€": "e", "1": "l",
              "4": "a", "3": "a", "w": "u", "W": "u"}
_LOOKALIKE_SYMBOLS = "&@¢€"
TOKEN = re.compile(r"(?:[^\W_]|[&@¢€])+")
# Whitespace-free chunks that are codes, dates or references: `294/TB-UBND`, `29/02/2024`, `NC-KSTTHC`.
CODE = re.compile(r"[^\s/]*\d[^\s/]*/\S+|\b[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ][A-Za-zĐ0-9]*)+\b")

EXACT_PENALTY_MARKED = -0.3      # key matches but the OCR'd mark was wrong (`kiém` → kiểm)
EXACT_PENALTY_LOOKALIKE = -0.3   # key matches after mapping look-alikes (`K&t` → kết)
NEIGHBOUR_PENALTY = -2.5         # per edit, for damaged tokens (`ding` → đúng)
VALID_NEIGHBOUR_PENALTY = -4.0   # per edit, for valid-looking tokens on OCR pages (`thi` → thủ)
VARIANT_PENALTY = -1.5           # a letter group the English model prints for one letter (`ir` → ư)
MAX_FORMS = 8
_ROMAN_NUMERAL = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
MAX_NEIGHBOURS = 12


@dataclass
class Token:
    """One word or number of a line, and what restoration may do with it."""

    start: int
    end: int
    raw: str
    context: str = OTHER                      # LM token when the token is kept as it is
    candidates: list[tuple[str, float]] = field(default_factory=list)  # (form, channel log10)
    fixed: str | None = None                  # surface forced by a rule or lexicon match
    fixed_score: float = 1.0

    @property
    def restorable(self) -> bool:
        """Whether the decoder chooses this token's form."""
        return bool(self.candidates) and self.fixed is None


@cache
def abbreviations() -> frozenset[str]:
    """Upper-case government abbreviations (`UBND`, `CA`) that must never be restored."""
    return frozenset(line.split(":", 1)[0] for line in read_lines("abbreviations.txt"))


@lru_cache(maxsize=65536)
def ocr_key(raw: str) -> str:
    """Folding key with OCR look-alikes mapped (`K&t` → `ket`, `1é` → `le`, `Iy` → `ly`)."""
    if len(raw) > 1 and raw[0] == "I" and not raw[1:].isupper():
        raw = "l" + raw[1:]
    mapped = "".join(LOOKALIKES.get(c, c) for c in raw)
    return strip_marks(mapped).lower()


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def is_damaged(raw: str) -> bool:
    """Whether a word shows OCR damage: look-alike symbols or digits inside letters, an invalid
    mark, or the English model's `é`. Capital abbreviations (`CNTT&TT`) are not damage."""
    raw = raw.rstrip(_SUPERSCRIPTS)  # a footnote marker (`Ninh²`) is not a digit inside a word
    letters = [c for c in raw if c.isalpha()]
    if len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.75 * len(letters):
        return False  # a code or abbreviation: `CNTT&TT`, `KHĐT`, `QĐ-TTg`
    if any(c in _LOOKALIKE_SYMBOLS for c in raw):
        return True
    if any(c.isdigit() for c in raw):
        return any(c.isalpha() for c in raw)
    if raw.isascii():
        return False
    return "é" in raw.lower() or not is_syllable(raw)


def apply_case(raw: str, form: str) -> str:
    """Give a restored lower-case form the case pattern of the raw token."""
    if raw.islower() and raw[0].isalpha() and raw[0] != "I":
        return form
    letters = [c for c in raw if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return form.upper()
    first = raw[0]
    if first == "I" and len(raw) > 1 and not raw[1:].isupper():
        return form
    if first.isupper() or (not first.isalpha() and letters and letters[0].isupper() and len(letters) == 1):
        return form[:1].upper() + form[1:]
    return form


def _exact_forms(key: str, channel: float) -> list[tuple[str, float]]:
    return [(form, channel) for form in forms_by_key().get(key, ())[:MAX_FORMS]]


# Letter groups the English model prints for `ư`/`ơ`/`ă` (`cira`, `ctra` → cửa; `chirc` → chức).
_OCR_GROUPS = (("ir", "u"), ("tr", "u"), ("ar", "u"), ("ra", "ua"), ("ii", "u"), ("rn", "m"))


def _variant_forms(key: str) -> list[tuple[str, float]]:
    found = []
    for group, replacement in _OCR_GROUPS:
        position = key.find(group, 1)
        if position > 0:
            variant = key[:position] + replacement + key[position + len(group):]
            found += _exact_forms(variant, VARIANT_PENALTY)[:4]
    return found


def _neighbour_forms(key: str, per_edit: float, exclude: str) -> list[tuple[str, float]]:
    if len(key) < 2 or len(key) > 8:
        return []
    max_distance = 1 if len(key) <= 4 else 2
    lm = model()
    found = []
    for other, distance in neighbour_keys(key, max_distance):
        if other == exclude or distance == 0:
            continue
        for form in forms_by_key()[other][:3]:
            if lm.count(form) > 0:
                found.append((distance, -lm.count(form), form))
    found.sort()
    return [(form, per_edit * distance) for distance, _, form in found[:MAX_NEIGHBOURS]]


def classify(token: Token, ocr_page: bool) -> None:
    """Fill a token's LM context and candidates (empty candidates = keep the raw token)."""
    raw = token.raw
    if raw.isdigit():
        token.context = NUM
        return
    token.context = lm_token(raw) if raw.isalpha() else OTHER
    if raw.isalpha() and raw.isascii():
        _classify_plain(token, ocr_page)
    elif is_damaged(raw) and (ocr_page or not raw.isalpha()):
        _classify_damaged(token)


def _classify_plain(token: Token, ocr_page: bool) -> None:
    raw = token.raw
    letters_upper = raw.isupper() and len(raw) > 1
    if letters_upper and (raw in abbreviations() or _ROMAN_NUMERAL.match(raw)):
        return
    mixed_case = not (raw.islower() or raw.isupper() or raw.istitle())
    if mixed_case:
        if ocr_page and len(raw) <= 5 and raw[:2].isupper() and raw[2:].islower():
            _classify_damaged(token)  # `DPoc` for `Độc`
        return
    key = raw.lower()
    if key in forms_by_key():
        token.candidates = _exact_forms(key, 0.0)
        if ocr_page and not letters_upper and len(key) <= 3:
            token.candidates += _neighbour_forms(key, VALID_NEIGHBOUR_PENALTY, key)
    elif ocr_page and not letters_upper:
        token.candidates = _variant_forms(key) + _neighbour_forms(key, NEIGHBOUR_PENALTY, key)


def _classify_damaged(token: Token) -> None:
    raw = token.raw
    if raw[0].isdigit() and raw[1:].isascii() and raw[1:].isalpha() and len(raw) <= 3:
        return  # list markers such as `1a`, `12b`
    key = ocr_key(raw)
    if not key.isalpha():
        return
    channel = EXACT_PENALTY_MARKED if raw.isalpha() else EXACT_PENALTY_LOOKALIKE
    token.candidates = _exact_forms(key, channel) + _variant_forms(key) + _neighbour_forms(key, NEIGHBOUR_PENALTY, key)


def tokenize_line(line: str) -> list[Token]:
    """Split a line into tokens, keeping codes (`294/TB-UBND`) whole as fixed context."""
    protected = [m.span() for m in CODE.finditer(line)]
    tokens = []
    for match in TOKEN.finditer(line):
        token = Token(match.start(), match.end(), match.group())
        if any(s <= token.start and token.end <= e for s, e in protected):
            token.context = NUM if token.raw.isdigit() else OTHER
            token.fixed = token.raw
        tokens.append(token)
    return tokens


def chain_breaks(line: str, tokens: list[Token]) -> list[int]:
    """Indexes where a new chain starts (punctuation or symbols between two tokens)."""
    return [i for i in range(1, len(tokens)) if line[tokens[i - 1].end : tokens[i].start].strip()]


# ---------------------------------------------------------------- fixed-form rules

_ROMAN = {"I", "II", "III", "IV"}
_QUARTER = re.compile(r"\b([Qq][Uu][YyÝýÍíIi])\s+([IVXl1|]{1,4})(?=\s*[/\-]\s*\d{4}|\s+n\S{1,2}m\b)")
_NUMBER_LINE = re.compile(r"^[\s*#_]*([Ss$][6o0&@¢éôố8]{1,2}|S[o0]6)\s*[:.]")
_NUMBER_GAP = re.compile(r"(\d)(\s+)(/[A-ZĐ])")


def quarter_edits(line: str) -> list[tuple[int, int, str]]:
    """Edits (start, end, text) that read an OCR'd quarter in a line whose marks are otherwise normal:
    `quy 11/2024` → `quý II/2024`, `quy 111/2024` → `quý III/2024` (a quarter is I to IV, never 11)."""
    edits: list[tuple[int, int, str]] = []
    for match in _QUARTER.finditer(line):
        roman = re.sub(r"[l1|]", "I", match.group(2))
        if roman not in _ROMAN or (match.group(1).lower() == "quý" and roman == match.group(2)):
            continue
        if match.group(1).lower() != "quý":
            edits.append((match.start(1), match.end(1), apply_case(match.group(1), "quý")))
        if roman != match.group(2):
            edits.append((match.start(2), match.end(2), roman))
    return edits


_DIGIT_READS = {"1": "li", "6": "o", "0": "o", "8": "e", "4": "a", "3": "a"}


def digit_in_word(raw: str) -> bool:
    """Whether a word is a Vietnamese word with one letter read as a digit (`t1nh`, `ch1`, `1ĩnh`, `S6`), not a
    code (`C06`, `18B`, `P1`) nor a number with a letter for a digit (`l6` in `98,l6%`)."""
    digits = [c for c in raw if c.isdigit()]
    letters = [c for c in raw if c.isalpha()]
    if len(digits) != 1 or digits[0] not in _DIGIT_READS or not letters or len(raw) > 7:
        return False
    if all(c in "lIoO" for c in letters) or (len(letters) == 1 and raw[0].isdigit()):
        return False
    keys = forms_by_key()
    return any(strip_marks(raw.replace(digits[0], letter)).lower() in keys for letter in _DIGIT_READS[digits[0]])


def reads_digit_as_letter(raw: str, restored: str) -> bool:
    """Whether `restored` is `raw` with its digit read as the letter it resembles, giving a Vietnamese syllable
    (`t1nh` → `tỉnh`, `S6` → `Số`). One capital and a digit is a code (`A1`, `P1`), except `S6` → `Số`."""
    if not is_syllable(restored) or len(restored) < 2 or len(restored) != len(raw):
        return False
    if len([c for c in raw if c.isalpha()]) == 1 and restored.lower() != "số":
        return False
    folded = strip_marks(restored).lower()
    return all(a == b or (a.isdigit() and b in _DIGIT_READS.get(a, "")) or ocr_key(a) == b
               for a, b in zip(raw.lower(), folded, strict=True))


def _fix(token: Token, form: str, score: float = 1.0) -> None:
    token.fixed = apply_case(token.raw, form)
    token.fixed_score = score
    token.context = new_style(form.lower())


def _token_at(tokens: list[Token], start: int) -> Token | None:
    return next((t for t in tokens if t.start == start), None)


# `tháng 1O`, `năm 2O24`: a month or year with a capital O (or a small o) read for a zero
_LETTER_O_NUMBER = re.compile(r"\b((?i:th[aáà]ng|n[aăắ]m))\s+((?=[\dOo]*\d)(?=[\dOo]*[Oo])(?:[\dOo]{1,2}|[\dOo]{4}))"
                              r"(?![\w/])")


def zero_edits(line: str) -> list[tuple[int, int, str]]:
    """Edits (start, end, text) that read a zero OCR gave as the letter O in a month or a year (`tháng 1O năm 2024`
    → `tháng 10`, `năm 2O24` → `năm 2024`)."""
    return [(m.start(2), m.end(2), re.sub("[Oo]", "0", m.group(2))) for m in _LETTER_O_NUMBER.finditer(line)]


# a Markdown table row (`| 2 | Huyện Mỹ Lộc | 3.214 | ...`) whose bar OCR read as a lone `l`, or as `I` between numbers
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_BAR_READ_AS_LETTER = re.compile(r"(?<= )l(?= )|(?<=\d )I(?= \d)")


def bar_edits(line: str) -> list[tuple[int, int, str]]:
    """Edits (start, end, text) that read a table's bar OCR gave as a letter (`| 5 l Huyện Nam Trực l 6.942 |`,
    `| 388 I 100 |`); only in a line that opens and closes on a bar."""
    if "|" not in line or not _PIPE_ROW.match(line):
        return []
    return [(m.start(), m.end(), "|") for m in _BAR_READ_AS_LETTER.finditer(line)]


def apply_rules(line: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """Apply the fixed-form rules to a line's tokens; return extra gap edits (start, end, text)."""
    gaps: list[tuple[int, int, str]] = []
    for start, end, bar in bar_edits(line):
        token = _token_at(tokens, start)
        if token is not None and token.end == end:
            token.fixed, token.context = bar, OTHER
        else:
            gaps.append((start, end, bar))
    for start, end, number in zero_edits(line):
        token = _token_at(tokens, start)
        if token is not None and token.end == end:
            token.fixed, token.context = number, NUM
    for match in _QUARTER.finditer(line):
        roman = re.sub(r"[l1|]", "I", match.group(2))
        quarter, numeral = _token_at(tokens, match.start(1)), _token_at(tokens, match.start(2))
        if roman in _ROMAN and quarter and numeral:
            _fix(quarter, "quý")
            numeral.fixed, numeral.context = roman, OTHER
    number_line = _NUMBER_LINE.match(line)
    if number_line:
        head = _token_at(tokens, number_line.start(1))
        if head:
            _fix(head, "số")
            gap = _NUMBER_GAP.search(line, number_line.end())
            if gap and gap.start() < number_line.end() + 12:
                gaps.append((gap.start(2), gap.end(2), ""))
    _date_rule(tokens, line)
    _rate_rule(tokens, line)
    return gaps


def _near(token: Token, word: str) -> bool:
    key = ocr_key(token.raw)
    return key == word or (len(key) >= 3 and len(key) <= len(word) + 1 and _distance(key, word) <= 1)


def _distance(a: str, b: str) -> int:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b)


def _spaced(line: str, tokens: list[Token], i: int, n: int) -> bool:
    return all(not line[tokens[k].end : tokens[k + 1].start].strip() for k in range(i, i + n - 1))


def _date_rule(tokens: list[Token], line: str) -> None:
    """`ngay 19 thang 7 nam 2024` → `ngày 19 tháng 7 năm 2024`; `ngay 18/7/2024` → `ngày 18/7/2024`."""
    for i, token in enumerate(tokens):
        if not _near(token, "ngay") or i + 1 >= len(tokens):
            continue
        following = line[token.end :]
        if re.match(r"\s+\d{1,2}/\d{1,2}/\d{4}", following):
            _fix(token, "ngày")
            continue
        window = tokens[i : i + 6]
        if len(window) == 6 and _spaced(line, tokens, i, 6) and all(t.raw.isdigit() for t in window[1::2]) \
                and _near(window[2], "thang") and _near(window[4], "nam") and len(window[5].raw) == 4:
            _fix(window[0], "ngày")
            _fix(window[2], "tháng")
            _fix(window[4], "năm")


def _rate_rule(tokens: list[Token], line: str) -> None:
    """`ty 18 hd so` → `tỷ lệ hồ sơ`: a `lệ` read as digits between `ty` and a word."""
    for i in range(len(tokens) - 2):
        first, middle, after = tokens[i], tokens[i + 1], tokens[i + 2]
        if strip_marks(first.raw.lower()) in ("ty", "ti") and middle.raw in ("18", "16", "1") \
                and after.raw.isalpha() and _spaced(line, tokens, i, 3):
            _fix(first, "tỷ")
            _fix(middle, "lệ")
