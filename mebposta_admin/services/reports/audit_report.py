"""The audit trail's detail for any filter of the Denetim page, to Excel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from mebposta_admin import __version__
from mebposta_admin.domain.audit_actions import AuditAction, Outcome
from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import PermissionDenied
from mebposta_admin.services import audit_chain, audit_query, excel_io, guard
from mebposta_admin.services.audit_query import AuditFilter
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.reports.workbook import Column, ReportBook
from mebposta_admin.services.tasks import CancelToken, ProgressFn, no_progress
from mebposta_admin.services.tasks import check as check_cancel

BATCH = 10_000


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class ReportTexts:
    """The front end's words (translated): ``label(key)`` for headings and the header block
    (keys in texts.labels), and the words for actions, outcomes and targets."""

    label: Callable[[str], str] = _same
    action: Callable[[str], str] = _same
    outcome: Callable[[str], str] = _same
    target: Callable[[str], str] = _same


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int
    sha256: str
    details: dict[str, Any] = field(default_factory=dict)


def _when(moment: datetime | None) -> str:
    return moment.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M") if moment else ""


def describe_filter(wanted: AuditFilter, texts: ReportTexts) -> str:
    """The filter in words, for the header block ("all events" when none)."""
    parts = []
    for f in fields(AuditFilter):
        value = getattr(wanted, f.name)
        if value in (None, "", ()):
            continue
        if isinstance(value, datetime):
            value = _when(value)
        elif f.name == "action":
            value = texts.action(str(value))
        elif f.name == "outcome":
            value = texts.outcome(str(value))
        elif f.name == "targets":
            value = ", ".join(f"{texts.target(k)} {i}" for k, i in value)
        parts.append(f"{texts.label('filter.' + f.name)}: {value}")
    return "; ".join(parts) or texts.label("filter.none")


def chain_state(db: Database, texts: ReportTexts) -> str:
    last = audit_chain.last_verification(db)
    if last is None:
        return texts.label("chain.never")
    state = texts.label("chain.intact" if last.get("ok") else "chain.broken")
    at = last["at"]
    return f"{state} ({_when(at) if isinstance(at, datetime) else at}, {last.get('by', '')})"


def header_block(
    db: Database, identity: AdminIdentity, texts: ReportTexts, filters: str
) -> list[tuple[str, str]]:
    now = datetime.now(ISTANBUL)
    at = audit_chain.head(db)
    covered = f"{at[0]} · {at[1]}" if at else "—"
    return [
        (texts.label("head.filters"), filters),
        (texts.label("head.exporter"), identity.username),
        (texts.label("head.exported_at"), now.strftime("%d.%m.%Y %H:%M")),
        (texts.label("head.version"), f"mebposta_admin {__version__}"),
        (texts.label("head.chain"), chain_state(db, texts)),
        # The chain's head when the workbook was written: `audit verify --checkpoint` and a
        # later verification show whether the trail it came from still extends it.
        (texts.label("head.chain_head"), covered),
    ]


def require_export(db: Database, identity: AdminIdentity, report: str) -> None:
    for permission in (Permission.EXPORT, Permission.VIEW_AUDIT):
        if not guard.check(identity, permission):
            guard.refuse(
                db, identity, AuditAction.REPORT_EXPORT, guard.NO_TARGET, "role", {"report": report}
            )
            raise PermissionDenied("permission.role", role=identity.role.value)


def record_export(
    db: Database, identity: AdminIdentity, report: str, path: Path, rows: int, filters: str
) -> ExportResult:
    digest = excel_io.file_sha256(Path(path))
    details = {
        "report": report,
        "file": Path(path).name,
        "rows": rows,
        "sha256": digest,
        "filters": filters,
    }
    with db.unit_of_work() as session:
        guard.record(
            session,
            identity,
            AuditAction.REPORT_EXPORT,
            Outcome.SUCCESS,
            guard.Target("export", None, identity.province_code, identity.district_id),
            details,
        )
    return ExportResult(str(path), rows, digest, details)


def export_audit(
    db: Database,
    identity: AdminIdentity,
    path: Path,
    wanted: AuditFilter | None = None,
    texts: ReportTexts | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Every event of the filter in the reader's scope, newest first (as the page lists
    them), details as recorded (masked)."""
    wanted = wanted or AuditFilter()
    texts = texts or ReportTexts()
    require_export(db, identity, "audit")
    filters = describe_filter(wanted, texts)
    label = texts.label
    columns = [
        Column(label("col.time"), "datetime"),
        Column(label("col.admin")),
        Column(label("col.workstation")),
        Column(label("col.action"), width=30),
        Column(label("col.outcome")),
        Column(label("col.target")),
        Column(label("col.target_id")),
        Column(label("col.province"), width=8),
        Column(label("col.details"), width=80),
        Column(label("col.event"), "int"),
    ]
    with ReportBook(
        Path(path),
        title=label("report.audit"),
        exporter=identity.username,
        header=header_block(db, identity, texts, filters),
        app_version=__version__,
    ) as book:
        sheet = book.sheet(label("sheet.audit"), columns)
        words: dict[tuple[str, str], str] = {}  # translated once per distinct value

        def word(kind: str, value: str | None) -> str:
            if not value:
                return ""
            key = (kind, value)
            if key not in words:
                fn = {"action": texts.action, "outcome": texts.outcome, "target": texts.target}
                words[key] = fn[kind](value)
            return words[key]

        for batch in audit_query.stream(db, identity, wanted, BATCH):
            if cancel is not None:
                check_cancel(cancel)
            for rid, at, who, where, action, outcome, kind, target, province, details in batch:
                sheet.row(
                    [
                        at,
                        who,
                        where,
                        word("action", action),
                        word("outcome", outcome),
                        word("target", kind),
                        target,
                        province,
                        "" if details in (None, "{}") else details,
                        rid,
                    ]
                )
            progress(sheet.rows, 0, "rows")
        sheet.finish()
        rows = sheet.rows
    return record_export(db, identity, "audit", Path(path), rows, filters)
