"""A ticket's service-level clocks, computed from its own history (as Zammad does):

* **first response** — from the ticket's opening to the first answer to the caller (a reply
  or a logged call); reopening a solved ticket never restarts it;
* **update** — from the moment the caller last started waiting on us (their first message
  after our last answer) to our next answer;
* **solution** — from the opening to solved; a reopened ticket's clock goes on from where it
  stopped.

Every clock counts business time only (the request queue's calendar: working hours, weekends,
holidays and half days) and stands still while the ticket waits for the caller (and, for the
solution clock, while it is solved). Because a clock is recomputed from the history, a changed
calendar or target moves every due time at once instead of drifting.

Targets are minutes of business time per priority, optionally per category, written as
``[category:]priority=first/update/solution; …`` (0: no target for that clock).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from mebposta_admin.domain.business_calendar import BusinessCalendar
from mebposta_admin.domain.tickets import Category, Priority, Status

DEFAULT_TARGETS = (
    "urgent=30/60/240; high=60/120/480; normal=120/240/960; low=240/480/2400; "
    "password:normal=60/120/480; mismatch:normal=60/120/960"
)
WARN_SHARE = 0.2  # a clock warns when a fifth of its target is left


class ClockState(StrEnum):
    NONE = "none"  # no target
    MET = "met"
    BREACHED = "breached"
    RUNNING = "running"
    WARNING = "warning"
    PAUSED = "paused"


@dataclass(frozen=True)
class Targets:
    """Seconds of business time for (first response, update, solution); 0 = no target."""

    first: float = 0
    update: float = 0
    solution: float = 0


class TargetTable:
    """The targets of every (category, priority), parsed from the settings' text."""

    def __init__(self, text: str = DEFAULT_TARGETS) -> None:
        self.text = text
        self.table: dict[tuple[str | None, str], Targets] = {}
        for part in (p.strip() for p in (text or "").split(";")):
            if not part:
                continue
            if "=" not in part:
                raise ValueError(f"no '=' in {part!r}")
            key, _, values = part.partition("=")
            category, _, priority = key.strip().rpartition(":")
            priority = priority.strip().lower()  # ascii: addresses, codes
            if priority not in {p.value for p in Priority}:
                raise ValueError(f"unknown priority {priority!r}")
            if category and category.strip() not in {c.value for c in Category}:
                raise ValueError(f"unknown category {category!r}")
            numbers = [v.strip() for v in values.split("/")]
            if len(numbers) != 3 or not all(n.isdigit() for n in numbers):
                raise ValueError(f"{values!r} is not first/update/solution minutes")
            first, update, solution = (int(n) * 60 for n in numbers)
            self.table[(category.strip() or None, priority)] = Targets(first, update, solution)

    def of(self, category: str | None, priority: str) -> Targets:
        return (
            self.table.get((category, priority))
            or self.table.get((None, priority))
            or self.table.get((None, Priority.NORMAL.value))
            or Targets()
        )


@dataclass(frozen=True)
class Moment:
    """One point of a ticket's history that the clocks read."""

    at: datetime
    kind: str  # "caller" (a message from the caller) | "response" (ours) | "status"
    status: str | None = None  # for kind == "status": the new status


@dataclass(frozen=True)
class Clock:
    name: str  # first | update | solution
    state: ClockState
    target: float  # seconds of business time
    elapsed: float  # seconds of business time used (to the end, or to now)
    due: datetime | None  # when it breaches (breached: when it did); None: paused or none
    ticking: bool = False  # still measuring (not stopped by an answer or a solution)

    @property
    def remaining(self) -> float:
        return self.target - self.elapsed


@dataclass(frozen=True)
class Clocks:
    first: Clock
    update: Clock
    solution: Clock

    @property
    def all(self) -> tuple[Clock, Clock, Clock]:
        return (self.first, self.update, self.solution)

    @property
    def next_breach(self) -> datetime | None:
        """The earliest due time of a clock still running (the queue sorts by it)."""
        live = [c.due for c in self.all if c.ticking and c.due is not None]
        return min(live) if live else None

    @property
    def worst(self) -> ClockState:
        order = (
            ClockState.BREACHED,
            ClockState.WARNING,
            ClockState.RUNNING,
            ClockState.PAUSED,
            ClockState.MET,
            ClockState.NONE,
        )
        states = {c.state for c in self.all}
        return next(s for s in order if s in states)


Interval = tuple[datetime, datetime]


def _pauses(history: Sequence[Moment], now: datetime, statuses: set[str]) -> list[Interval]:
    """The intervals the ticket spent in one of ``statuses``."""
    spans: list[Interval] = []
    since: datetime | None = None
    for m in history:
        if m.kind != "status":
            continue
        if m.status in statuses and since is None:
            since = m.at
        elif m.status not in statuses and since is not None:
            spans.append((since, m.at))
            since = None
    if since is not None:
        spans.append((since, now))
    return spans


def _elapsed(
    cal: BusinessCalendar, start: datetime, end: datetime, pauses: list[Interval]
) -> float:
    total = cal.business_seconds(start, end)
    for a, b in pauses:
        lo, hi = max(a, start), min(b, end)
        if hi > lo:
            total -= cal.business_seconds(lo, hi)
    return max(0.0, total)


def _breach_moment(
    cal: BusinessCalendar, start: datetime, target: float, pauses: list[Interval]
) -> datetime:
    """When ``target`` seconds of unpaused business time after ``start`` are used up."""
    due = cal.add_business(start, target)
    for _ in range(20):
        paused = sum(
            cal.business_seconds(max(a, start), min(b, due)) for a, b in pauses if min(b, due) > a
        )
        moved = cal.add_business(start, target + paused)
        if moved == due:
            break
        due = moved
    return due


def _clock(
    name: str,
    cal: BusinessCalendar,
    target: float,
    start: datetime | None,
    end: datetime | None,
    pauses: list[Interval],
    paused_now: bool,
    now: datetime,
) -> Clock:
    if target <= 0:
        return Clock(name, ClockState.NONE, 0, 0, None)
    if start is None:  # nothing to measure (nobody waits on us)
        return Clock(name, ClockState.MET, target, 0, None)
    stop = end or now
    elapsed = _elapsed(cal, start, stop, pauses)
    due = _breach_moment(cal, start, target, pauses)
    if end is not None:
        state = ClockState.MET if elapsed <= target else ClockState.BREACHED
        return Clock(name, state, target, elapsed, due if state is ClockState.BREACHED else None)
    if elapsed >= target:
        return Clock(name, ClockState.BREACHED, target, elapsed, min(due, now), True)
    if paused_now:
        return Clock(name, ClockState.PAUSED, target, elapsed, None, True)
    state = ClockState.WARNING if target - elapsed <= WARN_SHARE * target else ClockState.RUNNING
    return Clock(name, state, target, elapsed, due, True)


def compute(
    created: datetime,
    history: Sequence[Moment],
    targets: Targets,
    calendar: BusinessCalendar,
    now: datetime,
) -> Clocks:
    """The three clocks of a ticket opened at ``created`` with ``history`` (in time order)."""
    history = sorted(history, key=lambda m: m.at)
    status = Status.NEW.value
    for m in history:
        if m.kind == "status" and m.status:
            status = m.status
    waiting = _pauses(history, now, {Status.WAITING.value})
    done = _pauses(history, now, {Status.SOLVED.value, Status.CLOSED.value, Status.MERGED.value})
    finished = status in (Status.SOLVED.value, Status.CLOSED.value, Status.MERGED.value)
    paused_now = status == Status.WAITING.value

    responses = [m.at for m in history if m.kind == "response"]
    # the first answer; a ticket solved without one stopped the clock when it was solved
    first_end = responses[0] if responses else (done[0][0] if finished and done else None)
    first = _clock("first", calendar, targets.first, created, first_end, waiting, paused_now, now)

    # update: the caller's first message after our last answer (or the opening)
    last_response = responses[-1] if responses else None
    waiting_since: datetime | None = None
    if last_response is None:
        waiting_since = None  # the first-response clock covers it
    else:
        after = [m.at for m in history if m.kind == "caller" and m.at > last_response]
        waiting_since = after[0] if after else None
    update = _clock(
        "update",
        calendar,
        targets.update,
        waiting_since,
        done[-1][0] if (finished and waiting_since and done) else None,
        waiting + done,
        paused_now,
        now,
    )

    solved_at = done[-1][0] if finished and done else None
    solution = _clock(
        "solution",
        calendar,
        targets.solution,
        created,
        solved_at,
        waiting + done[:-1] if finished else waiting + done,
        paused_now,
        now,
    )
    return Clocks(first, update, solution)
