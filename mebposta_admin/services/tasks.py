"""Plain, Qt-free plumbing for long-running service calls: progress and cancellation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from mebposta_admin.errors import AppError

ProgressFn = Callable[[int, int, str], None]
"""progress(done, total, stage) — ``stage`` is a short code such as ``"people"``."""


class CancelToken(Protocol):
    def is_set(self) -> bool: ...


class Cancelled(AppError):
    def __init__(self) -> None:
        super().__init__("task.cancelled")


class NeverCancelled:
    def is_set(self) -> bool:
        return False


def no_progress(done: int, total: int, stage: str) -> None:
    return None


def check(cancel: CancelToken) -> None:
    if cancel.is_set():
        raise Cancelled()
