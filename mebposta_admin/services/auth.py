"""Administrator sign-in: Argon2id hashes, lockout after repeated failures, audited."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AuthError
from mebposta_admin.models import AdminAccount, District, Province
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import audit
from mebposta_admin.services.database import Database

log = logging.getLogger(__name__)

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified against when the username is unknown, so both paths cost the same time.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


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
    error: AuthError | None = None
    with db.unit_of_work() as session:
        admin = session.scalar(select(AdminAccount).where(AdminAccount.username == username))

        def note(outcome: str, action: str = "login", **details: object) -> None:
            audit.record(
                session,
                action=action,
                outcome=outcome,
                admin_id=admin.id if admin else None,
                admin_username=admin.username if admin else username[:64],
                province_code=admin.province_code if admin else None,
                details=details,
            )

        if admin is None:
            verify_password(_DUMMY_HASH, password)  # same cost as a known user
            note(audit.FAILURE, reason="unknown_user")
            error = AuthError("auth.invalid_credentials")
        elif admin.locked_until is not None and admin.locked_until > now:
            minutes = max(1, int((admin.locked_until - now).total_seconds() // 60) + 1)
            note(audit.REFUSED, reason="locked")
            error = AuthError("auth.locked", minutes=minutes)
        elif not verify_password(admin.password_hash, password):
            admin.failed_attempts += 1
            note(audit.FAILURE, reason="bad_password", attempt=admin.failed_attempts)
            if admin.failed_attempts >= MAX_FAILURES:
                admin.locked_until = now + LOCKOUT
                admin.failed_attempts = 0
                note(audit.SUCCESS, "account.lockout", minutes=lockout_minutes)
                error = AuthError("auth.locked", minutes=lockout_minutes)
            else:
                left = MAX_FAILURES - admin.failed_attempts
                error = AuthError("auth.invalid_credentials_left", left=left)
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
