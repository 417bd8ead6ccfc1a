"""Storing a submitted form, whatever brought it: checked, placed, due, superseding.

:func:`store` runs in the caller's unit of work, so a feed page, an Excel file or a desk entry
is stored whole or not at all. A form that fails the check is stored ``rejected`` with its
problems — never lost, never blocking the forms after it. An open request for the same TCKN is
superseded by the newer submission (by ``submitted_at``; an older one that arrives late is
stored superseded itself), and both requests' history says so.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.business_calendar import BusinessCalendar
from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.info_update import (
    CheckedForm,
    InfoUpdateForm,
    Problem,
    Severity,
    check,
)
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import ValidationFailed
from mebposta_admin.models import InfoUpdateRequest, Person, RequestEvent
from mebposta_admin.models.base import utcnow
from mebposta_admin.models.bulk import BulkWriter
from mebposta_admin.services import guard, system_settings
from mebposta_admin.services import requests as r
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Target
from mebposta_admin.services.requests.calendar import calendar_of
from mebposta_admin.services.requests.places import RequestPlaces, places


@dataclass(frozen=True)
class Incoming:
    """A form as a source delivered it."""

    form: InfoUpdateForm
    source: str  # requests.PORTAL | EXCEL | DESK
    submitted_at: datetime | None = None  # None: now
    portal_id: str | None = None
    import_key: str | None = None  # an Excel file's hash and row: a re-import stores nothing
    problems: tuple[Problem, ...] = ()  # what the source itself found (missing fields...)


@dataclass(frozen=True)
class Stored:
    id: int
    status: str
    problems: tuple[Problem, ...]
    superseded: tuple[int, ...] = ()  # the open requests this one replaced
    duplicate: bool = False  # this portal id or import row was stored before: nothing new


def store(
    session: Session,
    incoming: Incoming,
    where: RequestPlaces,
    calendar: BusinessCalendar,
    *,
    now: datetime | None = None,
    by: str | None = None,
) -> Stored:
    return store_many(session, [incoming], where, calendar, now=now, by=by)[0]


CHUNK = 500  # values per IN (...) list


def store_many(
    session: Session,
    incoming: Sequence[Incoming],
    where: RequestPlaces,
    calendar: BusinessCalendar,
    *,
    now: datetime | None = None,
    by: str | None = None,
    admit: Callable[[CheckedForm, int | None], Problem | None] | None = None,
    keep_rejected: bool = True,
) -> list[Stored]:
    """``admit(checked, district_id)``: a further error for a form (outside the importer's
    scope); ``keep_rejected=False``: forms with errors are only reported (an Excel import
    reports them back in its file), not stored.

    Store forms in set-based statements (an Excel file of 100 000 forms is a few hundred
    statements, not a million), in the caller's unit of work. Returns one :class:`Stored` per
    form, in order."""
    now = now or utcnow()
    due = calendar.due(now)
    seen = _existing_keys(session, incoming)
    checked = [check(item.form, where.places) for item in incoming]
    results: list[Stored | None] = [None] * len(incoming)
    rows: list[dict[str, Any]] = []
    row_of: list[int] = []  # rows[i] is incoming[row_of[i]]
    problems_of: dict[int, tuple[Problem, ...]] = {}
    for index, (item, result) in enumerate(zip(incoming, checked, strict=True)):
        key = _key(item)
        if key is not None and key in seen:
            results[index] = Stored(seen[key][0], seen[key][1], (), duplicate=True)
            continue
        problems = tuple(item.problems) + result.problems
        district_id = _district_id(where, result)
        extra = admit(result, district_id) if admit is not None else None
        if extra is not None:
            problems += (extra,)
        ok = not any(p.severity == Severity.ERROR for p in problems)
        if not ok and not keep_rejected:
            results[index] = Stored(0, r.REJECTED, problems)
            continue
        form = result.form
        row: dict[str, Any] = {
            "source": item.source,
            "portal_id": item.portal_id,
            "import_key": item.import_key,
            "submitted_at": item.submitted_at or now,
            "received_at": now,
            "due_at": due,
            "first_name": form.first_name[:100],
            "last_name": form.last_name[:100],
            "tckn": form.tckn[:32],
            "gsm": form.gsm[:32],
            "email": form.email[:254],
            "institution_name": form.institution_name[:200],
            "institution_code": form.institution_code[:32],
            "province_text": form.province[:64],
            "district_text": form.district[:64],
            "note": form.note,
            "problems": json.dumps([[p.field, p.code, str(p.severity)] for p in problems]),
            "province_code": result.province_code,
            "district_id": district_id,
            "person_id": None,
            "status": r.PENDING if ok else r.REJECTED,
            "decided_at": None if ok else now,
            "reason_code": None if ok else "invalid",
            "reason_text": None
            if ok
            else ", ".join(p.code for p in problems if p.severity == Severity.ERROR),
            "version": 1,
        }
        if key is not None:
            seen[key] = (-1, row["status"])  # a repeat later in this batch
        problems_of[len(rows)] = problems
        rows.append(row)
        row_of.append(index)
    people = _people(session, [row["tckn"] for row in rows if row["status"] == r.PENDING])
    for row in rows:
        if row["status"] == r.PENDING:
            row["person_id"] = people.get(row["tckn"])
    ids = _insert(session, rows)
    events: list[dict[str, Any]] = []
    for rid, row, index in zip(ids, rows, row_of, strict=True):
        item = incoming[index]
        details: dict[str, Any] = {"source": item.source}
        if item.portal_id:
            details["portal_id"] = item.portal_id
        problems = problems_of[len(events)]
        if problems:
            details["problems"] = [p.code for p in problems]
        kind = r.RECEIVED if row["status"] == r.PENDING else r.REJECTED_AT_INTAKE
        events.append(_event_row(rid, kind, by, details, now))
        results[index] = Stored(rid, row["status"], problems)
    new_open = {rid: row for rid, row in zip(ids, rows, strict=True) if row["status"] == r.PENDING}
    superseded = _supersede_many(session, new_open, by, now, events)
    if events:
        BulkWriter(session.connection()).insert_dicts("request_events", _EVENT_COLUMNS, events)
    final: list[Stored] = []
    for stored in results:
        assert stored is not None
        if stored.duplicate:
            final.append(stored)
            continue
        status = r.SUPERSEDED if stored.id in superseded.get("lost", {}) else stored.status
        final.append(
            Stored(stored.id, status, stored.problems, tuple(superseded["won"].get(stored.id, ())))
        )
    return final


def _district_id(where: RequestPlaces, checked: CheckedForm) -> int | None:
    if checked.province_code is None or not checked.form.district:
        return None
    return where.district_ids.get((checked.province_code, fold(checked.form.district)))


_EVENT_COLUMNS = ("request_id", "occurred_at", "kind", "admin_username", "details")
_REQUEST_COLUMNS = (
    "source",
    "portal_id",
    "import_key",
    "submitted_at",
    "received_at",
    "due_at",
    "first_name",
    "last_name",
    "tckn",
    "gsm",
    "email",
    "institution_name",
    "institution_code",
    "province_text",
    "district_text",
    "note",
    "problems",
    "province_code",
    "district_id",
    "person_id",
    "status",
    "decided_at",
    "reason_code",
    "reason_text",
    "version",
)


def _insert(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert the rows; their ids in order. Rows with a portal id or an import key go in one
    executemany (no RETURNING: SQLite would then insert them one by one to keep the order)
    and their ids are read back by that unique key; a row without one (a desk entry) is
    inserted with RETURNING."""
    table = cast(sa.Table, InfoUpdateRequest.__table__)
    conn = session.connection()
    ids: dict[int, int] = {}
    portal = [i for i, row in enumerate(rows) if row["portal_id"]]
    imported = [i for i, row in enumerate(rows) if not row["portal_id"] and row["import_key"]]
    if portal or imported:
        # Through the driver (executemany / COPY): an Excel file of 100 000 forms is one
        # statement's worth of work, not 100 000 parameter sets through SQLAlchemy.
        BulkWriter(conn).insert_dicts(
            table.name, _REQUEST_COLUMNS, [rows[i] for i in portal + imported]
        )
    q = InfoUpdateRequest
    for positions, column, key in (
        (portal, q.portal_id, "portal_id"),
        (imported, q.import_key, "import_key"),
    ):
        wanted = {rows[i][key]: i for i in positions}
        for chunk in _chunks(list(wanted)):
            for rid, value in conn.execute(sa.select(q.id, column).where(column.in_(chunk))):
                ids[wanted[value]] = rid
    for i, row in enumerate(rows):
        if i not in ids:
            ids[i] = conn.execute(table.insert().returning(table.c.id), row).scalar_one()
    return [ids[i] for i in range(len(rows))]


def _key(item: Incoming) -> str | None:
    if item.portal_id:
        return "p:" + item.portal_id
    if item.import_key:
        return "x:" + item.import_key
    return None


def _existing_keys(session: Session, incoming: Sequence[Incoming]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    portal = [i.portal_id for i in incoming if i.portal_id]
    keys = [i.import_key for i in incoming if i.import_key and not i.portal_id]
    q = InfoUpdateRequest
    for chunk in _chunks(portal):
        for rid, pid, status in session.execute(
            sa.select(q.id, q.portal_id, q.status).where(q.portal_id.in_(chunk))
        ):
            found["p:" + str(pid)] = (rid, status)
    for chunk in _chunks(keys):
        for rid, key, status in session.execute(
            sa.select(q.id, q.import_key, q.status).where(q.import_key.in_(chunk))
        ):
            found["x:" + str(key)] = (rid, status)
    return found


def _people(session: Session, tckns: Sequence[str]) -> dict[str, int]:
    valid = sorted(set(tckns))  # the form check has validated them
    found: dict[str, int] = {}
    for chunk in _chunks(valid):
        found.update(
            (t, pid)
            for t, pid in session.execute(
                sa.select(Person.tckn, Person.id).where(Person.tckn.in_(chunk))
            )
        )
    return found


def _chunks(values: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), CHUNK):
        yield list(values[start : start + CHUNK])


def _supersede_many(
    session: Session,
    new_open: dict[int, dict[str, Any]],
    by: str | None,
    now: datetime,
    events: list[dict[str, Any]],
) -> dict[str, dict[int, list[int]]]:
    """For every TCKN with more than one open request, the newest submission stays open and
    the others are superseded (existing ones and new ones alike)."""
    q = InfoUpdateRequest
    candidates: dict[str, list[tuple[datetime, int]]] = {}
    for rid, row in new_open.items():
        candidates.setdefault(row["tckn"], []).append((row["submitted_at"], rid))
    for chunk in _chunks(sorted(candidates)):
        for rid, tckn, submitted in session.execute(
            sa.select(q.id, q.tckn, q.submitted_at).where(
                q.tckn.in_(chunk), q.status.in_(r.OPEN_STATUSES), q.id.not_in(list(new_open))
            )
        ):
            candidates[tckn].append((submitted, rid))
    won: dict[int, list[int]] = {}
    lost: dict[int, list[int]] = {}
    for group in candidates.values():
        if len(group) < 2:
            continue
        group.sort()
        newest = group[-1][1]
        for _, old in group[:-1]:
            won.setdefault(newest, []).append(old)
            lost[old] = [newest]
    for old, (newest,) in lost.items():
        session.execute(
            sa.update(q)
            .where(q.id == old)
            .values(
                status=r.SUPERSEDED, superseded_by=newest, decided_at=now, version=q.version + 1
            )
        )
        events.append(_event_row(old, r.SUPERSEDED_EVENT, by, {"by_request": newest}, now))
        events.append(_event_row(newest, r.SUPERSEDES, by, {"request": old}, now))
    return {"won": won, "lost": lost}


def _event_row(
    request_id: int, kind: str, by: str | None, details: dict[str, Any], now: datetime
) -> dict[str, Any]:
    return {
        "request_id": request_id,
        "occurred_at": now,
        "kind": kind,
        "admin_username": by,
        "details": json.dumps(details, ensure_ascii=False, sort_keys=True),
    }


def event(
    session: Session,
    request_id: int,
    kind: str,
    by: str | None,
    details: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> None:
    session.add(
        RequestEvent(
            request_id=request_id,
            occurred_at=now or utcnow(),
            kind=kind,
            admin_username=by,
            details=json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
        )
    )


def masked_form(form: InfoUpdateForm) -> dict[str, str]:
    """The form for an audit event: TCKN and GSM masked."""
    tckn = form.tckn if tckn_rules.is_valid(form.tckn) else ""
    gsm = gsm_rules.normalize(form.gsm) or ""
    return {
        "tckn": tckn_rules.mask(tckn) if tckn else "",
        "gsm": gsm_rules.mask(gsm) if gsm else "",
        "province": form.province,
    }


# ------------------------------------------------------------------------------ desk entry
def receive(
    db: Database,
    identity: AdminIdentity,
    form: InfoUpdateForm,
    *,
    channel: str = "phone",
    now: datetime | None = None,
) -> Stored:
    """A form taken at the desk (phone, e-mail). Unlike the feeds, a form that fails the check
    is refused and nothing is stored: the administrator corrects it while the caller waits."""
    where = places(db)
    checked = check(form, where.places)
    if not checked.ok:
        first = checked.errors[0]
        raise ValidationFailed(
            "request.form_invalid", field=first.field, problem=first.code, count=len(checked.errors)
        )
    settings = system_settings.load(db)
    target = Target("request", None, checked.province_code, _district_id(where, checked))

    def work(session: Session, _none: None) -> Done[Stored]:
        stored = store(
            session,
            Incoming(form, r.DESK),
            where,
            calendar_of(settings),
            now=now,
            by=identity.username,
        )
        details = {
            "channel": channel,
            "superseded": list(stored.superseded),
            **masked_form(checked.form),
        }
        located = Target("request", str(stored.id), target.province_code, target.district_id)
        return Done(stored, details, located)

    return guard.act(
        db,
        identity,
        Permission.RECEIVE_REQUEST,
        AuditAction.REQUEST_RECEIVE,
        load=lambda _s: None,
        locate=lambda _none: target,
        work=work,
    )


def store_all(
    session: Session,
    items: Iterable[Incoming],
    where: RequestPlaces,
    calendar: BusinessCalendar,
    *,
    now: datetime | None = None,
    by: str | None = None,
) -> list[Stored]:
    return store_many(session, list(items), where, calendar, now=now, by=by)
