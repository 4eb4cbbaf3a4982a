"""Guard tests for the whole site: every page answers every role without a server error.

The data is the demo province (`chidao.demo.builder.build_demo`: registry, one user per role, a week of
documents read by the real engine), plus a published and a draft digest, a draft document and a pending
extension request, so that every URL pattern of the project can be filled with a real object.

A new URL pattern whose parameter this module cannot fill makes `test_every_url_parameter_has_a_sample_value`
fail: add a sample to `SAMPLES` below. Admin pages are tried through the index and one changelist per
registered model (with a search, which also proves each model admin is searchable); object pages of the admin
are Django's own code and are skipped.
"""

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.contrib import admin
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

# Every test also asks for the database, so pytest-django creates the test database before `site` uses it.
pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-demo-kiem-thu"
ROLES = ["vanphong", "socongthuong", "lanhdao", "quantri", None]  # None: an anonymous visitor
ROLE_IDS = ["office_editor", "agency_officer", "leader", "administrator", "anonymous"]

# Pages that are not ours to shape: the OpenAPI viewer is django-ninja's Swagger UI page.
NOT_OUR_HTML = {"/api/docs"}

PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


@dataclass
class Route:
    """A URL pattern of the project as a string, with its `<converter:name>` parameters."""

    pattern: str
    parameters: list[tuple[str, str]]


def project_routes() -> list[Route]:
    """Every URL pattern outside the admin (the admin is tried separately, see module docstring)."""

    def walk(patterns, prefix: str) -> Iterator[str]:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                yield prefix + str(entry.pattern)

    routes = []
    for pattern in walk(get_resolver().url_patterns, ""):
        if pattern.startswith("admin/"):
            continue
        pattern = pattern.lstrip("^").rstrip("$")
        parameters = [(m.group("converter") or "str", m.group("name")) for m in PARAMETER.finditer(pattern)]
        routes.append(Route(pattern, parameters))
    return routes


# (path prefix, parameter name) -> the demo objects that fill it; looked up longest prefix first.
SAMPLES = {
    ("documents/new/", "token"): lambda d: ["phien-khong-co"],
    ("documents/", "uid"): lambda d: [d.published_document.uid, d.draft_document.uid],
    ("van-ban/", "uid"): lambda d: [d.published_document.uid, d.draft_document.uid],
    ("danh-gia/", "uid"): lambda d: [d.published_document.uid],
    ("tasks/extensions/", "pk"): lambda d: [d.extension.pk],
    ("tasks/", "pk"): lambda d: [d.task.pk, d.draft_task.pk],
    ("digests/ban-tin/", "uid"): lambda d: [d.published_digest.uid, d.draft_digest.uid],
    ("digests/", "pk"): lambda d: [d.published_digest.pk, d.draft_digest.pk],
    ("digests/<int:pk>/tai-ve/", "pk"): lambda d: [d.published_digest.pk],
    ("digests/", "fmt"): lambda d: d.export_formats,
    ("api/documents/", "uid"): lambda d: [d.published_document.uid, d.draft_document.uid],
    ("api/tasks/", "pk"): lambda d: [d.task.pk, d.draft_task.pk],
    ("api/agencies/", "slug"): lambda d: [d.agency_slug, "khong-co-co-quan-nay"],
    ("api/digests/", "uid"): lambda d: [d.published_digest.uid, d.draft_digest.uid],
}


def sample_values(route: Route, name: str, demo) -> list | None:
    keys = sorted((key for key in SAMPLES if key[1] == name and route.pattern.startswith(key[0])),
                  key=lambda key: len(key[0]), reverse=True)
    return SAMPLES[keys[0]](demo) if keys else None


def urls_of(route: Route, demo) -> list[str]:
    """The route filled with every combination of its parameters' sample values."""
    urls = ["/" + route.pattern]
    for _converter, name in route.parameters:
        values = sample_values(route, name, demo) or []
        token = re.compile(r"<(?:[^>:]+:)?" + re.escape(name) + ">")
        urls = [token.sub(str(value), url, count=1) for url in urls for value in values]
    return urls


@dataclass
class Demo:
    published_document: object
    draft_document: object
    task: object
    draft_task: object
    extension: object
    published_digest: object
    draft_digest: object
    agency_slug: str
    export_formats: list[str]


def build_site() -> Demo:
    """The demo province plus the few objects the demo week lacks (digests, a draft, an extension)."""
    from chidao.core.models import User
    from chidao.demo.builder import build_demo
    from chidao.digests import export
    from chidao.digests.draft import draft_week, save_draft
    from chidao.digests.models import Digest, DigestStatus
    from chidao.documents.models import Document, DocumentStatus
    from chidao.tasks import services
    from chidao.tasks.models import ExtensionRequest, Task

    build_demo(PASSWORD)
    editor = User.objects.get(username="vanphong")
    officer = User.objects.get(username="socongthuong")
    draft_document = Document.objects.filter(tasks__isnull=False).order_by("id").last()
    draft_document.status = DocumentStatus.DRAFT
    draft_document.save()
    published_tasks = Task.objects.filter(document__status=DocumentStatus.PUBLISHED)
    task = published_tasks.filter(lead_agency=officer.agency).first() or published_tasks.first()
    extension = ExtensionRequest.objects.filter(status="pending").first() or services.request_extension(
        task, officer, requested_deadline=datetime.date(2030, 12, 31), reason="Chờ kết quả kiểm tra")
    published_digest = Digest.objects.published().first()
    if published_digest is None:  # the demo publishes its week's digest; older demos did not
        published_digest = save_draft(draft_week(datetime.date(2024, 1, 1)), editor)
        Digest.objects.filter(pk=published_digest.pk).update(status=DigestStatus.PUBLISHED,
                                                             published_at=timezone.now())
    draft_digest = save_draft(draft_week(datetime.date(2023, 12, 25)), editor)
    return Demo(
        published_document=Document.objects.published().order_by("id").first(), draft_document=draft_document,
        task=task, draft_task=draft_document.tasks.first(), extension=extension,
        published_digest=Digest.objects.get(pk=published_digest.pk), draft_digest=draft_digest,
        agency_slug=officer.agency.slug, export_formats=list(export.FORMATS))


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The demo site, built once for this module inside a transaction that is rolled back at the end."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield build_site()
            transaction.set_rollback(True)


def client_for(username: str | None, language: str = "vi") -> Client:
    from chidao.core.models import User

    client = Client(raise_request_exception=False)
    client.cookies["django_language"] = language
    if username:
        client.force_login(User.objects.get(username=username))
    return client


def get(client: Client, url: str):
    # Each request in its own savepoint: a failing page must not poison the next one (PostgreSQL).
    with transaction.atomic():
        response = client.get(url)
        transaction.set_rollback(True)
    return response


def all_urls(site) -> list[str]:
    return [url for route in project_routes() for url in urls_of(route, site)]


def h1_count(html: str) -> int:
    return len(re.findall(r"<h1[\s>]", html, flags=re.IGNORECASE))


@dataclass
class Answer:
    url: str
    status: int
    html: bool
    h1: int


@pytest.fixture(scope="module")
def crawl(site):
    """`crawl(username, language)`: every page of the site as that user sees it, fetched once per module."""
    answers: dict[tuple[str | None, str], list[Answer]] = {}

    def _crawl(username: str | None, language: str = "vi") -> list[Answer]:
        key = (username, language)
        if key not in answers:
            client = client_for(username, language)
            answers[key] = []
            for url in all_urls(site):
                response = get(client, url)
                html = response.status_code == 200 and response["Content-Type"].startswith("text/html")
                count = h1_count(response.content.decode()) if html else 0
                answers[key].append(Answer(url, response.status_code, html, count))
        return answers[key]

    return _crawl


# ---------------------------------------------------------------------------------------------- tests


def test_every_url_parameter_has_a_sample_value(site):
    unfilled = [f"{route.pattern} <{name}>" for route in project_routes() for _c, name in route.parameters
                if not sample_values(route, name, site)]
    assert unfilled == [], "add a sample value to SAMPLES in tests/core/test_site_guard.py"


def test_the_guard_tries_every_part_of_the_site(site):
    urls = all_urls(site)
    for prefix in ("/documents/", "/tasks/", "/digests/", "/api/", "/van-ban/", "/du-lieu-mo/", "/dang-nhap/"):
        assert any(url.startswith(prefix) for url in urls), prefix


@pytest.mark.parametrize("username", ROLES, ids=ROLE_IDS)
def test_no_page_answers_with_a_server_error(crawl, username):
    assert [f"{a.url} → {a.status}" for a in crawl(username) if a.status >= 500] == []


@pytest.mark.parametrize("username", ["vanphong", None], ids=["office_editor", "anonymous"])
def test_no_page_answers_with_a_server_error_in_english(crawl, username):
    """A translation with a broken placeholder would fail only here."""
    assert [f"{a.url} → {a.status}" for a in crawl(username, "en") if a.status >= 500] == []


@pytest.mark.parametrize("username", ROLES, ids=ROLE_IDS)
def test_every_html_page_has_exactly_one_h1(crawl, username):
    """For anonymous visitors these are the public pages; signed-in users' pages follow the same rule."""
    wrong = [f"{a.url}: {a.h1} <h1>" for a in crawl(username) if a.html and a.h1 != 1 and a.url not in NOT_OUR_HTML]
    assert wrong == []


def test_the_public_site_has_html_pages_for_anonymous_visitors(crawl):
    public = {a.url for a in crawl(None) if a.html}
    assert {"/", "/van-ban/", "/du-lieu-mo/", "/dang-nhap/"} <= public


def test_signed_in_users_reach_their_working_pages(crawl):
    def opened(username):
        return {a.url for a in crawl(username) if a.status == 200}

    assert {"/documents/", "/digests/", "/tasks/", "/tasks/dashboard/"} <= opened("vanphong")
    assert "/tasks/" in opened("socongthuong") and "/documents/" not in opened("socongthuong")
    assert "/tasks/dashboard/" in opened("lanhdao")


def test_anonymous_visitors_never_see_a_draft(site):
    client = client_for(None)
    for url in (f"/van-ban/{site.draft_document.uid}/", f"/documents/{site.draft_document.uid}/",
                f"/digests/ban-tin/{site.draft_digest.uid}/", f"/api/documents/{site.draft_document.uid}",
                f"/api/digests/{site.draft_digest.uid}", f"/api/tasks/{site.draft_task.pk}"):
        assert get(client, url).status_code in (302, 403, 404), url


def registered_models() -> list:
    return sorted(admin.site._registry, key=lambda model: model._meta.label)


@pytest.mark.parametrize("username", ROLES, ids=ROLE_IDS)
def test_admin_index_and_changelists_never_answer_with_a_server_error(site, username):
    client = client_for(username)
    urls = ["/admin/"] + [f"/admin/{m._meta.app_label}/{m._meta.model_name}/?q=a" for m in registered_models()]
    failures = [f"{url} → {status}" for url in urls if (status := get(client, url).status_code) >= 500]
    assert failures == []


def test_administrator_opens_the_admin_index(site):
    assert get(client_for("quantri"), "/admin/").status_code == 200


@pytest.mark.parametrize("model", registered_models(), ids=lambda model: model._meta.label)
def test_every_model_in_the_admin_has_a_searchable_changelist(site, model):
    assert admin.site._registry[model].search_fields, f"{model._meta.label} admin has no search_fields"
    url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/?q=a"
    assert get(client_for("quantri"), url).status_code == 200
