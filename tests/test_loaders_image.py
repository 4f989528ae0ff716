"""Image loader: the photographed page, multi-page TIFF, and bad images."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from extractor.errors import Budget, BudgetExceeded, LoadError
from extractor.loaders.image import load_image

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.ocr
@pytest.mark.slow
def test_photographed_page_is_read():
    doc = load_image(CORPUS / "photo" / "000_p1.jpg", Budget())
    assert doc.format == "image" and doc.status == "ok"
    page = doc.pages[0]
    assert page.method == "ocr" and page.ocr_confidence > 60
    text = " ".join(page.text.split())
    assert "tháng 02/2024" in text
    assert "42,58%" in text


@pytest.mark.ocr
@pytest.mark.slow
def test_multipage_tiff_gives_one_page_per_frame(tmp_path):
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(CORPUS / "pdf" / "004.pdf"))
    frames = [pdf[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L") for i in (0, 1)]
    target = tmp_path / "scan.tif"
    frames[0].save(target, save_all=True, append_images=frames[1:], dpi=(200, 200), compression="tiff_lzw")
    doc = load_image(target, Budget())
    assert [page.number for page in doc.pages] == [1, 2]
    assert "Bắc Ninh" in doc.pages[0].text
    assert all(page.method == "ocr" for page in doc.pages)


def test_truncated_jpeg_is_a_load_error(tmp_path):
    buffer = io.BytesIO()
    Image.new("L", (400, 300), 200).save(buffer, format="JPEG")
    target = tmp_path / "cut.jpg"
    target.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    with pytest.raises(LoadError, match="truncated|damaged"):
        load_image(target, Budget())


def _png_declaring(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b"")


def test_decompression_bomb_is_over_budget(tmp_path):
    target = tmp_path / "bomb.png"
    target.write_bytes(_png_declaring(100_000, 100_000))
    with pytest.raises(BudgetExceeded):
        load_image(target, Budget())


def test_image_over_pixel_budget(tmp_path):
    target = tmp_path / "big.png"
    Image.new("L", (3000, 3000), 255).save(target)
    with pytest.raises(BudgetExceeded, match="pixels"):
        load_image(target, Budget(max_pixels=4_000_000))


def test_not_an_image_is_a_load_error(tmp_path):
    target = tmp_path / "fake.png"
    target.write_bytes(b"hello")
    with pytest.raises(LoadError):
        load_image(target, Budget())
