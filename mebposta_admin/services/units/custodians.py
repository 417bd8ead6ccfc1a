"""Custodians of unit accounts: deputies, the handover (a reissue proposed), declining it."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError, PermissionDenied, ValidationFailed
from mebposta_admin.models import (
    Mailbox,
    Person,
    Province,
    UnitCustodian,
)
from mebposta_admin.models.base import utcnow
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Refuse
from mebposta_admin.services.reissue import CUSTODIAN_DEPUTY, CUSTODIAN_PRIMARY
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.units.reading import HandoverResult, _act


# ------------------------------------------------------------------------------ custodians
def _custodian_person(
    session: Session, identity: AdminIdentity, person_id: int, province_code: str | None
) -> Person:
    """The person, if they may keep a unit account of ``province_code`` (None: a central
    unit): in the administrator's scope, of the unit's province, in service, with a GSM."""
    person = session.get(Person, person_id)
    if person is None:
        raise Refuse("custodian_unknown", AppError("person.not_found"))
    if not Scope.of(identity).contains(person.province_code, person.district_id):
        raise Refuse("custodian_scope", PermissionDenied("unit.custodian_outside_scope"))
    if province_code is not None and person.province_code != province_code:
        province = session.get(Province, province_code)
        raise Refuse(
            "custodian_province",
            ValidationFailed(
                "unit.custodian_other_province",
                province=province.name if province else province_code,
            ),
        )
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
        person = _custodian_person(session, identity, person_id, box.province_code)
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
        person = _custodian_person(session, identity, person_id, box.province_code)
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
            propose_reissue=box.password_changed_at is not None or old_id is not None,
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
