"""`chidao parse`: one JSON line per input, clear one-line errors, exit status 1 on any unreadable input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chidao.text.cli import main

CHIDAO = Path(sys.executable).with_name("chidao")
TEXT = "Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra trước ngày 31/3/2024.\n"


def run(*args, stdin=b""):
    command = [str(CHIDAO)] if CHIDAO.exists() else [sys.executable, "-m", "chidao"]
    return subprocess.run([*command, "parse", *args], input=stdin, capture_output=True, timeout=120)


@pytest.fixture
def text_file(tmp_path):
    path = tmp_path / "chi-dao.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_the_command_prints_one_json_line_per_input(text_file, tmp_path):
    other = tmp_path / "khac.txt"
    other.write_text("Sở Tài chính bố trí kinh phí.", encoding="utf-8")
    result = run(str(text_file), str(other))
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["schema"] == "chidao.parse/1" and first["source"] == str(text_file)
    assert first["tasks"][0]["lead"] == ["Sở Y tế"]


def test_a_dash_reads_standard_input():
    result = run("-", stdin=TEXT.encode("utf-8"))
    assert result.returncode == 0
    record = json.loads(result.stdout)
    assert record["source"] == "-"
    assert record["deadlines"][0]["date"] == "2024-03-31"


def test_pretty_output_is_indented_json(text_file):
    result = run("--pretty", str(text_file))
    out = result.stdout.decode("utf-8")
    assert out.startswith("{\n  ")
    assert json.loads(out)["kind"] == "text"


def test_a_missing_file_is_one_line_on_stderr_and_status_1_while_others_still_parse(text_file, tmp_path):
    missing = tmp_path / "khong-co.txt"
    result = run(str(missing), str(text_file))
    assert result.returncode == 1
    err = result.stderr.decode("utf-8").strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"chidao parse: {missing}: ")
    assert "Traceback" not in result.stderr.decode("utf-8")
    assert len(result.stdout.decode("utf-8").splitlines()) == 1


@pytest.mark.parametrize("content, reason", [
    (b"", "rỗng"),
    (b"  \n\n ", "rỗng"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "nhị phân"),
])
def test_empty_and_binary_inputs_are_refused_with_a_reason(tmp_path, capsys, content, reason):
    path = tmp_path / "tep.txt"
    path.write_bytes(content)
    assert main([str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"chidao parse: {path}: ") and reason in captured.err


def test_a_directory_is_refused(tmp_path, capsys):
    assert main([str(tmp_path)]) == 1
    assert "thư mục" in capsys.readouterr().err


def test_an_undecodable_file_is_refused_or_read_as_legacy_text_never_a_traceback(tmp_path, capsys):
    path = tmp_path / "cu.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4)
    status = main([str(path)])
    captured = capsys.readouterr()
    assert status in (0, 1)
    if status == 1:
        assert captured.err.startswith(f"chidao parse: {path}: ")
    else:
        assert json.loads(captured.out)["schema"] == "chidao.parse/1"


def test_a_utf8_bom_is_not_part_of_the_text(tmp_path, capsys):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert main([str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["tasks"][0]["start"] == 0
    assert record["deadlines"][0]["start"] == TEXT.index("trước ngày")


def test_offsets_point_into_the_file_as_given(text_file, capsys):
    assert main([str(text_file)]) == 0
    record = json.loads(capsys.readouterr().out)
    for deadline in record["deadlines"]:
        assert TEXT[deadline["start"]:deadline["end"]] == deadline["text"]


def test_no_path_prints_the_usage_and_fails(capsys):
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err.lower()


def test_a_docx_file_goes_through_the_reader(tmp_path, capsys):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Sở Y tế báo cáo trước ngày 31/3/2024.")
    path = tmp_path / "van-ban.docx"
    document.save(path)
    assert main([str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["deadlines"][0]["date"] == "2024-03-31"
