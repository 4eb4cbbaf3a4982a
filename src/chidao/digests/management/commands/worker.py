"""`chidao worker`: the background loop that publishes scheduled digests when their time comes.

Each pass is `chidao.digests.workflow.publish_due` (claim with a conditional UPDATE, then publish), so
several workers may run at once without publishing a digest twice.
"""

import time

from django.core.management.base import BaseCommand

from chidao.digests.workflow import publish_due


class Command(BaseCommand):
    help = "Tiến trình nền: công bố các bản tin đã hẹn giờ khi đến giờ."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Chạy một lượt rồi thoát.")
        parser.add_argument("--interval", type=int, default=60, help="Số giây giữa hai lượt (mặc định 60).")

    def handle(self, *args, **options):
        while True:
            count = publish_due()
            if count or options["once"]:
                self.stdout.write(f"Đã công bố {count} bản tin.")
            if options["once"]:
                return
            time.sleep(max(1, options["interval"]))
