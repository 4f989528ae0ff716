"""Vietnamese number notation: `1.773` is 1773, `90,19` is 90.19, but `80.89%` is 80.89."""

from __future__ import annotations

import re

# A number as written in a report: thousands dots, decimal comma (or, rarely, a decimal point).
NUMBER = re.compile(r"(?<![\w.,])[+-]?\d+(?:[.,]\d+)*(?![\w])")
_THOUSANDS_DOT = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_THOUSANDS_COMMA_EN = re.compile(r"^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$")


# `l2.408`, `98,O2%`, `59,2O%`: OCR reads 1 as `l` and 0 as `O` inside a number with its separators
_CONFUSED_NUMBER = re.compile(r"(?<![\wÀ-ỹ.,])[\dOl]+(?:[.,][\dOl]+)+(?![\wÀ-ỹ]|[.,]\w)")
_CONFUSIONS = str.maketrans("Ol", "01")


def read_confused_digits(text: str) -> str:
    """`text` with OCR's letter-for-digit confusions inside written numbers read as digits (same length): a run
    of digits, `O` and `l` with thousands or decimal separators, at least two of them real digits."""
    def fix(match: re.Match) -> str:
        token = match.group()
        confused = sum(c in "Ol" for c in token)
        return token.translate(_CONFUSIONS) if confused and sum(c.isdigit() for c in token) >= 2 else token
    return _CONFUSED_NUMBER.sub(fix, text)


_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d|[.,]\d)")
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,/])\d{1,3}(?:\.\d{3})+(?![\d.]|,\d)")
GROUP_SPACE = "\u202f"  # a narrow no-break space: the separator a figure pattern reads inside a number


def join_spaced_thousands(text: str) -> str:
    """`text` (same length) with the spaces between the digit groups of `12 846` made narrow no-break spaces, in a
    document that writes its thousands so: at least two such numbers, and more of them than numbers with thousands
    dots. Elsewhere a space between numbers stays a space (`tháng 12 846 hồ sơ` is not read as one number)."""
    spaced = _SPACED_THOUSANDS.findall(text)
    if len(spaced) < 2 or len(spaced) <= len(_DOTTED_THOUSANDS.findall(text)):
        return text
    return _SPACED_THOUSANDS.sub(lambda m: m.group().replace(" ", GROUP_SPACE), text)


def parse_number(raw: str, percent: bool = False) -> float | None:
    """Parse a number written the Vietnamese way; `percent` says a `%` follows it.

    `1.773` → 1773, `216.219` → 216219, `90,19` → 90.19, `1.234,5` → 1234.5, `80.89` with
    `percent=True` → 80.89 (a share cannot be eighty thousand), `+0,38` → 0.38, `-5` → -5, `21 486` (a
    space, thin space or no-break space between digit groups) → 21486.
    Returns None for text that is not a number.
    """
    text = re.sub(r"[ \u00a0\u2009\u202f]", "", raw.strip().replace("\u2212", "-"))
    sign = -1.0 if text.startswith("-") else 1.0
    text = text.lstrip("+-")
    if not text or not re.fullmatch(r"\d+(?:[.,]\d+)*", text):
        return None
    # `80.89%` is a share with a decimal point; `1.862,5` (a decimal comma after the dot) is always thousands
    if _THOUSANDS_DOT.match(text) and not (percent and text.count(".") == 1 and "," not in text):
        text = text.replace(".", "").replace(",", ".")
    elif _THOUSANDS_COMMA_EN.match(text):
        text = text.replace(",", "")
    elif "," in text and "." not in text:
        if text.count(",") > 1:
            return None
        text = text.replace(",", ".")
    elif text.count(".") > 1 or ("," in text and "." in text):
        return None
    return sign * float(text)


def decimals(raw: str) -> int:
    """Number of decimals as written (`42,58` → 2, `1.773` → 0, `80.89` with a % → 2)."""
    text = raw.strip()
    if "," in text:
        return len(text.rsplit(",", 1)[1])
    if "." in text and not _THOUSANDS_DOT.match(text):
        return len(text.rsplit(".", 1)[1])
    return 0
