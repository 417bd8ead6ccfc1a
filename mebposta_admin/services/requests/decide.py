"""Deciding requests — assign, approve (with four eyes for an unconfirmed GSM change), reject —
and applying an approval: the person updated, the notice SMS to the old GSM.

Every decision goes through the action guard (permission → scope → work → audit in one unit of
work) and names the version of the request the administrator saw: a decision on a request
changed since (another administrator decided, assigned or superseded it) is refused with who
did it and when, and nothing is overwritten. Two decisions racing past that check meet the
optimistic lock on the row (``version``): the second's UPDATE matches no row, its unit of work
rolls back, and it is told the same.

Rules (issue 11 §5): identity fields that contradict MEBBİS cannot be approved; MEBBİS
unreachable → approval waits (rejection still works); a GSM change is approved by one
administrator only when MEBBİS already holds the new number, otherwise a first approval with a
written justification waits for a second, *different* administrator with scope.

Applying: the person's GSM (and names MEBBİS confirms) in the approval's unit of work, the
before/after (masked) in the audit trail, and a notice row for the old GSM committed with it;
the notice is sent after the commit through the SMS gateway adapter. A refused or unanswered
notice stays visible on the request (``failed`` / ``unknown``) and is sent again by
:func:`retry_notice`: never silently dropped. No password is involved: the reissue to the new
number is offered, and is the reissue flow's own action.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain.audit_actions import AuditAction, Outcome
from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError, PermissionDenied, ValidationFailed
from mebposta_admin.models import InfoUpdateRequest, Mailbox, NoticeSms, Person
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import guard
from mebposta_admin.services import requests as r
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.directory import Directory, DirectoryRecord, DirectoryUnavailable
from mebposta_admin.services.guard import Done, Refuse, Target
from mebposta_admin.services.requests.intake import event
from mebposta_admin.services.requests.notices import (
    NOTICE_PENDING,
    NoticeResult,
    notice_for,
    notice_of,
    retry_notice,
    send_notice,
    undelivered,
)
from mebposta_admin.services.requests.review import (
    FOUND,
    MIN_JUSTIFICATION,
    UNAVAILABLE,
    UNKNOWN_PERSON,
    judge,
    load_request,
    request_target,
    snapshot_of,
)
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.sms_gateway import SmsGateway

# Reasons for a rejection: templates (texts.labels.reject_reason_text) or free text ("other").
REJECT_REASONS = (
    "fix_gsm_in_mebbis",  # the manual: correct the GSM in MEBBİS → Bilgi Düzeltme first
    "identity_mismatch",
    "unknown_person",
    "duplicate",
    "incomplete",
    "not_the_owner",
    "junk",
    "other",
)
MAX_REASON = 1000


@dataclass(frozen=True)
class Decision:
    request_id: int
    status: str  # second_approval | applied | rejected
    changed: tuple[str, ...] = ()  # the person's fields the approval changed
    notice: NoticeResult | None = None
    person_id: int | None = None
    offer_reissue: bool = False  # the GSM changed: offer a password reissue to the new one


def _locked(request: InfoUpdateRequest, version: int | None) -> None:
    """Refuse a decision on a request changed since the administrator saw it."""
    if request.status not in r.OPEN_STATUSES:
        raise Refuse(
            "already_decided",
            AppError(
                "request.already_decided",
                status=request.status,
                by=request.decided_by
                or (f"#{request.superseded_by}" if request.superseded_by else "-"),
                at=_when(request.decided_at),
            ),
            status=request.status,
        )
    if version is not None and request.version != version:
        by = request.first_approver or request.assigned_to or "-"
        raise Refuse(
            "changed",
            AppError("request.changed", by=by, at=_when(request.first_approved_at)),
            seen=version,
            now=request.version,
        )


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "-"
    from mebposta_admin.domain.business_calendar import ISTANBUL

    return moment.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")


def _raced(db: Database, identity: AdminIdentity, action: AuditAction, request_id: int) -> AppError:
    """The optimistic lock lost: who won, and when (the refusal is audited)."""
    with db.unit_of_work() as session:
        q = session.get(InfoUpdateRequest, request_id)
        target = request_target(q) if q is not None else Target("request", str(request_id))
        by = (q.decided_by or q.first_approver or q.assigned_to) if q is not None else None
        at = (q.decided_at or q.first_approved_at) if q is not None else None
        status = q.status if q is not None else "-"
    guard.refuse(db, identity, action, target, "changed", {"request": request_id})
    if status in r.OPEN_STATUSES:
        return AppError("request.changed", by=by or "-", at=_when(at))
    return AppError("request.already_decided", status=status, by=by or "-", at=_when(at))


# ------------------------------------------------------------------------------ assignment
def assign(
    db: Database, identity: AdminIdentity, request_id: int, version: int, *, take: bool = True
) -> int:
    """Take the request (``take``) or give it back; returns the new version."""

    def work(session: Session, q: InfoUpdateRequest) -> Done[int]:
        _locked(q, version)
        if take:
            q.assigned_admin_id, q.assigned_to = identity.id, identity.username
        else:
            q.assigned_admin_id, q.assigned_to = None, None
        event(session, q.id, r.ASSIGNED if take else r.UNASSIGNED, identity.username)
        session.flush()
        return Done(q.version, {"request": q.id, "take": take})

    try:
        return guard.act(
            db,
            identity,
            Permission.DECIDE_REQUEST,
            AuditAction.REQUEST_ASSIGN,
            load=load_request(request_id),
            locate=request_target,
            work=work,
            refusal_details={"request": request_id},
        )
    except StaleDataError:
        raise _raced(db, identity, AuditAction.REQUEST_ASSIGN, request_id) from None


# ------------------------------------------------------------------------------ approval
def approve(
    db: Database,
    identity: AdminIdentity,
    request_id: int,
    version: int,
    directory: Directory,
    *,
    justification: str = "",
    gateway: SmsGateway | None = None,
    now: datetime | None = None,
) -> Decision:
    """Approve. A GSM change MEBBİS does not hold needs a justification and becomes a first
    approval; given by a second administrator, it is applied. MEBBİS is asked first (outside
    the transaction); when it cannot be asked, the approval waits (AppError
    ``request.mebbis_unavailable``). With ``gateway`` the notice SMS is sent at once."""
    now = now or utcnow()
    justification = (justification or "").strip()
    tckn = _tckn_of(db, identity, request_id)
    record: DirectoryRecord | None = None
    try:
        record = directory.lookup(tckn)
    except DirectoryUnavailable as exc:
        guard.refuse(
            db,
            identity,
            AuditAction.REQUEST_APPROVE,
            Target("request", str(request_id)),
            "mebbis_unavailable",
            {"request": request_id, "error": exc.code},
        )
        raise AppError("request.mebbis_unavailable", reason=exc.code) from exc
    state = FOUND if record is not None else UNKNOWN_PERSON

    def work(session: Session, q: InfoUpdateRequest) -> Done[tuple[Decision, int | None]]:
        _locked(q, version)
        snap = snapshot_of(db, session, q, now)
        verdict = judge(db, identity, snap, record, state)
        blockers = [b for b in verdict.blockers if b != "request.closed"]
        if "four_eyes.same_admin" in blockers:
            raise Refuse("four_eyes", PermissionDenied("request.four_eyes_same_admin"))
        if blockers:
            code = blockers[0]
            raise Refuse(code, AppError(f"request.blocked.{code}"), blockers=blockers)
        if verdict.needs_second:
            if len(justification) < MIN_JUSTIFICATION:
                raise Refuse(
                    "justification",
                    ValidationFailed("request.justification_needed", minimum=MIN_JUSTIFICATION),
                )
            q.status = r.SECOND_APPROVAL
            q.first_approver_id, q.first_approver = identity.id, identity.username
            q.first_approved_at = now
            q.justification = justification[:MAX_REASON]
            event(session, q.id, r.FIRST_APPROVAL, identity.username, {"gsm_change": True}, now)
            session.flush()
            details = {"request": q.id, "stage": "first", "mebbis_holds_gsm": False}
            return Done(
                (Decision(q.id, r.SECOND_APPROVAL, person_id=snap.person_id), None), details
            )
        stage = "second" if q.status == r.SECOND_APPROVAL else "only"
        if stage == "second" and q.first_approver_id == identity.id:
            raise Refuse("four_eyes", PermissionDenied("request.four_eyes_same_admin"))
        person = session.get(Person, snap.person_id) if snap.person_id else None
        assert person is not None  # "person.unknown" is a blocker
        before, after, changed = _apply(q, person, record)
        notice_id = None
        old_gsm = before.get("gsm_full")
        if "gsm" in changed and old_gsm and gsm_rules.is_manual_format(old_gsm):
            address = session.scalar(
                sa.select(Mailbox.address).where(Mailbox.person_id == person.id)
            )
            notice = NoticeSms(
                request_id=q.id,
                person_id=person.id,
                gsm=old_gsm,
                address=address or "",
                state=NOTICE_PENDING,
                attempts=0,
                created_at=now,
            )
            session.add(notice)
            session.flush()
            notice_id = notice.id
        q.status = r.APPLIED
        q.decided_by_id, q.decided_by, q.decided_at = identity.id, identity.username, now
        if stage == "second" and justification:
            q.reason_text = justification[:MAX_REASON]
        event(session, q.id, r.APPROVED, identity.username, {"stage": stage}, now)
        event(session, q.id, r.APPLIED_EVENT, identity.username, {"changed": list(changed)}, now)
        session.flush()
        before.pop("gsm_full", None)
        guard.record(
            session,
            identity,
            AuditAction.REQUEST_APPLY,
            Outcome.SUCCESS,
            Target("person", str(person.id), person.province_code, person.district_id),
            {"request": q.id, "before": before, "after": after, "changed": list(changed)},
        )
        details = {
            "request": q.id,
            "stage": stage,
            "mebbis_holds_gsm": verdict.mebbis_holds_gsm,
            "first_approver": q.first_approver,
        }
        decision = Decision(
            q.id,
            r.APPLIED,
            tuple(changed),
            None,
            person.id,
            offer_reissue="gsm" in changed,
        )
        return Done((decision, notice_id), details)

    try:
        decision, notice_id = guard.act(
            db,
            identity,
            Permission.DECIDE_REQUEST,
            AuditAction.REQUEST_APPROVE,
            load=load_request(request_id),
            locate=request_target,
            work=work,
            refusal_details={"request": request_id},
        )
    except StaleDataError:
        raise _raced(db, identity, AuditAction.REQUEST_APPROVE, request_id) from None
    if notice_id is not None and gateway is not None:
        notice = send_notice(db, identity, notice_id, gateway)
        decision = Decision(
            decision.request_id,
            decision.status,
            decision.changed,
            notice,
            decision.person_id,
            decision.offer_reissue,
        )
    elif notice_id is not None:
        decision = Decision(
            decision.request_id,
            decision.status,
            decision.changed,
            notice_of(db, notice_id),
            decision.person_id,
            decision.offer_reissue,
        )
    return decision


def _tckn_of(db: Database, identity: AdminIdentity, request_id: int) -> str:
    return str(
        guard.act(
            db,
            identity,
            Permission.DECIDE_REQUEST,
            AuditAction.REQUEST_APPROVE,
            load=load_request(request_id),
            locate=request_target,
            work=lambda _s, q: Done(q.tckn),
            refusal_details={"request": request_id},
        )
    )


def _apply(
    q: InfoUpdateRequest, person: Person, record: DirectoryRecord | None
) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """Change the person as the request asks (GSM, and names MEBBİS confirms)."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    changed: list[str] = []
    new_gsm = gsm_rules.normalize(q.gsm)
    if new_gsm and new_gsm != person.gsm:
        before["gsm"] = gsm_rules.mask(person.gsm) if person.gsm else None
        before["gsm_full"] = person.gsm
        after["gsm"] = gsm_rules.mask(new_gsm)
        person.gsm = new_gsm
        changed.append("gsm")
    for name in ("first_name", "last_name"):
        wanted = getattr(q, name)
        confirmed = record is not None and fold(getattr(record, name)) == fold(wanted)
        if wanted and confirmed and fold(wanted) != fold(getattr(person, name)):
            before[name], after[name] = getattr(person, name), wanted
            setattr(person, name, wanted)
            changed.append(name)
    return before, after, changed


# ------------------------------------------------------------------------------ rejection
def reject(
    db: Database,
    identity: AdminIdentity,
    request_ids: Sequence[int],
    reason: str,
    *,
    text: str = "",
    versions: Mapping[int, int] | None = None,
    now: datetime | None = None,
) -> tuple[Decision, ...]:
    """Reject one request or several at once (obvious junk), in one unit of work: all or none.
    ``reason`` is a template of :data:`REJECT_REASONS`; ``other`` needs ``text``."""
    now = now or utcnow()
    text = (text or "").strip()
    ids = list(dict.fromkeys(request_ids))
    if not ids:
        raise ValidationFailed("request.none_selected")
    if reason not in REJECT_REASONS:
        raise ValidationFailed("request.reason_unknown", reason=reason)
    if reason == "other" and not text:
        raise ValidationFailed("request.reason_text_needed")
    if len(text) > MAX_REASON:
        raise ValidationFailed("request.reason_too_long", limit=MAX_REASON)
    scope = Scope.of(identity)

    def load(session: Session) -> list[InfoUpdateRequest]:
        found = list(
            session.scalars(
                sa.select(InfoUpdateRequest)
                .where(InfoUpdateRequest.id.in_(ids))
                .order_by(InfoUpdateRequest.id)
            )
        )
        if len(found) != len(ids):
            missing = sorted(set(ids) - {q.id for q in found})
            raise AppError("request.not_found", id=missing[0])
        return found

    def work(session: Session, requests: list[InfoUpdateRequest]) -> Done[tuple[Decision, ...]]:
        outside = [q.id for q in requests if not scope.contains(q.province_code, q.district_id)]
        if outside:
            raise Refuse("scope", PermissionDenied("permission.scope"), requests=outside)
        decisions = []
        for q in requests:
            _locked(q, (versions or {}).get(q.id))
            q.status = r.REJECTED
            q.decided_by_id, q.decided_by, q.decided_at = identity.id, identity.username, now
            q.reason_code, q.reason_text = reason, text or None
            event(session, q.id, r.REJECTED_EVENT, identity.username, {"reason": reason}, now)
            decisions.append(Decision(q.id, r.REJECTED, person_id=q.person_id))
        session.flush()
        details = {"requests": ids, "reason": reason, "count": len(ids)}
        if len(requests) == 1:
            q = requests[0]
            return Done(tuple(decisions), details, request_target(q))
        return Done(tuple(decisions), details)

    own = Target("request", None, identity.province_code, identity.district_id)
    try:
        return guard.act(
            db,
            identity,
            Permission.DECIDE_REQUEST,
            AuditAction.REQUEST_REJECT,
            load=load,
            locate=lambda requests: request_target(requests[0]) if len(requests) == 1 else own,
            work=work,
            refusal_details={"requests": ids},
        )
    except StaleDataError:
        raise _raced(db, identity, AuditAction.REQUEST_REJECT, ids[0]) from None


__all__ = [
    "REJECT_REASONS",
    "UNAVAILABLE",
    "Decision",
    "NoticeResult",
    "approve",
    "assign",
    "notice_for",
    "reject",
    "retry_notice",
    "send_notice",
    "undelivered",
]
