"""The page layout of an administrative text in Word (Nghị định 30/2020/NĐ-CP, Phụ lục I).

Phụ lục I, mục II: A4 paper; margins top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm;
Times New Roman, size 13–14; the issuer's name top left and the quốc hiệu, tiêu ngữ top right.
"""

from __future__ import annotations

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "Times New Roman"
SIZE = Pt(14)
MARGINS = {"top_margin": Mm(20), "bottom_margin": Mm(20), "left_margin": Mm(30), "right_margin": Mm(15)}


def _font(run, size=SIZE, bold=False, italic=False) -> None:
    run.font.name = FONT
    run.font.size = size
    run.font.bold = bold
    run.font.italic = italic
    # Word reads East Asian and complex-script fonts from rFonts; set them so Vietnamese keeps the font.
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def new_document():
    """An empty A4 document with the decree's margins and Times New Roman 14 as the normal style."""
    document = new_docx()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for name, value in MARGINS.items():
        setattr(section, name, value)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = SIZE
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    return document


def add_header(document, issuer_lines, national_lines) -> None:
    """Issuer top left (upper case, size 13), quốc hiệu and tiêu ngữ top right, in a borderless table."""
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    for cell, lines, bold_from in ((left, issuer_lines, 1), (right, national_lines, 0)):
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            _font(run, size=Pt(13), bold=index >= bold_from)
            if index < len(lines) - 1:
                run.add_break()


def add_block(document, kind: str, text: str) -> None:
    """One block of the digest: the title centred and bold, headings bold, paragraphs justified."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(6)
    run = paragraph.add_run(text)
    if kind == "title":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(run, bold=True)
    elif kind == "heading":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        _font(run, bold=True)
    else:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Mm(10)
        _font(run, italic=kind == "lead")
