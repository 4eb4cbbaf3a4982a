"""Working days (ngày làm việc) of Vietnamese state agencies.

A working day is Monday to Friday (state agencies work a 40-hour, five-day week: Quyết định
188/1999/QĐ-TTg) that is not a public holiday or Tết day off (Bộ luật
Lao động 2019, Điều 112, and each year's Thủ tướng's notice on the Tết and holiday schedule for cán bộ,
công chức). The holidays, with the substituted days off of past years, come from the `holidays` package
(Vietnam, "VN"), which follows the Vietnamese lunar calendar for Tết and Giỗ Tổ Hùng Vương.

Not modelled: Saturdays worked in exchange for a bridge day (ngày làm bù); a deadline counted across one is
one day late at worst.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

import holidays


@lru_cache(maxsize=256)
def _holidays_of(year: int) -> frozenset[datetime.date]:
    return frozenset(holidays.country_holidays("VN", years=year).keys())


def is_holiday(day: datetime.date) -> bool:
    """Whether `day` is a public holiday or an official day off in Vietnam (Tết, Giỗ Tổ, 30/4, 1/5, 2/9…)."""
    return day in _holidays_of(day.year)


def is_working_day(day: datetime.date) -> bool:
    """Whether state agencies work on `day`: a weekday that is not a holiday or official day off."""
    return day.weekday() < 5 and not is_holiday(day)


def next_working_day(day: datetime.date) -> datetime.date:
    """`day` itself when it is a working day, else the first working day after it.

    A period that ends on a day off ends on the next working day (Bộ luật Dân sự 2015, Điều 148 khoản 5).
    """
    while not is_working_day(day):
        day += datetime.timedelta(days=1)
    return day


def add_working_days(anchor: datetime.date, count: int) -> datetime.date:
    """The day on which "`count` ngày làm việc kể từ `anchor`" ends.

    Counting starts the day after the anchor event (Bộ luật Dân sự 2015, Điều 147 khoản 1), so
    `add_working_days(d, 1)` is the first working day after `d`. A `count` of 0 gives `anchor` unchanged.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    day = anchor
    remaining = count
    while remaining:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(first: datetime.date, last: datetime.date) -> int:
    """How many working days lie in the inclusive range `first`…`last` (0 when `last` is before `first`)."""
    count = 0
    day = first
    while day <= last:
        if is_working_day(day):
            count += 1
        day += datetime.timedelta(days=1)
    return count
