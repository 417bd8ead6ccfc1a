"""Same-day deadlines across weekends, Turkish public holidays (moving Bayrams, half-day eves),
local closures and worked Saturdays — examples a desk would check by hand, and properties that
hold for any moment in five years."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mebposta_admin.domain.business_calendar import ISTANBUL, BusinessCalendar, DeadlineState

CAL = BusinessCalendar()


def at(day: str, clock: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), time.fromisoformat(clock), tzinfo=ISTANBUL)


@pytest.mark.parametrize(
    ("received", "due"),
    (
        (at("2026-12-01", "10:00"), at("2026-12-01", "17:30")),  # Tuesday morning: same day
        (at("2026-12-01", "07:15"), at("2026-12-01", "17:30")),  # before opening: same day
        (at("2026-12-01", "15:59"), at("2026-12-01", "17:30")),
        (at("2026-12-01", "16:00"), at("2026-12-02", "17:30")),  # at the cut-off: next day
        (at("2026-12-04", "16:30"), at("2026-12-07", "17:30")),  # Friday late: Monday
        (at("2026-12-05", "11:00"), at("2026-12-07", "17:30")),  # Saturday: Monday
        (at("2026-12-31", "16:10"), at("2027-01-04", "17:30")),  # New Year's Day, a weekend
        # Ramazan Bayramı 2026: the eve (Thu 19 March) ends at 13:00, cut-off 11:30; the
        # holiday runs Fri 20 – Sun 22 March.
        (at("2026-03-19", "09:00"), at("2026-03-19", "13:00")),
        (at("2026-03-19", "11:45"), at("2026-03-23", "17:30")),
        (at("2026-03-20", "10:00"), at("2026-03-23", "17:30")),
        # Kurban Bayramı 2026: eve Tue 26 May, holiday 27–30 May.
        (at("2026-05-25", "16:30"), at("2026-05-26", "13:00")),
        (at("2026-05-26", "12:00"), at("2026-06-01", "17:30")),
        # Cumhuriyet Bayramı: eve Wed 28 Oct (half day), 29 Oct holiday.
        (at("2026-10-28", "10:00"), at("2026-10-28", "13:00")),
        (at("2026-10-28", "14:00"), at("2026-10-30", "17:30")),
    ),
)
def test_deadlines_a_desk_would_check_by_hand(received: datetime, due: datetime) -> None:
    assert CAL.due(received) == due


def test_a_moment_in_another_zone_is_read_in_istanbul() -> None:
    # 13:30 UTC is 16:30 in Istanbul (UTC+3): after the cut-off.
    assert CAL.due(datetime(2026, 12, 1, 13, 30, tzinfo=UTC)) == at("2026-12-02", "17:30")
    with pytest.raises(ValueError):
        CAL.due(datetime(2026, 12, 1, 10, 0))  # naive: ambiguous, refused


def test_local_closures_and_worked_saturdays_override_the_national_calendar() -> None:
    local = BusinessCalendar(
        closures=frozenset({date(2026, 12, 2)}), working_days=frozenset({date(2026, 12, 5)})
    )
    assert local.due(at("2026-12-01", "16:30")) == at("2026-12-03", "17:30")
    assert local.due(at("2026-12-04", "16:30")) == at("2026-12-05", "17:30")
    shorter = BusinessCalendar(closes=time(17, 0), cutoff=time(15, 0))
    assert shorter.due(at("2026-12-01", "15:30")) == at("2026-12-02", "17:00")
    assert shorter.cutoff_time(date(2026, 3, 19)) == time(11, 0)  # two hours before 13:00
    with pytest.raises(ValueError):
        BusinessCalendar(cutoff=time(18, 0))


def test_states_as_a_request_nears_and_passes_its_deadline() -> None:
    due = at("2026-12-01", "17:30")
    assert CAL.state(due, at("2026-12-01", "10:00")) is DeadlineState.ON_TIME
    assert CAL.state(due, at("2026-12-01", "15:31")) is DeadlineState.DUE_SOON
    assert CAL.state(due, due) is DeadlineState.OVERDUE
    assert CAL.state(due, due + timedelta(minutes=1)) is DeadlineState.OVERDUE


moments = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)


@settings(max_examples=400, deadline=None)
@given(moments)
def test_any_moment_is_due_at_a_working_day_close_with_no_working_day_skipped(
    received: datetime,
) -> None:
    due = CAL.due(received)
    local = received.astimezone(ISTANBUL)
    assert due > received
    assert CAL.is_working_day(due.date())
    assert due.timetz().replace(tzinfo=None) == CAL.closing_time(due.date())
    day = local.date() + timedelta(days=1)
    while day < due.date():  # nothing between the arrival and the due day was workable
        assert not CAL.is_working_day(day)
        day += timedelta(days=1)
    cutoff = CAL.cutoff_time(local.date())
    same_day = cutoff is not None and local.time() < cutoff
    assert (due.date() == local.date()) == same_day
