"""The person view: one person's record within scope, audited reveals, and the caller check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.folding import ascii_digits, fold
from mebposta_admin.domain.manual import PasswordScreenMessage
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError, ValidationFailed
from mebposta_admin.models import (
    Alias,
    AuditEvent,
    District,
    InfoUpdateRequest,
    Institution,
    Mailbox,
    Person,
    Province,
    ReissueAttempt,
)
from mebposta_admin.services import audit, guard
from mebposta_admin.services.audit import AuditRecord
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Target
from mebposta_admin.services.scope import Scope

HISTORY_LIMIT = 20
RECENT_REISSUES = 3


@dataclass(frozen=True)
class MailboxInfo:
    id: int
    address: str
    active: bool
    quota_bytes: int
    password_changed_at: datetime | None  # last password reissue
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class ReissueAttemptInfo:
    """One SMS password sent (or tried) for the mailbox: what became of it, never the text."""

    started_at: datetime
    admin_username: str
    state: str  # services.reissue STATE_*: pending and sent mean "interrupted"
    error: str | None


@dataclass(frozen=True)
class PersonDetail:
    id: int
    first_name: str
    last_name: str
    tckn_masked: str
    gsm_masked: str | None  # None: no GSM on file
    active: bool
    institution_code: str | None
    institution_name: str | None
    province_code: str | None
    province_name: str | None
    district_name: str | None
    mailbox: MailboxInfo | None
    history: tuple[AuditRecord, ...]
    can_reveal: bool
    reissues: tuple[ReissueAttemptInfo, ...] = ()
    requests: tuple[PersonRequest, ...] = ()  # info-update requests, newest first


@dataclass(frozen=True)
class PersonRequest:
    """One of the person's info-update requests, as the person view lists it."""

    id: int
    received_at: datetime
    status: str
    source: str
    gsm_masked: str


class Field(StrEnum):
    TCKN = "tckn"
    GSM = "gsm"


class NextStep(StrEnum):
    CHECK_TCKN_DIGITS = "check_tckn_digits"
    DROP_LEADING_ZERO = "drop_leading_zero"
    GSM_TEN_DIGITS = "gsm_ten_digits"
    OTHER_PERSON = "other_person"
    UPDATE_MEBBIS_GSM = "update_mebbis_gsm"
    ADD_MEBBIS_GSM = "add_mebbis_gsm"
    SHOULD_WORK = "should_work"


@dataclass(frozen=True)
class CallerCheck:
    """Which message of the password screen the caller saw, and what to do next.

    Never carries the number on file: only whether what the caller typed matches it.
    """

    message: PasswordScreenMessage
    next_step: NextStep
    tckn_matches: bool | None
    gsm_matches: bool | None


def _loader(person_id: int) -> Callable[[Session], Person]:
    def load(session: Session) -> Person:
        person = session.get(Person, person_id)
        if person is None:
            raise AppError("person.not_found")
        return person

    return load


def person_target(person: Person) -> Target:
    return Target("person", str(person.id), person.province_code, person.district_id)


def in_scope(identity: AdminIdentity, person: Person) -> bool:
    return Scope.of(identity).contains(person.province_code, person.district_id)


def find_person(
    db: Database,
    identity: AdminIdentity,
    *,
    tckn: str | None = None,
    address: str | None = None,
    action: AuditAction = AuditAction.PERSON_VIEW,
) -> int:
    """The id of the person with this TCKN, or owning this address (or old address).

    Looked up nationally, then judged, so each case gets its true answer: a TCKN with a wrong
    checksum, nobody at all, a unit account (not a person's mailbox), or a person outside the
    administrator's area — that last refused and audited under ``action``, naming no place."""
    with db.unit_of_work() as session:
        person: Person | None = None
        if tckn is not None:
            value = ascii_digits(tckn).strip()
            if not tckn_rules.is_valid(value):
                raise ValidationFailed("tckn.invalid")
            person = session.scalar(sa.select(Person).where(Person.tckn == value))
        else:
            wanted = fold((address or "").strip())
            box = session.scalar(sa.select(Mailbox).where(Mailbox.address == wanted))
            if box is None:
                box = session.scalar(
                    sa.select(Mailbox)
                    .join(Alias, Alias.mailbox_id == Mailbox.id)
                    .where(Alias.address == wanted)
                )
            if box is not None and box.person_id is None:
                raise AppError("mailbox.unit_account", address=box.address)
            person = session.get(Person, box.person_id) if box is not None else None
        if person is None:
            raise AppError("person.not_found_lookup")
        found = person_target(person)
    return guard.act(
        db,
        identity,
        Permission.VIEW_PERSON,
        action,
        load=lambda _s: found,
        locate=lambda target: target,
        work=lambda _s, target: Done(int(target.id or 0)),
    )


def get_person(db: Database, identity: AdminIdentity, person_id: int) -> PersonDetail:
    return guard.act(
        db,
        identity,
        Permission.VIEW_PERSON,
        AuditAction.PERSON_VIEW,
        load=_loader(person_id),
        locate=person_target,
        work=lambda session, person: Done(_detail(session, identity, person)),
    )


def reveal(db: Database, identity: AdminIdentity, person_id: int, field: Field) -> str:
    """The unmasked TCKN or GSM (display form), for roles that may see it; always audited."""
    value = guard.act(
        db,
        identity,
        Permission.REVEAL_PII,
        AuditAction.PERSON_REVEAL,
        load=_loader(person_id),
        locate=person_target,
        work=lambda _s, person: Done(
            person.tckn if field is Field.TCKN else person.gsm, {"field": field.value}
        ),
        refusal_details={"person_id": person_id},
    )
    if value is None:
        raise AppError("person.no_gsm")
    return gsm_rules.display(value) if field is Field.GSM else value


def caller_check(
    db: Database, identity: AdminIdentity, person_id: int, typed_tckn: str, typed_gsm: str
) -> CallerCheck:
    """Replays the password screen's checks on what the caller says they typed."""

    def judge(_s: Session, person: Person) -> Done[CallerCheck]:
        # Full-width digits (an input method's) are the digits the caller meant.
        result = _judge(person, ascii_digits(typed_tckn).strip(), ascii_digits(typed_gsm).strip())
        return Done(result, {"message": result.message.name, "next_step": result.next_step.value})

    return guard.act(
        db,
        identity,
        Permission.CALLER_CHECK,
        AuditAction.PERSON_CALLER_CHECK,
        load=_loader(person_id),
        locate=person_target,
        work=judge,
    )


def _judge(person: Person, typed_tckn: str, typed_gsm: str) -> CallerCheck:
    # The screen checks in this order: TCKN checksum, GSM format, then the pair on file.
    if not tckn_rules.is_valid(typed_tckn):
        return CallerCheck(
            PasswordScreenMessage.TCKN_INVALID, NextStep.CHECK_TCKN_DIGITS, None, None
        )
    if not gsm_rules.is_manual_format(typed_gsm):
        step = (
            NextStep.DROP_LEADING_ZERO
            if gsm_rules.normalize(typed_gsm) is not None
            else NextStep.GSM_TEN_DIGITS
        )
        return CallerCheck(PasswordScreenMessage.GSM_FORMAT, step, person.tckn == typed_tckn, None)
    tckn_ok = person.tckn == typed_tckn
    gsm_ok = person.gsm is not None and person.gsm == typed_gsm
    if tckn_ok and gsm_ok:
        return CallerCheck(PasswordScreenMessage.NONE, NextStep.SHOULD_WORK, True, True)
    if not tckn_ok:
        step = NextStep.OTHER_PERSON
    elif person.gsm is None:
        step = NextStep.ADD_MEBBIS_GSM
    else:
        step = NextStep.UPDATE_MEBBIS_GSM
    return CallerCheck(PasswordScreenMessage.MISMATCH, step, tckn_ok, gsm_ok)


def _detail(session: Session, identity: AdminIdentity, person: Person) -> PersonDetail:
    institution = session.get(Institution, person.institution_id) if person.institution_id else None
    province = session.get(Province, person.province_code) if person.province_code else None
    district = session.get(District, person.district_id) if person.district_id else None
    box = session.scalar(sa.select(Mailbox).where(Mailbox.person_id == person.id))
    mailbox = None
    targets = [("person", str(person.id))]
    if box is not None:
        alias_addresses = tuple(
            session.scalars(
                sa.select(Alias.address).where(Alias.mailbox_id == box.id).order_by(Alias.address)
            )
        )
        mailbox = MailboxInfo(
            id=box.id,
            address=box.address,
            active=box.active,
            quota_bytes=box.quota_bytes,
            password_changed_at=box.password_changed_at,
            aliases=alias_addresses,
        )
        targets.append(("mailbox", str(box.id)))
    events = session.scalars(
        sa.select(AuditEvent)
        .where(
            sa.or_(
                *[
                    sa.and_(AuditEvent.target_type == t, AuditEvent.target_id == i)
                    for t, i in targets
                ]
            )
        )
        .order_by(AuditEvent.id.desc())
        .limit(HISTORY_LIMIT)
    )
    history = tuple(audit.to_record(e) for e in events)
    reissues = recent_attempts(session, box.id) if box is not None else ()
    requests: tuple[PersonRequest, ...] = ()
    if allows(identity.role, Permission.VIEW_REQUESTS):
        q = InfoUpdateRequest
        requests = tuple(
            PersonRequest(rid, received, status, source, _mask_gsm(gsm))
            for rid, received, status, source, gsm in session.execute(
                sa.select(q.id, q.received_at, q.status, q.source, q.gsm)
                .where(sa.or_(q.person_id == person.id, q.tckn == person.tckn))
                .order_by(q.received_at.desc(), q.id.desc())
                .limit(HISTORY_LIMIT)
            )
        )
    return PersonDetail(
        id=person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        tckn_masked=tckn_rules.mask(person.tckn),
        gsm_masked=gsm_rules.mask(person.gsm) if person.gsm else None,
        active=person.active,
        institution_code=institution.code if institution else None,
        institution_name=institution.name if institution else None,
        province_code=person.province_code,
        province_name=province.name if province else None,
        district_name=district.name if district else None,
        mailbox=mailbox,
        history=history,
        can_reveal=allows(identity.role, Permission.REVEAL_PII),
        reissues=reissues,
        requests=requests,
    )


def _mask_gsm(value: str) -> str:
    number = gsm_rules.normalize(value) if value else None
    return gsm_rules.mask(number) if number else "—"


def recent_attempts(
    session: Session, mailbox_id: int, limit: int = RECENT_REISSUES
) -> tuple[ReissueAttemptInfo, ...]:
    rows = session.execute(
        sa.select(
            ReissueAttempt.started_at,
            ReissueAttempt.admin_username,
            ReissueAttempt.state,
            ReissueAttempt.error,
        )
        .where(ReissueAttempt.mailbox_id == mailbox_id)
        .order_by(ReissueAttempt.started_at.desc(), ReissueAttempt.id.desc())
        .limit(limit)
    ).all()
    return tuple(ReissueAttemptInfo(r[0], r[1], r[2], r[3]) for r in rows)
