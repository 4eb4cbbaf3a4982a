"""Headers of real documents: the shared corpus, compared with the legal website's own metadata.

The tnt305 pages carry the website's metadata table ("Số hiệu", "Loại văn bản", "Ngày ban hành"). On pages
whose document prints its own header ("Số:" line or quốc hiệu) the parser reads the document and the table only
fills what the header lacks, so agreement there is a check of what the parser reads in the document itself.
Some pages lost the document's header altogether (the site shows only the body under "Kính gửi"); there the
header comes from the page's table, and agreement is also required over all pages.
"""

import datetime
import json
import re

import pytest

from chidao.text.codes import canonical_type
from chidao.text.documents import parse_header
from chidao.text.normalize import fold
from tests.conftest import CORPUS

pytestmark = pytest.mark.corpus

FILE_TYPES = {"chithi": "Chỉ thị", "congdien": "Công điện", "congvan": "Công văn", "kehoach": "Kế hoạch",
              "quyetdinh": "Quyết định", "thongbao": "Thông báo"}
# The document's own header (its "Số:" line, the quốc hiệu, or a Party document's "ĐẢNG CỘNG SẢN VIỆT NAM"),
# as opposed to the website's metadata label "Số hiệu:".
HAS_HEADER = re.compile(
    r"(?m)^[\W_]{0,4}Số[ \t]{0,3}:[\s*]{0,6}\d|CỘNG[\s*]{1,4}HÒA[\s*]{1,4}XÃ[\s*]{1,4}HỘI"
    r"|ĐẢNG[\s*]{1,4}CỘNG[\s*]{1,4}SẢN[\s*]{1,4}VIỆT[\s*]{1,4}NAM"
)


def jsonl(name):
    path = CORPUS / "datasets" / name / "documents.jsonl"
    if not path.exists():
        pytest.skip("the corpus is not on this machine")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def directives():
    if not CORPUS.exists():
        return []
    return sorted((CORPUS / "directives").glob("*.txt"))


def compact_code(code):
    return re.sub(r"\s", "", code or "").upper()


def same_type(ours, theirs):
    expected = canonical_type(theirs) or theirs
    return (ours or "").casefold() == expected.casefold()


@pytest.mark.parametrize("path", directives(), ids=lambda p: p.stem)
def test_directive_header_matches_its_file_name(path):
    kind, _issuer, number, year = path.stem.split("-")
    text = path.read_text(encoding="utf-8").split("\n", 2)[2]  # lines 1-2: SOURCE and KIND
    header = parse_header(text)
    assert header is not None
    assert header.code and header.code.startswith(f"{number}/"), header.code
    assert header.type == FILE_TYPES[kind]
    assert header.issued_on and header.issued_on.year == int(year)
    assert header.issuer and header.subject


def test_directives_name_their_signer_and_recipients():
    paths = directives()
    if not paths:
        pytest.skip("the corpus is not on this machine")
    headers = [parse_header(p.read_text(encoding="utf-8").split("\n", 2)[2]) for p in paths]
    signed = [h for h in headers if h and h.signer and h.signer.name and h.signer.title]
    with_recipients = [h for h in headers if h and h.recipients]
    report = f"directives: signer in {len(signed)}/{len(paths)}, recipients in {len(with_recipients)}/{len(paths)}"
    print(report)
    assert len(signed) >= 0.9 * len(paths) and len(with_recipients) >= 0.9 * len(paths), report
    assert all(not r.lower().startswith("lưu") for h in with_recipients for r in h.recipients)


def test_tnt305_headers_agree_with_the_website_metadata():
    rows = jsonl("tnt305-tai_lieu_noi_bo")
    agree = {"code": 0, "type": 0, "date": 0}
    agree_all = dict(agree)
    with_header = 0
    misses = []
    for row in rows:
        header = parse_header(row["text"])
        has_header = bool(HAS_HEADER.search(row["text"]))
        with_header += has_header
        if has_header:
            assert header is not None, row["id"]
        if header is None:
            continue
        issued = datetime.datetime.strptime(row["ngay_ban_hanh"], "%d/%m/%Y").date()
        result = {
            "code": compact_code(header.code) == compact_code(row["so_hieu"]),
            "type": same_type(header.type, row["loai_van_ban"]),
            "date": header.issued_on == issued,
        }
        for field, ok in result.items():
            agree_all[field] += ok
            agree[field] += ok and has_header
            if not ok:
                misses.append((row["id"], field))
    rates = {field: count / with_header for field, count in agree.items()}
    rates_all = {field: count / len(rows) for field, count in agree_all.items()}
    report = (f"tnt305: {with_header}/{len(rows)} pages carry a header; agreement on those: "
              + ", ".join(f"{f} {r:.1%}" for f, r in rates.items())
              + "; over all pages: " + ", ".join(f"{f} {r:.1%}" for f, r in rates_all.items()))
    print(report)
    assert all(rate >= 0.95 for rate in rates.values()), f"{report}; misses: {misses}"
    assert all(rate >= 0.95 for rate in rates_all.values()), f"{report}; misses: {misses}"
    assert with_header >= 0.9 * len(rows), report


def test_tnt305_pages_without_a_document_header_are_read_from_the_page_table():
    rows = [row for row in jsonl("tnt305-tai_lieu_noi_bo") if not HAS_HEADER.search(row["text"])]
    if not rows:
        pytest.skip("every page carries its document's header")
    for row in rows:
        header = parse_header(row["text"])
        assert header is not None, row["id"]
        assert compact_code(header.code) == compact_code(row["so_hieu"]), row["id"]
        assert header.issuer == row["noi_ban_hanh"], row["id"]
        # The offsets point past the table: the document proper, not the page's labels.
        assert "Số hiệu" not in row["text"][header.start:header.end], row["id"]
        assert header.start <= header.body_start <= header.body_end <= header.end, row["id"]


def test_congbot_headers_agree_with_the_source_address():
    """The website's address names the document ("…/Chi-thi-31-CT-TTg-nam-2012-…"): type and number."""
    rows = jsonl("TuanHuu168-CongBot")
    found = numbers = types = 0
    for row in rows:
        header = parse_header(row["text"])
        if header is None:
            continue
        found += 1
        slug = re.match(r"([A-Za-z-]+?)-(\d+)-", row["original_url"].rstrip("/").split("/")[-1])
        if slug is None:
            continue
        numbers += header.number == int(slug.group(2))
        types += fold(header.type or "").replace(" ", "-") == slug.group(1).lower()
    report = (f"CongBot: header found in {found}/{len(rows)}; number as in the address {numbers}/{len(rows)}, "
              f"type as in the address {types}/{len(rows)}")
    print(report)
    assert found >= 0.95 * len(rows), report
    assert numbers >= 0.95 * len(rows) and types >= 0.95 * len(rows), report
