"""Documents as plain records: `chidao export` and the portal's open data write the same shape."""

from chidao.documents.models import Document, DocumentStatus


def _target_uid(reference, public: bool) -> str | None:
    target = reference.target
    if target is None or (public and target.status != DocumentStatus.PUBLISHED):
        return None
    return str(target.uid)


def _iso(value):
    return value.isoformat() if value else None


def document_record(document: Document, *, public: bool = False) -> dict:
    """One document as a plain dict; keys are written in this fixed order so exports diff cleanly.

    `public` leaves out the link to a cited document the public may not see (a draft's uid is not disclosed).
    """
    return {
        "uid": str(document.uid), "type": document.doc_type, "code": document.code, "number": document.number,
        "year": document.year, "symbol": document.symbol, "issued_on": _iso(document.issued_on),
        "issuer": document.issuer_name, "issuer_id": document.issuer.slug if document.issuer else None,
        "signer": {"name": document.signer_name, "title": document.signer_title,
                   "authority": document.signer_authority},
        "subject": document.subject, "sector": document.sector, "highlight": document.highlight,
        "status": document.status, "published_at": _iso(document.published_at),
        "references": [
            {"type": ref.doc_type, "code": ref.code, "issued_on": _iso(ref.issued_on), "issuer": ref.issuer_name,
             "relation": ref.relation, "target": _target_uid(ref, public)}
            for ref in document.references.all()
        ],
        "tasks": [
            {"clause": task.clause, "text": task.text,
             "lead": task.lead_agency.name if task.lead_agency else None,
             "lead_id": task.lead_agency.slug if task.lead_agency else None, "lead_group": task.lead_group,
             "support": sorted(agency.name for agency in task.support_agencies.all()),
             "support_groups": task.support_groups, "original_deadline": _iso(task.original_deadline),
             "deadline": _iso(task.deadline), "deadline_text": task.deadline_text,
             "deadline_kind": task.deadline_kind, "status": task.status}
            for task in document.tasks.all()
        ],
    }
