"""What the shared deployment's queues have in common (SMS passwords, answers by e-mail, the
requests' notices): the worker's claim of the oldest waiting row, and the desk's wait for its
outcome with a backing-off poll."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

T = TypeVar("T")

CHANNEL = "mebposta_outbox"  # one NOTIFY wakes every queue's worker
POLL_SECONDS = 0.05
POLL_MAX_SECONDS = 0.5


def oldest_waiting(session: Session, model: Any, state: Any, waiting: str) -> Any:
    """The oldest row in state ``waiting`` that no other worker holds, locked until the
    caller's transaction ends (``FOR UPDATE SKIP LOCKED``: several workers, none takes a row
    twice); None when there is none."""
    return session.scalar(
        sa.select(model)
        .where(state == waiting)
        .order_by(model.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )


def poll(read: Callable[[], T], done: Callable[[T], bool], timeout: float) -> T:
    """``read()`` until ``done`` says so or ``timeout`` seconds have passed (the last read is
    returned either way). Backs off from 50 ms to half a second: hundreds of desks looking ten
    times a second slowed the very worker they waited for (benchmarks/load.py), and an outcome
    is still seen within half a second."""
    deadline = time.monotonic() + timeout
    pause = POLL_SECONDS
    while True:
        value = read()
        if done(value) or time.monotonic() >= deadline:
            return value
        time.sleep(pause)
        pause = min(POLL_MAX_SECONDS, pause * 1.5)
