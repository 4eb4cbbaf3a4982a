"""Office pages for documents: intake with review, list, detail with history, edit, publish, withdraw."""

import uuid

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.core.files.storage import default_storage
from django.shortcuts import redirect, render
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chidao.core import access
from chidao.core.decorators import leader_or_office_required, office_editor_required
from chidao.documents import services
from chidao.documents.forms import DocumentForm, IntakeForm, TaskFormSet, task_initial
from chidao.documents.models import DocumentStatus, Relation
from chidao.text.types import ChidaoTextError

SESSION_KEY = "documents_intake"
# An editor may have a few reviews open in several tabs; older pending parses are dropped.
MAX_PENDING = 3


# ---------------------------------------------------------------------------------------------- intake


@require_http_methods(["GET", "POST"])
@office_editor_required
def intake(request):
    """Step 1: paste text or upload a file; the engine parses it and the review screen opens."""
    form = IntakeForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            upload = form.cleaned_data["file"]
            if upload:
                pending = services.intake_file(upload.read(), upload.name)
            else:
                pending = services.intake_text(form.cleaned_data["text"], "")
        except ChidaoTextError as exc:
            form.add_error(None, str(exc))
        else:
            token = _store_pending(request, pending, upload)
            return redirect("documents:review", token=token)
    return render(request, "documents/intake.html", {"form": form})


def _store_pending(request, pending: services.Intake, upload=None) -> str:
    """Keep the parse in the session and the uploaded original in storage until the editor saves."""
    store = dict(request.session.get(SESSION_KEY) or {})
    while len(store) >= MAX_PENDING:
        _delete_original(store.pop(next(iter(store))))
    token = uuid.uuid4().hex
    original = None
    if upload is not None:
        upload.seek(0)
        name = get_valid_filename(upload.name)[-100:]  # keep the extension, stay inside FileField's length
        original = default_storage.save(f"intake/{token}/{name}", upload)
    store[token] = {"text": pending.text, "parsed": pending.parsed, "source": pending.source,
                    "warnings": pending.warnings, "original": original}
    request.session[SESSION_KEY] = store
    return token


def _delete_original(pending: dict) -> None:
    if pending.get("original"):
        default_storage.delete(pending["original"])


def _load_pending(request, token: str) -> dict:
    pending = (request.session.get(SESSION_KEY) or {}).get(token)
    if pending is None:
        raise Http404(_("Phiên rà soát này đã hết hạn; hãy nạp lại văn bản."))
    return pending


def _drop_pending(request, token: str) -> None:
    store = dict(request.session.get(SESSION_KEY) or {})
    _delete_original(store.pop(token, None) or {})
    request.session[SESSION_KEY] = store


@require_http_methods(["GET", "POST"])
@office_editor_required
def review(request, token):
    """Step 2: the proposed fields and tasks beside the source text; one save in one transaction."""
    pending = _load_pending(request, token)
    parsed, text = pending["parsed"], pending["text"]
    index = services.AgencyIndex()
    duplicate = None
    if request.method == "POST":
        form = DocumentForm(request.POST)
        formset = TaskFormSet(request.POST, prefix="tasks", index=index)
        if form.is_valid() and formset.is_valid():
            overrides = {**form.cleaned_data, "body": text, "tasks": formset.rows()}
            original = pending.get("original")
            if original and default_storage.exists(original):
                overrides["original_file"] = default_storage.open(original)
            try:
                document = services.save_parsed_document(parsed, user=request.user, overrides=overrides)
            except services.DuplicateDocument as exc:
                duplicate = exc.existing
                form.add_error(None, str(exc))
            except services.IntakeError as exc:
                form.add_error(None, str(exc))
            else:
                if "original_file" in overrides:
                    overrides["original_file"].close()
                _drop_pending(request, token)
                messages.success(request, _("Đã lưu văn bản %(doc)s với %(n)d nhiệm vụ.") % {
                    "doc": document, "n": document.tasks.count()})
                return redirect("documents:detail", uid=document.uid)
            finally:
                if "original_file" in overrides:
                    overrides["original_file"].close()
    else:
        fields = services.document_fields_from_parse(parsed)
        form = DocumentForm(initial=fields)
        rows = services.task_rows_from_parse(parsed, index)
        formset = TaskFormSet(initial=[task_initial(row) for row in rows], prefix="tasks", index=index)
        duplicate = services.find_duplicate(fields["code"], fields["issuer_name"], fields["issued_on"])
    relation_labels = dict(Relation.choices)
    spans = [(_offset(f["source_start"].value()), _offset(f["source_end"].value())) for f in formset.forms]
    return render(request, "documents/review.html", {
        "form": form, "formset": formset, "duplicate": duplicate, "pending": pending, "token": token,
        "segments": highlight_segments(text, spans), "agency_names": _agency_names(index),
        "kind": parsed.get("kind"), "references": [
            {**ref, "relation_label": relation_labels.get(ref.get("relation"), ref.get("relation"))}
            for ref in parsed.get("references") or []],
    })


def _offset(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def highlight_segments(text: str, spans) -> list[dict]:
    """The source cut into plain and marked pieces: task n's clause (start..end) is marked as n.

    Overlapping spans are clipped so each character is marked at most once; bad offsets are ignored.
    """
    marks = sorted((start, end, number) for number, (start, end) in enumerate(spans, start=1)
                   if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text))
    segments, position = [], 0
    for start, end, number in marks:
        start = max(start, position)
        if start >= end:
            continue
        if start > position:
            segments.append({"text": text[position:start], "task": None})
        segments.append({"text": text[start:end], "task": number})
        position = end
    if position < len(text):
        segments.append({"text": text[position:], "task": None})
    return segments


def _agency_names(index: services.AgencyIndex) -> list[str]:
    return sorted({agency.name for agency in index.by_slug.values()})


@require_GET
@office_editor_required
def agency_autocomplete(request):
    """JSON for the agency pickers: registry agencies matching ?q= by folded name, short name or alias."""
    agencies = services.search_agencies(request.GET.get("q", "")[:100])
    return JsonResponse({"results": [
        {"id": agency.slug, "name": agency.name, "short_name": agency.short_name} for agency in agencies]})


# ---------------------------------------------------------------------------------------------- office pages


@require_GET
@leader_or_office_required
def document_list(request):
    """Every registered document, newest first, searchable by code, subject and issuer."""
    documents = access.visible_documents(request.user).only(
        "uid", "doc_type", "code", "issued_on", "issuer_name", "subject", "status")
    query = request.GET.get("q", "").strip()[:200]
    if query:
        documents = documents.filter(
            Q(code__icontains=query) | Q(subject__icontains=query) | Q(issuer_name__icontains=query))
    status = request.GET.get("status", "")
    if status in DocumentStatus.values:
        documents = documents.filter(status=status)
    page = Paginator(documents, 50).get_page(request.GET.get("page"))
    return render(request, "documents/list.html", {
        "page": page, "query": query, "status": status, "statuses": DocumentStatus.choices,
        "can_edit": access.is_office(request.user)})


@require_GET
@leader_or_office_required
def detail(request, uid):
    """The document with its references, tasks and change history (who, when, what)."""
    document = access.get_document_for_user(request.user, uid)
    return render(request, "documents/detail.html", {
        "document": document,
        "references": document.references.select_related("target"),
        "tasks": document.tasks.select_related("lead_agency").prefetch_related("support_agencies"),
        "history": history_entries(document), "can_edit": access.is_office(request.user),
        "cited_by": document.cited_by.select_related("source"),
    })


def history_entries(document) -> list[dict]:
    """Each historical version with its author, date, kind and the fields it changed."""
    labels = {f.name: f.verbose_name for f in document._meta.fields}
    entries = []
    for record in document.history.select_related("history_user").order_by("-history_date", "-history_id"):
        previous = record.prev_record
        changed = []
        if previous is not None:
            changed = [str(labels.get(c.field, c.field)) for c in record.diff_against(previous).changes
                       if c.field not in ("updated_at", "issued_year")]
        entries.append({"record": record, "user": record.history_user, "date": record.history_date,
                        "type": record.get_history_type_display(), "changed": changed})
    return entries


@require_http_methods(["GET", "POST"])
@office_editor_required
def edit(request, uid):
    """Correct a registered document's fields; a change that would duplicate another document is refused."""
    document = access.get_document_for_user(request.user, uid)
    form = DocumentForm(request.POST or None, instance=document)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        duplicate = services.find_duplicate(data["code"], data["issuer_name"], data["issued_on"],
                                            exclude_pk=document.pk)
        if duplicate:
            form.add_error("code", _("Đã có văn bản cùng số, ký hiệu, cơ quan ban hành và năm: %(doc)s.") % {
                "doc": duplicate})
        else:
            form.save()
            messages.success(request, _("Đã lưu thay đổi."))
            return redirect("documents:detail", uid=document.uid)
    return render(request, "documents/edit.html", {"form": form, "document": document,
                                                   "agency_names": _agency_names(services.AgencyIndex())})


@require_POST
@office_editor_required
def publish(request, uid):
    document = access.get_document_for_user(request.user, uid)
    services.publish(document, request.user)
    messages.success(request, _("Đã công bố văn bản."))
    return redirect("documents:detail", uid=document.uid)


@require_POST
@office_editor_required
def withdraw(request, uid):
    document = access.get_document_for_user(request.user, uid)
    services.withdraw(document, request.user)
    messages.success(request, _("Đã thu hồi văn bản khỏi cổng thông tin."))
    return redirect("documents:detail", uid=document.uid)

