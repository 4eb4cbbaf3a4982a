"""The public portal: only what is published, readable by anyone."""

import csv
import hashlib
import json

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Avg, Count
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from chidao.digests.models import Digest
from chidao.documents.models import Document
from chidao.documents.records import document_record
from chidao.portal.models import Rating


@require_GET
def home(request):
    context = {
        "digests": Digest.objects.published()[:5],
        "documents": Document.objects.published()[:10],
    }
    return render(request, "portal/home.html", context)


@require_GET
def documents(request):
    query = request.GET.get("q", "").strip()[:200]
    queryset = Document.objects.published()
    doc_type = request.GET.get("type", "").strip()
    if doc_type:
        queryset = queryset.filter(doc_type=doc_type)
    results = queryset.search(query).order_by("-issued_on", "-id")
    page = Paginator(results, 20).get_page(request.GET.get("page"))
    types = Document.objects.published().order_by("doc_type").values_list("doc_type", flat=True).distinct()
    return render(request, "portal/documents.html",
                  {"page": page, "query": query, "doc_type": doc_type, "types": types})


def rating_summary(uid):
    return Rating.objects.filter(page_uid=uid).aggregate(average=Avg("score"), count=Count("id"))


@require_GET
def document(request, uid):
    doc = get_object_or_404(Document.objects.published().select_related("issuer"), uid=uid)
    context = {
        "document": doc,
        "references": doc.references.select_related("target"),
        "tasks": doc.tasks.select_related("lead_agency").prefetch_related("support_agencies"),
        "rating": rating_summary(doc.uid),
    }
    return render(request, "portal/document.html", context)


def voter_key(request) -> str:
    if not request.session.session_key:
        request.session.save()
    salted = f"{settings.SECRET_KEY}:{request.session.session_key}"
    return hashlib.sha256(salted.encode()).hexdigest()


def published_page_exists(uid) -> bool:
    return Document.objects.published().filter(uid=uid).exists() or Digest.objects.published().filter(uid=uid).exists()


@require_POST
def rate(request, uid):
    if not published_page_exists(uid):
        return HttpResponse(status=404)
    try:
        score = int(request.POST.get("score", ""))
    except ValueError:
        score = 0
    if not 1 <= score <= 5:
        messages.error(request, _("Hãy chọn số điểm từ 1 đến 5."))
    else:
        try:
            with transaction.atomic():
                Rating.objects.create(page_uid=uid, score=score, voter=voter_key(request))
            messages.success(request, _("Cảm ơn bạn đã đánh giá."))
        except IntegrityError:
            messages.error(request, _("Bạn đã đánh giá trang này rồi."))
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "portal:home"
    return redirect(target)


@require_GET
def open_data(request):
    return render(request, "portal/open_data.html")


def published_document_records():
    documents = (Document.objects.published().order_by("issued_on", "id").select_related("issuer")
                 .prefetch_related("references__target", "tasks__lead_agency", "tasks__support_agencies"))
    for document in documents.iterator(chunk_size=200):
        yield document_record(document, public=True)


@require_GET
def open_data_jsonl(request):
    lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in published_document_records())
    response = StreamingHttpResponse(lines, content_type="application/x-ndjson; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="van-ban.jsonl"'
    return response


class Echo:
    def write(self, value):
        return value


@require_GET
def open_data_csv(request):
    writer = csv.writer(Echo())
    header = ["uid", "type", "code", "issued_on", "issuer", "subject", "tasks"]

    def rows():
        yield "\ufeff" + writer.writerow(header)
        for record in published_document_records():
            yield writer.writerow([record["uid"], record["type"], record["code"], record["issued_on"] or "",
                                   record["issuer"], record["subject"], len(record["tasks"])])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="van-ban.csv"'
    return response
