"""The server-side SMS worker (issue 15): in the shared deployment a workstation only records a
reissue (an outbox row: a ``queued`` attempt, checked by the guard and by row-level security),
and ``mebposta-admin worker`` — the only holder of the gateway's credentials and of the right
to write password hashes — sends it, stores the hash on the gateway's receipt, and the
workstation sees the result within a second.

The attempt row *is* the outbox, so the reissue's invariant holds unchanged:

    queued ──claim──▶ pending ──gateway accepted──▶ sent ──hash stored──▶ stored
                        │                            └──(not stored)──▶ failed
                        ├──gateway refused──▶ failed
                        └──no answer──▶ unknown

* A claim is one transaction: ``SELECT … FOR UPDATE SKIP LOCKED`` takes the oldest queued
  row nobody holds and moves it to ``pending`` before anything is sent. Several workers share
  the queue and no row is taken twice; a worker killed after its claim leaves ``pending`` —
  shown as "outcome unknown", counted by the limits, never sent again by anybody.
* The hash changes iff the gateway accepted the SMS (services.reissue's steps, reused).
* A queued request older than ``EXPIRY`` (the worker was down) is not sent: the caller has
  gone; it fails with its reason and the desk sends again.
* On one workstation (SQLite) there is no queue: the same steps run inside the application.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import sms
from mebposta_admin.domain.mail_passwords import generate
from mebposta_admin.errors import AppError
from mebposta_admin.models import Mailbox, Person, ReissueAttempt, UnitCustodian
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import audit, outbox, reissue
from mebposta_admin.services import reissue_steps as steps
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.mail_backend import DoveadmConfig
from mebposta_admin.services.sms_gateway import SmsError, SmsGateway

log = logging.getLogger(__name__)

EXPIRY = timedelta(minutes=10)
WAIT_SECONDS = 30.0
POLL_SECONDS = outbox.POLL_SECONDS
POLL_MAX_SECONDS = outbox.POLL_MAX_SECONDS
CHANNEL = outbox.CHANNEL


@dataclass(frozen=True)
class Requester:
    id: int
    username: str


@dataclass(frozen=True)
class Claimed:
    attempt_id: int
    target: reissue.Recipient
    requester: Requester


def request(
    db: Database,
    identity: AdminIdentity,
    person_id: int | None = None,
    *,
    mailbox_id: int | None = None,
    now: datetime | None = None,
) -> tuple[int, reissue.Recipient]:
    """Record a reissue for the worker (every check of a reissue, the limits included)."""
    policy = reissue._policy(db, None)
    now = now or utcnow()

    def begin(session: sa.orm.Session, target: reissue.Recipient) -> int:
        attempt = ReissueAttempt(
            mailbox_id=target.mailbox_id,
            admin_id=identity.id,
            admin_username=identity.username,
            started_at=now,
            state=reissue.STATE_QUEUED,
        )
        session.add(attempt)
        session.flush()
        details = {
            "gsm": gsm_rules.mask(target.gsm),
            "gateway": "worker",
            "attempt": attempt.id,
            **steps.recipient_details(target),
        }
        steps.record_event(session, identity, target, reissue.PENDING, details)
        if db.dialect == "postgresql":
            session.execute(sa.text(f"NOTIFY {CHANNEL}"))  # delivered at commit
        return attempt.id

    target, attempt_id = reissue._checked(db, identity, person_id, policy, now, begin, mailbox_id)
    assert attempt_id is not None
    return attempt_id, target


def wait(
    db: Database,
    attempt_id: int,
    target: reissue.Recipient,
    *,
    timeout: float = WAIT_SECONDS,
    poll: float = POLL_SECONDS,
) -> reissue.ReissueResult:
    """The attempt's outcome as the direct reissue would report it (raises its error)."""
    deadline = time.monotonic() + timeout
    while True:
        with db.reading() as conn:
            state, job, error = conn.execute(
                sa.select(ReissueAttempt.state, ReissueAttempt.job_id, ReissueAttempt.error).where(
                    ReissueAttempt.id == attempt_id
                )
            ).one()
        if state in (reissue.STATE_STORED, reissue.STATE_MAIL_STORED):
            segments = sms.size(sms.password_text(target.address, generate())).segments
            return steps.result_of(
                target,
                job or "",
                "worker",
                segments,
                None,
                state == reissue.STATE_MAIL_STORED,
            )
        if state == reissue.STATE_FAILED:
            if error and error.startswith("sms."):
                raise SmsError(error)
            raise AppError(error or "reissue.not_stored", address=target.address)
        if state == reissue.STATE_UNKNOWN:
            raise SmsError(error or "sms.timeout_unknown", outcome_unknown=True)
        if time.monotonic() >= deadline:
            raise AppError(
                "reissue.worker_waiting"
                if state == reissue.STATE_QUEUED
                else "reissue.worker_busy",
                address=target.address,
            )
        time.sleep(poll)
        # Backing off: hundreds of desks looking ten times a second slowed the very worker
        # they waited for (benchmarks/load.py); a sent SMS is still seen within half a second.
        poll = min(POLL_MAX_SECONDS, poll * 1.5)


def request_and_wait(
    db: Database,
    identity: AdminIdentity,
    person_id: int | None = None,
    *,
    mailbox_id: int | None = None,
    timeout: float = WAIT_SECONDS,
) -> reissue.ReissueResult:
    attempt_id, target = request(db, identity, person_id, mailbox_id=mailbox_id)
    return wait(db, attempt_id, target, timeout=timeout)


def _target_of(session: sa.orm.Session, attempt: ReissueAttempt) -> reissue.Recipient | None:
    """Who receives the SMS now: the person's GSM on file, or the unit's primary custodian."""
    box = session.get(Mailbox, attempt.mailbox_id)
    if box is None:
        return None
    if box.person_id is not None:
        person = session.get(Person, box.person_id)
    else:
        person = session.scalar(
            sa.select(Person)
            .join(UnitCustodian, UnitCustodian.person_id == Person.id)
            .where(
                UnitCustodian.mailbox_id == box.id,
                UnitCustodian.role == reissue.CUSTODIAN_PRIMARY,
                UnitCustodian.ended_at.is_(None),
            )
        )
    if person is None or not person.gsm or not box.active or not person.active:
        return None
    return reissue.Recipient(
        person.id,
        box.id,
        box.address,
        person.gsm,
        box.province_code if box.person_id is None else person.province_code,
        f"{person.first_name} {person.last_name}",
        unit=box.person_id is None,
    )


def claim(db: Database, *, now: datetime | None = None) -> Claimed | None:
    """Take the oldest queued request nobody else holds; None when the queue is empty.
    Expired or no longer sendable requests are failed on the way (with their reason)."""
    now = now or utcnow()
    while True:
        with db.unit_of_work() as session:
            attempt = outbox.oldest_waiting(
                session, ReissueAttempt, ReissueAttempt.state, reissue.STATE_QUEUED
            )
            if attempt is None:
                return None
            requester = Requester(attempt.admin_id, attempt.admin_username)
            target = _target_of(session, attempt)
            reason = None
            if attempt.started_at < now - EXPIRY:
                reason = "reissue.expired"
            elif target is None:
                reason = "reissue.not_sendable"
            if reason is None:
                assert target is not None
                attempt.state = reissue.STATE_PENDING  # claimed: from here, unknown if lost
                return Claimed(attempt.id, target, requester)
            attempt.state = reissue.STATE_FAILED
            attempt.error = reason
            attempt.finished_at = now
            audit.record(
                session,
                action=reissue.ACTION,
                outcome=audit.FAILURE,
                admin_id=requester.id,
                admin_username=requester.username,
                target_type="mailbox",
                target_id=str(attempt.mailbox_id),
                province_code=target.province_code if target else None,
                details={"attempt": attempt.id, "error": reason, "gateway": "worker"},
            )


def run_once(
    db: Database,
    gateway: SmsGateway,
    *,
    mail_db: Database | None = None,
    end_sessions: DoveadmConfig | None = None,
    checkpoint: Callable[[str], None] = reissue.no_checkpoint,
) -> int:
    """Send one queued request, if any (1 = one was taken, whatever became of it)."""
    claimed = claim(db)
    if claimed is None:
        return 0
    checkpoint("claimed")
    policy = reissue._policy(db, None)
    try:
        reissue.deliver(
            db,
            claimed.requester,
            claimed.target,
            claimed.attempt_id,
            gateway,
            policy,
            end_sessions=end_sessions,
            mail_db=mail_db,
            checkpoint=checkpoint,
        )
    except AppError as exc:  # recorded on the attempt and in the audit trail already
        log.info("Attempt %s: %s", claimed.attempt_id, exc.code)
    return 1


def backlog(db: Database) -> int:
    with db.reading() as conn:
        return int(
            conn.execute(
                sa.select(sa.func.count())
                .select_from(ReissueAttempt)
                .where(ReissueAttempt.state == reissue.STATE_QUEUED)
            ).scalar()
            or 0
        )
