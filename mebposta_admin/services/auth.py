"""Administrator sign-in: Argon2id hashes, lockout after repeated failures, audited."""

from __future__ import annotations

import functools
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AuthError
from mebposta_admin.models import AdminAccount, District, Province, SignInThrottle
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import audit
from mebposta_admin.services.database import Database

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


def authenticate(
    db: Database, username: str, password: str, *, now: datetime | None = None
) -> AdminIdentity:
    """Check the credentials and return the identity, or raise :class:`AuthError`.

    The outcome (success, failure, lockout, refusal of a locked or inactive account) is
    committed as an audit event before the error is raised.
    """
    now = now or utcnow()
    username = username.strip()
    lockout_minutes = int(LOCKOUT.total_seconds() // 60)
    _dummy_hash()  # resolved before any path is timed (normally the fixed hash: no cost)
    error: AuthError | None = None
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
        if counter.locked_until is not None and counter.locked_until > now:
            verify_password(_dummy_hash(), password)
            minutes = max(1, int((counter.locked_until - now).total_seconds() // 60) + 1)
            note(audit.REFUSED, reason="locked")
            error = AuthError("auth.locked", minutes=minutes)
        elif not verify_password(admin.password_hash if admin else _dummy_hash(), password):
            counter.failed_attempts += 1
            reason = "bad_password" if admin else "unknown_user"
            note(audit.FAILURE, reason=reason, attempt=counter.failed_attempts)
            if counter.failed_attempts >= MAX_FAILURES:
                counter.locked_until = now + LOCKOUT
                counter.failed_attempts = 0
                if admin is not None:
                    note(audit.SUCCESS, AuditAction.ACCOUNT_LOCKOUT, minutes=lockout_minutes)
                error = AuthError("auth.locked", minutes=lockout_minutes)
            else:
                error = AuthError("auth.invalid_credentials")
        elif admin is None:  # pragma: no cover - nobody knows the dummy's random password
            error = AuthError("auth.invalid_credentials")
        elif not admin.active:
            note(audit.REFUSED, reason="inactive")
            error = AuthError("auth.inactive")
        else:
            admin.failed_attempts = 0
            admin.locked_until = None
            admin.last_login_at = now
            if _hasher.check_needs_rehash(admin.password_hash):
                admin.password_hash = hash_password(password)
            note(audit.SUCCESS)
            identity = _identity(session, admin)
    if error is not None:
        log.info("Sign-in refused for %r: %s", username, error.code)
        raise error
    log.info("Signed in: %s (%s)", identity.username, identity.role)
    return identity
