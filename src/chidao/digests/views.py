"""The digest editor (Office; leaders read and may send back) and the public digest page."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chidao.core import access
from chidao.core.decorators import leader_or_office_required, office_editor_required
from chidao.digests import export, workflow
from chidao.digests.draft import draft_week, from_digest, save_draft
from chidao.digests.forms import DigestTitleForm, SectionFormSet, TransitionForm, WeekForm
from chidao.digests.lint import database_lookup, lint_text
from chidao.digests.models import Digest, DigestSection, DigestStatus

EDITABLE = {DigestStatus.DRAFT, DigestStatus.REVIEW}


def get_digest_for_user(user, pk) -> Digest:
    """The digest, or 404 when this person may not see it (drafts are not disclosed)."""
    return get_object_or_404(access.visible_digests(user), pk=pk)


@require_GET
@leader_or_office_required
def digest_list(request):
    digests = Digest.objects.order_by("-week_start")
    return render(request, "digests/list.html", {"digests": digests, "week_form": WeekForm(),
                                                 "can_edit": access.can_publish(request.user)})


@require_POST
@office_editor_required
def digest_create(request):
    form = WeekForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Ngày không hợp lệ."))
        return redirect("digests:list")
    draft = draft_week(form.cleaned_data["day"])
    existing = Digest.objects.filter(week_start=draft.week_start).first()
    if existing:
        messages.info(request, _("Tuần này đã có bản tin."))
        return redirect("digests:edit", pk=existing.pk)
    try:
        digest = save_draft(draft, request.user)
    except IntegrityError:  # another editor drafted the same week a moment ago
        return redirect("digests:edit", pk=Digest.objects.get(week_start=draft.week_start).pk)
    messages.success(request, _("Đã soạn bản nháp với %(count)d mục.") % {"count": len(draft.sections)})
    return redirect("digests:edit", pk=digest.pk)


@require_POST
@office_editor_required
def digest_add_missing(request, pk):
    """Add sections for the week's highlighted documents that the digest does not have yet."""
    digest = get_digest_for_user(request.user, pk)
    if digest.status not in EDITABLE:
        raise PermissionDenied
    present = set(digest.sections.exclude(document=None).values_list("document_id", flat=True))
    missing = [s for s in draft_week(digest.week_start).sections if s.document_id not in present]
    start = digest.sections.count()
    DigestSection.objects.bulk_create([
        DigestSection(digest=digest, order=start + index, document_id=s.document_id, heading=s.heading,
                      first_sentence=s.first_sentence, body=s.body) for index, s in enumerate(missing)])
    messages.success(request, _("Đã thêm %(count)d mục.") % {"count": len(missing)})
    return redirect("digests:edit", pk=digest.pk)


def _renumber(digest: Digest) -> None:
    for index, section in enumerate(digest.sections.order_by("order", "id")):
        if section.order != index:
            section.order = index
            section.save(update_fields=["order"])


@require_http_methods(["GET", "POST"])
@leader_or_office_required
def digest_edit(request, pk):
    digest = get_digest_for_user(request.user, pk)
    editable = digest.status in EDITABLE and access.can_publish(request.user)
    sections = digest.sections.order_by("order", "id")
    title_form = DigestTitleForm(instance=digest, prefix="digest")
    formset = SectionFormSet(queryset=sections, prefix="sections")
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        title_form = DigestTitleForm(request.POST, instance=digest, prefix="digest")
        formset = SectionFormSet(request.POST, queryset=sections, prefix="sections")
        if title_form.is_valid() and formset.is_valid():
            with transaction.atomic():
                title_form.save()
                for section in formset.save(commit=False):
                    section.digest = digest
                    section.save()
                for section in formset.deleted_objects:
                    section.delete()
                _renumber(digest)
            messages.success(request, _("Đã lưu bản tin."))
            return redirect("digests:edit", pk=digest.pk)
    draft = from_digest(digest)
    text = export.to_text(draft)
    findings = lint_text(text, lookup=database_lookup)
    flagged = {f.line for f in findings}
    lines = [(number, line, number in flagged) for number, line in enumerate(text.split("\n"), start=1)]
    return render(request, "digests/edit.html", {
        "digest": digest, "draft": draft, "lines": lines, "findings": findings, "editable": editable,
        "title_form": title_form, "formset": formset, "formats": list(export.FORMATS),
        "actions": [(name, workflow.LABELS[name]) for name in workflow.allowed_actions(request.user, digest)],
        "transition_form": TransitionForm(),
    })


@require_POST
@leader_or_office_required
def digest_transition(request, pk):
    digest = get_digest_for_user(request.user, pk)
    form = TransitionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Thời điểm công bố không hợp lệ."))
        return redirect("digests:edit", pk=digest.pk)
    action = form.cleaned_data["action"]
    if action in workflow.TRANSITIONS and not workflow.TRANSITIONS[action][2](request.user):
        raise PermissionDenied
    try:
        workflow.transition(request.user, digest, action, scheduled_for=form.cleaned_data["scheduled_for"],
                            change_note=form.cleaned_data["change_note"])
    except workflow.WorkflowError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Đã chuyển trạng thái."))
    return redirect("digests:edit", pk=digest.pk)


@require_GET
@leader_or_office_required
def digest_export(request, pk, fmt):
    digest = get_digest_for_user(request.user, pk)
    if fmt not in export.FORMATS:
        raise Http404
    content_type, extension = export.FORMATS[fmt]
    response = HttpResponse(export.render(from_digest(digest), fmt), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="ban-tin-{digest.week_start:%Y-%m-%d}.{extension}"'
    return response


@require_GET
def public_digest(request, uid):
    """The public page: a published digest, or the public note of a withdrawn one."""
    public = (DigestStatus.PUBLISHED, DigestStatus.WITHDRAWN)
    digest = get_object_or_404(Digest.objects.filter(status__in=public), uid=uid)
    article = export.html_fragment(from_digest(digest)) if digest.status == DigestStatus.PUBLISHED else ""
    return render(request, "digests/public.html", {"digest": digest, "article": article})


@require_GET
def public_list(request):
    """The published digests, newest week first."""
    digests = Digest.objects.published().order_by("-week_start")[:100]
    return render(request, "digests/public_list.html", {"digests": digests})
