from pathlib import Path

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from chidao.registry.models import Agency
from chidao.tasks.models import Task, TaskStatus
from chidao.tasks.services import today

# Office and image formats agencies send as evidence of work; anything else is refused, not stored.
ALLOWED_ATTACHMENT_SUFFIXES = {".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods", ".txt", ".jpg",
                               ".jpeg", ".png", ".zip"}
MAX_ATTACHMENTS = 5


def attachment_max_bytes() -> int:
    return getattr(settings, "CHIDAO_UPLOAD_MAX_BYTES", 10 * 1024 * 1024)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (the pattern from Django's file-upload documentation)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


def validate_attachments(files) -> None:
    if len(files) > MAX_ATTACHMENTS:
        raise forms.ValidationError(_("Đính kèm tối đa %(n)s tệp.") % {"n": MAX_ATTACHMENTS})
    limit = attachment_max_bytes()
    for upload in files:
        if upload.size > limit:
            raise forms.ValidationError(_("Tệp %(name)s lớn hơn %(limit)s.") % {
                "name": upload.name, "limit": filesizeformat(limit)})
        if Path(upload.name).suffix.lower() not in ALLOWED_ATTACHMENT_SUFFIXES:
            raise forms.ValidationError(_("Không nhận loại tệp %(name)s.") % {"name": upload.name})


class ProgressReportForm(forms.Form):
    reported_on = forms.DateField(label=_("Ngày báo cáo"), initial=today,
                                  widget=forms.DateInput(attrs={"type": "date"}))
    text = forms.CharField(label=_("Nội dung báo cáo"), widget=forms.Textarea(attrs={"rows": 5}), max_length=20000)
    status = forms.ChoiceField(label=_("Tình trạng sau báo cáo"), choices=TaskStatus.choices)
    attachments = MultipleFileField(label=_("Tệp đính kèm"), required=False)

    def clean_reported_on(self):
        value = self.cleaned_data["reported_on"]
        if value > today():
            raise forms.ValidationError(_("Ngày báo cáo không được sau hôm nay."))
        return value

    def clean_attachments(self):
        files = self.cleaned_data.get("attachments") or []
        validate_attachments(files)
        return files


class ExtensionRequestForm(forms.Form):
    requested_deadline = forms.DateField(label=_("Hạn đề nghị"), widget=forms.DateInput(attrs={"type": "date"}))
    reason = forms.CharField(label=_("Lý do"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)

    def __init__(self, *args, task: Task, **kwargs):
        super().__init__(*args, **kwargs)
        self.task = task

    def clean_requested_deadline(self):
        value = self.cleaned_data["requested_deadline"]
        if self.task.deadline and value <= self.task.deadline:
            raise forms.ValidationError(_("Hạn đề nghị phải sau hạn hiện tại (%(d)s).") % {
                "d": self.task.deadline.strftime("%d/%m/%Y")})
        if value < today():
            raise forms.ValidationError(_("Hạn đề nghị không được trước hôm nay."))
        return value


class ExtensionDecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Quyết định"),
                                 choices=[("approve", _("Đồng ý")), ("reject", _("Không đồng ý"))])
    note = forms.CharField(label=_("Ý kiến"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           max_length=5000)


class TaskForm(forms.ModelForm):
    """The Office corrects what intake read; `original_deadline` stays as the document printed it."""

    class Meta:
        model = Task
        fields = ["clause", "text", "lead_agency", "lead_group", "support_agencies", "support_groups", "deadline",
                  "deadline_text", "status", "completed_on"]
        widgets = {
            "deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "completed_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def clean(self):
        data = super().clean()
        if data.get("status") == TaskStatus.DONE and not data.get("completed_on"):
            self.add_error("completed_on", _("Nhiệm vụ đã hoàn thành cần có ngày hoàn thành."))
        return data


class ReassignForm(forms.Form):
    successor = forms.ModelChoiceField(label=_("Cơ quan kế thừa"), queryset=Agency.objects.none())

    def __init__(self, *args, successors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["successor"].queryset = Agency.objects.filter(pk__in=[a.pk for a in successors])


COMPUTED_CHOICES = [("", _("Tất cả")), ("open", _("Đang trong hạn")), ("overdue", _("Quá hạn")),
                    ("done", _("Đã hoàn thành")), ("cancelled", _("Không thực hiện nữa"))]


class TaskFilterForm(forms.Form):
    agency = forms.ModelChoiceField(label=_("Cơ quan"), queryset=Agency.objects.all(), required=False)
    status = forms.ChoiceField(label=_("Tình trạng"), choices=COMPUTED_CHOICES, required=False)
    document = forms.UUIDField(label=_("Văn bản"), required=False, widget=forms.HiddenInput)
