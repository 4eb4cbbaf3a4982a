"""`chidao export [--output PATH]`: every document with its references and tasks, as JSON Lines."""

import json
import os
import sys

from django.core.management.base import BaseCommand, CommandError

from chidao.documents.models import Document


def _iso(value):
    return value.isoformat() if value else None


def document_record(document: Document) -> dict:
    """One document as a plain dict; keys are written in this fixed order so exports diff cleanly."""
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
             "relation": ref.relation, "target": str(ref.target.uid) if ref.target else None}
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


class Command(BaseCommand):
    help = "Xuất mọi văn bản kèm văn bản được dẫn và nhiệm vụ, mỗi văn bản một dòng JSON (JSON Lines)."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", metavar="PATH", help="Ghi ra tệp này (mặc định: màn hình).")

    def handle(self, *args, output=None, **options):
        documents = (Document.objects.order_by("issued_on", "code", "id").select_related("issuer")
                     .prefetch_related("references__target", "tasks__lead_agency", "tasks__support_agencies"))
        try:
            stream = open(output, "w", encoding="utf-8", newline="\n") if output else None
        except OSError as exc:
            raise CommandError(f"Không ghi được tệp {output}: {exc.strerror or exc}") from exc
        target = stream or self.stdout
        count = 0
        try:
            for document in documents.iterator(chunk_size=200):
                target.write(json.dumps(document_record(document), ensure_ascii=False) + ("\n" if stream else ""))
                count += 1
        except BrokenPipeError:  # `chidao export | head`: the reader has all it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        finally:
            if stream:
                stream.close()
        if stream:
            sys.stderr.write(f"exported {count} documents to {output}\n")
