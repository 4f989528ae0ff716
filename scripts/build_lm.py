"""Build the syllable n-gram counts used by diacritic restoration (`patterns/lm/`).

Run from the project root: `python scripts/build_lm.py [--shared ../shared]`.

Sources (never the seed reports, which are kept out so they can serve as held-out evaluation text):
* `../shared/data/vi-legal/*.txt` — VLC legal corpus (GPL-3.0, undertheseanlp/resources @ cbdb3c3),
  except the held-out slice: every 10th file in sorted order, starting with the first
  (`heldout_legal_files`), which `scripts/evaluate_restoration.py` uses for evaluation;
* `patterns/lexicon/phrases.txt` — hand-written domain phrases, each counted `PHRASE_WEIGHT` times;
* `patterns/abbreviations.txt` expansions (soe-vinorm, MIT) and `patterns/provinces.jsonl` names;
* `../shared/data/index-766.md` — the research note on the Decision 766 index (indicator names);
* `patterns/indicators.jsonl` only with `--indicators`: the catalog is still edited after the held-out
  admin reports (`corpus/blind*/`) were written, and its synonyms may come to quote them, which would
  leak held-out text into the model.

Writes `patterns/lm/syllable_trigrams.tsv.gz` and `patterns/lm/SOURCES.txt` (what went in, with token
counts). Model file lines: `u\\tword\\tcount`, `b\\tprev\\tword\\tcount`, `t\\tw1\\tw2\\tw3\\tcount` (trigrams
seen at least `MIN_TRIGRAM_COUNT` times) and `c\\tword\\tcapitalised\\tinside` (how often a syllable is
written with a capital initial when it is not the first word of its line or clause, of how many such
occurrences; the decoder's case channel).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.restore import province_phrases  # noqa: E402
from extractor.restore_lm import END, MODEL_FILE, START, training_chains_cased  # noqa: E402

PHRASE_WEIGHT = 5
NAME_WEIGHT = 2
INDEX_WEIGHT = 1
MIN_BIGRAM_COUNT = 1
MIN_TRIGRAM_COUNT = 2


def heldout_legal_files(legal_dir: Path) -> list[Path]:
    """The legal files kept out of the counts: every 10th file in sorted order (0, 10, 20, ...)."""
    files = sorted(p for p in legal_dir.glob("*.txt") if p.stat().st_size > 0)
    return files[::10]


def training_legal_files(legal_dir: Path) -> list[Path]:
    """The legal files whose counts go into the model."""
    held = set(heldout_legal_files(legal_dir))
    return [p for p in sorted(legal_dir.glob("*.txt")) if p.stat().st_size > 0 and p not in held]


class Counts:
    """Unigram, bigram, trigram and capitalisation counters fed with token chains."""

    def __init__(self) -> None:
        self.unigrams: Counter[str] = Counter()
        self.bigrams: Counter[tuple[str, str]] = Counter()
        self.trigrams: Counter[tuple[str, str, str]] = Counter()
        self.capitalised: Counter[str] = Counter()
        self.inside: Counter[str] = Counter()
        self.tokens_by_source: Counter[str] = Counter()

    def add_text(self, text: str, source: str, weight: int = 1) -> None:
        """Add every chain of a text `weight` times."""
        for cased_chain in training_chains_cased(text):
            chain = [token for token, _ in cased_chain]
            self.tokens_by_source[source] += len(chain) * weight
            for token in chain:
                self.unigrams[token] += weight
            for token, capital in cased_chain[1:]:
                self.inside[token] += weight
                self.capitalised[token] += weight * capital
            padded = [START, *chain, END]
            for pair in zip(padded, padded[1:], strict=False):
                self.bigrams[pair] += weight
            for triple in zip(padded, padded[1:], padded[2:], strict=False):
                self.trigrams[triple] += weight

    def write(self, path: Path) -> None:
        """Write the counts, sorted for deterministic output."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with gzip.GzipFile(path, "wb", mtime=0) as raw:
            lines = [f"u\t{w}\t{c}\n" for w, c in sorted(self.unigrams.items())]
            lines += [
                f"b\t{v}\t{w}\t{c}\n" for (v, w), c in sorted(self.bigrams.items()) if c >= MIN_BIGRAM_COUNT
            ]
            lines += [
                f"t\t{u}\t{v}\t{w}\t{c}\n" for (u, v, w), c in sorted(self.trigrams.items())
                if c >= MIN_TRIGRAM_COUNT
            ]
            lines += [f"c\t{w}\t{self.capitalised[w]}\t{n}\n" for w, n in sorted(self.inside.items())
                      if w.isalpha()]
            raw.write("".join(lines).encode("utf-8"))


def phrase_lines(path: Path) -> list[str]:
    """Non-comment lines of a phrase file."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def add_pattern_sources(counts: Counts, with_indicators: bool) -> None:
    """Add the hand-written lexicon, abbreviation expansions, province names and indicators."""
    for path in sorted((ROOT / "patterns/lexicon").glob("*.txt")):
        counts.add_text("\n".join(phrase_lines(path)), f"patterns/lexicon/{path.name}", PHRASE_WEIGHT)
    expansions = []
    for line in phrase_lines(ROOT / "patterns/abbreviations.txt"):
        expansions += line.split(":", 1)[1].split(",")
    counts.add_text("\n".join(expansions), "patterns/abbreviations.txt", 1)
    counts.add_text("\n".join(province_phrases()), "patterns/provinces.jsonl", NAME_WEIGHT)
    indicators = ROOT / "patterns/indicators.jsonl"
    if with_indicators and indicators.is_file():
        texts = []
        for line in phrase_lines(indicators):
            if not line.startswith("{"):
                continue
            record = json.loads(line)
            texts += [record.get("name", ""), *record.get("synonyms", [])]
        counts.add_text("\n".join(texts), "patterns/indicators.jsonl", NAME_WEIGHT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument(
        "--indicators", action="store_true",
        help="also count patterns/indicators.jsonl (off by default: its synonyms may quote held-out reports)",
    )
    args = parser.parse_args()
    legal_dir = args.shared / "data/vi-legal"
    counts = Counts()
    for path in training_legal_files(legal_dir):
        counts.add_text(path.read_text(encoding="utf-8"), "vi-legal (training files)")
    counts.add_text((args.shared / "data/index-766.md").read_text(encoding="utf-8"), "index-766.md", INDEX_WEIGHT)
    add_pattern_sources(counts, args.indicators)
    counts.write(ROOT / "patterns" / MODEL_FILE)
    held = ", ".join(p.name for p in heldout_legal_files(legal_dir))
    report = [
        f"# Sources of patterns/{MODEL_FILE} (built by scripts/build_lm.py)",
        f"held-out legal files (not counted): {held}",
        "reports corpus/00*, corpus/10*, corpus/blind*/: not counted",
        *(f"{source}: {n} tokens" for source, n in sorted(counts.tokens_by_source.items())),
        f"distinct unigrams: {len(counts.unigrams)}; distinct bigrams: {len(counts.bigrams)}; "
        f"distinct trigrams: {len(counts.trigrams)} "
        f"({sum(c >= MIN_TRIGRAM_COUNT for c in counts.trigrams.values())} kept, count >= {MIN_TRIGRAM_COUNT})",
    ]
    (ROOT / "patterns/lm/SOURCES.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report))


if __name__ == "__main__":
    main()
