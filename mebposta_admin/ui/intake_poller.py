"""The intake run inside the application, on a single workstation (SQLite): the portal's
request and ticket feeds, the help-desk mailbox and the SLA sweep.

A shared deployment (PostgreSQL) runs ``mebposta-admin intake run`` on a server instead; both
use the same polls (adapters.intake_sources), so several pollers are safe anyway. Every round
runs on the task runner; a source that is down is reported in the status bar and tried again
at the next tick (nothing is lost: cursors and UIDs stay where the last commit left them).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from mebposta_admin import adapters
from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError
from mebposta_admin.services.database import Database
from mebposta_admin.services.secret_store import SecretStore

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000


def poll_all(db: Database, secrets: SecretStore) -> dict[str, object]:
    """One round over every source the system settings name (adapters.intake_sources): the
    portal's request and ticket feeds, the help-desk mailbox, the SLA sweep. A source that
    fails gives its error in place of its result; the others still run."""
    results: dict[str, object] = {}
    for name, poll in adapters.intake_sources(db, secrets):
        try:
            results[name] = poll()
        except AppError as exc:
            log.warning("Intake of %s failed: %s", name, exc.code)
            results[name] = exc
    return results


def news(results: dict[str, object]) -> dict[str, int]:
    """How many new requests and tickets a round brought (for the status bar)."""
    requests = results.get("requests")
    tickets = [results.get("tickets"), results.get("mail")]
    return {
        "requests": getattr(requests, "stored", 0) + getattr(requests, "rejected", 0),
        "tickets": sum(getattr(r, "stored", 0) + getattr(r, "joined", 0) for r in tickets),
        "escalated": len(results["sla"]) if isinstance(results.get("sla"), list) else 0,  # type: ignore[arg-type]
    }


class IntakePoller(QObject):
    """Signals: polled(dict of new requests, tickets, escalations) after a round that found
    something; failed(AppError) for a source that failed."""

    polled = Signal(object)
    failed = Signal(object)

    def __init__(self, context: SignedInContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)

    @staticmethod
    def wanted(context: SignedInContext) -> bool:
        """Only on a single workstation (a shared database has its server-side worker), and
        only for a role that receives requests (an auditor's session writes nothing)."""
        return context.database.dialect == "sqlite" and allows(
            context.identity.role, Permission.RECEIVE_REQUEST
        )

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(2000, self.poll)

    def poll(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.context.tasks.submit(
            "intake-poll",
            poll_all,
            owner=self,
            db=self.context.database,
            secrets=self.context.secrets,
            on_result=self._done,
            on_error=self._failed,
        )

    def _done(self, results: dict[str, object]) -> None:
        self.busy = False
        for result in results.values():
            if isinstance(result, AppError):
                self.failed.emit(result)
                break
        counts = news(results)
        if any(counts.values()):
            self.polled.emit(counts)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        log.warning("Portal poll failed: %r", exc)
        if isinstance(exc, AppError):
            self.failed.emit(exc)
