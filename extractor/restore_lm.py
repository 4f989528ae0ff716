"""Syllable language model and Viterbi decoder for Vietnamese diacritic restoration.

The model is a syllable trigram with interpolated Kneser-Ney-style smoothing (absolute discounting of
pruned trigram counts, interpolated with a Kneser-Ney bigram), plus a case channel: how often each
syllable is written with a capital initial inside a clause (`Sở`, `Long` are; `số`, `lòng` rarely are).
Its counts live in `patterns/lm/syllable_trigrams.tsv.gz`, built by `scripts/build_lm.py` from the VLC
legal corpus (held-out slice excluded), the clean administrative reports of `corpus/` (weighted),
hand-written domain phrases, province names and government abbreviation expansions
(`use_model_file` swaps in another build, e.g. a leave-one-set-out model for evaluation). Tokens are
lower-case syllables in the new tone style (`hòa`, `thủy`); numbers are `<num>`, other words `<x>`.
"""

from __future__ import annotations

import gzip
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .patterns import pattern_path
from .vietnamese import canonical_tone, nfc, strip_marks, syllables

MODEL_FILE = "lm/syllable_trigrams.tsv.gz"
START, END, NUM, OTHER = "<s>", "</s>", "<num>", "<x>"
DISCOUNT = 0.75
TRIGRAM_DISCOUNT = 0.8
CASE_PRIOR = 2.0      # pseudo-count pulling a syllable's capitalisation rate towards the average
CASE_WEIGHT = 0.5     # scale of the case channel (capitals also start table cells and headings)
RARE_FORM_RATIO = 1000  # a form seen over 1000 times less often than its key's top form is not proposed
BEAM = 6              # decoder states (pairs of syllables) kept per position
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


def is_capitalised(word: str) -> bool:
    """A capital initial followed by lower case (`Sở`, `Long`), not an all-caps word."""
    return word[:1].isupper() and (len(word) == 1 or not word[1:].isupper())


def training_chains_cased(text: str) -> Iterator[list[tuple[str, bool]]]:
    """Like `training_chains`, with a flag per token: written with a capital initial."""
    for line in nfc(text).splitlines():
        chain: list[tuple[str, bool]] = []
        last_end = 0
        for match in _TRAIN_TOKEN.finditer(line):
            if chain and line[last_end : match.start()].strip():
                yield chain
                chain = []
            word = match.group()
            chain.append((lm_token(word), is_capitalised(word)))
            last_end = match.end()
        if chain:
            yield chain


@cache
def inventory() -> frozenset[str]:
    """Return the syllable inventory in the canonical (new) tone style."""
    return frozenset(new_style(s) for s in syllables())


@dataclass
class BigramModel:
    """Interpolated Kneser-Ney bigram over syllables, with log10 probabilities precomputed; the trigram
    layer (`trigram_logp`, `trigram_backoff` keyed by the two previous tokens) and the case channel
    (`capital_logp`, `lower_logp`: log10 P(capital initial | syllable) and its complement) ride along."""

    bigram_logp: dict[str, dict[str, float]]
    backoff: dict[str, float]
    continuation: dict[str, float]
    unigram_counts: dict[str, int]
    floor: float
    trigram_logp: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)
    trigram_backoff: dict[tuple[str, str], float] = field(default_factory=dict)
    capital_logp: dict[str, float] = field(default_factory=dict)
    lower_logp: dict[str, float] = field(default_factory=dict)
    capital_default: tuple[float, float] = (-1.0, -0.05)

    def logp(self, previous: str, word: str) -> float:
        """Return log10 P(word | previous)."""
        row = self.bigram_logp.get(previous)
        if row is not None:
            value = row.get(word)
            if value is not None:
                return value
        return self.backoff.get(previous, 0.0) + self.continuation.get(word, self.floor)

    def logp3(self, first: str, previous: str, word: str) -> float:
        """Return log10 P(word | first previous) from the trigram layer, backing off to the bigram."""
        row = self.trigram_logp.get((first, previous))
        if row is not None:
            value = row.get(word)
            if value is not None:
                return value
        return self.trigram_backoff.get((first, previous), 0.0) + self.logp(previous, word)

    def case_logp(self, word: str, capital: bool) -> float:
        """Return log10 P(written with a capital initial or not | syllable), inside a clause."""
        if capital:
            return self.capital_logp.get(word, self.capital_default[0])
        return self.lower_logp.get(word, self.capital_default[1])

    def count(self, word: str) -> int:
        """Return the training count of a syllable (0 if unseen)."""
        return self.unigram_counts.get(word, 0)


@dataclass
class Counts:
    """Raw counts read from the model file."""

    unigrams: dict[str, int] = field(default_factory=dict)
    bigrams: dict[tuple[str, str], int] = field(default_factory=dict)
    trigrams: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)
    capitals: dict[str, tuple[int, int]] = field(default_factory=dict)


def read_counts(lines: Iterable[str]) -> Counts:
    """Parse the model file: `u<TAB>word<TAB>count`, `b<TAB>prev<TAB>word<TAB>count`,
    `t<TAB>w1<TAB>w2<TAB>w3<TAB>count` and `c<TAB>word<TAB>capitalised<TAB>inside` lines."""
    counts = Counts()
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        kind = parts[0]
        if kind == "t":
            counts.trigrams.setdefault((parts[1], parts[2]), {})[parts[3]] = int(parts[4])
        elif kind == "b":
            counts.bigrams[(parts[1], parts[2])] = int(parts[3])
        elif kind == "u":
            counts.unigrams[parts[1]] = int(parts[2])
        elif kind == "c":
            counts.capitals[parts[1]] = (int(parts[2]), int(parts[3]))
    return counts


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


def add_trigram_layer(lm: BigramModel, counts: Counts) -> None:
    """Interpolate the pruned trigram counts with the bigram: for a history (u, v) seen `c(u v)` times,
    P(w | u v) = (c(u v w) - D) / c(u v) + beta(u v) * P(w | v), where beta(u v) carries the discounted
    mass and the mass of pruned trigrams."""
    for history, row in counts.trigrams.items():
        total = counts.bigrams.get(history, 0)
        kept = sum(row.values())
        total = max(total, kept)
        beta = (total - kept + TRIGRAM_DISCOUNT * len(row)) / total
        previous = history[1]
        lm.trigram_logp[history] = {
            word: math.log10((count - TRIGRAM_DISCOUNT) / total + beta * 10 ** lm.logp(previous, word))
            for word, count in row.items()
        }
        lm.trigram_backoff[history] = math.log10(beta)


def add_case_channel(lm: BigramModel, counts: Counts) -> None:
    """log10 P(capital initial | syllable) inside a clause, smoothed towards the average rate."""
    inside_total = sum(lm.unigram_counts.values()) or 1
    average = sum(c for c, _ in counts.capitals.values()) / inside_total
    average = min(max(average, 1e-3), 0.5)
    lm.capital_default = (math.log10(average), math.log10(1 - average))
    for word, (capital, inside) in counts.capitals.items():
        rate = (capital + CASE_PRIOR * average) / (inside + CASE_PRIOR)
        rate = min(rate, 0.999)
        lm.capital_logp[word] = math.log10(rate)
        lm.lower_logp[word] = math.log10(1 - rate)


_model_override: list[Path] = []


def use_model_file(path: Path | None) -> None:
    """Decode with the counts in `path` from now on (None: back to the committed model); clears every
    cache derived from the model. Used by the evaluation to score a set with a model built without it."""
    _model_override[:] = [Path(path)] if path is not None else []
    for cached in (model, forms_by_key, stripped_keys, _key_list, neighbour_keys):
        cached.cache_clear()


@cache
def model() -> BigramModel:
    """Load the committed model (or the one set by `use_model_file`) once per process."""
    source = _model_override[0] if _model_override else pattern_path(MODEL_FILE)
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        counts = read_counts(handle)
    lm = kneser_ney(counts.unigrams, counts.bigrams)
    add_trigram_layer(lm, counts)
    add_case_channel(lm, counts)
    return lm


@cache
def forms_by_key() -> dict[str, tuple[str, ...]]:
    """Map a stripped lower-case key (`tinh`) to its syllables, most frequent first, seen ones only
    when any is seen, and not those seen `RARE_FORM_RATIO` times less often than the top one."""
    lm = model()
    grouped: dict[str, list[str]] = defaultdict(list)
    for form in inventory():
        grouped[strip_marks(form)].append(form)
    result = {}
    for key, forms in grouped.items():
        seen = [f for f in forms if lm.count(f) > 0]
        chosen = sorted(seen or forms, key=lambda f: (-lm.count(f), f))
        top = lm.count(chosen[0])
        result[key] = tuple(f for f in chosen if lm.count(f) * RARE_FORM_RATIO >= top)
    return result


@cache
def stripped_keys() -> frozenset[str]:
    """The stripped lower-case keys of the syllables the restorer can propose."""
    return frozenset(forms_by_key())


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


def viterbi(candidates: list[list[tuple[str, float]]], cases: list[bool | None] | None = None) -> list[int]:
    """Best candidate index per position for one chain; candidates are (lm_token, channel log10).
    `cases` tells per position whether the word was written with a capital initial inside a clause
    (None: no evidence, e.g. the first word of a line); it adds the case channel. Trigram decoding over
    pairs of syllables, keeping the `BEAM` best pairs per position."""
    lm = model()
    trigram, tri_backoff = lm.trigram_logp, lm.trigram_backoff
    bigram, backoff, continuation, floor = lm.bigram_logp, lm.backoff, lm.continuation, lm.floor
    empty: dict[str, float] = {}
    # states grouped by their last token: previous -> [(token before it, score, trigram row, beta)]
    groups: dict[str, list[tuple[str, float, dict[str, float] | None, float]]] = {
        START: [(START, 0.0, trigram.get((START, START)), tri_backoff.get((START, START), 0.0))]}
    history: list[dict[tuple[str, str], tuple[tuple[str, str], int]]] = []
    for position, options in enumerate(candidates):
        case = cases[position] if cases else None
        tokens = [token for token, _ in options]
        emissions = [channel for _, channel in options]
        if case is not None:
            emissions = [e + CASE_WEIGHT * lm.case_logp(t, case) for t, e in zip(tokens, emissions, strict=True)]
        unigram = [continuation.get(token, floor) for token in tokens]
        step: list[tuple[float, str, str, str, int]] = []
        for previous, members in groups.items():
            brow = bigram.get(previous, empty)
            bweight = backoff.get(previous, 0.0)
            for index, token in enumerate(tokens):
                lower = brow.get(token)
                if lower is None:
                    lower = bweight + unigram[index]
                best, best_first = NEG_INF, START
                for first, score, row, beta in members:
                    value = row.get(token) if row is not None else None
                    total = score + (value if value is not None else beta + lower)
                    if total > best:
                        best, best_first = total, first
                step.append((best + emissions[index], previous, token, best_first, index))
        if len(step) > BEAM:
            step = heapq.nlargest(BEAM, step)
        back: dict[tuple[str, str], tuple[tuple[str, str], int]] = {}
        groups = {}
        for total, previous, token, first, index in sorted(step, reverse=True):
            if (previous, token) in back:
                continue  # the same pair twice (two options with one token): keep the better
            back[(previous, token)] = ((first, previous), index)
            pair = (previous, token)
            groups.setdefault(token, []).append(
                (previous, total, trigram.get(pair), tri_backoff.get(pair, 0.0)))
        history.append(back)
    final = [(score + lm.logp3(first, last, END), first, last)
             for last, members in groups.items() for first, score, _, _ in members]
    _, first, last = max(final)
    state = (first, last)
    chosen: list[int] = []
    for back in reversed(history):
        state, index = back[state]
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
