"""Agency queryset helpers used by the intake's autocomplete: `active_on()` and `search(q)`."""

import datetime

import pytest

from chidao.registry.models import Agency

pytestmark = pytest.mark.django_db


@pytest.fixture
def agencies():
    return {
        "nn": Agency.objects.create(slug="so-nong-nghiep-ptnt", name="Sở Nông nghiệp và Phát triển nông thôn",
                                    aliases=["Sở NN&PTNT"], valid_to=datetime.date(2025, 2, 28)),
        "nnmt": Agency.objects.create(slug="so-nong-nghiep-moi-truong", name="Sở Nông nghiệp và Môi trường",
                                      valid_from=datetime.date(2025, 3, 1)),
        "ct": Agency.objects.create(slug="so-cong-thuong", name="Sở Công Thương"),
    }


def test_active_on_includes_both_ends_of_validity(agencies):
    assert set(Agency.objects.active_on(datetime.date(2025, 2, 28))) == {agencies["nn"], agencies["ct"]}
    assert set(Agency.objects.active_on(datetime.date(2025, 3, 1))) == {agencies["nnmt"], agencies["ct"]}


def test_active_on_defaults_to_today(agencies):
    assert agencies["nnmt"] in Agency.objects.active_on()
    assert agencies["nn"] not in Agency.objects.active_on()


@pytest.mark.parametrize("q", ["so cong thuong", "SỞ CÔNG THƯƠNG", "công thương", "Cong"])
def test_search_ignores_case_and_diacritics(agencies, q):
    assert list(Agency.objects.search(q)) == [agencies["ct"]]


def test_search_looks_in_aliases(agencies):
    assert list(Agency.objects.search("NN&PTNT")) == [agencies["nn"]]


def test_search_needs_every_word(agencies):
    assert set(Agency.objects.search("nông nghiệp")) == {agencies["nn"], agencies["nnmt"]}
    assert list(Agency.objects.search("nông nghiệp môi trường").active_on(datetime.date(2025, 6, 1))) == [
        agencies["nnmt"]]


def test_an_empty_search_finds_nothing(agencies):
    assert list(Agency.objects.search("  ")) == []


def test_renaming_refreshes_the_search_text(agencies):
    ct = agencies["ct"]
    ct.aliases = ["SCT Lạng Sơn"]
    ct.save(update_fields=["aliases"])
    assert list(Agency.objects.search("sct")) == [ct]
