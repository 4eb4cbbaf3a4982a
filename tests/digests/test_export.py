"""Exports are byte-stable: compared with golden files the project writes itself.

Rewrite them after an intended change with `CHIDAO_UPDATE_GOLDEN=1 pytest tests/digests/test_export.py`.
"""

import datetime
import hashlib
import io
import os
import zipfile
from pathlib import Path

import pytest
from docx import Document as read_docx
from docx.shared import Mm, Pt

from chidao.digests import export
from chidao.digests.draft import DraftDigest, DraftSection, digest_title

GOLDEN = Path(__file__).with_name("golden")
WEEK = (datetime.date(2024, 1, 1), datetime.date(2024, 1, 7))


def sample_draft() -> DraftDigest:
    return DraftDigest(digest_title(*WEEK), *WEEK, [
        DraftSection("Kế hoạch tổ chức phát động ủng hộ Quỹ Nhân đạo năm 2024",
                     "UBND tỉnh ban hành Kế hoạch tổ chức phát động ủng hộ Quỹ Nhân đạo năm 2024 "
                     "(Kế hoạch số 01/KH-UBND, ngày 02/01/2024).",
                     "Sở Lao động - Thương binh và Xã hội chủ trì <tổng hợp> kết quả *ủng hộ*.\n\n"
                     "1. Thời gian tiếp nhận: từ ngày 05/01/2024 đến hết ngày 05/02/2024."),
        DraftSection("Chỉ thị về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024",
                     "UBND tỉnh ban hành Chỉ thị về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán "
                     "Giáp Thìn 2024 (Chỉ thị số 03/CT-UBND, ngày 05/01/2024).",
                     "Sở Công Thương theo dõi nguồn cung hàng hóa & giá cả."),
    ])


def check_golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if os.environ.get("CHIDAO_UPDATE_GOLDEN") == "1":
        path.write_bytes(data)
    assert path.exists(), f"golden file {name} missing: run with CHIDAO_UPDATE_GOLDEN=1"
    assert data == path.read_bytes()


@pytest.mark.parametrize("fmt, name", [("text", "digest.txt"), ("markdown", "digest.md"), ("html", "digest.html")])
def test_export_matches_its_golden_file(fmt, name):
    check_golden(name, export.render(sample_draft(), fmt))


def docx_manifest(data: bytes) -> bytes:
    """Each part of the package: name, timestamp and the SHA-256 of its content.

    The golden file records the parts rather than the deflated bytes, which depend on the zlib build.
    """
    package = zipfile.ZipFile(io.BytesIO(data))
    lines = [f"{i.filename} {i.date_time} {hashlib.sha256(package.read(i)).hexdigest()}" for i in package.infolist()]
    return ("\n".join(lines) + "\n").encode()


def test_docx_matches_its_golden_manifest():
    check_golden("digest.docx.parts", docx_manifest(export.to_docx(sample_draft())))


@pytest.mark.parametrize("fmt", sorted(export.FORMATS))
def test_export_gives_the_same_bytes_twice(fmt):
    assert export.render(sample_draft(), fmt) == export.render(sample_draft(), fmt)


def test_text_has_title_lead_headings_and_closes_the_last_paragraph():
    text = export.to_text(sample_draft())
    blocks = text.split("\n\n")
    assert blocks[0] == sample_draft().title
    assert blocks[1] == ("Kế hoạch tổ chức phát động ủng hộ Quỹ Nhân đạo năm 2024; Chỉ thị về việc tăng cường "
                         "các biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024./.")
    assert text.endswith("hàng hóa & giá cả./.\n")
    assert text.count("./.") == 2


def test_html_escapes_the_text_and_has_one_h1():
    html = export.to_html(sample_draft())
    assert html.count("<h1>") == 1 and html.count("<h2>") == 2
    assert "&lt;tổng hợp&gt;" in html and "&amp; giá cả" in html


def test_markdown_escapes_what_would_become_markup():
    md = export.to_markdown(sample_draft())
    assert md.startswith("# Chỉ đạo, điều hành nổi bật")
    assert r"\*ủng hộ\*" in md and "\n1\\. Thời gian" in md


def test_docx_has_the_decrees_page_layout_and_font():
    document = read_docx(io.BytesIO(export.to_docx(sample_draft())))
    section = document.sections[0]
    slack = Mm(0.1)  # Word stores margins in twips: 15 mm is 14.99 mm once saved

    def within(value, low, high):
        return Mm(low) - slack <= value <= Mm(high) + slack

    assert within(section.top_margin, 20, 25) and within(section.bottom_margin, 20, 25)
    assert within(section.left_margin, 30, 35) and within(section.right_margin, 15, 20)
    runs = [run for p in document.paragraphs for run in p.runs]
    assert {run.font.name for run in runs} == {"Times New Roman"}
    assert all(Pt(13) <= run.font.size <= Pt(14) for run in runs)
    header = document.tables[0].rows[0].cells
    assert "ỦY BAN NHÂN DÂN" in header[0].text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header[1].text
    assert document.paragraphs[0].text == sample_draft().title


def test_docx_has_fixed_dates_inside_and_outside():
    data = export.to_docx(sample_draft())
    assert {info.date_time for info in zipfile.ZipFile(io.BytesIO(data)).infolist()} == {(1980, 1, 1, 0, 0, 0)}
    props = read_docx(io.BytesIO(data)).core_properties
    assert props.created.year == 2000 and props.modified.year == 2000
