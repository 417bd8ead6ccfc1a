"""Creating a unit account for an office, under the naming rules, with its first custodian."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import unit_names
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.folding import turkish_sort_key
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError, ValidationFailed
from mebposta_admin.models import (
    DEFAULT_QUOTA_BYTES,
    District,
    Institution,
    Mailbox,
    UnitCustodian,
)
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import guard, system_settings
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Refuse, Target
from mebposta_admin.services.reissue import CUSTODIAN_PRIMARY
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.units.custodians import _custodian_person
from mebposta_admin.services.units.mailbox import _taken
from mebposta_admin.services.units.reading import QUOTA_RANGE_MB, _require


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
    rules = system_settings.unit_rules(system_settings.load(db))
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
                unit_names.expected_local(o.kind, o.province_code, district, rules) or "",
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
            address,
            office.kind,
            office.province_code,
            district.name if district else None,
            system_settings.unit_rules(system_settings.read(session)),
        )
        if verdict.problem:
            raise Refuse(
                "naming",
                ValidationFailed(verdict.problem, expected=verdict.expected or "", address=address),
            )
        full = f"{verdict.local_part}@{unit_names.DOMAIN}"
        if _taken(session, full):
            raise Refuse("taken", ValidationFailed("unit.address_taken", address=full))
        person = _custodian_person(session, identity, custodian_id, office.province_code)
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
