"""Intake with review, list, detail, edit, publish and withdraw: who may do what, and what is saved."""

import datetime
import io

import pytest
from django.test import override_settings
from django.utils import translation

from chidao.documents import services
from chidao.documents.models import Document, Reference
from chidao.tasks.models import Task
from tests.conftest import USER_FIXTURES
from tests.documents.helpers import SOURCE_TEXT, parsed_directive, parsed_text_only


@pytest.fixture
def engine(monkeypatch):
    """Stand in for the engine: every text parses as the hand-made directive (or what the test sets)."""
    state = {"parsed": parsed_directive(), "calls": []}

    def fake(raw, source=None):
        state["calls"].append((raw, source))
        return state["parsed"]

    monkeypatch.setattr(services, "run_engine", fake)
    return state


@pytest.fixture
def registered(agency, other_agency):
    return services.save_parsed_document(parsed_directive(), overrides={"body": SOURCE_TEXT})


def counts():
    return Document.objects.count(), Task.objects.count(), Reference.objects.count()


def review_url(client, engine, text=SOURCE_TEXT):
    response = client.post("/documents/new/", {"text": text})
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def management(total, initial):
    return {"tasks-TOTAL_FORMS": str(total), "tasks-INITIAL_FORMS": str(initial),
            "tasks-MIN_NUM_FORMS": "0", "tasks-MAX_NUM_FORMS": "1000"}


def document_post(**changes):
    data = {"doc_type": "Chỉ thị", "code": "03/CT-UBND", "number": "3", "symbol": "CT-UBND",
            "issued_on": "2024-01-05", "issuer_name": "Ủy ban nhân dân tỉnh Lạng Sơn", "signer_name": "",
            "signer_title": "", "signer_authority": "", "subject": "Đón Tết", "sector": ""}
    data.update(changes)
    return data


def task_post(i, text, **fields):
    data = {f"tasks-{i}-text": text}
    data.update({f"tasks-{i}-{key}": value for key, value in fields.items()})
    return data


# ---------------------------------------------------------------------------------------------- who may


@pytest.mark.parametrize("role", USER_FIXTURES)
@pytest.mark.parametrize("url", ["/documents/new/", "/documents/agencies/autocomplete?q=so"])
def test_only_office_editors_reach_intake_and_autocomplete(request, login, role, url):
    client = login(request.getfixturevalue(role))
    response = client.get(url)
    expected = {"office_editor": 200, "anonymous": 302}.get(role, 403)
    assert response.status_code == expected
    if role == "anonymous":
        assert response["Location"].startswith("/dang-nhap/")


@pytest.mark.parametrize("role", USER_FIXTURES)
def test_list_and_detail_are_for_office_staff_and_leaders(request, login, registered, role):
    client = login(request.getfixturevalue(role))
    expected = {"office_editor": 200, "leader": 200, "anonymous": 302}.get(role, 403)
    assert client.get("/documents/").status_code == expected
    assert client.get(f"/documents/{registered.uid}/").status_code == expected


@pytest.mark.parametrize("role", ["agency_officer", "other_agency_officer", "leader", "anonymous"])
@pytest.mark.parametrize("action", ["edit", "publish", "withdraw"])
def test_only_office_editors_edit_publish_or_withdraw(request, login, registered, role, action):
    client = login(request.getfixturevalue(role))
    response = client.post(f"/documents/{registered.uid}/{action}/", document_post(subject="Sửa trái phép"))
    assert response.status_code == (302 if role == "anonymous" else 403)
    registered.refresh_from_db()
    assert registered.status == "draft" and registered.subject.startswith("Về việc")


@pytest.mark.parametrize("method, url", [
    ("put", "/documents/new/"), ("delete", "/documents/"), ("post", "/documents/"),
    ("post", "/documents/agencies/autocomplete"), ("get", "/documents/{uid}/publish/"),
    ("get", "/documents/{uid}/withdraw/"), ("post", "/documents/{uid}/"), ("put", "/documents/{uid}/edit/"),
])
def test_wrong_method_is_405(login, office_editor, registered, method, url):
    client = login(office_editor)
    assert getattr(client, method)(url.format(uid=registered.uid)).status_code == 405


def test_review_of_another_session_or_expired_is_404(login, office_editor):
    assert login(office_editor).get("/documents/new/abcdef/").status_code == 404


# ---------------------------------------------------------------------------------------------- intake


def test_pasted_text_opens_the_review_with_fields_tasks_and_marked_clauses(login, office_editor, engine,
                                                                            agency, other_agency):
    client = login(office_editor)
    page = client.get(review_url(client, engine)).content.decode()
    assert engine["calls"][0][0] == SOURCE_TEXT.strip()
    assert 'value="03/CT-UBND"' in page and 'value="Chỉ thị"' in page
    assert '<mark id="src-task-1"' in page and '<mark id="src-task-2"' in page
    assert "1. Sở Công Thương chủ trì theo dõi nguồn cung" in page
    assert "1234/UBND-KT (2024-01-02) — triển khai thực hiện" in page
    assert 'value="Sở Công Thương"' in page, "the lead agency is proposed"
    assert 'value="2024-01-31"' in page, "the deadline is proposed"
    assert '<datalist id="agency-names">' in page
    assert page.count("<h1") == 1
    assert not Document.objects.exists(), "nothing is saved before the review"


def test_saving_the_review_creates_everything_in_one_go(login, office_editor, engine, agency, other_agency):
    client = login(office_editor)
    url = review_url(client, engine)
    data = {**document_post(sector="Công thương"), **management(3, 2),
            **task_post(0, "Theo dõi nguồn cung", clause="1", lead="so cong thuong", deadline="2024-01-31",
                        deadline_kind="before", deadline_text="trước ngày 31/01/2024", source_start="10",
                        source_end="40"),
            **task_post(1, "Bảo đảm thuốc", clause="2", lead="Sở Y tế", support="Sở Công Thương"),
            **task_post(2, "Nhiệm vụ thêm", lead_group="các sở, ban, ngành")}
    response = client.post(url, data)
    document = Document.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/documents/{document.uid}/"
    assert document.sector == "Công thương" and document.body == SOURCE_TEXT.strip()
    tasks = list(document.tasks.order_by("id"))
    assert [t.text for t in tasks] == ["Theo dõi nguồn cung", "Bảo đảm thuốc", "Nhiệm vụ thêm"]
    assert tasks[0].lead_agency == agency and tasks[0].original_deadline == datetime.date(2024, 1, 31)
    assert list(tasks[1].support_agencies.all()) == [agency]
    assert tasks[2].lead_agency is None and tasks[2].lead_group == "các sở, ban, ngành"
    assert document.references.get().code == "1234/UBND-KT"
    assert document.history.first().history_user == office_editor
    assert client.get(url).status_code == 404, "the pending review is gone once saved"


def test_tasks_can_be_removed_and_merged(login, office_editor, engine, agency, other_agency):
    client = login(office_editor)
    url = review_url(client, engine)
    data = {**document_post(), **management(3, 3),
            **task_post(0, "Phần đầu", lead="Sở Công Thương", source_start="5", source_end="20"),
            **task_post(1, "phần sau", merge_up="on", support="Sở Y tế", deadline="2024-03-01",
                        source_start="20", source_end="60"),
            **task_post(2, "Bỏ đi", DELETE="on")}
    assert client.post(url, data).status_code == 302
    task = Task.objects.get()
    assert task.text == "Phần đầu\nphần sau"
    assert (task.source_start, task.source_end, task.deadline) == (5, 60, datetime.date(2024, 3, 1))
    assert list(task.support_agencies.all()) == [other_agency]


def test_an_unknown_agency_is_an_error_and_nothing_is_saved(login, office_editor, engine, agency):
    client = login(office_editor)
    url = review_url(client, engine)
    data = {**document_post(), **management(1, 1), **task_post(0, "Việc", lead="Sở Không Tồn Tại")}
    response = client.post(url, data)
    assert response.status_code == 200 and "Sở Không Tồn Tại" in response.content.decode()
    assert counts() == (0, 0, 0)


def test_a_duplicate_is_offered_instead_of_saved(login, office_editor, engine, registered):
    client = login(office_editor)
    url = review_url(client, engine)
    page = client.get(url).content.decode()
    assert f'href="/documents/{registered.uid}/"' in page and "Mở văn bản đã có" in page
    before = counts()
    response = client.post(url, {**document_post(), **management(0, 0)})
    assert response.status_code == 200 and f"/documents/{registered.uid}/" in response.content.decode()
    assert counts() == before


def test_text_without_a_header_asks_the_editor_for_the_fields(login, office_editor, engine):
    engine["parsed"] = parsed_text_only()
    client = login(office_editor)
    url = review_url(client, engine, "Một tin ngắn không có phần đầu văn bản.")
    assert "Không nhận ra phần đầu văn bản" in client.get(url).content.decode()
    response = client.post(url, {**document_post(doc_type="", code=""), **management(0, 0)})
    assert response.status_code == 200 and not Document.objects.exists()
    response = client.post(url, {**document_post(doc_type="Thông báo", code=""), **management(0, 0)})
    assert response.status_code == 302 and Document.objects.get().doc_type == "Thông báo"


def test_an_uploaded_docx_is_read_and_parsed(login, office_editor, engine, tmp_path):
    import docx

    path = tmp_path / "ct.docx"
    word = docx.Document()
    word.add_paragraph("CHỈ THỊ về đón Tết")
    word.save(path)
    client = login(office_editor)
    with path.open("rb") as handle:
        response = client.post("/documents/new/", {"file": handle})
    assert response.status_code == 302
    assert engine["calls"] == [("CHỈ THỊ về đón Tết", "ct.docx")]


@pytest.mark.parametrize("name, content, message", [
    ("rac.txt", bytes(range(1, 32)) * 50, "nhị phân"),
    ("utf16.txt", "Văn bản".encode("utf-16-le") * 5, "UTF-16"),
    ("scan.pdf", None, "Tệp PDF không có lớp văn bản"),
    ("cu.doc", b"\xd0\xcf\x11\xe0 old word", ".docx"),
    ("trong.txt", b"", "rỗng"),
])
def test_unreadable_uploads_give_a_clear_message_and_save_nothing(login, office_editor, engine, name,
                                                                  content, message):
    if content is None:
        from tests.text.test_readers import minimal_pdf

        content = minimal_pdf([""])
    upload = io.BytesIO(content)
    upload.name = name
    response = login(office_editor).post("/documents/new/", {"file": upload})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert engine["calls"] == [] and counts() == (0, 0, 0)


@override_settings(CHIDAO_UPLOAD_MAX_BYTES=100)
def test_an_upload_over_the_limit_is_refused(login, office_editor, engine):
    upload = io.BytesIO(b"a" * 101)
    upload.name = "lon.txt"
    response = login(office_editor).post("/documents/new/", {"file": upload})
    assert response.status_code == 200 and "Tệp quá lớn" in response.content.decode()
    assert engine["calls"] == [] and counts() == (0, 0, 0)


def test_paste_and_file_together_or_neither_is_refused(login, office_editor, engine):
    client = login(office_editor)
    upload = io.BytesIO(b"abc")
    upload.name = "a.txt"
    assert "chỉ một trong hai" in client.post("/documents/new/", {"text": "x", "file": upload}).content.decode()
    assert "chỉ một trong hai" in client.post("/documents/new/", {"text": "  "}).content.decode()
    assert engine["calls"] == []


def test_autocomplete_finds_agencies_by_folded_name(login, office_editor, agency, other_agency):
    response = login(office_editor).get("/documents/agencies/autocomplete", {"q": "cong thuong"})
    assert response.json() == {"results": [{"id": "so-cong-thuong", "name": "Sở Công Thương", "short_name": ""}]}


def test_highlight_segments_clip_overlaps_and_ignore_bad_offsets():
    from chidao.documents.views import highlight_segments

    segments = highlight_segments("abcdefghij", [(2, 5), (4, 8), (None, 3), (9, 99)])
    assert segments == [{"text": "ab", "task": None}, {"text": "cde", "task": 1}, {"text": "fgh", "task": 2},
                        {"text": "ij", "task": None}]


# ---------------------------------------------------------------------------------------------- office pages


def test_list_searches_and_filters(login, office_editor, registered):
    client = login(office_editor)
    assert "03/CT-UBND" in client.get("/documents/", {"q": "Tết"}).content.decode()
    assert "03/CT-UBND" not in client.get("/documents/", {"q": "không có"}).content.decode()
    assert "03/CT-UBND" not in client.get("/documents/", {"status": "published"}).content.decode()


def test_detail_shows_tasks_references_and_history(login, office_editor, registered):
    client = login(office_editor)
    client.post(f"/documents/{registered.uid}/edit/", document_post(subject="Trích yếu mới"))
    page = client.get(f"/documents/{registered.uid}/").content.decode()
    assert "1234/UBND-KT" in page and "Sở Công Thương chủ trì theo dõi" in page
    assert "vanphong" in page and "trích yếu" in page, "who changed which field"
    assert page.count("<h1") == 1


def test_edit_saves_the_corrections(login, office_editor, registered):
    response = login(office_editor).post(f"/documents/{registered.uid}/edit/",
                                         document_post(subject="Trích yếu mới", highlight="on"))
    assert response.status_code == 302
    registered.refresh_from_db()
    assert registered.subject == "Trích yếu mới" and registered.highlight


def test_edit_refuses_to_duplicate_another_document(login, office_editor, registered):
    other = services.save_parsed_document(parsed_directive(code="04/CT-UBND"))
    response = login(office_editor).post(f"/documents/{other.uid}/edit/", document_post())
    assert response.status_code == 200 and "Đã có văn bản cùng số" in response.content.decode()
    other.refresh_from_db()
    assert other.code == "04/CT-UBND"


def test_publish_and_withdraw(login, office_editor, registered):
    client = login(office_editor)
    assert client.post(f"/documents/{registered.uid}/publish/").status_code == 302
    registered.refresh_from_db()
    assert registered.status == "published" and registered.published_at
    assert client.post(f"/documents/{registered.uid}/withdraw/").status_code == 302
    registered.refresh_from_db()
    assert registered.status == "withdrawn"
    assert registered.history.first().history_user == office_editor


def test_an_uploaded_original_is_kept_with_the_saved_document(login, office_editor, engine, agency,
                                                               other_agency, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client = login(office_editor)
    upload = io.BytesIO(SOURCE_TEXT.encode("utf-8"))
    upload.name = "chi thi 03.txt"
    url = client.post("/documents/new/", {"file": upload})["Location"]
    assert len(list((tmp_path / "intake").rglob("*.txt"))) == 1, "kept while the editor reviews"
    assert client.post(url, {**document_post(), **management(0, 0)}).status_code == 302
    document = Document.objects.get()
    assert document.original_file.name.startswith("documents/") and document.original_file.name.endswith(".txt")
    assert document.original_file.read() == SOURCE_TEXT.encode("utf-8")
    assert not list((tmp_path / "intake").rglob("*.txt")), "the pending copy is removed"
    assert document.original_file.name in client.get(f"/documents/{document.uid}/").content.decode()


def test_old_pending_reviews_are_dropped_with_their_files(login, office_editor, engine, settings, tmp_path):
    from chidao.documents.views import MAX_PENDING

    settings.MEDIA_ROOT = tmp_path
    client = login(office_editor)
    urls = []
    for number in range(MAX_PENDING + 1):
        upload = io.BytesIO(f"Văn bản {number}".encode())
        upload.name = f"v{number}.txt"
        urls.append(client.post("/documents/new/", {"file": upload})["Location"])
    assert client.get(urls[0]).status_code == 404 and client.get(urls[-1]).status_code == 200
    assert len(list((tmp_path / "intake").rglob("*.txt"))) == MAX_PENDING


@pytest.mark.parametrize("role", ["agency_officer", "other_agency_officer", "leader", "anonymous"])
def test_only_office_editors_reach_a_review(request, login, role):
    response = login(request.getfixturevalue(role)).post("/documents/new/abcdef/", {})
    assert response.status_code == (302 if role == "anonymous" else 403)


def test_a_review_with_errors_keeps_the_marked_clauses(login, office_editor, engine, agency):
    client = login(office_editor)
    url = review_url(client, engine)
    data = {**document_post(doc_type=""), **management(1, 1),
            **task_post(0, "Việc", lead="Sở Công Thương", source_start="5", source_end="30")}
    page = client.post(url, data).content.decode()
    assert '<mark id="src-task-1"' in page and not Document.objects.exists()


def test_the_intake_page_speaks_english_when_asked(login, office_editor):
    client = login(office_editor)
    client.cookies["django_language"] = "en"
    page = client.get("/documents/new/").content.decode()
    with translation.override("en"):
        heading = translation.gettext("Nhập văn bản")
    assert heading != "Nhập văn bản" and f"<h1>{heading}</h1>" in page
