"""Drafting the weekly digest "Chỉ đạo, điều hành nổi bật" from the week's highlighted documents.

A draft is plain data (`DraftDigest`, `DraftSection`) so that the same renderers serve an unsaved draft
and a saved `Digest`. The lead list is never stored: it always follows the sections' headings.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.db import transaction

TITLE_PREFIX = "Chỉ đạo, điều hành nổi bật của UBND tỉnh trong tuần"
# The closing mark of Vietnamese administrative text (Nghị định 30/2020/NĐ-CP, Phụ lục I): "./." ends
# the lead paragraph and the last paragraph of the page.
CLOSING = "./."
# Types whose digest heading says what the People's Committee directed ("Chỉ đạo …") rather than
# naming the document type: an official letter has no type name worth printing in a heading.
DIRECTING_TYPES = {"Công văn", "Công điện", "Thông báo"}
ISSUER_SUBJECT = "UBND tỉnh"
MAX_TASKS_IN_SUMMARY = 6
MAX_SUMMARY_SENTENCES = 3


@dataclass
class DraftSection:
    heading: str
    first_sentence: str = ""
    body: str = ""
    document_id: int | None = None


@dataclass
class DraftDigest:
    title: str
    week_start: datetime.date
    week_end: datetime.date
    sections: list[DraftSection] = field(default_factory=list)

    @property
    def lead(self) -> str:
        return lead_paragraph([s.heading for s in self.sections])


def week_bounds(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The Monday and the Sunday of the week that contains `day`."""
    monday = day - datetime.timedelta(days=day.weekday())
    return monday, monday + datetime.timedelta(days=6)


def digest_title(week_start: datetime.date, week_end: datetime.date) -> str:
    """The house title; the year is printed once at the end unless the week spans two years."""
    if week_start.year == week_end.year:
        start = week_start.strftime("%d/%m")
    else:
        start = week_start.strftime("%d/%m/%Y")
    return f"{TITLE_PREFIX} (từ ngày {start} đến ngày {week_end.strftime('%d/%m/%Y')})"


def lead_paragraph(headings: list[str]) -> str:
    """The lead lists the headings separated by ";" and ends with the closing mark."""
    items = [h.strip().rstrip(";.").strip() for h in headings if h.strip()]
    if not items:
        return ""
    return "; ".join(items) + CLOSING


def _lower_first(text: str) -> str:
    # Keep acronyms and proper names that start with two capitals (UBND, HĐND).
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _clean_subject(subject: str) -> str:
    text = " ".join(subject.split()).rstrip(" .;")
    # "V/v" is the trích yếu abbreviation of "về việc" (Nghị định 30/2020, Phụ lục I, mục I.5).
    text = re.sub(r"^V/v:?\s*", "về việc ", text, flags=re.IGNORECASE)
    return text


def heading_for(doc_type: str, subject: str) -> str:
    """The section heading in the house style, built from the document's type and trích yếu."""
    text = _clean_subject(subject)
    if not text:
        return doc_type
    if doc_type in DIRECTING_TYPES or not doc_type:
        if text.startswith(("Chỉ đạo", "UBND", "Ủy ban", "Chủ tịch")):
            return _upper_first(text)
        return "Chỉ đạo " + _lower_first(text)
    if text.lower().startswith(doc_type.lower() + " "):
        return _upper_first(text)
    return f"{doc_type} {_lower_first(text)}"


def subject_for(doc_type: str, heading: str) -> str:
    """The inverse of `heading_for`: a trích yếu that gives back `heading` (used by the importer)."""
    text = " ".join(heading.split())
    prefix = "Chỉ đạo " if doc_type in DIRECTING_TYPES or not doc_type else doc_type + " "
    if text.startswith(prefix) and len(text) > len(prefix):
        return _upper_first(text[len(prefix):])
    return text


def citation(doc_type: str, code: str, issued_on: datetime.date | None) -> str:
    """The citation form of the house: "Công văn số 02/UBND-KT, ngày 02/01/2024"."""
    text = f"{doc_type} số {code}"
    if issued_on:
        text += f", ngày {issued_on.strftime('%d/%m/%Y')}"
    return text


def issuer_subject(issuer_name: str) -> str:
    """Who acts in the first sentence: "UBND tỉnh", or the issuer when another body issued the document
    (a Ban Chỉ đạo's plan, for instance)."""
    name = " ".join((issuer_name or "").split())
    if not name or "UBND" in name or "ủy ban nhân dân" in name.lower() or "uỷ ban nhân dân" in name.lower():
        return ISSUER_SUBJECT
    return name


def first_sentence_for(doc_type: str, code: str, issued_on, subject: str, issuer: str = ISSUER_SUBJECT) -> str:
    """What the People's Committee (or the issuer) did, with the citation in parentheses."""
    heading = heading_for(doc_type, subject)
    if doc_type in DIRECTING_TYPES or not doc_type:
        if heading.startswith(("UBND", "Ủy ban", "Chủ tịch")):
            act = heading
        else:
            act = f"{issuer} {_lower_first(heading)}"
    else:
        act = f"{issuer} ban hành {heading}"
    if code:
        act += f" ({citation(doc_type, code, issued_on)})"
    return act.rstrip(".") + "."


def _shorten(text: str, limit: int = 320) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(",;: ") + "…"


def _first_sentence_of(text: str) -> str:
    text = " ".join(text.split())
    # A sentence ends at ". " followed by a capital; codes such as "số 02/UBND-KT." are not cut.
    match = re.search(r"[.;](?=\s+[A-ZÀ-ỸĐ])", text)
    return text[: match.start()] if match else text.rstrip(".")


# A task text that opens with one of these already names who acts ("Các sở, ban, ngành tổ chức …").
SUBJECT_OPENINGS = ("sở ", "ubnd ", "ủy ban ", "uỷ ban ", "các ", "thủ trưởng ", "chủ tịch ", "ban ", "bộ ",
                    "văn phòng ", "đài ", "cục ", "công an ", "ngân hàng ", "thanh tra ", "trung tâm ")
# A task text that opens with these already says lead or support.
ROLE_OPENINGS = ("chủ trì", "phối hợp", "chủ động phối hợp")


def task_sentence(lead: str, support: list[str], text: str, deadline_text: str = "") -> str:
    """One summary sentence for one task: who leads, with whom, does what, by when."""
    action = _shorten(_first_sentence_of(text)).rstrip(".;")
    lowered = action.lower()
    lead = lead.replace("; ", ", ")
    if not lead or lowered.startswith(SUBJECT_OPENINGS) or lowered.startswith(lead.lower()):
        sentence = _upper_first(action)
    elif support and not lowered.startswith(ROLE_OPENINGS):
        sentence = f"{lead} chủ trì, phối hợp với {', '.join(s.replace('; ', ', ') for s in support)} " + \
            _lower_first(action)
    else:
        sentence = f"{lead} {_lower_first(action)}"
    if deadline_text and deadline_text.lower() not in sentence.lower():
        sentence += f" ({deadline_text.strip()})"
    return sentence + "."


def summary_from_tasks(tasks: list[dict]) -> list[str]:
    """Paragraphs summarising the document's tasks, one per task, the most specific first."""
    return [task_sentence(t["lead"], t["support"], t["text"], t.get("deadline_text", ""))
            for t in tasks[:MAX_TASKS_IN_SUMMARY] if t["text"].strip()]


def summary_from_text(body: str, deadlines: list[str], own_code: str = "") -> list[str]:
    """Paragraphs from the document's own text when it assigns no task: its opening and its periods.

    A paragraph that cites the document itself repeats the first sentence, so it is left out.
    """
    paragraphs = [p.strip() for p in body.splitlines()
                  if len(p.strip()) > 60 and not (own_code and own_code in p.replace(" ", ""))]
    sentences = [_shorten(_first_sentence_of(p)).rstrip(".") + "." for p in paragraphs[:MAX_SUMMARY_SENTENCES]]
    if deadlines:
        sentences.append("Thời hạn: " + "; ".join(deadlines) + ".")
    return sentences


def _task_dicts(document) -> list[dict]:
    tasks = []
    for task in document.tasks.select_related("lead_agency").prefetch_related("support_agencies"):
        lead = task.lead_agency.name if task.lead_agency_id else task.lead_group
        support = [a.name for a in task.support_agencies.all()]
        if task.support_groups:
            support.append(task.support_groups)
        deadline_text = task.deadline_text or (
            f"hạn {task.original_deadline.strftime('%d/%m/%Y')}" if task.original_deadline else "")
        tasks.append({"lead": _upper_first(lead or ""), "support": support, "text": task.text,
                      "deadline_text": deadline_text})
    return tasks


def _deadline_texts(body: str, issued_on) -> list[str]:
    from chidao.text.deadlines import find_deadlines

    try:
        found = find_deadlines(body, reference_date=issued_on)
    except Exception:  # noqa: BLE001 - a summary is best effort; the editor rewrites it anyway
        return []
    texts: list[str] = []
    for deadline in found:
        if deadline.text not in texts:
            texts.append(deadline.text)
    return texts[:3]


def section_for_document(document) -> DraftSection:
    """A section drafted from one document: heading, first sentence with the citation, summary."""
    heading = heading_for(document.doc_type, document.subject or "")
    first = first_sentence_for(document.doc_type, document.code, document.issued_on, document.subject or "",
                               issuer_subject(document.issuer_name))
    tasks = _task_dicts(document)
    if tasks:
        paragraphs = summary_from_tasks(tasks)
    else:
        body = document.body or ""
        paragraphs = summary_from_text(body, _deadline_texts(body, document.issued_on), document.code)
    return DraftSection(heading=heading, first_sentence=first, body="\n\n".join(paragraphs),
                        document_id=document.pk)


def highlighted_documents(week_start: datetime.date, week_end: datetime.date):
    """The week's documents marked as highlights, in date order (then in the order they were entered)."""
    from chidao.documents.models import Document

    return (Document.objects.filter(highlight=True, issued_on__gte=week_start, issued_on__lte=week_end)
            .exclude(status="withdrawn").order_by("issued_on", "id"))


def draft_week(day: datetime.date) -> DraftDigest:
    """The draft digest of the week (Monday to Sunday) that contains `day`."""
    week_start, week_end = week_bounds(day)
    sections = [section_for_document(doc) for doc in highlighted_documents(week_start, week_end)]
    return DraftDigest(title=digest_title(week_start, week_end), week_start=week_start, week_end=week_end,
                       sections=sections)


def from_digest(digest) -> DraftDigest:
    """A saved digest as draft data, for the renderers and the checks."""
    sections = [DraftSection(heading=s.heading, first_sentence=s.first_sentence, body=s.body,
                             document_id=s.document_id) for s in digest.sections.all()]
    week_start = digest.week_start
    return DraftDigest(title=digest.title, week_start=week_start,
                       week_end=week_start + datetime.timedelta(days=6), sections=sections)


def save_draft(draft, user) -> Digest:
    """A new digest holding a draft's title and sections."""
    from chidao.digests.models import Digest, DigestSection

    with transaction.atomic():
        digest = Digest.objects.create(week_start=draft.week_start, title=draft.title, created_by=user)
        DigestSection.objects.bulk_create([
            DigestSection(digest=digest, order=index, document_id=s.document_id, heading=s.heading,
                          first_sentence=s.first_sentence, body=s.body)
            for index, s in enumerate(draft.sections)])
    return digest
