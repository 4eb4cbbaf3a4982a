"""`chidao load_demo`: the demo province for a first look (used by `make run`)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from chidao.demo.builder import build_demo


def demo_password() -> str:
    """One password for all demo users, generated once per installation and kept in var/."""
    path = Path(settings.VAR_DIR) / "demo_password"
    if path.exists():
        return path.read_text().strip()
    from secrets import token_urlsafe

    password = token_urlsafe(9)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(password)
    path.chmod(0o600)
    return password


class Command(BaseCommand):
    help = "Load the demo province: registry, one user per role, the first week of January 2024."

    def add_arguments(self, parser):
        parser.add_argument("--province", default=settings.CHIDAO_PROVINCE)

    def handle(self, *args, province, **options):
        result = build_demo(demo_password(), province=province)
        self.stdout.write(
            f"Demo: {result.documents_created} documents created, {result.documents_existing} already there.\n"
            f"Demo users ({', '.join(result.users)}), password: {result.password}\n"
            f"Sign in at {settings.SITE_URL}/dang-nhap/"
        )
