"""The worker's side of the shared deployment's sign-in: the outcomes ``mebposta_sign_in``
decided inside PostgreSQL (services.db_sign_in_sql) are appended to the audit chain here,
oldest first, with their own times — the chain's hashes are computed in Python, so no
administrator's role and no SQL function writes the trail directly."""

from __future__ import annotations

import sqlalchemy as sa

from mebposta_admin.models import AuditEvent, SignInEvent
from mebposta_admin.services import audit_chain
from mebposta_admin.services.database import Database

BATCH = 500


def chain(db: Database, *, limit: int = BATCH) -> int:
    """Move up to ``limit`` waiting sign-in outcomes into the audit trail (one transaction:
    each is either in the trail or still waiting). Several workers may run: rows another has
    taken are skipped. Returns how many were moved."""
    with db.unit_of_work() as session:
        query = sa.select(SignInEvent).order_by(SignInEvent.id).limit(limit)
        if db.dialect == "postgresql":
            query = query.with_for_update(skip_locked=True)
        rows = list(session.scalars(query))
        if not rows:
            return 0
        audit_chain.append(
            session,
            [
                AuditEvent(
                    occurred_at=row.occurred_at,
                    admin_id=row.admin_id,
                    admin_username=row.admin_username,
                    workstation=row.workstation or "",
                    action=row.action,
                    outcome=row.outcome,
                    province_code=row.province_code,
                    details=row.details or "{}",
                )
                for row in rows
            ],
        )
        session.execute(sa.delete(SignInEvent).where(SignInEvent.id.in_([r.id for r in rows])))
        return len(rows)


def waiting(db: Database) -> int:
    with db.reading() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(SignInEvent)).scalar() or 0)
