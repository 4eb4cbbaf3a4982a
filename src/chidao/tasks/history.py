"""Readable change history of a task (who, when, what) from django-simple-history's records."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from chidao.tasks.models import Task

KINDS = {"+": _("Tạo mới"), "~": _("Sửa"), "-": _("Xoá")}


@dataclass
class Change:
    label: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    when: object
    who: object
    kind: str
    reason: str
    changes: list[Change] = field(default_factory=list)


def _show(task_field, value) -> str:
    if value is None or value == "":
        return "—"
    if task_field.many_to_many:  # a list of through-row dicts such as {"task": 1, "agency": 7}
        ids = [v for row in value for k, v in row.items() if k != "task"]
        return ", ".join(sorted(str(a) for a in task_field.related_model.objects.filter(pk__in=ids))) or "—"
    if task_field.choices:
        return str(dict(task_field.flatchoices).get(value, value))
    if task_field.is_relation:
        model = task_field.related_model
        return str(model.objects.filter(pk=value).first() or value)
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return str(value)


def task_history(task: Task, limit: int = 200) -> list[HistoryEntry]:
    """Newest first; each entry lists the fields it changed with old and new values."""
    records = list(task.history.select_related("history_user").order_by("-history_date", "-history_id")[:limit])
    entries = []
    for record in records:
        entry = HistoryEntry(when=record.history_date, who=record.history_user,
                             kind=str(KINDS.get(record.history_type, record.history_type)), reason=record.history_change_reason or "")
        previous = record.prev_record
        if previous is not None:
            delta = record.diff_against(previous, excluded_fields=["updated_at", "created_at"])
            for change in delta.changes:
                task_field = Task._meta.get_field(change.field)
                entry.changes.append(Change(str(task_field.verbose_name), _show(task_field, change.old),
                                            _show(task_field, change.new)))
        entries.append(entry)
    return entries
