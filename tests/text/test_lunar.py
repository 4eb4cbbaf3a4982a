"""The Vietnamese lunar calendar (UTC+7), not the Chinese one (UTC+8)."""

import datetime

import pytest

from chidao.text.lunar import LunarDateError, can_chi, lunar_to_solar, solar_to_lunar, tet, year_for_can_chi

D = datetime.date


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, D(2024, 2, 10)),
        (2007, D(2007, 2, 17)),  # the Chinese calendar gives 2007-02-18
        (1985, D(1985, 1, 21)),  # the Chinese calendar gives 1985-02-20
        (2025, D(2025, 1, 29)),
        (2026, D(2026, 2, 17)),
        (2023, D(2023, 1, 22)),
        (1975, D(1975, 2, 11)),
        (2030, D(2030, 2, 2)),  # the Chinese calendar gives 2030-02-03
    ],
)
def test_tet_is_the_vietnamese_new_year(year, expected):
    assert tet(year) == expected


def test_tet_agrees_with_the_vietnamese_table_of_the_holidays_package_for_two_centuries():
    chinese = pytest.importorskip("holidays.calendars.chinese")
    calendar = chinese._ChineseLunisolar(chinese.VIETNAMESE_CALENDAR)
    wrong = [y for y in range(1901, 2100) if calendar.lunar_new_year_date(y)[0] != tet(y)]
    assert wrong == []


def test_hung_kings_day_is_the_tenth_day_of_the_third_lunar_month():
    assert lunar_to_solar(2024, 3, 10) == D(2024, 4, 18)
    assert lunar_to_solar(2025, 3, 10) == D(2025, 4, 7)


def test_mid_autumn_is_the_fifteenth_of_the_eighth_month():
    assert lunar_to_solar(2024, 8, 15) == D(2024, 9, 17)


def test_a_leap_month_is_reached_with_leap_true():
    # 2023 had a leap second month (tháng 2 nhuận): it began on 2023-03-22.
    assert lunar_to_solar(2023, 2, 1, leap=True) == D(2023, 3, 22)
    assert lunar_to_solar(2023, 3, 1) == D(2023, 4, 20)


def test_a_leap_month_the_year_does_not_have_is_refused():
    with pytest.raises(LunarDateError):
        lunar_to_solar(2024, 2, 1, leap=True)
    with pytest.raises(LunarDateError):
        lunar_to_solar(2023, 5, 1, leap=True)


def test_out_of_range_lunar_numbers_are_refused():
    with pytest.raises(LunarDateError):
        lunar_to_solar(2024, 13, 1)
    with pytest.raises(LunarDateError):
        lunar_to_solar(2024, 1, 31)


def test_solar_to_lunar_inverts_lunar_to_solar_over_a_year_with_a_leap_month():
    day = D(2023, 1, 1)
    while day < D(2024, 3, 1):
        year, month, lday, leap = solar_to_lunar(day)
        assert lunar_to_solar(year, month, lday, leap) == day
        day += datetime.timedelta(days=1)


def test_the_day_before_tet_belongs_to_the_previous_lunar_year():
    assert solar_to_lunar(D(2024, 2, 9)) == (2023, 12, 30, False)
    assert solar_to_lunar(D(2024, 2, 10)) == (2024, 1, 1, False)


def test_can_chi_names_the_year():
    assert can_chi(2024) == "Giáp Thìn"
    assert can_chi(2025) == "Ất Tỵ"
    assert can_chi(1945) == "Ất Dậu"


def test_year_for_can_chi_picks_the_nearest_year():
    assert year_for_can_chi("Giáp Thìn", 2023) == 2024
    assert year_for_can_chi("giáp thìn", 1970) == 1964
    assert year_for_can_chi("Ất Tị", 2025) == 2025
    assert year_for_can_chi("Thìn", 2024) is None


def test_day_thirty_of_a_29_day_month_is_refused():
    # Tháng Chạp of Giáp Thìn (2024) had 29 days: Tết Ất Tỵ followed on 2025-01-29.
    assert lunar_to_solar(2024, 12, 29) == D(2025, 1, 28)
    with pytest.raises(LunarDateError):
        lunar_to_solar(2024, 12, 30)
    assert lunar_to_solar(2023, 12, 30) == D(2024, 2, 9)
