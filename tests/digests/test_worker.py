"""`chidao worker`: one round publishes due digests and sends due deadline reminders."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from chidao.digests.management.commands import worker
from chidao.digests.models import Digest, DigestStatus
from chidao.tasks.models import Reminder
from tests.tasks.factories import make_document, make_task


@pytest.fixture
def due_digest(db):
    return Digest.objects.create(week_start=datetime.date(2024, 1, 1), title="Bản tin tuần 01/01–07/01/2024",
                                 status=DigestStatus.SCHEDULED,
                                 scheduled_for=timezone.now() - datetime.timedelta(minutes=1))


@pytest.fixture
def task_due_tomorrow(agency_officer, agency):
    agency_officer.email = "socongthuong@example.gov.vn"
    agency_officer.save()
    return make_task(make_document(), lead_agency=agency, deadline=timezone.localdate() + datetime.timedelta(days=1))


def test_one_round_publishes_digests_and_sends_reminders(due_digest, task_due_tomorrow):
    counts = worker.run_round()
    assert counts == {"digests": 1, "reminders": 1, "summaries": 0}
    assert Digest.objects.get().status == DigestStatus.PUBLISHED
    assert len(mail.outbox) == 1 and Reminder.objects.filter(task=task_due_tomorrow).count() == 1


def test_a_second_round_sends_nothing_again(due_digest, task_due_tomorrow):
    worker.run_round()
    assert worker.run_round() == {"digests": 0, "reminders": 0, "summaries": 0}
    assert len(mail.outbox) == 1


def test_worker_command_once_says_how_many_reminders_it_sent(task_due_tomorrow, capsys):
    call_command("worker", "--once")
    out = capsys.readouterr().out
    assert "Đã công bố 0 bản tin." in out and "Đã gửi 1 thư nhắc hạn" in out
    assert mail.outbox[0].to == ["socongthuong@example.gov.vn"]


def test_worker_loop_sleeps_the_configured_interval(db, settings, monkeypatch):
    settings.CHIDAO_WORKER_INTERVAL = 17
    slept = []

    def stop(seconds):
        slept.append(seconds)
        raise KeyboardInterrupt

    monkeypatch.setattr(worker.time, "sleep", stop)
    with pytest.raises(KeyboardInterrupt):
        call_command("worker")
    assert slept == [17]


def test_worker_loop_survives_a_failed_round(db, settings, monkeypatch):
    rounds = []

    def broken_round():
        rounds.append(1)
        raise RuntimeError("database away")

    def stop(seconds):
        if len(rounds) >= 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(worker, "run_round", broken_round)
    monkeypatch.setattr(worker.time, "sleep", stop)
    with pytest.raises(KeyboardInterrupt):
        call_command("worker")
    assert len(rounds) == 2
