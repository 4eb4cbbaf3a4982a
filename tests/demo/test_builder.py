"""The demo province: what `make run` shows is built by the same code the tests use."""

import datetime

import pytest

from chidao.core.models import Role, User
from chidao.demo.builder import build_demo
from chidao.digests.models import Digest, DigestStatus
from chidao.documents.models import Document
from chidao.tasks.models import Task

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        result = build_demo("mat-khau-demo")
        yield result
        # Module-scoped data is not rolled back by the per-test transactions: clean up for later modules.
        from django.core.management import call_command

        call_command("flush", "--noinput", verbosity=0)


def test_demo_has_one_user_per_role(demo):
    roles = set(User.objects.filter(username__in=demo.users).values_list("role", flat=True))
    assert roles == {Role.OFFICE_EDITOR, Role.AGENCY_OFFICER, Role.LEADER, Role.ADMINISTRATOR}
    officer = User.objects.get(username="socongthuong")
    assert officer.agency.slug == "so-cong-thuong"
    assert officer.check_password("mat-khau-demo")


def test_demo_week_is_the_first_week_of_january_2024(demo):
    documents = Document.objects.published()
    assert documents.count() == 9
    assert {d.issued_on for d in documents} <= {datetime.date(2024, 1, day) for day in range(1, 8)}
    assert Document.objects.get(code="03/CT-UBND").doc_type == "Chỉ thị"
    assert Document.objects.get(code="11/UBND-NC").doc_type == "Công văn"


def test_demo_documents_carry_tasks_with_agencies_and_deadlines(demo):
    directive = Document.objects.get(code="03/CT-UBND")
    leads = {t.lead_agency.slug for t in directive.tasks.exclude(lead_agency=None)}
    assert {"so-cong-thuong", "cong-an-tinh", "so-y-te"} <= leads
    deadlines = set(Task.objects.exclude(deadline=None).values_list("deadline", flat=True))
    assert {datetime.date(2024, 3, 31), datetime.date(2024, 4, 5)} <= deadlines


def test_demo_publishes_the_weeks_digest(demo):
    digest = Digest.objects.get(week_start=datetime.date(2024, 1, 1))
    assert digest.status == DigestStatus.PUBLISHED
    assert digest.sections.count() == 9


def test_building_the_demo_twice_duplicates_nothing(demo):
    again = build_demo("mat-khau-demo")
    assert again.documents_created == 0 and again.documents_existing == 9
    assert not again.digest_created
    assert Document.objects.count() == 9


def test_demo_has_progress_reported_by_agency_officers(demo):
    from chidao.tasks.models import ProgressReport

    authors = set(ProgressReport.objects.values_list("author__username", flat=True))
    assert authors == {"socongthuong", "soyte"}
    assert Task.objects.filter(status="done", lead_agency__slug="so-cong-thuong").exists()


def test_load_demo_prints_the_users_and_their_password(demo, settings, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    settings.VAR_DIR = tmp_path
    (tmp_path / "demo_password").write_text("mat-khau-demo")
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "vanphong" in out.getvalue() and "password: mat-khau-demo" in out.getvalue()
    assert "9 already there" in out.getvalue()
