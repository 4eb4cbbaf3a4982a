"""The Vietnamese lunar calendar (âm lịch), computed for Vietnam's time zone, UTC+7.

Why not a Chinese-calendar package: the lunisolar calendar depends on the date of each new moon
*in local time*. Vietnam has used UTC+7 since 1968 and China UTC+8, so the two calendars differ when a new
moon falls between 16:00 and 17:00 UTC: Tết 1985 was 21 January in Vietnam and 20 February in China, Tết
2007 was 17 February in Vietnam and 18 February in China. Packages such as `lunardate` compute the Chinese
calendar and are wrong for those years.

The algorithm is Hồ Ngọc Đức's "Thuật toán tính âm lịch" (published with his amlich.js and amlich.py, free
to use with attribution): astronomical new moons (Meeus, "Astronomical Algorithms", chapter 49, reduced
series), the sun's longitude to place the winter solstice in month 11, and the leap month as the first month
of a 13-month year that contains no principal solar term. Our tests check `tet()` against the Vietnamese
calendar table of the `holidays` package for 1901–2099.
"""

from __future__ import annotations

import datetime
import math

TIME_ZONE = 7.0  # hours east of UTC: giờ Hà Nội

# Thiên can and địa chi, indexed by year % 10 and year % 12 (2024 is Giáp Thìn).
CAN = ("Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ")
CHI = ("Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi")

_SYNODIC = 29.530588853
_K0 = 2415021.076998695  # Julian day of the new moon of 1900-01-01, the origin of the new-moon index k


class LunarDateError(ValueError):
    """Raised for a lunar date that does not exist: a leap month the year does not have, day 30 of a
    29-day month (tháng thiếu), numbers out of range."""


def _jd_from_date(day: int, month: int, year: int) -> int:
    """Julian day number of a Gregorian date (Julian calendar before 1582-10-15)."""
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    jd = day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045
    if jd < 2299161:
        jd = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return jd


def _date_from_jd(jd: int) -> datetime.date:
    if jd > 2299160:
        a = jd + 32044
        b = (4 * a + 3) // 146097
        c = a - (b * 146097) // 4
    else:
        b = 0
        c = jd + 32082
    d = (4 * c + 3) // 1461
    e = c - (1461 * d) // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = b * 100 + d - 4800 + m // 10
    return datetime.date(year, month, day)


def _new_moon(k: int) -> float:
    """Julian date (UTC) of the k-th new moon after the one of 1900-01-01."""
    t = k / 1236.85
    t2 = t * t
    t3 = t2 * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 = c1 - 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 = c1 - 0.0004 * math.sin(dr * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


def _new_moon_day(k: int, tz: float = TIME_ZONE) -> int:
    """Julian day number of the local civil day that holds the k-th new moon."""
    return math.floor(_new_moon(k) + 0.5 + tz / 24)


def _sun_longitude(jd: float) -> float:
    """The sun's apparent longitude in radians, in [0, 2π), at Julian date `jd`."""
    t = (jd - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    return longitude - 2 * math.pi * math.floor(longitude / (2 * math.pi))


def _sun_sector(day_number: int, tz: float = TIME_ZONE) -> int:
    """Which of the 12 principal-term sectors (0..11) the sun is in at local midnight starting the day."""
    return math.floor(_sun_longitude(day_number - 0.5 - tz / 24) / math.pi * 6)


def _month11(year: int, tz: float = TIME_ZONE) -> int:
    """Julian day number of the first day of lunar month 11 (the month holding the winter solstice)."""
    off = _jd_from_date(31, 12, year) - 2415021
    k = math.floor(off / _SYNODIC)
    new_moon = _new_moon_day(k, tz)
    if _sun_sector(new_moon, tz) >= 9:
        new_moon = _new_moon_day(k - 1, tz)
    return new_moon


def _leap_month_offset(a11: int, tz: float = TIME_ZONE) -> int:
    """Offset from month 11 of the first month without a principal term (the leap month)."""
    k = math.floor((a11 - _K0) / _SYNODIC + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i, tz), tz)
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i, tz), tz)
        if arc == last or i >= 14:
            break
    return i - 1


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> datetime.date:
    """The solar (Gregorian) date of lunar day `day` of lunar month `month` of lunar year `year`.

    `year` is the lunar year as Vietnamese calendars number it (the one starting at Tết of that solar year),
    `leap=True` asks for the leap month (tháng nhuận). Raises `LunarDateError` when the year has no such
    leap month, the month has only 29 days, or the numbers are out of range.
    """
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise LunarDateError(f"ngày âm lịch không hợp lệ: {day}/{month}/{year}")
    if month < 11:
        a11, b11 = _month11(year - 1), _month11(year)
    else:
        a11, b11 = _month11(year), _month11(year + 1)
    k = math.floor(0.5 + (a11 - _K0) / _SYNODIC)
    off = (month - 11) % 12
    if b11 - a11 > 365:
        leap_off = _leap_month_offset(a11)
        leap_month = (leap_off - 2) % 12
        if leap and month != leap_month:
            raise LunarDateError(f"năm âm lịch {year} không có tháng {month} nhuận")
        if leap or off >= leap_off:
            off += 1
    elif leap:
        raise LunarDateError(f"năm âm lịch {year} không có tháng nhuận")
    month_start = _new_moon_day(k + off)
    if month_start + day - 1 >= _new_moon_day(k + off + 1):
        raise LunarDateError(f"tháng {month} âm lịch năm {year} chỉ có 29 ngày")
    return _date_from_jd(month_start + day - 1)


def solar_to_lunar(day: datetime.date) -> tuple[int, int, int, bool]:
    """The lunar (year, month, day, leap) of a solar date, in Vietnam's time zone."""
    day_number = _jd_from_date(day.day, day.month, day.year)
    k = math.floor((day_number - _K0) / _SYNODIC)
    month_start = _new_moon_day(k + 1)
    if month_start > day_number:
        month_start = _new_moon_day(k)
    a11 = _month11(day.year)
    b11 = a11
    if a11 >= month_start:
        lunar_year = day.year
        a11 = _month11(day.year - 1)
    else:
        lunar_year = day.year + 1
        b11 = _month11(day.year + 1)
    lunar_day = day_number - month_start + 1
    diff = math.floor((month_start - a11) / 29)
    leap = False
    lunar_month = diff + 11
    if b11 - a11 > 365:
        leap_diff = _leap_month_offset(a11)
        if diff >= leap_diff:
            lunar_month = diff + 10
            leap = diff == leap_diff
    if lunar_month > 12:
        lunar_month -= 12
    if lunar_month >= 11 and diff < 4:
        lunar_year -= 1
    return lunar_year, lunar_month, lunar_day, leap


def tet(year: int) -> datetime.date:
    """Mùng 1 Tết Nguyên đán (the first day of lunar year `year`) in Vietnam."""
    return lunar_to_solar(year, 1, 1)


def can_chi(year: int) -> str:
    """The sexagenary name of a lunar year: `can_chi(2024) == "Giáp Thìn"`."""
    return f"{CAN[year % 10]} {CHI[year % 12]}"


def year_for_can_chi(name: str, near: int) -> int | None:
    """The year nearest to `near` whose can chi is `name` ("Giáp Thìn"), or None for an unknown name."""
    words = name.split()
    if len(words) != 2:
        return None
    can, chi = (w.capitalize() for w in words)
    chi = {"Tị": "Tỵ", "Mẹo": "Mão", "Tí": "Tý"}.get(chi, chi)
    for delta in range(0, 31):
        for year in (near + delta, near - delta):
            if CAN[year % 10] == can and CHI[year % 12] == chi:
                return year
    return None
