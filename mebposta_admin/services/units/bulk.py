"""Unit accounts in bulk: an Excel import of unit accounts and their custodians — every row
checked first, then all of them written in one unit of work or none — with a row-level
report. (The list's export, in the columns this reads back: services.units.export.)

A row names a unit account's address and, for a new one, its office (institution code or
exact name) and primary custodian (TCKN or e-mail address); deputies and a quota are
optional. A row for an existing unit account updates its custody: another primary is a
handover (the report says a new password should be sent), listed deputies are added (a
deputy left out of the file keeps its custody: ending one is a decision of its own, on the
page), a quota is set. Any rejected row — an office nobody knows, an address that breaks the
naming rule or belongs to a person, a custodian outside scope or without a GSM — leaves the
whole file unimported, and the report names every row's problem.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mebposta_admin.domain import unit_names
from mebposta_admin.domain.audit_actions import AuditAction, Outcome
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError
from mebposta_admin.models import Mailbox, Person, UnitCustodian
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import excel_io, guard, system_settings
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Target
from mebposta_admin.services.reissue import CUSTODIAN_DEPUTY, CUSTODIAN_PRIMARY
from mebposta_admin.services.tasks import CancelToken, ProgressFn, no_progress
from mebposta_admin.services.tasks import check as check_cancel
from mebposta_admin.services.units.bulk_rows import Planner, RowPlan
from mebposta_admin.services.units.custodians import _current
from mebposta_admin.services.units.reading import _require

SYNONYMS: dict[str, tuple[str, ...]] = {
    "address": (
        "Adres",
        "E-posta Adresi",
        "E-posta",
        "Birim Adresi",
        "Birim Hesabı",
        "Hesap",
        "Address",
        "E-mail",
        "Mailbox",
        "Unit account",
    ),
    "office_code": ("Kurum Kodu", "Birim Kodu", "Office code", "Institution code"),
    "office": (
        "Kurum/Birim Adı",
        "Kurum Adı",
        "Birim Adı",
        "Kurum",
        "Birim",
        "Office",
        "Institution",
    ),
    "primary": (
        "Sorumlu",
        "Birincil Sorumlu",
        "Asıl Sorumlu",
        "Sorumlu TCKN",
        "Sorumlu E-posta",
        "Primary custodian",
        "Custodian",
    ),
    "deputies": (
        "Yardımcı Sorumlular",
        "Yardımcı Sorumlu",
        "Yardımcılar",
        "Yedek Sorumlular",
        "Yedek Sorumlu",
        "Deputies",
        "Deputy custodians",
    ),
    "quota_mb": ("Kota (MB)", "Kota", "Quota (MB)", "Quota"),
    "display_name": ("Görünen Ad", "Display name"),
}
REQUIRED = ("address",)

# Verdicts of a row.
CREATED = "created"
HANDED_OVER = "handed_over"  # another primary custodian: send a new password
UPDATED = "updated"  # deputies added, a quota set, a first primary custodian
UNCHANGED = "unchanged"
READY = "ready"  # valid, but not imported because other rows were rejected
REJECTED = "rejected"


@dataclass(frozen=True)
class RowVerdict:
    row: int
    verdict: str
    address: str = ""
    problems: tuple[AppError, ...] = ()
    mailbox_id: int | None = None


@dataclass(frozen=True)
class UnitImportReport:
    file: str
    rows: int
    imported: bool  # False: rows were rejected and nothing was written
    created: int
    handed_over: int
    updated: int
    unchanged: int
    rejected: int
    verdicts: tuple[RowVerdict, ...] = field(repr=False, default=())
    report_path: str | None = None


# ------------------------------------------------------------------------------ import
def import_file(
    db: Database,
    identity: AdminIdentity,
    path: Path,
    *,
    report_path: Path | None = None,
    describe: Callable[[str], str] = str,
    explain: Callable[[AppError], str] = lambda e: e.code,
    headings: tuple[str, str, str] = ("Row", "Verdict", "Reasons"),
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> UnitImportReport:
    """Import unit accounts and custodians from ``path`` (all rows or none); with
    ``report_path``, write the row-level report there: the file's columns, then ``headings``
    (row, verdict — ``describe("unit_verdict.X")`` —, reasons — ``explain(error)``)."""
    path = Path(path)
    _require(db, identity, Permission.MANAGE_UNIT, AuditAction.UNIT_IMPORT)
    table = excel_io.open_table(path, SYNONYMS, REQUIRED, progress=progress, cancel=cancel)
    if "office_code" not in table.columns and "office" not in table.columns:
        raise excel_io.ExcelError("excel.missing_columns", columns="office_code / office")
    digest = excel_io.file_sha256(path)[:32]
    raw: dict[int, tuple[Any, ...]] = {}
    sheet_rows = []
    for sheet_row in table.rows:
        raw[sheet_row.number] = sheet_row.raw
        sheet_rows.append(sheet_row)
    rules = system_settings.unit_rules(system_settings.load(db))

    def work(session: Session, _none: None) -> Done[UnitImportReport]:
        heads = {name: table.headers[index] for name, index in table.columns.items()}
        planner = Planner(session, identity, rules, heads)
        plans = []
        for index, sheet_row in enumerate(sheet_rows):
            if cancel is not None and index % 100 == 0:
                check_cancel(cancel)
            plans.append(planner.plan(sheet_row))
            if index % 200 == 0:
                progress(index, len(sheet_rows), "check")
        rejected = [p for p in plans if p.problems]
        if rejected:
            verdicts = [
                RowVerdict(p.row, REJECTED if p.problems else READY, p.address, tuple(p.problems))
                for p in plans
            ]
            return Done(_report(path, verdicts, imported=False), None)
        verdicts = [_apply(session, identity, plan) for plan in plans]
        report = _report(path, verdicts, imported=True)
        details = {
            "file": path.name,
            "sha256": digest,
            "rows": report.rows,
            "created": report.created,
            "handed_over": report.handed_over,
            "updated": report.updated,
        }
        return Done(report, details)

    own = Target("import", None, identity.province_code, identity.district_id)
    report = guard.act(
        db,
        identity,
        Permission.MANAGE_UNIT,
        AuditAction.UNIT_IMPORT,
        load=lambda _s: None,
        locate=lambda _none: own,
        work=work,
        refusal_details={"file": path.name},
    )
    if not report.imported:
        guard.refuse(
            db,
            identity,
            AuditAction.UNIT_IMPORT,
            own,
            "rows_rejected",
            {"file": path.name, "sha256": digest, "rows": report.rows, "rejected": report.rejected},
        )
    if report_path is not None:
        _write_report(Path(report_path), table.headers, raw, report, describe, explain, headings)
        report = UnitImportReport(**{**report.__dict__, "report_path": str(report_path)})
    return report


def _apply(session: Session, identity: AdminIdentity, plan: RowPlan) -> RowVerdict:
    """Write one checked row; each change is an event on the mailbox's own history."""
    now, by = utcnow(), identity.username

    def event(action: AuditAction, box: Mailbox, details: dict[str, Any]) -> None:
        target = Target("mailbox", str(box.id), box.province_code, None)
        guard.record(
            session, identity, action, Outcome.SUCCESS, target, {**details, "via": "excel"}
        )

    def custody(box: Mailbox, person: Person, role: str) -> None:
        session.add(
            UnitCustodian(
                mailbox_id=box.id, person_id=person.id, role=role, started_at=now, started_by=by
            )
        )

    if plan.box is None:
        assert plan.office is not None and plan.primary is not None
        local = plan.address.split("@", 1)[0]
        quota = plan.quota_mb or system_default_quota_mb()
        box = Mailbox(
            address=plan.address,
            kind="unit",
            person_id=None,
            institution_id=plan.office.id,
            province_code=plan.office.province_code,
            display_name=plan.display_name or plan.office.name[:200],
            password_hash=None,
            quota_bytes=quota * 1024 * 1024,
            active=True,
            maildir=f"{unit_names.DOMAIN}/{local}/",
            created_at=now,
        )
        session.add(box)
        session.flush()
        custody(box, plan.primary, CUSTODIAN_PRIMARY)
        for deputy in plan.deputies:
            if deputy.id != plan.primary.id:
                custody(box, deputy, CUSTODIAN_DEPUTY)
        event(
            AuditAction.UNIT_CREATE,
            box,
            {"address": box.address, "office": plan.office.id, "custodian": plan.primary.id},
        )
        return RowVerdict(plan.row, CREATED, box.address, mailbox_id=box.id)
    box = plan.box
    verdict = UNCHANGED
    current = _current(session, box.id)
    primary = next((c for c in current if c.role == CUSTODIAN_PRIMARY), None)
    if plan.primary is not None and (primary is None or primary.person_id != plan.primary.id):
        for c in current:
            if c.role == CUSTODIAN_PRIMARY or c.person_id == plan.primary.id:
                c.ended_at, c.ended_by = now, by
                c.end_reason = "handover" if c.role == CUSTODIAN_PRIMARY else "promoted"
        custody(box, plan.primary, CUSTODIAN_PRIMARY)
        old = primary.person_id if primary is not None else None
        event(AuditAction.UNIT_HANDOVER, box, {"from_person": old, "to_person": plan.primary.id})
        verdict = HANDED_OVER if old is not None or box.password_changed_at is not None else UPDATED
    keepers = {c.person_id for c in current if c.ended_at is None}
    if plan.primary is not None:
        keepers.add(plan.primary.id)
    for deputy in plan.deputies:
        if deputy.id not in keepers:
            custody(box, deputy, CUSTODIAN_DEPUTY)
            keepers.add(deputy.id)
            event(
                AuditAction.UNIT_CUSTODIAN_ADD,
                box,
                {"person_id": deputy.id, "role": CUSTODIAN_DEPUTY},
            )
            verdict = verdict if verdict == HANDED_OVER else UPDATED
    if plan.quota_mb is not None and box.quota_bytes != plan.quota_mb * 1024 * 1024:
        before = box.quota_bytes // (1024 * 1024)
        box.quota_bytes = plan.quota_mb * 1024 * 1024
        event(
            AuditAction.MAILBOX_QUOTA,
            box,
            {"before": {"quota_mb": before}, "after": {"quota_mb": plan.quota_mb}},
        )
        verdict = verdict if verdict == HANDED_OVER else UPDATED
    return RowVerdict(plan.row, verdict, box.address, mailbox_id=box.id)


def system_default_quota_mb() -> int:
    from mebposta_admin.models import DEFAULT_QUOTA_BYTES

    return DEFAULT_QUOTA_BYTES // (1024 * 1024)


def _report(path: Path, verdicts: list[RowVerdict], *, imported: bool) -> UnitImportReport:
    def count(kind: str) -> int:
        return sum(1 for v in verdicts if v.verdict == kind)

    return UnitImportReport(
        file=str(path),
        rows=len(verdicts),
        imported=imported,
        created=count(CREATED),
        handed_over=count(HANDED_OVER),
        updated=count(UPDATED),
        unchanged=count(UNCHANGED),
        rejected=count(REJECTED),
        verdicts=tuple(verdicts),
    )


def _write_report(
    target: Path,
    headers: tuple[str, ...],
    raw: dict[int, tuple[Any, ...]],
    report: UnitImportReport,
    describe: Callable[[str], str],
    explain: Callable[[AppError], str],
    headings: tuple[str, str, str],
) -> None:
    """Every row of the file (a unit import is hundreds of rows, not 100 000), with the
    file's own cells, then its verdict and the reasons."""
    width = len(headers)

    def rows() -> Iterator[list[Any]]:
        for verdict in report.verdicts:
            cells = list(raw.get(verdict.row, ()))[:width]
            yield [
                *cells,
                *([""] * (width - len(cells))),
                verdict.row,
                describe(f"unit_verdict.{verdict.verdict}"),
                " ".join(explain(problem) for problem in verdict.problems),
            ]

    excel_io.write_rows(target, describe("sheet.report"), [*headers, *headings], rows())


__all__ = [
    "CREATED",
    "HANDED_OVER",
    "READY",
    "REJECTED",
    "UNCHANGED",
    "UPDATED",
    "RowVerdict",
    "UnitImportReport",
    "import_file",
]
