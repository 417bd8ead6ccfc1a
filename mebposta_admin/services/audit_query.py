"""Reading the audit trail: the Denetim page's filters, keyset-paged newest first, within the
reader's scope; one event in full.

Scope: national roles (superadmin, help desk, auditors without a province) read every event;
a province's administrator or auditor the events recorded under that province; a district
administrator their own actions (events carry a province, not a district). Details are stored
masked already: a reveal of a TCKN or GSM says *which* field was revealed, never its value.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from mebposta_admin.domain.audit_actions import AuditAction, Outcome
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError, PermissionDenied
from mebposta_admin.models import AuditEvent
from mebposta_admin.services import audit, guard, paging
from mebposta_admin.services.audit import AuditRecord
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.paging import Page
from mebposta_admin.services.scope import Scope

TARGET_TYPES = (
    "person",
    "mailbox",
    "request",
    "unit",
    "ticket",
    "import",
    "export",
    "directory",
    "settings",
    "admin",
    "audit",
    "system",
)


@dataclass(frozen=True)
class AuditFilter:
    since: datetime | None = None
    until: datetime | None = None
    admin: str = ""  # an administrator's user name (exact)
    action: str = ""  # an AuditAction value
    province_code: str = ""
    target_type: str = ""
    target_id: str = ""
    outcome: str = ""  # an Outcome value
    text: str = ""  # found anywhere in the details (as stored: masked JSON)
    # Any of these (type, id) targets: a person's trail is their person and mailbox events.
    targets: tuple[tuple[str, str], ...] = ()


def _require(db: Database, identity: AdminIdentity) -> None:
    if not guard.check(identity, Permission.VIEW_AUDIT):
        guard.refuse(db, identity, AuditAction.AUDIT_VERIFY, guard.NO_TARGET, "role")
        raise PermissionDenied("permission.role", role=identity.role.value)


def _scope(identity: AdminIdentity) -> list[Any]:
    scope = Scope.of(identity)
    if scope.district_id is not None:
        return [AuditEvent.admin_username == identity.username]
    if scope.province_code is not None:
        return [AuditEvent.province_code == scope.province_code]
    return []


def conditions(identity: AdminIdentity, wanted: AuditFilter) -> list[Any]:
    found: list[Any] = _scope(identity)
    if wanted.since is not None:
        found.append(AuditEvent.occurred_at >= wanted.since)
    if wanted.until is not None:
        found.append(AuditEvent.occurred_at <= wanted.until)
    if wanted.admin.strip():
        found.append(AuditEvent.admin_username == wanted.admin.strip())
    if wanted.action:
        found.append(AuditEvent.action == wanted.action)
    if wanted.province_code:
        found.append(AuditEvent.province_code == wanted.province_code)
    if wanted.target_type:
        found.append(AuditEvent.target_type == wanted.target_type)
    if wanted.target_id.strip():
        found.append(AuditEvent.target_id == wanted.target_id.strip())
    if wanted.outcome:
        found.append(AuditEvent.outcome == wanted.outcome)
    if wanted.targets:
        found.append(
            sa.or_(
                *(
                    sa.and_(AuditEvent.target_type == kind, AuditEvent.target_id == ident)
                    for kind, ident in wanted.targets
                )
            )
        )
    text = wanted.text.strip()
    if text:
        # The details are JSON with non-ASCII kept (ensure_ascii=False): a plain substring.
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        found.append(AuditEvent.details.like(pattern, escape="\\"))
    return found


def page(
    db: Database,
    identity: AdminIdentity,
    wanted: AuditFilter | None = None,
    after: tuple[Any, ...] | None = None,
    limit: int = 100,
) -> Page[AuditRecord]:
    """One page of events, newest first: keyset on (time, id), so a period, and every filter
    with its (column, time) B-tree, reads only the page's rows (benchmarks/audit.py)."""
    _require(db, identity)
    wanted = wanted or AuditFilter()
    query = sa.select(AuditEvent).where(*conditions(identity, wanted))
    if after is not None:
        at, event_id = after
        query = query.where(
            sa.or_(
                AuditEvent.occurred_at < at,
                sa.and_(AuditEvent.occurred_at == at, AuditEvent.id < event_id),
            )
        )
    query = query.order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc()).limit(limit + 1)
    with db.unit_of_work() as session:
        rows = [audit.to_record(e) for e in session.scalars(query)]
    return paging.page_of(rows, lambda r: (r.occurred_at, r.id), limit)


STREAM_COLUMNS = (
    AuditEvent.id,
    AuditEvent.occurred_at,
    AuditEvent.admin_username,
    AuditEvent.workstation,
    AuditEvent.action,
    AuditEvent.outcome,
    AuditEvent.target_type,
    AuditEvent.target_id,
    AuditEvent.province_code,
    AuditEvent.details,
)


def stream(
    db: Database, identity: AdminIdentity, wanted: AuditFilter | None = None, batch: int = 10_000
) -> Iterator[Sequence[tuple[Any, ...]]]:
    """The filter's events in :data:`STREAM_COLUMNS` as plain rows (the details as stored
    JSON text), newest first, a batch at a time — the exports' path (no ORM objects)."""
    _require(db, identity)
    where = conditions(identity, wanted or AuditFilter())
    after: int | None = None
    while True:
        query = sa.select(*STREAM_COLUMNS).where(*where)
        if after is not None:
            query = query.where(AuditEvent.id < after)
        with db.reading(statement_snapshots=True) as conn:
            rows = [
                tuple(r) for r in conn.execute(query.order_by(AuditEvent.id.desc()).limit(batch))
            ]
        if not rows:
            return
        yield rows
        if len(rows) < batch:
            return
        after = int(rows[-1][0])


def event(db: Database, identity: AdminIdentity, event_id: int) -> AuditRecord:
    """One event in full, if it is in the reader's scope."""
    _require(db, identity)
    with db.unit_of_work() as session:
        found = session.scalar(
            sa.select(AuditEvent).where(AuditEvent.id == event_id, *_scope(identity))
        )
        if found is None:
            raise AppError("audit.event_not_found", id=event_id)
        return audit.to_record(found)


def administrators(db: Database, identity: AdminIdentity) -> tuple[str, ...]:
    """The user names that appear in the reader's part of the trail (the filter's list)."""
    _require(db, identity)
    from mebposta_admin.models import AdminAccount

    with db.reading() as conn:
        names = conn.execute(sa.select(AdminAccount.username).order_by(AdminAccount.username))
        return tuple(str(n) for n in names.scalars())


ACTIONS = tuple(a.value for a in AuditAction)
OUTCOMES = tuple(o.value for o in Outcome)
