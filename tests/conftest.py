"""Shared fixtures: the corpus folder and its seed reports."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def seed_path(number: str) -> Path:
    """Return the path of seed report `000`..`004` in corpus/."""
    return next(CORPUS.glob(f"{number}_*.txt"))


def seed_text(number: str) -> str:
    """Return the text of seed report `000`..`004`."""
    return seed_path(number).read_text(encoding="utf-8")


@pytest.fixture
def corpus_dir() -> Path:
    return CORPUS
