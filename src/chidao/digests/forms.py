"""Forms of the digest editor."""

from django import forms
from django.forms import modelformset_factory
from django.utils.translation import gettext_lazy as _

from chidao.digests.models import Digest, DigestSection


class WeekForm(forms.Form):
    day = forms.DateField(label=_("Một ngày trong tuần"), widget=forms.DateInput(attrs={"type": "date"}),
                          help_text=_("Bản tin tính từ thứ Hai đến Chủ nhật của tuần chứa ngày này."))


class DigestTitleForm(forms.ModelForm):
    class Meta:
        model = Digest
        fields = ["title"]


class SectionForm(forms.ModelForm):
    class Meta:
        model = DigestSection
        fields = ["order", "heading", "first_sentence", "body"]
        widgets = {
            "heading": forms.Textarea(attrs={"rows": 2}),
            "first_sentence": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 6}),
        }


# One blank form at the end adds a section; the "Xóa" box drops one; the order field reorders.
SectionFormSet = modelformset_factory(DigestSection, form=SectionForm, extra=1, can_delete=True)


class TransitionForm(forms.Form):
    action = forms.CharField(widget=forms.HiddenInput)
    scheduled_for = forms.DateTimeField(label=_("Công bố lúc"), required=False,
                                        widget=forms.DateTimeInput(attrs={"type": "datetime-local"},
                                                                   format="%Y-%m-%dT%H:%M"),
                                        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"])
    change_note = forms.CharField(label=_("Ghi chú thay đổi công khai"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}))
