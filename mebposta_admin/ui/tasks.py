"""The one task runner: service calls run on a QThreadPool, results come back to GUI slots.

Only plain data crosses threads: the function's arguments, its return value (DTOs) and the
exception. Cancellation is a ``threading.Event`` the function checks between steps.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ResultFn = Callable[[Any], None]
ErrorFn = Callable[[BaseException], None]
ProgressFn = Callable[[int, int, str], None]


@dataclass
class TaskHandle:
    """Returned by :meth:`TaskRunner.submit`; ``cancel()`` asks the task to stop."""

    name: str
    cancel_event: threading.Event = field(default_factory=threading.Event)
    finished: bool = False

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Signals(QObject):
    """Signals:
    result: the function's return value.
    error: the exception it raised.
    progress: (done, total, stage).
    """

    result = Signal(object)
    error = Signal(object)
    progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], kwargs: dict[str, Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.kwargs = kwargs
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            value = self.fn(**self.kwargs)
        except BaseException as exc:  # delivered to the GUI, never lost in a worker
            if not getattr(exc, "code", None):
                log.error("Task failed:\n%s", "".join(traceback.format_exception(exc)))
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)


class TaskRunner(QObject):
    """Runs functions off the GUI thread.

    ``fn`` receives ``progress`` and ``cancel`` keyword arguments when it declares them
    (``wants_progress=True``). Callbacks run on the GUI thread.
    """

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._live: dict[int, tuple[_Signals, TaskHandle]] = {}
        # (owner, name) -> the newest submission's key, for ``latest=True`` reads
        self._newest: dict[tuple[int, str], int] = {}

    def submit(
        self,
        name: str,
        fn: Callable[..., Any],
        *,
        on_result: ResultFn | None = None,
        on_error: ErrorFn | None = None,
        on_progress: ProgressFn | None = None,
        wants_progress: bool = False,
        owner: QObject | None = None,
        latest: bool = False,
        **kwargs: Any,
    ) -> TaskHandle:
        """Run ``fn(**kwargs)`` on the pool.

        ``owner``: the widget the callbacks belong to; if it has been destroyed by the time the
        task ends (the user closed the window), the callbacks are not called.

        ``latest``: a read whose result replaces what the owner shows. Only the newest
        submission of this name by this owner is delivered; an older one that ends later (the
        pool runs them side by side) is dropped, so a slow first read never paints over a newer
        one — e.g. a unit read after its quota changed arriving after the read that follows its
        new old address.
        """
        handle = TaskHandle(name)
        signals = _Signals()
        key = id(signals)
        self._live[key] = (signals, handle)
        slot = (id(owner), name)
        if latest:
            self._newest[slot] = key

        def finish() -> bool:
            handle.finished = True
            self._live.pop(key, None)
            if latest:
                if self._newest.get(slot) != key:
                    log.debug("Task %s: a newer read was asked for; this result is dropped", name)
                    return False
                del self._newest[slot]
            return owner is None or shiboken6.isValid(owner)

        @Slot(object)
        def deliver_result(value: Any) -> None:
            if finish() and on_result is not None:
                on_result(value)

        @Slot(object)
        def deliver_error(exc: BaseException) -> None:
            if not finish():
                log.info("Task %s failed after its window closed or a newer read: %r", name, exc)
            elif on_error is not None:
                on_error(exc)
            else:
                log.error("Unhandled task error in %s: %r", name, exc)

        signals.result.connect(deliver_result)
        signals.error.connect(deliver_error)
        if on_progress is not None:
            signals.progress.connect(
                lambda d, t, st: (
                    on_progress(d, t, st) if owner is None or shiboken6.isValid(owner) else None
                )
            )
        if wants_progress:
            kwargs["progress"] = lambda done, total, stage: signals.progress.emit(
                done, total, stage
            )
            kwargs["cancel"] = handle.cancel_event
        self._run(_Job(fn, kwargs, signals))
        return handle

    def _run(self, job: _Job) -> None:
        self.pool.start(job)

    def wait_for_done(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class SynchronousTaskRunner(TaskRunner):
    """Runs each task at once on the calling thread: for tests that want no threads at all."""

    def _run(self, job: _Job) -> None:
        job.run()
