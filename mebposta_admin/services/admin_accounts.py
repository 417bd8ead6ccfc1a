"""The Yönetim page's work on administrator accounts (superadmins only, through the guard).

Listing page by page (by user name), the record of one account, and the changes: name, role
and scope; disable and enable; a new one-time password (shown once, replaced at the next
sign-in); unlock; a fresh second factor. Every change is one audit event with the values
before and after, written in the unit of work of the change. An administrator cannot disable
themselves or change their own role or scope, and the last active superadmin stays one: the
system is never left without somebody who can manage it.

Each change names the account's ``version`` as the page last read it: a change made meanwhile
by another superadmin is refused (``admin.changed``), never silently overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.mail_passwords import PasswordStyle, generate
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AppError, ValidationFailed
from mebposta_admin.models import AdminAccount, AdminRecoveryCode, District, Province
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import db_security, guard, paging
from mebposta_admin.services.admins import NewAdmin, resolve_scope
from mebposta_admin.services.auth import AdminIdentity, hash_password
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Target

ONE_TIME_LENGTH = 16  # ~92 bits from the look-alike-free alphabet; replaced at first sign-in


@dataclass(frozen=True)
class AdminRow:
    id: int
    username: str
    display_name: str
    role: Role
    province_code: str | None
    province_name: str | None
    district_id: int | None
    district_name: str | None
    active: bool
    locked_until: datetime | None
    failed_attempts: int
    failures_total: int
    lockouts_total: int
    last_failure_at: datetime | None
    last_login_at: datetime | None
    created_at: datetime
    must_change_password: bool
    second_factor: bool  # a TOTP is set up
    recovery_left: int
    version: int

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


@dataclass(frozen=True)
class AdminFilter:
    text: str = ""  # the start of a user name
    role: Role | None = None
    province_code: str | None = None
    problems_only: bool = False  # locked, disabled, or with failures since the last sign-in


@dataclass(frozen=True)
class Changes:
    display_name: str
    role: Role
    province_code: str | None
    district_name: str | None


def _codes_left(session: Session, ids: list[int]) -> dict[int, int]:
    """Unused recovery codes per account: one grouped query for a whole page."""
    if not ids:
        return {}
    rows = session.execute(
        select(AdminRecoveryCode.admin_id, func.count())
        .where(AdminRecoveryCode.admin_id.in_(ids), AdminRecoveryCode.used_at.is_(None))
        .group_by(AdminRecoveryCode.admin_id)
    )
    return {int(a): int(n) for a, n in rows}


def _row(
    session: Session, admin: AdminAccount, district: str | None, left: int | None = None
) -> AdminRow:
    province = session.get(Province, admin.province_code) if admin.province_code else None
    if left is None:
        left = _codes_left(session, [admin.id]).get(admin.id, 0)
    return AdminRow(
        id=admin.id,
        username=admin.username,
        display_name=admin.display_name,
        role=Role(admin.role),
        province_code=admin.province_code,
        province_name=province.name if province else None,
        district_id=admin.district_id,
        district_name=district,
        active=admin.active,
        locked_until=admin.locked_until,
        failed_attempts=admin.failed_attempts or 0,
        failures_total=admin.failures_total or 0,
        lockouts_total=admin.lockouts_total or 0,
        last_failure_at=admin.last_failure_at,
        last_login_at=admin.last_login_at,
        created_at=admin.created_at,
        must_change_password=bool(admin.must_change_password),
        second_factor=admin.totp_enrolled_at is not None,  # the secret is not readable
        recovery_left=int(left or 0),
        version=admin.version or 1,
    )


def _everyone(_session: Session) -> str:
    return "*"


def _admins_target(_subject: object) -> Target:
    return Target("admin", "*")


def page(
    db: Database,
    actor: AdminIdentity,
    flt: AdminFilter,
    cursor: tuple[str] | None,
    limit: int = 100,
) -> paging.Page[AdminRow]:
    """One page of the accounts in user-name order (the one keyset-paging layer)."""

    def work(session: Session, _all: str) -> Done[paging.Page[AdminRow]]:
        query: Any = select(AdminAccount, District.name).outerjoin(
            District, District.id == AdminAccount.district_id
        )
        text = flt.text.strip()
        if text:
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(AdminAccount.username.like(escaped + "%", escape="\\"))
        if flt.role is not None:
            query = query.where(AdminAccount.role == flt.role.value)
        if flt.province_code:
            query = query.where(AdminAccount.province_code == flt.province_code)
        if flt.problems_only:
            query = query.where(
                (AdminAccount.active.is_(False))
                | (AdminAccount.locked_until > utcnow())
                | (AdminAccount.failed_attempts > 0)
            )
        rows = session.execute(
            paging.keyset(query, [AdminAccount.username], cursor, limit + 1)
        ).all()
        left = _codes_left(session, [admin.id for admin, _district in rows])
        found = [_row(session, admin, d, left.get(admin.id, 0)) for admin, d in rows]
        return Done(paging.page_of(found, lambda r: (r.username,), limit))

    return guard.act(
        db,
        actor,
        Permission.MANAGE_ADMINS,
        AuditAction.ADMIN_LIST,
        load=_everyone,
        locate=_admins_target,
        work=work,
    )


def _load(admin_id: int) -> Callable[[Session], AdminAccount]:
    def load(session: Session) -> AdminAccount:
        admin = session.get(AdminAccount, admin_id, with_for_update=True)
        if admin is None:
            raise AppError("admin.not_found")
        return admin

    return load


def _target(admin: AdminAccount) -> Target:
    # Administrators are managed nationally; the event is filed under the account's province
    # so a province's trail shows what was done to its administrators.
    return Target("admin", admin.username, admin.province_code)


def _district_name(session: Session, admin: AdminAccount) -> str | None:
    district = session.get(District, admin.district_id) if admin.district_id else None
    return district.name if district else None


def _change(
    db: Database,
    actor: AdminIdentity,
    admin_id: int,
    version: int,
    action: AuditAction,
    apply: Callable[[Session, AdminAccount], dict[str, Any]],
) -> AdminRow:
    """The guard around one change: the account locked for update, the version checked, the
    change applied (it returns the audit details), the version moved on."""

    def work(session: Session, admin: AdminAccount) -> Done[AdminRow]:
        if (admin.version or 1) != version:
            raise ValidationFailed("admin.changed")
        details = apply(session, admin)
        admin.version = (admin.version or 1) + 1
        session.flush()
        # The database role follows the account in the same transaction (shared deployment).
        db_security.provision(
            session.connection(),
            admin.username,
            admin.role,
            password=details.pop("_password", None),
            active=admin.active,
        )
        return Done(_row(session, admin, _district_name(session, admin)), details)

    return guard.act(
        db, actor, Permission.MANAGE_ADMINS, action, load=_load(admin_id), locate=_target, work=work
    )


def _other_active_superadmins(session: Session, admin: AdminAccount) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(AdminAccount)
            .where(
                AdminAccount.role == Role.SUPERADMIN.value,
                AdminAccount.active.is_(True),
                AdminAccount.id != admin.id,
            )
        )
        or 0
    )


def _keeps_a_superadmin(session: Session, admin: AdminAccount, *, leaving: bool) -> None:
    last = admin.role == Role.SUPERADMIN.value and admin.active
    if leaving and last and _other_active_superadmins(session, admin) == 0:
        raise ValidationFailed("admin.last_superadmin")


def update(
    db: Database, actor: AdminIdentity, admin_id: int, version: int, changes: Changes
) -> AdminRow:
    """Name, role and scope (the same rules as at creation)."""

    def apply(session: Session, admin: AdminAccount) -> dict[str, Any]:
        new = NewAdmin(
            username=admin.username,
            display_name=changes.display_name,
            password="",
            role=changes.role,
            province_code=changes.province_code,
            district_name=changes.district_name,
        )
        province, district_id, district_name = resolve_scope(session, new)
        name = changes.display_name.strip() or admin.username
        before = _described(session, admin)
        moved = (changes.role.value, province, district_id) != (
            admin.role,
            admin.province_code,
            admin.district_id,
        )
        if moved and admin.id == actor.id:
            raise ValidationFailed("admin.self_change")
        _keeps_a_superadmin(session, admin, leaving=changes.role is not Role.SUPERADMIN)
        admin.display_name = name[:200]
        admin.role = changes.role.value
        admin.province_code = province
        admin.district_id = district_id
        after = _described(session, admin, district_name)
        changed = {k for k in after if after[k] != before[k]}
        return {
            "before": {k: before[k] for k in sorted(changed)},
            "after": {k: after[k] for k in sorted(changed)},
        }

    return _change(db, actor, admin_id, version, AuditAction.ADMIN_UPDATE, apply)


def _described(
    session: Session, admin: AdminAccount, district_name: str | None = None
) -> dict[str, Any]:
    return {
        "display_name": admin.display_name,
        "role": admin.role,
        "province": admin.province_code,
        "district": district_name
        if district_name is not None or admin.district_id is None
        else _district_name(session, admin),
    }


def set_active(
    db: Database, actor: AdminIdentity, admin_id: int, version: int, active: bool
) -> AdminRow:
    """Disable (nobody can sign in with it; its history stays) or enable an account."""

    def apply(session: Session, admin: AdminAccount) -> dict[str, Any]:
        if admin.id == actor.id and not active:
            raise ValidationFailed("admin.self_change")
        if not active:
            _keeps_a_superadmin(session, admin, leaving=True)
        before = admin.active
        admin.active = active
        return {"before": {"active": before}, "after": {"active": active}}

    return _change(db, actor, admin_id, version, AuditAction.ADMIN_STATUS, apply)


@dataclass(frozen=True)
class PasswordReset:
    row: AdminRow
    password: str  # shown once to the superadmin; never stored, logged or audited


def reset_password(
    db: Database, actor: AdminIdentity, admin_id: int, version: int
) -> PasswordReset:
    """A new one-time password, to be replaced at the next sign-in; the lockout is lifted
    (the administrator called because they could not sign in)."""
    password = generate(PasswordStyle.EASY, ONE_TIME_LENGTH)

    def apply(_session: Session, admin: AdminAccount) -> dict[str, Any]:
        admin.password_hash = hash_password(password)
        admin.must_change_password = True
        admin.failed_attempts = 0
        admin.locked_until = None
        return {
            "before": {"must_change_password": False},
            "after": {"must_change_password": True},
            "_password": password,  # for the database role's verifier; never audited
        }

    row = _change(db, actor, admin_id, version, AuditAction.ADMIN_PASSWORD_RESET, apply)
    return PasswordReset(row, password)


def unlock(db: Database, actor: AdminIdentity, admin_id: int, version: int) -> AdminRow:
    def apply(_session: Session, admin: AdminAccount) -> dict[str, Any]:
        locked = admin.locked_until.isoformat() if admin.locked_until else None
        before = {"locked_until": locked, "failed_attempts": admin.failed_attempts}
        admin.locked_until = None
        admin.failed_attempts = 0
        return {"before": before, "after": {"locked_until": None, "failed_attempts": 0}}

    return _change(db, actor, admin_id, version, AuditAction.ADMIN_UNLOCK, apply)


def reset_second_factor(
    db: Database, actor: AdminIdentity, admin_id: int, version: int
) -> AdminRow:
    """Forget the TOTP secret and the recovery codes (a lost phone): the administrator sets
    up a new one at the next sign-in if the role needs one."""

    def apply(session: Session, admin: AdminAccount) -> dict[str, Any]:
        had = admin.totp_enrolled_at is not None
        admin.totp_secret = None
        admin.totp_enrolled_at = None
        admin.totp_last_step = None
        session.execute(delete(AdminRecoveryCode).where(AdminRecoveryCode.admin_id == admin.id))
        return {"before": {"second_factor": had}, "after": {"second_factor": False}}

    return _change(db, actor, admin_id, version, AuditAction.ADMIN_SECOND_FACTOR_RESET, apply)


def detail(db: Database, actor: AdminIdentity, admin_id: int) -> AdminRow:
    def work(session: Session, admin: AdminAccount) -> Done[AdminRow]:
        return Done(_row(session, admin, _district_name(session, admin)))

    return guard.act(
        db,
        actor,
        Permission.MANAGE_ADMINS,
        AuditAction.ADMIN_LIST,
        load=_load(admin_id),
        locate=_target,
        work=work,
    )


def create(db: Database, actor: AdminIdentity, username: str, changes: Changes) -> PasswordReset:
    """A new administrator with a one-time password (shown once, replaced at the first
    sign-in): the superadmin never chooses, and so never knows, anybody's own password."""
    from mebposta_admin.services import admins

    password = generate(PasswordStyle.EASY, ONE_TIME_LENGTH)
    created = admins.create_admin(
        db,
        actor,
        NewAdmin(
            username=username,
            display_name=changes.display_name,
            password=password,
            role=changes.role,
            province_code=changes.province_code,
            district_name=changes.district_name,
            must_change_password=True,
        ),
    )
    return PasswordReset(detail(db, actor, created.id), password)
