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
from mebposta_admin.domain.audit_actions import AuditAction, Outcome
from mebposta_admin.domain.mail_passwords import PasswordStyle, generate
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError
from mebposta_admin.models import Mailbox, Person, ReissueAttempt, UnitCustodian
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import audit, guard, system_settings
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Refuse, Target
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
class ReissuePreview:
    """What the confirmation names: the address and the masked GSM on file."""

    person_id: int
    mailbox_id: int
    address: str
    gsm_masked: str
    sms_segments: int
    person_name: str = ""  # the confirmation names whom the password goes to
    unit: bool = False  # a unit account: the SMS goes to its primary custodian


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
class _Target:
    person_id: int
    mailbox_id: int
    address: str
    gsm: str
    province_code: str | None
    name: str = ""
    unit: bool = False  # the SMS goes to the unit account's primary custodian


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
    begin: Callable[[sa.orm.Session, _Target], int] | None = None,
    mailbox_id: int | None = None,
) -> tuple[_Target, int | None]:
    """Every check, through the action guard (role, scope), then the reissue's own: each
    refusal audited with its reason. ``begin`` records the attempt in the same unit of work."""

    def work(session: sa.orm.Session, subject: Subject) -> Done[tuple[_Target, int | None]]:
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
        target = _Target(
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


def no_checkpoint(_step: str) -> None:
    pass


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

    def begin(session: sa.orm.Session, target: _Target) -> int:
        attempt = ReissueAttempt(
            mailbox_id=target.mailbox_id,
            admin_id=identity.id,
            admin_username=identity.username,
            started_at=now,
            state=STATE_PENDING,
        )
        session.add(attempt)
        session.flush()
        started = {"gsm": gsm_rules.mask(target.gsm), "gateway": gateway.name, **_recipient(target)}
        _audit(session, identity, target, PENDING, {**started, "attempt": attempt.id})
        return attempt.id

    target, attempt_id = _checked(db, identity, person_id, policy, now, begin, mailbox_id)
    assert attempt_id is not None
    checkpoint("recorded")
    password = generate(policy.style)
    text = sms.password_text(target.address, password)
    size = sms.size(text)
    masked = gsm_rules.mask(target.gsm)
    base = {
        **_recipient(target),
        "gsm": masked,
        "segments": size.segments,
        "gateway": gateway.name,
        "attempt": attempt_id,
    }

    def resolve(state: str, outcome: str, **details: object) -> None:
        with db.unit_of_work() as session:
            _set_state(session, attempt_id, state, details)
            _audit(session, identity, target, outcome, {**base, **details})

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
            _set_state(session, attempt_id, STATE_SENT, {"job_id": receipt.job_id})
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
            _set_state(session, attempt_id, STATE_STORED, {"job_id": receipt.job_id})
            _audit(
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
            return _result(target, receipt.job_id, receipt.gateway, size.segments, None, True)
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
    return _result(target, receipt.job_id, receipt.gateway, size.segments, ended, False)


def _result(
    target: _Target, job: str, gateway: str, segments: int, ended: int | None, incomplete: bool
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


def _recipient(target: _Target) -> dict[str, object]:
    """A unit account's SMS goes to its primary custodian: the event names them (by id)."""
    return {"custodian_id": target.person_id} if target.unit else {}


def _audit(
    session: sa.orm.Session,
    identity: AdminIdentity,
    target: _Target,
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


def _set_state(
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
