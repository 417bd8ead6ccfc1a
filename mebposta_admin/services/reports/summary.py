"""The managers' summary and the request backlog, to Excel.

**Summary** (a period, optionally one province): per province and per administrator —
passwords by SMS sent / refused / of unknown outcome, requests received / approved /
rejected and the share decided by their same-day deadline, unit-account handovers, SMS sent
and failed (passwords and notices), tickets received / answered first within their SLA /
solved and the answers sent — with a native Excel column chart of the provinces.
**Backlog**: the open requests of the reader's scope with their ages and deadlines.
Both are scoped like the screens (a province's administrator: that province).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from mebposta_admin import __version__
from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.errors import PermissionDenied
from mebposta_admin.models import AuditEvent, InfoUpdateRequest
from mebposta_admin.services import geography
from mebposta_admin.services import requests as r
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.reports.audit_report import (
    ExportResult,
    ReportTexts,
    header_block,
    record_export,
    require_export,
)
from mebposta_admin.services.reports.workbook import Column, ReportBook
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.tasks import CancelToken, ProgressFn, no_progress
from mebposta_admin.services.tasks import check as check_cancel

# The summary's figures, in column order.
FIGURES = (
    "reissue_sent",
    "reissue_refused",
    "reissue_unknown",
    "requests_received",
    "requests_approved",
    "requests_rejected",
    "same_day_share",
    "handovers",
    "sms_sent",
    "sms_failed",
    "tickets_received",
    "tickets_first_response_share",
    "tickets_solved",
    "ticket_replies",
)
_SHARES = {
    "same_day_share": ("_in_time", "_decided"),
    "tickets_first_response_share": ("_fr_ok", "_fr_known"),
}
_SMS_ACTIONS = ("password.reissue", "request.notice")


def _province_of(identity: AdminIdentity, province: str | None) -> str | None:
    """The province the figures may cover: the reader's own, or any (a national reader).
    A district's figures are not a province's: a district administrator gets none."""
    scope = Scope.of(identity)
    if scope.district_id is not None:
        raise PermissionDenied("permission.scope")
    return scope.province_code or province


def _period_text(since: datetime | None, until: datetime | None, texts: ReportTexts) -> str:
    def day(moment: datetime | None) -> str:
        return moment.astimezone(ISTANBUL).strftime("%d.%m.%Y") if moment else "…"

    if since is None and until is None:
        return texts.label("filter.all_time")
    return (
        f"{texts.label('filter.since')} {day(since)} — {texts.label('filter.until')} {day(until)}"
    )


def _audit_counts(
    db: Database,
    since: datetime | None,
    until: datetime | None,
    province: str | None,
    by: Any,
) -> dict[str, dict[str, int]]:
    """Figures from the audit trail grouped by ``by`` (a column)."""
    where: list[Any] = []
    if since is not None:
        where.append(AuditEvent.occurred_at >= since)
    if until is not None:
        where.append(AuditEvent.occurred_at <= until)
    if province:
        where.append(AuditEvent.province_code == province)
    query = (
        sa.select(by, AuditEvent.action, AuditEvent.outcome, sa.func.count())
        .where(
            *where,
            AuditEvent.action.in_(
                (
                    "password.reissue",
                    "request.notice",
                    "unit.handover",
                    "request.approve",
                    "request.reject",
                    "ticket.reply",
                )
            ),
        )
        .group_by(by, AuditEvent.action, AuditEvent.outcome)
    )
    found: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with db.reading(statement_snapshots=True) as conn:
        for key, action, outcome, count in conn.execute(query):
            figures = found[str(key or "")]
            if action == "password.reissue":
                if outcome == "success":
                    figures["reissue_sent"] += count
                elif outcome in ("refused", "failure"):
                    figures["reissue_refused"] += count
                elif outcome == "unknown":
                    figures["reissue_unknown"] += count
            if action in _SMS_ACTIONS:
                if outcome == "success":
                    figures["sms_sent"] += count
                elif outcome == "failure":
                    figures["sms_failed"] += count
            if action == "unit.handover" and outcome == "success":
                figures["handovers"] += count
            if action == "request.approve" and outcome == "success":
                figures["requests_approved"] += count
            if action == "request.reject" and outcome == "success":
                figures["requests_rejected"] += count
            if action == "ticket.reply" and outcome == "success":
                figures["ticket_replies"] += count
    return found


def _ticket_counts(
    db: Database, since: datetime | None, until: datetime | None, province: str | None
) -> dict[str, dict[str, int]]:
    """Per queue (province; "" the central desk) from the tickets opened in the period:
    received, answered first within the SLA (of those answered), solved or closed."""
    from mebposta_admin.models import Ticket

    where: list[Any] = [Ticket.status != "merged"]
    if since is not None:
        where.append(Ticket.created_at >= since)
    if until is not None:
        where.append(Ticket.created_at <= until)
    if province:
        where.append(Ticket.province_code == province)
    done = Ticket.status.in_(("solved", "closed"))
    query = (
        sa.select(
            Ticket.province_code,
            sa.func.count(),
            sa.func.sum(sa.case((Ticket.first_response_ok.is_(True), 1), else_=0)),
            sa.func.sum(sa.case((Ticket.first_response_ok.is_not(None), 1), else_=0)),
            sa.func.sum(sa.case((done, 1), else_=0)),
        )
        .where(*where)
        .group_by(Ticket.province_code)
    )
    found: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with db.reading(statement_snapshots=True) as conn:
        for code, received, ok, known, solved in conn.execute(query):
            figures = found[str(code or "")]
            figures["tickets_received"] = int(received or 0)
            figures["_fr_ok"] = int(ok or 0)
            figures["_fr_known"] = int(known or 0)
            figures["tickets_solved"] = int(solved or 0)
    return found


def _request_counts(
    db: Database, since: datetime | None, until: datetime | None, province: str | None
) -> dict[str, dict[str, int]]:
    """Per province from the requests themselves: received, decided, decided in time."""
    q = InfoUpdateRequest
    where: list[Any] = []
    if since is not None:
        where.append(q.received_at >= since)
    if until is not None:
        where.append(q.received_at <= until)
    if province:
        where.append(q.province_code == province)
    decided = q.status.in_((r.APPLIED, r.REJECTED))
    query = (
        sa.select(
            q.province_code,
            sa.func.count(),
            sa.func.sum(sa.case((decided, 1), else_=0)),
            sa.func.sum(sa.case((sa.and_(decided, q.decided_at <= q.due_at), 1), else_=0)),
        )
        .where(*where, q.status != r.SUPERSEDED)
        .group_by(q.province_code)
    )
    found: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with db.reading(statement_snapshots=True) as conn:
        for code, received, decided_n, in_time in conn.execute(query):
            figures = found[str(code or "")]
            figures["requests_received"] = int(received or 0)
            figures["_decided"] = int(decided_n or 0)
            figures["_in_time"] = int(in_time or 0)
    return found


def export_summary(
    db: Database,
    identity: AdminIdentity,
    path: Path,
    texts: ReportTexts | None = None,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    province: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ExportResult:
    texts = texts or ReportTexts()
    require_export(db, identity, "summary")
    province = _province_of(identity, province)
    label = texts.label
    filters = _period_text(since, until, texts) + (
        f"; {label('filter.province_code')}: {province}" if province else ""
    )
    names = geography.names(db).provinces
    by_province = _audit_counts(db, since, until, province, AuditEvent.province_code)
    for code, figures in _request_counts(db, since, until, province).items():
        by_province[code].update(figures)
    for code, figures in _ticket_counts(db, since, until, province).items():
        by_province[code].update(figures)
    if cancel is not None:
        check_cancel(cancel)
    by_admin = _audit_counts(db, since, until, province, AuditEvent.admin_username)
    heads = [
        Column(label(f"sum.{name}"), "percent" if name in _SHARES else "int") for name in FIGURES
    ]
    rows = 0
    with ReportBook(
        Path(path),
        title=label("report.summary"),
        exporter=identity.username,
        header=header_block(db, identity, texts, filters),
        app_version=__version__,
    ) as book:
        sheet = book.sheet(
            label("sheet.provinces"), [Column(label("col.province"), width=18), *heads]
        )
        codes = sorted(c for c in by_province if c) if not province else [province]
        central = by_province.get("") if not province else None
        for code in codes:
            figures = by_province.get(code, {})
            sheet.row([f"{code} {names.get(code, '')}".strip(), *_values(figures)])
        if central:  # the central desk's tickets (and what has no province)
            sheet.row([label("col.central"), *_values(central)])
        sheet.finish()
        if codes:
            chart = book.book.add_chart({"type": "column"})
            first, last = sheet.heading_row + 1, sheet.heading_row + len(codes)
            for index, name in ((1, "reissue_sent"), (4, "requests_received")):
                chart.add_series(
                    {
                        "name": label(f"sum.{name}"),
                        "categories": [sheet.ws.name, first, 0, last, 0],
                        "values": [sheet.ws.name, first, index, last, index],
                    }
                )
            chart.set_title({"name": label("chart.provinces")})
            chart.set_x_axis({"num_font": {"rotation": -45}})
            sheet_of_chart = book.book.add_chartsheet(label("sheet.chart")[:31])
            sheet_of_chart.set_chart(chart)  # a sheet of its own: the table prints whole
        rows += sheet.rows
        progress(rows, 0, "rows")
        admins = book.sheet(label("sheet.admins"), [Column(label("col.admin"), width=18), *heads])
        for name in sorted(n for n in by_admin if n):
            admins.row([name, *_values(by_admin[name])])
        admins.finish()
        rows += admins.rows
    return record_export(db, identity, "summary", Path(path), rows, filters)


def _values(figures: dict[str, int]) -> list[Any]:
    out: list[Any] = []
    for name in FIGURES:
        if name in _SHARES:
            part, whole = (figures.get(key, 0) for key in _SHARES[name])
            out.append(part / whole if whole else None)
        else:
            out.append(figures.get(name, 0))
    return out


def export_backlog(
    db: Database,
    identity: AdminIdentity,
    path: Path,
    texts: ReportTexts | None = None,
    *,
    province: str | None = None,
    status_text: Any = str,
    source_text: Any = str,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """The open requests of the reader's scope, the most urgent first, with their ages."""
    from mebposta_admin.services.requests import queue

    texts = texts or ReportTexts()
    require_export(db, identity, "backlog")
    label = texts.label
    filters = f"{label('filter.province_code')}: {province}" if province else label("filter.open")
    now = datetime.now(ISTANBUL)
    columns = [
        Column(label("col.request"), "int"),
        Column(label("col.received"), "datetime"),
        Column(label("col.due"), "datetime"),
        Column(label("col.age_days"), "int"),
        Column(label("col.overdue")),
        Column(label("col.status")),
        Column(label("col.name"), width=24),
        Column(label("col.tckn")),
        Column(label("col.province")),
        Column(label("col.district")),
        Column(label("col.source")),
        Column(label("col.assigned")),
    ]
    with ReportBook(
        Path(path),
        title=label("report.backlog"),
        exporter=identity.username,
        header=header_block(db, identity, texts, filters),
        app_version=__version__,
    ) as book:
        sheet = book.sheet(label("sheet.backlog"), columns)
        after = None
        wanted = queue.QueueFilter(province_code=province)
        while True:
            if cancel is not None:
                check_cancel(cancel)
            page = queue.page(db, identity, wanted, after, 1000)
            for row in page.rows:
                sheet.row(
                    [
                        row.id,
                        row.received_at,
                        row.due_at,
                        (now - row.received_at).days,
                        label("yes") if row.due_at < now else "",
                        status_text(row.status),
                        row.name,
                        row.tckn_masked,
                        row.province_name,
                        row.district_name,
                        source_text(row.source),
                        row.assigned_to or "",
                    ]
                )
            progress(sheet.rows, 0, "rows")
            if page.next is None:
                break
            after = page.next
        sheet.finish()
        rows = sheet.rows
    return record_export(db, identity, "backlog", Path(path), rows, filters)
