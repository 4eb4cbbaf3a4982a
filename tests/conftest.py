"""One shared set of users drives the permission tests across the suite."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLE_DIGEST = SHARED / "samples" / "langson-digest-2024-01-01.txt"
CORPUS = SHARED / "corpus"


def pytest_configure(config):
    # The shared users are created with a password; the default hasher would cost most of a test's time.
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, whose PostgreSQL sessions left by other threads (the browser tests' live server) are
    ended before it is dropped: PostgreSQL will not drop a database another session is using."""
    yield
    with django_db_blocker.unblock():
        from django.db import connection

        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = current_database() AND pid <> pg_backend_pid()")


@pytest.fixture
def sample_digest_text() -> str:
    if not SAMPLE_DIGEST.exists():
        pytest.skip("the sample digest is not on this machine")
    return SAMPLE_DIGEST.read_text(encoding="utf-8")


@pytest.fixture
def agency(db):
    from chidao.registry.models import Agency

    return Agency.objects.create(slug="so-cong-thuong", name="Sở Công Thương", kind="department", level="tinh")


@pytest.fixture
def other_agency(db):
    from chidao.registry.models import Agency

    return Agency.objects.create(slug="so-y-te", name="Sở Y tế", kind="department", level="tinh")


def _user(username, role, agency=None):
    from chidao.core.models import User

    return User.objects.create_user(username=username, password="mat-khau-thu", role=role, agency=agency)


@pytest.fixture
def office_editor(db):
    return _user("vanphong", "office_editor")


@pytest.fixture
def agency_officer(agency):
    return _user("socongthuong", "agency_officer", agency)


@pytest.fixture
def other_agency_officer(other_agency):
    return _user("soyte", "agency_officer", other_agency)


@pytest.fixture
def leader(db):
    return _user("lanhdao", "leader")


@pytest.fixture
def administrator(db):
    from chidao.core.models import User

    return User.objects.create_superuser(username="quantri", password="mat-khau-thu", role="administrator")


USER_FIXTURES = ["office_editor", "agency_officer", "other_agency_officer", "leader", "anonymous"]


@pytest.fixture
def anonymous():
    return None


@pytest.fixture
def login(client):
    """`login(user)` logs the test client in as that user (None stays anonymous) and returns it."""

    def _login(user):
        if user is not None:
            client.force_login(user)
        return client

    return _login
