"""The request queue: requests in scope, filtered, keyset-paged by deadline, and its counts.

The order is the deadline (overdue first), then the id: one B-tree per area
(``ix_info_update_requests_{,province_,district_}queue``) serves every filter, so the first
page of a 50 000-request queue costs what a page of 50 does (benchmarks/requests.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.business_calendar import DeadlineState
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import PermissionDenied, ValidationFailed
from mebposta_admin.models import InfoUpdateRequest as Q
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import guard, paging
from mebposta_admin.services import requests as r
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.geography import names
from mebposta_admin.services.guard import NO_TARGET
from mebposta_admin.services.paging import Page
from mebposta_admin.services.scope import Scope

DUE_SOON = timedelta(hours=2)
OPEN = "open"  # the filter for pending and second-approval requests
ALL = "all"
STATUS_FILTERS = (OPEN, *r.STATUSES, ALL)


@dataclass(frozen=True)
class QueueFilter:
    status: str = OPEN
    province_code: str | None = None
    source: str | None = None
    overdue: bool = False
    min_age_days: int | None = None  # received at least this many days ago
    mine: bool = False  # assigned to the administrator asking
    tckn: str | None = None  # one person's requests (by the TCKN on the form)
    person_id: int | None = None  # one person's requests (matched to the record)

    def __post_init__(self) -> None:
        if self.status not in STATUS_FILTERS:
            raise ValidationFailed("request.filter_invalid", value=self.status)
        if self.source is not None and self.source not in r.SOURCES:
            raise ValidationFailed("request.filter_invalid", value=self.source)


@dataclass(frozen=True)
class RequestRow:
    id: int
    received_at: datetime
    due_at: datetime
    deadline: str  # DeadlineState, or "closed" for a decided request
    name: str
    tckn_masked: str
    gsm_masked: str
    province_name: str
    district_name: str
    institution_name: str
    source: str
    status: str
    assigned_to: str | None
    problem_codes: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class QueueCounts:
    open: int
    overdue: int
    due_soon: int
    second_approval: int
    mine: int
    received_today: int


def _require(db: Database, identity: AdminIdentity) -> None:
    if not allows(identity.role, Permission.VIEW_REQUESTS):
        guard.refuse(db, identity, AuditAction.REQUEST_VIEW, NO_TARGET, "role")
        raise PermissionDenied("permission.role", role=identity.role.value)


def _conditions(
    identity: AdminIdentity, filt: QueueFilter, now: datetime
) -> list[sa.ColumnElement[bool]]:
    where = list(Scope.of(identity).where(Q.province_code, Q.district_id))
    if filt.status == OPEN:
        where.append(Q.status.in_(r.OPEN_STATUSES))
    elif filt.status != ALL:
        where.append(Q.status == filt.status)
    if filt.province_code:
        where.append(Q.province_code == filt.province_code)
    if filt.source:
        where.append(Q.source == filt.source)
    if filt.overdue:
        where.append(Q.due_at <= now)
        where.append(Q.status.in_(r.OPEN_STATUSES))
    if filt.min_age_days:
        where.append(Q.received_at <= now - timedelta(days=filt.min_age_days))
    if filt.mine:
        where.append(Q.assigned_admin_id == identity.id)
    if filt.tckn:
        where.append(Q.tckn == filt.tckn)
    if filt.person_id is not None:
        where.append(Q.person_id == filt.person_id)
    return where


def page(
    db: Database,
    identity: AdminIdentity,
    filt: QueueFilter | None = None,
    after: tuple[Any, ...] | None = None,
    limit: int = 100,
    *,
    now: datetime | None = None,
) -> Page[RequestRow]:
    _require(db, identity)
    filt = filt or QueueFilter()
    now = now or utcnow()
    columns = (
        Q.id,
        Q.received_at,
        Q.due_at,
        Q.first_name,
        Q.last_name,
        Q.tckn,
        Q.gsm,
        Q.province_code,
        Q.district_id,
        Q.province_text,
        Q.district_text,
        Q.institution_name,
        Q.source,
        Q.status,
        Q.assigned_to,
        Q.problems,
        Q.version,
    )
    query: Any = sa.select(*columns).where(*_conditions(identity, filt, now))
    last = (_as_time(after[0]), after[1]) if after else None
    statement = paging.keyset(query, (Q.due_at, Q.id), last, limit + 1)
    place = names(db)
    with db.reading(statement_snapshots=True) as conn:
        rows = conn.execute(statement).all()
    shown = [_row(x, place, now) for x in rows]
    return paging.page_of(shown, lambda row: (row.due_at.isoformat(), row.id), limit)


def _as_time(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _row(x: Any, place: Any, now: datetime) -> RequestRow:
    open_ = x.status in r.OPEN_STATUSES
    if not open_:
        deadline = "closed"
    elif now >= x.due_at:
        deadline = DeadlineState.OVERDUE
    elif x.due_at - now <= DUE_SOON:
        deadline = DeadlineState.DUE_SOON
    else:
        deadline = DeadlineState.ON_TIME
    return RequestRow(
        id=x.id,
        received_at=x.received_at,
        due_at=x.due_at,
        deadline=str(deadline),
        name=f"{x.first_name} {x.last_name}".strip(),
        tckn_masked=mask_tckn(x.tckn),
        gsm_masked=mask_gsm(x.gsm),
        province_name=place.provinces.get(x.province_code, x.province_text)
        if x.province_code
        else x.province_text,
        district_name=place.districts.get(x.district_id, x.district_text)
        if x.district_id
        else x.district_text,
        institution_name=x.institution_name,
        source=x.source,
        status=x.status,
        assigned_to=x.assigned_to,
        problem_codes=tuple(p[1] for p in json.loads(x.problems or "[]")),
        version=x.version,
    )


def mask_tckn(value: str) -> str:
    """Masked when it is a TCKN; what was typed is never shown whole either."""
    if tckn_rules.is_valid(value):
        return tckn_rules.mask(value)
    return (value[:2] + "*" * max(0, len(value) - 2))[:11] if value else ""


def mask_gsm(value: str) -> str:
    number = gsm_rules.normalize(value) if value else None
    if number:
        return gsm_rules.mask(number)
    return (value[:1] + "*" * max(0, len(value) - 1))[:12] if value else ""


def counts(db: Database, identity: AdminIdentity, *, now: datetime | None = None) -> QueueCounts:
    """The scope's backlog: open, overdue, due within two hours, waiting for a second
    approval, assigned to me, received today (Turkey's day)."""
    _require(db, identity)
    now = now or utcnow()
    scope = Scope.of(identity).where(Q.province_code, Q.district_id)
    open_ = Q.status.in_(r.OPEN_STATUSES)
    from mebposta_admin.domain.business_calendar import ISTANBUL

    local = now.astimezone(ISTANBUL)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)

    def n(*conditions: Any) -> Any:
        return sa.func.count().filter(*conditions)

    statement = sa.select(
        n(open_),
        n(open_, Q.due_at <= now),
        n(open_, Q.due_at > now, Q.due_at <= now + DUE_SOON),
        n(Q.status == r.SECOND_APPROVAL),
        n(open_, Q.assigned_admin_id == identity.id),
    ).where(*scope, open_)
    today = sa.select(sa.func.count()).where(*scope, Q.received_at >= midnight)
    with db.reading(statement_snapshots=True) as conn:
        a, b, c, d, e = conn.execute(statement).one()
        received = conn.execute(today).scalar_one()
    return QueueCounts(int(a), int(b), int(c), int(d), int(e), int(received))
