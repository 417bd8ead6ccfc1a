"""The portal feed polled inside the application, on a single workstation (SQLite).

A shared deployment (PostgreSQL) runs ``mebposta-admin intake run`` on a server instead; both
use the same poll (services.requests.feed.poll_once), so several pollers are safe anyway. Every
poll runs on the task runner; a portal that is down is reported in the status bar and tried
again at the next tick (the cursor stays where the last committed page left it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from mebposta_admin import adapters
from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError
from mebposta_admin.services import system_settings
from mebposta_admin.services.database import Database
from mebposta_admin.services.requests import feed
from mebposta_admin.services.secret_store import SecretStore

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000


def poll_portal(db: Database, secrets: SecretStore) -> feed.PollResult | None:
    """One poll of the portal the system settings name (None: no portal is set)."""
    if not system_settings.load(db).portal_base_url:
        return None
    client = adapters.portal_feed(db, secrets)
    try:
        return feed.poll_once(db, client)
    finally:
        client.close()


class IntakePoller(QObject):
    """Signals: polled(PollResult) after a poll that found something; failed(AppError)."""

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
            poll_portal,
            owner=self,
            db=self.context.database,
            secrets=self.context.secrets,
            on_result=self._done,
            on_error=self._failed,
        )

    def _done(self, result: feed.PollResult | None) -> None:
        self.busy = False
        if result is None:
            return
        if result.stored or result.rejected:
            self.polled.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        log.warning("Portal poll failed: %r", exc)
        if isinstance(exc, AppError):
            self.failed.emit(exc)
