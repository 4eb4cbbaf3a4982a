"""Intake of an edXML package: uploaded like any file, read by the engine, refused when unsafe."""

import io

from chidao.documents.models import Document
from tests.text.test_edxml import BILLION_LAUGHS, package


def upload(data: bytes, name: str) -> io.BytesIO:
    handle = io.BytesIO(data)
    handle.name = name
    return handle


def test_an_uploaded_edxml_package_opens_the_review_with_its_header(login, office_editor, agency, other_agency):
    client = login(office_editor)
    assert ".xml" in client.get("/documents/new/").content.decode()  # the file picker offers it
    response = client.post("/documents/new/", {"file": upload(package(), "goi-tin.xml")})
    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(response["Location"]).content.decode()
    assert "03/CT-UBND" in page and "2024-01-15" in page
    assert Document.objects.count() == 0  # nothing is saved before the review


def test_an_unsafe_xml_upload_is_refused_with_a_message(login, office_editor):
    response = login(office_editor).post("/documents/new/", {"file": upload(BILLION_LAUGHS.encode(), "bom.xml")})
    assert response.status_code == 200
    assert "DTD" in response.content.decode()
    assert Document.objects.count() == 0
