"""`chidao import` and `chidao export`."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from chidao.documents import services
from chidao.documents.models import Document
from chidao.tasks.models import Task
from tests.documents.helpers import parsed_directive, parsed_text_only


@pytest.fixture
def engine(monkeypatch, agency, other_agency):
    """A stand-in engine: the first line of the text is the document's code; "tin" lines have no header."""

    def fake(raw, source=None):
        code = raw.strip().splitlines()[0]
        return parsed_text_only() if code == "tin" else parsed_directive(code=code)

    monkeypatch.setattr(services, "run_engine", fake)


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import", *args, stdout=out, stderr=err, verbosity=0)
    return out.getvalue(), err.getvalue()


def test_import_reads_files_and_folders_and_prints_a_summary(engine, tmp_path):
    (tmp_path / "a.txt").write_text("01/CT-UBND\nnội dung", encoding="utf-8")
    folder = tmp_path / "thu-muc" / "con"
    folder.mkdir(parents=True)
    (folder / "b.txt").write_text("02/CT-UBND\nnội dung", encoding="utf-8")
    (folder / "bo-qua.png").write_bytes(b"\x89PNG")
    out, err = run(str(tmp_path / "a.txt"), str(tmp_path / "thu-muc"))
    assert out.strip() == "created 2, duplicate 0, failed 0"
    assert sorted(Document.objects.values_list("code", flat=True)) == ["01/CT-UBND", "02/CT-UBND"]
    assert Task.objects.filter(document__code="01/CT-UBND").count() == 2
    assert Document.objects.get(code="01/CT-UBND").body.startswith("01/CT-UBND")


def test_import_counts_duplicates_and_lists_failures_with_reasons(engine, tmp_path):
    lines = [{"text": "05/CT-UBND\nx"}, {"text": "05/CT-UBND\ny"}, {"text": "tin\nmột tin ngắn"},
             {"khong": "text"}]
    path = tmp_path / "lo.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\nnot json\n",
                    encoding="utf-8")
    (tmp_path / "rac.txt").write_bytes(bytes(range(1, 32)) * 10)
    out, err = run(str(path), str(tmp_path / "rac.txt"))
    assert out.strip() == "created 1, duplicate 1, failed 4"
    assert f"{path}:3: " in err and "loại văn bản" in err
    assert f"{path}:4: " in err and f"{path}:5: " in err and 'trường "text"' in err
    assert "rac.txt: " in err and "nhị phân" in err
    assert Document.objects.count() == 1


def test_dry_run_saves_nothing_but_counts_as_a_real_run(engine, tmp_path):
    (tmp_path / "a.txt").write_text("01/CT-UBND\nx", encoding="utf-8")
    (tmp_path / "b.txt").write_text("01/CT-UBND\ny", encoding="utf-8")
    out, _err = run(str(tmp_path), "--dry-run")
    assert out.startswith("created 1, duplicate 1, failed 0")
    assert not Document.objects.exists() and not Task.objects.exists()


def test_import_fails_when_every_document_failed(engine, tmp_path):
    (tmp_path / "a.txt").write_text("tin\nx", encoding="utf-8")
    with pytest.raises(CommandError, match="Không nạp được"):
        run(str(tmp_path / "a.txt"))


def test_import_of_nothing_is_an_error(db, tmp_path):
    with pytest.raises(CommandError, match="Không tìm thấy tệp"):
        run(str(tmp_path))


def test_a_missing_file_is_a_listed_failure(engine, tmp_path):
    (tmp_path / "a.txt").write_text("01/CT-UBND\nx", encoding="utf-8")
    out, err = run(str(tmp_path / "a.txt"), str(tmp_path / "khong-co.txt"))
    assert out.strip() == "created 1, duplicate 0, failed 1" and "Không mở được tệp" in err


def test_export_writes_one_json_line_per_document_with_references_and_tasks(agency, other_agency, tmp_path):
    services.save_parsed_document(parsed_directive())
    services.save_parsed_document(parsed_directive(code="1234/UBND-KT", type="Công văn", issued_on="2024-01-02"))
    target = tmp_path / "xuat.jsonl"
    call_command("export", "--output", str(target), stderr=StringIO())
    lines = target.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["code"] for r in records] == ["1234/UBND-KT", "03/CT-UBND"], "oldest first"
    record = records[1]
    assert list(record)[:4] == ["uid", "type", "code", "number"]
    assert record["references"][0]["target"] == records[0]["uid"]
    assert record["tasks"][0]["lead_id"] == "so-cong-thuong"
    assert record["tasks"][0]["original_deadline"] == "2024-01-31"
    assert "Chỉ thị" in lines[1], "Vietnamese is written as is, not escaped"


def test_export_to_standard_output_is_stable(agency, other_agency):
    services.save_parsed_document(parsed_directive())
    first, second = StringIO(), StringIO()
    call_command("export", stdout=first)
    call_command("export", stdout=second)
    assert first.getvalue() == second.getvalue() and first.getvalue().count("\n") == 1


def test_export_to_an_unwritable_path_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="Không ghi được tệp"):
        call_command("export", "--output", str(tmp_path / "khong" / "co" / "x.jsonl"))
