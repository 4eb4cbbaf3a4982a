"""bench/parse_speed.py: what it measures and prints, on a corpus made for the test (its speed is never asserted)."""

import json
import os

import pytest

from bench.parse_speed import main


@pytest.fixture(autouse=True)
def _keep_the_cores():
    # the benchmark pins its process to one core: give the test process its cores back afterwards
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    yield
    if cores is not None:
        os.sched_setaffinity(0, cores)


def _corpus(tmp_path):
    directives = tmp_path / "directives"
    directives.mkdir()
    (directives / "one.txt").write_text("SOURCE: test\nKIND: directive\nSở Y tế báo cáo trước ngày 31/3/2024.\n",
                                        encoding="utf-8")
    return tmp_path


def test_k_zero_measures_the_engine_and_skips_underthesea(tmp_path, capsys):
    out = tmp_path / "results.json"
    assert main(["--corpus", str(_corpus(tmp_path)), "--underthesea-every", "0", "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["chidao"]["documents"] == 1 and results["chidao"]["docs_per_s"] > 0
    assert "underthesea" not in results and "skipped" in results["underthesea_label"]
    assert json.loads(capsys.readouterr().out) == results


def test_a_missing_corpus_is_a_clear_error(tmp_path, capsys):
    assert main(["--corpus", str(tmp_path / "absent")]) == 1
    assert "corpus not found" in capsys.readouterr().err
