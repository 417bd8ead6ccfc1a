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
import os
from collections.abc import Callable
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
from mebposta_admin.services.connect import connect
from mebposta_admin.services.database import Database
from mebposta_admin.services.mail_backend import (
    DoveadmConfig,
    HashScheme,
    dovecot_hash,
    kick,
    set_password_hash,
    set_password_hash_by_address,
)
from mebposta_admin.services.people import in_scope
from mebposta_admin.services.secret_store import SecretStore
from mebposta_admin.services.sms_gateway import SECRET_KEY as SMS_SECRET_KEY
from mebposta_admin.services.sms_gateway import (
    LocalGateway,
    SmsError,
    SmsGateway,
    netgsm_from,
)

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
    mail_db: Database | None = None,
    now: datetime | None = None,
) -> ReissueResult:
    """``mail_db``: the separate database the mail servers read (production), when it is not
    the application's own; the hash is written there first, then here."""
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
        if mail_db is not None:
            with mail_db.unit_of_work() as mail_session:
                set_password_hash_by_address(mail_session, target.address, new_hash, now)
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
        code = exc.code if isinstance(exc, AppError) else "reissue.not_stored"
        record(audit.FAILURE, error=code, job_id=receipt.job_id)
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


MAIL_DB_SECRET_KEY = "mail-db:password"


@dataclass(frozen=True)
class GatewaySetup:
    """Where SMS and hashes go, read from the settings on the GUI thread (cheap); the keyring
    and the mail database are reached by :func:`reissue_configured` on a worker thread."""

    demo: bool
    sms_base_url: str = ""
    sms_usercode: str = ""
    sms_header: str = ""
    mail_db_url: str = ""


def reissue_configured(
    db: Database,
    identity: AdminIdentity,
    person_id: int,
    setup: GatewaySetup,
    secrets: SecretStore,
    policy: ReissuePolicy | None = None,
    *,
    end_sessions: DoveadmConfig | None = None,
    show_demo_sms: Callable[[str, str], None] | None = None,
) -> ReissueResult:
    """A reissue with the configured gateway (local in demo mode) and mail database."""
    gateway: SmsGateway
    if setup.demo:
        gateway = LocalGateway(show_once=show_demo_sms)
    else:
        # The keyring first; scheduled CLI jobs on a server without one may pass the variable.
        password = secrets.get(SMS_SECRET_KEY) or os.environ.get("MEBPOSTA_SMS_PASSWORD")
        gateway = netgsm_from(setup.sms_base_url, setup.sms_usercode, setup.sms_header, password)
    mail_db = (
        connect(setup.mail_db_url, secrets.get(MAIL_DB_SECRET_KEY)) if setup.mail_db_url else None
    )
    try:
        return reissue(
            db, identity, person_id, gateway, policy, end_sessions=end_sessions, mail_db=mail_db
        )
    finally:
        if mail_db is not None:
            mail_db.dispose()
