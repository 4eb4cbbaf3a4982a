"""Document intake: read a file, run the engine, and save a reviewed parse in one transaction.

`save_parsed_document()` is the single way a parse (`chidao.parse/1`, docs/parse-output.md) becomes a
Document with its references and tasks: the review screen, `chidao import` and the digest import call it.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from chidao.documents.models import Document, DocumentStatus, Reference, Relation
from chidao.registry.models import Agency
from chidao.text.readers import read_bytes
from chidao.text.types import ChidaoTextError

# Document fields an editor may set or correct; everything else is derived.
DOCUMENT_FIELDS = (
    "doc_type", "code", "number", "year", "symbol", "issued_on", "issuer_name", "signer_name", "signer_title",
    "signer_authority", "subject", "sector", "highlight", "body", "status",
)
TASK_FIELDS = (
    "text", "clause", "lead_agency", "lead_group", "support_agencies", "support_groups", "deadline",
    "deadline_text", "deadline_kind", "source_start", "source_end",
)


class IntakeError(Exception):
    """A parse that cannot become a document; the message is for the editor."""


class DuplicateDocument(IntakeError):
    """The same code, issuer and year is already registered."""

    def __init__(self, existing: Document):
        self.existing = existing
        super().__init__(_("Văn bản %(code)s của %(issuer)s năm %(year)s đã có trong hệ thống.") % {
            "code": existing.code, "issuer": existing.issuer_name or "?", "year": existing.issued_year or "?"})


@dataclass
class Intake:
    """What the review screen needs between steps: the prepared text and the engine's parse of it."""

    text: str
    parsed: dict
    source: str = ""
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- engine


def fold(value: str) -> str:
    """Search form of a name: the engine's fold (no tones, đ→d, lower case) when it is available."""
    try:
        from chidao.text.normalize import fold as engine_fold
    except ImportError:  # the engine module is written in parallel; same rule, simpler code
        value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
        value = "".join(ch for ch in value if not unicodedata.combining(ch))
        return " ".join(value.lower().split())
    return " ".join(engine_fold(value).lower().split())


def prepare_text(raw: str) -> str:
    """The text the engine's offsets point into (NFC, legacy encodings converted)."""
    try:
        from chidao.text.normalize import prepare
    except ImportError:
        return unicodedata.normalize("NFC", raw)
    return prepare(raw).text


def run_engine(raw: str, source: str | None = None) -> dict:
    """The engine's `chidao.parse/1` record of `raw` (kept apart so tests can stand in for it)."""
    from chidao.text.parse import parse_text

    return parse_text(raw, source=source)


def intake_text(raw: str, source: str = "") -> Intake:
    """Parse pasted or read text; raises `ChidaoTextError` for empty input."""
    if not raw or not raw.strip():
        raise ChidaoTextError(_("Chưa có nội dung văn bản."))
    parsed = run_engine(raw, source or None)
    warnings = [w.get("message", "") for w in parsed.get("warnings") or []]
    return Intake(text=prepare_text(raw), parsed=parsed, source=source, warnings=warnings)


def intake_file(data: bytes, filename: str) -> Intake:
    """Read an uploaded file and parse it; raises `ChidaoTextError` with the reader's clear message."""
    return intake_text(read_bytes(data, filename), filename)


# ---------------------------------------------------------------------------------------------- agencies


class AgencyIndex:
    """Registry agencies by folded name, short name and alias, built once per save or request."""

    def __init__(self, agencies=None):
        self.by_slug: dict[str, Agency] = {}
        self.by_name: dict[str, Agency] = {}
        for agency in agencies if agencies is not None else Agency.objects.all():
            self.by_slug[agency.slug] = agency
            for name in [agency.name, agency.short_name, *(agency.aliases or [])]:
                if name:
                    self.by_name.setdefault(fold(name), agency)

    def resolve(self, name: str | None, slug: str | None = None) -> Agency | None:
        if slug and slug in self.by_slug:
            return self.by_slug[slug]
        return self.by_name.get(fold(name)) if name else None


def search_agencies(query: str, limit: int = 15) -> list[Agency]:
    """Agencies whose name, short name or alias holds every word of the query, ignoring case and tone
    marks (the registry's own search); agencies still in existence first."""
    found = Agency.objects.search(query).order_by(F("valid_to").desc(nulls_first=True), "name")
    return list(found[:limit])


# ---------------------------------------------------------------------------------------------- parse → rows


def _date(value) -> datetime.date | None:
    if value is None or value == "" or isinstance(value, datetime.date):
        return value or None
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def document_fields_from_parse(parsed: dict, text: str = "") -> dict:
    """The Document fields the engine proposes for a parse (empty strings, never None, for text fields)."""
    head = parsed.get("document") or {}
    signer = head.get("signer") or {}
    return {
        "doc_type": head.get("type") or "", "code": head.get("code") or "", "number": head.get("number"),
        "year": head.get("year"), "symbol": head.get("symbol") or "", "issued_on": _date(head.get("issued_on")),
        "issuer_name": head.get("issuer") or "", "signer_name": signer.get("name") or "",
        "signer_title": signer.get("title") or "", "signer_authority": signer.get("authority") or "",
        "subject": head.get("subject") or "", "sector": "", "highlight": False, "body": text,
    }


def task_rows_from_parse(parsed: dict, index: AgencyIndex | None = None) -> list[dict]:
    """One row (Task field → value) per engine task. The first known lead agency leads; other leads
    and unknown names are kept as text in the group fields so nothing the document says is lost."""
    index = index or AgencyIndex()
    rows = []
    for task in parsed.get("tasks") or []:
        leads = _resolve_names(task.get("lead") or [], task.get("lead_ids") or [], index)
        supports = _resolve_names(task.get("support") or [], task.get("support_ids") or [], index)
        lead_agency = next((agency for _name, agency in leads if agency), None)
        extra_leads = [name for name, agency in leads if agency is None or agency != lead_agency]
        deadline = task.get("deadline") or {}
        rows.append({
            "text": (task.get("text") or "").strip(), "clause": task.get("clause") or "",
            "lead_agency": lead_agency,
            "lead_group": "; ".join([*extra_leads, *(task.get("lead_groups") or [])]),
            "support_agencies": [agency for _name, agency in supports if agency],
            "support_groups": "; ".join(
                [*(name for name, agency in supports if agency is None), *(task.get("support_groups") or [])]),
            "deadline": _date(deadline.get("date")), "deadline_text": deadline.get("text") or "",
            "deadline_kind": deadline.get("kind") or "",
            "source_start": task.get("start"), "source_end": task.get("end"),
        })
    return rows


def _resolve_names(names, ids, index: AgencyIndex) -> list[tuple[str, Agency | None]]:
    return [(name, index.resolve(name, ids[i] if i < len(ids) else None)) for i, name in enumerate(names)]


# ---------------------------------------------------------------------------------------------- save


def find_duplicate(code: str, issuer_name: str, issued_on, exclude_pk: int | None = None) -> Document | None:
    """The registered document with the same code, issuer and year of issue (the model's unique rule)."""
    if not code:
        return None
    issued_on = _date(issued_on)
    found = Document.objects.filter(
        code=code, issuer_name=issuer_name, issued_year=issued_on.year if issued_on else None)
    return found.exclude(pk=exclude_pk).first() if exclude_pk else found.first()


def resolve_target(code: str, issued_on=None, year: int | None = None) -> Document | None:
    """The registered document a reference points to, when exactly one matches its code (and year)."""
    if not code:
        return None
    candidates = list(Document.objects.filter(code=code)[:10])
    issued_on = _date(issued_on)
    wanted_year = issued_on.year if issued_on else year
    if wanted_year and len(candidates) > 1:
        candidates = [doc for doc in candidates if doc.issued_year == wanted_year or doc.year == wanted_year]
    return candidates[0] if len(candidates) == 1 else None


def save_parsed_document(parsed: dict, *, user=None, overrides: dict | None = None) -> Document:
    """Save a `chidao.parse/1` record as a Document with its references and tasks, in one transaction.

    `overrides` replaces what the engine proposed: any key of DOCUMENT_FIELDS (e.g. the editor's
    corrections, `body` for the prepared text the offsets point into, `status`), `issuer` (an Agency),
    `original_file` (a django File with a name: the uploaded original, stored under documents/YYYY/MM/),
    `tasks` (a list of rows keyed by TASK_FIELDS, replacing the parsed tasks; `lead_agency` an Agency or
    None, `support_agencies` a list of Agencies) and `references` (a list of parse reference dicts).
    Every task gets original_deadline = deadline. Raises `DuplicateDocument` when the same code, issuer
    and year exist, `IntakeError` when the document has no type; nothing is saved then.
    """
    overrides = dict(overrides or {})
    index = AgencyIndex()
    fields = document_fields_from_parse(parsed)
    fields.update({key: overrides[key] for key in DOCUMENT_FIELDS if key in overrides})
    fields["issued_on"] = _date(fields["issued_on"])
    for key in ("doc_type", "code", "symbol", "issuer_name", "subject"):
        fields[key] = (fields.get(key) or "").strip()
    if not fields["doc_type"]:
        raise IntakeError(_("Không nhận ra loại văn bản (không có phần đầu văn bản): hãy nhập loại văn bản."))
    rows = overrides["tasks"] if "tasks" in overrides else task_rows_from_parse(parsed, index)
    references = overrides["references"] if "references" in overrides else parsed.get("references") or []
    issuer = overrides.get("issuer") or index.resolve(fields["issuer_name"])

    with transaction.atomic():
        existing = find_duplicate(fields["code"], fields["issuer_name"], fields["issued_on"])
        if existing:
            raise DuplicateDocument(existing)
        document = Document(**fields, issuer=issuer, created_by=user)
        original = overrides.get("original_file")
        if original is not None:
            document.original_file.save(original.name.rsplit("/", 1)[-1], original, save=False)
        if document.status == DocumentStatus.PUBLISHED and not document.published_at:
            document.published_at = timezone.now()
        if user is not None:
            document._history_user = user
        try:
            with transaction.atomic():
                document.save()
        except IntegrityError as exc:  # a concurrent save of the same document won the race
            raise DuplicateDocument(find_duplicate(fields["code"], fields["issuer_name"], fields["issued_on"])
                                    or document) from exc
        _save_references(document, references)
        _save_tasks(document, rows, user)
        _link_earlier_citations(document)
    return document


def _save_references(document: Document, references: list[dict]) -> None:
    relations = set(Relation.values)
    seen = set()
    for ref in references:
        code = (ref.get("code") or "").strip()
        if not code or code in seen or code == document.code:
            continue
        seen.add(code)
        Reference.objects.create(
            source=document, target=resolve_target(code, ref.get("issued_on"), ref.get("year")), code=code[:80],
            doc_type=(ref.get("type") or "")[:60], issued_on=_date(ref.get("issued_on")),
            issuer_name=(ref.get("issuer") or "")[:255],
            relation=ref.get("relation") if ref.get("relation") in relations else Relation.CITES,
            start=ref.get("start"), end=ref.get("end"),
        )


def _save_tasks(document: Document, rows: list[dict], user) -> None:
    from chidao.tasks.models import Task

    for row in rows:
        text = (row.get("text") or "").strip()
        if not text:
            continue
        deadline = _date(row.get("deadline"))
        task = Task(
            document=document, text=text, clause=(row.get("clause") or "")[:40],
            lead_agency=row.get("lead_agency"), lead_group=(row.get("lead_group") or "")[:255],
            support_groups=(row.get("support_groups") or "")[:255], deadline=deadline,
            original_deadline=deadline, deadline_text=(row.get("deadline_text") or "")[:255],
            deadline_kind=(row.get("deadline_kind") or "")[:20],
            source_start=row.get("source_start"), source_end=row.get("source_end"),
        )
        if user is not None:
            task._history_user = user
        task.save()
        supports = [agency for agency in row.get("support_agencies") or [] if agency != task.lead_agency]
        if supports:
            task.support_agencies.set(supports)


def _link_earlier_citations(document: Document) -> None:
    """References saved before this document existed now point to it (same code, year if known)."""
    if not document.code:
        return
    pending = Reference.objects.filter(code=document.code, target__isnull=True).exclude(source=document)
    if document.issued_year:
        pending = pending.filter(Q(issued_on__isnull=True) | Q(issued_on__year=document.issued_year))
    pending.update(target=document)


# ---------------------------------------------------------------------------------------------- publication


def publish(document: Document, user=None) -> None:
    """Make the document public (portal, API); the first publication date is kept on republication."""
    document.status = DocumentStatus.PUBLISHED
    document.published_at = document.published_at or timezone.now()
    if user is not None:
        document._history_user = user
    document.save(update_fields=["status", "published_at", "updated_at"])


def withdraw(document: Document, user=None) -> None:
    """Take the document off the portal and the API; it stays registered with its history."""
    document.status = DocumentStatus.WITHDRAWN
    if user is not None:
        document._history_user = user
    document.save(update_fields=["status", "updated_at"])
