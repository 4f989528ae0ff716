"""Text-layer repair: split syllables, decomposed marks, legacy fonts."""

import unicodedata

import pytest

from extractor.loaders.textlayer import (
    compose_marks,
    is_legacy_font,
    rejoin_split_syllables,
    repair_text_layer,
)


def test_rejoins_syllables_split_at_diacritics():
    text, joins = rejoin_split_syllables("ĐIỀ U KHO ẢN CHUNG")
    assert text == "ĐIỀU KHOẢN CHUNG"
    assert joins == 2


def test_rejoins_within_lines_and_keeps_punctuation():
    text, _ = rejoin_split_syllables("NGHỊ QUY ẾT số 12, ĐIỀ U 3\nTRƯỜ NG HỢP đặc biệt")
    assert text == "NGHỊ QUYẾT số 12, ĐIỀU 3\nTRƯỜNG HỢP đặc biệt"


def test_clean_text_is_left_alone():
    clean = "Sở Y tế và bà y ở nhà; tỷ lệ hồ sơ đúng hạn đạt 96,9%\nCộng hòa xã hội chủ nghĩa Việt Nam"
    assert rejoin_split_syllables(clean) == (clean, 0)


def test_decomposed_marks_and_stray_spaces_are_composed():
    decomposed = unicodedata.normalize("NFD", "Quyết định số 766")
    assert compose_marks(decomposed) == "Quyết định số 766"
    assert compose_marks("Đie \u0302\u0300u") == "Điều"
    assert compose_marks("\u00d0ồng") == "Đồng"


def test_legacy_font_names():
    assert is_legacy_font(".VnTime")
    assert is_legacy_font("ABCDEF+.VnTimeH")
    assert is_legacy_font("VNI-Times")
    assert not is_legacy_font("DejaVuSerif")
    assert not is_legacy_font(None)


def test_repair_reports_method_and_ratio():
    repaired = repair_text_layer("ĐIỀ U KHO ẢN thi hành")
    assert repaired.text == "ĐIỀU KHOẢN thi hành"
    assert repaired.method == "text"
    assert repaired.vi_ratio == 1.0


def test_tcvn3_text_layer_is_converted():
    pytest.importorskip("extractor.encodings")
    repaired = repair_text_layer("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    assert repaired.method == "legacy"
    assert repaired.encoding == "tcvn3"
    assert repaired.text.lower() == "cộng hoà xã hội chủ nghĩa việt nam".lower() or repaired.text.lower() == (
        "cộng hòa xã hội chủ nghĩa việt nam"
    )
