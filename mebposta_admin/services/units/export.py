"""The list of unit accounts exported to Excel, one row each, in the columns the import
(services.units.bulk) reads back: the custodians named by their e-mail addresses."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from mebposta_admin.domain.audit_actions import AuditAction, Outcome
from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.models import Institution, Mailbox, UnitCustodian
from mebposta_admin.services import excel_io, guard
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.geography import names
from mebposta_admin.services.guard import Target
from mebposta_admin.services.reissue import CUSTODIAN_PRIMARY
from mebposta_admin.services.tasks import CancelToken, ProgressFn, no_progress
from mebposta_admin.services.tasks import check as check_cancel
from mebposta_admin.services.units.reading import UNIT, _require

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
    digest = excel_io.file_sha256(path)
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
