"""The action guard: permission → scope → work → audit, in one unit of work.

Every administrator action goes through :func:`act`::

    value = guard.act(
        db, identity, Permission.REVEAL_PII, AuditAction.PERSON_REVEAL,
        load=lambda s: people_repo.person(s, person_id),   # the subject, or AppError
        locate=person_target,                              # its audit target and area
        work=lambda s, person: Done(person.tckn, {"field": "tckn"}),
    )

1. The role must hold the permission (domain.permissions), else the refusal is audited
   ("role") and :class:`PermissionDenied` raised — before anything is read.
2. The subject is loaded and located; outside the administrator's scope (services.scope)
   the refusal is audited ("scope") and the error names no place.
3. ``work`` runs in the same unit of work. It returns :class:`Done` (the value, and the audit
   details of a success, or None for an action that is not audited on success, such as a
   view) or raises :class:`Refuse` for a business refusal (a limit reached, an inactive
   mailbox): refusals are audited in the same unit of work, which is committed although
   the error is raised — the refusal outlives the action.
4. Any other error rolls the work back; the failure is audited in a unit of work of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from mebposta_admin.domain.audit_actions import AuditAction, Outcome
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError, PermissionDenied, ValidationFailed
from mebposta_admin.services import audit
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.scope import Scope

S = TypeVar("S")  # the subject the action is about (a person, a mailbox...)
R = TypeVar("R")  # what the action returns


@dataclass(frozen=True)
class Target:
    """What an audit event is about, and where it lives (its area decides the scope)."""

    type: str
    id: str | None
    province_code: str | None = None
    district_id: int | None = None


NO_TARGET = Target("system", None)


@dataclass(frozen=True)
class Done(Generic[R]):
    value: R
    details: dict[str, Any] | None = None  # None: no success event (a plain view)
    target: Target | None = None  # another target for the success event than the subject's


class Refuse(Exception):
    """Raised by ``work``: a refusal with its audit reason and the error the user sees."""

    def __init__(self, reason: str, error: AppError, **details: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.error = error
        self.details = details


@dataclass
class _Refused:
    error: AppError


def act(
    db: Database,
    identity: AdminIdentity,
    permission: Permission,
    action: AuditAction,
    *,
    load: Callable[[Session], S],
    locate: Callable[[S], Target],
    work: Callable[[Session, S], Done[R]],
    refusal_details: dict[str, Any] | None = None,
) -> R:
    """Run an action under the guard (see the module text). ``refusal_details`` are added
    to the events of refusals (e.g. which person a refused reissue was for)."""
    extra = dict(refusal_details or {})
    if not allows(identity.role, permission):
        refuse(db, identity, action, NO_TARGET, "role", {"permission": permission.value, **extra})
        raise PermissionDenied(_role_error(permission), role=identity.role.value)
    refused: _Refused | None = None
    try:
        with db.unit_of_work() as session:
            subject = load(session)
            target = locate(subject)
            if not Scope.of(identity).contains(target.province_code, target.district_id):
                # Recorded under the administrator's own area: the event must not tell them
                # where the person is.
                unplaced = Target(target.type, target.id)
                details = {"reason": "scope", **extra}
                record(session, identity, action, Outcome.REFUSED, unplaced, details)
                refused = _Refused(PermissionDenied("permission.scope"))
            else:
                try:
                    done = work(session, subject)
                except Refuse as exc:
                    details = {"reason": exc.reason, **extra, **exc.details}
                    record(session, identity, action, Outcome.REFUSED, target, details)
                    refused = _Refused(exc.error)
                else:
                    if done.details is not None:
                        record(
                            session,
                            identity,
                            action,
                            Outcome.SUCCESS,
                            done.target or target,
                            done.details,
                        )
                    return done.value
    except AppError as exc:
        # Bad input and a missing subject are answered, not failures of the action.
        if not isinstance(exc, PermissionDenied | ValidationFailed) and "not_found" not in exc.code:
            _record_failure(db, identity, action, exc)
        raise
    assert refused is not None
    raise refused.error


def check(identity: AdminIdentity, permission: Permission) -> bool:
    """Whether the UI should offer an action (the guard decides again when it runs)."""
    return allows(identity.role, permission)


def record(
    session: Session,
    identity: AdminIdentity,
    action: AuditAction,
    outcome: Outcome | str,
    target: Target,
    details: dict[str, Any],
) -> None:
    """An event of ``identity``'s action in the caller's unit of work (details masked)."""
    audit.record(
        session,
        action=action.value,
        outcome=str(outcome),
        admin_id=identity.id,
        admin_username=identity.username,
        target_type=target.type,
        target_id=target.id,
        province_code=target.province_code or identity.province_code,
        details=details,
    )


def refuse(
    db: Database,
    identity: AdminIdentity,
    action: AuditAction,
    target: Target,
    reason: str,
    details: dict[str, Any] | None = None,
) -> None:
    """A refusal's event in a unit of work of its own (the caller then raises)."""
    with db.unit_of_work() as session:
        record(
            session,
            identity,
            action,
            Outcome.REFUSED,
            target,
            {"reason": reason, **(details or {})},
        )


def _record_failure(
    db: Database, identity: AdminIdentity, action: AuditAction, exc: AppError
) -> None:
    try:
        with db.unit_of_work() as session:
            record(session, identity, action, Outcome.FAILURE, NO_TARGET, {"error": exc.code})
    except AppError:  # the database itself is gone: the caller's error says so
        pass


def _role_error(permission: Permission) -> str:
    return "permission.reveal" if permission is Permission.REVEAL_PII else "permission.role"
