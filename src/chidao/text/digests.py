"""The weekly digest page "Chỉ đạo, điều hành nổi bật của UBND tỉnh trong tuần (từ ngày … đến ngày …)".

Layout of the page (the provincial portal's weekly column): the title with the week; a lead paragraph
listing the week's headings separated by ";" and ending "./."; then one item per heading: the heading on
its own line, then paragraphs citing the documents issued ("(Công văn số 08/UBND-KT, ngày 02/01/2024)").
Page chrome (font-size and contrast buttons, rating prompts) is ignored.

`parse_digest` returns the digest and the digest's own warnings (`digest-title-year`,
`digest-heading-missing`); text-level findings (`chidao.text.checks`) are added by `parse_text` for the
whole text, so they are not repeated here.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter

from chidao.text.dates import find_dates
from chidao.text.references import find_references
from chidao.text.types import Digest, DigestItem, Reference, TextWarning

DIGEST_TITLE_YEAR = "digest-title-year"
DIGEST_HEADING_MISSING = "digest-heading-missing"

# "Chỉ đạo, điều hành nổi bật của UBND tỉnh trong tuần (từ ngày 01/01 đến ngày 07/01/2023)": the line that
# names the column is the title, whatever its week says (a title with a broken week is still a digest, so
# the linter can report the week). A short lead-in ("Hoạt động …") is allowed.
_TITLE = re.compile(
    r"^[ \t]{0,8}([^\n]{0,40}?chỉ đạo,? điều hành nổi bật[^\n]{0,200}?)[ \t.]{0,8}$",
    re.IGNORECASE | re.MULTILINE,
)
_CHROME_LINE = re.compile(
    r"^[ \t\u00a0]{0,8}(?:A- A A\+|Tổng số điểm của bài viết|Click để đánh giá bài viết|Tăng tương phản)",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]+")
# The rating prompt closes the article: nothing after it belongs to the digest.
_ARTICLE_END = re.compile(r"^[ \t\u00a0]{0,8}(?:Tổng số điểm của bài viết|Click để đánh giá bài viết)", re.MULTILINE)
_END_MARK = re.compile(r"\s{0,3}\./\.\s{0,3}$")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,5}|[a-zđ])[.)]\s")
_SLACK = datetime.timedelta(days=7)  # items may cite documents issued a few days around the week


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Non-blank lines of text[start:end] that are not page chrome, as (start, end, stripped text)."""
    out = []
    for match in _LINE.finditer(text, start, end):
        raw = match.group()
        stripped = raw.strip(" \t\r\u00a0")
        if stripped and not _CHROME_LINE.match(stripped):
            lead = len(raw) - len(raw.lstrip(" \t\r\u00a0"))
            out.append((match.start() + lead, match.start() + lead + len(stripped), stripped))
    return out


def _key(s: str) -> str:
    """Comparison key of a heading: case and all spacing ignored ("hiệnThông" = "hiện Thông")."""
    return re.sub(r"[\s\u00a0]+", "", s).rstrip(".;:").casefold()


def _week(text: str, start: int, end: int) -> tuple[datetime.date | None, datetime.date | None]:
    """(first, last day) of the title's week; a partial first date takes its year from the second."""
    days = [d for d in find_dates(text[start:end]) if d.unit == "day"]
    if len(days) >= 2:
        return days[0].date, days[1].date
    if len(days) == 1:
        return None, days[0].date
    return None, None


def _headings(lines: list[tuple[int, int, str]], lead: str) -> list[int]:
    """Indices of heading lines: the lead's entries, in order; else short unnumbered lines without a full
    stop that the next paragraph restates."""
    entries = [_key(e) for e in _END_MARK.sub("", lead).split(";") if e.strip()]
    where: dict[str, list[int]] = {}
    for i in range(1, len(lines)):
        if len(lines[i][2]) <= 600:  # a heading is one line, never a long paragraph
            where.setdefault(_key(lines[i][2]), []).append(i)
    found: list[int] = []
    next_line = 1
    for entry in entries:
        places = where.get(entry, [])
        k = bisect.bisect_left(places, next_line)
        if k < len(places):
            found.append(places[k])
            next_line = places[k] + 1
    if found:
        return found
    first = 1 if lead else 0
    return [i for i in range(first, len(lines) - 1) if _looks_like_heading(lines[i][2], lines[i + 1][2])]


def _looks_like_heading(line: str, following: str) -> bool:
    """A short unnumbered line without final punctuation whose words the next paragraph mostly repeats."""
    if len(line) > 300 or line.endswith((".", ":", ";", ",")) or _NUMBERED.match(line):
        return False
    words = set(line.casefold().split())
    return bool(words) and len(words & set(following.casefold().split())) >= 0.6 * len(words)


def _item(text: str, lines: list[tuple[int, int, str]], i: int, stop: int) -> DigestItem:
    """The item headed by line i, running to the line before `stop`; references located in `text`."""
    start, heading_end, heading = lines[i]
    body = lines[i + 1:stop]
    end = body[-1][1] if body else heading_end
    body_start = body[0][0] if body else heading_end
    references: list[Reference] = []
    for ref in find_references(text[start:end]):
        ref.start += start
        ref.end += start
        references.append(ref)
    return DigestItem(heading=heading, references=references, text=text[body_start:end], start=start, end=end)


def _title_year_warning(digest: Digest, text: str) -> TextWarning | None:
    """The title's week against the dates the items cite: the week's documents must fall in the week.

    Every item reports documents issued that week, so their dates show the week's year. When none falls
    near the printed week but several fall near the same days of another year, the title's year is wrong
    (a template not updated). Reported, never corrected: `week_start` stays as printed.
    """
    if digest.week_end is None:
        return None
    week_start = digest.week_start or digest.week_end
    dates = [r.issued_on for item in digest.items for r in item.references if r.issued_on]
    in_week = sum(1 for d in dates if week_start - _SLACK <= d <= digest.week_end + _SLACK)
    other_years: Counter[int] = Counter()
    for d in dates:
        for year in (d.year - 1, d.year, d.year + 1):
            delta = year - week_start.year
            if delta == 0:
                continue
            try:
                lo, hi = week_start.replace(year=week_start.year + delta), digest.week_end.replace(
                    year=digest.week_end.year + delta)
            except ValueError:  # 29 February
                continue
            if lo - _SLACK <= d <= hi + _SLACK:
                other_years[year] += 1
    if not other_years:
        return None
    year, count = other_years.most_common(1)[0]
    if count < 2 or count <= in_week:
        return None
    title_year = str(digest.week_end.year)
    at = text.rfind(title_year, digest.title_start, digest.title_end)
    start, end = (at, at + len(title_year)) if at >= 0 else (digest.title_start, digest.title_end)
    return TextWarning(
        DIGEST_TITLE_YEAR,
        f"Tiêu đề ghi tuần năm {digest.week_end.year} nhưng {count} văn bản được nêu trong bài ban hành vào "
        f"tuần đó của năm {year}; kiểm tra lại năm trong tiêu đề.",
        start, end,
    )


def parse_digest(text: str) -> tuple[Digest | None, list[TextWarning]]:
    """The weekly digest in `text`, or (None, []) when the text has no digest title.

    Title and week (a partial first date completed from the second), the lead, and the items in order with
    each item's heading, text and references (`find_references` on the item's span; offsets index `text`).
    Warnings: `digest-title-year` when the items' documents date from the same week of another year,
    `digest-heading-missing` for a lead entry with no heading line below.
    """
    title = _TITLE.search(text)
    if title is None:
        return None, []
    title_start, title_end = title.span(1)
    week_start, week_end = _week(text, title_start, title_end)
    article_end = _ARTICLE_END.search(text, title_end)
    lines = _lines(text, title_end, article_end.start() if article_end else len(text))
    if not lines:
        digest = Digest(title.group(1), week_start, week_end, "", [], title_start, title_end)
        return digest, []
    # The lead lists the headings ("…; …./."); a page without one starts with its first heading.
    lead = lines[0][2] if ";" in lines[0][2] or _END_MARK.search(lines[0][2]) else ""
    heading_lines = _headings(lines, lead)
    items = [
        _item(text, lines, i, heading_lines[k + 1] if k + 1 < len(heading_lines) else len(lines))
        for k, i in enumerate(heading_lines)
    ]
    digest = Digest(title.group(1), week_start, week_end, lead, items, title_start, title_end)
    warnings = _missing_headings(lead, items, lines[0]) if lead else []
    year_warning = _title_year_warning(digest, text)
    if year_warning:
        warnings.insert(0, year_warning)
    return digest, warnings


def _missing_headings(lead: str, items: list[DigestItem], lead_line: tuple[int, int, str]) -> list[TextWarning]:
    """Lead entries that no item heading repeats: the lead and the body disagree."""
    if not items:
        return []
    headings = {_key(item.heading) for item in items}
    warnings = []
    offset = lead_line[0]
    pos = 0
    for entry in _END_MARK.sub("", lead).split(";"):
        stripped = entry.strip()
        at = lead.find(stripped, pos) if stripped else -1
        pos = at + len(stripped) if at >= 0 else pos
        if stripped and _key(stripped) not in headings:
            warnings.append(TextWarning(
                DIGEST_HEADING_MISSING,
                f"Mục “{stripped[:80]}” nêu ở đoạn mở đầu nhưng không có tiêu đề tương ứng trong bài.",
                offset + max(at, 0), offset + max(at, 0) + len(stripped),
            ))
    return warnings
