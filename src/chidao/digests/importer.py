"""Importing a published weekly digest (text or a saved HTML page): its documents, their references and
tasks, and the digest itself. Importing the same digest twice changes nothing.

Each section's own document is the one its first paragraph cites ("(Công văn số 02/UBND-KT, ngày
02/01/2024)" or "ban hành Kế hoạch số …"); its trích yếu is recovered from the heading so that drafting
that week again gives the same headings. Documents are saved by the intake service
(`chidao.documents.services.save_parsed_document`), which also saves their references and tasks.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import transaction

from chidao.digests.draft import DraftSection, subject_for, week_bounds
from chidao.digests.lint import sections_of

PROVINCE_ISSUER = "UBND tỉnh Lạng Sơn"


class DigestImportError(Exception):
    """The text is not a weekly digest, or cannot be imported; the message says why."""


@dataclass
class PlannedSection:
    section: DraftSection
    document: dict | None  # the `document` part of a chidao.parse/1 record, or None without a citation
    parsed: dict = field(default_factory=dict)


@dataclass
class ImportResult:
    week_start: datetime.date
    title: str
    created_documents: int = 0
    existing_documents: int = 0
    created_digest: bool = False
    sections: int = 0
    dry_run: bool = False

    def summary(self) -> str:
        digest = "tạo mới" if self.created_digest else "đã có, giữ nguyên"
        prefix = "[thử, không lưu] " if self.dry_run else ""
        return (f"{prefix}Bản tin tuần {self.week_start:%d/%m/%Y}: {self.sections} mục; tạo "
                f"{self.created_documents} văn bản, {self.existing_documents} văn bản đã có; bản tin {digest}.")


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.splitlines() if p.strip()]


def _issuer(first: str, symbol: str) -> str:
    if "UBND" in symbol.upper():
        return PROVINCE_ISSUER
    match = re.match(r"(.{3,160}?)\s(?:vừa\s)?ban hành\s", first)
    return match.group(1).strip() if match else ""


def _document_part(section, heading: str, first: str) -> dict | None:
    from chidao.text.codes import canonical_type, parse_code, type_for_symbol

    cite = section.citation
    parsed = parse_code(cite.code) if cite else None
    if cite is None or parsed is None:
        return None
    doc_type = canonical_type(cite.type_text) or type_for_symbol(parsed.symbol) or ""
    return {
        "type": doc_type, "code": parsed.code, "number": parsed.number, "year": parsed.year,
        "symbol": parsed.symbol, "issued_on": cite.issued_on.isoformat() if cite.issued_on else None,
        "issuer": _issuer(first, parsed.symbol), "subject": subject_for(doc_type, heading),
        "signer": None, "recipients": [], "place": None,
    }


@lru_cache(maxsize=1)
def _registry():
    from chidao.text.agencies import load_registry

    return load_registry()


def _references_and_tasks(text: str, document: dict) -> dict:
    """The `references` and `tasks` parts of a chidao.parse/1 record for one section's text."""
    from chidao.text.assignments import find_tasks
    from chidao.text.references import find_references

    issued_on = datetime.date.fromisoformat(document["issued_on"]) if document["issued_on"] else None
    references = find_references(text, exclude_code=document["code"],
                                 default_year=issued_on.year if issued_on else None)
    tasks = find_tasks(text, _registry(), reference_date=issued_on)
    return {"references": [r.to_dict() for r in references], "tasks": [t.to_dict() for t in tasks]}


def plan(text: str) -> tuple[str, datetime.date, list[PlannedSection]]:
    """Read a digest's text: its title, its week (Monday) and one planned section per item."""
    from chidao.text.digests import parse_digest
    from chidao.text.normalize import prepare

    text = prepare(text).text
    digest, _warnings = parse_digest(text)
    if digest is None or not digest.items:
        raise DigestImportError("Không nhận ra bản tin \"Chỉ đạo, điều hành nổi bật\" trong tệp này.")
    spans = sections_of(text, digest)
    planned = []
    for index, span in enumerate(spans):
        end = spans[index + 1].heading_start if index + 1 < len(spans) else len(text)
        paragraphs = _paragraphs(text[span.first_start:end])
        first, body = (paragraphs[0] if paragraphs else ""), "\n\n".join(paragraphs[1:])
        heading = " ".join(span.heading.split())
        document = _document_part(span, heading, first)
        parsed = _references_and_tasks("\n\n".join(paragraphs), document) if document else {}
        planned.append(PlannedSection(DraftSection(heading, first, body), document, parsed))
    dates = [p.document["issued_on"] for p in planned if p.document and p.document["issued_on"]]
    if dates:
        usual = datetime.date.fromisoformat(Counter(dates).most_common(1)[0][0])
    elif digest.week_start:
        usual = digest.week_start
    else:
        raise DigestImportError("Không xác định được tuần của bản tin (tiêu đề và các trích dẫn đều không có ngày).")
    return " ".join(digest.title.split()), week_bounds(usual)[0], planned


def _existing(document: dict):
    from chidao.documents.models import Document

    issued = document["issued_on"]
    found = Document.objects.filter(code=document["code"])
    if issued:
        found = found.filter(issued_year=int(issued[:4]))
    return found.order_by("id").first()


def _save_document(planned: PlannedSection, user) -> tuple[object, bool]:
    from chidao.documents.models import DocumentStatus
    from chidao.documents.services import save_parsed_document

    existing = _existing(planned.document)
    if existing is not None:
        return existing, False
    from chidao.documents.services import DuplicateDocument, IntakeError

    record = dict(planned.parsed)
    record["document"] = planned.document
    body = "\n\n".join(p for p in (planned.section.first_sentence, planned.section.body) if p)
    overrides = {"highlight": True, "body": body, "status": DocumentStatus.PUBLISHED}
    try:
        return save_parsed_document(record, user=user, overrides=overrides), True
    except (DuplicateDocument, IntakeError) as exc:
        raise DigestImportError(f"Mục \"{planned.section.heading[:80]}\": {exc}") from exc


def import_digest(text: str, *, user=None, dry_run: bool = False) -> ImportResult:
    """Create the week's documents, their references and tasks, and the digest; all or nothing."""
    from chidao.digests.models import Digest, DigestSection

    title, week_start, planned = plan(text)
    result = ImportResult(week_start=week_start, title=title, sections=len(planned), dry_run=dry_run)
    with transaction.atomic():
        documents = []
        for item in planned:
            document, created = _save_document(item, user) if item.document else (None, False)
            result.created_documents += int(created)
            result.existing_documents += int(document is not None and not created)
            documents.append(document)
        if not Digest.objects.filter(week_start=week_start).exists():
            digest = Digest.objects.create(week_start=week_start, title=title, created_by=user)
            for order, (item, document) in enumerate(zip(planned, documents)):
                DigestSection.objects.create(digest=digest, order=order, document=document,
                                             heading=item.section.heading,
                                             first_sentence=item.section.first_sentence, body=item.section.body)
            result.created_digest = True
        if dry_run:
            transaction.set_rollback(True)
    return result
