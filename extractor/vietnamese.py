"""Vietnamese text primitives: NFC, folding keys, syllable validity.

Folding is for keys and matching only, never for output.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .patterns import read_lines

# Letters NFC leaves alone but that stand for Đ/đ in Vietnamese text (Icelandic eth).
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0000": None})
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MARKED = re.compile(r"[^\x00-\x7f]")


def nfc(text: str) -> str:
    """Return NFC text with NUL bytes dropped and eth look-alikes mapped to Đ/đ."""
    return unicodedata.normalize("NFC", text.translate(_LOOKALIKES))


def strip_marks(text: str) -> str:
    """Remove every Vietnamese diacritic, keeping case (`Đúng hạn` → `Dung han`)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def fold(text: str) -> str:
    """Return the matching key of a text: lower case, no marks, `đ`→`d`, single spaces."""
    return " ".join(strip_marks(text).lower().split())


# Old-style tone placement (`hoà`, `thuỷ`: tone on the last vowel of an open `oa`/`oe`/`uy`) and the
# new style (`hòa`, `thủy`: tone on the first) are both written; keys use the new style.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_STYLE = re.compile(r"(?i)(?<![qQ])(o|u)(a|e|y)([" + _TONES + r"])$")


def canonical_tone(word: str) -> str:
    """Move an old-style tone on an open `oa`/`oe`/`uy` ending to the first vowel (`hoà`→`hòa`, `thuỷ`→`thủy`)."""
    decomposed = unicodedata.normalize("NFD", word)
    match = _OLD_STYLE.search(decomposed)
    if not match or (match.group(1).lower() == "o") != (match.group(2).lower() in "ae"):
        return word
    fixed = decomposed[: match.start()] + match.group(1) + match.group(3) + match.group(2)
    return unicodedata.normalize("NFC", fixed)


@cache
def syllables() -> frozenset[str]:
    """Return the lower-case Vietnamese syllable inventory (with marks)."""
    return frozenset(nfc(line).lower() for line in read_lines("syllables.txt"))


def is_syllable(word: str) -> bool:
    """Tell whether a word is a valid Vietnamese syllable (either tone-placement style)."""
    lowered = word.lower()
    inventory = syllables()
    return lowered in inventory or canonical_tone(lowered) in inventory


def words(text: str) -> list[str]:
    """Return the alphabetic words of a text."""
    return _WORD.findall(text)


def vi_ratio(text: str) -> float:
    """Share of alphabetic words that are valid Vietnamese syllables (0.0 for no words)."""
    found = words(text)
    if not found:
        return 0.0
    return sum(1 for w in found if is_syllable(w)) / len(found)


def marked_ratio(text: str) -> float:
    """Share of alphabetic words carrying a non-ASCII letter (Vietnamese marks); ~0.8 in normal text."""
    found = [w for w in words(text) if len(w) > 1 or not w.isupper()]
    if not found:
        return 0.0
    return sum(1 for w in found if _MARKED.search(w)) / len(found)


class _FoldTable(dict):
    """A `str.translate` table that folds each character once, on first sight."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = strip_marks(char).lower()
        self[code] = folded if len(folded) == 1 else char
        return self[code]


_FOLD_TABLE = _FoldTable()


def fold_keep_length(text: str) -> str:
    """Fold each character on its own (lower case, no marks, `đ`→`d`) so offsets stay aligned."""
    return text.translate(_FOLD_TABLE)
