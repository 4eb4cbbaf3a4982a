"""Every check of the digest, with a text that has the problem and one that does not."""

import datetime

import pytest
from django.core.management import call_command

from chidao.digests.draft import DraftDigest, DraftSection, digest_title
from chidao.digests.export import to_text
from chidao.digests.lint import database_lookup, has_errors, lint_text, rules
from tests.digests.factories import make_document

d = datetime.date
WEEK = (d(2024, 1, 1), d(2024, 1, 7))


def good_text() -> str:
    """A well-formed digest of the week 01–07/01/2024, as the drafting gives it."""
    return to_text(DraftDigest(digest_title(*WEEK), *WEEK, [
        DraftSection("Chỉ đạo về việc phê duyệt đề án vị trí việc làm trong đơn vị sự nghiệp công lập",
                     "Chủ tịch UBND tỉnh chỉ đạo về việc phê duyệt đề án vị trí việc làm trong đơn vị sự nghiệp "
                     "công lập (Công văn số 11/UBND-NC, ngày 03/01/2024).",
                     "Sở Nội vụ tổng hợp kết quả phê duyệt, báo cáo UBND tỉnh trước ngày 05/04/2024."),
        DraftSection("Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2024",
                     "UBND tỉnh ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2024 "
                     "(Kế hoạch số 02/KH-UBND, ngày 05/01/2024).",
                     "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch."),
    ]))


def codes(text, lookup=None):
    return [f.code for f in lint_text(text, lookup=lookup)]


def test_a_well_formed_digest_has_no_finding():
    assert codes(good_text()) == []


# code → (what to replace in the good text, with what)
BROKEN = {
    "digest-title-week": ("(từ ngày 01/01 đến ngày 07/01/2024)", "(từ ngày 01/01 đến hết tuần)"),
    "digest-week-start": ("từ ngày 01/01 đến ngày 07/01/2024", "từ ngày 02/01 đến ngày 07/01/2024"),
    "digest-week-end": ("từ ngày 01/01 đến ngày 07/01/2024", "từ ngày 01/01 đến ngày 06/01/2024"),
    "digest-week-length": ("từ ngày 01/01 đến ngày 07/01/2024", "từ ngày 01/01 đến ngày 14/01/2024"),
    "digest-title-year": ("đến ngày 07/01/2024)", "đến ngày 07/01/2023)"),
    "digest-title-dates": ("từ ngày 01/01 đến ngày 07/01/2024", "từ ngày 05/02 đến ngày 11/02/2024"),
    "citation-outside-week": ("Kế hoạch số 02/KH-UBND, ngày 05/01/2024", "Kế hoạch số 02/KH-UBND, ngày 08/01/2024"),
    "citation-missing": (" (Kế hoạch số 02/KH-UBND, ngày 05/01/2024)", ""),
    "citation-type": ("(Kế hoạch số 02/KH-UBND", "(Chỉ thị số 02/KH-UBND"),
    "citation-number-word": ("Kế hoạch số 02/KH-UBND", "Kế hoạch 02/KH-UBND"),
    "citation-code": ("số 11/UBND-NC", "số 11 /UBND-NC"),
    "citation-date": ("(Kế hoạch số 02/KH-UBND, ngày 05/01/2024)", "(Kế hoạch số 02/KH-UBND)"),
    "citation-comma": ("02/KH-UBND, ngày", "02/KH-UBND ngày"),
    "code-malformed": ("Văn phòng UBND tỉnh theo dõi", "Văn phòng UBND tỉnh (Công văn số 15/ UBND - NC) theo dõi"),
    "date-inconsistent": ("trước ngày 05/04/2024", "trước ngày 05/4/2024"),
    "words-run-together": ("thực hiện Kế hoạch", "thực hiệnKế hoạch"),
    "double-space": ("theo dõi, đôn đốc", "theo dõi,  đôn đốc"),
    "lead-heading-count": ("năm 2024./.\n\nChỉ đạo về việc", "năm 2024; Thông báo kết luận./.\n\nChỉ đạo về việc"),
    "lead-heading-missing": ("\n\nKế hoạch hoạt động kiểm soát thủ tục hành chính năm 2024\n\n",
                             "\n\nKế hoạch kiểm soát thủ tục hành chính năm 2024\n\n"),
    "lead-heading-mismatch": ("công lập; Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2024./.",
                              "công lập; Kế hoạch hoạt động kiểm soát Thủ tục hành chính năm 2024./."),
    "closing-lead": ("năm 2024./.\n\nChỉ đạo về việc", "năm 2024.\n\nChỉ đạo về việc"),
    "closing-end": ("thực hiện Kế hoạch./.", "thực hiện Kế hoạch."),
    "closing-misplaced": ("trước ngày 05/04/2024.", "trước ngày 05/04/2024./."),
}


@pytest.mark.parametrize("code", sorted(BROKEN))
def test_each_check_finds_its_problem_and_only_there(code):
    old, new = BROKEN[code]
    text = good_text()
    assert old in text
    broken = text.replace(old, new, 1)
    findings = [f for f in lint_text(broken) if f.code == code]
    assert findings, f"{code} not found in the broken text"
    assert code not in codes(text)
    finding = findings[0]
    assert finding.message and finding.severity in ("error", "warning", "info")
    assert 0 <= finding.start <= finding.end <= len(broken) and finding.line >= 1


def test_headings_in_another_order_than_the_lead_are_reported():
    lead = ("Chỉ đạo về việc phê duyệt đề án vị trí việc làm trong đơn vị sự nghiệp công lập; "
            "Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2024./.")
    swapped = ("Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2024; "
               "Chỉ đạo về việc phê duyệt đề án vị trí việc làm trong đơn vị sự nghiệp công lập./.")
    assert "lead-heading-missing" in codes(good_text().replace(lead, swapped))


def test_a_text_without_the_title_is_reported():
    text = good_text().split("\n\n", 1)[1]
    assert codes(text)[:1] == ["digest-title-missing"]
    assert "digest-title-missing" not in codes(good_text())


def test_a_digest_without_its_lead_is_reported():
    title, _lead, rest = good_text().split("\n\n", 2)
    assert "lead-missing" in codes(f"{title}\n\n{rest}")
    assert "lead-missing" not in codes(good_text())


@pytest.mark.django_db
def test_citations_are_checked_against_the_database():
    make_document("11/UBND-NC", d(2024, 1, 3), "Về việc phê duyệt đề án")
    make_document("02/KH-UBND", d(2024, 1, 4), "Hoạt động kiểm soát thủ tục hành chính", doc_type="Kế hoạch")
    findings = {f.code: f for f in lint_text(good_text(), lookup=database_lookup)}
    assert set(findings) == {"citation-mismatch"}
    assert "ngày ban hành là 04/01/2024" in findings["citation-mismatch"].message


@pytest.mark.django_db
def test_a_citation_missing_from_the_database_is_only_noted():
    make_document("11/UBND-NC", d(2024, 1, 3), "Về việc phê duyệt đề án")
    findings = lint_text(good_text(), lookup=database_lookup)
    assert [(f.code, f.severity) for f in findings] == [("citation-unknown", "info")]
    assert not has_errors(findings)


def test_every_rule_has_a_test():
    tested = set(BROKEN) | {"digest-title-both-years", "digest-title-missing", "lead-missing", "citation-mismatch",
                            "citation-unknown"}
    assert tested == set(rules())


@pytest.fixture
def sample_findings(sample_digest_text):
    return lint_text(sample_digest_text)


def test_the_samples_2023_title_against_its_january_2024_items_is_found(sample_findings):
    year = [f for f in sample_findings if f.code == "digest-title-year"]
    assert len(year) == 1 and "2023" in year[0].message and "01/01/2024" in year[0].message
    assert {"digest-week-start", "digest-week-end"} <= {f.code for f in sample_findings}


def test_the_samples_typing_slips_are_found(sample_digest_text, sample_findings):
    found = {(f.code, sample_digest_text[f.start:f.end]) for f in sample_findings}
    assert ("date-inconsistent", "04/1/2024") in found
    assert any(code == "words-run-together" and "hiệnThông" in text for code, text in found)
    assert any(code == "citation-code" and "02 /UBND-KT" in text for code, text in found)
    assert "lead-heading-mismatch" not in {f.code for f in sample_findings}


def test_lint_command_exits_non_zero_on_errors(tmp_path, capsys, db):
    path = tmp_path / "ban-tin.txt"
    path.write_text(good_text().replace("đến ngày 07/01/2024)", "đến ngày 07/01/2023)"), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        call_command("lint", str(path), "--no-database")
    assert exit_info.value.code == 1
    out = capsys.readouterr().out
    assert "[digest-title-year]" in out and ":1:" in out


def test_lint_command_passes_a_good_digest_and_refuses_a_missing_file(tmp_path, capsys, db):
    from django.core.management.base import CommandError

    path = tmp_path / "ban-tin.txt"
    path.write_text(good_text(), encoding="utf-8")
    call_command("lint", str(path), "--no-database")
    assert "0 phát hiện, 0 lỗi." in capsys.readouterr().out
    with pytest.raises(CommandError):
        call_command("lint", str(tmp_path / "khong-co.txt"))


def test_a_week_across_the_new_year_with_both_years_printed_passes():
    week = (d(2024, 12, 30), d(2025, 1, 5))
    text = to_text(DraftDigest(digest_title(*week), *week, [
        DraftSection("Chỉ đạo về việc tổng kết năm 2024",
                     "UBND tỉnh chỉ đạo về việc tổng kết năm 2024 (Công văn số 250/UBND-KT, ngày 31/12/2024).",
                     "Các sở, ban, ngành báo cáo kết quả trước ngày 10/01/2025."),
        DraftSection("Chỉ đạo về việc triển khai nhiệm vụ năm 2025",
                     "UBND tỉnh chỉ đạo về việc triển khai nhiệm vụ năm 2025 "
                     "(Công văn số 01/UBND-KT, ngày 03/01/2025).",
                     ""),
    ]))
    assert "(từ ngày 30/12/2024 đến ngày 05/01/2025)" in text
    assert codes(text) == []


def test_a_week_across_the_new_year_without_the_first_year_is_reported():
    week = (d(2024, 12, 30), d(2025, 1, 5))
    text = to_text(DraftDigest(digest_title(*week), *week, [DraftSection(
        "Chỉ đạo về việc tổng kết năm 2024",
        "UBND tỉnh chỉ đạo về việc tổng kết năm 2024 (Công văn số 250/UBND-KT, ngày 31/12/2024).")]))
    assert codes(text.replace("từ ngày 30/12/2024", "từ ngày 30/12")) == ["digest-title-both-years"]
