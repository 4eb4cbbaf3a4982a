"""Rendering a digest as plain text, Markdown, HTML and DOCX.

Every renderer takes a `DraftDigest` (a saved digest goes through `draft.from_digest`) and is
byte-stable: the same digest gives the same bytes, so exports can be compared with golden files.
"""

from __future__ import annotations

import datetime
import html
import io
import re
import zipfile

from chidao.digests.draft import CLOSING, DraftDigest

FORMATS = {
    "text": ("text/plain; charset=utf-8", "txt"),
    "markdown": ("text/markdown; charset=utf-8", "md"),
    "html": ("text/html; charset=utf-8", "html"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
}
ISSUER_LINES = ("ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN")
NATIONAL_LINES = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
# Fixed so that the .docx bytes do not depend on when it was written.
FIXED_TIME = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text or "") if p.strip()]


def _close(paragraph: str) -> str:
    """The last paragraph of the page ends with the closing mark "./."."""
    if paragraph.endswith(CLOSING):
        return paragraph
    return paragraph.rstrip(" .;") + CLOSING


def blocks(digest: DraftDigest) -> list[tuple[str, str]]:
    """The page as (kind, text) blocks: title, lead, heading, paragraph; the closing mark placed."""
    out: list[tuple[str, str]] = [("title", digest.title)]
    if digest.lead:
        out.append(("lead", digest.lead))
    for section in digest.sections:
        out.append(("heading", " ".join(section.heading.split())))
        for paragraph in _paragraphs(section.first_sentence) + _paragraphs(section.body):
            out.append(("paragraph", paragraph))
    if out[-1][0] == "paragraph":
        out[-1] = ("paragraph", _close(out[-1][1]))
    return out


def to_text(digest: DraftDigest) -> str:
    """Plain text, one block per paragraph, blank lines between (the same text as the page)."""
    return "\n\n".join(text for _kind, text in blocks(digest)) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


def _md(text: str) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # A paragraph that starts with "1." or "#" would become a list or a heading.
    return re.sub(r"^(\d{1,3})\.", r"\1\\.", re.sub(r"^#", r"\\#", text))


def to_markdown(digest: DraftDigest) -> str:
    prefix = {"title": "# ", "heading": "## ", "lead": "", "paragraph": ""}
    return "\n\n".join(prefix[kind] + _md(text) for kind, text in blocks(digest)) + "\n"


def html_fragment(digest: DraftDigest) -> str:
    """The digest as an <article> (one <h1>), shared by the export and the public page."""
    parts = ["<article class=\"digest\">"]
    for kind, text in blocks(digest):
        escaped = html.escape(text, quote=False)
        if kind == "title":
            parts.append(f"<h1>{escaped}</h1>")
        elif kind == "heading":
            parts.append(f"<h2>{escaped}</h2>")
        elif kind == "lead":
            parts.append(f"<p class=\"lead\">{escaped}</p>")
        else:
            parts.append(f"<p>{escaped}</p>")
    parts.append("</article>")
    return "\n".join(parts)


def to_html(digest: DraftDigest) -> str:
    return (
        "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(digest.title, quote=False)}</title>\n</head>\n<body>\n"
        f"{html_fragment(digest)}\n</body>\n</html>\n"
    )


def _stable_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed timestamps so the same document gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def to_docx(digest: DraftDigest) -> bytes:
    """The official layout: Times New Roman 14, Nghị định 30/2020 margins, issuer and national header."""
    from chidao.digests import docx_layout

    document = docx_layout.new_document()
    docx_layout.add_header(document, ISSUER_LINES, NATIONAL_LINES)
    for kind, text in blocks(digest):
        docx_layout.add_block(document, kind, text)
    props = document.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.title = digest.title[:255]
    props.created = FIXED_TIME.replace(tzinfo=None)
    props.modified = FIXED_TIME.replace(tzinfo=None)
    props.last_printed = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def render(digest: DraftDigest, fmt: str) -> bytes:
    """The digest in one of FORMATS, as bytes."""
    if fmt == "docx":
        return to_docx(digest)
    renderer = {"text": to_text, "markdown": to_markdown, "html": to_html}[fmt]
    return renderer(digest).encode("utf-8")
