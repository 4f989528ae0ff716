"""Restore Vietnamese diacritics in stripped or English-model-OCR'd text, logging every change.

Recipe: per page, decide whether the text lost its marks (`needs_restoration`); then per line,
tokenize (codes and numbers kept whole), apply fixed-form rules (`Số:` line, date line, `quý III`),
match domain phrases from `patterns/lexicon/` on folded keys (exact, and fuzzy with rapidfuzz on OCR
pages), and decode the remaining words with a syllable bigram Viterbi (`restore_lm`). Lines are never
joined or split; only words change, so page breaks and table tabs survive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .patterns import read_jsonl, read_lines
from .restore_lm import END, START, local_confidence, new_style, viterbi
from .restore_rules import (
    TOKEN,
    Token,
    apply_case,
    apply_rules,
    bar_edits,
    classify,
    digit_in_word,
    is_damaged,
    ocr_key,
    quarter_edits,
    reads_digit_as_letter,
    tokenize_line,
    zero_edits,
)
from .vietnamese import is_syllable, nfc, strip_marks, words

MARKED_SHARE_NORMAL = 0.4   # normal Vietnamese: ~0.8 of words are valid syllables carrying marks
VIETNAMESE_SHARE = 0.6      # share of words that look like (possibly stripped) Vietnamese syllables
DAMAGED_SHARE_OCR = 0.03    # share of OCR-damaged words that marks a page as English-model OCR
MIN_WORDS = 4
STRIPPED_LINE_WORDS = 3     # a line of normal text with this many words and no mark at all lost its marks
STRIPPED_LINE_SHARE = 0.8
FUZZY_CUTOFF = 86.0
FUZZY_MARGIN = 6.0
SURNAME_BONUS = 3.0         # log10 channel bonus for a family name heading a three-word capitalised name
_WORD_OR_LOOKALIKE = re.compile(r"(?:[^\W_]|[&@¢€])+")


@dataclass(frozen=True)
class Change:
    """One restored span: offsets into the restored text, the original and the new text, a score."""

    start: int
    end: int
    raw: str
    restored: str
    score: float


@dataclass
class Restoration:
    """Restored text (NFC) and the changes made to get it."""

    text: str
    changes: list[Change] = field(default_factory=list)


# ---------------------------------------------------------------- detection

def _looks_vietnamese(word: str) -> bool:
    return is_syllable(word) or is_syllable(strip_marks(word)) or ocr_key(word) in _stripped_keys()


def _stripped_keys() -> frozenset[str]:
    from .restore_lm import stripped_keys

    return stripped_keys()


def needs_restoration(text: str) -> bool:
    """Tell whether a page lost its Vietnamese marks: mostly Vietnamese-looking words, but few of them
    carry valid marks (stripped text), or many show OCR look-alikes (`K&t`, `s6`, `kiém`).
    False for normal Vietnamese, English, and tables of numbers."""
    found = [w for w in _WORD_OR_LOOKALIKE.findall(nfc(text)) if not w.isdigit() and not (w.isupper() and len(w) > 1)]
    if len(found) < MIN_WORDS:
        return False
    vietnamese = sum(1 for w in found if _looks_vietnamese(w)) / len(found)
    if vietnamese < VIETNAMESE_SHARE:
        return False
    marked = sum(1 for w in found if not w.isascii() and is_syllable(w) and "é" not in w.lower()) / len(found)
    return marked < MARKED_SHARE_NORMAL or damaged_share(text) >= 0.15


def damaged_share(text: str) -> float:
    """Share of words showing English-model OCR damage."""
    found = [w for w in TOKEN.findall(text) if not w.isdigit()]
    if not found:
        return 0.0
    return sum(1 for w in found if is_damaged(w)) / len(found)


# ---------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class Phrase:
    """A lexicon phrase: per token its folded key and its lower-case canonical form."""

    keys: tuple[str, ...]
    forms: tuple[str, ...]
    proper: bool

    @property
    def key(self) -> str:
        return " ".join(self.keys)


def province_phrases() -> list[str]:
    """Province names and aliases from `patterns/provinces.jsonl`, with `tỉnh`/`thành phố` prefixes."""
    phrases = []
    for record in read_jsonl("provinces.jsonl"):
        names = {record["name"], *record.get("aliases", [])}
        prefix = "thành phố" if record.get("type", "").startswith("thành phố") else "tỉnh"
        for name in sorted(names):
            phrases += [name, f"{prefix} {name}", f"UBND {prefix} {name}"]
    return phrases


@cache
def lexicon() -> tuple[dict[str, list[Phrase]], dict[int, list[str]], dict[str, Phrase]]:
    """Load `patterns/lexicon/*.txt`: exact index by first key, fuzzy key lists by length, and the
    phrase of each unambiguous key."""
    from .patterns import patterns_dir

    by_key: dict[str, Phrase | None] = {}
    lines = [line for path in sorted((patterns_dir() / "lexicon").glob("*.txt"))
             for line in read_lines(f"lexicon/{path.name}")]
    lines += province_phrases()
    for line in lines:
        raw_tokens = TOKEN.findall(nfc(line))
        if len(raw_tokens) < 2:
            continue
        forms = tuple(new_style(t.lower()) for t in raw_tokens)
        phrase = Phrase(tuple(strip_marks(f) for f in forms), forms, raw_tokens[0][0].isupper())
        if phrase.key in by_key:
            previous = by_key[phrase.key]
            if previous is None or previous.forms != phrase.forms:
                by_key[phrase.key] = None  # same key, different spellings: leave it to the LM
            continue
        by_key[phrase.key] = phrase
    unique = {k: p for k, p in by_key.items() if p is not None}
    first: dict[str, list[Phrase]] = {}
    by_length: dict[int, list[str]] = {}
    for key, phrase in sorted(unique.items(), key=lambda item: -len(item[1].keys)):
        first.setdefault(phrase.keys[0], []).append(phrase)
        by_length.setdefault(len(phrase.keys), []).append(key)
    return first, by_length, unique


def _force_phrase(tokens: list[Token], phrase: Phrase, score: float, ocr_page: bool) -> None:
    for token, form in zip(tokens, phrase.forms, strict=True):
        if token.fixed is not None or not token.candidates:
            continue
        if not ocr_page and not token.raw.isascii():
            continue
        # an exact match of a whole phrase spells its words even where the model did not offer that spelling
        # (`huyện Tánh Linh`, `thành phố Phan Thiết`)
        if ocr_page or score >= 1.0 or any(form == candidate for candidate, _ in token.candidates):
            token.fixed = apply_case(token.raw, form)
            token.fixed_score = score
            token.context = form


def match_lexicon(text: str, tokens: list[Token], ocr_page: bool, names: dict[str, list[Phrase]] | None = None) -> None:
    """Force the forms of lexicon phrases found in the text: exact folded keys everywhere (phrases of
    3+ syllables or proper names), fuzzy keys with look-alikes mapped on OCR pages. Phrases may run
    across a wrapped line, never across punctuation other than commas and dashes. The document's own
    spelling of a name (`names`, from `document_names`) comes first."""
    first, by_length, unique = lexicon()
    keys = [ocr_key(t.raw) if ocr_page else plain_key(t.raw) for t in tokens]
    joinable = [_joinable(text[a.end : b.start]) for a, b in zip(tokens, tokens[1:], strict=False)]
    found: list[Phrase] = []
    inside = 0  # the end of the last phrase matched: an exact phrase may start inside it (`của UBND huyện` then
    # `huyện Vũ Thư`), the words that one fixed keeping its forms; a fuzzy one may not
    for i in range(len(tokens)):
        matched = _longer(_exact_match(keys, joinable, i, names or {}), _exact_match(keys, joinable, i, first))
        if not matched and ocr_page and tokens[i].candidates and i >= inside:
            matched = _fuzzy_match(tokens, keys, joinable, i, by_length, unique)
        if matched:
            phrase, score = matched
            _force_phrase(tokens[i : i + len(phrase.keys)], phrase, score, ocr_page)
            found.append(phrase)
            inside = max(inside, i + len(phrase.keys))
    places = _place_names(found)
    for i, token in enumerate(tokens):
        # the place a unit's name holds, written bare or after another unit word (`Vu Thu, ngay ...`, `thi tran Vu
        # Thu` in the report of `huyen Vu Thu`): spelled as that name
        if token.raw[:1].isupper() and (matched := _exact_match(keys, joinable, i, places)):
            _force_phrase(tokens[i : i + len(matched[0].keys)], matched[0], 1.0, ocr_page)


# the folded unit words that open a lexicon place phrase (`huyện Vũ Thư`, `thị xã Hương Trà`, `tỉnh Thái Bình`)
_UNIT_KEYS = (("thi", "xa"), ("thi", "tran"), ("thanh", "pho"), ("huyen",), ("quan",), ("tinh",), ("xa",), ("phuong",))


def _place_names(phrases: list[Phrase]) -> dict[str, list[Phrase]]:
    """The place names (two syllables or more) of the unit phrases found in a text, by first key; a name found
    spelled two ways is left out."""
    spellings: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for phrase in phrases:
        unit = next((u for u in _UNIT_KEYS if phrase.keys[:len(u)] == u), None)
        if unit is not None and len(phrase.keys) - len(unit) >= 2:
            spellings.setdefault(phrase.keys[len(unit):], set()).add(phrase.forms[len(unit):])
    return _spelled_one_way(spellings)


def document_names(text: str) -> dict[str, list[Phrase]]:
    """Names a text writes with their marks, as proper phrases by first key: where the same letters lost their marks
    elsewhere (`HUYEN THANH HOA` over `Thạnh Hóa, ngày ...`), the document's own spelling is the right one, not the
    better-known name (the province `Thanh Hóa`). A name the text spells two ways is left out."""
    spellings: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for line in nfc(text).split("\n"):
        for run in re.finditer(r"(?:[^\W\d_]+[ \t]+)*[^\W\d_]+", line):
            for name in _capitalised_runs(run.group().split()):
                if any(not w.isascii() for w in name) and all(is_syllable(w.lower()) for w in name):
                    forms = tuple(new_style(w.lower()) for w in name)
                    spellings.setdefault(tuple(strip_marks(f) for f in forms), set()).add(forms)
    return _spelled_one_way(spellings)


def _spelled_one_way(spellings: dict[tuple[str, ...], set[tuple[str, ...]]]) -> dict[str, list[Phrase]]:
    """Names (folded keys → the spellings found) as proper phrases by first key, longest first; a name found spelled
    two ways is left out."""
    first: dict[str, list[Phrase]] = {}
    for keys, forms in sorted(spellings.items()):
        if len(forms) == 1:
            first.setdefault(keys[0], []).append(Phrase(keys, next(iter(forms)), True))
    for phrases in first.values():
        phrases.sort(key=lambda phrase: -len(phrase.keys))
    return first


def _capitalised_runs(words: list[str]) -> list[tuple[str, ...]]:
    """The runs of two to four capitalised words among `words` (`Thạnh Hóa`, `HUYỆN THẠNH HÓA`)."""
    runs, current = [], []
    for word in [*words, ""]:
        if word[:1].isupper():
            current.append(word)
            continue
        if 2 <= len(current) <= 4:
            runs.append(tuple(current))
        current = []
    return runs


@lru_cache(maxsize=65536)
def plain_key(raw: str) -> str:
    """Lower-case key without marks (`Tỉnh` → `tinh`)."""
    return strip_marks(raw.lower())


def _joinable(gap: str) -> bool:
    return not gap.strip(" \t\n,-–") and "\f" not in gap and gap.count("\n") < 2


def _exact_match(keys, joinable, i, first) -> tuple[Phrase, float] | None:
    for phrase in first.get(keys[i], ()):
        n = len(phrase.keys)
        if (n >= 3 or phrase.proper) and tuple(keys[i : i + n]) == phrase.keys and all(joinable[i : i + n - 1]):
            return phrase, 1.0
    return None


def _longer(own: tuple[Phrase, float] | None, known: tuple[Phrase, float] | None) -> tuple[Phrase, float] | None:
    """The document's own spelling unless a longer known phrase starts at the same word."""
    if own and known and len(known[0].keys) > len(own[0].keys):
        return known
    return own or known


def _fuzzy_match(tokens, keys, joinable, i, by_length, unique) -> tuple[Phrase, float] | None:
    for n in sorted(by_length, reverse=True):
        if n < 2 or i + n > len(tokens) or not all(joinable[i : i + n - 1]):
            continue
        if any(t.raw.isdigit() for t in tokens[i : i + n]):
            continue
        query = " ".join(keys[i : i + n])
        found = process.extract(query, by_length[n], scorer=fuzz.ratio, limit=2, score_cutoff=FUZZY_CUTOFF - 20)
        if not found or found[0][1] < FUZZY_CUTOFF:
            continue
        if len(found) > 1 and found[0][1] - found[1][1] < FUZZY_MARGIN:
            continue
        phrase = unique[found[0][0]]
        window = tokens[i : i + n]
        if all(_token_close(t, k, p) for t, k, p in zip(window, keys[i : i + n], phrase.keys, strict=True)):
            return phrase, found[0][1] / 100
    return None


def _token_close(token: Token, key: str, phrase_key: str) -> bool:
    """A window token fits a phrase token: clean words must match exactly, damaged ones closely."""
    if token.raw.isascii() and token.raw.isalpha() and key in _stripped_keys() and len(key) > 2:
        return key == phrase_key
    distance = Levenshtein.distance(key, phrase_key)
    return distance <= 1 or (distance <= max(2, len(phrase_key) // 2) and key[:1] == phrase_key[:1])


# ---------------------------------------------------------------- person names

@cache
def surname_forms() -> dict[str, str]:
    """Folded key → lower-case family name from `patterns/surnames.txt` (keys shared by two names are
    left out)."""
    found: dict[str, set[str]] = {}
    for line in read_lines("surnames.txt"):
        form = new_style(nfc(line.strip()).lower())
        if form.isalpha():
            found.setdefault(strip_marks(form), set()).add(form)
    return {key: next(iter(forms)) for key, forms in found.items() if len(forms) == 1}


def _title_word(token: Token) -> bool:
    raw = token.raw
    return raw.isalpha() and raw[0].isupper() and (len(raw) == 1 or raw[1:].islower())


def favour_surnames(text: str, tokens: list[Token]) -> None:
    """A capitalised word followed on its line by two more (`Nguyen Van Thang`) is read as a person's
    name: its family-name form (`Nguyễn`, `Lê`) gets a channel bonus."""
    names = surname_forms()
    for i in range(len(tokens) - 2):
        token = tokens[i]
        if not token.restorable or not _title_word(token):
            continue
        form = names.get(plain_key(token.raw))
        if form is None or not all(_title_word(t) for t in tokens[i + 1 : i + 3]):
            continue
        gaps = [text[a.end : b.start] for a, b in zip(tokens[i : i + 2], tokens[i + 1 : i + 3], strict=True)]
        if any(gap.strip() or "\n" in gap for gap in gaps):
            continue
        if all(c != form for c, _ in token.candidates):
            token.candidates = [*token.candidates, (form, 0.0)]  # `Phan`: a form too rare beside `phần` to be proposed
        token.candidates = [(c, channel + SURNAME_BONUS if c == form else channel)
                            for c, channel in token.candidates]


# ---------------------------------------------------------------- decoding

def _case_evidence(text: str, chain: list[Token]) -> list[bool | None]:
    """Per token: written with a capital initial (True) or in lower case (False) inside a clause; None
    for the first word of a chain or of a line, and for all-caps or mixed words (no evidence)."""
    cases: list[bool | None] = []
    for k, token in enumerate(chain):
        raw = token.raw
        gap = text[chain[k - 1].end : token.start] if k else ""
        if k == 0 or "\n" in gap or "\t" in gap or not raw.isalpha():
            cases.append(None)
        elif raw.islower():
            cases.append(False)
        elif raw[0].isupper() and (len(raw) == 1 or raw[1:].islower()):
            cases.append(True)
        else:
            cases.append(None)
    return cases


def _decode_chain(chain: list[Token], text: str) -> None:
    options = [t.candidates if t.restorable else [(t.context, 0.0)] for t in chain]
    chosen = viterbi(options, _case_evidence(text, chain))
    contexts = [options[k][c][0] for k, c in enumerate(chosen)]
    for k, token in enumerate(chain):
        if not token.restorable:
            continue
        previous = contexts[k - 1] if k else START
        following = contexts[k + 1] if k + 1 < len(chain) else END
        form = contexts[k]
        token.fixed = apply_case(token.raw, form)
        token.fixed_score = local_confidence(previous, options[k], chosen[k], following)
        token.context = form


def _chain_breaks(text: str, tokens: list[Token]) -> list[int]:
    """Token indexes that start a new chain: punctuation, a page break or a blank line before them."""
    breaks = []
    for i in range(1, len(tokens)):
        gap = text[tokens[i - 1].end : tokens[i].start]
        if gap.strip() or "\f" in gap or gap.count("\n") >= 2:
            breaks.append(i)
    return breaks


def marked_share(text: str) -> float:
    """Share of words that are valid Vietnamese syllables carrying marks. Plain capital words are left
    out (abbreviations such as `UBND`), but marked capitals (`ĐÁNH GIÁ`) count: they prove the marks."""
    found = [w for w in words(text) if not (w.isupper() and len(w) > 1 and w.isascii())]
    if not found:
        return 0.0
    return sum(1 for w in found if not w.isascii() and is_syllable(w) and "é" not in w.lower()) / len(found)


def restore_edits(
    text: str, ocr_page: bool, names: dict[str, list[Phrase]] | None = None
) -> list[tuple[int, int, str, float]]:
    """Return the edits (start, end, replacement, score) that restore a text, sorted by position.
    In text that already has normal marks, plain words are trusted and only damaged ones change."""
    tokens = tokenize_text(text)
    # Short clean texts (a name line) carry few marks: with no damage at all, a quarter is enough.
    clean = _mixed_marks(text, ocr_page)
    for token in tokens:
        if token.fixed is None and not (clean and token.raw.isascii() and token.raw.isalpha()):
            classify(token, ocr_page)
    gaps = []
    line_start = 0
    index = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        first = index
        while index < len(tokens) and tokens[index].start < line_end:
            index += 1
        if first < index and not clean:
            gaps += [(s + line_start, e + line_start, t) for s, e, t in
                     apply_rules(line, _shifted(tokens[first:index], -line_start))]
            _shifted(tokens[first:index], line_start)
        line_start = line_end + 1
    if not clean:
        match_lexicon(text, tokens, ocr_page, None if ocr_page else names)  # OCR'd marks are no one's spelling
        favour_surnames(text, tokens)
    breaks = [0, *_chain_breaks(text, tokens), len(tokens)]
    for a, b in zip(breaks, breaks[1:], strict=False):
        chain = tokens[a:b]
        if any(t.restorable for t in chain):
            _decode_chain(chain, text)
    edits = [(t.start, t.end, t.fixed, round(t.fixed_score, 4)) for t in tokens
             if t.fixed is not None and t.fixed != t.raw]
    edits += [(s, e, replacement, 1.0) for s, e, replacement in gaps]
    return sorted(edits)


def _shifted(tokens: list[Token], delta: int) -> list[Token]:
    for token in tokens:
        token.start += delta
        token.end += delta
    return tokens


def tokenize_text(text: str) -> list[Token]:
    """Tokens of a whole text with offsets into it (codes are tokenized line by line)."""
    tokens = []
    line_start = 0
    for line in text.split("\n"):
        tokens += _shifted(tokenize_line(line), line_start)
        line_start += len(line) + 1
    return tokens


def restore_text(text: str, names: dict[str, list[Phrase]] | None = None) -> Restoration:
    """Restore the diacritics of a text (one page or more), keeping its line structure; every change
    is returned with offsets into the restored text. `names`: the document's own spellings (`document_names`)."""
    text = nfc(text)
    ocr_page = damaged_share(text) >= DAMAGED_SHARE_OCR
    return _applied(text, restore_edits(text, ocr_page, names))


def _applied(text: str, edits: list[tuple[int, int, str, float]]) -> Restoration:
    """The text with sorted, non-overlapping edits (start, end, replacement, score) made, and their changes."""
    pieces: list[str] = []
    changes: list[Change] = []
    cursor = 0
    shift = 0
    for start, end, replacement, score in edits:
        pieces.append(text[cursor:start])
        out_start = start + shift
        changes.append(Change(out_start, out_start + len(replacement), text[start:end], replacement, score))
        pieces.append(replacement)
        shift += len(replacement) - (end - start)
        cursor = end
    pieces.append(text[cursor:])
    return Restoration("".join(pieces), changes)


def restore_page_texts(pages: list[str]) -> list[Restoration]:
    """Restore each page that needs it; other pages come back unchanged with no changes."""
    return [restore_text(page) if needs_restoration(page) else Restoration(nfc(page), []) for page in pages]


def restore_page(page: str) -> Restoration:
    """Restore a page: all of it when it lost its marks, else only the runs of lines that lost theirs
    (a header typed without marks, a paragraph pasted from an OCR'd copy)."""
    page = nfc(page)
    if needs_restoration(page) and not _mixed_marks(page):
        return restore_text(page, document_names(page))
    return restore_stripped_lines(page)


def _mixed_marks(text: str, ocr_page: bool = False) -> bool:
    """A text whose marks are normal in part (a quarter of its words or more, no OCR damage): its plain words are
    trusted as written, so only its lines that lost every mark are restored (`restore_stripped_lines`)."""
    share = marked_share(text)
    return not ocr_page and (share >= MARKED_SHARE_NORMAL or (share >= 0.25 and damaged_share(text) == 0))


def is_stripped_line(line: str) -> bool:
    """Tell whether a line is Vietnamese that lost every mark: at least three words besides codes and
    abbreviations (`UBND`, `TTHC`), none of them marked, nearly all of them Vietnamese syllables."""
    found = [w for w in _WORD_OR_LOOKALIKE.findall(line) if not any(c.isdigit() for c in w)]
    found = [w for w in found if not (w.isupper() and len(w) > 1 and not _looks_vietnamese(w.lower()))]
    if len(found) < STRIPPED_LINE_WORDS or not all(w.isascii() for w in found):
        return False
    return sum(1 for w in found if _looks_vietnamese(w.lower())) >= STRIPPED_LINE_SHARE * len(found)


def restore_stripped_lines(text: str, names: dict[str, list[Phrase]] | None = None) -> Restoration:
    """Restore only the stripped lines of a text whose marks are otherwise normal; consecutive stripped
    lines are restored together, so that a two-line header (`UY BAN NHAN DAN` / `XA HON DAT`) keeps
    its context. Changes carry offsets into the restored text. `names`: the document's own spellings, read from
    `text` when not given and only when a line lost its marks (most pages have none)."""
    text = nfc(text)
    pieces: list[str] = []
    changes: list[Change] = []
    shift = 0
    cursor = 0
    runs = _stripped_runs(text)
    repairs = _damaged_lines(text, runs)
    if (runs or repairs) and names is None:
        names = document_names(text)
    for start, end in sorted(runs + repairs):
        piece = text[start:end]
        block = restore_text(piece, names) if (start, end) in runs else _repaired(piece, names)
        pieces += [text[cursor:start], block.text]
        out_start = start + shift
        changes += [Change(out_start + c.start, out_start + c.end, c.raw, c.restored, c.score) for c in block.changes]
        shift += len(block.text) - (end - start)
        cursor = end
    pieces.append(text[cursor:])
    return Restoration("".join(pieces), changes)


def _damaged_lines(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each line outside the stripped runs that holds an OCR'd quarter (`quy 11/2024`), a zero read as
    the letter O (`tháng 1O`), a table's bar read as a letter (`| 5 l Huyện Nam Trực l 6.942 |`) or a word with a
    letter read as a digit (`t1nh`, `ch1 tiêu`, `S6 hóa`)."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        inside = any(a <= start and end <= b for a, b in runs)
        if not inside and (quarter_edits(line) or zero_edits(line) or bar_edits(line) or phrase_edits(line)
                           or any(digit_in_word(w) for w in _WORD_OR_LOOKALIKE.findall(line))):
            found.append((start, end))
        start = end + 1
    return found


def phrase_edits(line: str) -> list[tuple[int, int, str]]:
    """Edits (start, end, text) that restore a domain phrase of `patterns/lexicon/` written without any mark inside a
    line whose other words keep theirs (`tiếp nhận 38.416 ho so`, `cap huyen 287 TTHC`): a run of plain words that
    is a phrase's key exactly, in lower case or capitalised as a sentence opens, is that phrase lost its marks."""
    _, _, unique = lexicon()
    if not _may_hold_plain_phrase(line):
        return []  # (most lines: no two plain words in a row that open a phrase; no need to tokenize)
    tokens = tokenize_line(line)
    keys = [t.raw if t.raw.isascii() and t.raw.isalpha() else None for t in tokens]
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        found = None
        for n in (4, 3, 2):
            window = keys[i:i + n]
            if len(window) < n or None in window or not all(
                    _joinable(line[a.end:b.start]) for a, b in zip(tokens[i:i + n], tokens[i + 1:i + n], strict=False)):
                continue
            phrase = unique.get(" ".join(w.lower() for w in window))
            if phrase and all(w.islower() or (k == 0 and w.istitle()) for k, w in enumerate(window)) and any(
                    form != strip_marks(form) for form in phrase.forms):
                found = phrase, n
                break
        if found is None:
            i += 1
            continue
        phrase, n = found
        edits += [(t.start, t.end, apply_case(t.raw, form)) for t, form in zip(tokens[i:i + n], phrase.forms,
                                                                                strict=True) if form != t.raw]
        i += n
    return edits


_PLAIN_RUN = re.compile(r"(?<!\w)[A-Za-z]+(?:[ \t,\-–]+[A-Za-z]+)+(?!\w)")


def _may_hold_plain_phrase(line: str) -> bool:
    """Whether a line has a run of plain words two of which, in a row, are a lexicon phrase's first two keys."""
    openings = _phrase_openings()
    for run in _PLAIN_RUN.finditer(line):
        words = run.group().lower().replace(",", " ").replace("-", " ").replace("–", " ").split()
        if any(pair in openings for pair in zip(words, words[1:], strict=False)):
            return True
    return False


@cache
def _phrase_openings() -> frozenset[tuple[str, ...]]:
    """The first two keys of every unambiguous lexicon phrase (`("ho", "so")`)."""
    return frozenset(phrase.keys[:2] for phrase in lexicon()[2].values())


def _repaired(line: str, names: dict[str, list[Phrase]] | None) -> Restoration:
    """A marked line with only its OCR damage read: the quarter's numeral, a month's or year's zero, a table's bar,
    a domain phrase written plain and the words whose digit stands for the letter it resembles; every other word is
    trusted as written."""
    edits = [(s, e, t, score) for s, e, t, score in restore_edits(line, False, names)
             if digit_in_word(line[s:e]) and reads_digit_as_letter(line[s:e], t)]
    taken = [(s, e) for s, e, _, _ in edits]
    rules = quarter_edits(line) + zero_edits(line) + bar_edits(line) + phrase_edits(line)
    edits += [(s, e, t, 1.0) for s, e, t in rules if not any(s < b and a < e for a, b in taken)]
    return _applied(line, sorted(edits))


def _stripped_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of consecutive stripped lines."""
    runs: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if is_stripped_line(line):
            if runs and runs[-1][1] == start - 1:
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((start, end))
        start = end + 1
    return runs


def format_diff(restoration: Restoration) -> str:
    """Show the changed lines of a restoration, `[-raw-]{+restored+}` inline, with each change's score."""
    text = restoration.text
    output = []
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    by_line: dict[int, list[Change]] = {}
    for change in restoration.changes:
        number = max(i for i, s in enumerate(line_starts) if s <= change.start)
        by_line.setdefault(number, []).append(change)
    for number, line_changes in sorted(by_line.items()):
        start = line_starts[number]
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        marked, cursor = [], start
        for change in line_changes:
            marked.append(text[cursor : change.start])
            marked.append(f"[-{change.raw}-]{{+{change.restored}+}}")
            cursor = change.end
        marked.append(text[cursor:end])
        scores = " ".join(f"{c.restored}={c.score:.2f}" for c in line_changes)
        output.append(f"{number + 1:>5}: {''.join(marked)}\n       scores: {scores}")
    summary = f"{len(restoration.changes)} change(s)"
    return "\n".join([*output, summary])


def restored_words(text: str) -> list[str]:
    """The alphabetic words of a text (used by the evaluation to compare syllables)."""
    return words(text)
