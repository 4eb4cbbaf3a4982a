"""`chidao worker`: the background loop that does the site's scheduled work, one round at a time.

A round publishes the digests whose time has come (`chidao.digests.workflow.publish_due`, claimed with a
conditional UPDATE) and sends the deadline reminders that are due (`chidao.tasks.reminders`, claimed by
inserting a unique row), so several workers may run at once without publishing a digest or sending a
reminder twice. The loop sleeps `CHIDAO_WORKER_INTERVAL` seconds between rounds.
"""

import logging
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from chidao.digests.workflow import publish_due
from chidao.tasks.reminders import send_overdue_summary, send_reminders

logger = logging.getLogger(__name__)


def run_round(now=None) -> dict[str, int]:
    """One round of the worker: publish due digests, then send due reminders and the Office's summary."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    return {
        "digests": publish_due(now),
        "reminders": send_reminders(today, now),
        "summaries": int(send_overdue_summary(today, now)),
    }


class Command(BaseCommand):
    help = "Tiến trình nền: công bố các bản tin đã hẹn giờ khi đến giờ, gửi thư nhắc hạn nhiệm vụ."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Chạy một lượt rồi thoát.")
        parser.add_argument("--interval", type=int, default=None,
                            help="Số giây giữa hai lượt (mặc định CHIDAO_WORKER_INTERVAL, 60).")

    def handle(self, *args, **options):
        interval = options["interval"] or settings.CHIDAO_WORKER_INTERVAL
        while True:
            try:
                counts = run_round()
            except Exception:
                if options["once"]:
                    raise
                # A database or mail server that is briefly away must not stop the loop; the next round retries.
                logger.exception("Lượt chạy nền bị lỗi")
                counts = None
            if counts and (counts["digests"] or options["once"]):
                self.stdout.write(f"Đã công bố {counts['digests']} bản tin.")
            if counts and (counts["reminders"] or counts["summaries"] or options["once"]):
                self.stdout.write(f"Đã gửi {counts['reminders']} thư nhắc hạn, "
                                  f"{counts['summaries']} thư tổng hợp quá hạn.")
            if options["once"]:
                return
            time.sleep(max(1, interval))
