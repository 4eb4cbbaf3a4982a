"""Reading uploaded files: every supported format, and a clear refusal for everything else."""

import codecs
import io
import zipfile

import pytest

from chidao.text.readers import read_bytes, read_path
from chidao.text.types import ChidaoTextError

VIETNAMESE = "Ủy ban nhân dân tỉnh Lạng Sơn giao Sở Công Thương chủ trì."


def minimal_pdf(page_texts: list[str]) -> bytes:
    """A small valid PDF, written by hand: one page per string (ASCII, lines split on "\\n"), Helvetica, correct
    xref."""
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(page_texts)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_texts)} >>".encode())
    font_number = 3 + 2 * len(page_texts)
    for i, text in enumerate(page_texts):
        content_number = 4 + 2 * i
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_number} 0 R "
            f"/Resources << /Font << /F1 {font_number} 0 R >> >> >>".encode()
        )
        shown = " 0 -14 Td ".join(f"({line}) Tj" for line in text.split("\n"))  # one line of the page each
        stream = f"BT /F1 12 Tf 72 720 Td {shown} ET".encode() if text else b""
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(tmp_path, build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    path = tmp_path / "van-ban.docx"
    document.save(path)
    return path.read_bytes()


def test_utf8_text_is_read_as_is():
    assert read_bytes(VIETNAMESE.encode("utf-8"), "a.txt") == VIETNAMESE


def test_utf8_bom_is_dropped():
    assert read_bytes(codecs.BOM_UTF8 + VIETNAMESE.encode("utf-8"), "a.txt") == VIETNAMESE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_read(encoding):
    data = VIETNAMESE.encode(encoding)
    if encoding != "utf-16":
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    assert read_bytes(data, "A.TXT") == VIETNAMESE


def test_utf16_without_bom_is_refused_clearly():
    with pytest.raises(ChidaoTextError, match="UTF-16 không có BOM"):
        read_bytes(VIETNAMESE.encode("utf-16-le"), "a.txt")


def test_windows_line_endings_become_newlines():
    assert read_bytes(b"Dong 1\r\nDong 2\r\n", "a.txt") == "Dong 1\nDong 2"


def test_legacy_tcvn3_text_is_returned_as_cp1252_for_the_engine_to_convert():
    # "Ủy ban nhân dân tỉnh Lạng Sơn" typed with the TCVN3 (ABC) font: â=0xA9, ỉ=0xD8, ạ=0xB9, ơ=0xAC.
    data = b"Uy ban nh\xa9n d\xa9n t\xd8nh L\xb9ng S\xacn"
    assert read_bytes(data, "cu.txt") == "Uy ban nh©n d©n tØnh L¹ng S¬n"


def test_legacy_bytes_undefined_in_cp1252_are_kept():
    assert read_bytes(b"Van ban so 12 \x81\x8d ngay", "cu.txt") == "Van ban so 12 \x81\x8d ngay"


def test_binary_garbage_is_refused():
    garbage = bytes(range(1, 32)) * 40 + bytes(range(128, 256)) * 4
    with pytest.raises(ChidaoTextError, match="nhị phân"):
        read_bytes(garbage, "rac.txt")


def test_high_bytes_without_letters_are_refused_as_unknown_encoding():
    with pytest.raises(ChidaoTextError, match="bảng mã"):
        read_bytes(bytes(range(160, 256)) * 8, "rac.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty_file_is_refused(data):
    with pytest.raises(ChidaoTextError, match="rỗng"):
        read_bytes(data, "trong.txt")


@pytest.mark.parametrize("name", ["a.doc", "a.exe", "khong-duoi"])
def test_unknown_extension_is_refused(name):
    with pytest.raises(ChidaoTextError, match=r"\.txt, \.docx, \.pdf"):
        read_bytes(b"abc", name)


def test_docx_paragraphs_and_table_cells_come_in_document_order(tmp_path):
    def build(document):
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN"
        table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        document.add_paragraph("CHỈ THỊ")
        document.add_paragraph("Giao Sở Công Thương chủ trì.")

    text = read_bytes(make_docx(tmp_path, build), "ct.docx")
    assert text.index("TỈNH LẠNG SƠN") < text.index("CỘNG HÒA") < text.index("CHỈ THỊ") < text.index("Giao Sở")


def test_docx_merged_cell_is_read_once(tmp_path):
    def build(document):
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).merge(table.cell(0, 1)).text = "Một ô gộp"

    assert read_bytes(make_docx(tmp_path, build), "a.docx").count("Một ô gộp") == 1


def test_damaged_docx_is_refused():
    with pytest.raises(ChidaoTextError, match="docx bị hỏng"):
        read_bytes(b"PK\x03\x04 not really a zip file at all", "a.docx")


def test_docx_that_is_a_zip_without_word_parts_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "xin chao")
    with pytest.raises(ChidaoTextError, match="docx bị hỏng"):
        read_bytes(buffer.getvalue(), "a.docx")


def test_pdf_text_layer_is_read_page_by_page():
    text = read_bytes(minimal_pdf(["So 03/CT-UBND", "Giao So Cong Thuong chu tri"]), "ct.pdf")
    assert "So 03/CT-UBND" in text
    assert text.index("03/CT-UBND") < text.index("Giao So")


def test_pdf_pages_lose_their_numbers_and_a_sentence_runs_on_over_a_page_break():
    pages = ["1. Giao So Cong Thuong chu tri, phoi hop voi", "- 2 -\ncac so, nganh lien quan ra soat.\n2. So Tai chinh va",
             "3\nSo Y te bo tri kinh phi.", "4\nDieu 3. Quyet dinh co hieu luc."]
    text = read_bytes(minimal_pdf(pages), "kh.pdf")
    assert "phoi hop voi\ncac so, nganh" in text and "Tai chinh va\nSo Y te" in text  # one sentence over a page break
    assert "kinh phi.\n\nDieu 3" in text  # a new paragraph on the next page
    assert "2 -" not in text and "\n3\n" not in text and "\n4\n" not in text


def test_scanned_pdf_without_text_layer_is_refused():
    with pytest.raises(ChidaoTextError, match=r"Tệp PDF không có lớp văn bản \(bản quét\?\)"):
        read_bytes(minimal_pdf([""]), "scan.pdf")


def test_damaged_pdf_is_refused():
    with pytest.raises(ChidaoTextError, match="PDF bị hỏng"):
        read_bytes(b"%PDF-1.4 garbage \x00\x01\x02" * 10, "a.pdf")


def test_html_keeps_visible_text_only_with_line_breaks_between_blocks():
    page = (
        "<html><head><title>Cổng thông tin</title><style>p{color:red}</style></head><body>"
        "<script>var x = 'ẩn';</script><h1>CHỈ THỊ</h1><p>Giao <b>Sở Công Thương</b> chủ trì.</p>"
        "<!-- ghi chú --><div>Thực hiện<br>trước ngày 31/3/2024</div></body></html>"
    )
    text = read_bytes(page.encode("utf-8"), "trang.html")
    assert text == "CHỈ THỊ\n\nGiao Sở Công Thương chủ trì.\n\nThực hiện\ntrước ngày 31/3/2024"


def test_html_in_a_declared_legacy_charset_is_decoded():
    page = '<html><head><meta charset="windows-1258"></head><body><p>Lang Son</p></body></html>'
    assert read_bytes(page.encode("cp1258") + b"\xff", "a.htm").startswith("Lang Son")


def test_read_path_reads_by_extension(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(VIETNAMESE, encoding="utf-8")
    assert read_path(path) == VIETNAMESE


def test_read_path_of_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ChidaoTextError, match="Không mở được tệp"):
        read_path(tmp_path / "khong-co.txt")


def test_a_large_text_file_is_read_quickly():
    data = (VIETNAMESE + "\n").encode("utf-8") * 100_000  # about 6 MB
    assert len(read_bytes(data, "lon.txt")) > 5_000_000


def test_legacy_text_read_from_a_file_is_converted_by_the_engine():
    normalize = pytest.importorskip("chidao.text.normalize")
    text = read_bytes(b"Uy ban nh\xa9n d\xa9n t\xd8nh L\xb9ng S\xacn", "cu.txt")
    assert normalize.prepare(text).text == "Uy ban nhân dân tỉnh Lạng Sơn"


@pytest.mark.parametrize("name", ["a.txt", "a.docx", "a.pdf", "a.html"])
def test_arbitrary_bytes_give_text_or_a_clear_error_never_a_crash(name):
    import random

    rng = random.Random(name)  # deterministic: a failure reproduces
    for prefix in (b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", codecs.BOM_UTF16_LE):
        for _ in range(12):
            data = prefix + rng.randbytes(rng.randrange(0, 2000))
            try:
                assert isinstance(read_bytes(data, name), str)
            except ChidaoTextError as exc:
                assert str(exc)


def test_long_runs_of_spaces_are_read_in_linear_time():
    import time

    started = time.perf_counter()
    assert read_bytes(b"a" + b" " * 3_000_000 + b"b\n\n\n\n  \n\nc", "a.txt") == "a" + " " * 3_000_000 + "b\n\nc"
    assert time.perf_counter() - started < 5
