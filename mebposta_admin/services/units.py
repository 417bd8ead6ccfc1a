"""Unit accounts (birim hesapları): the offices' shared mailboxes, their custodians, and the
mailbox actions every mailbox shares (deactivate / reactivate, quota, old addresses).

Scope: a unit account belongs to its province (``mailboxes.province_code``), a central unit to
none — so a province administrator manages the province's units and only national roles the
central ones (services.scope; the action guard refuses and audits the rest). A personal
mailbox belongs to its person's area.

Custody: one primary custodian (the password's SMS goes to their GSM on file), optional
deputies; custody ends, it is never deleted. A handover ends the old primary's custody and
proposes an immediate reissue, because the old custodian knew the password; declining it is
recorded with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import unit_names
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.folding import fold, turkish_sort_key
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError, PermissionDenied, ValidationFailed
from mebposta_admin.models import (
    DEFAULT_QUOTA_BYTES,
    Alias,
    AuditEvent,
    District,
    Institution,
    Mailbox,
    Person,
    UnitCustodian,
)
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import audit, guard, paging
from mebposta_admin.services.audit import AuditRecord
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.geography import names
from mebposta_admin.services.guard import Done, Refuse, Target
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


# ------------------------------------------------------------------------------ custodians
def _custodian_person(session: Session, identity: AdminIdentity, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise Refuse("custodian_unknown", AppError("person.not_found"))
    if not Scope.of(identity).contains(person.province_code, person.district_id):
        raise Refuse("custodian_scope", PermissionDenied("unit.custodian_outside_scope"))
    if not person.active:
        raise Refuse("custodian_inactive", ValidationFailed("unit.custodian_inactive"))
    if not person.gsm or not gsm_rules.is_manual_format(person.gsm):
        raise Refuse("custodian_no_gsm", ValidationFailed("unit.custodian_no_gsm"))
    return person


def _unit_only(box: Mailbox) -> None:
    if box.kind != "unit":
        raise Refuse("not_unit", ValidationFailed("unit.not_a_unit", address=box.address))


def _current(session: Session, mailbox_id: int, role: str | None = None) -> list[UnitCustodian]:
    query = sa.select(UnitCustodian).where(
        UnitCustodian.mailbox_id == mailbox_id, UnitCustodian.ended_at.is_(None)
    )
    if role is not None:
        query = query.where(UnitCustodian.role == role)
    return list(session.scalars(query))


def add_deputy(db: Database, identity: AdminIdentity, mailbox_id: int, person_id: int) -> int:
    """A deputy custodian (the primary stays); returns the custody's id."""

    def work(session: Session, box: Mailbox) -> Done[int]:
        _unit_only(box)
        person = _custodian_person(session, identity, person_id)
        if any(c.person_id == person.id for c in _current(session, box.id)):
            raise Refuse("already_custodian", ValidationFailed("unit.already_custodian"))
        custody = UnitCustodian(
            mailbox_id=box.id,
            person_id=person.id,
            role=CUSTODIAN_DEPUTY,
            started_at=utcnow(),
            started_by=identity.username,
        )
        session.add(custody)
        session.flush()
        return Done(custody.id, {"person_id": person.id, "role": CUSTODIAN_DEPUTY})

    return int(
        _act(db, identity, Permission.MANAGE_UNIT, AuditAction.UNIT_CUSTODIAN_ADD, mailbox_id, work)
    )


def handover(
    db: Database, identity: AdminIdentity, mailbox_id: int, person_id: int, reason: str = ""
) -> HandoverResult:
    """``person_id`` becomes the primary custodian; the old primary's custody ends. The
    caller then proposes a reissue (the old custodian knew the password)."""
    reason = (reason or "").strip()[:200]

    def work(session: Session, box: Mailbox) -> Done[HandoverResult]:
        _unit_only(box)
        person = _custodian_person(session, identity, person_id)
        olds = _current(session, box.id, CUSTODIAN_PRIMARY)
        if any(c.person_id == person.id for c in olds):
            raise Refuse("same_custodian", ValidationFailed("unit.handover_to_same"))
        now = utcnow()
        for old in olds:
            old.ended_at, old.ended_by = now, identity.username
            old.end_reason = reason or "handover"
        for deputy in _current(session, box.id, CUSTODIAN_DEPUTY):
            if deputy.person_id == person.id:  # a deputy promoted: that custody ends too
                deputy.ended_at, deputy.ended_by, deputy.end_reason = (
                    now,
                    identity.username,
                    "promoted",
                )
        session.add(
            UnitCustodian(
                mailbox_id=box.id,
                person_id=person.id,
                role=CUSTODIAN_PRIMARY,
                started_at=now,
                started_by=identity.username,
            )
        )
        old_id = olds[0].person_id if olds else None
        result = HandoverResult(
            box.id,
            person.id,
            old_id,
            propose_reissue=box.password_hash is not None or old_id is not None,
        )
        return Done(result, {"from_person": old_id, "to_person": person.id, "reason": reason})

    return _act(db, identity, Permission.MANAGE_UNIT, AuditAction.UNIT_HANDOVER, mailbox_id, work)


def decline_reissue(db: Database, identity: AdminIdentity, mailbox_id: int, reason: str) -> None:
    """The proposed reissue after a handover was declined: recorded with the reason."""
    reason = (reason or "").strip()
    if len(reason) < 10:
        raise ValidationFailed("unit.decline_reason_needed", minimum=10)

    def work(_session: Session, box: Mailbox) -> Done[None]:
        _unit_only(box)
        return Done(None, {"reason": reason[:500]})

    _act(db, identity, Permission.MANAGE_UNIT, AuditAction.UNIT_REISSUE_DECLINED, mailbox_id, work)


def end_custody(db: Database, identity: AdminIdentity, custody_id: int, reason: str = "") -> None:
    """End a deputy's custody (a primary is replaced by a handover, never just ended)."""
    with db.unit_of_work() as session:
        custody = session.get(UnitCustodian, custody_id)
        if custody is None:
            raise AppError("unit.custody_not_found")
        mailbox_id = custody.mailbox_id

    def work(session: Session, _box: Mailbox) -> Done[None]:
        row = session.get(UnitCustodian, custody_id)
        assert row is not None
        if row.ended_at is not None:
            raise Refuse("already_ended", ValidationFailed("unit.custody_ended"))
        if row.role == CUSTODIAN_PRIMARY:
            raise Refuse("primary", ValidationFailed("unit.primary_needs_handover"))
        row.ended_at, row.ended_by, row.end_reason = (
            utcnow(),
            identity.username,
            reason[:200] or None,
        )
        return Done(None, {"custody": custody_id, "person_id": row.person_id})

    _act(db, identity, Permission.MANAGE_UNIT, AuditAction.UNIT_CUSTODIAN_END, mailbox_id, work)


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


# ------------------------------------------------------------------------------ creating
@dataclass(frozen=True)
class Office:
    id: int
    name: str
    kind: str  # province_office | district_office | central
    province_code: str | None
    suggested: str  # the local part the naming rule asks for ("" for a central unit)
    has_unit: bool  # a unit account already belongs to it


def offices(db: Database, identity: AdminIdentity) -> tuple[Office, ...]:
    """The offices a unit account can be created for, in scope: the İl MEM and İlçe MEMs of
    the administrator's province; nationally also the central units."""
    _require(db, identity, Permission.MANAGE_UNIT, AuditAction.UNIT_CREATE)
    scope = Scope.of(identity)
    query = (
        sa.select(Institution, District.name)
        .outerjoin(District, District.id == Institution.district_id)
        .where(Institution.kind.in_(("province_office", "district_office", "central")))
    )
    if scope.district_id is not None:
        return ()
    if scope.province_code is not None:
        query = query.where(Institution.province_code == scope.province_code)
    with db.unit_of_work() as session:
        owned = set(
            session.scalars(
                sa.select(Mailbox.institution_id).where(
                    Mailbox.kind == "unit", Mailbox.institution_id.is_not(None)
                )
            )
        )
        found = [
            Office(
                o.id,
                o.name,
                o.kind,
                o.province_code,
                unit_names.expected_local(o.kind, o.province_code, district, {}) or "",
                o.id in owned,
            )
            for o, district in session.execute(query)
        ]
    order = {"central": 0, "province_office": 1, "district_office": 2}
    return tuple(
        sorted(
            found, key=lambda o: (o.province_code or "", order[o.kind], turkish_sort_key(o.name))
        )
    )


def create(
    db: Database,
    identity: AdminIdentity,
    *,
    institution_id: int,
    address: str,
    custodian_id: int,
    quota_mb: int = DEFAULT_QUOTA_BYTES // (1024 * 1024),
    display_name: str = "",
) -> int:
    """A unit account for an office (an İl / İlçe MEM or a central unit), its address checked
    against the naming rules and every address and old address, with its first primary
    custodian. The row is the mail backend's (Dovecot reads this table): it logs in once the
    custodian has received its first password by SMS."""
    low, high = QUOTA_RANGE_MB
    if not low <= int(quota_mb) <= high:
        raise ValidationFailed("mailbox.quota_range", low=low, high=high)

    def load(session: Session) -> Institution:
        office = session.get(Institution, institution_id)
        if office is None:
            raise AppError("unit.office_unknown", id=institution_id)
        return office

    def locate(office: Institution) -> Target:
        return Target("unit", None, office.province_code, None)

    def work(session: Session, office: Institution) -> Done[int]:
        district = session.get(District, office.district_id) if office.district_id else None
        verdict = unit_names.check(
            address, office.kind, office.province_code, district.name if district else None
        )
        if verdict.problem:
            raise Refuse(
                "naming",
                ValidationFailed(verdict.problem, expected=verdict.expected or "", address=address),
            )
        full = f"{verdict.local_part}@{unit_names.DOMAIN}"
        if _taken(session, full):
            raise Refuse("taken", ValidationFailed("unit.address_taken", address=full))
        person = _custodian_person(session, identity, custodian_id)
        box = Mailbox(
            address=full,
            kind="unit",
            person_id=None,
            institution_id=office.id,
            province_code=office.province_code,
            display_name=(display_name or office.name)[:200],
            password_hash=None,
            quota_bytes=int(quota_mb) * 1024 * 1024,
            active=True,
            maildir=f"{unit_names.DOMAIN}/{verdict.local_part}/",
            created_at=utcnow(),
        )
        session.add(box)
        session.flush()
        session.add(
            UnitCustodian(
                mailbox_id=box.id,
                person_id=person.id,
                role=CUSTODIAN_PRIMARY,
                started_at=utcnow(),
                started_by=identity.username,
            )
        )
        located = Target("mailbox", str(box.id), office.province_code, None)
        return Done(box.id, {"address": full, "office": office.id, "custodian": person.id}, located)

    return int(
        guard.act(
            db,
            identity,
            Permission.MANAGE_UNIT,
            AuditAction.UNIT_CREATE,
            load=load,
            locate=locate,
            work=work,
            refusal_details={"address": address},
        )
    )
