"""Unit accounts: the list, the counts, the Kişiler box's lookup and the unit view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError, PermissionDenied
from mebposta_admin.models import (
    Alias,
    AuditEvent,
    Institution,
    Mailbox,
    Person,
    UnitCustodian,
)
from mebposta_admin.services import audit, guard, paging
from mebposta_admin.services.audit import AuditRecord
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.geography import names
from mebposta_admin.services.guard import Done, Target
from mebposta_admin.services.paging import Page
from mebposta_admin.services.reissue import CUSTODIAN_DEPUTY, CUSTODIAN_PRIMARY
from mebposta_admin.services.scope import Scope

R = TypeVar("R")
# A literal, not a bound parameter: SQLite uses the partial index ix_mailboxes_unit_address
# only when the query's condition is the index's own text.
UNIT = Mailbox.kind == sa.literal_column("'unit'")
QUOTA_RANGE_MB = (50, 50_000)
HISTORY_LIMIT = 30


@dataclass(frozen=True)
class UnitRow:
    id: int
    address: str
    display_name: str
    province_code: str | None  # None: merkez
    province_name: str
    primary_name: str | None
    deputies: int
    active: bool
    password_changed_at: datetime | None
    flagged: bool  # no valid primary custodian (none, passive, or without a GSM)


@dataclass(frozen=True)
class CustodianInfo:
    id: int
    person_id: int
    name: str
    role: str
    gsm_masked: str | None
    started_at: datetime
    started_by: str
    ended_at: datetime | None
    ended_by: str | None
    end_reason: str | None

    @property
    def current(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class UnitDetail:
    id: int
    address: str
    display_name: str
    office: str
    province_code: str | None
    province_name: str
    active: bool
    quota_bytes: int
    aliases: tuple[str, ...]
    password_changed_at: datetime | None
    custodians: tuple[CustodianInfo, ...]  # current first, then the past, newest first
    history: tuple[AuditRecord, ...]
    flagged: bool

    @property
    def primary(self) -> CustodianInfo | None:
        return next((c for c in self.custodians if c.current and c.role == CUSTODIAN_PRIMARY), None)


@dataclass(frozen=True)
class HandoverResult:
    mailbox_id: int
    new_primary: int
    old_primary: int | None
    propose_reissue: bool  # the old custodian knew the password: send a new one now


@dataclass(frozen=True)
class UnitCounts:
    total: int
    flagged: int


# ------------------------------------------------------------------------------ reading
def _require(
    db: Database, identity: AdminIdentity, permission: Permission, action: AuditAction
) -> None:
    if not guard.check(identity, permission):
        guard.refuse(db, identity, action, guard.NO_TARGET, "role")
        raise PermissionDenied("permission.role", role=identity.role.value)


def _primary_valid() -> Any:
    """Units whose current primary custodian is active and has a GSM of the manual's form."""
    return (
        sa.select(UnitCustodian.mailbox_id)
        .join(Person, Person.id == UnitCustodian.person_id)
        .where(
            UnitCustodian.role == CUSTODIAN_PRIMARY,
            UnitCustodian.ended_at.is_(None),
            Person.active,
            Person.gsm.is_not(None),
        )
    )


def _scope_conditions(identity: AdminIdentity) -> list[Any]:
    scope = Scope.of(identity)
    if scope.district_id is not None:
        return [sa.false()]  # unit accounts are provincial or central
    if scope.province_code is not None:
        return [Mailbox.province_code == scope.province_code]
    return []


def page(
    db: Database,
    identity: AdminIdentity,
    text: str = "",
    after: tuple[Any, ...] | None = None,
    limit: int = 100,
    *,
    flagged_only: bool = False,
) -> Page[UnitRow]:
    """Unit accounts in scope, by address; ``text`` matches the address or the office name
    (Turkish-folded), from its start or anywhere."""
    _require(db, identity, Permission.VIEW_PERSON, AuditAction.SEARCH)
    primary = (
        sa.select(Person.first_name + " " + Person.last_name)
        .join(UnitCustodian, UnitCustodian.person_id == Person.id)
        .where(
            UnitCustodian.mailbox_id == Mailbox.id,
            UnitCustodian.role == CUSTODIAN_PRIMARY,
            UnitCustodian.ended_at.is_(None),
        )
        .limit(1)
        .scalar_subquery()
    )
    deputies = (
        sa.select(sa.func.count())
        .where(
            UnitCustodian.mailbox_id == Mailbox.id,
            UnitCustodian.role == CUSTODIAN_DEPUTY,
            UnitCustodian.ended_at.is_(None),
        )
        .scalar_subquery()
    )
    valid = Mailbox.id.in_(_primary_valid())
    query: Any = sa.select(
        Mailbox.id,
        Mailbox.address,
        Mailbox.display_name,
        Mailbox.province_code,
        primary.label("primary"),
        deputies.label("deputies"),
        Mailbox.active,
        Mailbox.password_changed_at,
        valid.label("valid"),
    ).where(UNIT, *_scope_conditions(identity))
    wanted = fold(text or "").strip()
    if wanted:
        office = sa.select(Institution.id).where(Institution.name_folded.contains(wanted))
        query = query.where(
            sa.or_(Mailbox.address.contains(wanted), Mailbox.institution_id.in_(office))
        )
    if flagged_only:
        query = query.where(sa.not_(valid))
    statement = paging.keyset(query, (Mailbox.address,), after, limit + 1)
    place = names(db)
    with db.reading(statement_snapshots=True) as conn:
        rows = conn.execute(statement).all()
    shown = [
        UnitRow(
            x.id,
            x.address,
            x.display_name,
            x.province_code,
            place.provinces.get(x.province_code or "", "") if x.province_code else "",
            x.primary,
            int(x.deputies or 0),
            bool(x.active),
            x.password_changed_at,
            not x.valid,
        )
        for x in rows
    ]
    return paging.page_of(shown, lambda row: (row.address,), limit)


def matching(
    db: Database, identity: AdminIdentity, text: str, limit: int = 5
) -> tuple[UnitRow, ...]:
    """Unit accounts in scope whose address holds ``text`` (folded), for the Kişiler box:
    the partial index of the ~2 000 units, never the personal mailboxes."""
    wanted = fold(text or "").strip().replace(" ", "")
    if len(wanted) < 3 or not guard.check(identity, Permission.VIEW_PERSON):
        return ()
    if "@" in wanted:
        wanted = wanted.split("@", 1)[0]
    query = (
        sa.select(
            Mailbox.id, Mailbox.address, Mailbox.display_name, Mailbox.province_code, Mailbox.active
        )
        .where(UNIT, *_scope_conditions(identity), Mailbox.address.contains(wanted))
        .order_by(Mailbox.address)
        .limit(limit)
    )
    place = names(db)
    with db.reading(statement_snapshots=True) as conn:
        rows = conn.execute(query).all()
    return tuple(
        UnitRow(
            x.id,
            x.address,
            x.display_name,
            x.province_code,
            place.provinces.get(x.province_code or "", "") if x.province_code else "",
            None,
            0,
            bool(x.active),
            None,
            False,
        )
        for x in rows
    )


def counts(db: Database, identity: AdminIdentity) -> UnitCounts:
    _require(db, identity, Permission.VIEW_PERSON, AuditAction.SEARCH)
    units = [UNIT, *_scope_conditions(identity)]
    with db.reading(statement_snapshots=True) as conn:
        total = conn.execute(sa.select(sa.func.count()).where(*units)).scalar_one()
        flagged = conn.execute(
            sa.select(sa.func.count()).where(*units, Mailbox.id.not_in(_primary_valid()))
        ).scalar_one()
    return UnitCounts(int(total), int(flagged))


def _load_box(mailbox_id: int) -> Callable[[Session], Mailbox]:
    def load(session: Session) -> Mailbox:
        box = session.get(Mailbox, mailbox_id)
        if box is None:
            raise AppError("mailbox.not_found")
        return box

    return load


def mailbox_target(session: Session) -> Callable[[Mailbox], Target]:
    def locate(box: Mailbox) -> Target:
        if box.person_id is None:
            return Target("mailbox", str(box.id), box.province_code, None)
        person = session.get(Person, box.person_id)
        assert person is not None
        return Target("mailbox", str(box.id), person.province_code, person.district_id)

    return locate


def _act(
    db: Database,
    identity: AdminIdentity,
    permission: Permission,
    action: AuditAction,
    mailbox_id: int,
    work: Callable[[Session, Mailbox], Done[R]],
) -> R:
    """The guard for an action on one mailbox (its area decides the scope)."""
    holder: dict[str, Session] = {}

    def load(session: Session) -> Mailbox:
        holder["session"] = session
        return _load_box(mailbox_id)(session)

    return guard.act(
        db,
        identity,
        permission,
        action,
        load=load,
        locate=lambda box: mailbox_target(holder["session"])(box),
        work=work,
        refusal_details={"mailbox_id": mailbox_id},
    )


def detail(db: Database, identity: AdminIdentity, mailbox_id: int) -> UnitDetail:
    def work(session: Session, box: Mailbox) -> Done[UnitDetail]:
        return Done(_detail(db, session, box))

    return _act(db, identity, Permission.VIEW_PERSON, AuditAction.PERSON_VIEW, mailbox_id, work)


def _custodians(session: Session, mailbox_id: int) -> tuple[CustodianInfo, ...]:
    rows = session.execute(
        sa.select(UnitCustodian, Person)
        .join(Person, Person.id == UnitCustodian.person_id)
        .where(UnitCustodian.mailbox_id == mailbox_id)
    ).all()
    infos = [
        CustodianInfo(
            c.id,
            p.id,
            f"{p.first_name} {p.last_name}",
            c.role,
            gsm_rules.mask(p.gsm) if p.gsm else None,
            c.started_at,
            c.started_by,
            c.ended_at,
            c.ended_by,
            c.end_reason,
        )
        for c, p in rows
    ]
    current = sorted(
        (c for c in infos if c.current), key=lambda c: (c.role != CUSTODIAN_PRIMARY, c.started_at)
    )
    past = sorted(
        (c for c in infos if not c.current), key=lambda c: c.ended_at or c.started_at, reverse=True
    )
    return tuple(current + past)


def _detail(db: Database, session: Session, box: Mailbox) -> UnitDetail:
    place = names(db)
    office = session.get(Institution, box.institution_id) if box.institution_id else None
    aliases = tuple(
        session.scalars(
            sa.select(Alias.address).where(Alias.mailbox_id == box.id).order_by(Alias.address)
        )
    )
    events = session.scalars(
        sa.select(AuditEvent)
        .where(AuditEvent.target_type == "mailbox", AuditEvent.target_id == str(box.id))
        .order_by(AuditEvent.id.desc())
        .limit(HISTORY_LIMIT)
    )
    custodians = _custodians(session, box.id)
    primary = next((c for c in custodians if c.current and c.role == CUSTODIAN_PRIMARY), None)
    valid = session.scalar(
        sa.select(sa.func.count()).where(
            UnitCustodian.mailbox_id.in_(_primary_valid()), UnitCustodian.mailbox_id == box.id
        )
    )
    return UnitDetail(
        box.id,
        box.address,
        box.display_name,
        office.name if office else "",
        box.province_code,
        place.provinces.get(box.province_code or "", "") if box.province_code else "",
        box.active,
        box.quota_bytes,
        aliases,
        box.password_changed_at,
        custodians,
        tuple(audit.to_record(e) for e in events),
        primary is None or not valid,
    )
