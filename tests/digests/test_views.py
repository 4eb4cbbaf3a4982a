import datetime
import re

import pytest
from django.urls import reverse

from chidao.digests.draft import digest_title
from chidao.digests.models import Digest, DigestSection, DigestStatus
from tests.conftest import USER_FIXTURES
from tests.digests.factories import week_of_new_year_2024

S = DigestStatus
OFFICE_ONLY = {"office_editor": 200}
READERS = {"office_editor": 200, "leader": 200}


@pytest.fixture
def digest(db):
    digest = Digest.objects.create(week_start=datetime.date(2024, 1, 1), title=digest_title(
        datetime.date(2024, 1, 1), datetime.date(2024, 1, 7)))
    DigestSection.objects.create(digest=digest, order=0, heading="Chỉ đạo A",
                                 first_sentence="UBND tỉnh chỉ đạo A (Công văn số 02/UBND-KT, ngày 02/01/2024).")
    DigestSection.objects.create(digest=digest, order=1, heading="Chỉ đạo B",
                                 first_sentence="UBND tỉnh chỉ đạo B (Công văn số 08/UBND-KT, ngày 02/01/2024).")
    return digest


def expected(person, allowed):
    if person in allowed:
        return allowed[person]
    return 302 if person == "anonymous" else 403


def urls(digest):
    return {
        "list": (reverse("digests:list"), "get", READERS),
        "edit": (reverse("digests:edit", args=[digest.pk]), "get", READERS),
        "export": (reverse("digests:export", args=[digest.pk, "markdown"]), "get", READERS),
    }


@pytest.mark.parametrize("person", USER_FIXTURES)
@pytest.mark.parametrize("name", ["list", "edit", "export"])
def test_editor_pages_answer_by_role(request, login, digest, person, name):
    client = login(request.getfixturevalue(person))
    url, _method, allowed = urls(digest)[name]
    assert client.get(url).status_code == expected(person, allowed)


@pytest.mark.parametrize("name", ["list", "edit", "export"])
def test_editor_pages_refuse_the_wrong_method(login, office_editor, digest, name):
    url = urls(digest)[name][0]
    method = "delete" if name == "edit" else "post"
    assert getattr(login(office_editor), method)(url).status_code == 405


@pytest.mark.parametrize("person", USER_FIXTURES)
def test_only_the_office_drafts_a_week(request, db, login, person):
    week_of_new_year_2024()
    client = login(request.getfixturevalue(person))
    response = client.post(reverse("digests:create"), {"day": "2024-01-03"})
    if person == "office_editor":
        digest = Digest.objects.get()
        assert response.status_code == 302 and response.url == reverse("digests:edit", args=[digest.pk])
        assert digest.week_start == datetime.date(2024, 1, 1) and digest.sections.count() == 3
    else:
        assert response.status_code == expected(person, {}) and not Digest.objects.exists()


def test_drafting_a_week_twice_opens_the_existing_digest(login, office_editor, digest):
    response = login(office_editor).post(reverse("digests:create"), {"day": "2024-01-05"})
    assert response.url == reverse("digests:edit", args=[digest.pk]) and Digest.objects.count() == 1


def test_create_refuses_get_and_a_bad_date(login, office_editor):
    client = login(office_editor)
    assert client.get(reverse("digests:create")).status_code == 405
    assert client.post(reverse("digests:create"), {"day": "hôm qua"}).status_code == 302
    assert not Digest.objects.exists()


def formset_data(digest, changes, extra=None):
    data = {"digest-title": digest.title, "sections-TOTAL_FORMS": str(digest.sections.count() + 1),
            "sections-INITIAL_FORMS": str(digest.sections.count()), "sections-MIN_NUM_FORMS": "0",
            "sections-MAX_NUM_FORMS": "1000"}
    for index, section in enumerate(digest.sections.order_by("order")):
        values = {"id": section.pk, "order": section.order, "heading": section.heading,
                  "first_sentence": section.first_sentence, "body": section.body}
        values.update(changes.get(index, {}))
        data.update({f"sections-{index}-{key}": value for key, value in values.items()})
    for key, value in (extra or {}).items():
        data[f"sections-{digest.sections.count()}-{key}"] = value
    return data


def test_editor_reorders_rewrites_drops_and_adds_sections(login, office_editor, digest):
    client = login(office_editor)
    data = formset_data(digest, {0: {"order": 5, "heading": "Chỉ đạo A đã sửa"}, 1: {"DELETE": "on"}},
                        extra={"order": 1, "heading": "Kế hoạch mới", "first_sentence": "UBND tỉnh ban hành."})
    assert client.post(reverse("digests:edit", args=[digest.pk]), data).status_code == 302
    assert [s.heading for s in digest.sections.order_by("order")] == ["Kế hoạch mới", "Chỉ đạo A đã sửa"]
    page = client.get(reverse("digests:edit", args=[digest.pk])).content.decode()
    assert "Kế hoạch mới; Chỉ đạo A đã sửa./." in page  # the lead follows the headings


def test_editor_shows_the_lint_findings_beside_the_text(login, office_editor, digest):
    page = login(office_editor).get(reverse("digests:edit", args=[digest.pk])).content.decode()
    assert "Kết quả kiểm tra" in page and "citation-unknown" in page


@pytest.mark.parametrize("person", ["leader", "agency_officer"])
def test_only_the_office_edits_sections(request, login, digest, person):
    client = login(request.getfixturevalue(person))
    data = formset_data(digest, {0: {"heading": "Bị sửa"}})
    assert client.post(reverse("digests:edit", args=[digest.pk]), data).status_code == 403
    assert not digest.sections.filter(heading="Bị sửa").exists()


def test_a_published_digest_is_not_edited_in_place(login, office_editor, digest):
    Digest.objects.filter(pk=digest.pk).update(status=S.PUBLISHED)
    data = formset_data(digest, {0: {"heading": "Bị sửa"}})
    assert login(office_editor).post(reverse("digests:edit", args=[digest.pk]), data).status_code == 403


@pytest.mark.parametrize("person", USER_FIXTURES)
def test_only_the_office_publishes_through_the_buttons(request, login, digest, person):
    Digest.objects.filter(pk=digest.pk).update(status=S.REVIEW)
    client = login(request.getfixturevalue(person))
    response = client.post(reverse("digests:transition", args=[digest.pk]), {"action": "publish"})
    digest.refresh_from_db()
    if person == "office_editor":
        assert response.status_code == 302 and digest.status == S.PUBLISHED
    else:
        assert response.status_code == expected(person, {}) and digest.status == S.REVIEW


def test_transition_refuses_get(login, office_editor, digest):
    assert login(office_editor).get(reverse("digests:transition", args=[digest.pk])).status_code == 405


def test_scheduling_from_the_editor_sets_the_time(login, office_editor, digest):
    Digest.objects.filter(pk=digest.pk).update(status=S.REVIEW)
    login(office_editor).post(reverse("digests:transition", args=[digest.pk]),
                              {"action": "schedule", "scheduled_for": "2099-01-01T08:00"})
    digest.refresh_from_db()
    assert digest.status == S.SCHEDULED and digest.scheduled_for.year == 2099


def test_export_downloads_each_format(login, office_editor, digest):
    client = login(office_editor)
    for fmt in ("text", "markdown", "html", "docx"):
        response = client.get(reverse("digests:export", args=[digest.pk, fmt]))
        assert response.status_code == 200 and "ban-tin-2024-01-01" in response["Content-Disposition"]
    assert client.get(reverse("digests:export", args=[digest.pk, "pdf"])).status_code == 404


@pytest.mark.parametrize("person", USER_FIXTURES)
def test_public_page_shows_a_published_digest_to_everyone_with_one_h1(request, login, digest, person):
    Digest.objects.filter(pk=digest.pk).update(status=S.PUBLISHED)
    response = login(request.getfixturevalue(person)).get(reverse("digests:public", args=[digest.uid]))
    html = response.content.decode()
    assert response.status_code == 200 and len(re.findall(r"<h1[ >]", html)) == 1
    assert "Chỉ đạo A; Chỉ đạo B./." in html


def test_public_page_hides_drafts_and_refuses_post(client, digest):
    url = reverse("digests:public", args=[digest.uid])
    assert client.get(url).status_code == 404
    Digest.objects.filter(pk=digest.pk).update(status=S.PUBLISHED)
    assert client.post(url).status_code == 405


def test_withdrawn_digest_shows_its_public_change_note_not_its_text(client, digest):
    Digest.objects.filter(pk=digest.pk).update(status=S.WITHDRAWN, change_note="Trích dẫn sai ngày.")
    html = client.get(reverse("digests:public", args=[digest.uid])).content.decode()
    assert "Trích dẫn sai ngày." in html and "Chỉ đạo B" not in html and html.count("<h1") == 1


def test_feeds_list_only_published_digests(client, digest):
    draft = Digest.objects.create(week_start=datetime.date(2024, 1, 8), title="Bản nháp tuần sau")
    published_at = datetime.datetime(2024, 1, 8, tzinfo=datetime.UTC)
    Digest.objects.filter(pk=digest.pk).update(status=S.PUBLISHED, published_at=published_at)
    for name in ("digests:feed_rss", "digests:feed_atom"):
        body = client.get(reverse(name)).content.decode()
        assert str(digest.uid) in body and draft.title not in body


@pytest.mark.parametrize("person", USER_FIXTURES)
def test_public_list_shows_only_published_digests_with_one_h1(request, db, login, digest, person):
    draft = Digest.objects.create(week_start=datetime.date(2024, 1, 8), title="Bản nháp tuần sau")
    Digest.objects.filter(pk=digest.pk).update(status=S.PUBLISHED)
    response = login(request.getfixturevalue(person)).get(reverse("digests:public_list"))
    html = response.content.decode()
    assert response.status_code == 200 and html.count("<h1") == 1
    assert str(digest.uid) in html and draft.title not in html


def test_public_list_refuses_post(client, db):
    assert client.post(reverse("digests:public_list")).status_code == 405


@pytest.mark.parametrize("person", USER_FIXTURES)
def test_only_the_office_adds_the_weeks_missing_highlights(request, login, digest, person):
    week_of_new_year_2024()
    client = login(request.getfixturevalue(person))
    response = client.post(reverse("digests:add_missing", args=[digest.pk]))
    if person == "office_editor":
        assert response.status_code == 302 and digest.sections.count() == 5
        client.post(reverse("digests:add_missing", args=[digest.pk]))
        assert digest.sections.count() == 5  # nothing twice
    else:
        assert response.status_code == expected(person, {}) and digest.sections.count() == 2


def test_adding_missing_highlights_refuses_get(login, office_editor, digest):
    assert login(office_editor).get(reverse("digests:add_missing", args=[digest.pk])).status_code == 405
