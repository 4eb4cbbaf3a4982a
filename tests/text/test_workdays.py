"""Working days of state agencies: weekdays that are not holidays or official days off."""

import datetime

import pytest

from chidao.text.workdays import (
    add_working_days,
    is_holiday,
    is_working_day,
    next_working_day,
    working_days_between,
)

D = datetime.date


def test_a_weekday_is_a_working_day():
    assert is_working_day(D(2024, 3, 6))


def test_saturday_and_sunday_are_not_working_days():
    assert not is_working_day(D(2024, 3, 9))
    assert not is_working_day(D(2024, 3, 10))


def test_the_tet_days_off_of_2024_are_holidays():
    for day in range(8, 15):
        assert is_holiday(D(2024, 2, day)), day
    assert is_working_day(D(2024, 2, 15))


def test_national_day_and_reunification_day_are_holidays():
    assert is_holiday(D(2024, 9, 2))
    assert is_holiday(D(2024, 4, 30))
    assert is_holiday(D(2024, 5, 1))


def test_hung_kings_day_follows_the_lunar_calendar():
    assert is_holiday(D(2024, 4, 18))
    assert is_holiday(D(2025, 4, 7))


def test_five_working_days_skip_the_tet_break():
    # Wednesday 7 February is the first, then 15, 16, 19 and 20 February.
    assert add_working_days(D(2024, 2, 6), 5) == D(2024, 2, 20)


def test_counting_starts_the_day_after_the_anchor():
    assert add_working_days(D(2024, 3, 4), 1) == D(2024, 3, 5)
    assert add_working_days(D(2024, 3, 8), 1) == D(2024, 3, 11)
    assert add_working_days(D(2024, 3, 8), 0) == D(2024, 3, 8)


def test_a_negative_count_is_refused():
    with pytest.raises(ValueError):
        add_working_days(D(2024, 3, 8), -1)


def test_next_working_day_moves_a_day_off_forward():
    assert next_working_day(D(2024, 3, 9)) == D(2024, 3, 11)
    assert next_working_day(D(2024, 2, 10)) == D(2024, 2, 15)
    assert next_working_day(D(2024, 3, 11)) == D(2024, 3, 11)


def test_working_days_between_counts_both_ends():
    assert working_days_between(D(2024, 3, 4), D(2024, 3, 8)) == 5
    assert working_days_between(D(2024, 3, 4), D(2024, 3, 10)) == 5
    assert working_days_between(D(2024, 3, 8), D(2024, 3, 4)) == 0


def test_a_make_up_saturday_is_a_working_day():
    # Monday 29/4/2024 was given off in exchange for working Saturday 4/5/2024.
    assert is_holiday(D(2024, 4, 29))
    assert is_working_day(D(2024, 5, 4))
    assert not is_working_day(D(2024, 5, 11))
