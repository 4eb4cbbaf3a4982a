"""`chidao load_registry`: loads the data files into Agency rows, idempotently, in one transaction."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from chidao.registry.loading import sync_registry
from chidao.registry.models import Agency
from chidao.text.agencies import load_registry

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("load_registry", *args, stdout=out)
    return out.getvalue()


def test_loading_creates_every_agency_with_its_links():
    total = len(load_registry().records)
    output = run()
    assert Agency.objects.count() == total
    assert f"{total} thêm mới" in output and output.count("\n") == 1
    khdt = Agency.objects.get(slug="so-ke-hoach-dau-tu")
    assert list(khdt.successors.values_list("slug", flat=True)) == ["so-tai-chinh"]
    assert khdt.valid_to == datetime.date(2025, 2, 28) and khdt.end_reason == "merged"
    assert Agency.objects.get(slug="van-phong-ubnd-tinh").parent.slug == "ubnd-tinh"
    assert "Sở NN&PTNT" in Agency.objects.get(slug="so-nong-nghiep-ptnt").aliases


def test_loading_twice_changes_nothing():
    run()
    output = run()
    assert "0 thêm mới, 0 cập nhật" in output
    assert Agency.objects.filter(slug="so-cong-thuong").count() == 1


def test_loading_updates_an_existing_row_and_keeps_its_identity(agency):
    agency.name = "Sở Công thương (tên cũ)"
    agency.save()
    run()
    agency.refresh_from_db()
    assert agency.name == "Sở Công Thương"
    assert agency.history.count() == 3  # created by the fixture, renamed above, corrected by the load


def test_rows_not_in_the_data_are_left_alone():
    Agency.objects.create(slug="to-cong-tac-rieng", name="Tổ công tác riêng")
    output = run()
    assert Agency.objects.filter(slug="to-cong-tac-rieng").exists()
    assert "1 cơ quan khác giữ nguyên" in output


def test_dry_run_saves_nothing():
    output = run("--dry-run")
    assert Agency.objects.count() == 0
    assert "Chạy thử" in output


def test_an_unknown_province_is_a_clear_error_and_saves_nothing():
    with pytest.raises(CommandError, match="khong-co"):
        run("--province", "khong-co")
    assert Agency.objects.count() == 0


def test_a_failure_midway_rolls_everything_back(monkeypatch):
    def broken(registry):
        sync_registry(registry)
        raise RuntimeError("hỏng giữa chừng")

    monkeypatch.setattr("chidao.registry.management.commands.load_registry.sync_registry", broken)
    with pytest.raises(RuntimeError):
        run()
    assert Agency.objects.count() == 0


def test_verbosity_zero_prints_nothing():
    out = StringIO()
    call_command("load_registry", verbosity=0, stdout=out)
    assert out.getvalue() == "" and Agency.objects.exists()
