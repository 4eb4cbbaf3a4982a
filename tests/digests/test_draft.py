import datetime

import pytest
import yaml

from chidao.digests.draft import (DraftDigest, DraftSection, digest_title, draft_week, first_sentence_for,
                                  heading_for, lead_paragraph, subject_for, week_bounds)
from chidao.registry.models import Agency
from chidao.tasks.models import Task
from tests.digests.factories import make_document, week_of_new_year_2024

d = datetime.date


def test_week_runs_from_monday_to_sunday():
    assert week_bounds(d(2024, 1, 4)) == (d(2024, 1, 1), d(2024, 1, 7))
    assert week_bounds(d(2024, 1, 7)) == (d(2024, 1, 1), d(2024, 1, 7))
    assert week_bounds(d(2024, 1, 1)) == (d(2024, 1, 1), d(2024, 1, 7))


def test_title_prints_the_year_once_within_a_year():
    assert digest_title(d(2024, 1, 1), d(2024, 1, 7)) == (
        "Chỉ đạo, điều hành nổi bật của UBND tỉnh trong tuần (từ ngày 01/01 đến ngày 07/01/2024)")


def test_title_of_a_week_across_the_new_year_prints_both_years():
    start, end = week_bounds(d(2025, 1, 2))
    assert digest_title(start, end).endswith("(từ ngày 30/12/2024 đến ngày 05/01/2025)")


def test_lead_lists_the_headings_separated_by_semicolons_and_closes():
    assert lead_paragraph(["Kế hoạch A", "Chỉ đạo B."]) == "Kế hoạch A; Chỉ đạo B./."
    assert lead_paragraph([]) == ""


def test_lead_follows_the_headings_after_an_edit():
    draft = DraftDigest("t", d(2024, 1, 1), d(2024, 1, 7), [DraftSection("Một"), DraftSection("Hai")])
    draft.sections.reverse()
    draft.sections[0].heading = "Hai đã sửa"
    assert draft.lead == "Hai đã sửa; Một./."


@pytest.mark.django_db
def test_draft_of_a_week_with_no_highlights_has_the_title_and_no_section():
    make_document("20/UBND-KT", d(2024, 1, 4), "Về việc báo cáo định kỳ", highlight=False)
    draft = draft_week(d(2024, 1, 3))
    assert draft.title.endswith("(từ ngày 01/01 đến ngày 07/01/2024)")
    assert draft.sections == [] and draft.lead == ""


@pytest.mark.django_db
def test_draft_takes_the_weeks_highlights_in_date_order():
    week_of_new_year_2024()
    make_document("99/UBND-KT", d(2024, 1, 8), "Về việc của tuần sau")
    headings = [s.heading for s in draft_week(d(2024, 1, 1)).sections]
    assert headings == [
        "Kế hoạch tổ chức phát động ủng hộ Quỹ Nhân đạo, Phong trào \"Tết Nhân ái\" Xuân Giáp Thìn năm 2024",
        "Chỉ đạo về việc thực hiện các biện pháp bảo vệ sức khỏe người dân trước ảnh hưởng của rét đậm, rét hại",
        "Chỉ thị về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024",
    ]


@pytest.mark.django_db
def test_draft_of_the_week_across_the_new_year_takes_both_years_documents():
    make_document("250/UBND-KT", d(2024, 12, 31), "Về việc tổng kết năm 2024")
    make_document("01/UBND-KT", d(2025, 1, 3), "Về việc triển khai nhiệm vụ năm 2025")
    draft = draft_week(d(2024, 12, 30))
    assert draft.title.endswith("(từ ngày 30/12/2024 đến ngày 05/01/2025)")
    assert [s.first_sentence[-21:] for s in draft.sections] == ["KT, ngày 31/12/2024).", "KT, ngày 03/01/2025)."]


def test_first_sentence_names_the_act_and_cites_the_document():
    assert first_sentence_for("Công văn", "02/UBND-KT", d(2024, 1, 2), "Về việc hỗ trợ doanh nghiệp") == (
        "UBND tỉnh chỉ đạo về việc hỗ trợ doanh nghiệp (Công văn số 02/UBND-KT, ngày 02/01/2024).")
    assert first_sentence_for("Kế hoạch", "02/KH-UBND", d(2024, 1, 5), "Hoạt động kiểm soát thủ tục hành chính") == (
        "UBND tỉnh ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính (Kế hoạch số 02/KH-UBND, ngày 05/01/2024).")


def _types():
    from chidao.text import codes

    path = codes._DATA
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [t["name"] for t in data["administrative"]] + [t["name"] for t in data.get("normative", [])]


@pytest.mark.django_db
def test_every_document_type_gives_a_heading_and_a_citation():
    names = _types()
    assert len(names) >= 29
    for index, name in enumerate(names, start=1):
        make_document(f"{index}/X-UBND", d(2024, 3, 4) + datetime.timedelta(days=index % 7),
                      "Về việc quản lý tài sản công năm 2024", doc_type=name)
    sections = draft_week(d(2024, 3, 4)).sections
    assert len(sections) == len(names)
    for section in sections:
        assert "quản lý tài sản công năm 2024" in section.heading
        assert section.heading.startswith(("Chỉ đạo", *names))
        assert " số " in section.first_sentence and ", ngày " in section.first_sentence


@pytest.mark.parametrize("doc_type, heading", [
    ("Công văn", "Chỉ đạo về việc phê duyệt đề án vị trí việc làm trong đơn vị sự nghiệp công lập"),
    ("Công văn", "Chỉ đạo thực hiện nhiệm vụ, giải pháp trọng tâm trong công tác quản lý tài sản công năm 2024"),
    ("Công văn", "UBND tỉnh chỉ đạo triển khai công tác bảo đảm cân đối cung cầu"),
    ("Kế hoạch", "Kế hoạch chỉ đạo tổ chức kỷ niệm các ngày lễ lớn và sự kiện lịch sử quan trọng trong năm 2024"),
    ("Chỉ thị", "Chỉ thị về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024"),
])
def test_subject_recovered_from_a_heading_gives_the_heading_back(doc_type, heading):
    assert heading_for(doc_type, subject_for(doc_type, heading)) == heading


@pytest.mark.django_db
def test_section_summary_says_who_does_what_by_when_from_the_tasks():
    lead = Agency.objects.create(slug="so-cong-thuong", name="Sở Công Thương", kind="department", level="tinh")
    support = Agency.objects.create(slug="so-y-te", name="Sở Y tế", kind="department", level="tinh")
    doc = make_document("08/UBND-KT", d(2024, 1, 2), "Về việc bình ổn thị trường dịp Tết")
    task = Task.objects.create(document=doc, text="Theo dõi, đánh giá tình hình thị trường. Báo cáo kết quả.",
                               lead_agency=lead, deadline_text="trước ngày 31/01/2024")
    task.support_agencies.add(support)
    Task.objects.create(document=doc, text="Chủ động xây dựng phương án cung ứng hàng hóa.",
                        lead_group="UBND các huyện, thành phố")
    body = draft_week(d(2024, 1, 2)).sections[0].body
    assert body.split("\n\n") == [
        "Sở Công Thương chủ trì, phối hợp với Sở Y tế theo dõi, đánh giá tình hình thị trường "
        "(trước ngày 31/01/2024).",
        "UBND các huyện, thành phố chủ động xây dựng phương án cung ứng hàng hóa.",
    ]


@pytest.mark.django_db
def test_section_summary_without_tasks_comes_from_the_documents_text():
    body = ("Kế hoạch vận động cơ quan, doanh nghiệp cùng góp quà Tết cho hộ nghèo của tỉnh. "
            "Nội dung khác.\n"
            "Thời gian tiếp nhận ủng hộ từ ngày 05/01/2024 đến hết ngày 05/02/2024.")
    make_document("01/KH-UBND", d(2024, 1, 2), "Tổ chức phát động ủng hộ Quỹ Nhân đạo", doc_type="Kế hoạch", body=body)
    summary = draft_week(d(2024, 1, 2)).sections[0].body
    assert summary.startswith("Kế hoạch vận động cơ quan, doanh nghiệp cùng góp quà Tết")
    assert "05/02/2024" in summary


@pytest.mark.django_db
def test_first_sentence_names_another_issuer_when_the_committee_did_not_issue_it():
    make_document("19-KH/BCĐ", d(2024, 1, 2), "Chỉ đạo tổ chức kỷ niệm các ngày lễ lớn năm 2024", doc_type="Kế hoạch",
                  issuer_name="Ban Chỉ đạo kỷ niệm các ngày lễ lớn tỉnh")
    make_document("01/KH-UBND", d(2024, 1, 2), "Tổ chức phát động ủng hộ Quỹ Nhân đạo", doc_type="Kế hoạch",
                  issuer_name="Ủy ban nhân dân tỉnh Lạng Sơn")
    first = [s.first_sentence for s in draft_week(d(2024, 1, 2)).sections]
    assert first[0].startswith("Ban Chỉ đạo kỷ niệm các ngày lễ lớn tỉnh ban hành Kế hoạch chỉ đạo tổ chức")
    assert first[1].startswith("UBND tỉnh ban hành Kế hoạch tổ chức phát động")
