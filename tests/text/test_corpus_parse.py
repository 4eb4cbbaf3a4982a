"""Every text of the shared corpus goes through parse_text without an exception or a failed step."""

import pytest

from bench.parse_speed import corpus_texts as read_corpus
from chidao.text.parse import parse_text
from tests.conftest import CORPUS

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


def corpus_texts():
    """(name, text) for the directives and both JSONL datasets; empty when the corpus is absent."""
    return read_corpus(CORPUS) if CORPUS.exists() else []


@pytest.fixture(scope="module")
def records():
    texts = corpus_texts()
    if not texts:
        pytest.skip("the corpus is not on this machine")
    return [(name, parse_text(text, source=name)) for name, text in texts]


def test_every_corpus_text_parses_without_a_failed_step(records):
    failed = [(name, w["message"]) for name, record in records for w in record["warnings"]
              if w["code"] == "engine-error"]
    assert failed == []


def test_the_corpus_directives_are_read_as_documents_with_tasks(records):
    directives = [(name, r) for name, r in records if name.endswith(".txt")]
    assert len(directives) == 21
    with_tasks = [name for name, r in directives if r["tasks"]]
    assert len(with_tasks) >= 15, [name for name, r in directives if not r["tasks"]]
    kinds = {name: r["kind"] for name, r in directives}
    assert list(kinds.values()).count("directive") >= 18, kinds


def test_corpus_task_offsets_slice_back_to_their_text(records):
    texts = dict(corpus_texts())
    from chidao.text.normalize import prepare

    for name, record in records[:60]:
        text = prepare(texts[name]).text
        for task in record["tasks"]:
            assert " ".join(text[task["start"]:task["end"]].split()) == task["text"], name
