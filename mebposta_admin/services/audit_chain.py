"""Tamper evidence for the audit trail: a hash chain, its verification, and signed checkpoints.

**The chain.** Every event carries ``prev_hash`` (the previous event's hash; the first event's
is :data:`GENESIS`) and ``row_hash`` = SHA-256 over its canonical content *including*
``prev_hash`` and its id. An event edited behind the application's back no longer matches its
hash; a removed or back-dated inserted event breaks the link of the event after it. Appends
are serialised by the one row of ``audit_head`` (row lock on PostgreSQL, the write lock on
SQLite), so parallel writers queue rather than fork; the head also shows a removed tail.

**Why a plain hash and not a keyed HMAC**: every workstation writes audit events, so any key
that writes them sits on 500 machines and in reach of every administrator — it would add
nothing against them. What a chain alone cannot stop — someone rewriting the *whole* chain —
is answered the way AWS CloudTrail answers it: **signed checkpoints** of the chain head,
written outside the database (``audit checkpoint``) with an Ed25519 key that only the
auditor holds (the `cryptography` library; the public key verifies, the private one never
touches the database). ``verify --checkpoint`` proves the trail still extends the head a
checkpoint signed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from mebposta_admin.errors import AppError, PermissionDenied
from mebposta_admin.models import AuditEvent, AuditHead
from mebposta_admin.services.audit_checkpoint import check_checkpoint, checkpoint, make_key
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.tasks import CancelToken, ProgressFn, no_progress
from mebposta_admin.services.tasks import check as check_cancel

GENESIS = "0" * 64
BATCH = 20_000
# The checkpoints (signed heads kept outside the database): services.audit_checkpoint.
__all__ = ["GENESIS", "Verification", "check_checkpoint", "checkpoint", "make_key", "verify"]

# The columns the hash covers, in order (prev_hash last).
FIELDS = (
    "id",
    "occurred_at",
    "admin_id",
    "admin_username",
    "workstation",
    "action",
    "outcome",
    "target_type",
    "target_id",
    "province_code",
    "details",
    "prev_hash",
)


def _moment(value: Any) -> str:
    """The time as UTC ISO text with microseconds — from a datetime or from the text a raw
    SQLite read returns (``2026-12-01 09:30:00.123456``, UTC, zone dropped)."""
    if isinstance(value, str):
        text = value
        if len(text) == 26 and text[10] == " ":  # SQLite's own form: the fast path
            return f"{text[:10]}T{text[11:]}+00:00"
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            return text
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return str(value.astimezone(UTC).isoformat(timespec="microseconds"))
    return str(value)


def row_hash(values: Mapping[str, Any]) -> str:
    """SHA-256 over the event's canonical content: each field prefixed by its length in
    characters (no separator can be forged inside a value), the time as UTC ISO with
    microseconds, None as empty, UTF-8."""
    return _tuple_hash(tuple(values.get(name) for name in FIELDS))


_TIME = FIELDS.index("occurred_at")


def _tuple_hash(row: tuple[Any, ...]) -> str:
    """:func:`row_hash` of the fields in :data:`FIELDS` order (verification's fast path)."""
    parts = []
    for index, value in enumerate(row):
        if value is None:
            text = ""
        elif index == _TIME:
            text = _moment(value)
        else:
            text = str(value)
        parts.append(f"{len(text)}:{text}")
    return hashlib.sha256("".join(parts).encode("utf-8")).hexdigest()


# ------------------------------------------------------------------------------ appending
def _dialect(session: Session | Connection) -> str:
    bind = session if isinstance(session, Connection) else session.get_bind()
    return bind.dialect.name


def _lock_head(session: Session | Connection) -> tuple[int, str]:
    """Take the chain's lock for the rest of the unit of work; the head as it stands."""
    if _dialect(session) == "postgresql":
        row = session.execute(
            sa.select(AuditHead.last_id, AuditHead.last_hash)
            .where(AuditHead.id == 1)
            .with_for_update()
        ).first()
    else:  # a write takes SQLite's write lock (one writer at a time) before the read
        session.execute(sa.update(AuditHead).where(AuditHead.id == 1).values(id=1))
        row = session.execute(
            sa.select(AuditHead.last_id, AuditHead.last_hash).where(AuditHead.id == 1)
        ).first()
    if row is None:
        raise AppError("audit.head_missing")
    return int(row[0]), str(row[1])


def _next_ids(session: Session | Connection, count: int, last_id: int) -> list[int]:
    if _dialect(session) == "postgresql":
        return [
            int(v)
            for v in session.execute(
                sa.text(
                    "SELECT nextval(pg_get_serial_sequence('audit_events', 'id')) "
                    "FROM generate_series(1, :n)"
                ),
                {"n": count},
            ).scalars()
        ]
    start = max(
        last_id,
        int(
            session.execute(sa.select(sa.func.coalesce(sa.func.max(AuditEvent.id), 0))).scalar_one()
        ),
    )
    return list(range(start + 1, start + 1 + count))


def append(session: Session, events: Iterable[AuditEvent]) -> None:
    """Add events to the caller's unit of work, chained (the head stays locked until the
    unit of work ends)."""
    pending = list(events)
    if not pending:
        return
    last_id, last_hash = _lock_head(session)
    ids = _next_ids(session, len(pending), last_id)
    for event, event_id in zip(pending, ids, strict=True):
        event.id = event_id
        event.prev_hash = last_hash
        event.row_hash = last_hash = row_hash(_values(event))
        session.add(event)
    session.execute(
        sa.update(AuditHead)
        .where(AuditHead.id == 1)
        .values(last_id=ids[-1], last_hash=last_hash, events=AuditHead.events + len(pending))
    )
    session.flush()


def append_rows(session: Session | Connection, rows: list[dict[str, Any]]) -> None:
    """:func:`append` for plain rows written in bulk (the demo seed): ids and hashes are
    set in ``rows``, then inserted in one statement."""
    if not rows:
        return
    for row in rows:
        for name in FIELDS:
            row.setdefault(name, "{}" if name == "details" else None)
    last_id, last_hash = _lock_head(session)
    ids = _next_ids(session, len(rows), last_id)
    for row, event_id in zip(rows, ids, strict=True):
        row["id"] = event_id
        row["prev_hash"] = last_hash
        row["row_hash"] = last_hash = row_hash(row)
    session.execute(sa.insert(AuditEvent), rows)
    session.execute(
        sa.update(AuditHead)
        .where(AuditHead.id == 1)
        .values(last_id=ids[-1], last_hash=last_hash, events=AuditHead.events + len(rows))
    )


def _values(event: AuditEvent) -> dict[str, Any]:
    return {name: getattr(event, name) for name in FIELDS}


# ------------------------------------------------------------------------------ verifying
BROKEN_CHANGED = "changed"  # the event's content no longer matches its hash
BROKEN_LINK = "link"  # the previous event is missing, or this one was inserted out of order
BROKEN_HEAD = "head"  # the last events were removed (the head names a later one)


_COLUMNS = ", ".join((*FIELDS, "row_hash"))
_PAGE = sa.text(f"SELECT {_COLUMNS} FROM audit_events WHERE id > :after ORDER BY id LIMIT :n")
_PAGE_TO = sa.text(
    f"SELECT {_COLUMNS} FROM audit_events WHERE id > :after AND id <= :end ORDER BY id LIMIT :n"
)


@dataclass(frozen=True)
class Verification:
    ok: bool
    checked: int
    first_id: int | None  # the first event checked
    last_id: int | None  # the last event checked
    head_hash: str | None  # the last checked event's hash
    broken_id: int | None = None  # the first event that is wrong
    problem: str | None = None  # BROKEN_*
    checkpoint_ok: bool | None = None  # None: no checkpoint given


def verify(
    db: Database,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> Verification:
    """Walk the chain in id order (or the events of a period, anchored on the event before
    it) and name the first event changed, removed or inserted out of order."""
    with db.reading() as conn:
        start = 0
        expected: str | None = None
        if since is not None:
            first = conn.execute(
                sa.select(sa.func.min(AuditEvent.id)).where(AuditEvent.occurred_at >= since)
            ).scalar()
            if first is None:
                return Verification(True, 0, None, None, None)
            start = int(first) - 1
            anchor = conn.execute(
                sa.select(AuditEvent.row_hash)
                .where(AuditEvent.id < first)
                .order_by(AuditEvent.id.desc())
                .limit(1)
            ).scalar()
            expected = anchor or GENESIS
        else:
            expected = GENESIS
        end: int | None = None
        if until is not None:
            end = conn.execute(
                sa.select(sa.func.max(AuditEvent.id)).where(AuditEvent.occurred_at <= until)
            ).scalar()
            if end is None:
                return Verification(True, 0, None, None, None)
        total = conn.execute(
            sa.select(sa.func.count()).where(
                AuditEvent.id > start, *([AuditEvent.id <= end] if end is not None else [])
            )
        ).scalar_one()
        checked, first_id, last_id = 0, None, start
        last_hash = expected
        while True:
            if cancel is not None:
                check_cancel(cancel)
            # A plain text query: no type processing per row (the hash reads the time as the
            # driver gives it, datetime or SQLite's text — services.audit_chain._moment).
            rows = conn.execute(
                _PAGE if end is None else _PAGE_TO,
                {"after": last_id, "end": end, "n": BATCH},
            ).all()
            if not rows:
                break
            prev_at, hash_at = FIELDS.index("prev_hash"), len(FIELDS)
            for row in rows:
                event_id = int(row[0])
                first_id = first_id if first_id is not None else event_id
                if row[prev_at] != last_hash:
                    return Verification(
                        False, checked, first_id, last_id, last_hash, event_id, BROKEN_LINK
                    )
                if row[hash_at] != _tuple_hash(tuple(row[:hash_at])):
                    return Verification(
                        False, checked, first_id, last_id, last_hash, event_id, BROKEN_CHANGED
                    )
                last_hash = str(row[hash_at])
                last_id = event_id
                checked += 1
            progress(checked, int(total), "events")
        if end is None:
            head = conn.execute(
                sa.select(AuditHead.last_id, AuditHead.last_hash).where(AuditHead.id == 1)
            ).first()
            if head is not None and (int(head[0]) != last_id or head[1] != last_hash):
                return Verification(
                    False, checked, first_id, last_id, last_hash, int(head[0]), BROKEN_HEAD
                )
    return Verification(True, checked, first_id, last_id or None, last_hash)


def as_dict(result: Verification) -> dict[str, Any]:
    return asdict(result)


# ------------------------------------------------------------------------------ as an action
def run_verification(
    db: Database,
    identity: AdminIdentity,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    checkpoint_file: Path | None = None,
    public_key: Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> Verification:
    """:func:`verify` (and, given a checkpoint and its public key, :func:`check_checkpoint`)
    by an administrator who may read the trail; the outcome is itself an audit event, which
    the Denetim page shows as the last verification."""
    from mebposta_admin.domain.audit_actions import AuditAction, Outcome
    from mebposta_admin.domain.permissions import Permission
    from mebposta_admin.services import guard

    if not guard.check(identity, Permission.VIEW_AUDIT):
        guard.refuse(db, identity, AuditAction.AUDIT_VERIFY, guard.NO_TARGET, "role")
        raise PermissionDenied("permission.role", role=identity.role.value)
    result = verify(db, since=since, until=until, progress=progress, cancel=cancel)
    if checkpoint_file is not None and public_key is not None:
        ok, _head = check_checkpoint(db, checkpoint_file, public_key)
        result = replace(result, checkpoint_ok=ok, ok=result.ok and ok)
    details = {
        k: v
        for k, v in {
            **as_dict(result),
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
            "checkpoint": Path(checkpoint_file).name if checkpoint_file else None,
        }.items()
        if v is not None
    }
    with db.unit_of_work() as session:
        guard.record(
            session,
            identity,
            AuditAction.AUDIT_VERIFY,
            Outcome.SUCCESS if result.ok else Outcome.FAILURE,
            guard.Target("audit", None),
            details,
        )
    return result


def head(db: Database) -> tuple[int, str] | None:
    """The chain's head as it stands: the last event's id and hash."""
    with db.reading() as conn:
        row = conn.execute(
            sa.select(AuditHead.last_id, AuditHead.last_hash).where(AuditHead.id == 1)
        ).first()
    return (int(row[0]), str(row[1])) if row is not None else None


def last_verification(db: Database) -> dict[str, Any] | None:
    """The newest verification's event: when, by whom, its result (the Denetim page)."""
    with db.reading() as conn:
        row = conn.execute(
            sa.select(
                AuditEvent.occurred_at,
                AuditEvent.admin_username,
                AuditEvent.outcome,
                AuditEvent.details,
            )
            .where(AuditEvent.action == "audit.verify")
            .order_by(AuditEvent.id.desc())
            .limit(1)
        ).first()
    if row is None:
        return None
    return {
        "at": row[0],
        "by": row[1],
        "ok": row[2] == "success",
        **json.loads(row[3] or "{}"),
    }
