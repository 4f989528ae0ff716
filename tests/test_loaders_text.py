"""Tests for extractor.loaders.text: .txt/.md files in every supported encoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.encodings import encode_cp1258, encode_tcvn3, encode_vni
from extractor.errors import Budget, BudgetExceeded, LoadError
from extractor.loaders.text import load_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def seed_path(number: str) -> Path:
    """Return the path of seed report `000`..`004` in corpus/."""
    return next(CORPUS.glob(f"{number}_*.txt"))


def seed_text(number: str) -> str:
    """Return the UTF-8 text of seed report `000`..`004`."""
    return seed_path(number).read_text(encoding="utf-8")


# Seed 000 uses only characters all three legacy encodings can represent (checked character by character).
ENCODED = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-16": lambda text: text.encode("utf-16"),
    "cp1258": encode_cp1258,
    "tcvn3": encode_tcvn3,
    "vni": encode_vni,
}


@pytest.mark.parametrize("encoding", sorted(ENCODED))
def test_seed_loads_in_each_encoding(tmp_path, encoding):
    original = seed_text("000")
    path = tmp_path / "bao_cao.txt"
    path.write_bytes(ENCODED[encoding](original))
    document = load_text(path, "txt")
    assert document.format == "txt"
    assert document.encoding == encoding
    assert document.status == "ok" and document.error is None
    assert len(document.pages) == 1
    page = document.pages[0]
    assert (page.number, page.method) == (1, "text")
    assert page.text == original


def test_seed_file_from_the_corpus(tmp_path):
    document = load_text(seed_path("003"), "txt")
    assert document.encoding == "utf-8"
    assert document.pages[0].text == seed_text("003")
    assert document.path == str(seed_path("003"))


def test_markdown_keeps_its_markup_and_format(tmp_path):
    path = tmp_path / "thong_bao.md"
    text = "## BÁO CÁO\n\n| Chỉ tiêu | Kết quả |\n|---|---|\n| Tỷ lệ hồ sơ đúng hạn | 98,5% |\n"
    path.write_text(text, encoding="utf-8")
    document = load_text(path, "md")
    assert document.format == "md"
    assert document.pages[0].text == text


def test_line_endings_become_lf_and_lines_stay(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Dòng một\r\nDòng hai\rDòng ba\n\n  thụt lề  \r\n".encode())
    text = load_text(path, "txt").pages[0].text
    assert text == "Dòng một\nDòng hai\nDòng ba\n\n  thụt lề  \n"


def test_nuls_dropped_and_nfd_composed(tmp_path):
    path = tmp_path / "nfd.txt"
    path.write_bytes(b"Vie\xcc\xa3\xcc\x82t\x00 Nam")  # e + dot below + circumflex, then a NUL
    assert load_text(path, "txt").pages[0].text == "Việt Nam"


def test_png_named_txt_is_refused_in_plain_words(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4)
    with pytest.raises(LoadError) as error:
        load_text(path, "txt")
    message = str(error.value)
    assert "binary data, not text" in message
    assert "PNG image" in message
    assert "rename it to .png" in message


def test_unknown_binary_is_refused(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 16)
    with pytest.raises(LoadError, match="binary data, not text"):
        load_text(path, "txt")


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  \n", "\ufeff".encode()])
def test_empty_file_has_status_empty(tmp_path, content):
    path = tmp_path / "trong.txt"
    path.write_bytes(content)
    document = load_text(path, "txt")
    assert document.status == "empty"
    assert document.error == "the file holds no text"
    assert len(document.pages) == 1


def test_file_over_the_byte_budget_is_refused(tmp_path):
    path = tmp_path / "lon.txt"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(BudgetExceeded) as error:
        load_text(path, "txt", Budget(max_file_bytes=1000))
    assert "2,000 bytes" in str(error.value)
    assert "1,000 bytes" in str(error.value)
