"""The public portal shows only what is published, finds Vietnamese without accents, and counts ratings."""

import datetime
import json
import re
import uuid

import pytest

from chidao.documents.models import Document, DocumentStatus


@pytest.fixture
def published(db):
    return Document.objects.create(
        doc_type="Chỉ thị", code="03/CT-UBND", number=3, symbol="CT-UBND", issued_on=datetime.date(2024, 1, 5),
        issuer_name="Ủy ban nhân dân tỉnh Lạng Sơn", status=DocumentStatus.PUBLISHED,
        subject="Về việc tăng cường các biện pháp bảo đảm đón Tết Nguyên đán Giáp Thìn 2024",
    )


@pytest.fixture
def draft(db):
    return Document.objects.create(doc_type="Công văn", code="99/UBND-KT", issued_on=datetime.date(2024, 1, 6),
                                   subject="Về việc hòa giải ở cơ sở (bản nháp)", status=DocumentStatus.DRAFT)


def h1_count(response) -> int:
    return len(re.findall(r"<h1[ >]", response.content.decode()))


def test_home_page_has_exactly_one_h1(client, published):
    response = client.get("/")
    assert response.status_code == 200
    assert h1_count(response) == 1


def test_search_ignores_accents_and_case(client, published):
    response = client.get("/van-ban/", {"q": "TET NGUYEN DAN giap thin"})
    assert "03/CT-UBND" in response.content.decode()


def test_search_finds_nothing_for_absent_words(client, published):
    response = client.get("/van-ban/", {"q": "khong co tu nay"})
    assert "03/CT-UBND" not in response.content.decode()


def test_anonymous_visitor_never_sees_a_draft(client, published, draft):
    assert "99/UBND-KT" not in client.get("/van-ban/", {"q": "hoa giai"}).content.decode()
    assert client.get(f"/van-ban/{draft.uid}/").status_code == 404


def test_published_document_page_answers_with_one_h1(client, published):
    response = client.get(f"/van-ban/{published.uid}/")
    assert response.status_code == 200
    assert h1_count(response) == 1


def test_a_visitor_rates_a_page_once(client, published):
    url = f"/danh-gia/{published.uid}/"
    client.post(url, {"score": "5"})
    client.post(url, {"score": "1"})
    page = client.get(f"/van-ban/{published.uid}/").content.decode()
    assert "5.0" in page or "5,0" in page


def test_rating_outside_one_to_five_is_refused(client, published):
    from chidao.portal.models import Rating

    client.post(f"/danh-gia/{published.uid}/", {"score": "9"})
    assert Rating.objects.count() == 0


def test_rating_an_unknown_or_draft_page_is_not_found(client, draft):
    assert client.post(f"/danh-gia/{uuid.uuid4()}/", {"score": "3"}).status_code == 404
    assert client.post(f"/danh-gia/{draft.uid}/", {"score": "3"}).status_code == 404


def test_rating_needs_post(client, published):
    assert client.get(f"/danh-gia/{published.uid}/").status_code == 405


def test_open_data_lists_only_published_documents(client, published, draft):
    body = b"".join(client.get("/du-lieu-mo/van-ban.jsonl").streaming_content).decode()
    records = [json.loads(line) for line in body.splitlines()]
    assert [r["code"] for r in records] == ["03/CT-UBND"]
    csv_body = b"".join(client.get("/du-lieu-mo/van-ban.csv").streaming_content).decode("utf-8-sig")
    assert "03/CT-UBND" in csv_body and "99/UBND-KT" not in csv_body


def test_open_data_page_has_one_h1(client, db):
    assert h1_count(client.get("/du-lieu-mo/")) == 1


def test_rating_never_redirects_to_another_site(client, published):
    response = client.post(f"/danh-gia/{published.uid}/", {"score": "4", "next": "https://example.com/"})
    assert response["Location"] == "/"


def test_open_data_never_links_to_a_draft(client, published, draft):
    from chidao.documents.models import Reference

    Reference.objects.create(source=published, target=draft, code=draft.code, doc_type=draft.doc_type)
    body = b"".join(client.get("/du-lieu-mo/van-ban.jsonl").streaming_content).decode()
    record = json.loads(body.splitlines()[0])
    assert record["references"] == [{"type": "Công văn", "code": "99/UBND-KT", "issued_on": None, "issuer": "",
                                      "relation": "cites", "target": None}]
    assert str(draft.uid) not in body
