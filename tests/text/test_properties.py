"""Properties of parse_text on arbitrary text: it never raises, and every offset slices back to its text."""

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chidao.text.normalize import prepare
from chidao.text.parse import parse_text
from tests.conftest import SAMPLE_DIGEST

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐÂƯ"
PIECES = [
    "Sở Y tế", "Công an tỉnh", "UBND tỉnh yêu cầu ", "Giao ", " chủ trì, phối hợp với ", " có trách nhiệm: ",
    "các sở, ban, ngành", "UBND các huyện, thành phố", "trước ngày 31/3/2024", "chậm nhất ngày 05/4/2024",
    "Công văn số 11/UBND-NC", "ngày 03/01/2024", "Số: 03/CT-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Lạng Sơn, ngày 05 tháng 01 năm 2024", "CHỈ THỊ", "\n1. ", "\na) ", "\nđ) ", "\n- ", "\n+ ", "\nII. ",
    "\n1.1. ", "**1.**", ";", ".", ":", "\n\n", " ", "/", "-", "(", ")", "Tết Nguyên đán", "./.",
    "Chỉ đạo, điều hành nổi bật của UBND tỉnh trong tuần (từ ngày 01/01 đến ngày 07/01/2023)",
    "Nơi nhận:", "thực hiệnThông tư", "hằng tháng", "trong vòng 10 ngày",
]
alphabet_text = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + "0123456789/-.,;:() \n", max_size=300)
piece_text = st.lists(st.one_of(st.sampled_from(PIECES), alphabet_text.map(lambda s: s[:40])), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=200), alphabet_text, piece_text)

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_offsets(raw, record):
    text = prepare(raw).text
    n = len(text)
    for section in ("references", "deadlines", "agencies", "tasks", "warnings"):
        for entry in record[section]:
            assert 0 <= entry["start"] <= entry["end"] <= n, (section, entry)
    for deadline in record["deadlines"]:
        assert text[deadline["start"]:deadline["end"]] == deadline["text"]
    for agency in record["agencies"]:
        assert text[agency["start"]:agency["end"]] == agency["as_printed"]
    for task in record["tasks"]:
        assert " ".join(text[task["start"]:task["end"]].split()) == task["text"]
        if task["deadline"]:
            assert task["start"] <= task["deadline"]["start"] <= task["deadline"]["end"] <= task["end"]
    for item in (record["digest"] or {}).get("items", []):
        assert 0 <= item["start"] <= item["end"] <= n


@FAST
@given(any_text)
def test_parse_text_never_raises_and_offsets_slice_back(raw):
    record = parse_text(raw)
    assert record["schema"] == "chidao.parse/1"
    check_offsets(raw, record)


@FAST
@given(piece_text)
def test_no_step_fails_on_administrative_looking_text(raw):
    record = parse_text(raw)
    assert not [w for w in record["warnings"] if w["code"] == "engine-error"], raw


def test_the_sample_digest_offsets_slice_back(sample_digest_text):
    check_offsets(sample_digest_text, parse_text(sample_digest_text))


BIG_INPUT = """
import sys, time
from chidao.text.parse import parse_text
realistic = open(sys.argv[1], encoding="utf-8").read()
adversarial = "".join([
    "1." * 20_000, "\\n", "a)" * 20_000, "\\n", "1/" * 20_000, "\\n", "Sở " * 20_000, "\\n",
    "các sở, ban, ngành, " * 5_000, "\\n", "ngày " * 20_000, "\\n", "-" * 50_000, "\\n",
    "\\n1.1.1.1. Sở Y tế chủ trì" * 2_000, "đ" * 100_000, "\\n" * 50_000, "(" * 20_000, "Số:" * 10_000,
])
half = 5 * 1024 * 1024
big = (realistic * (half // len(realistic) + 1))[:half] + (adversarial * (half // len(adversarial) + 1))[:half]
started = time.monotonic()
record = parse_text(big)
assert record["schema"] == "chidao.parse/1"
print(time.monotonic() - started)
"""


@pytest.mark.slow
def test_ten_megabytes_parse_without_hanging(sample_digest_text):
    """Half the real digest repeated, half adversarial runs (numbering, slashes, brackets, one long line)."""
    try:
        done = subprocess.run([sys.executable, "-c", BIG_INPUT, str(SAMPLE_DIGEST)],
                              capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("parsing 10 MB took more than 120 s")
    assert done.returncode == 0, done.stderr[-2000:]
    assert float(done.stdout.strip()) < 120
