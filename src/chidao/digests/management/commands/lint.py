"""`chidao lint PATH`: check a weekly digest's text; exit status 1 when there are errors."""

from django.core.management.base import BaseCommand, CommandError

from chidao.digests.lint import database_lookup, has_errors, lint_text

SEVERITY = {"error": "lỗi", "warning": "cảnh báo", "info": "ghi chú"}


class Command(BaseCommand):
    help = "Kiểm tra bản tin chỉ đạo, điều hành nổi bật (tệp .txt hoặc .html); mã thoát 1 khi có lỗi."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--no-database", action="store_true",
                            help="Không đối chiếu trích dẫn với văn bản trong cơ sở dữ liệu.")

    def handle(self, *args, **options):
        from chidao.text.readers import read_path
        from chidao.text.types import ChidaoTextError

        try:
            text = read_path(options["path"])
        except (ChidaoTextError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        findings = lint_text(text, lookup=None if options["no_database"] else database_lookup)
        for f in findings:
            self.stdout.write(f"{options['path']}:{f.line}:{f.column}: {SEVERITY[f.severity]} [{f.code}] {f.message}")
        errors = sum(f.severity == "error" for f in findings)
        self.stdout.write(f"{len(findings)} phát hiện, {errors} lỗi.")
        if has_errors(findings):
            raise SystemExit(1)
