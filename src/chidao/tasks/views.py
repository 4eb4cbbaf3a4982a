"""Task list, detail, progress reports, extensions, edits, successor reassignment and the dashboard.

Every object comes through `chidao.core.access`; this module never decides a permission itself.
"""

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chidao.core import access
from chidao.core.decorators import leader_or_office_required
from chidao.tasks import services
from chidao.tasks.forms import (
    ExtensionDecisionForm,
    ExtensionRequestForm,
    ProgressReportForm,
    ReassignForm,
    TaskFilterForm,
    TaskForm,
)
from chidao.tasks.history import task_history
from chidao.tasks.models import ExtensionStatus, TaskStatus

PAGE_SIZE = 50


def filter_tasks(tasks, form: TaskFilterForm):
    """Apply the list filters; an invalid filter value is ignored rather than answered with an error."""
    if not form.is_valid():
        return tasks
    data = form.cleaned_data
    if data.get("agency"):
        tasks = tasks.filter(services.agency_q(data["agency"].pk)).distinct()
    if data.get("document"):
        tasks = tasks.filter(document__uid=data["document"])
    status = data.get("status")
    if status == "overdue":
        tasks = tasks.filter(services.overdue_q())
    elif status == "open":
        tasks = tasks.filter(status__in=services.OPEN).exclude(services.overdue_q())
    elif status == "done":
        tasks = tasks.filter(status=TaskStatus.DONE)
    elif status == "cancelled":
        tasks = tasks.filter(status=TaskStatus.CANCELLED)
    return tasks


@require_GET
@login_required
def task_list(request):
    user = request.user
    if access.reads_all(user):
        tasks = access.visible_tasks(user)
    elif access.officer_agency_id(user) is not None:
        tasks = access.agency_tasks(user)
    else:
        raise PermissionDenied
    form = TaskFilterForm(request.GET or None)
    tasks = filter_tasks(tasks, form).order_by("deadline", "id")
    page = Paginator(tasks, PAGE_SIZE).get_page(request.GET.get("page"))
    for task in page:
        task.computed = services.computed_status(task)
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "tasks/task_list.html", {
        "form": form, "page": page, "query": query.urlencode(), "labels": services.COMPUTED_LABELS})


@require_GET
@login_required
def task_detail(request, pk):
    user = request.user
    task = access.get_task_for_user(user, pk)
    leads = services.effective_lead_agencies(task)
    merged = services.is_merged_away(task.lead_agency)
    excerpt = ""
    body = task.document.body
    if body and task.source_start is not None and task.source_end:
        excerpt = body[task.source_start:task.source_end]
    context = {
        "task": task,
        "computed": services.computed_status(task),
        "labels": services.COMPUTED_LABELS,
        "excerpt": excerpt,
        "lead_agencies": leads,
        "lead_merged": merged,
        "reports": task.reports.select_related("author").prefetch_related("attachments"),
        "extensions": task.extension_requests.select_related("requested_by", "decided_by"),
        "can_report": access.can_report_on_task(user, task),
        "can_request_extension": access.can_request_extension(user, task)
        and not task.extension_requests.filter(status=ExtensionStatus.PENDING).exists(),
        "can_decide": access.can_decide_extension(user),
        "can_edit": access.can_edit_task(user, task),
        "can_reassign": merged and access.can_reassign_task(user, task),
        "history": task_history(task) if access.can_view_task_history(user, task) else None,
        "report_form": ProgressReportForm(initial={"status": task.status}),
        "extension_form": ExtensionRequestForm(task=task),
        "decision_form": ExtensionDecisionForm(),
        "reassign_form": ReassignForm(successors=leads) if merged else None,
        "document_public": task.document.status == "published",
    }
    return render(request, "tasks/task_detail.html", context)


@require_http_methods(["GET", "POST"])
@login_required
def report_create(request, pk):
    task = access.get_task_for_user(request.user, pk)
    if not access.can_report_on_task(request.user, task):
        raise PermissionDenied
    form = ProgressReportForm(request.POST or None, request.FILES or None, initial={"status": task.status})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.file_report(task, request.user, reported_on=data["reported_on"], text=data["text"],
                             status=data["status"], files=data["attachments"])
        messages.success(request, _("Đã ghi báo cáo tiến độ."))
        return redirect("tasks:detail", pk=task.pk)
    return render(request, "tasks/report_form.html", {"task": task, "form": form}, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
@login_required
def extension_create(request, pk):
    task = access.get_task_for_user(request.user, pk)
    if not access.can_request_extension(request.user, task):
        raise PermissionDenied
    form = ExtensionRequestForm(request.POST or None, task=task)
    if request.method == "POST" and form.is_valid():
        try:
            services.request_extension(task, request.user, **form.cleaned_data)
        except services.ExtensionConflict as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Đã gửi đề nghị gia hạn."))
            return redirect("tasks:detail", pk=task.pk)
    return render(request, "tasks/extension_form.html", {"task": task, "form": form},
                  status=400 if form.errors else 200)


@require_POST
@login_required
def extension_decide(request, pk):
    extension = access.get_extension_for_user(request.user, pk)
    if not access.can_decide_extension(request.user):
        raise PermissionDenied
    form = ExtensionDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Hãy chọn đồng ý hoặc không đồng ý."))
        return redirect("tasks:detail", pk=extension.task_id)
    try:
        services.decide_extension(extension, request.user, approve=form.cleaned_data["decision"] == "approve",
                                  note=form.cleaned_data["note"])
    except services.ExtensionConflict as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Đã ghi quyết định về đề nghị gia hạn."))
    return redirect("tasks:detail", pk=extension.task_id)


@require_http_methods(["GET", "POST"])
@login_required
def task_edit(request, pk):
    task = access.get_task_for_user(request.user, pk, for_update=True)
    form = TaskForm(request.POST or None, instance=task)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Đã lưu nhiệm vụ."))
        return redirect("tasks:detail", pk=task.pk)
    return render(request, "tasks/task_form.html", {"task": task, "form": form}, status=400 if form.errors else 200)


@require_POST
@login_required
def task_reassign(request, pk):
    task = access.get_task_for_user(request.user, pk)
    if not access.can_reassign_task(request.user, task):
        raise PermissionDenied
    if not services.is_merged_away(task.lead_agency):
        messages.error(request, _("Cơ quan chủ trì vẫn đang hoạt động; không cần chuyển."))
        return redirect("tasks:detail", pk=task.pk)
    form = ReassignForm(request.POST, successors=services.effective_lead_agencies(task))
    if form.is_valid():
        services.reassign_to_successor(task, form.cleaned_data["successor"], request.user)
        messages.success(request, _("Đã chuyển nhiệm vụ cho cơ quan kế thừa."))
    else:
        messages.error(request, _("Hãy chọn một cơ quan kế thừa hợp lệ."))
    return redirect("tasks:detail", pk=task.pk)


@require_GET
@leader_or_office_required
def dashboard(request):
    rows = services.dashboard_rows(access.visible_tasks(request.user))
    pending = access.visible_tasks(request.user).filter(extension_requests__status=ExtensionStatus.PENDING)
    return render(request, "tasks/dashboard.html", {"rows": rows, "pending_extensions": pending.distinct()})


@require_GET
@leader_or_office_required
def dashboard_csv(request):
    out = io.StringIO()
    # The BOM lets spreadsheet programs on Windows read the Vietnamese names as UTF-8.
    out.write("\ufeff")
    services.write_dashboard_csv(services.dashboard_rows(access.visible_tasks(request.user)), out)
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="tinh-hinh-nhiem-vu.csv"'
    return response

