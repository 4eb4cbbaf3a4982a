"""Forms of document intake and editing."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from chidao.documents.models import Document
from chidao.documents.services import AgencyIndex
from chidao.text.readers import SUPPORTED_SUFFIXES

DEADLINE_KINDS = [
    ("", "—"), ("before", _("trước ngày")), ("by", _("chậm nhất, hạn")), ("on", _("vào ngày")),
    ("range", _("từ … đến …")), ("month", _("trong tháng")), ("quarter", _("trong quý")),
    ("half", _("trong 6 tháng")), ("year", _("trong năm")), ("relative", _("trong vòng N ngày")),
    ("recurring", _("định kỳ")), ("continuous", _("thường xuyên")), ("lunar", _("theo âm lịch")),
]


class IntakeForm(forms.Form):
    """Paste the text or upload one file (.txt, .docx, .pdf, .html)."""

    text = forms.CharField(label=_("Dán nội dung văn bản"), required=False,
                           widget=forms.Textarea(attrs={"rows": 12}))
    file = forms.FileField(label=_("hoặc chọn tệp"), required=False,
                           help_text=_("Tệp .txt, .docx, .pdf hoặc .html có lớp văn bản."),
                           widget=forms.ClearableFileInput(attrs={"accept": ",".join(SUPPORTED_SUFFIXES)}))

    def clean(self):
        data = super().clean()
        text, upload = (data.get("text") or "").strip(), data.get("file")
        if bool(text) == bool(upload):
            raise forms.ValidationError(_("Hãy dán nội dung hoặc chọn một tệp (chỉ một trong hai)."))
        limit = settings.CHIDAO_UPLOAD_MAX_BYTES
        if upload and upload.size > limit:
            raise forms.ValidationError(_("Tệp quá lớn (%(size)s); giới hạn là %(limit)s.") % {
                "size": filesizeformat(upload.size), "limit": filesizeformat(limit)})
        if text and len(text.encode("utf-8")) > limit:
            raise forms.ValidationError(_("Nội dung quá dài; giới hạn là %(limit)s.") % {
                "limit": filesizeformat(limit)})
        return data


class DocumentForm(forms.ModelForm):
    """The fields an editor checks on review and may correct later."""

    class Meta:
        model = Document
        fields = ["doc_type", "code", "number", "year", "symbol", "issued_on", "issuer_name", "signer_name",
                  "signer_title", "signer_authority", "subject", "sector", "highlight"]
        widgets = {
            "issued_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "issuer_name": forms.TextInput(attrs={"list": "agency-names", "autocomplete": "off"}),
            "subject": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        data = super().clean()
        for key in ("doc_type", "code", "symbol", "issuer_name"):
            if isinstance(data.get(key), str):
                data[key] = data[key].strip()
        return data


def split_names(value: str) -> list[str]:
    """Agency names typed one per line or separated by ";" (names themselves contain commas)."""
    return [part.strip() for part in value.replace("\n", ";").split(";") if part.strip()]


class TaskForm(forms.Form):
    """One proposed task; `merge_up` folds it into the task above it."""

    text = forms.CharField(label=_("Nội dung nhiệm vụ"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    clause = forms.CharField(label=_("Điều, khoản"), required=False, max_length=40)
    lead = forms.CharField(label=_("Cơ quan chủ trì"), required=False, max_length=255,
                           widget=forms.TextInput(attrs={"list": "agency-names", "autocomplete": "off"}))
    lead_group = forms.CharField(label=_("Nhóm chủ trì (không có trong danh mục)"), required=False, max_length=255)
    support = forms.CharField(label=_("Cơ quan phối hợp (mỗi cơ quan một dòng hoặc cách nhau bởi ;)"),
                              required=False, widget=forms.Textarea(attrs={"rows": 2, "class": "agency-list"}))
    support_groups = forms.CharField(label=_("Nhóm phối hợp"), required=False, max_length=255)
    deadline = forms.DateField(label=_("Hạn"), required=False,
                               widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    deadline_text = forms.CharField(label=_("Hạn theo văn bản"), required=False, max_length=255)
    deadline_kind = forms.ChoiceField(label=_("Loại hạn"), required=False, choices=DEADLINE_KINDS)
    merge_up = forms.BooleanField(label=_("Gộp vào nhiệm vụ trên"), required=False)
    source_start = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    source_end = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)

    def __init__(self, *args, index: AgencyIndex | None = None, **kwargs):
        self.index = index
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        index = self.index or AgencyIndex()
        lead = (data.get("lead") or "").strip()
        data["lead_agency"] = index.resolve(lead) if lead else None
        if lead and data["lead_agency"] is None:
            self.add_error("lead", _("Không có cơ quan “%(name)s” trong danh mục; chọn trong danh sách "
                                     "hoặc ghi vào ô nhóm chủ trì.") % {"name": lead})
        supports, unknown = [], []
        for name in split_names(data.get("support") or ""):
            agency = index.resolve(name)
            (supports.append(agency) if agency else unknown.append(name))
        if unknown:
            self.add_error("support", _("Không có trong danh mục: %(names)s.") % {"names": "; ".join(unknown)})
        data["support_agencies"] = supports
        return data

    def row(self) -> dict:
        """The cleaned form as a `save_parsed_document` task row."""
        data = self.cleaned_data
        return {key: data.get(key) for key in (
            "text", "clause", "lead_agency", "lead_group", "support_agencies", "support_groups", "deadline",
            "deadline_text", "deadline_kind", "source_start", "source_end")}


class BaseTaskFormSet(forms.BaseFormSet):
    def __init__(self, *args, index: AgencyIndex | None = None, **kwargs):
        self.index = index
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {"index": self.index}

    def rows(self) -> list[dict]:
        """Kept tasks in order, each merged-up task folded into the kept task above it."""
        rows: list[dict] = []
        for form in self.forms:
            if not form.has_changed() and not form.initial or self.can_delete and self._should_delete_form(form):
                continue
            row = form.row()
            if not (row["text"] or "").strip():
                continue
            if form.cleaned_data.get("merge_up") and rows:
                merge_rows(rows[-1], row)
            else:
                rows.append(row)
        return rows


def merge_rows(into: dict, other: dict) -> None:
    """Merge two tasks: texts joined, support agencies united, the span covering both, the earlier deadline."""
    into["text"] = f"{into['text'].rstrip()}\n{other['text'].strip()}"
    into["support_agencies"] = list(dict.fromkeys([*into["support_agencies"], *other["support_agencies"]]))
    into["lead_agency"] = into["lead_agency"] or other["lead_agency"]
    for key in ("lead_group", "support_groups"):
        into[key] = "; ".join(part for part in dict.fromkeys([into[key], other[key]]) if part)
    starts = [v for v in (into["source_start"], other["source_start"]) if v is not None]
    ends = [v for v in (into["source_end"], other["source_end"]) if v is not None]
    into["source_start"], into["source_end"] = (min(starts) if starts else None), (max(ends) if ends else None)
    if other["deadline"] and (not into["deadline"] or other["deadline"] < into["deadline"]):
        for key in ("deadline", "deadline_text", "deadline_kind"):
            into[key] = other[key]


TaskFormSet = forms.formset_factory(TaskForm, formset=BaseTaskFormSet, extra=1, can_delete=True, max_num=500,
                                    validate_max=True)


def task_initial(row: dict) -> dict:
    """A `task_rows_from_parse` row as the initial data of a TaskForm."""
    return {
        "text": row["text"], "clause": row["clause"],
        "lead": row["lead_agency"].name if row["lead_agency"] else "", "lead_group": row["lead_group"],
        "support": "\n".join(agency.name for agency in row["support_agencies"]),
        "support_groups": row["support_groups"], "deadline": row["deadline"],
        "deadline_text": row["deadline_text"], "deadline_kind": row["deadline_kind"],
        "source_start": row["source_start"], "source_end": row["source_end"],
    }
