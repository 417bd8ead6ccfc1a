"""What every mailbox shares — a unit's or a person's: deactivate / reactivate, quota,
old addresses; within scope and audited."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import unit_names
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import ValidationFailed
from mebposta_admin.models import (
    Alias,
    Mailbox,
)
from mebposta_admin.models.base import utcnow
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Refuse
from mebposta_admin.services.units.reading import QUOTA_RANGE_MB, _act


# ------------------------------------------------------------------------------ mailbox actions
def set_active(db: Database, identity: AdminIdentity, mailbox_id: int, active: bool) -> None:
    """Deactivate (Dovecot refuses the login) or reactivate a mailbox — a unit's or a
    person's — within scope; audited with before and after."""

    def work(_session: Session, box: Mailbox) -> Done[None]:
        if box.active == active:
            return Done(None)
        before, box.active = box.active, active
        return Done(None, {"before": {"active": before}, "after": {"active": active}})

    _act(db, identity, Permission.MANAGE_UNIT, AuditAction.MAILBOX_STATUS, mailbox_id, work)


def set_quota(db: Database, identity: AdminIdentity, mailbox_id: int, quota_mb: int) -> None:
    low, high = QUOTA_RANGE_MB
    if not low <= int(quota_mb) <= high:
        raise ValidationFailed("mailbox.quota_range", low=low, high=high)

    def work(_session: Session, box: Mailbox) -> Done[None]:
        before = box.quota_bytes // (1024 * 1024)
        box.quota_bytes = int(quota_mb) * 1024 * 1024
        return Done(None, {"before": {"quota_mb": before}, "after": {"quota_mb": int(quota_mb)}})

    _act(db, identity, Permission.MANAGE_UNIT, AuditAction.MAILBOX_QUOTA, mailbox_id, work)


def _taken(session: Session, address: str) -> bool:
    return bool(
        session.scalar(sa.select(sa.func.count()).where(Mailbox.address == address))
        or session.scalar(sa.select(sa.func.count()).where(Alias.address == address))
    )


def add_alias(db: Database, identity: AdminIdentity, mailbox_id: int, address: str) -> str:
    wanted = (address or "").strip()
    local = wanted.split("@", 1)[0]
    if (
        fold(local) != local
        or not local.isascii()
        or not local
        or "@" in wanted
        and not wanted.endswith("@" + unit_names.DOMAIN)
    ):
        raise ValidationFailed("mailbox.alias_shape", address=wanted)
    full = f"{local}@{unit_names.DOMAIN}"

    def work(session: Session, box: Mailbox) -> Done[str]:
        if _taken(session, full):
            raise Refuse("taken", ValidationFailed("unit.address_taken", address=full))
        session.add(Alias(address=full, mailbox_id=box.id, created_at=utcnow()))
        return Done(full, {"added": full})

    return str(
        _act(db, identity, Permission.MANAGE_UNIT, AuditAction.MAILBOX_ALIAS, mailbox_id, work)
    )


def remove_alias(db: Database, identity: AdminIdentity, mailbox_id: int, address: str) -> None:
    full = (address or "").strip()

    def work(session: Session, box: Mailbox) -> Done[None]:
        alias = session.scalar(
            sa.select(Alias).where(Alias.mailbox_id == box.id, Alias.address == full)
        )
        if alias is None:
            raise Refuse("no_alias", ValidationFailed("mailbox.alias_unknown", address=full))
        session.delete(alias)
        return Done(None, {"removed": full})

    _act(db, identity, Permission.MANAGE_UNIT, AuditAction.MAILBOX_ALIAS, mailbox_id, work)
