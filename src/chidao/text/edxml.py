"""Read an edXML package, the envelope Vietnamese agencies exchange electronic documents in.

edXML is the format of Thông tư 10/2016/TT-BTTTT (Tiêu chuẩn kỹ thuật về cấu trúc thông điệp dữ liệu công
văn điện tử) and its successors: an `edXMLEnvelope` whose `edXMLHeader` holds a `MessageHeader` with the
sender (`From`), the recipients (`To`), the số and ký hiệu (`Code`: `CodeNumber`, `CodeNotation`), place
and date (`PromulgationInfo`), the type (`DocumentType`: `Type`, `TypeName`), the trích yếu (`Subject`),
the text (`Content`), the signer (`SignerInfo`: `Competence`, `Position`, `FullName`) and the Nơi nhận
(`ToPlaces`). Senders' software uses different namespace prefixes and URIs, so elements are matched by
local name only.

The package comes from outside: it is parsed with defusedxml, which refuses DTDs, entity declarations and
external references (no billion-laughs expansion, no XXE). `EdxmlDocument.as_text()` lays the fields out
like a printed document (Nghị định 30/2020/NĐ-CP, Phụ lục I) so that the ordinary engine reads its header.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from chidao.text.types import ChidaoTextError

_QUOC_HIEU = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_VN_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_NUMBER = re.compile(r"\d{1,6}")


@dataclass(frozen=True)
class EdxmlDocument:
    """The fields of one edXML package's MessageHeader; empty strings for what the sender left out."""

    issuer: str = ""
    issuer_parent: str = ""
    code_number: str = ""
    code_notation: str = ""
    place: str = ""
    issued_on: datetime.date | None = None
    type_code: str = ""
    type_name: str = ""
    subject: str = ""
    content: str = ""
    signer_competence: str = ""
    signer_position: str = ""
    signer_name: str = ""
    recipients: tuple[str, ...] = ()
    to_places: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        """The số, ký hiệu as printed: "03/CT-UBND" from CodeNumber 03 and CodeNotation CT-UBND."""
        number, notation = self.code_number, self.code_notation.lstrip("/")
        if not notation:
            return number
        # Some senders put the whole số, ký hiệu in CodeNotation already.
        if not number or ("/" in notation and _starts_with_number(notation)):
            return notation
        return f"{number}/{notation}"

    def as_text(self) -> str:
        """The document laid out as printed: issuer, quốc hiệu, "Số: …", place and date, type, trích yếu,
        body, Nơi nhận and signer, one part per line."""
        lines: list[str] = []
        if self.issuer_parent and self.issuer_parent.casefold() != self.issuer.casefold():
            lines.append(self.issuer_parent.upper())
        if self.issuer:
            lines.append(self.issuer.upper())
        lines += [*_QUOC_HIEU, ""]
        if self.code:
            lines.append(f"Số: {self.code}")
        official_letter = _is_official_letter(self.type_name)
        if official_letter and self.subject:
            # A Công văn prints no type name; its trích yếu stands under the số as "V/v …".
            lines.append(self.subject if self.subject.lower().startswith(("v/v", "về")) else f"V/v {self.subject}")
        if self.issued_on:
            lines.append(_place_and_date(self.place, self.issued_on))
        lines.append("")
        if self.type_name and not official_letter:
            lines.append(self.type_name.upper())
            if self.subject:
                # Printed documents set the trích yếu under the type name in capitals, as the engine expects.
                lines.append(self.subject.upper())
            lines.append("")
        if self.content:
            lines += [self.content, ""]
        if self.to_places:
            lines.append("Nơi nhận:")
            lines += [f"- {place};" for place in self.to_places[:-1]] + [f"- {self.to_places[-1]}."]
            lines.append("")
        lines += [part for part in (self.signer_competence.upper(), self.signer_position.upper(),
                                    self.signer_name) if part]
        return "\n".join(lines).strip("\n") + "\n"


def read_edxml(data: bytes) -> EdxmlDocument:
    """Parse an edXML package (bytes) into an `EdxmlDocument`.

    Raises `ChidaoTextError` with a Vietnamese message for XML that is not well formed, that declares a DTD
    or entities (refused whatever they contain: billion laughs, external entities), or that holds no
    edXML `MessageHeader`, or whose header has neither số, ký hiệu nor trích yếu nor content.
    """
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ChidaoTextError(
            "Tệp XML có khai báo DTD hoặc thực thể (entity); vì an toàn, hệ thống không đọc loại tệp này. "
            "Hãy xuất lại gói edXML từ phần mềm quản lý văn bản."
        ) from exc
    except ParseError as exc:
        raise ChidaoTextError(f"Tệp XML bị hỏng, không đọc được ({exc}).") from exc
    header = _find(root, "MessageHeader")
    if header is None:
        raise ChidaoTextError("Tệp XML không phải gói văn bản điện tử edXML (không có phần MessageHeader).")
    document = _document(header)
    if not (document.code or document.subject or document.content):
        raise ChidaoTextError("Gói edXML không có số, ký hiệu, trích yếu hay nội dung văn bản để đọc.")
    return document


def _document(header: Element) -> EdxmlDocument:
    sender = _child(header, "From")
    signer = _child(header, "SignerInfo")
    return EdxmlDocument(
        issuer=_text(sender, "OrganName"),
        issuer_parent=_text(sender, "OrganizationInCharge"),
        code_number=_text(_child(header, "Code"), "CodeNumber"),
        code_notation=_text(_child(header, "Code"), "CodeNotation"),
        place=_text(_child(header, "PromulgationInfo"), "Place"),
        issued_on=_date(_text(_child(header, "PromulgationInfo"), "PromulgationDate")),
        type_code=_text(_child(header, "DocumentType"), "Type"),
        type_name=_text(_child(header, "DocumentType"), "TypeName"),
        subject=_text(header, "Subject"),
        content=_lines(_child(header, "Content")),
        signer_competence=_text(signer, "Competence"),
        signer_position=_text(signer, "Position"),
        signer_name=_text(signer, "FullName"),
        recipients=tuple(name for to in _children(header, "To") if (name := _text(to, "OrganName"))),
        to_places=tuple(_flat(place.text) for place in _children(_child(header, "ToPlaces"), "Place")
                        if _flat(place.text)),
    )


def _local(tag: object) -> str:
    """The local name of an element tag: "{urn:…}Subject" and "Subject" are both "Subject"."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _find(root: Element, name: str) -> Element | None:
    return next((element for element in root.iter() if _local(element.tag) == name), None)


def _children(parent: Element | None, name: str) -> list[Element]:
    return [child for child in parent if _local(child.tag) == name] if parent is not None else []


def _child(parent: Element | None, name: str) -> Element | None:
    found = _children(parent, name)
    return found[0] if found else None


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def _text(parent: Element | None, name: str) -> str:
    child = _child(parent, name)
    return _flat("".join(child.itertext())) if child is not None else ""


def _lines(element: Element | None) -> str:
    """Text of a multi-line element, line breaks kept, runs of blank lines folded to one."""
    if element is None:
        return ""
    lines = [" ".join(line.split()) for line in "".join(element.itertext()).splitlines()]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip("\n")


def _date(value: str) -> datetime.date | None:
    """PromulgationDate: ISO (2024-01-15, with or without a time) or the Vietnamese 15/01/2024."""
    iso, vietnamese = _ISO_DATE.match(value), _VN_DATE.match(value)
    try:
        if iso:
            return datetime.date(int(iso[1]), int(iso[2]), int(iso[3]))
        if vietnamese:
            return datetime.date(int(vietnamese[3]), int(vietnamese[2]), int(vietnamese[1]))
    except ValueError:
        return None
    return None


def _place_and_date(place: str, day: datetime.date) -> str:
    # Nghị định 30/2020/NĐ-CP, Phụ lục I: a day below 10 and the months 1 and 2 are written with a leading 0.
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    dated = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    return f"{place}, {dated}" if place else dated.capitalize()


def _is_official_letter(type_name: str) -> bool:
    return _flat(type_name).casefold() in ("công văn", "cong van")


def _starts_with_number(value: str) -> bool:
    return bool(_NUMBER.match(value))
