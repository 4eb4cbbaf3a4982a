"""The JSON API at /api/: public reading of published data, and progress reports by agency officers.

Reading is anonymous and shows only what the portal shows (published documents and digests, tasks of
published documents). Writing uses the browser session, and the same rules as the web pages
(`chidao.core.access`); the OpenAPI description is at /api/docs.
"""

import datetime

from django.db.models import Q
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Router
from ninja.errors import HttpError
from ninja.pagination import PageNumberPagination, paginate
from ninja.security import django_auth

from chidao.api import schemas
from chidao.core import access
from chidao.digests.models import Digest
from chidao.documents.models import Document
from chidao.registry.models import Agency
from chidao.tasks import services
from chidao.tasks.models import TaskStatus

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

api = NinjaAPI(
    title="chidao API",
    version="1",
    description="Văn bản chỉ đạo, điều hành đã công bố, nhiệm vụ, cơ quan và bản tin tuần.",
    urls_namespace="api",
    docs_url="/docs",
)


def _paginated(func):
    return paginate(PageNumberPagination, page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)(func)


# ---------------------------------------------------------------------------------------------- documents

documents = Router(tags=["documents"])


@documents.get("", response=list[schemas.DocumentOut], summary="Văn bản đã công bố")
@_paginated
def document_list(request, q: str = "", type: str = "", year: int | None = None, issuer: str = ""):
    """Search `q` ignores accents; `type` is the type name (Chỉ thị), `year` the issue year, `issuer` a slug or name."""
    docs = Document.objects.published()
    if type:
        docs = docs.filter(doc_type__iexact=type)
    if year:
        docs = docs.filter(issued_year=year)
    if issuer:
        docs = docs.filter(Q(issuer__slug=issuer) | Q(issuer_name__iexact=issuer))
    if q:
        docs = docs.search(q)
    return docs.order_by("-issued_on", "-id")


@documents.get("/{uuid:uid}", response=schemas.DocumentDetailOut, summary="Một văn bản, các văn bản dẫn và nhiệm vụ")
def document_detail(request, uid):
    return get_object_or_404(Document.objects.published(), uid=uid)


# ---------------------------------------------------------------------------------------------- tasks

tasks = Router(tags=["tasks"])


def _public_tasks():
    return access.visible_tasks(None).prefetch_related("support_agencies").order_by("deadline", "id")


@tasks.get("", response=list[schemas.TaskOut], summary="Nhiệm vụ của văn bản đã công bố")
@_paginated
def task_list(request, agency: str = "", status: str = "", overdue: bool | None = None,
              document: str = ""):
    """`agency` is a slug (lead or support), `status` a stored status, `overdue` true or false."""
    result = _public_tasks()
    if agency:
        found = Agency.objects.filter(slug=agency).values_list("pk", flat=True).first()
        if found is None:
            raise HttpError(422, f"unknown agency {agency!r}")
        result = result.filter(services.agency_q(found)).distinct()
    if status:
        if status not in TaskStatus.values:
            raise HttpError(422, f"status must be one of {', '.join(TaskStatus.values)}")
        result = result.filter(status=status)
    if overdue is True:
        result = result.filter(services.overdue_q())
    elif overdue is False:
        result = result.exclude(services.overdue_q())
    if document:
        result = result.filter(document__uid=_uuid_or_422(document))
    return result


def _uuid_or_422(value: str):
    import uuid

    try:
        return uuid.UUID(value)
    except ValueError:
        raise HttpError(422, "document must be a document uid") from None


@tasks.get("/{int:pk}", response=schemas.TaskOut, summary="Một nhiệm vụ")
def task_detail(request, pk: int):
    return get_object_or_404(_public_tasks(), pk=pk)


@tasks.post("/{int:pk}/reports", auth=django_auth, response={201: schemas.ReportOut, 403: schemas.ErrorOut},
            summary="Báo cáo tiến độ (cán bộ cơ quan chủ trì, đăng nhập)")
def report_create(request, pk: int, payload: schemas.ReportIn):
    """Same rule as the web page: only the lead agency's officers (or the Office) report on a task.

    Uses the browser session; send the `csrftoken` cookie's value in the `X-CSRFToken` header.
    """
    task = access.get_task_for_user(request.user, pk)
    if not access.can_report_on_task(request.user, task):
        return 403, {"detail": "Chỉ cơ quan chủ trì được báo cáo tiến độ nhiệm vụ này."}
    if payload.status not in TaskStatus.values:
        raise HttpError(422, f"status must be one of {', '.join(TaskStatus.values)}")
    if payload.reported_on > services.today():
        raise HttpError(422, "reported_on must not be in the future")
    report = services.file_report(task, request.user, reported_on=payload.reported_on, text=payload.text,
                                  status=payload.status)
    return 201, {"id": report.pk, "task_id": task.pk, "reported_on": report.reported_on, "text": report.text,
                 "status": report.status, "task_status": task.status}


# ---------------------------------------------------------------------------------------------- agencies

agencies = Router(tags=["agencies"])


def _agencies():
    return Agency.objects.select_related("parent").prefetch_related("successors")


@agencies.get("", response=list[schemas.AgencyOut], summary="Danh mục cơ quan")
@_paginated
def agency_list(request, q: str = "", kind: str = "", active_on: datetime.date | None = None):
    """`active_on` keeps the agencies that existed on that day (mergers end an agency's validity)."""
    result = _agencies()
    if kind:
        result = result.filter(kind=kind)
    if active_on:
        result = result.active_on(active_on)
    if q:
        result = result.search(q)
    return result.order_by("name")


@agencies.get("/{slug}", response=schemas.AgencyOut, summary="Một cơ quan")
def agency_detail(request, slug: str):
    return get_object_or_404(_agencies(), slug=slug)


# ---------------------------------------------------------------------------------------------- digests

digests = Router(tags=["digests"])


@digests.get("", response=list[schemas.DigestOut], summary="Bản tin tuần đã công bố")
@_paginated
def digest_list(request):
    return Digest.objects.published().order_by("-week_start")


@digests.get("/{uuid:uid}", response=schemas.DigestDetailOut, summary="Một bản tin tuần")
def digest_detail(request, uid):
    return get_object_or_404(Digest.objects.published(), uid=uid)


api.add_router("/documents", documents)
api.add_router("/tasks", tasks)
api.add_router("/agencies", agencies)
api.add_router("/digests", digests)
