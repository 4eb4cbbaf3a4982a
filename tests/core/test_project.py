from io import StringIO

from django.core.management import call_command


def test_no_model_change_is_missing_a_migration(db):
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)


def test_home_page_answers_for_anonymous_visitors(client, db):
    assert client.get("/").status_code == 200
