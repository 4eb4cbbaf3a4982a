"""bench/robustness.py: the layouts it rewrites the corpus into, and its table, on a corpus and gold made for the test."""

import json
import shutil

import pytest

from bench.robustness import LAYOUTS, main, printed_to_pdf, rewrite_corpus

TEXT = "Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan rà soát danh mục thuốc, báo cáo trước ngày 31/3/2024.\n"
GOLD = """source: directives/one.txt
header: {type: null, code: null, issued_on: null, place: null, issuer: null, signer: null}
references: []
deadlines:
  - {kind: before, date: 2024-03-31, start_date: null, text: "trước ngày 31/3/2024"}
tasks:
  - {clause: null, lead: [Sở Y tế], lead_groups: [], support: [], deadline: 2024-03-31}
"""


def _corpus(tmp_path):
    directives = tmp_path / "corpus" / "directives"
    directives.mkdir(parents=True)
    (directives / "one.txt").write_text("SOURCE: test\nKIND: directive\n" + TEXT, encoding="utf-8")
    datasets = tmp_path / "corpus" / "datasets"
    datasets.mkdir()
    (datasets / "documents.jsonl").write_text(json.dumps({"so_hieu": "1/UBND", "text": TEXT}, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "one.yaml").write_text(GOLD, encoding="utf-8")
    return tmp_path / "corpus", gold


def test_every_layout_keeps_the_words_and_changes_only_the_blanks():
    for name, layout in LAYOUTS.items():
        assert layout(TEXT).split() == TEXT.split(), name
    assert max(map(len, LAYOUTS["wrap"](TEXT).splitlines())) <= 80
    assert all(line.startswith("    ") for line in LAYOUTS["indent"](TEXT).splitlines() if line)


def test_the_corpus_is_rewritten_with_its_corpus_lines_kept(tmp_path):
    corpus, _ = _corpus(tmp_path)
    rewrite_corpus(corpus, tmp_path / "out", LAYOUTS["crlf"])
    text = (tmp_path / "out" / "directives" / "one.txt").read_bytes().decode("utf-8")
    assert text.startswith("SOURCE: test\nKIND: directive\n") and text.endswith("31/3/2024.\r\n")
    record = json.loads((tmp_path / "out" / "datasets" / "documents.jsonl").read_text(encoding="utf-8"))
    assert record == {"so_hieu": "1/UBND", "text": TEXT.replace("\n", "\r\n")}


def test_the_table_has_a_row_for_the_corpus_as_printed_and_each_layout(tmp_path, capsys):
    corpus, gold = _corpus(tmp_path)
    assert main(["--gold", str(gold), "--corpus", str(corpus), "--layout", "wrap", "--layout", "nbsp"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == "| layout | references | header | deadlines | leads | lead groups |"
    assert [row.split(" | ")[0] for row in rows[2:]] == ["| as printed", "| wrap", "| nbsp"]
    assert all(row.split(" | ")[3] == "1.000" for row in rows[2:])  # the one deadline is found in every layout


def test_a_missing_corpus_is_reported(tmp_path, capsys):
    assert main(["--corpus", str(tmp_path / "nowhere")]) == 1
    assert "corpus not found" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium is not installed")
def test_a_text_printed_to_pdf_reads_back_with_its_words():
    assert printed_to_pdf(TEXT).split() == TEXT.split()
