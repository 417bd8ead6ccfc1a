"""Password reissue by SMS ("Yeni E-posta Şifresi Al", done for the caller by an administrator).

scope check → rate limits → (the UI confirms the address and the masked GSM) → generate → send
→ store the hash. The mailbox's hash changes **if and only if** the gateway accepted the SMS:
the SMS goes first, outside any transaction, and the hash is written only with its receipt.
When the gateway refuses, or the outcome is unknown (a timeout after the request left), the old
password stays valid. Every attempt is an audit event; the password is never stored, logged or
audited — it exists in memory between generation and hashing, and in the SMS.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import sms
from mebposta_admin.domain.mail_passwords import PasswordStyle, generate
from mebposta_admin.domain.roles import is_read_only
from mebposta_admin.errors import AppError, PermissionDenied
from mebposta_admin.models import AuditEvent, Mailbox, Person
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import audit
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.mail_backend import (
    DoveadmConfig,
    HashScheme,
    dovecot_hash,
    kick,
    set_password_hash,
)
from mebposta_admin.services.people import in_scope
from mebposta_admin.services.sms_gateway import SmsError, SmsGateway

log = logging.getLogger(__name__)

ACTION = "password.reissue"
UNKNOWN = "unknown"  # audit outcome: the gateway may or may not have sent it


@dataclass(frozen=True)
class ReissuePolicy:
    per_mailbox_per_day: int = 3
    per_admin_per_hour: int = 30
    style: PasswordStyle = PasswordStyle.EASY
    scheme: HashScheme = HashScheme.ARGON2ID


@dataclass(frozen=True)
class ReissuePreview:
    """What the confirmation names: the address and the masked GSM on file."""

    person_id: int
    mailbox_id: int
    address: str
    gsm_masked: str
    sms_segments: int


@dataclass(frozen=True)
class ReissueResult:
    address: str
    gsm_masked: str
    job_id: str
    gateway: str
    sms_segments: int
    sessions_ended: int | None


@dataclass(frozen=True)
class _Target:
    person_id: int
    mailbox_id: int
    address: str
    gsm: str
    province_code: str | None


def _target(
    db: Database, identity: AdminIdentity, person_id: int, policy: ReissuePolicy, now: datetime
) -> _Target:
    """All refusals, each audited with its reason."""
    reason: str | None = None
    error: AppError | None = None
    target: _Target | None = None
    with db.unit_of_work() as session:
        person = session.get(Person, person_id)
        box = (
            session.scalar(sa.select(Mailbox).where(Mailbox.person_id == person_id))
            if person
            else None
        )
        if person is None:
            raise AppError("person.not_found")
        province = person.province_code
        if is_read_only(identity.role):
            reason, error = "role", PermissionDenied("permission.role", role=identity.role.value)
        elif not in_scope(identity, person):
            reason, error = "scope", PermissionDenied("permission.scope")
        elif box is None:
            reason, error = "no_mailbox", AppError("reissue.no_mailbox")
        elif not box.active or not person.active:
            reason, error = "inactive", AppError("reissue.inactive", address=box.address)
        elif person.gsm is None or not gsm_rules.is_manual_format(person.gsm):
            reason, error = "no_gsm", AppError("reissue.no_gsm")
        else:
            day = _count(session, now - timedelta(days=1), target_id=str(box.id))
            hour = _count(session, now - timedelta(hours=1), admin_id=identity.id)
            if day >= policy.per_mailbox_per_day:
                reason, error = (
                    "mailbox_limit",
                    AppError("reissue.mailbox_limit", limit=policy.per_mailbox_per_day),
                )
            elif hour >= policy.per_admin_per_hour:
                reason, error = (
                    "admin_limit",
                    AppError("reissue.admin_limit", limit=policy.per_admin_per_hour),
                )
            else:
                target = _Target(person.id, box.id, box.address, person.gsm, province)
        if error is not None:
            audit.record(
                session,
                action=ACTION,
                outcome=audit.REFUSED,
                admin_id=identity.id,
                admin_username=identity.username,
                target_type="mailbox",
                target_id=str(box.id) if box else None,
                province_code=province,
                details={"reason": reason, "person_id": person_id},
            )
    if error is not None:
        raise error
    assert target is not None
    return target


def _count(
    session: sa.orm.Session,
    since: datetime,
    *,
    target_id: str | None = None,
    admin_id: int | None = None,
) -> int:
    """Attempts that reached the gateway (sent, failed or unknown) since ``since``."""
    query = (
        sa.select(sa.func.count())
        .select_from(AuditEvent)
        .where(
            AuditEvent.action == ACTION,
            AuditEvent.outcome.in_([audit.SUCCESS, audit.FAILURE, UNKNOWN]),
            AuditEvent.occurred_at >= since,
        )
    )
    if target_id is not None:
        query = query.where(AuditEvent.target_type == "mailbox", AuditEvent.target_id == target_id)
    if admin_id is not None:
        query = query.where(AuditEvent.admin_id == admin_id)
    return int(session.scalar(query) or 0)


def preview(
    db: Database, identity: AdminIdentity, person_id: int, policy: ReissuePolicy | None = None
) -> ReissuePreview:
    """Checks everything a reissue would check, for the confirmation dialog."""
    policy = policy or ReissuePolicy()
    target = _target(db, identity, person_id, policy, utcnow())
    sample = sms.password_text(target.address, generate(policy.style))
    return ReissuePreview(
        person_id=target.person_id,
        mailbox_id=target.mailbox_id,
        address=target.address,
        gsm_masked=gsm_rules.mask(target.gsm),
        sms_segments=sms.size(sample).segments,
    )


def reissue(
    db: Database,
    identity: AdminIdentity,
    person_id: int,
    gateway: SmsGateway,
    policy: ReissuePolicy | None = None,
    *,
    end_sessions: DoveadmConfig | None = None,
    now: datetime | None = None,
) -> ReissueResult:
    policy = policy or ReissuePolicy()
    now = now or utcnow()
    target = _target(db, identity, person_id, policy, now)
    password = generate(policy.style)
    text = sms.password_text(target.address, password)
    size = sms.size(text)
    masked = gsm_rules.mask(target.gsm)
    base = {"gsm": masked, "segments": size.segments, "gateway": gateway.name}

    def record(outcome: str, **details: object) -> None:
        with db.unit_of_work() as session:
            audit.record(
                session,
                action=ACTION,
                outcome=outcome,
                admin_id=identity.id,
                admin_username=identity.username,
                target_type="mailbox",
                target_id=str(target.mailbox_id),
                province_code=target.province_code,
                details={**base, **details},
            )

    try:
        receipt = gateway.send(target.gsm, text)
    except SmsError as exc:
        record(
            UNKNOWN if exc.outcome_unknown else audit.FAILURE, error=exc.code, **_safe(exc.params)
        )
        raise
    finally:
        del text
    try:
        new_hash = dovecot_hash(password, policy.scheme)
        del password
        with db.unit_of_work() as session:
            set_password_hash(session, target.mailbox_id, new_hash, now)
            audit.record(
                session,
                action=ACTION,
                outcome=audit.SUCCESS,
                admin_id=identity.id,
                admin_username=identity.username,
                target_type="mailbox",
                target_id=str(target.mailbox_id),
                province_code=target.province_code,
                details={**base, "job_id": receipt.job_id, "scheme": policy.scheme.value},
            )
    except Exception as exc:
        log.error("SMS %s sent but the new hash was not stored: %r", receipt.job_id, exc)
        record(audit.FAILURE, error="reissue.not_stored", job_id=receipt.job_id)
        raise AppError("reissue.not_stored", address=target.address) from exc
    ended = None
    if end_sessions is not None:
        try:
            ended = kick(target.address, end_sessions)
        except AppError as exc:
            log.warning("Password changed, but open sessions were not ended: %s", exc)
            ended = -1
    return ReissueResult(
        address=target.address,
        gsm_masked=masked,
        job_id=receipt.job_id,
        gateway=receipt.gateway,
        sms_segments=size.segments,
        sessions_ended=ended,
    )


def _safe(params: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in params.items() if k in ("gateway_code", "status", "reason")}


@dataclass(frozen=True)
class ReissueEvent:
    occurred_at: datetime
    admin_username: str
    outcome: str
    error: str | None


def recent_reissues(db: Database, mailbox_id: int, limit: int = 10) -> list[ReissueEvent]:
    import json

    with db.unit_of_work() as session:
        rows = session.execute(
            sa.select(
                AuditEvent.occurred_at,
                AuditEvent.admin_username,
                AuditEvent.outcome,
                AuditEvent.details,
            )
            .where(
                AuditEvent.action == ACTION,
                AuditEvent.target_type == "mailbox",
                AuditEvent.target_id == str(mailbox_id),
            )
            .order_by(AuditEvent.id.desc())
            .limit(limit)
        ).all()
    return [ReissueEvent(r[0], r[1], r[2], json.loads(r[3] or "{}").get("error")) for r in rows]
