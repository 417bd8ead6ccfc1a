"""Password reissue by SMS ("Yeni E-posta Şifresi Al", done for the caller by an administrator).

scope check → rate limits → (the UI confirms the address and the masked GSM) → record the
attempt → generate → send → store the hash → resolve the attempt. The mailbox's hash changes
**if and only if** the gateway accepted the SMS: the SMS goes first, outside any transaction,
and the hash is written only with its receipt. When the gateway refuses, or the outcome is
unknown (a timeout after the request left), the old password stays valid.

The attempt is committed (state ``pending``, with an audit event) *before* the SMS leaves, so
a process killed or a database lost at any later step leaves a visible attempt that the limits
count and the person view shows as "outcome unknown". The password is never stored, logged or
audited — it exists in memory between generation and hashing, and in the SMS.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import sms
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.mail_passwords import generate
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError
from mebposta_admin.models import Mailbox, Person, ReissueAttempt, UnitCustodian
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import guard, system_settings
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Refuse, Target
from mebposta_admin.services.mail_backend import DoveadmConfig
from mebposta_admin.services.reissue_steps import (  # re-exported: the reissue's names
    ACTION,
    CUSTODIAN_DEPUTY,
    CUSTODIAN_PRIMARY,
    PENDING,
    STATE_FAILED,
    STATE_MAIL_STORED,
    STATE_PENDING,
    STATE_QUEUED,
    STATE_SENT,
    STATE_STORED,
    STATE_UNKNOWN,
    STEPS,
    UNKNOWN,
    Recipient,
    ReissuePolicy,
    ReissueResult,
    Requester,
    deliver,
    no_checkpoint,
    policy_of,
    recipient_details,
    record_event,
)
from mebposta_admin.services.sms_gateway import SmsGateway

__all__ = [
    "ACTION",
    "CUSTODIAN_DEPUTY",
    "CUSTODIAN_PRIMARY",
    "PENDING",
    "STATE_FAILED",
    "STATE_MAIL_STORED",
    "STATE_PENDING",
    "STATE_QUEUED",
    "STATE_SENT",
    "STATE_STORED",
    "STATE_UNKNOWN",
    "STEPS",
    "UNKNOWN",
    "Recipient",
    "ReissuePolicy",
    "ReissuePreview",
    "ReissueResult",
    "Requester",
    "deliver",
    "find_mailbox",
    "no_checkpoint",
    "policy_of",
    "preview",
    "reissue",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReissuePreview:
    """What the confirmation names: the address and the masked GSM on file."""

    person_id: int
    mailbox_id: int
    address: str
    gsm_masked: str
    sms_segments: int
    person_name: str = ""  # the confirmation names whom the password goes to
    unit: bool = False  # a unit account: the SMS goes to its primary custodian


Subject = tuple[Person | None, Mailbox | None]  # (who receives the SMS, the mailbox)


def _subject(person_id: int) -> Callable[[sa.orm.Session], Subject]:
    def load(session: sa.orm.Session) -> Subject:
        person = session.get(Person, person_id)
        if person is None:
            raise AppError("person.not_found")
        box = session.scalar(sa.select(Mailbox).where(Mailbox.person_id == person_id))
        return person, box

    return load


def _mailbox_subject(mailbox_id: int) -> Callable[[sa.orm.Session], Subject]:
    """A mailbox and who receives its password: its person, or a unit account's primary
    custodian (None when it has none: refused after the scope check)."""

    def load(session: sa.orm.Session) -> Subject:
        box = session.get(Mailbox, mailbox_id)
        if box is None:
            raise AppError("mailbox.not_found")
        if box.person_id is not None:
            return session.get(Person, box.person_id), box
        custodian = session.scalar(
            sa.select(Person)
            .join(UnitCustodian, UnitCustodian.person_id == Person.id)
            .where(
                UnitCustodian.mailbox_id == box.id,
                UnitCustodian.role == CUSTODIAN_PRIMARY,
                UnitCustodian.ended_at.is_(None),
            )
        )
        return custodian, box

    return load


def _locate(subject: Subject) -> Target:
    person, box = subject
    if box is not None and box.person_id is None:  # a unit account: its province, or merkez
        return Target("mailbox", str(box.id), box.province_code, None)
    assert person is not None
    return Target("mailbox", str(box.id) if box else None, person.province_code, person.district_id)


def _checked(
    db: Database,
    identity: AdminIdentity,
    person_id: int | None,
    policy: ReissuePolicy,
    now: datetime,
    begin: Callable[[sa.orm.Session, Recipient], int] | None = None,
    mailbox_id: int | None = None,
) -> tuple[Recipient, int | None]:
    """Every check, through the action guard (role, scope), then the reissue's own: each
    refusal audited with its reason. ``begin`` records the attempt in the same unit of work."""

    def work(session: sa.orm.Session, subject: Subject) -> Done[tuple[Recipient, int | None]]:
        person, box = subject
        if box is None:
            raise Refuse("no_mailbox", AppError("reissue.no_mailbox"))
        if person is None:  # a unit account without a primary custodian
            raise Refuse("no_custodian", AppError("reissue.no_custodian", address=box.address))
        if not box.active or not person.active:
            raise Refuse("inactive", AppError("reissue.inactive", address=box.address))
        if person.gsm is None or not gsm_rules.is_manual_format(person.gsm):
            raise Refuse("no_gsm", AppError("reissue.no_gsm"))
        day = _count(session, now - timedelta(days=1), mailbox_id=box.id)
        hour = _count(session, now - timedelta(hours=1), admin_id=identity.id)
        if day >= policy.per_mailbox_per_day:
            limit = policy.per_mailbox_per_day
            raise Refuse("mailbox_limit", AppError("reissue.mailbox_limit", limit=limit))
        if hour >= policy.per_admin_per_hour:
            limit = policy.per_admin_per_hour
            raise Refuse("admin_limit", AppError("reissue.admin_limit", limit=limit))
        target = Recipient(
            person.id,
            box.id,
            box.address,
            person.gsm,
            box.province_code if box.person_id is None else person.province_code,
            f"{person.first_name} {person.last_name}",
            unit=box.person_id is None,
        )
        return Done((target, begin(session, target) if begin is not None else None))

    if mailbox_id is not None:
        load, details = _mailbox_subject(mailbox_id), {"mailbox_id": mailbox_id}
    else:
        assert person_id is not None
        load, details = _subject(person_id), {"person_id": person_id}
    return guard.act(
        db,
        identity,
        Permission.REISSUE_PASSWORD,
        AuditAction.PASSWORD_REISSUE,
        load=load,
        locate=_locate,
        work=work,
        refusal_details=details,
    )


def _count(
    session: sa.orm.Session,
    since: datetime,
    *,
    mailbox_id: int | None = None,
    admin_id: int | None = None,
) -> int:
    """Attempts since ``since``, whatever their outcome (refusals are never attempts)."""
    query = (
        sa.select(sa.func.count())
        .select_from(ReissueAttempt)
        .where(ReissueAttempt.started_at >= since)
    )
    if mailbox_id is not None:
        query = query.where(ReissueAttempt.mailbox_id == mailbox_id)
    if admin_id is not None:
        query = query.where(ReissueAttempt.admin_id == admin_id)
    return int(session.scalar(query) or 0)


def _policy(db: Database, policy: ReissuePolicy | None) -> ReissuePolicy:
    return policy if policy is not None else policy_of(system_settings.load(db))


def preview(
    db: Database,
    identity: AdminIdentity,
    person_id: int | None = None,
    policy: ReissuePolicy | None = None,
    *,
    mailbox_id: int | None = None,
) -> ReissuePreview:
    """Checks everything a reissue would check, for the confirmation dialog. By the person
    (their mailbox) or by the mailbox (a unit account: its primary custodian receives it)."""
    policy = _policy(db, policy)
    target, _ = _checked(db, identity, person_id, policy, utcnow(), mailbox_id=mailbox_id)
    sample = sms.password_text(target.address, generate(policy.style))
    return ReissuePreview(
        person_id=target.person_id,
        mailbox_id=target.mailbox_id,
        address=target.address,
        gsm_masked=gsm_rules.mask(target.gsm),
        sms_segments=sms.size(sample).segments,
        person_name=target.name,
        unit=target.unit,
    )


def find_mailbox(db: Database, address: str) -> int:
    """The mailbox at this address or old address (folded as addresses are), for a reissue
    keyed on the mailbox; the scope is judged by the reissue's own checks."""
    from mebposta_admin.domain.folding import fold
    from mebposta_admin.models import Alias

    wanted = fold((address or "").strip())
    with db.unit_of_work() as session:
        found = session.scalar(sa.select(Mailbox.id).where(Mailbox.address == wanted))
        if found is None:
            found = session.scalar(sa.select(Alias.mailbox_id).where(Alias.address == wanted))
    if found is None:
        raise AppError("mailbox.no_such_address", address=wanted)
    return int(found)


def reissue(
    db: Database,
    identity: AdminIdentity,
    person_id: int | None,
    gateway: SmsGateway,
    policy: ReissuePolicy | None = None,
    *,
    end_sessions: DoveadmConfig | None = None,
    mail_db: Database | None = None,
    now: datetime | None = None,
    checkpoint: Callable[[str], None] = no_checkpoint,
    mailbox_id: int | None = None,
) -> ReissueResult:
    """``mail_db``: the separate database the mail servers read (production), when it is not
    the application's own; the hash is written there first, then here.

    ``checkpoint(step)`` is called after each step of :data:`STEPS` (tests kill the process
    there)."""
    policy = _policy(db, policy)
    now = now or utcnow()

    def begin(session: sa.orm.Session, target: Recipient) -> int:
        attempt = ReissueAttempt(
            mailbox_id=target.mailbox_id,
            admin_id=identity.id,
            admin_username=identity.username,
            started_at=now,
            state=STATE_PENDING,
        )
        session.add(attempt)
        session.flush()
        started = {
            "gsm": gsm_rules.mask(target.gsm),
            "gateway": gateway.name,
            **recipient_details(target),
        }
        record_event(session, identity, target, PENDING, {**started, "attempt": attempt.id})
        return attempt.id

    if _server_delivers(db):
        # The shared deployment: this workstation records the request (scope-checked by the
        # database too) and the server's worker, the only holder of the gateway's
        # credentials and of the right to write hashes, sends it (services.sms_worker).
        from mebposta_admin.services.sms_worker import request_and_wait

        return request_and_wait(db, identity, person_id, mailbox_id=mailbox_id)
    target, attempt_id = _checked(db, identity, person_id, policy, now, begin, mailbox_id)
    assert attempt_id is not None
    checkpoint("recorded")
    return deliver(
        db,
        identity,
        target,
        attempt_id,
        gateway,
        policy,
        end_sessions=end_sessions,
        mail_db=mail_db,
        now=now,
        checkpoint=checkpoint,
    )


def _server_delivers(db: Database) -> bool:
    """Whether SMS and hashes are the server's worker's (row-level security installed)."""
    if db.dialect != "postgresql":
        return False
    cached = db.reference.get("server_delivers")
    if cached is None:
        from mebposta_admin.services import db_security

        with db.engine.connect() as conn:
            cached = db.reference["server_delivers"] = db_security.installed(conn)
    return bool(cached)
