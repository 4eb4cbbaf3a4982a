"""`current_successors`: who does an agency's work on a given day."""

import datetime

import pytest

from chidao.registry.lifecycle import current_successors
from chidao.registry.models import Agency

pytestmark = pytest.mark.django_db
D = datetime.date


def make(slug, valid_from=None, valid_to=None, successors=()):
    agency = Agency.objects.create(slug=slug, name=slug, valid_from=valid_from, valid_to=valid_to)
    agency.successors.set(successors)
    return agency


def test_an_active_agency_is_its_own_successor():
    agency = make("so-y-te")
    assert current_successors(agency, D(2025, 5, 1)) == [agency]


def test_a_merged_agency_gives_its_successor():
    taichinh = make("so-tai-chinh")
    khdt = make("so-ke-hoach-dau-tu", valid_to=D(2025, 2, 28), successors=[taichinh])
    assert current_successors(khdt, D(2025, 2, 28)) == [khdt]
    assert current_successors(khdt, D(2025, 3, 1)) == [taichinh]


def test_a_chain_of_mergers_is_followed():
    c = make("c", valid_from=D(2026, 1, 1))
    b = make("b", valid_from=D(2025, 3, 1), valid_to=D(2025, 12, 31), successors=[c])
    a = make("a", valid_to=D(2025, 2, 28), successors=[b])
    assert current_successors(a, D(2025, 6, 1)) == [b]
    assert current_successors(a, D(2026, 6, 1)) == [c]


def test_a_split_gives_every_successor_once():
    noivu, yte = make("so-noi-vu"), make("so-y-te")
    mid = make("mid", valid_to=D(2025, 5, 1), successors=[noivu])
    ldtbxh = make("so-lao-dong-tbxh", valid_to=D(2025, 2, 28), successors=[noivu, yte, mid])
    assert current_successors(ldtbxh, D(2025, 6, 1)) == [noivu, yte]


def test_an_abolished_agency_without_successors_gives_nothing():
    huyen = make("ubnd-huyen-chi-lang", valid_to=D(2025, 6, 30))
    assert current_successors(huyen, D(2025, 7, 1)) == []


def test_a_cycle_in_bad_data_ends():
    a = make("a", valid_to=D(2025, 1, 1))
    b = make("b", valid_to=D(2025, 1, 1), successors=[a])
    a.successors.set([b])
    assert current_successors(a, D(2025, 6, 1)) == []


def test_it_works_on_the_loaded_registry():
    from django.core.management import call_command

    call_command("load_registry", stdout=None)
    tnmt = Agency.objects.get(slug="so-tai-nguyen-moi-truong")
    assert [a.slug for a in current_successors(tnmt, D(2025, 3, 1))] == ["so-nong-nghiep-moi-truong"]
