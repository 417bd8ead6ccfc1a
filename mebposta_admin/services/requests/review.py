"""The three-way review: the request, our record and MEBBİS, field by field, with warnings.

Names are compared Turkish-folded ("ŞAHİN" = "Şahin" = "sahin"), GSM numbers normalised. TCKN
and GSM values are shown masked (the marks are computed on the full values), so a review can
be opened by every role that sees the queue without revealing anything.

Warnings are the signs of a hijack attempt: the new GSM already on file for another TCKN or
asked for by other TCKNs' requests; several requests for this TCKN within 30 days; a burst of
requests from one institution. Blockers are what makes approval impossible as it stands.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError
from mebposta_admin.models import (
    InfoUpdateRequest,
    Institution,
    Mailbox,
    Person,
    RequestEvent,
)
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import guard
from mebposta_admin.services import requests as r
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.directory import Directory, DirectoryRecord, DirectoryUnavailable
from mebposta_admin.services.geography import names
from mebposta_admin.services.guard import Done, Target
from mebposta_admin.services.requests.queue import DUE_SOON, mask_gsm, mask_tckn

REPEAT_WINDOW = timedelta(days=30)
BURST_WINDOW = timedelta(hours=24)
BURST_THRESHOLD = 5  # requests from one institution within a day
COMPARED = (
    "first_name",
    "last_name",
    "tckn",
    "gsm",
    "institution_name",
    "institution_code",
    "province",
    "district",
)
IDENTITY_FIELDS = ("first_name", "last_name")
MIN_JUSTIFICATION = 15  # characters of a four-eyes justification

# Directory states.
FOUND = "found"
UNKNOWN_PERSON = "unknown"
UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class HistoryItem:
    occurred_at: datetime
    kind: str
    admin_username: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class Compared:
    field: str
    request: str
    ours: str | None  # None: no record of ours
    mebbis: str | None  # None: MEBBİS not asked, unknown person or unreachable
    ours_same: bool | None
    mebbis_same: bool | None


@dataclass(frozen=True)
class Warning:
    code: str  # gsm.on_file_elsewhere, gsm.asked_elsewhere, tckn.repeated, institution.burst…
    count: int = 0


@dataclass(frozen=True)
class RequestSnapshot:
    """What the database says about a request (read in one unit of work)."""

    id: int
    version: int
    status: str
    source: str
    received_at: datetime
    submitted_at: datetime
    due_at: datetime
    deadline: str
    tckn: str
    gsm: str
    first_name: str
    last_name: str
    institution_name: str
    institution_code: str
    province_code: str | None
    province_name: str
    district_name: str
    email: str
    note: str
    problem_codes: tuple[str, ...]
    assigned_to: str | None
    first_approver: str | None
    first_approver_id: int | None
    first_approved_at: datetime | None
    justification: str | None
    decided_by: str | None
    decided_at: datetime | None
    reason_code: str | None
    reason_text: str | None
    superseded_by: int | None
    person_id: int | None
    person: dict[str, str] | None  # our record's compared fields (full values)
    address: str | None
    history: tuple[HistoryItem, ...]
    warnings: tuple[Warning, ...]


@dataclass(frozen=True)
class Review:
    request: RequestSnapshot
    fields: tuple[Compared, ...]
    directory: str  # FOUND | UNKNOWN_PERSON | UNAVAILABLE
    directory_error: str | None  # the error code when UNAVAILABLE
    blockers: tuple[str, ...]  # why it cannot be approved now
    gsm_change: bool
    mebbis_holds_gsm: bool
    needs_second: bool  # this approval (if given) waits for a second administrator
    first_by_me: bool  # I gave the first approval: the second must be someone else

    @property
    def warnings(self) -> tuple[Warning, ...]:
        return self.request.warnings

    @property
    def can_approve(self) -> bool:
        return not self.blockers

    @property
    def can_reject(self) -> bool:
        return self.request.status in r.OPEN_STATUSES


def load_request(request_id: int) -> Callable[[Session], InfoUpdateRequest]:
    def load(session: Session) -> InfoUpdateRequest:
        request = session.get(InfoUpdateRequest, request_id)
        if request is None:
            raise AppError("request.not_found", id=request_id)
        return request

    return load


def request_target(request: InfoUpdateRequest) -> Target:
    return Target("request", str(request.id), request.province_code, request.district_id)


def snapshot(db: Database, identity: AdminIdentity, request_id: int) -> RequestSnapshot:
    return guard.act(
        db,
        identity,
        Permission.VIEW_REQUESTS,
        AuditAction.REQUEST_VIEW,
        load=load_request(request_id),
        locate=request_target,
        work=lambda session, request: Done(snapshot_of(db, session, request)),
        refusal_details={"request": request_id},
    )


def snapshot_of(
    db: Database, session: Session, q: InfoUpdateRequest, now: datetime | None = None
) -> RequestSnapshot:
    now = now or utcnow()
    place = names(db)
    person = session.get(Person, q.person_id) if q.person_id else None
    if person is None and q.tckn:
        person = session.scalar(sa.select(Person).where(Person.tckn == q.tckn))
    ours: dict[str, str] | None = None
    address = None
    if person is not None:
        institution = (
            session.get(Institution, person.institution_id) if person.institution_id else None
        )
        ours = {
            "first_name": person.first_name,
            "last_name": person.last_name,
            "tckn": person.tckn,
            "gsm": person.gsm or "",
            "institution_name": institution.name if institution else "",
            "institution_code": institution.code if institution else "",
            "province": place.provinces.get(person.province_code or "", ""),
            "district": place.districts.get(person.district_id or 0, ""),
        }
        address = session.scalar(sa.select(Mailbox.address).where(Mailbox.person_id == person.id))
    history = tuple(
        HistoryItem(e.occurred_at, e.kind, e.admin_username, json.loads(e.details or "{}"))
        for e in session.scalars(
            sa.select(RequestEvent).where(RequestEvent.request_id == q.id).order_by(RequestEvent.id)
        )
    )
    open_ = q.status in r.OPEN_STATUSES
    deadline = (
        "closed"
        if not open_
        else "overdue"
        if now >= q.due_at
        else "due_soon"
        if q.due_at - now <= DUE_SOON
        else "on_time"
    )
    return RequestSnapshot(
        id=q.id,
        version=q.version,
        status=q.status,
        source=q.source,
        received_at=q.received_at,
        submitted_at=q.submitted_at,
        due_at=q.due_at,
        deadline=deadline,
        tckn=q.tckn,
        gsm=q.gsm,
        first_name=q.first_name,
        last_name=q.last_name,
        institution_name=q.institution_name,
        institution_code=q.institution_code,
        province_code=q.province_code,
        province_name=place.provinces.get(q.province_code or "", q.province_text),
        district_name=q.district_text,
        email=q.email,
        note=q.note,
        problem_codes=tuple(p[1] for p in json.loads(q.problems or "[]")),
        assigned_to=q.assigned_to,
        first_approver=q.first_approver,
        first_approver_id=q.first_approver_id,
        first_approved_at=q.first_approved_at,
        justification=q.justification,
        decided_by=q.decided_by,
        decided_at=q.decided_at,
        reason_code=q.reason_code,
        reason_text=q.reason_text,
        superseded_by=q.superseded_by,
        person_id=person.id if person else None,
        person=ours,
        address=address,
        history=history,
        warnings=warnings_of(session, q, person, now),
    )


def warnings_of(
    session: Session, q: InfoUpdateRequest, person: Person | None, now: datetime
) -> tuple[Warning, ...]:
    found: list[Warning] = []
    gsm = gsm_rules.normalize(q.gsm) if q.gsm else None
    if gsm:
        elsewhere = session.scalar(
            sa.select(sa.func.count()).where(Person.gsm == gsm, Person.tckn != q.tckn)
        )
        if elsewhere:
            found.append(Warning("gsm.on_file_elsewhere", int(elsewhere)))
        asked = session.scalar(
            sa.select(sa.func.count(sa.distinct(InfoUpdateRequest.tckn))).where(
                InfoUpdateRequest.gsm == gsm,
                InfoUpdateRequest.tckn != q.tckn,
                InfoUpdateRequest.received_at >= now - REPEAT_WINDOW,
            )
        )
        if asked:
            found.append(Warning("gsm.asked_elsewhere", int(asked)))
    repeated = session.scalar(
        sa.select(sa.func.count()).where(
            InfoUpdateRequest.tckn == q.tckn,
            InfoUpdateRequest.id != q.id,
            InfoUpdateRequest.received_at >= q.received_at - REPEAT_WINDOW,
        )
    )
    if repeated:
        found.append(Warning("tckn.repeated", int(repeated) + 1))
    if q.institution_code:
        burst = session.scalar(
            sa.select(sa.func.count()).where(
                InfoUpdateRequest.institution_code == q.institution_code,
                InfoUpdateRequest.received_at >= q.received_at - BURST_WINDOW,
                InfoUpdateRequest.received_at <= q.received_at + BURST_WINDOW,
            )
        )
        if burst and burst >= BURST_THRESHOLD:
            found.append(Warning("institution.burst", int(burst)))
    if person is not None and not person.active:
        found.append(Warning("person.inactive"))
    return tuple(found)


def review(
    db: Database,
    identity: AdminIdentity,
    request_id: int,
    directory: Directory,
    *,
    now: datetime | None = None,
) -> Review:
    """Read the request, ask MEBBİS (outside any transaction), compare."""
    snap = snapshot(db, identity, request_id)
    record: DirectoryRecord | None = None
    state, error = UNKNOWN_PERSON, None
    try:
        record = directory.lookup(snap.tckn)
        state = FOUND if record is not None else UNKNOWN_PERSON
    except DirectoryUnavailable as exc:
        state, error = UNAVAILABLE, exc.code
    return judge(db, identity, snap, record, state, error)


def judge(
    db: Database,
    identity: AdminIdentity,
    snap: RequestSnapshot,
    record: DirectoryRecord | None,
    state: str,
    error: str | None = None,
) -> Review:
    place = names(db)
    theirs: dict[str, str] | None = None
    if record is not None:
        theirs = {
            "first_name": record.first_name,
            "last_name": record.last_name,
            "tckn": record.tckn,
            "gsm": record.gsm or "",
            "institution_name": record.institution_name,
            "institution_code": record.institution_code,
            "province": place.provinces.get(record.province_code or "", ""),
            "district": record.district,
        }
    asked = {
        "first_name": snap.first_name,
        "last_name": snap.last_name,
        "tckn": snap.tckn,
        "gsm": snap.gsm,
        "institution_name": snap.institution_name,
        "institution_code": snap.institution_code,
        "province": snap.province_name,
        "district": snap.district_name,
    }
    fields = tuple(
        Compared(
            name,
            _shown(name, asked[name]),
            _shown(name, snap.person[name]) if snap.person is not None else None,
            _shown(name, theirs[name]) if theirs is not None else None,
            _compare(name, asked[name], snap.person[name] if snap.person is not None else None),
            _compare(name, asked[name], theirs[name] if theirs is not None else None),
        )
        for name in COMPARED
    )
    new_gsm = gsm_rules.normalize(snap.gsm) or snap.gsm
    gsm_change = snap.person is not None and new_gsm != snap.person["gsm"]
    holds = record is not None and record.gsm == new_gsm
    blockers: list[str] = []
    if snap.status not in r.OPEN_STATUSES:
        blockers.append("request.closed")
    if snap.person is None:
        blockers.append("person.unknown")
    if state == UNAVAILABLE:
        blockers.append("mebbis.unavailable")
    elif record is None:
        blockers.append("mebbis.unknown_person")
    else:
        if any(not same(n, asked[n], theirs[n]) for n in IDENTITY_FIELDS if theirs):
            blockers.append("mebbis.identity_mismatch")
        if not record.active:
            blockers.append("mebbis.inactive")
    first_by_me = snap.first_approver_id == identity.id and snap.status == r.SECOND_APPROVAL
    if first_by_me:
        blockers.append("four_eyes.same_admin")
    needs_second = gsm_change and not holds and snap.status == r.PENDING
    return Review(
        snap, fields, state, error, tuple(blockers), gsm_change, holds, needs_second, first_by_me
    )


def _compare(name: str, asked: str, other: str | None) -> bool | None:
    """Same / different; None when either side holds nothing to compare."""
    if other is None or not (asked or "").strip() or not other.strip():
        return None
    return same(name, asked, other)


def same(name: str, a: str | None, b: str | None) -> bool:
    """Whether two values of a field agree: names folded, GSMs normalised, codes trimmed."""
    left, right = (a or "").strip(), (b or "").strip()
    if name == "gsm":
        return (gsm_rules.normalize(left) or left) == (gsm_rules.normalize(right) or right)
    if name in ("tckn", "institution_code"):
        return left == right
    return " ".join(fold(left).split()) == " ".join(fold(right).split())


def _shown(name: str, value: str | None) -> str:
    if value is None:
        return ""
    if name == "tckn":
        return mask_tckn(value)
    if name == "gsm":
        return mask_gsm(value)
    return value
