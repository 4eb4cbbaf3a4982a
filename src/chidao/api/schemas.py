"""The JSON shapes of the public API."""

import datetime
from uuid import UUID

from ninja import Field, Schema

from chidao.documents.models import DocumentStatus


class AgencyRef(Schema):
    slug: str
    name: str


class AgencyOut(Schema):
    slug: str
    name: str
    short_name: str
    kind: str
    level: str
    parent: str | None = None
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    successors: list[AgencyRef]

    @staticmethod
    def resolve_parent(obj):
        return obj.parent.slug if obj.parent_id else None

    @staticmethod
    def resolve_successors(obj):
        return list(obj.successors.all())


class DocumentOut(Schema):
    uid: UUID
    doc_type: str
    code: str
    issued_on: datetime.date | None
    issuer_name: str
    subject: str
    signer_name: str
    signer_title: str
    sector: str
    published_at: datetime.datetime | None


def public_uid(document) -> UUID | None:
    """A linked document's uid, or None when the public may not see it (a draft's uid is not disclosed)."""
    return document.uid if document is not None and document.status == DocumentStatus.PUBLISHED else None


class ReferenceOut(Schema):
    code: str
    doc_type: str
    issued_on: datetime.date | None
    issuer_name: str
    relation: str
    target_uid: UUID | None = None

    @staticmethod
    def resolve_target_uid(obj):
        return public_uid(obj.target)


class TaskOut(Schema):
    id: int
    document_uid: UUID = Field(..., alias="document.uid")
    document_code: str = Field(..., alias="document.code")
    clause: str
    text: str
    lead_agency: AgencyRef | None
    lead_group: str
    support_agencies: list[AgencyRef]
    support_groups: str
    original_deadline: datetime.date | None
    deadline: datetime.date | None
    deadline_text: str
    status: str
    computed_status: str
    completed_on: datetime.date | None

    @staticmethod
    def resolve_support_agencies(obj):
        return list(obj.support_agencies.all())

    @staticmethod
    def resolve_computed_status(obj):
        from chidao.tasks.services import computed_status

        return computed_status(obj)


class DocumentDetailOut(DocumentOut):
    body: str
    references: list[ReferenceOut]
    tasks: list[TaskOut]

    @staticmethod
    def resolve_references(obj):
        return list(obj.references.select_related("target"))

    @staticmethod
    def resolve_tasks(obj):
        return list(obj.tasks.select_related("document", "lead_agency").prefetch_related("support_agencies"))


class DigestSectionOut(Schema):
    order: int
    heading: str
    first_sentence: str
    body: str
    document_uid: UUID | None = None

    @staticmethod
    def resolve_document_uid(obj):
        return public_uid(obj.document)


class DigestOut(Schema):
    uid: UUID
    week_start: datetime.date
    title: str
    published_at: datetime.datetime | None
    change_note: str


class DigestDetailOut(DigestOut):
    sections: list[DigestSectionOut]

    @staticmethod
    def resolve_sections(obj):
        return list(obj.sections.select_related("document"))


class ReportIn(Schema):
    reported_on: datetime.date
    text: str = Field(..., min_length=1, max_length=20000)
    status: str


class ReportOut(Schema):
    id: int
    task_id: int
    reported_on: datetime.date
    text: str
    status: str
    task_status: str


class ErrorOut(Schema):
    detail: str
