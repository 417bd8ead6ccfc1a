"""The audit trail: append-only events of every administrator action (design.md §3.6)."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mebposta_admin.domain.audit_actions import Outcome
from mebposta_admin.models import AuditEvent
from mebposta_admin.models.base import utcnow

# The outcomes, as domain.audit_actions.Outcome names them (one list, stored as text).
SUCCESS = Outcome.SUCCESS
FAILURE = Outcome.FAILURE
REFUSED = Outcome.REFUSED


def workstation() -> str:
    """Where the action came from: the host name (the admin's workstation)."""
    return socket.gethostname()[:128]


@dataclass(frozen=True)
class AuditRecord:
    id: int
    occurred_at: datetime
    admin_username: str
    workstation: str
    action: str
    outcome: str
    target_type: str | None
    target_id: str | None
    province_code: str | None
    details: dict[str, Any]


def record(
    session: Session,
    *,
    action: str,
    outcome: str,
    admin_id: int | None,
    admin_username: str,
    target_type: str | None = None,
    target_id: str | None = None,
    province_code: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Add an audit event to the caller's unit of work, chained (services.audit_chain).
    ``details`` must already be masked."""
    from mebposta_admin.services import audit_chain

    audit_chain.append(
        session,
        [
            AuditEvent(
                occurred_at=utcnow(),
                admin_id=admin_id,
                admin_username=admin_username,
                workstation=workstation(),
                action=action,
                outcome=outcome,
                target_type=target_type,
                target_id=target_id,
                province_code=province_code,
                details=json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
            )
        ],
    )


def recent(
    session: Session, limit: int = 50, *, admin_username: str | None = None
) -> list[AuditRecord]:
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if admin_username is not None:
        query = query.where(AuditEvent.admin_username == admin_username)
    return [to_record(e) for e in session.scalars(query)]


def to_record(e: AuditEvent) -> AuditRecord:
    return AuditRecord(
        id=e.id,
        occurred_at=e.occurred_at,
        admin_username=e.admin_username,
        workstation=e.workstation,
        action=e.action,
        outcome=e.outcome,
        target_type=e.target_type,
        target_id=e.target_id,
        province_code=e.province_code,
        details=json.loads(e.details or "{}"),
    )
