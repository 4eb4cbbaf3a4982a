"""`parse_text`: one text in, one `chidao.parse/1` record out (docs/parse-output.md).

The steps run in a fixed order on the prepared text, so every offset in the record points into the
same string: prepare → kind → references → deadlines → agencies → tasks → warnings. A step that fails
on some odd input does not lose the others: its part of the record stays empty and a warning with
code `engine-error` says which step failed. The function never raises on a `str`.
"""

from __future__ import annotations

import bisect
import datetime
import functools
from typing import Any, Callable, TypeVar

SCHEMA = "chidao.parse/1"
T = TypeVar("T")


@functools.lru_cache(maxsize=8)
def _registry(province: str) -> Any:
    from chidao.text.agencies import load_registry

    return load_registry(province)


class _Run:
    """Runs each step, turning an unexpected exception into an `engine-error` warning."""

    def __init__(self) -> None:
        self.errors: list[dict] = []

    def step(self, name: str, fallback: T, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - the record must come out whatever one step does
            self.errors.append({
                "code": "engine-error",
                "message": f"Bước '{name}' gặp lỗi và bị bỏ qua: {type(exc).__name__}: {exc}"[:300],
                "start": 0, "end": 0,
            })
            return fallback


def _prepare(raw: str) -> tuple[str, list]:
    from chidao.text.normalize import prepare

    prepared = prepare(raw)
    return prepared.text, list(prepared.warnings)


class _Spans:
    """Agencies, groups and deadlines of the whole text, handed out span by span (sorted, bisected)."""

    def __init__(self, mentions: list, deadlines: list) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.deadlines = sorted(deadlines, key=lambda d: d.start)
        self.deadline_starts = [d.start for d in self.deadlines]

    def tasks(self, text: str, start: int, end: int, issuer: str | None = None) -> list:
        from chidao.text.assignments import tasks_in_span

        m = self.mentions[bisect.bisect_left(self.mention_starts, start):bisect.bisect_left(self.mention_starts, end)]
        d = self.deadlines[bisect.bisect_left(self.deadline_starts, start):bisect.bisect_left(self.deadline_starts, end)]
        return tasks_in_span(text, start, end, m, d, issuer=issuer)


def _empty_record(source: str | None) -> dict:
    return {
        "schema": SCHEMA, "source": source, "kind": "text", "document": None, "references": [],
        "deadlines": [], "agencies": [], "tasks": [], "digest": None, "warnings": [],
    }


def parse_text(raw: str, source: str | None = None, province: str = "lang-son") -> dict:
    """Parse one Vietnamese administrative text into the `chidao.parse/1` record.

    `kind` is `directive` when a document header is found, `digest` for a weekly "chỉ đạo, điều
    hành nổi bật" page, `text` otherwise. Every key of the schema is present (null or empty when
    absent); offsets are into the prepared text (NFC, legacy encodings converted).
    """
    record = _empty_record(source)
    if not isinstance(raw, str):
        raw = str(raw)
    run = _Run()
    text, prepare_warnings = run.step("prepare", (raw, []), lambda: _prepare(raw))
    header = run.step("document", None, lambda: _parse_header(text))
    digest, digest_warnings = (None, [])
    if header is None:
        digest, digest_warnings = run.step("digest", (None, []), lambda: _parse_digest(text))
    on = header.issued_on if header else (digest.week_start if digest else None)
    # A news item, a passage: the date a page prints at its top gives partial dates their year only (a portal
    # may print the day it listed an item, later than the order, so it dates nothing as past)
    dateline = run.step("dateline", None, lambda: _dateline(text)) if header is None and digest is None else None
    # without a dateline either, the year the text names is a last resort for dates printed without theirs
    year_hint = run.step("year", None, lambda: _year_named(text)) \
        if header is None and digest is None and dateline is None else None
    if header is not None:
        record["kind"], record["document"] = "directive", header.to_dict()
    elif digest is not None:
        record["kind"], record["digest"] = "digest", digest.to_dict()

    own_code = header.code if header else None
    default_year = on.year if on else (dateline.year if dateline else year_hint)
    # A document saved from a website sits inside the page (a news summary before it, related
    # documents and site notices after): only the document's own words are read.
    lo, hi = (header.start, header.end) if header is not None else (0, len(text))
    region = text if (lo, hi) == (0, len(text)) else text[lo:hi]
    record["references"] = run.step("references", [], lambda: [
        r.to_dict() for r in _shifted(_references(region, own_code, default_year), lo)])
    deadlines = run.step("deadlines", [], lambda: _deadlines(text, on, lo, hi, dateline, year_hint))
    record["deadlines"] = [d.to_dict() for d in deadlines]
    registry = run.step("registry", None, lambda: _registry(province))
    if registry is not None:
        agencies, groups = run.step("agencies", ([], []), lambda: _actors(region, registry, on, lo, header))
        record["agencies"] = [a.to_dict() for a in agencies]
        spans = _Spans([*groups, *agencies], deadlines)
        tasks = run.step("tasks", [], lambda: _tasks(text, header, digest, spans, run))
        record["tasks"] = [t.to_dict() for t in tasks]
    issues = run.step("checks", [], lambda: _shifted(_issues(region), lo))
    warnings = [*prepare_warnings, *digest_warnings, *issues]
    record["warnings"] = [w.to_dict() for w in warnings] + run.errors
    return record


def _parse_header(text: str) -> Any:
    from chidao.text.documents import parse_header

    return parse_header(text)


def _parse_digest(text: str) -> tuple[Any, list]:
    from chidao.text.digests import parse_digest

    digest, warnings = parse_digest(text)
    return digest, list(warnings)


def _dateline(text: str) -> Any:
    from chidao.text.dates import dateline_date

    return dateline_date(text)


def _year_named(text: str) -> int | None:
    from chidao.text.dates import printed_year

    return printed_year(text)


def _references(text: str, own_code: str | None, default_year: int | None) -> list:
    from chidao.text.references import find_references

    return find_references(text, exclude_code=own_code, default_year=default_year)


def _deadlines(text: str, on: datetime.date | None, start: int, end: int,
               published: datetime.date | None, year_hint: int | None = None) -> list:
    from chidao.text.deadlines import find_deadlines
    from chidao.text.tables import deadlines_in_due_cells, find_tables_ordering_nothing

    found = find_deadlines(text, reference_date=on, start=start, end=end, published=published, year_hint=year_hint)
    skipped = find_tables_ordering_nothing(text, start, end)
    kept = [d for d in found if not any(s <= d.start < e for s, e in skipped)]
    year = (on or published).year if on or published else year_hint
    due = deadlines_in_due_cells(text, start, end, kept, year)
    return sorted(kept + due, key=lambda d: d.start) if due else kept


def _shifted(items: list, offset: int) -> list:
    from chidao.text.types import moved

    return [moved(item, offset) for item in items]


def _tasks(text: str, header: Any, digest: Any, spans: _Spans, run: _Run) -> list:
    if header is not None:
        # The body, then what follows the signature up to the end of the document: a plan or
        # regulation "ban hành kèm theo" often holds most of the assignments. Read apart, so the
        # Nơi nhận list does not become items of the body's last clause; it orders nothing itself.
        tasks = spans.tasks(text, header.body_start, header.body_end, header.issuer)
        after = spans.tasks(text, header.body_end, max(header.body_end, header.end), header.issuer)
        return tasks + [task for task in after if not _is_recipient(text, task, header.recipients)]
    if digest is not None:
        tasks: list = []
        for item in digest.items:  # each item bounded, so no task runs into the next item
            tasks.extend(run.step("tasks", [], lambda: spans.tasks(text, item.start, item.end)))
        return tasks
    return spans.tasks(text, 0, len(text))


def _is_recipient(text: str, task: Any, recipients: list[str]) -> bool:
    """Whether a task read after the body is one of the Nơi nhận items ("- Cục Kiểm soát thủ tục hành chính -
    VPCP;"), which the second span starts with when the list stands before the signature, or the part of one
    after a semicolon ("VPCP: BTCN, các PCN; các Vụ: TH, KTTH")."""
    own = " ".join(text[task.start:task.end].split())
    return any(recipient and (text.startswith(recipient, task.start) or own and own in recipient)
               for recipient in recipients)


def _actors(region: str, registry: Any, on: datetime.date | None, offset: int, header: Any) -> tuple[list, list]:
    from chidao.text.enumerations import find_actors

    agencies, groups = find_actors(region, registry, on)
    if header is not None:  # another province's or a ministry's document means its own offices
        agencies = registry.seen_from(agencies, header.issuer, header.place)
    elif (committee := registry.speaking_committee(agencies, region)) is not None:  # so does its news item
        agencies = registry.seen_from(agencies, committee, None)
    return _shifted(agencies, offset), _shifted(groups, offset)


def _issues(text: str) -> list:
    from chidao.text.checks import find_text_issues

    return find_text_issues(text)
