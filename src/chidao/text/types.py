"""The engine's records. Their `to_dict()` forms are the `chidao.parse/1` contract (docs/parse-output.md).

Every `start`/`end` is a character offset into the prepared text (NFC, legacy encodings converted).
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field


class ChidaoTextError(Exception):
    """Raised for input the engine cannot read at all (binary, empty, undecodable)."""


def moved(item, offset: int):
    """`item` (any record with `start` and `end`) found in a slice that starts at `offset`, moved into the
    whole text; the agencies it stands beside (`AgencyMention.also`) move with it."""
    if not offset:
        return item
    changes = {"start": item.start + offset, "end": item.end + offset}
    if getattr(item, "also", ()):
        changes["also"] = tuple(moved(other, offset) for other in item.also)
    return dataclasses.replace(item, **changes)


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass
class TextWarning:
    code: str
    message: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "start": self.start, "end": self.end}


@dataclass
class DocCode:
    """A số/ký hiệu as printed and in canonical form (`19-KH/BCĐ`, `18/2023/NQ-HĐND`)."""

    code: str
    number: int | None
    year: int | None
    symbol: str
    start: int
    end: int


@dataclass
class Reference:
    type: str | None
    code: str
    number: int | None
    year: int | None
    symbol: str
    issued_on: datetime.date | None
    issuer: str | None
    relation: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {
            "type": self.type, "code": self.code, "number": self.number, "year": self.year,
            "symbol": self.symbol, "issued_on": _iso(self.issued_on), "issuer": self.issuer,
            "relation": self.relation, "start": self.start, "end": self.end,
        }


@dataclass
class Deadline:
    kind: str
    date: datetime.date | None
    start_date: datetime.date | None
    text: str
    start: int
    end: int

    @classmethod
    def spanning(cls, kind: str, text: str, start: int, end: int, date: datetime.date | None = None,
                 start_date: datetime.date | None = None) -> Deadline:
        """The deadline printed as `text[start:end]`."""
        return cls(kind=kind, date=date, start_date=start_date, text=text[start:end], start=start, end=end)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind, "date": _iso(self.date), "start_date": _iso(self.start_date),
            "text": self.text, "start": self.start, "end": self.end,
        }


@dataclass
class AgencyMention:
    name: str
    id: str | None
    as_printed: str
    start: int
    end: int
    # Other agencies the same words name ("Bí thư Tỉnh ủy và Chủ tịch UBND các tỉnh: Gia Lai, …" names the Tỉnh
    # ủy and the UBND of each province): they stand beside this one wherever it is read.
    also: tuple["AgencyMention", ...] = ()

    def to_dict(self) -> dict:
        return {"name": self.name, "id": self.id, "as_printed": self.as_printed, "start": self.start, "end": self.end}


@dataclass
class GroupMention:
    """A phrase naming a group of agencies ("các sở, ban, ngành"): never an agency itself."""

    text: str
    start: int
    end: int


@dataclass
class Task:
    lead: list[str]
    support: list[str]
    lead_groups: list[str]
    support_groups: list[str]
    text: str
    deadline: Deadline | None
    clause: str | None
    start: int
    end: int
    lead_ids: list[str | None] = field(default_factory=list)
    support_ids: list[str | None] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "lead": self.lead, "support": self.support, "lead_groups": self.lead_groups,
            "support_groups": self.support_groups, "text": self.text,
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "clause": self.clause, "start": self.start, "end": self.end,
            "lead_ids": self.lead_ids, "support_ids": self.support_ids,
        }


@dataclass
class Signer:
    name: str | None
    title: str | None
    authority: str | None

    def to_dict(self) -> dict:
        return {"name": self.name, "title": self.title, "authority": self.authority}


@dataclass
class DocumentHeader:
    type: str | None
    code: str | None
    number: int | None
    year: int | None
    symbol: str | None
    issued_on: datetime.date | None
    place: str | None
    issuer: str | None
    subject: str | None
    signer: Signer | None
    recipients: list[str]
    start: int  # where the document starts (after any website chrome)
    end: int  # where it ends
    body_start: int  # after the header block
    body_end: int  # before the signer block / Nơi nhận

    def to_dict(self) -> dict:
        return {
            "type": self.type, "code": self.code, "number": self.number, "year": self.year,
            "symbol": self.symbol, "issued_on": _iso(self.issued_on), "place": self.place,
            "issuer": self.issuer, "subject": self.subject,
            "signer": self.signer.to_dict() if self.signer else None, "recipients": self.recipients,
        }


@dataclass
class DigestItem:
    heading: str
    references: list[Reference]
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {
            "heading": self.heading, "references": [r.to_dict() for r in self.references],
            "text": self.text, "start": self.start, "end": self.end,
        }


@dataclass
class Digest:
    title: str
    week_start: datetime.date | None
    week_end: datetime.date | None
    lead: str
    items: list[DigestItem]
    title_start: int = 0
    title_end: int = 0

    def to_dict(self) -> dict:
        return {
            "title": self.title, "week_start": _iso(self.week_start), "week_end": _iso(self.week_end),
            "lead": self.lead, "items": [i.to_dict() for i in self.items],
        }
