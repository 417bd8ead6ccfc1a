"""The business calendar: when a request received now is due ("aynı gün içerisinde").

A request that arrives on a working day before the cut-off is due when that day's work ends; one
that arrives after the cut-off, or on a weekend or a holiday, is due at the end of the next
working day. Turkish public holidays come from the maintained ``holidays`` package (Ramazan and
Kurban Bayramı move every year); the eves of the long holidays end at 13:00 (its ``half_day``
category), and their cut-off moves forward by the same margin. Local closures and extra working
days (a Saturday worked to bridge a holiday) override it. Times are Europe/Istanbul.

Pure: no database, no Qt. The queue (issue 11) and the ticket SLA clocks (issue 14) use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

ISTANBUL = ZoneInfo("Europe/Istanbul")
SATURDAY = 5


@lru_cache(maxsize=64)
def _turkish(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(whole-day holidays, half days) of ``year``."""
    whole = holidays.country_holidays("TR", years=year, categories=("public",))
    half = holidays.country_holidays("TR", years=year, categories=("half_day",))
    return frozenset(whole), frozenset(half) - frozenset(whole)


class DeadlineState(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class BusinessCalendar:
    opens: time = time(8, 30)
    closes: time = time(17, 30)
    cutoff: time = time(16, 0)
    half_day_closes: time = time(13, 0)
    closures: frozenset[date] = field(default_factory=frozenset)  # local holidays
    working_days: frozenset[date] = field(default_factory=frozenset)  # worked weekends
    tz: ZoneInfo = ISTANBUL

    def __post_init__(self) -> None:
        if not self.opens < self.cutoff <= self.closes or self.half_day_closes <= self.opens:
            raise ValueError("opening, cut-off and closing times out of order")

    # ------------------------------------------------------------------------------ days
    def is_working_day(self, day: date) -> bool:
        if day in self.working_days:
            return True
        if day in self.closures or day.weekday() >= SATURDAY:
            return False
        return day not in _turkish(day.year)[0]

    def is_half_day(self, day: date) -> bool:
        return day not in self.working_days and day in _turkish(day.year)[1]

    def closing_time(self, day: date) -> time | None:
        """When work ends on ``day`` (None: not a working day)."""
        if not self.is_working_day(day):
            return None
        return self.half_day_closes if self.is_half_day(day) else self.closes

    def cutoff_time(self, day: date) -> time | None:
        """The last moment a request still counts for ``day``: the same margin before closing
        on a half day as on a full one."""
        closing = self.closing_time(day)
        if closing is None:
            return None
        if closing == self.closes:
            return self.cutoff
        margin = _seconds(self.closes) - _seconds(self.cutoff)
        return _time_of(max(_seconds(self.opens), _seconds(closing) - margin))

    def next_working_day(self, day: date) -> date:
        following = day + timedelta(days=1)
        for _ in range(366):
            if self.is_working_day(following):
                return following
            following += timedelta(days=1)
        raise ValueError("no working day within a year")  # a misconfigured calendar

    # ------------------------------------------------------------------------------ deadlines
    def due(self, received: datetime) -> datetime:
        """When a request received at ``received`` (timezone-aware) must be decided."""
        if received.tzinfo is None:
            raise ValueError("received must be timezone-aware")
        local = received.astimezone(self.tz)
        day = local.date()
        cutoff = self.cutoff_time(day)
        if cutoff is None or local.time() >= cutoff:
            day = self.next_working_day(day)
        closing = self.closing_time(day)
        assert closing is not None
        return datetime.combine(day, closing, tzinfo=self.tz)

    def state(
        self, due: datetime, now: datetime, *, soon: timedelta = timedelta(hours=2)
    ) -> DeadlineState:
        if now >= due:
            return DeadlineState.OVERDUE
        if due - now <= soon:
            return DeadlineState.DUE_SOON
        return DeadlineState.ON_TIME

    # ------------------------------------------------------------------------------ business time
    def hours_of(self, day: date) -> tuple[datetime, datetime] | None:
        """When work opens and ends on ``day`` (None: not a working day)."""
        closing = self.closing_time(day)
        if closing is None:
            return None
        return (
            datetime.combine(day, self.opens, tzinfo=self.tz),
            datetime.combine(day, closing, tzinfo=self.tz),
        )

    def business_seconds(self, start: datetime, end: datetime) -> float:
        """Working time between two moments (timezone-aware): only the hours of working days
        count, so a case opened on Friday evening has used none of it by Monday 08:30."""
        if end <= start:
            return 0.0
        total = 0.0
        day = start.astimezone(self.tz).date()
        last = end.astimezone(self.tz).date()
        while day <= last:
            hours = self.hours_of(day)
            if hours is not None:
                lo, hi = max(start, hours[0]), min(end, hours[1])
                if hi > lo:
                    total += (hi - lo).total_seconds()
            day += timedelta(days=1)
        return total

    def add_business(self, start: datetime, seconds: float) -> datetime:
        """The moment ``seconds`` of working time after ``start``."""
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        left = max(0.0, seconds)
        day = start.astimezone(self.tz).date()
        for _ in range(3700):  # ten years of days: a misconfigured calendar stops here
            hours = self.hours_of(day)
            if hours is not None:
                lo = max(start, hours[0])
                if hours[1] > lo:
                    room = (hours[1] - lo).total_seconds()
                    if left <= room:
                        return (lo + timedelta(seconds=left)).astimezone(self.tz)
                    left -= room
            day += timedelta(days=1)
        raise ValueError("no working time within ten years")


def _seconds(moment: time) -> int:
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def _time_of(seconds: int) -> time:
    return time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
