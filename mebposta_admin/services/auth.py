"""Administrator sign-in: Argon2id hashes, lockout after repeated failures, audited."""

from __future__ import annotations

import functools
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mebposta_admin.domain import second_factor
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.passwords import weakness
from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AppError, AuthError, ValidationFailed
from mebposta_admin.models import (
    AdminAccount,
    AdminRecoveryCode,
    District,
    Province,
    SignInThrottle,
)
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import audit
from mebposta_admin.services.database import Database

if TYPE_CHECKING:
    from mebposta_admin.services.system_settings import SystemSettings

log = logging.getLogger(__name__)

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


# Verified against when no real hash is to be checked (unknown user name, locked account), so
# every sign-in path costs one Argon2 verification with the same parameters. A fixed hash of a
# random password nobody kept: computing one at import cost every process ~0.1 s and 64 MiB,
# and computing it at the first sign-in made that sign-in slower for unknown names only.
_FIXED_DUMMY = (
    "$argon2id$v=19$m=65536,t=3,p=4$LFhK4BHVLvZWL8DiplFg5w"
    "$rqwLuLMFssQlgDbb/CGfVhAKWzhC4XiIabxP+Vx4CyI"
)


@functools.cache
def _dummy_hash() -> str:
    """The fixed dummy, unless this argon2-cffi hashes with other parameters (then one is made
    once with them, so the paths still cost the same)."""
    if _hasher.check_needs_rehash(_FIXED_DUMMY):
        return _hasher.hash(secrets.token_urlsafe(16))
    return _FIXED_DUMMY


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class AdminIdentity:
    """The signed-in administrator: who, which role, which scope. Crosses threads freely."""

    id: int
    username: str
    display_name: str
    role: Role
    province_code: str | None
    province_name: str | None
    district_id: int | None
    district_name: str | None

    @property
    def is_national(self) -> bool:
        return self.province_code is None


def identity_of(db: Database, admin_id: int) -> AdminIdentity:
    with db.unit_of_work() as session:
        admin = session.get(AdminAccount, admin_id)
        if admin is None:
            raise AuthError("auth.invalid_credentials")
        return _identity(session, admin)


def _identity(session: Session, admin: AdminAccount) -> AdminIdentity:
    province = session.get(Province, admin.province_code) if admin.province_code else None
    district = session.get(District, admin.district_id) if admin.district_id else None
    return AdminIdentity(
        id=admin.id,
        username=admin.username,
        display_name=admin.display_name,
        role=Role(admin.role),
        province_code=admin.province_code,
        province_name=province.name if province else None,
        district_id=admin.district_id,
        district_name=district.name if district else None,
    )


@dataclass(frozen=True)
class Enrolment:
    """A second factor being set up: the secret (typed by hand if the QR cannot be read)
    and the ``otpauth://`` text of the QR code. Nothing is stored until a code confirms it."""

    secret: str
    uri: str


@dataclass(frozen=True)
class SignedIn:
    identity: AdminIdentity
    recovery_codes: tuple[str, ...] = ()  # only when the second factor was just set up


def begin_enrolment(username: str) -> Enrolment:
    secret = second_factor.new_secret()
    return Enrolment(secret, second_factor.provisioning_uri(secret, username.strip()))


def authenticate(
    db: Database,
    username: str,
    password: str,
    *,
    code: str | None = None,
    new_password: str | None = None,
    now: datetime | None = None,
) -> AdminIdentity:
    """Check the credentials and return the identity, or raise :class:`AuthError`.

    In order: the lockout, the password, the account's state, a password to replace
    (``auth.password_change_required`` until ``new_password`` is given), the second factor
    (``auth.totp_required`` until ``code``, a TOTP or a recovery code, is given;
    ``auth.totp_enrolment_required`` when the role needs one not set up yet — see
    :func:`enrol`). Nothing is changed until every step passes. The outcome is committed as
    an audit event before the error is raised; a wrong or replayed code counts toward the
    lockout like a wrong password.
    """
    return sign_in(db, username, password, code=code, new_password=new_password, now=now).identity


def unlock(db: Database, username: str, password: str, code: str | None) -> AdminIdentity:
    """The idle lock's unlock: a sign-in of the same administrator that keeps the session
    (in the shared deployment the working role's session password stays as it is)."""
    if db.gate_url is not None:
        from mebposta_admin.services import role_sign_in

        admin_id, _codes = role_sign_in.sign_in(db, username, password, code=code, session=False)
        return identity_of(db, admin_id)
    return authenticate(db, username, password, code=code)


def enrol(
    db: Database,
    username: str,
    password: str,
    enrolment: Enrolment,
    code: str,
    *,
    new_password: str | None = None,
    now: datetime | None = None,
) -> SignedIn:
    """Sign in while setting up the second factor: ``code`` proves the app holds the secret.
    Returns the recovery codes, shown once."""
    return sign_in(
        db,
        username,
        password,
        code=code,
        new_password=new_password,
        enrolment=enrolment,
        now=now,
    )


def sign_in(
    db: Database,
    username: str,
    password: str,
    *,
    code: str | None = None,
    new_password: str | None = None,
    enrolment: Enrolment | None = None,
    now: datetime | None = None,
) -> SignedIn:
    from mebposta_admin.services import system_settings  # imports this module

    if db.gate_url is not None:  # the shared deployment: PostgreSQL decides (role_sign_in)
        from mebposta_admin.services import role_sign_in

        admin_id, shown = role_sign_in.sign_in(
            db, username, password, code=code, new_password=new_password, enrolment=enrolment
        )
        return SignedIn(identity_of(db, admin_id), shown)
    now = now or utcnow()
    username = username.strip()
    lockout_minutes = int(LOCKOUT.total_seconds() // 60)
    _dummy_hash()  # resolved before any path is timed (normally the fixed hash: no cost)
    error: AppError | None = None
    codes: tuple[str, ...] = ()
    with db.unit_of_work() as session:
        admin = session.scalar(select(AdminAccount).where(AdminAccount.username == username))

        def note(outcome: str, action: AuditAction = AuditAction.LOGIN, **details: object) -> None:
            audit.record(
                session,
                action=action,
                outcome=outcome,
                admin_id=admin.id if admin else None,
                admin_username=admin.username if admin else username[:64],
                province_code=admin.province_code if admin else None,
                details=details,
            )

        # An unknown name is counted and locked exactly like an account, and every path
        # verifies one hash: neither the message, the lockout nor the time tells which
        # names exist.
        counter: AdminAccount | SignInThrottle | None = admin
        if counter is None:
            key = username[:64]
            counter = session.get(SignInThrottle, key)
            if counter is None:
                counter = SignInThrottle(username=key, failed_attempts=0)
                session.add(counter)

        def fail(reason: str) -> AuthError:
            assert counter is not None
            counter.failed_attempts += 1
            note(audit.FAILURE, reason=reason, attempt=counter.failed_attempts)
            if admin is not None:
                admin.failures_total = (admin.failures_total or 0) + 1
                admin.last_failure_at = now
            if counter.failed_attempts >= MAX_FAILURES:
                counter.locked_until = now + LOCKOUT
                counter.failed_attempts = 0
                if admin is not None:
                    admin.lockouts_total = (admin.lockouts_total or 0) + 1
                    note(audit.SUCCESS, AuditAction.ACCOUNT_LOCKOUT, minutes=lockout_minutes)
                return AuthError("auth.locked", minutes=lockout_minutes)
            if reason in ("bad_password", "unknown_user"):
                return AuthError("auth.invalid_credentials")
            return AuthError(
                "auth.totp_replayed" if reason == "replayed_code" else "auth.totp_wrong"
            )

        if counter.locked_until is not None and counter.locked_until > now:
            verify_password(_dummy_hash(), password)
            minutes = max(1, int((counter.locked_until - now).total_seconds() // 60) + 1)
            note(audit.REFUSED, reason="locked")
            error = AuthError("auth.locked", minutes=minutes)
        elif not verify_password(admin.password_hash if admin else _dummy_hash(), password):
            error = fail("bad_password" if admin else "unknown_user")
        elif admin is None:  # pragma: no cover - nobody knows the dummy's random password
            error = AuthError("auth.invalid_credentials")
        elif not admin.active:
            note(audit.REFUSED, reason="inactive")
            error = AuthError("auth.inactive")
        else:
            settings = system_settings.read(session)
            error = _replacement_problem(admin, password, new_password)
            if error is None:
                error, codes = _second_factor(
                    session, admin, settings, code, enrolment, now, fail, note
                )
            if error is None:
                admin.failed_attempts = 0
                admin.locked_until = None
                admin.last_login_at = now
                if new_password is not None and admin.must_change_password:
                    admin.password_hash = hash_password(new_password)
                    admin.must_change_password = False
                    from mebposta_admin.services import db_security

                    db_security.provision(
                        session.connection(), admin.username, admin.role, password=new_password
                    )
                    note(audit.SUCCESS, AuditAction.PASSWORD_CHANGE, at_sign_in=True)
                elif _hasher.check_needs_rehash(admin.password_hash):
                    admin.password_hash = hash_password(password)
                note(audit.SUCCESS)
                identity = _identity(session, admin)
    if error is not None:
        log.info("Sign-in refused for %r: %s", username, error.code)
        raise error
    log.info("Signed in: %s (%s)", identity.username, identity.role)
    return SignedIn(identity, codes)


def _replacement_problem(
    admin: AdminAccount, password: str, new_password: str | None
) -> AppError | None:
    """A password set by a superadmin must be replaced before anything else is done."""
    if not admin.must_change_password:
        return None
    if new_password is None:
        return AuthError("auth.password_change_required")
    if new_password == password:
        return ValidationFailed("auth.password_unchanged")
    problem = weakness(new_password, admin.username, admin.display_name)
    return ValidationFailed(problem) if problem else None


def _second_factor(
    session: Session,
    admin: AdminAccount,
    settings: SystemSettings,
    code: str | None,
    enrolment: Enrolment | None,
    now: datetime,
    fail: Callable[[str], AuthError],
    note: Callable[..., None],
) -> tuple[AppError | None, tuple[str, ...]]:
    """The TOTP or recovery code, or the enrolment that sets one up (see authenticate)."""
    from mebposta_admin.services.system_settings import totp_required

    unix = now.timestamp()
    if admin.totp_secret is None:
        if enrolment is None:
            if totp_required(settings, Role(admin.role)):
                return AuthError("auth.totp_enrolment_required"), ()
            return None, ()
        verdict = second_factor.verify(enrolment.secret, code or "", None, unix)
        if not verdict.ok:
            return fail("bad_enrolment_code"), ()
        admin.totp_secret = enrolment.secret
        admin.totp_enrolled_at = now
        admin.totp_last_step = verdict.step
        codes = tuple(second_factor.new_recovery_codes())
        session.execute(delete(AdminRecoveryCode).where(AdminRecoveryCode.admin_id == admin.id))
        session.add_all(
            AdminRecoveryCode(admin_id=admin.id, code_hash=second_factor.recovery_hash(c))
            for c in codes
        )
        note(audit.SUCCESS, AuditAction.SECOND_FACTOR_ENROL, recovery_codes=len(codes))
        return None, codes
    if not code or not code.strip():
        return AuthError("auth.totp_required"), ()
    if second_factor.looks_like_recovery(code):
        row = session.scalar(
            select(AdminRecoveryCode).where(
                AdminRecoveryCode.admin_id == admin.id,
                AdminRecoveryCode.code_hash == second_factor.recovery_hash(code),
            )
        )
        if row is None:
            return fail("bad_recovery_code"), ()
        if row.used_at is not None:
            return fail("replayed_code"), ()
        row.used_at = now
        left = session.scalar(
            select(func.count())
            .select_from(AdminRecoveryCode)
            .where(AdminRecoveryCode.admin_id == admin.id, AdminRecoveryCode.used_at.is_(None))
        )
        note(audit.SUCCESS, AuditAction.LOGIN, second_factor="recovery", recovery_left=left)
        return None, ()
    verdict = second_factor.verify(admin.totp_secret, code, admin.totp_last_step, unix)
    if not verdict.ok:
        return fail("replayed_code" if verdict.reason == "replayed" else "bad_code"), ()
    admin.totp_last_step = verdict.step
    return None, ()


def note_session(db: Database, identity: AdminIdentity, event: str, minutes: int) -> None:
    """The idle lock in the trail (``locked``; the unlock is a sign-in of its own)."""
    with db.unit_of_work() as session:
        audit.record(
            session,
            action=AuditAction.SESSION_LOCK,
            outcome=audit.SUCCESS,
            admin_id=identity.id,
            admin_username=identity.username,
            province_code=identity.province_code,
            details={"event": event, "idle_minutes": minutes},
        )
