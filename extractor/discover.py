"""Stage 1, discover: walk files and folders into a stable list of what to ingest.

Folders are walked recursively in sorted order. Hidden entries are skipped, only regular files are
read (never a FIFO or a device), symlinks are followed only while they stay inside the folder given,
and a symlink that leads back to a folder already walked is reported, never followed.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".pdf": "pdf",
    ".docx": "docx",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}


# Files that describe a folder rather than report on anything (a corpus README, a licence).
FOLDER_DOCS = re.compile(r"(?i)^(readme|license|licence|changelog|copying)(\.[a-z]+)?$")
SELF_LOOP = "symlink loop: the link points back to itself; not followed"


@dataclass(frozen=True)
class Found:
    """One entry met while walking: a file to ingest, an unsupported file, or a bad entry."""

    path: str
    kind: str  # file | skipped | bad
    format: str | None = None
    reason: str | None = None


def format_of(path: str) -> str | None:
    """Return the document format for a file name, or None when it is not supported."""
    return FORMATS.get(os.path.splitext(path)[1].lower())


def discover(paths: Iterable[str | os.PathLike]) -> Iterator[Found]:
    """Yield every entry under the given paths in a stable order, each exactly once."""
    seen_files: set[str] = set()
    for given in paths:
        given_path = Path(given)
        if not os.path.lexists(given_path):
            yield Found(str(given_path), "bad", reason="no such file or folder")
            continue
        if given_path.is_dir():
            root = given_path.resolve()
            yield from _walk(given_path, root, {str(root)}, seen_files)
        else:
            yield from _entry(given_path, given_path.resolve().parent, seen_files, explicit=True)


def _walk(folder: Path, root: Path, visited: set[str], seen_files: set[str]) -> Iterator[Found]:
    try:
        names = sorted(os.listdir(folder))
    except OSError as error:
        yield Found(str(folder), "bad", reason=f"cannot list the folder: {error.strerror}")
        return
    for name in names:
        if name.startswith("."):
            continue
        path = folder / name
        if path.is_symlink():
            target = _resolve_inside(path, root)
            if isinstance(target, Found):
                yield target
                continue
            if target.is_dir():
                if str(target) in visited or _is_ancestor(target, folder.resolve()):
                    reason = f"symlink loop: leads back to {target}; not followed"
                    yield Found(str(path), "bad", reason=reason)
                    continue
                visited.add(str(target))
                yield from _walk(path, root, visited, seen_files)
                continue
        elif path.is_dir():
            real = str(path.resolve())
            if real in visited:
                continue
            visited.add(real)
            yield from _walk(path, root, visited, seen_files)
            continue
        yield from _entry(path, root, seen_files)


def _resolve_inside(link: Path, root: Path) -> Path | Found:
    try:
        target = link.resolve(strict=True)
    except RuntimeError:
        return Found(str(link), "bad", reason=SELF_LOOP)
    except OSError as error:
        if error.errno == 40:  # ELOOP
            return Found(str(link), "bad", reason=SELF_LOOP)
        return Found(str(link), "bad", reason="broken symlink: its target does not exist")
    if target != root and root not in target.parents:
        reason = f"symlink points outside the folder being ingested ({target}); not followed"
        return Found(str(link), "bad", reason=reason)
    return target


def _is_ancestor(candidate: Path, folder: Path) -> bool:
    return candidate == folder or candidate in folder.parents


def _entry(path: Path, root: Path, seen_files: set[str], explicit: bool = False) -> Iterator[Found]:
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        yield Found(str(path), "bad", reason=f"cannot read the file: {error.strerror}")
        return
    if not stat.S_ISREG(mode):
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
        yield Found(str(path), "bad", reason=f"not a regular file ({kind}); only regular files are read")
        return
    fmt = format_of(str(path))
    if fmt is None:
        yield Found(str(path), "skipped", reason="unsupported file type")
        return
    if FOLDER_DOCS.match(path.name) and not explicit:
        yield Found(str(path), "skipped", reason="describes the folder (README, licence), not a report")
        return
    key = str(path.resolve()) if explicit or path.is_symlink() else str(path)
    if key in seen_files:
        return
    seen_files.add(key)
    yield Found(str(path), "file", format=fmt)
