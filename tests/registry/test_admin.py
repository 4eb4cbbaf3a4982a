"""The Agency admin: search without diacritics, filters by kind, level and state; administrators only."""

import pytest
from django.urls import reverse

from chidao.registry.models import Agency

pytestmark = pytest.mark.django_db
URL = reverse("admin:registry_agency_changelist")


@pytest.fixture
def two(db):
    Agency.objects.create(slug="so-nong-nghiep-ptnt", name="Sở Nông nghiệp và Phát triển nông thôn",
                          aliases=["Sở NN&PTNT"], kind="department", level="tinh")
    Agency.objects.create(slug="bo-y-te", name="Bộ Y tế", kind="central", level="trung-uong",
                          valid_to="2000-01-01")


def test_search_finds_by_alias_without_diacritics(login, administrator, two):
    response = login(administrator).get(URL, {"q": "nn&ptnt"})
    assert response.status_code == 200
    assert "Sở Nông nghiệp và Phát triển nông thôn" in response.content.decode()
    assert "Bộ Y tế" not in response.content.decode()


@pytest.mark.parametrize("params, shown, hidden", [
    ({"kind__exact": "central"}, "Bộ Y tế", "Sở Nông nghiệp"),
    ({"level__exact": "tinh"}, "Sở Nông nghiệp", "Bộ Y tế"),
    ({"active": "yes"}, "Sở Nông nghiệp", "Bộ Y tế"),
    ({"active": "no"}, "Bộ Y tế", "Sở Nông nghiệp"),
])
def test_filters(login, administrator, two, params, shown, hidden):
    content = login(administrator).get(URL, params).content.decode()
    assert shown in content and hidden not in content


@pytest.mark.parametrize("user", ["agency_officer", "leader", "anonymous"])
def test_people_without_admin_access_are_sent_to_log_in(login, request, user, two):
    response = login(request.getfixturevalue(user)).get(URL)
    assert response.status_code == 302


def test_the_change_form_answers(login, administrator, two):
    agency = Agency.objects.get(slug="bo-y-te")
    response = login(administrator).get(reverse("admin:registry_agency_change", args=[agency.pk]))
    assert response.status_code == 200
    assert "search_text" not in response.context["adminform"].form.fields  # computed, never typed
