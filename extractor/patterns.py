"""Locate and load the behaviour-as-data files under `patterns/`.

In a checkout they sit beside the package (`patterns/`); in an installed wheel they are shipped
inside it (`extractor/patterns/`). `BAOCAO_PATTERNS` overrides both.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def patterns_dir() -> Path:
    """Return the folder holding the pattern files, wherever the package is installed."""
    override = os.environ.get("BAOCAO_PATTERNS")
    candidates = [Path(override)] if override else []
    candidates += [_PACKAGE_DIR / "patterns", _PACKAGE_DIR.parent / "patterns"]
    for candidate in candidates:
        if (candidate / "README.md").is_file():
            return candidate
    raise FileNotFoundError(
        "baocao's patterns/ folder was not found next to the package; reinstall baocao "
        "or set BAOCAO_PATTERNS to the folder"
    )


def pattern_path(name: str) -> Path:
    """Return the path of one pattern file."""
    return patterns_dir() / name


def read_lines(name: str) -> list[str]:
    """Return the non-empty, non-comment lines of a text pattern file."""
    with open(pattern_path(name), encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if line.strip() and not line.startswith("#")]


def read_jsonl(name: str) -> list[dict]:
    """Return the records of a JSONL pattern file."""
    with open(pattern_path(name), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip() and not line.startswith("//")]
