"""Checks of a weekly digest's text: stable codes, places in the text, messages in Vietnamese.

The rules, their severities and messages are data (`lint_rules.yaml`). The structure of the page comes
from the engine (`chidao.text.digests.parse_digest`) and the typographic checks (words run together,
doubled spaces, inconsistent dates) from `chidao.text.checks.find_text_issues`; this module adds what a
digest must satisfy: its week, its citations, its lead list and its closing mark.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from chidao.digests.citations import Citation, find_own_citation
from chidao.digests.draft import CLOSING, week_bounds

RULES_PATH = Path(__file__).with_name("lint_rules.yaml")
WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


@dataclass
class Finding:
    code: str
    severity: str
    message: str
    start: int
    end: int
    line: int = 0
    column: int = 0

    def to_dict(self) -> dict:
        return {"code": self.code, "severity": self.severity, "message": self.message, "start": self.start,
                "end": self.end, "line": self.line, "column": self.column}


@lru_cache(maxsize=1)
def rules() -> dict:
    """The rule table, keyed by code."""
    with RULES_PATH.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["rules"]


@lru_cache(maxsize=1)
def _engine_codes() -> dict:
    return {engine: code for code, rule in rules().items() for engine in rule.get("engine", [])}


def _fmt(day: datetime.date) -> str:
    return day.strftime("%d/%m/%Y")


class _Collector:
    def __init__(self, text: str):
        self.text = text
        self.findings: list[Finding] = []

    def add(self, code: str, start: int, end: int, /, **fields) -> None:
        rule = rules()[code]
        text = rule["message"].format(**fields)
        line = self.text.count("\n", 0, start) + 1
        column = start - (self.text.rfind("\n", 0, start) + 1) + 1
        self.findings.append(Finding(code, rule["severity"], text, start, end, line, column))


@dataclass
class Section:
    heading: str
    heading_start: int
    first_start: int
    first_end: int
    citation: Citation | None


def _paragraph_after(text: str, pos: int, limit: int) -> tuple[int, int]:
    """The next non-empty line after `pos` (a heading's end), within `limit`."""
    start = text.find("\n", pos)
    if start < 0:
        return limit, limit
    while start < limit and text[start] in "\n \t\r\xa0":
        start += 1
    end = text.find("\n", start)
    return start, min(limit, end if end >= 0 else len(text))


def sections_of(text: str, digest) -> list[Section]:
    """Each item of a parsed digest with its heading's offset, its first paragraph and its own citation."""
    out: list[Section] = []
    cursor = digest.title_end
    items = list(digest.items)
    for index, item in enumerate(items):
        heading = item.heading.strip()
        at = text.find(heading, max(cursor, item.start - len(heading)))
        at = item.start if at < 0 else at
        limit = items[index + 1].start if index + 1 < len(items) else len(text)
        first_start, first_end = _paragraph_after(text, at + len(heading), limit)
        out.append(Section(heading, at, first_start, first_end, find_own_citation(text, first_start, first_end)))
        cursor = at + len(heading)
    return out


def _check_week(out: _Collector, digest, sections: list[Section]) -> None:
    title_start, title_end = digest.title_start, digest.title_end
    start, end = digest.week_start, digest.week_end
    if start is None or end is None or start > end:
        out.add("digest-title-week", title_start, title_end)
        return
    if start.year != end.year and _fmt(start) not in out.text[title_start:title_end]:
        out.add("digest-title-both-years", title_start, title_end, start=_fmt(start), end=_fmt(end))
    if start.weekday() != 0:
        out.add("digest-week-start", title_start, title_end, day=_fmt(start), weekday=WEEKDAYS[start.weekday()])
    if end.weekday() != 6:
        out.add("digest-week-end", title_start, title_end, day=_fmt(end), weekday=WEEKDAYS[end.weekday()])
    if (end - start).days != 6:
        out.add("digest-week-length", title_start, title_end, days=(end - start).days + 1)
    dated = [s.citation.issued_on for s in sections if s.citation and s.citation.issued_on]
    if not dated:
        return
    outside = [day for day in dated if not start <= day <= end]
    if len(outside) <= len(dated) // 2:
        for section in sections:
            day = section.citation.issued_on if section.citation else None
            if day and not start <= day <= end:
                out.add("citation-outside-week", section.citation.start, section.citation.end,
                        citation=section.citation.text, day=_fmt(day), start=_fmt(start), end=_fmt(end))
        return
    # Most items fall outside the title's week: the title is wrong, say how.
    usual = max(set(dated), key=dated.count)
    right_start, right_end = week_bounds(usual)
    if _shifted_by_years(start, end, usual):
        out.add("digest-title-year", title_start, title_end, title_year=end.year, item_year=usual.year,
                start=_fmt(right_start), end=_fmt(right_end))
    else:
        out.add("digest-title-dates", title_start, title_end, start=_fmt(right_start), end=_fmt(right_end))


def _shifted_by_years(start: datetime.date, end: datetime.date, day: datetime.date) -> bool:
    """The title's week, moved by whole years, holds `day` (the usual slip at the new year)."""
    shift = day.year - end.year
    if shift == 0:
        return False
    try:
        return start.replace(year=start.year + shift) <= day <= end.replace(year=end.year + shift)
    except ValueError:  # 29 February
        return False


def _check_citation(out: _Collector, section: Section, lookup) -> None:
    from chidao.text.codes import canonical_type, parse_code, type_for_symbol

    cite = section.citation
    if cite is None:
        out.add("citation-missing", section.heading_start, section.heading_start + len(section.heading),
                heading=section.heading[:80])
        return
    doc_type = canonical_type(cite.type_text) if cite.type_text else None
    parsed = parse_code(cite.code)
    symbol_type = type_for_symbol(parsed.symbol) if parsed else None
    if doc_type is None:
        out.add("citation-type", cite.start, cite.end, citation=cite.text,
                reason=f"\"{cite.type_text or '…'}\" không phải tên loại văn bản")
    elif symbol_type and symbol_type != doc_type:
        out.add("citation-type", cite.start, cite.end, citation=cite.text,
                reason=f"tên loại \"{doc_type}\" không khớp với ký hiệu {parsed.symbol} ({symbol_type})")
    if not cite.has_so:
        out.add("citation-number-word", cite.start, cite.end, citation=cite.text)
    canonical = parsed.code if parsed else cite.code
    if cite.code_text != cite.code or parsed is None:
        out.add("citation-code", cite.start, cite.end, code=cite.code_text, canonical=canonical)
    if cite.issued_on is None:
        out.add("citation-date", cite.start, cite.end, citation=cite.text)
    elif not cite.comma:
        expected = f"{doc_type or cite.type_text} số {canonical}, ngày {_fmt(cite.issued_on)}"
        out.add("citation-comma", cite.start, cite.end, citation=cite.text, expected=expected)
    if lookup is not None and parsed is not None:
        _check_against_database(out, cite, doc_type, parsed.code, lookup)


def _check_against_database(out: _Collector, cite: Citation, doc_type, code: str, lookup) -> None:
    document = lookup(code, cite.issued_on)
    if document is None:
        out.add("citation-unknown", cite.start, cite.end, code=code,
                day=_fmt(cite.issued_on) if cite.issued_on else "?")
        return
    differences = []
    if doc_type and document.doc_type and document.doc_type != doc_type:
        differences.append(f"loại văn bản là {document.doc_type}")
    if cite.issued_on and document.issued_on and document.issued_on != cite.issued_on:
        differences.append(f"ngày ban hành là {_fmt(document.issued_on)}")
    if differences:
        out.add("citation-mismatch", cite.start, cite.end, citation=cite.text, difference="; ".join(differences))


def _check_lead(out: _Collector, text: str, digest, sections: list[Section]) -> None:
    lead = (digest.lead or "").strip()
    lead_start = text.find(lead) if lead else -1
    # A lead lists the highlights with ";" and closes with "./."; a line with neither is a heading
    # placed right under the title.
    if not lead or lead_start < 0 or (";" not in lead and not lead.endswith(CLOSING)):
        out.add("lead-missing", digest.title_start, digest.title_end)
        return
    lead_end = lead_start + len(lead)
    if not lead.endswith(CLOSING):
        out.add("closing-lead", lead_end - 1, lead_end)
    items = [" ".join(i.split()) for i in lead.removesuffix(CLOSING).rstrip(" .").split(";") if i.strip()]
    headings = [" ".join(s.heading.split()).rstrip(" .;") for s in sections]
    if len(items) != len(headings):
        out.add("lead-heading-count", lead_start, lead_end, lead_count=len(items), heading_count=len(headings))
    for index, (item, heading) in enumerate(zip(items, headings), start=1):
        if item.rstrip(" .") != heading:
            section = sections[index - 1]
            out.add("lead-heading-mismatch", section.heading_start, section.heading_start + len(section.heading),
                    index=index, lead_item=item[:80], heading=heading[:80])


def _check_closing(out: _Collector, text: str, digest) -> None:
    # The page ends where its last item ends: website chrome after it (ratings, buttons) is not the text.
    last = digest.items[-1].end if digest.items else len(text)
    body_end = len(text[:last].rstrip())
    if not text[:body_end].endswith(CLOSING):
        out.add("closing-end", max(0, body_end - 1), body_end)
    lead = (digest.lead or "").strip()
    lead_end = text.find(lead) + len(lead) if lead and text.find(lead) >= 0 else -1
    position = text.find(CLOSING)
    while position >= 0:
        end = position + len(CLOSING)
        if end not in (lead_end, body_end):
            out.add("closing-misplaced", position, end)
        position = text.find(CLOSING, end)


def _check_text(out: _Collector, text: str) -> None:
    from chidao.text.checks import find_text_issues

    cited = [(f.start, f.end) for f in out.findings if f.code == "citation-code"]
    for issue in find_text_issues(text):
        code = _engine_codes().get(issue.code)
        # A malformed code in a section's own citation is already reported, with its canonical form.
        if code == "code-malformed" and any(s < issue.end and issue.start < e for s, e in cited):
            continue
        if code is not None:
            out.add(code, issue.start, issue.end, found=text[issue.start:issue.end][:60])


def lint_text(text: str, lookup=None) -> list[Finding]:
    """Every finding in a digest's text, in text order.

    `lookup(code, issued_on)` returns the database's document for a citation (or None); without it the
    citations are checked for their form only.
    """
    from chidao.text.digests import parse_digest
    from chidao.text.normalize import prepare

    text = prepare(text).text
    out = _Collector(text)
    digest, warnings = parse_digest(text)
    for warning in warnings:
        code = _engine_codes().get(warning.code)
        if code is not None:
            out.add(code, warning.start, warning.end, found=text[warning.start:warning.end][:80])
    if digest is None:
        out.add("digest-title-missing", 0, min(len(text), 1))
        _check_text(out, text)
        return _sorted(out.findings)
    sections = sections_of(text, digest)
    _check_week(out, digest, sections)
    for section in sections:
        _check_citation(out, section, lookup)
    _check_lead(out, text, digest, sections)
    _check_closing(out, text, digest)
    _check_text(out, text)
    return _sorted(out.findings)


def _sorted(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    unique = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end, f.code)):
        key = (finding.code, finding.start, finding.end)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


def database_lookup(code: str, issued_on):
    """The document with this code (and year of issue, when known) in the database, else None."""
    from chidao.documents.models import Document

    documents = Document.objects.filter(code=code)
    if issued_on:
        same_year = documents.filter(issued_year=issued_on.year)
        documents = same_year if same_year.exists() else documents
    return documents.order_by("issued_on", "id").first()
