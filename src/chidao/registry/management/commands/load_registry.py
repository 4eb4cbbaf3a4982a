"""`chidao load_registry [--province lang-son] [--dry-run]`: load or update the agency registry."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from chidao.registry.loading import check_references, sync_registry
from chidao.text.agencies import read_registry
from chidao.text.types import ChidaoTextError


class Command(BaseCommand):
    help = _("Nạp hoặc cập nhật danh mục cơ quan từ tệp dữ liệu chidao/data/provinces/<tỉnh>.yaml.")

    def add_arguments(self, parser):
        parser.add_argument("--province", default="lang-son", help=_("mã tỉnh của tệp dữ liệu (mặc định lang-son)"))
        parser.add_argument("--dry-run", action="store_true", help=_("chỉ báo cáo, không lưu gì"))

    def handle(self, *args, province: str, dry_run: bool, **options):
        try:
            registry = read_registry(province)
        except ChidaoTextError as exc:
            raise CommandError(str(exc)) from None
        problems = check_references(registry)
        if problems:
            raise CommandError(_("Tệp dữ liệu có tham chiếu sai: %s") % "; ".join(problems))
        with transaction.atomic():
            counts = sync_registry(registry)
            if dry_run:
                transaction.set_rollback(True)
        summary = _(
            "Danh mục %(province)s: %(total)d cơ quan, %(created)d thêm mới, %(updated)d cập nhật, "
            "%(unchanged)d không đổi; %(others)d cơ quan khác giữ nguyên."
        ) % {"province": province, "total": len(registry.records), **{k: counts[k] for k in
             ("created", "updated", "unchanged", "others")}}
        if dry_run:
            summary += " " + _("(Chạy thử: chưa lưu gì.)")
        if options.get("verbosity", 1) >= 1:
            self.stdout.write(summary)
