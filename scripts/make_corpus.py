"""Make the PDF, scanned-PDF, mixed-PDF, photo and .docx versions of seeds 000, 001, 003 and 004.

    python scripts/make_corpus.py            # writes corpus/pdf, corpus/scan, corpus/mixed, corpus/photo, corpus/docx

Text PDFs are typeset with reportlab in DejaVu Serif (a TrueType font with every Vietnamese letter);
Markdown and tab-separated tables become ruled tables (header rows repeated when a table runs over a
page). Scans are those pages rendered at 200 dpi in grayscale with a little skew, blur and noise, stored
as JPEG inside image-only PDFs. Output is deterministic (fixed random seeds) apart from the PDF
creation dates written by the libraries.
"""

from __future__ import annotations

import html
import io
import random
import re
import sys
from pathlib import Path

import docx
import numpy as np
import pypdfium2
from docx.shared import Pt
from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = ["000", "001", "003", "004"]
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SCAN_DPI = 200
SCAN_QUALITY = 25
NOISE_SIGMA = 2.5
CELL_FONT_SIZE = 9.5
# Page breaks placed where the original documents start a new page (appendices, attached report).
PAGE_BREAK_BEFORE = re.compile(r"^(?:\*\*)?(?:Phụ lục 01|PHỤ LỤC$|Số: 2062 /SNV-CCHC)")
MIXED = ("001", {2})  # seed and the pages of it that are scanned in the mixed PDF
PHOTO = ("000", 1)  # seed and page photographed


def register_fonts() -> None:
    """Register DejaVu Serif (regular, bold, italic) with reportlab as the family `Viet`."""
    for name, file in [
        ("Viet", "DejaVuSerif.ttf"),
        ("Viet-Bold", "DejaVuSerif-Bold.ttf"),
        ("Viet-Italic", "DejaVuSerif-Italic.ttf"),
        ("Viet-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(
        "Viet", normal="Viet", bold="Viet-Bold", italic="Viet-Italic", boldItalic="Viet-BoldItalic"
    )


# ---------------------------------------------------------------- parsing the seeds


def seed_path(seed: str) -> Path:
    """Return the .txt file of a seed number."""
    return next(CORPUS.glob(f"{seed}_*.txt"))


def split_cells_markdown(line: str) -> list[str]:
    """Cells of one Markdown table row."""
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def is_separator_row(cells: list[str]) -> bool:
    """Tell whether a Markdown row is the `|---|---|` separator."""
    return all(re.fullmatch(r":?-*:?", cell) for cell in cells) and any("-" in cell for cell in cells)


def parse_blocks(text: str) -> list[tuple[str, object]]:
    """Split a seed into ('line', str), ('blank', None) and ('table', rows) blocks in order."""
    blocks: list[tuple[str, object]] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.lstrip().startswith("|"):
            rows = []
            while index < len(lines) and lines[index].lstrip().startswith("|"):
                cells = split_cells_markdown(lines[index])
                if not is_separator_row(cells):
                    rows.append(cells)
                index += 1
            blocks.append(("table", rows))
            continue
        if "\t" in line:
            rows = []
            while index < len(lines) and "\t" in lines[index]:
                rows.append([cell.strip() for cell in lines[index].split("\t")])
                index += 1
            blocks.append(("table", rows))
            continue
        blocks.append(("blank", None) if not line.strip() else ("line", line.rstrip()))
        index += 1
    return blocks


def plain_cell(cell: str) -> str:
    """Cell text without Markdown/HTML emphasis."""
    return re.sub(r"</?b>|\*\*|\*", "", cell).strip()


def pad_rows(rows: list[list[str]]) -> list[list[str]]:
    """Give every row the same number of cells."""
    width = max(len(row) for row in rows)
    return [[plain_cell(cell) for cell in row] + [""] * (width - len(row)) for row in rows]


def header_rows(rows: list[list[str]]) -> int:
    """Number of header rows to repeat: two when the second row continues the header (empty first cell)."""
    if len(rows) > 2 and not rows[1][0] and not any(re.fullmatch(r"[\d.,%/+-]+", c) for c in rows[1] if c):
        return 2
    return 1


# ---------------------------------------------------------------- text PDF


def markup(line: str) -> tuple[str, bool]:
    """Turn one Markdown line into reportlab mini-HTML; return it and whether it is a heading."""
    heading = bool(re.match(r"^#+\s", line))
    text = re.sub(r"^#+\s+", "", line).rstrip()
    text = re.sub(r"^\* ", "- ", text)
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    text = re.sub(r"</?b>", "", text)
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*\*(.+?)\*\*\*", r"<b><i>\1</i></b>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"\*\*", "", text)  # a bold run spanning lines (`**ỦY BAN ... \n ...**`)
    text = re.sub(r"\*(.+?)\*", r"<i>\1</i>", text)
    return (f"<b>{text}</b>" if heading else text), heading


def styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    """Body and table-cell paragraph styles."""
    body = ParagraphStyle("body", fontName="Viet", fontSize=11.5, leading=15, alignment=TA_LEFT, spaceAfter=1)
    cell = ParagraphStyle("cell", fontName="Viet", fontSize=CELL_FONT_SIZE, leading=11.5)
    return body, cell


def column_widths(rows: list[list[str]], total: float) -> list[float]:
    """Give each column room for its longest word, then share the rest by the length of its cells."""
    columns = range(len(rows[0]))
    least = [
        max(pdfmetrics.stringWidth(word, "Viet", CELL_FONT_SIZE) for row in rows for word in (row[col].split() or [""]))
        + 8
        for col in columns
    ]
    wants = [max(min(len(row[col]), 45) for row in rows) + 2 for col in columns]
    spare = max(total - sum(least), 0)
    return [least[col] + spare * wants[col] / sum(wants) for col in columns]


def pdf_table(rows: list[list[str]], cell_style: ParagraphStyle, width: float) -> Table:
    """A ruled reportlab table whose header rows repeat on every page it spans."""
    rows = pad_rows(rows)
    data = [[Paragraph(html.escape(cell, quote=False), cell_style) for cell in row] for row in rows]
    table = Table(data, colWidths=column_widths(rows, width), repeatRows=header_rows(rows))
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def flowables(blocks: list[tuple[str, object]], width: float) -> list:
    """reportlab flowables for a seed's blocks."""
    body, cell = styles()
    story: list = []
    previous_header = None
    for kind, value in blocks:
        if kind == "blank":
            story.append(Spacer(1, 4))
        elif kind == "line":
            if PAGE_BREAK_BEFORE.match(value) and story:
                story.append(PageBreak())
            text, _ = markup(value)
            story.append(Paragraph(text, body))
        else:
            rows = pad_rows(value)
            if previous_header is not None and rows[0] == previous_header:
                story.append(PageBreak())  # the original continues this table on the next page
            story.append(pdf_table(value, cell, width))
            previous_header = rows[0]
            continue
        if kind == "line":
            previous_header = None
    return story


def write_text_pdf(seed: str, target: Path) -> None:
    """Typeset one seed as a text PDF."""
    blocks = parse_blocks(seed_path(seed).read_text(encoding="utf-8").strip("\n"))
    document = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=2.2 * cm, rightMargin=1.8 * cm, topMargin=2 * cm,
        bottomMargin=2 * cm, title=f"seed {seed}", author="baocao corpus", invariant=1,
    )
    document.build(flowables(blocks, A4[0] - 4 * cm))


# ---------------------------------------------------------------- scans


def render_pages(pdf: Path, dpi: int) -> list[Image.Image]:
    """Render every page of a PDF to a grayscale image."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document]
    finally:
        document.close()


def degrade(image: Image.Image, rng: random.Random) -> Image.Image:
    """Make a clean page look scanned: small skew, slight blur, grey paper, grain."""
    image = image.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(0.5)), dtype=np.float32) * (226 / 255) + 14
    grain = np.random.default_rng(rng.randrange(2**32)).normal(0, NOISE_SIGMA, pixels.shape)
    return Image.fromarray(np.clip(pixels + grain, 0, 255).astype(np.uint8), mode="L")


def image_pdf(images: list[Image.Image], dpi: int) -> bytes:
    """Wrap images as an image-only PDF (JPEG inside), one image per page."""
    buffer = io.BytesIO()
    images[0].save(
        buffer, format="PDF", save_all=True, append_images=images[1:], resolution=dpi, quality=SCAN_QUALITY
    )
    return buffer.getvalue()


def scanned_pages(seed: str, rng: random.Random) -> list[Image.Image]:
    """The pages of a seed's text PDF as degraded 200-dpi scans."""
    return [degrade(page, rng) for page in render_pages(CORPUS / "pdf" / f"{seed}.pdf", SCAN_DPI)]


def write_mixed_pdf(seed: str, scanned: set[int], scans: list[Image.Image], target: Path) -> None:
    """Copy a text PDF, replacing the pages in `scanned` (1-based) by their scans."""
    text_pdf = pypdfium2.PdfDocument(str(CORPUS / "pdf" / f"{seed}.pdf"))
    scan_pdf = pypdfium2.PdfDocument(image_pdf([scans[n - 1] for n in sorted(scanned)], SCAN_DPI))
    out = pypdfium2.PdfDocument.new()
    scan_index = 0
    for number in range(1, len(text_pdf) + 1):
        if number in scanned:
            out.import_pages(scan_pdf, [scan_index])
            scan_index += 1
        else:
            out.import_pages(text_pdf, [number - 1])
    out.save(str(target))
    for document in (out, scan_pdf, text_pdf):
        document.close()


def photograph(page: Image.Image, rng: random.Random) -> Image.Image:
    """Make a page look photographed with a phone: tilt, warm light falling off to one side, colour JPEG."""
    page = page.rotate(rng.uniform(1.0, 1.6), resample=Image.BICUBIC, expand=True, fillcolor=90)
    pixels = np.asarray(page, dtype=np.float32)
    height, width = pixels.shape
    light = np.linspace(1.0, 0.72, width)[None, :] * np.linspace(1.0, 0.85, height)[:, None]
    lit = pixels * light
    rgb = np.stack([lit, lit * 0.95, lit * 0.84], axis=-1)
    rgb += np.random.default_rng(rng.randrange(2**32)).normal(0, 5, rgb.shape)
    image = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), mode="RGB")
    return image.filter(ImageFilter.GaussianBlur(0.6))


# ---------------------------------------------------------------- docx


def add_markdown_runs(paragraph, line: str) -> None:
    """Add a Markdown line to a Word paragraph, bold/italic as marked."""
    text = re.sub(r"^#+\s+", "", line)
    text = re.sub(r"^\* ", "- ", text)
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    heading = text != line and line.startswith("#")
    for part in re.split(r"(\*\*\*.+?\*\*\*|\*\*.+?\*\*|\*[^*]+?\*)", text):
        if not part:
            continue
        bold = part.startswith("**") or heading
        italic = part.startswith("*") and not part.startswith("**") or part.startswith("***")
        run = paragraph.add_run(part.strip("*").replace("**", "") if part.startswith("*") else part.replace("**", ""))
        run.bold, run.italic = bold, italic


def write_docx(seed: str, target: Path) -> None:
    """Write one seed as a .docx: a paragraph per line and real Word tables."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    for kind, value in parse_blocks(seed_path(seed).read_text(encoding="utf-8").strip("\n")):
        if kind == "line":
            add_markdown_runs(document.add_paragraph(), value)
        elif kind == "table":
            rows = pad_rows(value)
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    document.core_properties.author = "baocao corpus"
    document.save(str(target))


# ---------------------------------------------------------------- main


def main() -> int:
    """Write every generated corpus file."""
    register_fonts()
    for folder in ("pdf", "scan", "mixed", "photo", "docx"):
        (CORPUS / folder).mkdir(exist_ok=True)
    scans: dict[str, list[Image.Image]] = {}
    for number, seed in enumerate(SEEDS):
        write_text_pdf(seed, CORPUS / "pdf" / f"{seed}.pdf")
        write_docx(seed, CORPUS / "docx" / f"{seed}.docx")
        scans[seed] = scanned_pages(seed, random.Random(1000 + number))
        (CORPUS / "scan" / f"{seed}.pdf").write_bytes(image_pdf(scans[seed], SCAN_DPI))
    seed, pages = MIXED
    write_mixed_pdf(seed, pages, scans[seed], CORPUS / "mixed" / f"{seed}_mixed.pdf")
    seed, page = PHOTO
    clean = render_pages(CORPUS / "pdf" / f"{seed}.pdf", 200)[page - 1]
    photograph(clean, random.Random(7)).save(CORPUS / "photo" / f"{seed}_p{page}.jpg", quality=60)
    for path in sorted(CORPUS.glob("*/*")):
        print(f"{path.relative_to(ROOT)}\t{path.stat().st_size}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
