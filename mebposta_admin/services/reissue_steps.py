"""The reissue's records and its sending steps, shared by the desk's direct reissue
(services.reissue, one workstation) and the server's worker (services.sms_worker): the states
of an attempt, the policy, and :func:`deliver` — generate, send, store the hash on the
gateway's receipt, resolve the attempt. The password exists in memory between generation and
hashing, and in the SMS; never in a record, a log line or an audit event."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import sqlalchemy as sa

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import sms
from mebposta_admin.domain.audit_actions import AuditAction, Outcome
from mebposta_admin.domain.mail_passwords import PasswordStyle, generate
from mebposta_admin.errors import AppError
from mebposta_admin.models import ReissueAttempt
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import audit, system_settings
from mebposta_admin.services.database import Database
from mebposta_admin.services.mail_backend import (
    DoveadmConfig,
    HashScheme,
    dovecot_hash,
    kick,
    set_password_hash,
    set_password_hash_by_address,
)
from mebposta_admin.services.sms_gateway import SmsError, SmsGateway

log = logging.getLogger(__name__)

ACTION = AuditAction.PASSWORD_REISSUE
UNKNOWN = Outcome.UNKNOWN  # the gateway may or may not have sent it
PENDING = Outcome.PENDING  # recorded before the SMS leaves; resolved by a later event

# Attempt states. Every attempt counts toward the limits, whatever became of it: a gateway
# that keeps timing out must not let the desk send again and again.
STATE_QUEUED = "queued"  # shared deployment: recorded, waiting for the server's worker
STATE_PENDING = "pending"  # recorded; the SMS may or may not have left (crash: unknown)
STATE_SENT = "sent"  # the gateway accepted; the hash not yet stored (crash: SMS password dead)
STATE_STORED = "stored"  # done: the SMS password works
STATE_MAIL_STORED = "mail_stored"  # works on the mail servers; this database lags behind
STATE_FAILED = "failed"  # the gateway refused, or the hash could not be stored
STATE_UNKNOWN = "unknown"  # the gateway did not answer in time
STEPS = ("recorded", "sent", "marked_sent", "mail_stored", "stored")
CUSTODIAN_PRIMARY = "primary"
CUSTODIAN_DEPUTY = "deputy"


def policy_of(settings: system_settings.SystemSettings) -> ReissuePolicy:
    return ReissuePolicy(
        per_mailbox_per_day=settings.reissue_per_mailbox_per_day,
        per_admin_per_hour=settings.reissue_per_admin_per_hour,
        style=settings.password_style,
    )


@dataclass(frozen=True)
class ReissuePolicy:
    per_mailbox_per_day: int = 3
    per_admin_per_hour: int = 30
    style: PasswordStyle = PasswordStyle.EASY
    scheme: HashScheme = HashScheme.ARGON2ID


@dataclass(frozen=True)
class ReissueResult:
    address: str
    gsm_masked: str
    job_id: str
    gateway: str
    sms_segments: int
    sessions_ended: int | None
    # The password works on the mail servers, but this database could not record it (a
    # separate mail servers' database was written, then this one failed).
    record_incomplete: bool = False


@dataclass(frozen=True)
class Recipient:
    person_id: int
    mailbox_id: int
    address: str
    gsm: str
    province_code: str | None
    name: str = ""
    unit: bool = False  # the SMS goes to the unit account's primary custodian


def no_checkpoint(_step: str) -> None:
    pass


class Requester(Protocol):
    """Who asked for the SMS (the audit events name them): the signed-in administrator on
    one workstation, the attempt's recorded administrator in the server's worker."""

    @property
    def id(self) -> int: ...

    @property
    def username(self) -> str: ...


def deliver(
    db: Database,
    identity: Requester,
    target: Recipient,
    attempt_id: int,
    gateway: SmsGateway,
    policy: ReissuePolicy,
    *,
    end_sessions: DoveadmConfig | None = None,
    mail_db: Database | None = None,
    now: datetime | None = None,
    checkpoint: Callable[[str], None] = no_checkpoint,
) -> ReissueResult:
    """Generate, send, store: the steps after the attempt was recorded (and committed)."""
    now = now or utcnow()
    password = generate(policy.style)
    text = sms.password_text(target.address, password)
    size = sms.size(text)
    masked = gsm_rules.mask(target.gsm)
    base = {
        **recipient_details(target),
        "gsm": masked,
        "segments": size.segments,
        "gateway": gateway.name,
        "attempt": attempt_id,
    }

    def resolve(state: str, outcome: str, **details: object) -> None:
        with db.unit_of_work() as session:
            set_state(session, attempt_id, state, details)
            record_event(session, identity, target, outcome, {**base, **details})

    try:
        receipt = gateway.send(target.gsm, text)
    except SmsError as exc:
        unknown = exc.outcome_unknown
        resolve(
            STATE_UNKNOWN if unknown else STATE_FAILED,
            UNKNOWN if unknown else audit.FAILURE,
            error=exc.code,
            **_safe(exc.params),
        )
        raise
    finally:
        del text
    checkpoint("sent")
    new_hash = dovecot_hash(password, policy.scheme)
    del password
    try:
        with db.unit_of_work() as session:
            set_state(session, attempt_id, STATE_SENT, {"job_id": receipt.job_id})
    except AppError:
        log.warning("SMS %s sent; its receipt could not be recorded yet", receipt.job_id)
    checkpoint("marked_sent")
    mail_stored = False
    try:
        if mail_db is not None:
            with mail_db.unit_of_work() as mail_session:
                set_password_hash_by_address(mail_session, target.address, new_hash, now)
            mail_stored = True
            checkpoint("mail_stored")
        with db.unit_of_work() as session:
            set_password_hash(session, target.mailbox_id, new_hash, now)
            set_state(session, attempt_id, STATE_STORED, {"job_id": receipt.job_id})
            record_event(
                session,
                identity,
                target,
                audit.SUCCESS,
                {**base, "job_id": receipt.job_id, "scheme": policy.scheme.value},
            )
        checkpoint("stored")
    except Exception as exc:
        code = exc.code if isinstance(exc, AppError) else "reissue.not_stored"
        if mail_stored:
            # The mail servers have the new hash: the SMS password works. Only this
            # database's record lags; say so, and never "not stored".
            log.error(
                "SMS %s: hash on the mail servers, not recorded here: %r", receipt.job_id, exc
            )
            try:
                resolve(STATE_MAIL_STORED, audit.SUCCESS, job_id=receipt.job_id, warning=code)
            except AppError:
                log.error(
                    "Attempt %s could not be resolved: the database is unreachable", attempt_id
                )
            return result_of(target, receipt.job_id, receipt.gateway, size.segments, None, True)
        log.error("SMS %s sent but the new hash was not stored: %r", receipt.job_id, exc)
        try:
            resolve(STATE_FAILED, audit.FAILURE, error=code, job_id=receipt.job_id)
        except AppError:
            log.error("Attempt %s could not be resolved: the database is unreachable", attempt_id)
        if isinstance(exc, AppError) and exc.code == "mailbox.not_in_mail_db":
            raise
        raise AppError("reissue.not_stored", address=target.address) from exc
    ended = None
    if end_sessions is not None:
        try:
            ended = kick(target.address, end_sessions)
        except AppError as exc:
            log.warning("Password changed, but open sessions were not ended: %s", exc)
            ended = -1
    return result_of(target, receipt.job_id, receipt.gateway, size.segments, ended, False)


def result_of(
    target: Recipient, job: str, gateway: str, segments: int, ended: int | None, incomplete: bool
) -> ReissueResult:
    return ReissueResult(
        address=target.address,
        gsm_masked=gsm_rules.mask(target.gsm),
        job_id=job,
        gateway=gateway,
        sms_segments=segments,
        sessions_ended=ended,
        record_incomplete=incomplete,
    )


def recipient_details(target: Recipient) -> dict[str, object]:
    """A unit account's SMS goes to its primary custodian: the event names them (by id)."""
    return {"custodian_id": target.person_id} if target.unit else {}


def record_event(
    session: sa.orm.Session,
    identity: Requester,
    target: Recipient,
    outcome: str,
    details: dict[str, object],
) -> None:
    audit.record(
        session,
        action=ACTION,
        outcome=outcome,
        admin_id=identity.id,
        admin_username=identity.username,
        target_type="mailbox",
        target_id=str(target.mailbox_id),
        province_code=target.province_code,
        details=details,
    )


def set_state(
    session: sa.orm.Session, attempt_id: int, state: str, details: dict[str, object]
) -> None:
    attempt = session.get(ReissueAttempt, attempt_id)
    if attempt is None:  # pragma: no cover - attempts are never deleted
        return
    attempt.state = state
    job = details.get("job_id")
    if isinstance(job, str):
        attempt.job_id = job[:64]
    error = details.get("error") or details.get("warning")
    if isinstance(error, str):
        attempt.error = error[:64]
    if state != STATE_SENT:
        attempt.finished_at = utcnow()


def _safe(params: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in params.items() if k in ("gateway_code", "status", "reason")}
