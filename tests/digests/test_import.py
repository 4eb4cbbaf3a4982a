"""Importing a published digest, and the round trip on the sample: import, draft the week, compare."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from chidao.digests.draft import draft_week
from chidao.digests.export import to_text
from chidao.digests.importer import import_digest
from chidao.digests.lint import lint_text
from chidao.digests.models import Digest
from chidao.documents.models import Document, Reference
from chidao.tasks.models import Task
from chidao.text.digests import parse_digest

OWN_CITATIONS = [
    ("Công văn", "02/UBND-KT"), ("Kế hoạch", "01/KH-UBND"), ("Công văn", "08/UBND-KT"), ("Kế hoạch", "19-KH/BCĐ"),
    ("Công văn", "11/UBND-NC"), ("Công văn", "13/UBND-KGVX"), ("Công văn", "22/UBND-KT"),
    ("Công văn", "26/UBND-NC"), ("Chỉ thị", "03/CT-UBND"), ("Kế hoạch", "02/KH-UBND"),
]


def counts():
    return (Document.objects.count(), Reference.objects.count(), Task.objects.count(), Digest.objects.count())


@pytest.fixture
def imported(db, sample_digest_text):
    return import_digest(sample_digest_text)


def test_import_creates_the_weeks_documents_and_the_digest(imported, sample_digest_text):
    assert imported.created_documents == 10 and imported.created_digest
    assert sorted(Document.objects.values_list("doc_type", "code")) == sorted(OWN_CITATIONS)
    assert Document.objects.filter(highlight=True).count() == 10
    directive = Document.objects.get(code="03/CT-UBND")
    assert directive.issued_on == datetime.date(2024, 1, 5)
    assert directive.tasks.count() >= 10  # its numbered blocks, one per agency at least
    assert Reference.objects.filter(source__code="26/UBND-NC", code="18/2023/NQ-HĐND").exists()
    digest = Digest.objects.get()
    assert digest.week_start == datetime.date(2024, 1, 1) and digest.sections.count() == 10
    assert digest.title.endswith("(từ ngày 01/01 đến ngày 07/01/2023)")  # kept as printed


def test_importing_the_same_digest_twice_changes_nothing(imported, sample_digest_text):
    before = counts()
    stamps = list(Document.objects.order_by("pk").values_list("updated_at", flat=True))
    again = import_digest(sample_digest_text)
    assert counts() == before and not again.created_digest and again.existing_documents == 10
    assert list(Document.objects.order_by("pk").values_list("updated_at", flat=True)) == stamps


def test_the_round_trip_gives_the_same_headings_citations_and_the_title_finding(imported, sample_digest_text):
    original, _ = parse_digest(sample_digest_text)
    draft = draft_week(datetime.date(2024, 1, 1))
    assert [s.heading for s in draft.sections] == [i.heading for i in original.items]
    cited = [re.search(r"\((.+?)\)\.$", s.first_sentence).group(1) for s in draft.sections]
    assert [c.split(",")[0] for c in cited] == [f"{t} số {c}" for t, c in OWN_CITATIONS]
    assert cited[6] == "Công văn số 22/UBND-KT, ngày 04/01/2024"
    assert "digest-title-year" in {f.code for f in lint_text(sample_digest_text)}
    assert "digest-title-year" not in {f.code for f in lint_text(to_text(draft))}


def test_dry_run_saves_nothing(db, sample_digest_text):
    result = import_digest(sample_digest_text, dry_run=True)
    assert result.created_documents == 10 and counts() == (0, 0, 0, 0)


def test_import_command_reads_text_and_saved_html_pages(db, tmp_path, sample_digest_text, capsys):
    page = tmp_path / "ban-tin.html"
    paragraphs = "".join(f"<p>{line}</p>" for line in sample_digest_text.splitlines() if line.strip())
    page.write_text(f"<html><body><div>{paragraphs}</div></body></html>", encoding="utf-8")
    call_command("digest", "import", str(page), "--dry-run")
    assert "[thử, không lưu]" in capsys.readouterr().out and counts() == (0, 0, 0, 0)
    call_command("digest", "import", str(page))
    assert "tạo 10 văn bản" in capsys.readouterr().out and Digest.objects.count() == 1


def test_import_refuses_a_text_that_is_not_a_digest(db, tmp_path):
    path = tmp_path / "khac.txt"
    path.write_text("Thông báo lịch tiếp công dân tháng 01/2024.", encoding="utf-8")
    with pytest.raises(CommandError, match="Không nhận ra bản tin"):
        call_command("digest", "import", str(path))
    assert counts() == (0, 0, 0, 0)


def test_draft_command_prints_the_same_text_as_the_page(imported, capsys, tmp_path):
    call_command("digest", "draft", "--week", "2024-01-03")
    out = capsys.readouterr().out
    assert out == to_text(draft_week(datetime.date(2024, 1, 3)))
    assert out.startswith("Chỉ đạo, điều hành nổi bật của UBND tỉnh trong tuần (từ ngày 01/01 đến ngày 07/01/2024)")
    target = tmp_path / "ban-tin.docx"
    call_command("digest", "draft", "--week", "2024-01-03", "--format", "docx", "--output", str(target))
    assert target.read_bytes()[:2] == b"PK"
    with pytest.raises(CommandError):
        call_command("digest", "draft", "--week", "03/01/2024")
