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
from mebposta_admin.domain import sms
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
from mebposta_admin.services.sms_gateway import SmsError, SmsGateway

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

# Notice states.
NOTICE_PENDING = "pending"
NOTICE_SENT = "sent"
NOTICE_FAILED = "failed"
NOTICE_UNKNOWN = "unknown"


@dataclass(frozen=True)
class NoticeResult:
    id: int
    state: str
    gsm_masked: str
    error: str | None = None
    job_id: str | None = None


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


# ------------------------------------------------------------------------------ notices
def notice_of(db: Database, notice_id: int) -> NoticeResult:
    with db.unit_of_work() as session:
        n = session.get(NoticeSms, notice_id)
        if n is None:
            raise AppError("request.notice_not_found")
        return NoticeResult(n.id, n.state, gsm_rules.mask(n.gsm), n.error, n.job_id)


def send_notice(
    db: Database, identity: AdminIdentity, notice_id: int, gateway: SmsGateway
) -> NoticeResult:
    """Send (or send again) the notice to the old GSM and record what became of it. A notice
    already sent is not sent twice; one whose outcome is unknown is sent again only when asked
    (:func:`retry_notice`), since the person may already have it."""
    with db.unit_of_work() as session:
        n = session.get(NoticeSms, notice_id)
        if n is None:
            raise AppError("request.notice_not_found")
        if n.state == NOTICE_SENT:
            return NoticeResult(n.id, n.state, gsm_rules.mask(n.gsm), None, n.job_id)
        q = session.get(InfoUpdateRequest, n.request_id)
        assert q is not None
        target = request_target(q)
        if not Scope.of(identity).contains(target.province_code, target.district_id):
            raise PermissionDenied("permission.scope")
        n.attempts += 1
        gsm, address, request_id = n.gsm, n.address, n.request_id
    masked = gsm_rules.mask(gsm)
    text = sms.gsm_change_notice(address or "-")
    try:
        receipt = gateway.send(gsm, text)
    except SmsError as exc:
        state = NOTICE_UNKNOWN if exc.outcome_unknown else NOTICE_FAILED
        _resolve(db, identity, notice_id, request_id, target, state, error=exc.code)
        return NoticeResult(notice_id, state, masked, exc.code)
    _resolve(db, identity, notice_id, request_id, target, NOTICE_SENT, job=receipt.job_id)
    return NoticeResult(notice_id, NOTICE_SENT, masked, None, receipt.job_id)


def _resolve(
    db: Database,
    identity: AdminIdentity,
    notice_id: int,
    request_id: int,
    target: Target,
    state: str,
    *,
    error: str | None = None,
    job: str | None = None,
) -> None:
    with db.unit_of_work() as session:
        n = session.get(NoticeSms, notice_id)
        assert n is not None
        n.state, n.error, n.job_id = state, error, job
        if state == NOTICE_SENT:
            n.sent_at = utcnow()
        kind = {NOTICE_SENT: r.NOTICE_SENT, NOTICE_FAILED: r.NOTICE_FAILED}.get(
            state, r.NOTICE_UNKNOWN
        )
        masked = gsm_rules.mask(n.gsm)
        event(session, request_id, kind, identity.username, {"gsm": masked, "error": error})
        outcome = {NOTICE_SENT: Outcome.SUCCESS, NOTICE_FAILED: Outcome.FAILURE}.get(
            state, Outcome.UNKNOWN
        )
        details: dict[str, Any] = {"request": request_id, "notice": notice_id, "gsm": masked}
        if error:
            details["error"] = error
        if job:
            details["job_id"] = job
        guard.record(session, identity, AuditAction.REQUEST_NOTICE, outcome, target, details)


def retry_notice(
    db: Database, identity: AdminIdentity, request_id: int, gateway: SmsGateway
) -> NoticeResult:
    """Send the request's undelivered notice again (the review's "send again" button)."""
    if not guard.check(identity, Permission.DECIDE_REQUEST):
        raise PermissionDenied("permission.role", role=identity.role.value)
    with db.unit_of_work() as session:
        notice_id = session.scalar(
            sa.select(NoticeSms.id)
            .where(NoticeSms.request_id == request_id, NoticeSms.state != NOTICE_SENT)
            .order_by(NoticeSms.id.desc())
        )
    if notice_id is None:
        raise AppError("request.no_notice_to_send")
    return send_notice(db, identity, notice_id, gateway)


def undelivered(db: Database, identity: AdminIdentity) -> int:
    """Notices not (surely) delivered in the administrator's scope."""
    scope = Scope.of(identity).where(InfoUpdateRequest.province_code, InfoUpdateRequest.district_id)
    with db.reading(statement_snapshots=True) as conn:
        return int(
            conn.execute(
                sa.select(sa.func.count())
                .select_from(NoticeSms)
                .join(InfoUpdateRequest, InfoUpdateRequest.id == NoticeSms.request_id)
                .where(NoticeSms.state != NOTICE_SENT, *scope)
            ).scalar_one()
        )


def notice_for(db: Database, request_id: int) -> NoticeResult | None:
    with db.unit_of_work() as session:
        n = session.scalar(
            sa.select(NoticeSms)
            .where(NoticeSms.request_id == request_id)
            .order_by(NoticeSms.id.desc())
        )
        return NoticeResult(n.id, n.state, gsm_rules.mask(n.gsm), n.error, n.job_id) if n else None


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
