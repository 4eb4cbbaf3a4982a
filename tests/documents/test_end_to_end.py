"""Intake and import with the real engine (`chidao.text.parse.parse_text`), no stand-ins."""

from io import StringIO

import pytest
from django.core.management import call_command

from chidao.documents.models import Document
from tests.conftest import CORPUS
from tests.documents.helpers import SOURCE_TEXT

pytest.importorskip("chidao.text.parse")


def form_data(form, prefix_data=None) -> dict:
    """What a browser would send back for an unbound form: every field's initial value."""
    data = dict(prefix_data or {})
    for bound in form:
        value = bound.value()
        if value is None or value is False:
            continue
        data[bound.html_name] = "on" if value is True else str(value)
    return data


def test_pasted_directive_is_reviewed_and_saved_as_proposed(login, office_editor, agency, other_agency):
    client = login(office_editor)
    review = client.post("/documents/new/", {"text": SOURCE_TEXT})["Location"]
    page = client.get(review)
    assert '<mark id="src-task-1"' in page.content.decode()
    formset = page.context["formset"]
    data = form_data(page.context["form"])
    data.update({f"tasks-{key}": value for key, value in (
        ("TOTAL_FORMS", len(formset.forms)), ("INITIAL_FORMS", formset.initial_form_count()),
        ("MIN_NUM_FORMS", 0), ("MAX_NUM_FORMS", 1000))})
    for task_form in formset.forms:
        data.update(form_data(task_form))
    response = client.post(review, data)
    assert response.status_code == 302, response.context["form"].errors or response.context["formset"].errors
    document = Document.objects.get()
    assert (document.doc_type, document.code, document.issued_on.isoformat()) == (
        "Chỉ thị", "03/CT-UBND", "2024-01-05")
    lead = document.tasks.get(lead_agency=agency)
    assert lead.original_deadline.isoformat() == "2024-01-31"
    assert document.body[lead.source_start:lead.source_end].startswith("Sở Công Thương chủ trì")
    assert document.references.get().code == "1234/UBND-KT"


def test_import_of_a_real_file_registers_the_document(db, agency, other_agency, tmp_path):
    (tmp_path / "ct.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    out = StringIO()
    call_command("import", str(tmp_path), stdout=out, stderr=StringIO(), verbosity=0)
    assert out.getvalue().strip() == "created 1, duplicate 0, failed 0"
    assert Document.objects.get().tasks.count() == 2


@pytest.mark.corpus
def test_corpus_directives_import_without_unexpected_errors(db, tmp_path):
    folder = CORPUS / "directives"
    if not folder.exists():
        pytest.skip("the corpus is not on this machine")
    files = sorted(folder.glob("*.txt"))[:3]
    out, err = StringIO(), StringIO()
    call_command("import", *map(str, files), "--dry-run", stdout=out, stderr=err, verbosity=0)
    assert out.getvalue().startswith("created 3, duplicate 0, failed 0"), err.getvalue()
    assert not Document.objects.exists()
