"""Syllable language model and Viterbi decoder for Vietnamese diacritic restoration.

The model is a syllable bigram with interpolated Kneser-Ney smoothing. Its counts live in
`patterns/lm/syllable_bigrams.tsv.gz`, built by `scripts/build_lm.py` from the VLC legal corpus (held-out
slice excluded), hand-written domain phrases and government abbreviation expansions. Tokens are
lower-case syllables in the new tone style (`hòa`, `thủy`); numbers are `<num>`, other words `<x>`.
"""

from __future__ import annotations

import gzip
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .patterns import pattern_path
from .vietnamese import canonical_tone, nfc, strip_marks, syllables

MODEL_FILE = "lm/syllable_bigrams.tsv.gz"
START, END, NUM, OTHER = "<s>", "</s>", "<num>", "<x>"
DISCOUNT = 0.75
NEG_INF = float("-inf")

# Training tokens: letter runs and numbers; any non-space character between two tokens breaks a chain.
_TRAIN_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*")


def new_style(word: str) -> str:
    """Move an old-style tone on an open `oa`/`oe`/`uy` ending to the first vowel (`hoà`→`hòa`)."""
    return canonical_tone(word)


def lm_token(word: str) -> str:
    """Map a surface word to its LM token: canonical lower-case syllable, `<num>` or `<x>`."""
    if word[:1].isdigit():
        return NUM
    lowered = new_style(word.lower())
    return lowered if lowered in inventory() else OTHER


def training_chains(text: str) -> Iterator[list[str]]:
    """Yield the LM token chains of a text: one chain per punctuation-free stretch of a line."""
    for line in nfc(text).splitlines():
        chain: list[str] = []
        last_end = 0
        for match in _TRAIN_TOKEN.finditer(line):
            if chain and line[last_end : match.start()].strip():
                yield chain
                chain = []
            chain.append(lm_token(match.group()))
            last_end = match.end()
        if chain:
            yield chain


@cache
def inventory() -> frozenset[str]:
    """Return the syllable inventory in the canonical (new) tone style."""
    return frozenset(new_style(s) for s in syllables())


@dataclass
class BigramModel:
    """Interpolated Kneser-Ney bigram over syllables, with log10 probabilities precomputed."""

    bigram_logp: dict[str, dict[str, float]]
    backoff: dict[str, float]
    continuation: dict[str, float]
    unigram_counts: dict[str, int]
    floor: float

    def logp(self, previous: str, word: str) -> float:
        """Return log10 P(word | previous)."""
        row = self.bigram_logp.get(previous)
        if row is not None:
            value = row.get(word)
            if value is not None:
                return value
        return self.backoff.get(previous, 0.0) + self.continuation.get(word, self.floor)

    def count(self, word: str) -> int:
        """Return the training count of a syllable (0 if unseen)."""
        return self.unigram_counts.get(word, 0)


def read_counts(lines: Iterable[str]) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """Parse the model file: `u<TAB>word<TAB>count` and `b<TAB>prev<TAB>word<TAB>count` lines."""
    unigrams: dict[str, int] = {}
    bigrams: dict[tuple[str, str], int] = {}
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "b":
            bigrams[(parts[1], parts[2])] = int(parts[3])
        elif parts[0] == "u":
            unigrams[parts[1]] = int(parts[2])
    return unigrams, bigrams


def kneser_ney(unigrams: dict[str, int], bigrams: dict[tuple[str, str], int]) -> BigramModel:
    """Turn raw counts into an interpolated Kneser-Ney bigram model."""
    history_total: dict[str, int] = defaultdict(int)
    history_types: dict[str, int] = defaultdict(int)
    continuation_types: dict[str, int] = defaultdict(int)
    for (previous, word), count in bigrams.items():
        history_total[previous] += count
        history_types[previous] += 1
        continuation_types[word] += 1
    vocabulary = len(inventory()) + 3
    total_types = len(bigrams) + 0.5 * vocabulary
    continuation = {w: math.log10((n + 0.5) / total_types) for w, n in continuation_types.items()}
    floor = math.log10(0.5 / total_types)
    backoff_weight = {v: DISCOUNT * history_types[v] / history_total[v] for v in history_total}
    backoff = {v: math.log10(weight) for v, weight in backoff_weight.items()}
    table: dict[str, dict[str, float]] = defaultdict(dict)
    for (previous, word), count in bigrams.items():
        interpolated = (count - DISCOUNT) / history_total[previous]
        interpolated += backoff_weight[previous] * 10 ** continuation.get(word, floor)
        table[previous][word] = math.log10(interpolated)
    return BigramModel(dict(table), backoff, continuation, unigrams, floor)


@cache
def model() -> BigramModel:
    """Load the committed model once per process."""
    with gzip.open(pattern_path(MODEL_FILE), "rt", encoding="utf-8") as handle:
        unigrams, bigrams = read_counts(handle)
    return kneser_ney(unigrams, bigrams)


@cache
def forms_by_key() -> dict[str, tuple[str, ...]]:
    """Map a stripped lower-case key (`tinh`) to its syllables, most frequent first, seen ones only
    when any is seen."""
    lm = model()
    grouped: dict[str, list[str]] = defaultdict(list)
    for form in inventory():
        grouped[strip_marks(form)].append(form)
    result = {}
    for key, forms in grouped.items():
        seen = [f for f in forms if lm.count(f) > 0]
        chosen = seen or forms
        result[key] = tuple(sorted(chosen, key=lambda f: (-lm.count(f), f)))
    return result


@cache
def _key_list() -> list[str]:
    return sorted(forms_by_key())


@lru_cache(maxsize=65536)
def neighbour_keys(key: str, max_distance: int) -> tuple[tuple[str, int], ...]:
    """Return the syllable keys within `max_distance` edits of a key, with their distance."""
    found = process.extract(
        key, _key_list(), scorer=Levenshtein.distance, score_cutoff=max_distance, limit=None
    )
    return tuple(sorted(((k, int(d)) for k, d, _ in found), key=lambda item: (item[1], item[0])))


def viterbi(candidates: list[list[tuple[str, float]]]) -> list[int]:
    """Best candidate index per position for one chain; candidates are (lm_token, channel log10)."""
    lm = model()
    table, backoff, continuation, floor = lm.bigram_logp, lm.backoff, lm.continuation, lm.floor
    empty: dict[str, float] = {}
    scores = {START: 0.0}
    backpointers: list[dict[str, tuple[str, int]]] = []
    for options in candidates:
        unigram = [continuation.get(token, floor) for token, _ in options]
        step_scores: dict[str, float] = {}
        step_back: dict[str, tuple[str, int]] = {}
        rows = [(previous, score, table.get(previous, empty), backoff.get(previous, 0.0))
                for previous, score in scores.items()]
        for index, (token, channel) in enumerate(options):
            best, best_previous = NEG_INF, START
            fallback = unigram[index]
            for previous, score, row, weight in rows:
                value = row.get(token)
                total = score + (value if value is not None else weight + fallback)
                if total > best:
                    best, best_previous = total, previous
            best += channel
            if best > step_scores.get(token, NEG_INF):
                step_scores[token] = best
                step_back[token] = (best_previous, index)
        scores = step_scores
        backpointers.append(step_back)
    last = max(scores, key=lambda token: scores[token] + lm.logp(token, END))
    chosen: list[int] = []
    for step_back in reversed(backpointers):
        last, index = step_back[last]
        chosen.append(index)
    return chosen[::-1]


def local_confidence(previous: str, options: list[tuple[str, float]], chosen: int, following: str) -> float:
    """Probability of the chosen candidate among its alternatives given its decoded neighbours."""
    if len(options) == 1:
        return 1.0
    lm = model()
    table, backoff, continuation, floor = lm.bigram_logp, lm.backoff, lm.continuation, lm.floor
    row = table.get(previous, {})
    weight = backoff.get(previous, 0.0)
    following_fallback = continuation.get(following, floor)
    scores = []
    for token, channel in options:
        left = row.get(token)
        if left is None:
            left = weight + continuation.get(token, floor)
        right = table.get(token, {}).get(following)
        if right is None:
            right = backoff.get(token, 0.0) + following_fallback
        scores.append(left + right + channel)
    top = max(scores)
    total = sum(10 ** (score - top) for score in scores)
    return 10 ** (scores[chosen] - top) / total
