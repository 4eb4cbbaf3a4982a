import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from chidao.digests import workflow
from chidao.digests.models import Digest, DigestStatus

S = DigestStatus
NOW = timezone.make_aware(datetime.datetime(2024, 1, 8, 8, 0))


@pytest.fixture
def digest(db):
    return Digest.objects.create(week_start=datetime.date(2024, 1, 1), title="Bản tin tuần 01/01–07/01/2024")


def scheduled(digest, when):
    Digest.objects.filter(pk=digest.pk).update(status=S.SCHEDULED, scheduled_for=when)
    digest.refresh_from_db()
    return digest


def test_office_takes_a_digest_from_draft_to_published_and_withdraws_it(digest, office_editor):
    digest = workflow.transition(office_editor, digest, "submit")
    assert digest.status == S.REVIEW
    digest = workflow.transition(office_editor, digest, "schedule", scheduled_for=NOW + datetime.timedelta(hours=1),
                                 now=NOW)
    assert digest.status == S.SCHEDULED
    digest = workflow.transition(office_editor, digest, "publish", now=NOW)
    assert digest.status == S.PUBLISHED and digest.published_at == NOW
    digest = workflow.transition(office_editor, digest, "withdraw", change_note="Sai ngày trích dẫn.", now=NOW)
    assert digest.status == S.WITHDRAWN and digest.change_note == "Sai ngày trích dẫn."


@pytest.mark.parametrize("person", ["leader", "agency_officer", "other_agency_officer", "anonymous"])
def test_only_the_office_publishes(request, digest, person):
    user = request.getfixturevalue(person)
    Digest.objects.filter(pk=digest.pk).update(status=S.REVIEW)
    with pytest.raises(workflow.WorkflowError):
        workflow.transition(user, digest, "publish")
    digest.refresh_from_db()
    assert digest.status == S.REVIEW


def test_a_leader_may_send_a_digest_under_review_back_to_draft(digest, leader):
    Digest.objects.filter(pk=digest.pk).update(status=S.REVIEW)
    assert workflow.allowed_actions(leader, Digest.objects.get(pk=digest.pk)) == ["return"]
    assert workflow.transition(leader, digest, "return").status == S.DRAFT


def test_a_draft_cannot_be_published_without_review(digest, office_editor):
    with pytest.raises(workflow.WorkflowError, match="Bản nháp"):
        workflow.transition(office_editor, digest, "publish")


def test_withdrawal_needs_a_public_change_note(digest, office_editor):
    Digest.objects.filter(pk=digest.pk).update(status=S.PUBLISHED)
    with pytest.raises(workflow.WorkflowError, match="ghi chú"):
        workflow.transition(office_editor, digest, "withdraw", change_note="  ")


def test_scheduling_needs_a_time_in_the_future(digest, office_editor):
    Digest.objects.filter(pk=digest.pk).update(status=S.REVIEW)
    with pytest.raises(workflow.WorkflowError):
        workflow.transition(office_editor, digest, "schedule", scheduled_for=NOW - datetime.timedelta(minutes=1),
                            now=NOW)


def test_worker_claims_a_due_digest_exactly_once(digest):
    scheduled(digest, NOW - datetime.timedelta(minutes=5))
    assert list(workflow.due_digests(NOW)) == [digest]
    assert workflow.claim(digest.pk, NOW) is True
    assert workflow.claim(digest.pk, NOW) is False  # a second worker finds it claimed
    assert list(workflow.due_digests(NOW)) == []
    assert workflow.publish_claimed(digest.pk, NOW) is True
    digest.refresh_from_db()
    assert digest.status == S.PUBLISHED and digest.published_at == NOW


def test_worker_leaves_a_digest_that_is_not_yet_due(digest):
    scheduled(digest, NOW + datetime.timedelta(minutes=5))
    assert workflow.claim(digest.pk, NOW) is False
    assert workflow.publish_due(NOW) == 0


def test_worker_does_not_publish_a_digest_unscheduled_after_its_claim(digest):
    scheduled(digest, NOW - datetime.timedelta(minutes=5))
    assert workflow.claim(digest.pk, NOW)
    Digest.objects.filter(pk=digest.pk).update(status=S.REVIEW)
    assert workflow.publish_claimed(digest.pk, NOW) is False


def test_one_worker_pass_publishes_every_due_digest(digest):
    other = Digest.objects.create(week_start=datetime.date(2024, 1, 8), title="Tuần sau")
    scheduled(digest, NOW - datetime.timedelta(hours=1))
    scheduled(other, NOW - datetime.timedelta(minutes=1))
    assert workflow.publish_due(NOW) == 2
    assert set(Digest.objects.published()) == {digest, other}


def test_worker_command_once_publishes_and_says_how_many(digest, capsys):
    scheduled(digest, timezone.now() - datetime.timedelta(minutes=1))
    call_command("worker", "--once")
    assert "Đã công bố 1 bản tin." in capsys.readouterr().out
    call_command("digest", "publish-due")
    assert "Đã công bố 0 bản tin." in capsys.readouterr().out
