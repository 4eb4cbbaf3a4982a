"""`chidao export [--output PATH]`: every document with its references and tasks, as JSON Lines."""

import json
import os
import sys

from django.core.management.base import BaseCommand, CommandError

from chidao.documents.models import Document
from chidao.documents.records import document_record


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
