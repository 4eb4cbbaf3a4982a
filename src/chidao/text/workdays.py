"""Working days (ngày làm việc) of Vietnamese state agencies.

A working day is Monday to Friday (state agencies work a 40-hour, five-day week: Quyết định
188/1999/QĐ-TTg) that is not a public holiday or Tết day off (Bộ luật Lao động 2019, Điều 112, and each
year's notice of the Thủ tướng on the Tết and holiday schedule for cán bộ, công chức), plus the Saturdays
worked in exchange for a bridge day off (ngày làm bù, e.g. 04/5/2024 for 29/4/2024). The holidays, the
substituted days off and the make-up Saturdays come from the `holidays` package (Vietnam, "VN"), which
follows the Vietnamese lunar calendar for Tết and Giỗ Tổ Hùng Vương.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

import holidays

# Loading the package's rules for Vietnam is the slow part (about 0.1 s, once per process); do it at
# import rather than inside the first parse that meets a relative deadline. Each year's calendar then
# takes about a millisecond and is cached below.
holidays.country_holidays("VN")


@lru_cache(maxsize=256)
def _calendar_of(year: int) -> tuple[frozenset[datetime.date], frozenset[datetime.date]]:
    """(days off, make-up Saturdays) of one year."""
    calendar = holidays.country_holidays("VN", years=year)
    return frozenset(calendar.keys()), frozenset(d for d in calendar.weekend_workdays if d.year == year)


def is_holiday(day: datetime.date) -> bool:
    """Whether `day` is a public holiday or an official day off in Vietnam (Tết, Giỗ Tổ, 30/4, 1/5, 2/9…)."""
    return day in _calendar_of(day.year)[0]


def is_working_day(day: datetime.date) -> bool:
    """Whether state agencies work on `day`: a weekday that is not a holiday or official day off, or a
    Saturday worked in exchange for a bridge day off."""
    days_off, make_up = _calendar_of(day.year)
    if day in make_up:
        return True
    return day.weekday() < 5 and day not in days_off


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
