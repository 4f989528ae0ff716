"""Measure diacritic restoration on clean Vietnamese text that the model never counted.

Run from the project root: `python scripts/evaluate_restoration.py [--shared ../shared] [--ocr-pages 2]`
(`--held-out` adds the held-out admin reports; see the protocol below).

Sets (none of them is counted by `scripts/build_lm.py`):
* dev admin, seeds: corpus/000, 001, 003, 004 — TUNED: parts of the phrase lexicon were written after
  reading this script's error list on them (96.6% before those sections);
* dev admin, reports 101-103 — SEEN: never counted, but their errors were read while the trigram model,
  the case channel, the family-name rule and the lexicon's last section were developed;
* held-out admin: corpus/blind/104_nghe_an.txt, corpus/blind/105_can_tho.txt and corpus/blind2/*.txt —
  never opened, printed or evaluated during development; evaluated once, after the model was frozen
  (only with `--held-out`, so that development runs cannot peek at them);
* legal: the first `--legal-chars` characters of each held-out VLC legal file (every 10th file).

Two conditions:
* stripped: all marks removed (`strip_marks`, case kept), then `restore_text`; words align one to one;
* English OCR: the clean text rendered to 300 dpi pages (DejaVu Serif 12 pt, PIL) and read with
  `tesseract -l eng` (the way seed 002 was made), then restored; words aligned to the truth with difflib.

Syllable accuracy counts the truth's Vietnamese syllables (lower case, tone placement `hoà`=`hòa`)
that come out right. Published reference points: dictionary + bigram Viterbi 95.0% on news
(underthesea), phrase-based SMT 97.3% (Pham et al., 2017).
"""

from __future__ import annotations

import argparse
import difflib
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.restore import restore_text  # noqa: E402
from extractor.restore_lm import new_style  # noqa: E402
from extractor.vietnamese import is_syllable, nfc, strip_marks, words  # noqa: E402

ADMIN_SEEDS = ("000", "001", "003", "004")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DPI = 300
PAGE_W, PAGE_H, MARGIN = 2480, 3508, 200
FONT_PX = 50           # 12 pt at 300 dpi
LINES_PER_PAGE = 44
WRAP = 70


def admin_texts() -> dict[str, str]:
    """The clean held-out seed reports."""
    texts = {}
    for seed in ADMIN_SEEDS:
        path = next((ROOT / "corpus").glob(f"{seed}_*.txt"))
        texts[path.name] = nfc(path.read_text(encoding="utf-8"))
    return texts


def unseen_admin_texts() -> dict[str, str]:
    """Reports 101-103: never counted in the model, but seen during development (see above)."""
    return {p.name: nfc(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").glob("10[0-9]_*.txt"))}


def heldout_admin_texts() -> dict[str, str]:
    """The held-out admin reports: corpus/blind/104_nghe_an.txt, 105_can_tho.txt and corpus/blind2/*.txt."""
    paths = [ROOT / "corpus/blind/104_nghe_an.txt", ROOT / "corpus/blind/105_can_tho.txt"]
    paths += sorted((ROOT / "corpus/blind2").glob("*.txt"))
    return {p.name: nfc(p.read_text(encoding="utf-8")) for p in paths if p.is_file()}


def legal_texts(shared: Path, chars: int) -> dict[str, str]:
    """The start of each held-out legal file (every 10th file in sorted order)."""
    files = sorted(p for p in (shared / "data/vi-legal").glob("*.txt") if p.stat().st_size > 0)[::10]
    return {p.name: nfc(p.read_text(encoding="utf-8"))[:chars] for p in files}


def _norm(word: str) -> str:
    return new_style(word.lower())


def stripped_accuracy(texts: dict[str, str]) -> dict:
    """Strip, restore, compare word by word."""
    right = total = right_cased = 0
    syllable_count = 0
    started = time.perf_counter()
    errors: dict[tuple[str, str], int] = {}
    for text in texts.values():
        truth = words(text)
        restored = words(restore_text(strip_marks(text)).text)
        assert len(truth) == len(restored), "restoration must keep word boundaries"
        syllable_count += len(truth)
        for t, r in zip(truth, restored, strict=True):
            if not is_syllable(t):
                continue
            total += 1
            ok = _norm(t) == _norm(r)
            right += ok
            right_cased += ok and (t[:1].isupper() == r[:1].isupper())
            if not ok:
                errors[(t.lower(), r.lower())] = errors.get((t.lower(), r.lower()), 0) + 1
    elapsed = time.perf_counter() - started
    top = sorted(errors.items(), key=lambda item: -item[1])[:15]
    return {"syllables": total, "accuracy": right / total, "accuracy_cased": right_cased / total,
            "speed": syllable_count / elapsed, "top_errors": top}


def render_pages(text: str, max_pages: int):
    """Render text to grayscale page images at 300 dpi (wrapped at WRAP characters)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, FONT_PX)
    lines: list[str] = []
    for line in text.splitlines():
        lines += textwrap.wrap(line, WRAP) or [""]
    pages = []
    for first in range(0, len(lines), LINES_PER_PAGE):
        if len(pages) >= max_pages:
            break
        chunk = lines[first : first + LINES_PER_PAGE]
        image = Image.new("L", (PAGE_W, PAGE_H), 255)
        draw = ImageDraw.Draw(image)
        for k, line in enumerate(chunk):
            draw.text((MARGIN, MARGIN + k * int(FONT_PX * 1.45)), line, font=font, fill=0)
        pages.append(("\n".join(chunk), image))
    return pages


def _aligned_right(truth: list[str], output: list[str]) -> int:
    matcher = difflib.SequenceMatcher(None, truth, output, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def ocr_accuracy(texts: dict[str, str], max_pages: int) -> dict:
    """Render, OCR with the English model, restore; compare to the truth after alignment."""
    import pytesseract

    truth_total = raw_right = restored_right = 0
    pages_done = 0
    for text in texts.values():
        for truth_text, image in render_pages(text, max_pages):
            ocr = nfc(pytesseract.image_to_string(image, lang="eng", config=f"--dpi {DPI}"))
            truth = [_norm(w) for w in words(truth_text) if is_syllable(w)]
            raw = [_norm(w) for w in words(ocr)]
            restored = [_norm(w) for w in words(restore_text(ocr).text)]
            truth_total += len(truth)
            raw_right += _aligned_right(truth, raw)
            restored_right += _aligned_right(truth, restored)
            pages_done += 1
    return {"pages": pages_done, "syllables": truth_total, "raw_ocr": raw_right / truth_total,
            "restored": restored_right / truth_total}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--legal-chars", type=int, default=40000)
    parser.add_argument("--ocr-pages", type=int, default=2, help="pages per document for the OCR condition")
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--held-out", action="store_true",
                        help="also evaluate the held-out admin reports (corpus/blind*/): run once, when frozen")
    parser.add_argument("--ocr-sets", default="held-out admin",
                        help="comma-separated names of the sets for the (slow) OCR condition, or `all`")
    parser.add_argument("--quiet-errors", action="store_true",
                        help="do not print the top errors (use it for the held-out run)")
    args = parser.parse_args()
    sets = {"dev admin: seeds 000/001/003/004 (tuned)": admin_texts(),
            "dev admin: reports 101-103 (seen)": unseen_admin_texts()}
    if args.held_out:
        sets["held-out admin: blind 104/105 + blind2 (never looked at)"] = heldout_admin_texts()
    sets["legal (held-out slice)"] = legal_texts(args.shared, args.legal_chars)
    print("| set | condition | files | syllables | syllable accuracy | note |")
    print("|---|---|---|---|---|---|")
    for name, texts in sets.items():
        result = stripped_accuracy(texts)
        print(f"| {name} | stripped | {len(texts)} | {result['syllables']} | {result['accuracy']:.2%} | "
              f"case also right {result['accuracy_cased']:.2%}; {result['speed']:,.0f} words/s |")
        if not (args.quiet_errors or name.startswith("held-out admin")):
            print(f"<!-- top errors (truth→restored): {result['top_errors']} -->", file=sys.stderr)
    if not args.no_ocr:
        wanted = args.ocr_sets.split(",")
        for name, texts in sets.items():
            if args.ocr_sets != "all" and not any(name.startswith(w.strip()) for w in wanted):
                continue
            result = ocr_accuracy(texts, args.ocr_pages)
            print(f"| {name} | English-model OCR | {len(texts)} | {result['syllables']} | {result['restored']:.2%} | "
                  f"raw OCR {result['raw_ocr']:.2%}; {result['pages']} pages, difflib-aligned |")
    print("| published: underthesea dictionary + bigram Viterbi | stripped news | | | 95.0% | |")
    print("| published: phrase-based SMT (Pham et al., 2017) | stripped news | | | 97.3% | |")


if __name__ == "__main__":
    main()
