"""Documents and tasks for the task, access and API tests."""

import datetime

from django.utils import timezone

from chidao.documents.models import Document, DocumentStatus
from chidao.tasks.models import Task


def today() -> datetime.date:
    return timezone.localdate()


def make_document(code="03/CT-UBND", status=DocumentStatus.PUBLISHED, **fields) -> Document:
    fields.setdefault("doc_type", "Chỉ thị")
    fields.setdefault("issued_on", datetime.date(2024, 1, 15))
    fields.setdefault("issuer_name", "UBND tỉnh Lạng Sơn")
    fields.setdefault("subject", "Về tăng cường công tác quản lý thị trường")
    return Document.objects.create(code=code, status=status, **fields)


def make_task(document, lead_agency=None, deadline=None, **fields) -> Task:
    fields.setdefault("text", "Chủ trì kiểm tra thị trường dịp Tết")
    fields.setdefault("clause", "1")
    return Task.objects.create(document=document, lead_agency=lead_agency, deadline=deadline,
                               original_deadline=fields.pop("original_deadline", deadline), **fields)
