"""Turn an uploaded or stored file into text for the engine: .txt, .docx, .pdf, .html, edXML (.xml, .edxml).

Every failure is a `ChidaoTextError` whose message, in Vietnamese, tells the editor what is wrong with the
file and what to do; nothing here returns half-read text. Legacy 8-bit Vietnamese text (TCVN3/ABC, VNI) is
returned decoded as cp1252 so that `chidao.text.normalize.prepare()` can detect and convert it.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from chidao.text.types import ChidaoTextError

TEXT_SUFFIXES = (".txt",)
DOCX_SUFFIXES = (".docx",)
PDF_SUFFIXES = (".pdf",)
HTML_SUFFIXES = (".html", ".htm")
XML_SUFFIXES = (".xml", ".edxml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + DOCX_SUFFIXES + PDF_SUFFIXES + HTML_SUFFIXES + XML_SUFFIXES

# A .docx is a zip: refuse archives that inflate far beyond any real document (zip bombs).
DOCX_MAX_UNCOMPRESSED = 200 * 1024 * 1024
# Text may hold tabs, line breaks and form feeds (0x09-0x0D); other C0 controls only appear in binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_SPACE = re.compile(r"\s")
_BLANK_LINES = re.compile(r"\n{3,}")


def read_path(path: str | Path) -> str:
    """Read the file at `path` and return its text; the file's extension says how to read it.

    Raises `ChidaoTextError` when the file cannot be opened or read (see `read_bytes`).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ChidaoTextError(f"Không mở được tệp {path.name}: {exc.strerror or exc}.") from exc
    return read_bytes(data, path.name)


def read_bytes(data: bytes, filename: str) -> str:
    """Return the text of a file given its content and name (only the extension of `filename` is used).

    .txt: UTF-8 with or without BOM, UTF-16 with BOM, or legacy 8-bit Vietnamese (TCVN3, VNI) returned as
    cp1252 for the engine to convert. .docx: paragraphs and table cells in document order. .pdf: the text
    layer. .html/.htm: visible text only. .xml/.edxml: an edXML package laid out as a printed document
    (`chidao.text.edxml`), so that the header is read as usual. Raises `ChidaoTextError` for an empty file,
    an unknown extension, binary data, a damaged file, unsafe or non-edXML XML, or a scanned PDF without a
    text layer.
    """
    suffix = Path(filename or "").suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "không có phần mở rộng"
        raise ChidaoTextError(
            f"Không đọc được tệp loại {shown}. Chỉ nhận tệp .txt, .docx, .pdf, .html hoặc edXML (.xml) "
            "(tệp .doc cũ: hãy lưu lại thành .docx)."
        )
    if not data or not data.strip():
        raise ChidaoTextError(f"Tệp {filename} rỗng, không có nội dung.")
    if suffix in TEXT_SUFFIXES:
        text = _read_txt(data)
    elif suffix in DOCX_SUFFIXES:
        text = _read_docx(data)
    elif suffix in PDF_SUFFIXES:
        text = _read_pdf(data)
    elif suffix in XML_SUFFIXES:
        text = _read_edxml(data)
    else:
        text = _read_html(data)
    text = _tidy(text)
    if not text.strip():
        raise ChidaoTextError(f"Tệp {filename} không có chữ nào đọc được.")
    return text


def _tidy(text: str) -> str:
    # Line by line, not by regular expression: a run of spaces must cost linear time, whatever its length.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip("\n")


def _refuse_binary(text: str) -> None:
    """Reject decoded text that holds control characters: real documents never do."""
    controls = len(_CONTROL.findall(text))
    # A stray control character (an old editor's page break) is tolerated; one in a thousand is not text.
    if controls > max(2, len(text) // 1000):
        raise ChidaoTextError(
            "Tệp có vẻ là dữ liệu nhị phân, không phải văn bản. Hãy kiểm tra lại tệp "
            "hoặc lưu lại dưới dạng văn bản UTF-8."
        )


def _read_txt(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _decode_checked(data[len(codecs.BOM_UTF8):], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_checked(data, "utf-16")
    if b"\x00" in data:
        raise ChidaoTextError(
            "Tệp chứa byte 0: đây là tệp nhị phân hoặc văn bản UTF-16 không có BOM. "
            "Hãy lưu lại tệp dưới dạng UTF-8."
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    _refuse_binary(text)
    return text


def _decode_checked(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ChidaoTextError(
            f"Tệp khai báo bảng mã {encoding.upper()} nhưng có byte sai ở vị trí {exc.start}. "
            "Hãy mở tệp và lưu lại dưới dạng UTF-8."
        ) from exc
    _refuse_binary(text)
    return text


def _decode_legacy(data: bytes) -> str:
    """Decode 8-bit text as cp1252, the way TCVN3 and VNI files are read on a Windows machine.

    cp1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D); TCVN3 uses some of them, so they
    map to the same code points as in Latin-1 and the engine's converter still sees every byte.
    """
    text = data.decode("cp1252", errors="latin1_fallback")
    _refuse_binary(text)
    # Vietnamese prose is mostly ASCII letters even in legacy encodings; binary data is not.
    letters = len(_ASCII_LETTER.findall(text))
    visible = len(text) - len(_SPACE.findall(text))
    if visible and letters / visible < 0.4:
        raise ChidaoTextError(
            "Không nhận ra bảng mã của tệp (không phải UTF-8, UTF-16 hay TCVN3/VNI). "
            "Hãy mở tệp và lưu lại dưới dạng UTF-8."
        )
    return text


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start:exc.end]
    return chunk.decode("latin-1"), exc.end


codecs.register_error("latin1_fallback", _latin1_fallback)


def _read_docx(data: bytes) -> str:
    import docx  # python-docx: only needed for .docx, keep the engine's import light

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > DOCX_MAX_UNCOMPRESSED:
                raise ChidaoTextError("Tệp .docx giải nén ra quá lớn, không phải một văn bản thông thường.")
        document = docx.Document(io.BytesIO(data))
    except ChidaoTextError:
        raise
    except Exception as exc:  # python-docx and zipfile raise many types for a damaged file
        raise ChidaoTextError(
            "Tệp .docx bị hỏng hoặc không phải tệp Word (.docx). Hãy mở bằng Word và lưu lại."
        ) from exc
    return "\n".join(_docx_lines(document))


def _docx_lines(container) -> Iterator[str]:
    """Paragraphs and table cells in document order; a merged cell is read once."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from _docx_lines(cell)
            yield ""
        else:
            yield block.text


def _read_pdf(data: bytes) -> str:
    import logging

    from pypdf import PdfReader

    # pypdf logs every malformed object it repairs; the editor only needs our one message.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ChidaoTextError("Tệp PDF có mật khẩu. Hãy gỡ mật khẩu rồi nạp lại.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ChidaoTextError:
        raise
    except Exception as exc:  # pypdf raises many types for a damaged file
        raise ChidaoTextError("Tệp PDF bị hỏng hoặc không phải tệp PDF.") from exc
    text = _joined_pages(pages)
    if not text.strip():
        raise ChidaoTextError(
            "Tệp PDF không có lớp văn bản (bản quét?). Hãy dùng bản PDF xuất từ Word, "
            "hoặc nhận dạng chữ (OCR) trước khi nạp."
        )
    _refuse_binary(text)
    return text


# A page's number printed alone on its first or last line ("2", "- 2 -", "Trang 2", "2/5").
_PAGE_NUMBER = re.compile(r"[ \t]*(?:-[ \t]*)?(?:Trang[ \t]+)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?(?:[ \t]*-)?[ \t]*")
_SENTENCE_END = ".:;!?)\"”*|"


def _joined_pages(pages: list[str]) -> str:
    """The pages' text, one after the other, without their numbers: a blank line between two pages, but a
    line break only where a sentence runs on from one page to the next (the page ends mid-sentence), so that
    it stays one paragraph, as the lines of one page are."""
    text = ""
    for number, page in enumerate(pages):
        lines = page.strip("\n").split("\n")
        if number and lines and _PAGE_NUMBER.fullmatch(lines[0]):
            lines = lines[1:]
        if len(pages) > 1 and lines and _PAGE_NUMBER.fullmatch(lines[-1]):
            lines = lines[:-1]
        page = "\n".join(lines)
        if not text:
            text = page
        elif page:
            text = text.rstrip("\n") + ("\n" if text.rstrip()[-1:] not in _SENTENCE_END else "\n\n") + page
    return text


def _read_edxml(data: bytes) -> str:
    from chidao.text.edxml import read_edxml

    text = read_edxml(data).as_text()
    _refuse_binary(text)
    return text


_HTML_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
_HTML_HIDDEN = ("script", "style", "noscript", "template", "head", "iframe", "object", "svg")


def _read_html(data: bytes) -> str:
    import lxml.html
    from lxml import etree

    # The HTML parser never fetches anything; entities of a DTD are not expanded (no XXE).
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        source: str | bytes = data.decode("utf-8-sig")
        source = re.sub(r"^\s*<\?xml[^>]{0,200}\?>", "", source)
    except UnicodeDecodeError:
        source = data  # let lxml honour the page's <meta charset>
    try:
        root = lxml.html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ChidaoTextError("Tệp HTML không đọc được.") from exc
    for element in list(root.iter(*_HTML_HIDDEN)):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _HTML_BLOCKS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() != "br":
                element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    text = "\n".join(lines)
    _refuse_binary(text)
    return text
