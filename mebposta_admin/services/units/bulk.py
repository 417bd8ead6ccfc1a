"""Unit accounts in bulk: an Excel import of unit accounts and their custodians — every row
checked first, then all of them written in one unit of work or none — with a row-level
report; and the list exported to Excel in the columns the import reads back.

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

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from mebposta_admin.domain import unit_names
from mebposta_admin.domain.audit_actions import AuditAction, Outcome
from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError, PermissionDenied, ValidationFailed
from mebposta_admin.models import Alias, District, Institution, Mailbox, Person, UnitCustodian
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import excel_io, guard, system_settings
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.geography import names
from mebposta_admin.services.guard import Done, Refuse, Target
from mebposta_admin.services.reissue import CUSTODIAN_DEPUTY, CUSTODIAN_PRIMARY
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.tasks import CancelToken, ProgressFn, no_progress
from mebposta_admin.services.tasks import check as check_cancel
from mebposta_admin.services.units.custodians import _current, _custodian_person
from mebposta_admin.services.units.reading import QUOTA_RANGE_MB, UNIT, _require

OFFICE_KINDS = ("province_office", "district_office", "central")

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

# The export's columns, in order (their headings come from the caller, translated).
EXPORT_COLUMNS = (
    "address",
    "office_code",
    "office",
    "province",
    "status",
    "quota_mb",
    "primary",
    "primary_name",
    "deputies",
    "password_changed_at",
    "flag",
)


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


@dataclass
class _Plan:
    row: int
    address: str
    box: Mailbox | None = None  # an existing unit account
    office: Institution | None = None
    primary: Person | None = None
    deputies: list[Person] = field(default_factory=list)
    quota_mb: int | None = None
    display_name: str = ""
    problems: list[AppError] = field(default_factory=list)


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
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:32]
    raw: dict[int, tuple[Any, ...]] = {}
    sheet_rows = []
    for sheet_row in table.rows:
        raw[sheet_row.number] = sheet_row.raw
        sheet_rows.append(sheet_row)
    rules = system_settings.unit_rules(system_settings.load(db))

    def work(session: Session, _none: None) -> Done[UnitImportReport]:
        heads = {name: table.headers[index] for name, index in table.columns.items()}
        planner = _Planner(session, identity, rules, heads)
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


class _Planner:
    """Checks rows against the database without writing anything."""

    def __init__(
        self,
        session: Session,
        identity: AdminIdentity,
        rules: dict[str, str],
        heads: dict[str, str],
    ) -> None:
        self.heads = heads  # field → the file's own heading (named in the problems)
        self.session = session
        self.identity = identity
        self.scope = Scope.of(identity)
        self.rules = rules
        self.seen: dict[str, int] = {}  # address → its first row

    def plan(self, sheet_row: excel_io.SheetRow) -> _Plan:
        cells = sheet_row.cells
        plan = _Plan(sheet_row.number, "")
        for name, cell in cells.items():
            if cell.formula:
                plan.problems.append(
                    ValidationFailed("unit.import_formula", column=self.heads.get(name, name))
                )
        if plan.problems:
            return plan
        text = {name: cell.text.strip() for name, cell in cells.items()}
        typed = text.get("address", "")
        plan.address = typed if "@" in typed or not typed else f"{typed}@{unit_names.DOMAIN}"
        plan.display_name = text.get("display_name", "")[:200]
        self._quota(plan, text.get("quota_mb", ""))
        local = typed.split("@", 1)[0]
        if not typed:
            plan.problems.append(ValidationFailed("unit.address_shape", address=typed))
            return plan
        shape = unit_names.check(typed, "central", None, None)  # letters and domain only
        if shape.problem in ("unit.address_domain", "unit.address_turkish_letters"):
            plan.problems.append(
                ValidationFailed(shape.problem, address=typed, expected=shape.expected or "")
            )
            return plan
        if plan.address in self.seen:
            plan.problems.append(
                ValidationFailed(
                    "unit.import_repeated", address=plan.address, row=self.seen[plan.address]
                )
            )
            return plan
        self.seen[plan.address] = plan.row
        office = self._office(plan, text.get("office_code", ""), text.get("office", ""))
        box = self.session.scalar(sa.select(Mailbox).where(Mailbox.address == plan.address))
        if box is not None and box.kind != "unit" or self._alias(plan.address):
            plan.problems.append(ValidationFailed("unit.address_taken", address=plan.address))
            return plan
        if box is not None:
            plan.box = box
            if not self.scope.contains(box.province_code, None):
                plan.problems.append(PermissionDenied("permission.scope"))
                return plan
            if office is not None and office.id != box.institution_id:
                owner = self.session.get(Institution, box.institution_id or 0)
                plan.problems.append(
                    ValidationFailed(
                        "unit.import_office_mismatch",
                        address=plan.address,
                        office=owner.name if owner else "—",
                    )
                )
        elif office is not None:
            plan.office = office
            if not self.scope.contains(office.province_code, None):
                plan.problems.append(PermissionDenied("permission.scope"))
                return plan
            district = self.session.get(District, office.district_id or 0)
            verdict = unit_names.check(
                local,
                office.kind,
                office.province_code,
                district.name if district else None,
                self.rules,
            )
            if verdict.problem:
                plan.problems.append(
                    ValidationFailed(
                        verdict.problem, address=typed, expected=verdict.expected or ""
                    )
                )
            if not text.get("primary"):
                plan.problems.append(ValidationFailed("unit.import_no_primary"))
        elif not plan.problems:
            plan.problems.append(ValidationFailed("unit.import_office_missing"))
        province = (
            box.province_code if box is not None else office.province_code if office else None
        )
        if text.get("primary"):
            plan.primary = self._person(plan, text["primary"], province)
        for value in re.split(r"[,;\s]+", text.get("deputies", "")):
            if value:
                person = self._person(plan, value, province)
                if person is not None and person not in plan.deputies:
                    plan.deputies.append(person)
        return plan

    def _quota(self, plan: _Plan, value: str) -> None:
        if not value:
            return
        low, high = QUOTA_RANGE_MB
        number = value[:-2] if value.endswith(".0") else value
        if not (number.isascii() and number.isdigit() and low <= int(number) <= high):
            plan.problems.append(
                ValidationFailed("unit.import_quota", value=value, low=low, high=high)
            )
            return
        plan.quota_mb = int(number)

    def _alias(self, address: str) -> bool:
        return bool(self.session.scalar(sa.select(sa.func.count()).where(Alias.address == address)))

    def _office(self, plan: _Plan, code: str, name: str) -> Institution | None:
        if not code and not name:
            return None
        query = sa.select(Institution).where(Institution.kind.in_(OFFICE_KINDS))
        if code:
            found = list(self.session.scalars(query.where(Institution.code == code)))
        else:
            found = list(self.session.scalars(query.where(Institution.name_folded == fold(name))))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            plan.problems.append(ValidationFailed("unit.import_office_ambiguous", office=name))
        else:
            plan.problems.append(
                ValidationFailed("unit.import_office_unknown", office=code or name)
            )
        return None

    def _person(self, plan: _Plan, value: str, province: str | None) -> Person | None:
        person_id: int | None = None
        if value.isascii() and value.isdigit():
            person_id = self.session.scalar(sa.select(Person.id).where(Person.tckn == value))
        else:
            address = value if "@" in value else f"{value}@{unit_names.DOMAIN}"
            address = fold(address)
            person_id = self.session.scalar(
                sa.select(Mailbox.person_id).where(
                    Mailbox.address == address, Mailbox.person_id.is_not(None)
                )
            ) or self.session.scalar(
                sa.select(Mailbox.person_id)
                .join(Alias, Alias.mailbox_id == Mailbox.id)
                .where(Alias.address == address, Mailbox.person_id.is_not(None))
            )
        if person_id is None:
            plan.problems.append(ValidationFailed("unit.import_person_unknown", value=value))
            return None
        try:
            return _custodian_person(self.session, self.identity, person_id, province)
        except Refuse as exc:
            plan.problems.append(exc.error)
            return None


def _apply(session: Session, identity: AdminIdentity, plan: _Plan) -> RowVerdict:
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
        verdict = HANDED_OVER if old is not None or box.password_hash is not None else UPDATED
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


# ------------------------------------------------------------------------------ export
def export_file(
    db: Database,
    identity: AdminIdentity,
    path: Path,
    headers: Sequence[str],
    *,
    text: str = "",
    flagged_only: bool = False,
    describe: Callable[[str], str] = str,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """The unit accounts in scope (as the page filters them) written to ``path``, one row
    each, in :data:`EXPORT_COLUMNS` (``headers`` are their headings; ``describe`` gives the
    status and flag words and the sheet's title). The custodians are named by e-mail
    address, so the file imports back. The file appears whole or not at all (written
    beside it, then renamed); the export is audited with its row count and hash."""
    from mebposta_admin.services.units.reading import page

    if len(headers) != len(EXPORT_COLUMNS):
        raise ValueError("one heading per export column")
    _require(db, identity, Permission.VIEW_PERSON, AuditAction.UNIT_EXPORT)
    place = names(db)
    total = _count(db, identity, text, flagged_only)

    def rows() -> Iterator[list[Any]]:
        after: tuple[Any, ...] | None = None
        done = 0
        while True:
            if cancel is not None:
                check_cancel(cancel)
            current = page(db, identity, text, after, 500, flagged_only=flagged_only)
            extra = _export_extra(db, [row.id for row in current.rows])
            for row in current.rows:
                office_code, office_name, quota, primary, deputies = extra[row.id]
                changed = row.password_changed_at
                yield [
                    row.address,
                    office_code,
                    office_name,
                    place.provinces.get(row.province_code or "", "")
                    or describe("unit_export.central"),
                    describe("unit_export.active" if row.active else "unit_export.inactive"),
                    quota,
                    primary,
                    row.primary_name or "",
                    ", ".join(deputies),
                    changed.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M") if changed else "",
                    describe("unit_export.flag") if row.flagged else "",
                ]
                done += 1
            progress(done, total, "rows")
            if current.next is None:
                return
            after = current.next

    partial = path.with_name(path.name + ".part")
    try:
        count = excel_io.write_rows(partial, describe("unit_export.sheet"), list(headers), rows())
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with db.unit_of_work() as session:
        guard.record(
            session,
            identity,
            AuditAction.UNIT_EXPORT,
            Outcome.SUCCESS,
            Target("export", None, identity.province_code, identity.district_id),
            {
                "file": path.name,
                "rows": count,
                "sha256": digest,
                "filter": {"text": text, "flagged_only": flagged_only},
            },
        )
    return count


def _count(db: Database, identity: AdminIdentity, text: str, flagged_only: bool) -> int:
    from mebposta_admin.services.units.reading import counts

    found = counts(db, identity)
    if text:
        return 0  # unknown ahead: the progress shows rows written
    return found.flagged if flagged_only else found.total


def _export_extra(db: Database, ids: list[int]) -> dict[int, tuple[str, str, int, str, list[str]]]:
    """Per unit: the office's code and name, the quota in MB, the primary custodian's and the
    deputies' personal addresses (what the import reads back)."""
    if not ids:
        return {}
    with db.reading(statement_snapshots=True) as conn:
        boxes = conn.execute(
            sa.select(Mailbox.id, Institution.code, Institution.name, Mailbox.quota_bytes)
            .outerjoin(Institution, Institution.id == Mailbox.institution_id)
            .where(Mailbox.id.in_(ids), UNIT)
        ).all()
        personal = aliased(Mailbox)
        custodians = conn.execute(
            sa.select(UnitCustodian.mailbox_id, UnitCustodian.role, personal.address)
            .join(
                personal,
                sa.and_(personal.person_id == UnitCustodian.person_id, personal.kind == "personal"),
            )
            .where(UnitCustodian.mailbox_id.in_(ids), UnitCustodian.ended_at.is_(None))
            .order_by(UnitCustodian.started_at)
        ).all()
    found: dict[int, tuple[str, str, int, str, list[str]]] = {}
    people: dict[int, tuple[str, list[str]]] = {i: ("", []) for i in ids}
    for mailbox_id, role, address in custodians:
        primary, deputies = people[mailbox_id]
        if role == CUSTODIAN_PRIMARY:
            people[mailbox_id] = (address, deputies)
        else:
            deputies.append(address)
    for mailbox_id, code, name, quota in boxes:
        primary, deputies = people[mailbox_id]
        found[mailbox_id] = (code or "", name or "", quota // (1024 * 1024), primary, deputies)
    return found


__all__ = [
    "CREATED",
    "EXPORT_COLUMNS",
    "HANDED_OVER",
    "READY",
    "REJECTED",
    "UNCHANGED",
    "UPDATED",
    "RowVerdict",
    "UnitImportReport",
    "export_file",
    "import_file",
]
