"""Administrator accounts: creation (with role and scope rules) and listing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.passwords import weakness
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.domain.roles import Role, scope_rule
from mebposta_admin.errors import PermissionDenied, ValidationFailed
from mebposta_admin.models import AdminAccount, District, Province
from mebposta_admin.services import audit, db_security, guard
from mebposta_admin.services.auth import AdminIdentity, hash_password
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Target

_USERNAME = re.compile(r"^[a-z][a-z0-9_.-]{2,63}$")


@dataclass(frozen=True)
class NewAdmin:
    username: str
    display_name: str
    password: str
    role: Role
    province_code: str | None = None
    district_name: str | None = None
    must_change_password: bool = False  # a one-time password from the Yönetim page


@dataclass(frozen=True)
class AdminSummary:
    id: int
    username: str
    display_name: str
    role: Role
    province_code: str | None
    district_name: str | None
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


def count_admins(db: Database) -> int:
    with db.unit_of_work() as session:
        return int(session.scalar(select(func.count()).select_from(AdminAccount)) or 0)


def create_admin(db: Database, actor: AdminIdentity | None, new: NewAdmin) -> AdminSummary:
    """Create an administrator. ``actor`` None is allowed only while no administrator exists."""
    with db.unit_of_work() as session:
        existing = session.scalar(select(func.count()).select_from(AdminAccount)) or 0
        if actor is None and existing:
            raise PermissionDenied("admin.bootstrap_only")
        if actor is None:
            return _create(session, None, new)
    return guard.act(
        db,
        actor,
        Permission.MANAGE_ADMINS,
        AuditAction.ADMIN_CREATE,
        load=lambda _s: new.username,
        locate=lambda username: Target("admin", username),
        work=lambda session, _username: Done(_create(session, actor, new)),
    )


def _create(session: Session, actor: AdminIdentity | None, new: NewAdmin) -> AdminSummary:
    username = new.username.strip()
    if not _USERNAME.match(username):
        raise ValidationFailed("admin.username_invalid", username=username)
    if session.scalar(select(AdminAccount.id).where(AdminAccount.username == username)):
        raise ValidationFailed("admin.username_taken", username=username)
    problem = weakness(new.password, username, new.display_name)
    if problem:
        raise ValidationFailed(problem)
    province_code, district_id, district_name = resolve_scope(session, new)
    admin = AdminAccount(
        username=username,
        display_name=new.display_name.strip() or username,
        password_hash=hash_password(new.password),
        role=new.role.value,
        province_code=province_code,
        district_id=district_id,
        active=True,
        failed_attempts=0,
        must_change_password=new.must_change_password,
    )
    session.add(admin)
    session.flush()
    # The shared deployment: the administrator's database role, in the same transaction.
    db_security.provision(session.connection(), username, new.role.value, password=new.password)
    audit.record(
        session,
        action=AuditAction.ADMIN_CREATE,
        outcome=audit.SUCCESS,
        admin_id=actor.id if actor else None,
        admin_username=actor.username if actor else "(kurulum)",
        target_type="admin",
        target_id=username,
        province_code=province_code,
        details={"role": new.role.value, "province": province_code, "district": district_name},
    )
    return _summary(admin, district_name)


def resolve_scope(session: Session, new: NewAdmin) -> tuple[str | None, int | None, str | None]:
    rule = scope_rule(new.role)
    province = new.province_code.zfill(2) if new.province_code else None
    if rule == "national":
        if province or new.district_name:
            raise ValidationFailed("admin.scope_not_allowed", role=new.role.value)
        return None, None, None
    if rule in ("province", "district") and not province:
        raise ValidationFailed("admin.scope_province_required", role=new.role.value)
    if province and session.get(Province, province) is None:
        raise ValidationFailed("geo.unknown_province", province=province)
    if rule == "district" and not new.district_name:
        raise ValidationFailed("admin.scope_district_required", role=new.role.value)
    if rule == "province" and new.district_name:
        raise ValidationFailed("admin.scope_not_allowed", role=new.role.value)
    if new.district_name:
        district = session.scalar(
            select(District).where(
                District.province_code == province,
                District.name_folded == fold(new.district_name),
            )
        )
        if district is None:
            raise ValidationFailed(
                "geo.unknown_district", province=province or "", district=new.district_name
            )
        return province, district.id, district.name
    return province, None, None


def list_admins(db: Database, actor: AdminIdentity) -> list[AdminSummary]:
    def work(session: Session, _all: str) -> Done[list[AdminSummary]]:
        rows = session.execute(
            select(AdminAccount, District.name)
            .outerjoin(District, District.id == AdminAccount.district_id)
            .order_by(AdminAccount.username)
        ).all()
        return Done([_summary(admin, district) for admin, district in rows])

    return guard.act(
        db,
        actor,
        Permission.MANAGE_ADMINS,
        AuditAction.ADMIN_LIST,
        load=lambda _s: "*",
        locate=lambda everyone: Target("admin", everyone),
        work=work,
    )


def _summary(admin: AdminAccount, district_name: str | None) -> AdminSummary:
    return AdminSummary(
        id=admin.id,
        username=admin.username,
        display_name=admin.display_name,
        role=Role(admin.role),
        province_code=admin.province_code,
        district_name=district_name,
        active=admin.active,
        locked_until=admin.locked_until,
        last_login_at=admin.last_login_at,
    )
