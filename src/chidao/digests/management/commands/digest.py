"""`chidao digest draft|import|publish-due`: the weekly digest from the command line."""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from chidao.digests import export
from chidao.digests.draft import draft_week


class Command(BaseCommand):
    help = "Bản tin chỉ đạo, điều hành nổi bật: soạn (draft), nhập (import), công bố bản tin đến giờ (publish-due)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        draft = sub.add_parser("draft", help="In bản nháp của tuần chứa ngày đã cho.")
        draft.add_argument("--week", required=True, help="Một ngày trong tuần, dạng YYYY-MM-DD.")
        draft.add_argument("--format", default="text", choices=sorted(export.FORMATS))
        draft.add_argument("--output", help="Ghi ra tệp thay vì in ra màn hình.")
        imp = sub.add_parser("import", help="Nhập một bản tin đã đăng (tệp .txt hoặc trang .html đã lưu).")
        imp.add_argument("path")
        imp.add_argument("--dry-run", action="store_true", help="Chỉ báo cáo, không lưu gì.")
        sub.add_parser("publish-due", help="Công bố các bản tin đã hẹn giờ và đã đến giờ.")

    def handle(self, *args, **options):
        action = options["action"]
        if action == "draft":
            return self._draft(options)
        if action == "import":
            return self._import(options)
        from chidao.digests.workflow import publish_due

        count = publish_due()
        self.stdout.write(f"Đã công bố {count} bản tin.")

    def _draft(self, options):
        try:
            day = datetime.date.fromisoformat(options["week"])
        except ValueError as exc:
            raise CommandError(f"Ngày không hợp lệ: {options['week']!r} (cần dạng YYYY-MM-DD).") from exc
        data = export.render(draft_week(day), options["format"])
        if options.get("output"):
            Path(options["output"]).write_bytes(data)
            self.stderr.write(f"Đã ghi {options['output']}.")
        elif options["format"] == "docx":
            raise CommandError("Định dạng docx cần --output TỆP.")
        else:
            self.stdout.write(data.decode("utf-8"), ending="")

    def _import(self, options):
        from chidao.digests.importer import DigestImportError, import_digest
        from chidao.text.readers import read_path
        from chidao.text.types import ChidaoTextError

        try:
            text = read_path(options["path"])
            result = import_digest(text, dry_run=options["dry_run"])
        except (ChidaoTextError, DigestImportError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(result.summary())
