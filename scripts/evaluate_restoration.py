"""Measure diacritic restoration on clean Vietnamese text that the model scoring it never counted.

Run from the project root: `python scripts/evaluate_restoration.py [--shared ../shared] [--ocr-pages 2]`
(`--held-out` adds the held-out admin reports; see the protocol below).

The production model (`scripts/build_lm.py`) counts the clean admin reports of `corpus/`, so each admin set
is scored with a model built here the same way but WITHOUT that set (leave one set out: legal training
files, index-766.md, pattern files, and every other clean report, `--report-weight` times each). The
phrase lexicon (`patterns/lexicon/`) is the committed one for every set; what it was written from is in
each row's note.

Sets:
* dev admin, seeds: corpus/000, 001, 003, 004 — TUNED: parts of the phrase lexicon were written after
  reading this script's error list on them (96.6% before those sections); the report weight was chosen on
  them (and 101-103) with `--tuning`;
* dev admin, reports 101-103 — SEEN: their errors were read while the trigram model, the case channel, the
  family-name rule and the lexicon's last section were developed; the report weight was chosen on them;
* held-out admin: every blind set named in `build_lm.REPORT_DIRS` (corpus/blind/ 104-105, blind2/ 106-108,
  blind3/ 109-111, blind4/ 112-115, blind5/ 116-119, blind6/ 120-123), one row per set, each scored with a
  model rebuilt without that set (the other blind sets counted), then a combined row (all their syllables,
  each scored by its own leave-one-set-out model). corpus/blind/ and blind2/ were never looked at by
  restoration work; blind3-blind6 never looked at by anyone working on restoration (their text only ever
  aggregated). The lexicon was never written from them; only with `--held-out`, and only aggregate figures
  are printed for them (never their errors);
* legal: the first `--legal-chars` characters of each held-out VLC legal file (every 10th file), scored with
  the model of all reports (the legal slice is never counted).

`--tuning` (for choosing the report weight on dev data): every model also leaves out every blind set
(`HELD_OUT_DIRS`), so held-out text cannot sway the choice; refuses `--held-out`.

Two conditions:
* stripped: all marks removed (`strip_marks`, case kept), then `restore_text`; words align one to one;
* English OCR: the clean text rendered to 300 dpi pages (DejaVu Serif 12 pt, PIL) and read with
  `tesseract -l eng` (the way seed 002 was made), then restored; words aligned to the truth with difflib.

Syllable accuracy counts the truth's Vietnamese syllables (lower case, tone placement `hoà`=`hòa`)
that come out right. Speed is measured after the model is loaded. Published reference points:
dictionary + bigram Viterbi 95.0% on news (underthesea), phrase-based SMT 97.3% (Pham et al., 2017).
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_lm  # noqa: E402

from extractor.restore import restore_text  # noqa: E402
from extractor.restore_lm import new_style, use_model_file  # noqa: E402
from extractor.vietnamese import is_syllable, nfc, strip_marks, words  # noqa: E402

ADMIN_SEEDS = ("000", "001", "003", "004")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DPI = 300
PAGE_W, PAGE_H, MARGIN = 2480, 3508, 200
FONT_PX = 50           # 12 pt at 300 dpi
LINES_PER_PAGE = 44
WRAP = 70


# Every blind set the production model counts (each one is held out of its own evaluation model).
HELD_OUT_DIRS = tuple(d for d in build_lm.REPORT_DIRS if Path(d).name.startswith("blind"))
HELD_OUT_PREFIX = "held-out admin"


@dataclass
class EvalSet:
    """An evaluation set: its files (project-relative) and what its model must leave out."""

    name: str
    files: list[Path]
    note: str
    admin: bool = True

    def texts(self) -> dict[str, str]:
        """The clean texts of the set, NFC."""
        return {p.name: nfc((ROOT / p).read_text(encoding="utf-8")) for p in self.files}


def _relative(paths) -> list[Path]:
    return [p.relative_to(ROOT) for p in paths]


def admin_sets(held_out: bool) -> list[EvalSet]:
    """The admin sets; the held-out ones only when asked for."""
    corpus = ROOT / "corpus"
    sets = [
        EvalSet("dev admin: seeds 000/001/003/004 (tuned)",
                _relative(next(corpus.glob(f"{seed}_*.txt")) for seed in ADMIN_SEEDS),
                "lexicon sections written after reading errors on these; report weight chosen on them"),
        EvalSet("dev admin: reports 101-103 (seen)", _relative(sorted(corpus.glob("10[1-3]_*.txt"))),
                "lexicon's last section written after reading errors on these; report weight chosen on them"),
    ]
    if held_out:
        sets += [held_out_set(folder) for folder in HELD_OUT_DIRS]
    return sets


def held_out_set(folder: str) -> EvalSet:
    """One blind set (a `corpus/blind*` directory), scored with a model built without it."""
    files = sorted((ROOT / folder).glob("*.txt"))
    numbers = [p.name[:3] for p in files]
    span = f"{numbers[0]}-{numbers[-1]}" if len(numbers) > 1 else "".join(numbers)
    return EvalSet(f"{HELD_OUT_PREFIX}: {Path(folder).name} {span}", _relative(files),
                   "never looked at by restoration work; lexicon never written from it; aggregate only")


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
    restore_text("Thu tuc hanh chinh")  # load the model before timing
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
    return {"syllables": total, "right": right, "accuracy": right / total, "accuracy_cased": right_cased / total,
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


def combined_row(results: list[tuple[int, dict]]) -> str:
    """The table row pooling the held-out sets (each scored by its own leave-one-set-out model)."""
    files = sum(n for n, _ in results)
    total = sum(r["syllables"] for _, r in results)
    right = sum(r["right"] for _, r in results)
    return (f"| {HELD_OUT_PREFIX}: all {len(results)} blind sets combined | stripped | {files} | {total} | "
            f"{right / total:.2%} | pooled syllables, each set scored with a model built without it |")


def unseen_row(folders: list[str]) -> str:
    """The table row of blind folders no model counts, scored with the committed production model."""
    counted = set(build_lm.REPORT_DIRS)
    if counted & {str(Path(folder)) for folder in folders}:
        raise SystemExit(f"{sorted(counted & set(folders))} are counted by the production model: not unseen")
    texts: dict[str, str] = {}
    for folder in folders:
        texts.update(held_out_set(folder).texts())
    result = stripped_accuracy(texts)
    names = ", ".join(Path(folder).name for folder in folders)
    return (f"| unseen admin: {names} | stripped | {len(texts)} | {result['syllables']} | {result['accuracy']:.2%} "
            "| production model, never counted in it; aggregate only |")


def leave_out_model(base: build_lm.Counts, exclude: list[Path], weight: int, folder: Path) -> Path:
    """Write a model counting the base and every clean report but the excluded paths; return its file."""
    counts = base.copy()
    build_lm.add_reports(counts, build_lm.report_files(exclude), weight)
    path = folder / f"lm_{len(list(folder.iterdir()))}.tsv.gz"
    counts.write(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--legal-chars", type=int, default=40000)
    parser.add_argument("--ocr-pages", type=int, default=2, help="pages per document for the OCR condition")
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--no-legal", action="store_true", help="skip the legal slice")
    parser.add_argument("--held-out", action="store_true",
                        help="also evaluate the held-out admin reports (corpus/blind*/): run once, when frozen")
    parser.add_argument("--report-weight", type=int, default=build_lm.REPORT_WEIGHT,
                        help="times each clean report is counted in the leave-one-set-out models")
    parser.add_argument("--tuning", action="store_true",
                        help="leave every blind set out of every model (for choosing the weight)")
    parser.add_argument("--ocr-sets", default="held-out admin",
                        help="comma-separated names of the sets for the (slow) OCR condition, or `all`")
    parser.add_argument("--quiet-errors", action="store_true",
                        help="do not print the top errors of the dev sets")
    parser.add_argument("--unseen", nargs="+", metavar="DIR",
                        help="only score these blind folders, which no model counts, with the production model "
                             "(aggregate only, never their errors), then stop")
    args = parser.parse_args()
    if args.unseen:
        print(unseen_row(args.unseen))
        return
    if args.tuning and args.held_out:
        parser.error("--tuning chooses the weight on dev data only: it cannot be combined with --held-out")
    sets = admin_sets(args.held_out)
    if not args.no_legal:
        legal = legal_texts(args.shared, args.legal_chars)
        sets.append(EvalSet("legal (held-out slice)", [], "model of all reports (legal slice never counted)",
                            admin=False))
    always_out = [Path(d) for d in HELD_OUT_DIRS] if args.tuning else []
    base = build_lm.base_counts(args.shared)
    print(f"report weight {args.report_weight}; each admin set scored with a model built without it"
          + ("; tuning: every blind set out of every model" if args.tuning else ""))
    print("| set | condition | files | syllables | syllable accuracy | note |")
    print("|---|---|---|---|---|---|")
    ocr_wanted = [w.strip() for w in args.ocr_sets.split(",")]
    held_out_results: list[tuple[int, dict]] = []
    with tempfile.TemporaryDirectory() as folder:
        for item in sets:
            texts = item.texts() if item.admin else legal
            exclude = [*always_out, *item.files]
            use_model_file(leave_out_model(base, exclude, args.report_weight, Path(folder)))
            result = stripped_accuracy(texts)
            print(f"| {item.name} | stripped | {len(texts)} | {result['syllables']} | {result['accuracy']:.2%} | "
                  f"{item.note}; case also right {result['accuracy_cased']:.2%}; "
                  f"{result['speed']:,.0f} words/s |", flush=True)
            if item.name.startswith(HELD_OUT_PREFIX):
                held_out_results.append((len(texts), result))
                if len(held_out_results) == len(HELD_OUT_DIRS):
                    print(combined_row(held_out_results), flush=True)
            if not (args.quiet_errors or item.name.startswith(HELD_OUT_PREFIX)):
                print(f"<!-- top errors (truth→restored): {result['top_errors']} -->", file=sys.stderr)
            if args.no_ocr or (args.ocr_sets != "all" and not any(item.name.startswith(w) for w in ocr_wanted)):
                continue
            result = ocr_accuracy(texts, args.ocr_pages)
            print(f"| {item.name} | English-model OCR | {len(texts)} | {result['syllables']} | "
                  f"{result['restored']:.2%} | raw OCR {result['raw_ocr']:.2%}; {result['pages']} pages, "
                  "difflib-aligned |", flush=True)
        use_model_file(None)
    print("| published: underthesea dictionary + bigram Viterbi | stripped news | | | 95.0% | |")
    print("| published: phrase-based SMT (Pham et al., 2017) | stripped news | | | 97.3% | |")


if __name__ == "__main__":
    main()
