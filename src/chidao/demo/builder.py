"""The demo province, built by one function that serves both `make run` and the tests.

It loads the province's agency registry, one user per role, and a week of documents (our own texts under
`documents/`) through the same parse-and-save path that intake uses, so the demo exercises the real engine.
"""

import datetime
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from chidao.core.models import Role, User
from chidao.digests import workflow
from chidao.digests.draft import draft_week, save_draft
from chidao.digests.models import Digest
from chidao.documents.models import Document, DocumentStatus
from chidao.documents.services import DuplicateDocument, save_parsed_document
from chidao.registry.models import Agency
from chidao.tasks import services as task_services
from chidao.tasks.models import TaskStatus
from chidao.text.parse import parse_text

DEMO_DIR = Path(__file__).resolve().parent
WEEK_MANIFEST = DEMO_DIR / "week-2024-01-01.yaml"

# username, role, agency slug (for agency officers)
DEMO_USERS = [
    ("vanphong", Role.OFFICE_EDITOR, None),
    ("socongthuong", Role.AGENCY_OFFICER, "so-cong-thuong"),
    ("soyte", Role.AGENCY_OFFICER, "so-y-te"),
    ("lanhdao", Role.LEADER, None),
    ("quantri", Role.ADMINISTRATOR, None),
]


@dataclass
class DemoResult:
    password: str
    users: list[str] = field(default_factory=list)
    documents_created: int = 0
    documents_existing: int = 0
    digest_created: bool = False


def ensure_user(username: str, role: str, agency_slug: str | None, password: str) -> User:
    agency = Agency.objects.get(slug=agency_slug) if agency_slug else None
    user, _ = User.objects.get_or_create(username=username)
    user.role, user.agency = role, agency
    user.is_staff = role in (Role.OFFICE_EDITOR, Role.ADMINISTRATOR)
    user.is_superuser = role == Role.ADMINISTRATOR
    user.set_password(password)
    user.save()
    return user


def load_week(manifest: Path, editor: User, result: DemoResult) -> None:
    spec = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    for entry in spec["documents"]:
        text = (DEMO_DIR / "documents" / entry["file"]).read_text(encoding="utf-8")
        parsed = parse_text(text, source=entry["file"], province=spec["province"])
        overrides = {"highlight": entry.get("highlight", False), "sector": entry.get("sector", ""),
                     "status": DocumentStatus.PUBLISHED}
        try:
            with transaction.atomic():
                document = save_parsed_document(parsed, user=editor, overrides=overrides)
                document.published_at = timezone.make_aware(
                    datetime.datetime.combine(document.issued_on or datetime.date(2024, 1, 1), datetime.time(17)))
                document.save(update_fields=["published_at"])
            result.documents_created += 1
        except DuplicateDocument:
            result.documents_existing += 1


def report_some_progress(users: dict[str, User]) -> None:
    """A little tracking history, so the dashboard and the task pages have something to show."""
    officer = users["socongthuong"]
    for task in Document.objects.get(code="03/CT-UBND").tasks.filter(lead_agency=officer.agency):
        if not task.reports.exists():
            task_services.file_report(task, officer, reported_on=datetime.date(2024, 1, 25), status=TaskStatus.DONE,
                                      text="Đã triển khai đầy đủ; báo cáo kết quả gửi Văn phòng UBND tỉnh.")
    health = users["soyte"]
    for task in Document.objects.get(code="13/UBND-KGVX").tasks.filter(lead_agency=health.agency):
        if not task.reports.exists():
            task_services.file_report(task, health, reported_on=datetime.date(2024, 1, 10),
                                      status=TaskStatus.IN_PROGRESS,
                                      text="Đã ban hành hướng dẫn phòng, chống rét; đang kiểm tra các cơ sở y tế.")


def publish_week_digest(week: datetime.date, editor: User, result: DemoResult) -> None:
    """The week's digest, drafted from its highlights and published, as the Office would."""
    draft = draft_week(week)
    if Digest.objects.filter(week_start=draft.week_start).exists() or not draft.sections:
        return
    digest = save_draft(draft, editor)
    workflow.transition(editor, digest, "submit")
    workflow.transition(editor, digest, "publish")
    result.digest_created = True


def build_demo(password: str | None = None, province: str = "lang-son") -> DemoResult:
    """Load the registry, the demo users and the demo week; safe to run again (nothing is duplicated)."""
    result = DemoResult(password=password or secrets.token_urlsafe(9))
    call_command("load_registry", province=province, verbosity=0)
    users = {name: ensure_user(name, role, slug, result.password) for name, role, slug in DEMO_USERS}
    result.users = [name for name, _, _ in DEMO_USERS]
    load_week(WEEK_MANIFEST, users["vanphong"], result)
    report_some_progress(users)
    publish_week_digest(datetime.date(2024, 1, 1), users["vanphong"], result)
    return result


def demo_documents():
    return Document.objects.filter(created_by__username="vanphong")
