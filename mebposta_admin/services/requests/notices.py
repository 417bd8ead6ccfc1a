"""The notice to the *old* GSM after an approved number change: sent after the approval's
commit through the SMS gateway adapter, recorded (request history and audit) whatever became of
it; a refused or unanswered notice stays visible and is sent again on request — never dropped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import sqlalchemy as sa

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import sms
from mebposta_admin.domain.audit_actions import AuditAction, Outcome
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError, PermissionDenied
from mebposta_admin.models import InfoUpdateRequest, NoticeSms
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import guard, outbox
from mebposta_admin.services import requests as r
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Target
from mebposta_admin.services.requests.intake import event
from mebposta_admin.services.requests.review import (
    request_target,
)
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.sms_gateway import SmsError, SmsGateway

# Notice states.
NOTICE_PENDING = "pending"
NOTICE_SENT = "sent"
NOTICE_FAILED = "failed"
NOTICE_UNKNOWN = "unknown"
NOTICE_QUEUED = "queued"  # the shared deployment: for the server's worker
NOTICE_SENDING = "sending"  # claimed by a worker: unknown if it is lost
EXPIRY = timedelta(minutes=10)
WAIT_SECONDS = 30.0


@dataclass(frozen=True)
class NoticeResult:
    id: int
    state: str
    gsm_masked: str
    error: str | None = None
    job_id: str | None = None


def notice_of(db: Database, notice_id: int) -> NoticeResult:
    with db.unit_of_work() as session:
        n = session.get(NoticeSms, notice_id)
        if n is None:
            raise AppError("request.notice_not_found")
        return NoticeResult(n.id, n.state, gsm_rules.mask(n.gsm), n.error, n.job_id)


def send_notice(
    db: Database, identity: AdminIdentity, notice_id: int, gateway: SmsGateway
) -> NoticeResult:
    """Send (or send again) the notice to the old GSM and record what became of it. A notice
    already sent is not sent twice; one whose outcome is unknown is sent again only when asked
    (:func:`retry_notice`), since the person may already have it. In the shared deployment
    the server's worker sends it (:func:`run_worker_once`): the notice is queued here and its
    outcome awaited for up to half a minute."""
    from mebposta_admin.services.reissue import _server_delivers

    by_worker = _server_delivers(db)
    with db.unit_of_work() as session:
        n = session.get(NoticeSms, notice_id)
        if n is None:
            raise AppError("request.notice_not_found")
        if n.state == NOTICE_SENT:
            return NoticeResult(n.id, n.state, gsm_rules.mask(n.gsm), None, n.job_id)
        q = session.get(InfoUpdateRequest, n.request_id)
        assert q is not None
        if not Scope.of(identity).contains(*_area(q)):
            raise PermissionDenied("permission.scope")
        n.attempts += 1
        if by_worker:
            n.state, n.error = NOTICE_QUEUED, None
            n.requested_by, n.requested_at = identity.id, utcnow()
            session.execute(sa.text(f"NOTIFY {outbox.CHANNEL}"))  # delivered at commit
    if by_worker:
        return wait_notice(db, notice_id)
    return _deliver(db, identity, notice_id, gateway)


def _area(q: InfoUpdateRequest) -> tuple[str | None, int | None]:
    target = request_target(q)
    return target.province_code, target.district_id


def _deliver(
    db: Database, identity: AdminIdentity, notice_id: int, gateway: SmsGateway
) -> NoticeResult:
    """The gateway, then the outcome recorded (request history and audit) whatever it was."""
    with db.unit_of_work() as session:
        n = session.get(NoticeSms, notice_id)
        assert n is not None
        q = session.get(InfoUpdateRequest, n.request_id)
        assert q is not None
        target = request_target(q)
        gsm, address, request_id = n.gsm, n.address, n.request_id
    masked = gsm_rules.mask(gsm)
    text = sms.gsm_change_notice(address or "-")
    try:
        receipt = gateway.send(gsm, text)
    except SmsError as exc:
        state = NOTICE_UNKNOWN if exc.outcome_unknown else NOTICE_FAILED
        _resolve(db, identity, notice_id, request_id, target, state, error=exc.code)
        return NoticeResult(notice_id, state, masked, exc.code)
    _resolve(db, identity, notice_id, request_id, target, NOTICE_SENT, job=receipt.job_id)
    return NoticeResult(notice_id, NOTICE_SENT, masked, None, receipt.job_id)


def wait_notice(db: Database, notice_id: int, *, timeout: float | None = None) -> NoticeResult:
    """The notice as the worker left it; still ``queued``/``sending`` after ``timeout`` (the
    review says so, and the notice stays among the undelivered until it is sent)."""
    return outbox.poll(
        lambda: notice_of(db, notice_id),
        lambda n: n.state not in (NOTICE_QUEUED, NOTICE_SENDING),
        WAIT_SECONDS if timeout is None else timeout,
    )


def run_worker_once(db: Database, gateway: SmsGateway) -> int:
    """The server's worker: send the oldest queued notice nobody else holds (``sending`` from
    the claim: a worker lost mid-send leaves it so — unknown, sent again only when asked).
    A notice queued longer than ``EXPIRY`` is not sent. Returns 1 if one was taken."""
    from mebposta_admin.services import auth

    now = utcnow()
    with db.unit_of_work() as session:
        n = outbox.oldest_waiting(session, NoticeSms, NoticeSms.state, NOTICE_QUEUED)
        if n is None:
            return 0
        notice_id, requester = n.id, n.requested_by
        expired = n.requested_at is not None and n.requested_at < now - EXPIRY
        n.state = NOTICE_SENDING
    assert requester is not None
    identity = auth.identity_of(db, requester)
    if expired:
        with db.unit_of_work() as session:
            n = session.get(NoticeSms, notice_id)
            assert n is not None
            q = session.get(InfoUpdateRequest, n.request_id)
            assert q is not None
            target, request_id = request_target(q), n.request_id
        _resolve(
            db,
            identity,
            notice_id,
            request_id,
            target,
            NOTICE_FAILED,
            error="request.notice_expired",
        )
        return 1
    _deliver(db, identity, notice_id, gateway)
    return 1


def _resolve(
    db: Database,
    identity: AdminIdentity,
    notice_id: int,
    request_id: int,
    target: Target,
    state: str,
    *,
    error: str | None = None,
    job: str | None = None,
) -> None:
    with db.unit_of_work() as session:
        n = session.get(NoticeSms, notice_id)
        assert n is not None
        n.state, n.error, n.job_id = state, error, job
        if state == NOTICE_SENT:
            n.sent_at = utcnow()
        kind = {NOTICE_SENT: r.NOTICE_SENT, NOTICE_FAILED: r.NOTICE_FAILED}.get(
            state, r.NOTICE_UNKNOWN
        )
        masked = gsm_rules.mask(n.gsm)
        event(session, request_id, kind, identity.username, {"gsm": masked, "error": error})
        outcome = {NOTICE_SENT: Outcome.SUCCESS, NOTICE_FAILED: Outcome.FAILURE}.get(
            state, Outcome.UNKNOWN
        )
        details: dict[str, Any] = {"request": request_id, "notice": notice_id, "gsm": masked}
        if error:
            details["error"] = error
        if job:
            details["job_id"] = job
        guard.record(session, identity, AuditAction.REQUEST_NOTICE, outcome, target, details)


def retry_notice(
    db: Database, identity: AdminIdentity, request_id: int, gateway: SmsGateway
) -> NoticeResult:
    """Send the request's undelivered notice again (the review's "send again" button)."""
    if not guard.check(identity, Permission.DECIDE_REQUEST):
        raise PermissionDenied("permission.role", role=identity.role.value)
    with db.unit_of_work() as session:
        notice_id = session.scalar(
            sa.select(NoticeSms.id)
            .where(NoticeSms.request_id == request_id, NoticeSms.state != NOTICE_SENT)
            .order_by(NoticeSms.id.desc())
        )
    if notice_id is None:
        raise AppError("request.no_notice_to_send")
    return send_notice(db, identity, notice_id, gateway)


def undelivered(db: Database, identity: AdminIdentity) -> int:
    """Notices not (surely) delivered in the administrator's scope."""
    scope = Scope.of(identity).where(InfoUpdateRequest.province_code, InfoUpdateRequest.district_id)
    with db.reading(statement_snapshots=True) as conn:
        return int(
            conn.execute(
                sa.select(sa.func.count())
                .select_from(NoticeSms)
                .join(InfoUpdateRequest, InfoUpdateRequest.id == NoticeSms.request_id)
                .where(NoticeSms.state != NOTICE_SENT, *scope)
            ).scalar_one()
        )


def notice_for(db: Database, request_id: int) -> NoticeResult | None:
    with db.unit_of_work() as session:
        n = session.scalar(
            sa.select(NoticeSms)
            .where(NoticeSms.request_id == request_id)
            .order_by(NoticeSms.id.desc())
        )
        return NoticeResult(n.id, n.state, gsm_rules.mask(n.gsm), n.error, n.job_id) if n else None
