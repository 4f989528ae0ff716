"""Tests for extractor.encodings: detection, legacy decoders, encoders, binary sniffing."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from extractor import encodings
from extractor.encodings import (
    convert_legacy,
    convert_with_font,
    decode_bytes,
    decode_with,
    encode_cp1258,
    encode_tcvn3,
    encode_vni,
    is_binary,
)
from extractor.vietnamese import syllables, words

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def seed_path(number: str) -> Path:
    """Return the path of seed report `000`..`004` in corpus/."""
    return next(CORPUS.glob(f"{number}_*.txt"))


def seed_text(number: str) -> str:
    """Return the UTF-8 text of seed report `000`..`004`."""
    return seed_path(number).read_text(encoding="utf-8")


SEEDS = ["000", "001", "002", "003", "004"]
ENCODERS = {"tcvn3": encode_tcvn3, "vni": encode_vni, "cp1258": encode_cp1258}

# Characters of the seeds that an encoding has no code for, and the ASCII stand-in the test uses
# before encoding (found by checking every seed character against each repertoire):
# - TCVN3 (VN1) fills 0x80-0xFF with Vietnamese letters, so it has no smart quotes (002: “ ”),
#   no ¢ ® € (OCR debris in 002) and no superscript digits (004's footnote marks ¹ ² ³ ⁴ ⁵ ⁶).
# - VNI keeps Windows-1252's 0x80-0xBF (quotes, ¢ ® € ¹ ² ³ are there) but has no ⁴ ⁵ ⁶.
# - Windows-1258 has ¹ ² ³ but no ⁴ ⁵ ⁶.
_SUPERSCRIPTS = {"¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6"}
STAND_INS = {
    "tcvn3": {"“": '"', "”": '"', "¢": "c", "®": "(R)", "€": "EUR"} | _SUPERSCRIPTS,
    "vni": {"⁴": "4", "⁵": "5", "⁶": "6"},
    "cp1258": {"⁴": "4", "⁵": "5", "⁶": "6"},
}


def mapped(text: str, encoding: str) -> str:
    """Replace the characters `encoding` cannot represent by their ASCII stand-ins."""
    return "".join(STAND_INS[encoding].get(char, char) for char in text)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "cp1258"])
def test_seed_round_trips_through_legacy_encoding(seed, encoding):
    original = mapped(seed_text(seed), encoding)
    data = ENCODERS[encoding](original)
    text, detected = decode_bytes(data)
    assert text == original
    if seed == "002" and encoding == "cp1258":
        # 002 has no Vietnamese marks at all: its Windows-1258 bytes are its Windows-1252 bytes.
        assert data == original.encode("cp1252")
        assert detected in ("cp1258", "cp1252")
    else:
        assert detected == encoding


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "cp1258"])
def test_replace_policy_matches_the_documented_stand_ins(seed, encoding):
    original = seed_text(seed)
    assert ENCODERS[encoding](original, errors="replace") == ENCODERS[encoding](mapped(original, encoding))


def test_strict_encoders_refuse_unrepresentable_characters():
    with pytest.raises(UnicodeEncodeError):
        encode_tcvn3("“Báo cáo”")
    with pytest.raises(UnicodeEncodeError):
        encode_vni("ghi chú⁴")
    with pytest.raises(UnicodeEncodeError):
        encode_cp1258("ghi chú⁴")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "prefix,codec",
    [(b"", "utf-8"), (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")],
)
def test_seed_round_trips_through_unicode_encodings(seed, prefix, codec):
    original = seed_text(seed)
    text, detected = decode_bytes(prefix + original.encode(codec))
    assert text == original
    assert detected == codec[:6].rstrip("-")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec):
    original = seed_text("001")
    assert decode_bytes(original.encode(codec)) == (original, "utf-16")


def test_plain_ascii_is_utf8():
    assert decode_bytes(b"UBND tinh Bac Giang\n") == ("UBND tinh Bac Giang\n", "utf-8")


def test_tcvn3_is_not_mistaken_for_cp1258():
    # The national motto as typed in a .VnTime document (bytes read by eye from the TCVN3 table).
    data = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n".encode("cp1252")
    text, detected = decode_bytes(data)
    assert detected == "tcvn3"
    assert text == "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"
    # The reading a generic detector picks is not Vietnamese at all.
    assert decode_with(data, "cp1258") != text


def test_utf8_file_carrying_tcvn3_code_points_is_converted():
    # A .VnTime document saved by Word as UTF-8 text keeps the font's Latin-1 code points.
    data = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n".encode()
    expected = "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"
    assert decode_bytes(data) == (expected, "tcvn3")


def test_vni_header_decodes():
    data = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC\n".encode("cp1252")
    assert decode_bytes(data) == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐỘC LẬP - TỰ DO - HẠNH PHÚC\n",
        "vni",
    )


def test_tcvn3_capitals_use_the_vn1_codes():
    # Codes from TCVN 5712:1993 VN1 (glibc iconv TCVN5712-1): Ụ 0x02, Ố 0xFF, Ằ 0xAF, Đ 0xA7, ư 0xAD.
    assert encode_tcvn3("Ụ") == b"\x02"
    assert encode_tcvn3("Ố") == b"\xff"
    assert encode_tcvn3("Ằ") == b"\xaf"
    assert encode_tcvn3("Đư") == b"\xa7\xad"
    text = "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nĐIỀU KHOẢN THI HÀNH; ỨNG DỤNG; THỦY; KỲ; Ỹ"
    assert decode_bytes(encode_tcvn3(text)) == (text, "tcvn3")


def test_vni_sequences():
    assert encode_vni("Việt") == "Vieät".encode("cp1252")
    assert encode_vni("được") == "ñöôïc".encode("cp1252")
    assert encode_vni("ỵ Ỵ ỹ Ỹ") == "î Î yõ YÕ".encode("cp1252")
    assert encode_vni("Ặ ặ Ỉ ĩ") == "AË aë Æ ó".encode("cp1252")


def test_cp1258_splits_tones():
    assert encode_cp1258("ệ") == b"\xea\xf2"  # ê + combining dot below
    assert encode_cp1258("é") == b"\xe9"  # precomposed where the code page has it
    assert encode_cp1258("ử") == b"\xfd\xd2"  # ư + combining hook above


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs glibc iconv")
@pytest.mark.parametrize("iconv_name,encoding", [("TCVN5712-1", "tcvn3"), ("CP1258", "cp1258")])
def test_bytes_made_by_iconv_decode(iconv_name, encoding):
    """An independent encoder (glibc iconv) produces bytes our detector and decoder read back."""
    original = mapped(seed_text("003"), encoding)
    result = subprocess.run(["iconv", "-f", "UTF-8", "-t", iconv_name], input=original.encode(), capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"iconv has no {iconv_name}")
    assert decode_bytes(result.stdout) == (original, encoding)


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs glibc iconv")
def test_embedded_tcvn3_table_matches_iconv():
    for byte in range(256):
        result = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([byte]), capture_output=True)
        if result.returncode != 0:
            pytest.skip("iconv has no TCVN5712-1")
        assert decode_with(bytes([byte]), "tcvn3") == unicodedata.normalize("NFC", result.stdout.decode()).replace(
            "\x00", ""
        ), hex(byte)


def test_nuls_are_stripped():
    assert decode_bytes("Việt\x00 Nam".encode()) == ("Việt Nam", "utf-8")
    assert decode_bytes(encode_tcvn3("Việt Nam") + b"\x00") == ("Việt Nam", "tcvn3")


def test_nfd_input_comes_out_nfc():
    nfd = unicodedata.normalize("NFD", "Tỷ lệ hồ sơ đúng hạn")
    text, _ = decode_bytes(nfd.encode("utf-8"))
    assert text == "Tỷ lệ hồ sơ đúng hạn"
    assert unicodedata.is_normalized("NFC", text)


def test_western_text_stays_as_windows_1252_decoded():
    french = "Le café est très bon à Paris, où l'été dure. Ça coûte 3 € — “voilà” ! Perché così? São Paulo."
    assert decode_bytes(french.encode("cp1252")) == (french, "cp1252")
    english = "The committee’s report – “final” – was approved.\n" * 20
    assert decode_bytes(english.encode("cp1252")) == (english, "cp1252")


def test_large_file_is_decoded_whole():
    original = seed_text("004").replace("⁴", "4").replace("⁵", "5").replace("⁶", "6") * 40
    assert len(original.encode()) > encodings.SAMPLE_BYTES
    assert decode_bytes(encode_vni(original)) == (original, "vni")


# ------------------------------------------------------------------------------------------------
# Text already read as Latin-1 / Windows-1252


@pytest.mark.parametrize(
    "legacy,expected,encoding",
    [
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam", "tcvn3"),
        ("tû lÖ hå s¬ ®óng h¹n", "tỷ lệ hồ sơ đúng hạn", "tcvn3"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "vni"),
        ("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "vni"),
    ],
)
def test_convert_legacy(legacy, expected, encoding):
    assert convert_legacy(legacy) == (expected, encoding)


@pytest.mark.parametrize(
    "text",
    [
        "Cộng hòa xã hội chủ nghĩa Việt Nam",  # genuine Unicode is never converted
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%; ở cấp xã là 97%.",
        "Le café est très bon à Paris, où l'été dure.",
        "Hello world",
    ],
)
def test_convert_legacy_leaves_other_text_alone(text):
    assert convert_legacy(text) == (text, None)


def test_convert_with_font():
    assert convert_with_font("Céng hoµ", "ABCDEF+.VnTime") == "Cộng hoà"
    assert convert_with_font("céng hoµ x· héi", "ABCDEF+.VnTimeH,Bold") == "CỘNG HOÀ XÃ HỘI"
    assert convert_with_font("Coäng hoøa", "VNI-Times") == "Cộng hòa"
    assert convert_with_font("Céng hoµ", "ArialMT") == "Céng hoµ"
    assert convert_with_font("Cộng hòa", ".VnTime") == "Cộng hòa"  # already Unicode (ToUnicode map)


# ------------------------------------------------------------------------------------------------
# Binary sniffing


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"PK\x03\x04\x14\x00\x06\x00" + bytes(100),
        b"\x7fELF\x02\x01\x01" + bytes(200),
        bytes(range(256)) * 10,
    ],
)
def test_binary_is_recognised(data):
    assert is_binary(data)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_not_binary(codec):
    assert not is_binary(seed_text("000").encode(codec))


def test_text_with_tcvn3_capitals_or_a_stray_nul_is_not_binary():
    assert not is_binary(encode_tcvn3("ỨNG DỤNG CÔNG NGHỆ THÔNG TIN; ỦY BAN; KỲ HỌP"))
    assert not is_binary(seed_text("000").encode() + b"\x00")


# ------------------------------------------------------------------------------------------------
# Property: random Vietnamese text round-trips through every encoder and decoder

_SYLLABLES = sorted(syllables())
_WORD = st.tuples(st.sampled_from(_SYLLABLES), st.sampled_from(["lower", "title", "upper"])).map(
    lambda pair: pair[0] if pair[1] == "lower" else pair[0].title() if pair[1] == "title" else pair[0].upper()
)
_SEPARATOR = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", " 12,5% ", " - ", " (", ") "])
_TEXT = st.lists(st.tuples(_WORD, _SEPARATOR), min_size=1, max_size=40).map(
    lambda items: "".join(word + sep for word, sep in items)
)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_random_vietnamese_round_trips_through_each_codec(text):
    for encoding, encode in ENCODERS.items():
        assert decode_with(encode(text), encoding) == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_WORD, _SEPARATOR), min_size=8, max_size=40).map(lambda i: "".join(w + s for w, s in i)))
def test_random_vietnamese_is_detected(text):
    # Detection needs evidence: a few different marked words. With fewer, some texts are truly
    # ambiguous: VNI `boã` (bỗ) read as Windows-1252 is `boã`, itself a valid (old-style) syllable.
    assume(len({word.lower() for word in words(text) if not word.isascii()}) >= 4)
    for encoding, encode in ENCODERS.items():
        decoded, _ = decode_bytes(encode(text))
        assert decoded == text, encoding
