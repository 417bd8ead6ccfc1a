"""Importing an Excel export of the form: streamed, checked row by row, stored all or nothing,
with a row-level report written back as an Excel file.

Columns are found by their header in Turkish or English, in any order, below a title block;
the file is refused as a whole (nothing imported) when it is not a workbook, has no header row
or lacks a required column. Every row gets a verdict: stored, stored with warnings, rejected
(with its reasons: an invalid TCKN, a formula, a province outside the importer's scope…),
a repeat of an earlier row of the file, or imported before (the same file again stores
nothing twice: each row's key is the file's hash and its row number). A second row for a TCKN
with other contents supersedes the first, visibly. The rows are stored in one unit of work:
a cancel, a crash or a lost database leaves nothing of the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.domain.info_update import CheckedForm, InfoUpdateForm, Problem, Severity
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import excel_io, guard, system_settings
from mebposta_admin.services import requests as r
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Target
from mebposta_admin.services.requests.calendar import calendar_of
from mebposta_admin.services.requests.intake import Incoming, store_many
from mebposta_admin.services.requests.places import places
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.tasks import CancelToken, ProgressFn, no_progress

BATCH = 2000

SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("Ad", "Adı", "Adi", "İsim", "First name", "Name", "Given name"),
    "last_name": ("Soyad", "Soyadı", "Soyadi", "Last name", "Surname", "Family name"),
    "tckn": (
        "TCKN",
        "TC Kimlik No",
        "T.C. Kimlik No",
        "TC Kimlik Numarası",
        "T.C. Kimlik Numarası",
        "Kimlik No",
        "TC No",
        "TC",
        "National ID",
        "Identity number",
    ),
    "gsm": (
        "GSM",
        "GSM No",
        "Cep Telefonu",
        "Cep Telefonu No",
        "Telefon",
        "Cep",
        "Mobile",
        "Phone",
    ),
    "email": (
        "E-posta",
        "Eposta",
        "E-posta Adresi",
        "Mevcut E-posta",
        "Mevcut E-posta Adresi",
        "E-mail",
        "Email",
        "Current e-mail",
        "Mail",
    ),
    "institution_name": (
        "Kurum/Birim Adı",
        "Kurum Birim Adı",
        "Kurum Adı",
        "Birim Adı",
        "Kurum",
        "Institution",
        "Institution name",
        "Unit",
    ),
    "province": ("İl", "Il", "Province", "Şehir"),
    "district": ("İlçe", "Ilce", "District"),
    "institution_code": ("Kurum Kodu", "Institution code"),
    "note": ("Açıklama", "Aciklama", "Not", "Note", "Notes", "Description"),
    "submitted_at": (
        "Tarih",
        "Başvuru Tarihi",
        "Gönderim Tarihi",
        "Form Tarihi",
        "Submitted at",
        "Submitted",
        "Date",
    ),
}
REQUIRED = ("first_name", "last_name", "tckn", "gsm", "province")
FORM_FIELDS = tuple(f for f in SYNONYMS if f != "submitted_at")

# Verdicts of a row.
STORED = "stored"
STORED_WITH_WARNINGS = "stored_with_warnings"
SUPERSEDED_IN_FILE = "superseded"  # a later row of the file for the same TCKN replaced it
REJECTED = "rejected"
REPEATED = "repeated"  # the same form as an earlier row of the file
IMPORTED_BEFORE = "imported_before"


@dataclass(frozen=True)
class RowVerdict:
    row: int
    verdict: str
    codes: tuple[str, ...] = ()
    request_id: int | None = None
    note: str = ""  # e.g. the earlier row it repeats


@dataclass(frozen=True)
class ImportReport:
    file: str
    rows: int
    stored: int
    rejected: int
    repeated: int
    imported_before: int
    superseded: int
    # Every row that was not simply stored (a row without a verdict was stored as it came).
    verdicts: tuple[RowVerdict, ...] = field(repr=False, default=())
    report_path: str | None = None
    headers: tuple[str, ...] = field(repr=False, default=())
    # The file's own cells of every row the report lists (all but the plainly stored ones).
    flagged_rows: dict[int, tuple[Any, ...]] = field(repr=False, default_factory=dict)


_DATE_FORMATS = (
    "iso",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
)


def _submitted(text: str) -> datetime | None:
    value = text.strip()
    if not value:
        return None
    for pattern in _DATE_FORMATS:
        try:
            if pattern == "iso":
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            else:
                moment = datetime.strptime(value, pattern)
        except ValueError:
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=ISTANBUL)  # the export is in Turkey's time
        return moment
    return None


def import_file(
    db: Database,
    identity: AdminIdentity,
    path: Path,
    *,
    report_path: Path | None = None,
    describe: Callable[[str], str] = str,
    headings: tuple[str, str, str] = ("Row", "Verdict", "Reasons"),
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
) -> ImportReport:
    """Import ``path``; with ``report_path``, write the row-level report there (the file's own
    columns, then ``headings``: row, verdict, reasons — texts from ``describe(code)``)."""
    path = Path(path)
    table = excel_io.open_table(path, SYNONYMS, REQUIRED, progress=progress, cancel=cancel)
    key = excel_io.file_sha256(path)[:32]
    settings = system_settings.load(db)
    calendar = calendar_of(settings)
    where = places(db)
    scope = Scope.of(identity)
    now = now or utcnow()

    def admit(checked: CheckedForm, district_id: int | None) -> Problem | None:
        if checked.province_code is None or scope.contains(checked.province_code, district_id):
            return None
        return Problem("province", "scope.outside")

    def work(session: Session, _none: None) -> Done[ImportReport]:
        verdicts: list[RowVerdict] = []
        # tckn → its first row and a digest of that row's form, packed in one int
        first_row: dict[str, int] = {}
        batch: list[tuple[int, Incoming]] = []
        raw: dict[int, tuple[Any, ...]] = {}  # cells of the batch's rows (kept if flagged)
        plain = [0]  # rows simply stored
        flagged: dict[int, tuple[Any, ...]] = {}

        def flush() -> None:
            stored = store_many(
                session,
                [item for _, item in batch],
                where,
                calendar,
                now=now,
                by=identity.username,
                admit=admit,
                keep_rejected=False,
            )
            for (row, _item), result in zip(batch, stored, strict=True):
                codes = tuple(p.code for p in result.problems)
                if result.duplicate or result.status == r.REJECTED or codes:
                    flagged[row] = raw[row]
                if result.duplicate:
                    verdicts.append(RowVerdict(row, IMPORTED_BEFORE, (), result.id))
                elif result.status == r.REJECTED:
                    errors = tuple(p.code for p in result.problems if p.severity == Severity.ERROR)
                    verdicts.append(RowVerdict(row, REJECTED, errors))
                elif codes:
                    verdicts.append(RowVerdict(row, STORED_WITH_WARNINGS, codes, result.id))
                else:
                    plain[0] += 1  # only counted: memory stays small per row
            batch.clear()
            raw.clear()

        for sheet_row in table.rows:
            problems = tuple(
                Problem(name, "cell.formula") for name, c in sheet_row.cells.items() if c.formula
            )
            values = {
                name: ("" if c.formula else c.text)
                for name, c in sheet_row.cells.items()
                if name in FORM_FIELDS
            }
            form = InfoUpdateForm(**values)
            when_text = sheet_row.cells.get("submitted_at")
            submitted = _submitted(when_text.text) if when_text and not when_text.formula else None
            if when_text is not None and when_text.text and submitted is None:
                problems += (Problem("submitted_at", "date.unreadable", Severity.WARNING),)
            contents = int.from_bytes(
                hashlib.blake2b(
                    "\x1f".join(values.get(n, "").strip() for n in FORM_FIELDS).encode(),
                    digest_size=8,
                ).digest()
            )
            tckn = values.get("tckn", "").strip()
            packed = first_row.get(tckn) if tckn else None
            if packed is not None and packed >> 32 == contents:
                earlier = packed & 0xFFFFFFFF
                verdicts.append(RowVerdict(sheet_row.number, REPEATED, note=str(earlier)))
                flagged[sheet_row.number] = sheet_row.raw
                continue
            if tckn and packed is None:
                first_row[tckn] = (contents << 32) | sheet_row.number
            incoming = Incoming(
                form,
                r.EXCEL,
                submitted_at=submitted or now,
                import_key=f"{key}:{sheet_row.number}",
                problems=problems,
            )
            batch.append((sheet_row.number, incoming))
            raw[sheet_row.number] = sheet_row.raw
            if len(batch) >= BATCH:
                flush()
        if batch:
            flush()
        final, unplain = _mark_superseded(session, key, verdicts)
        for v in final:
            if v.verdict == SUPERSEDED_IN_FILE and v.row not in flagged:
                flagged[v.row] = ()
        report = _summary(path, final, plain[0] - unplain, table.headers, flagged)
        details = {
            "file": path.name,
            "sha256": key,
            "rows": report.rows,
            "stored": report.stored,
            "rejected": report.rejected,
            "repeated": report.repeated,
            "imported_before": report.imported_before,
        }
        return Done(report, details)

    own = Target("import", None, identity.province_code, identity.district_id)
    report = guard.act(
        db,
        identity,
        Permission.RECEIVE_REQUEST,
        AuditAction.REQUEST_IMPORT,
        load=lambda _s: None,
        locate=lambda _none: own,
        work=work,
        refusal_details={"file": path.name},
    )
    if report_path is not None:
        write_report(path, Path(report_path), report, describe, headings)
        report = ImportReport(**{**report.__dict__, "report_path": str(report_path)})
    return report


def _mark_superseded(
    session: Session, key: str, verdicts: list[RowVerdict]
) -> tuple[list[RowVerdict], int]:
    """Rows of this file whose request a later row (or a newer request) superseded, named
    as such; and how many of them were counted as plainly stored."""
    from sqlalchemy import select

    from mebposta_admin.models import InfoUpdateRequest as Q

    prefix = f"{key}:"
    lost: dict[int, tuple[int, int | None]] = {}  # row → (request, superseded by)
    for rid, import_key, by in session.execute(
        select(Q.id, Q.import_key, Q.superseded_by).where(
            Q.import_key.like(prefix + "%"), Q.status == r.SUPERSEDED
        )
    ):
        lost[int(str(import_key)[len(prefix) :])] = (rid, by)
    if not lost:
        return verdicts, 0
    known = {v.row for v in verdicts}
    final = [
        RowVerdict(v.row, SUPERSEDED_IN_FILE, v.codes, v.request_id, str(lost[v.row][1]))
        if v.row in lost and v.verdict == STORED_WITH_WARNINGS
        else v
        for v in verdicts
    ]
    added = [
        RowVerdict(row, SUPERSEDED_IN_FILE, (), rid, str(by))
        for row, (rid, by) in lost.items()
        if row not in known
    ]
    return final + added, len(added)


def _summary(
    path: Path,
    verdicts: list[RowVerdict],
    plain: int = 0,
    headers: tuple[str, ...] = (),
    flagged: dict[int, tuple[Any, ...]] | None = None,
) -> ImportReport:
    def count(*kinds: str) -> int:
        return sum(1 for v in verdicts if v.verdict in kinds)

    return ImportReport(
        file=str(path),
        rows=plain + len(verdicts),
        stored=plain + count(STORED, STORED_WITH_WARNINGS, SUPERSEDED_IN_FILE),
        rejected=count(REJECTED),
        repeated=count(REPEATED),
        imported_before=count(IMPORTED_BEFORE),
        superseded=count(SUPERSEDED_IN_FILE),
        verdicts=tuple(sorted(verdicts, key=lambda v: v.row)),
        headers=headers,
        flagged_rows=flagged or {},
    )


def write_report(
    source: Path,
    target: Path,
    report: ImportReport,
    describe: Callable[[str], str],
    headings: tuple[str, str, str],
) -> None:
    """Every row that was not simply stored — rejected, stored with warnings, superseded by a
    later row, repeated, imported before — with the file's own cells, then its verdict and
    reasons. (A report of 100 000 "stored" lines would hide the few that need work; the
    counts of the rest are in the import's summary.)"""
    header = list(report.headers)

    def rows() -> Iterator[list[Any]]:
        for verdict in report.verdicts:
            if verdict.row not in report.flagged_rows:
                continue
            cells = list(report.flagged_rows[verdict.row])[: len(header)]
            reasons = [describe(code) for code in verdict.codes]
            if verdict.note:
                reasons.append(describe(f"note.{verdict.verdict}").format(verdict.note))
            yield [
                *cells,
                *([""] * (len(header) - len(cells))),
                verdict.row,
                describe(f"verdict.{verdict.verdict}"),
                " ".join(reasons),
            ]

    excel_io.write_rows(target, describe("sheet.report"), [*header, *headings], rows())
