"""Answers by e-mail in the shared deployment (issue 15): the workstation composes the answer
(every check of a reply: the guard, the password rule, the ticket's scope — and row-level
security on the outbox row) and records it as ``queued``; the server's worker, the only holder
of the SMTP credentials, sends it and records the answer on the ticket for the administrator
who wrote it, who sees the result within a second.

    queued ──claim──▶ sending ──server accepted──▶ sent (the article on the ticket)
                        ├──server refused──▶ failed (the ticket as it was)
                        └──worker lost──▶ stays ``sending``: "outcome unknown", never resent

A claim is one transaction (``FOR UPDATE SKIP LOCKED``): several workers share the queue and
none takes a row twice. An answer nobody took within ``EXPIRY`` is not sent (the desk is told
and may send it again).
"""

from __future__ import annotations

import email
import email.policy
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

import sqlalchemy as sa

from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.errors import AppError
from mebposta_admin.models import MailOutbox
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import auth, guard, outbox
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.tickets import replies
from mebposta_admin.services.tickets.mailer import Mailer, MailError

log = logging.getLogger(__name__)

EXPIRY = timedelta(minutes=10)
WAIT_SECONDS = 30.0

QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"


@dataclass(frozen=True)
class Claimed:
    outbox_id: int
    admin_id: int
    prepared: replies.Prepared


def request(db: Database, identity: AdminIdentity, prepared: replies.Prepared) -> int:
    """Record the composed answer for the worker; returns the outbox row's id."""
    with db.unit_of_work() as session:
        row = MailOutbox(
            ticket_id=prepared.ticket_id,
            admin_id=identity.id,
            admin_username=identity.username,
            created_at=utcnow(),
            state=QUEUED,
            message=prepared.message.as_string(),
            body=prepared.body,
            status_after=prepared.status_after,
        )
        session.add(row)
        session.flush()
        if db.dialect == "postgresql":
            session.execute(sa.text(f"NOTIFY {outbox.CHANNEL}"))  # delivered at commit
        return row.id


def wait(db: Database, outbox_id: int, *, timeout: float = WAIT_SECONDS) -> replies.ReplyResult:
    """The answer's outcome as the direct reply would report it (raises its error)."""
    from mebposta_admin.models import Ticket, TicketArticle

    def read() -> tuple[str, str | None, replies.ReplyResult | None]:
        with db.reading() as conn:
            state, error, article_id = conn.execute(
                sa.select(MailOutbox.state, MailOutbox.error, MailOutbox.article_id).where(
                    MailOutbox.id == outbox_id
                )
            ).one()
            if state != SENT or article_id is None:
                return state, error, None
            message_id, status = conn.execute(
                sa.select(TicketArticle.message_id, Ticket.status)
                .join(Ticket, Ticket.id == TicketArticle.ticket_id)
                .where(TicketArticle.id == article_id)
            ).one()
            return state, error, replies.ReplyResult(int(article_id), message_id or "", status)

    state, error, result = outbox.poll(read, lambda v: v[0] in (SENT, FAILED), timeout)
    if result is not None:
        return result
    if state == FAILED:
        if error and error.startswith("ticket.smtp"):
            raise MailError(error)
        raise AppError(error or "ticket.reply_not_sent")
    raise AppError("ticket.worker_waiting" if state == QUEUED else "ticket.worker_busy")


def request_and_wait(
    db: Database,
    identity: AdminIdentity,
    prepared: replies.Prepared,
    *,
    timeout: float = WAIT_SECONDS,
) -> replies.ReplyResult:
    return wait(db, request(db, identity, prepared), timeout=timeout)


def claim(db: Database, *, now: datetime | None = None) -> Claimed | None:
    """Take the oldest queued answer nobody else holds (``sending`` from now: if this worker
    is lost, the answer's outcome is unknown and nobody sends it again)."""
    now = now or utcnow()
    while True:
        with db.unit_of_work() as session:
            row = outbox.oldest_waiting(session, MailOutbox, MailOutbox.state, QUEUED)
            if row is None:
                return None
            if row.created_at < now - EXPIRY:
                row.state, row.error, row.finished_at = FAILED, "ticket.reply_expired", now
                continue
            row.state = SENDING
            message = email.message_from_string(row.message, policy=email.policy.default)
            assert isinstance(message, EmailMessage)
            prepared = replies.Prepared(row.ticket_id, message, row.body, row.status_after)
            return Claimed(row.id, row.admin_id, prepared)


def _finish(db: Database, outbox_id: int, state: str, **values: object) -> None:
    with db.unit_of_work() as session:
        session.execute(
            sa.update(MailOutbox)
            .where(MailOutbox.id == outbox_id)
            .values(state=state, finished_at=utcnow(), **values)
        )


def run_once(db: Database, mailer: Mailer) -> int:
    """Send one queued answer, if any (1 = one was taken, whatever became of it)."""
    claimed = claim(db)
    if claimed is None:
        return 0
    identity = auth.identity_of(db, claimed.admin_id)
    try:
        mailer.send(claimed.prepared.message)
    except MailError as exc:
        guard.refuse(
            db,
            identity,
            AuditAction.TICKET_REPLY,
            guard.Target("ticket", str(claimed.prepared.ticket_id)),
            "mail_refused",
            {"error": exc.code, "sent_by": "worker"},
        )
        _finish(db, claimed.outbox_id, FAILED, error=exc.code)
        return 1
    try:
        result = replies.record(db, identity, claimed.prepared)
    except AppError as exc:  # sent, but not recorded: said on the row, never resent
        log.error("Answer %s sent but not recorded: %s", claimed.outbox_id, exc.code)
        _finish(db, claimed.outbox_id, FAILED, error="ticket.reply_sent_unrecorded")
        return 1
    _finish(db, claimed.outbox_id, SENT, article_id=result.article_id)
    return 1


def backlog(db: Database) -> int:
    with db.reading() as conn:
        return int(
            conn.execute(
                sa.select(sa.func.count()).select_from(MailOutbox).where(MailOutbox.state == QUEUED)
            ).scalar()
            or 0
        )
