"""Checking the rows of a unit-account import against the database, writing nothing: the
office, the address under the naming rules, the custodians in scope (services.units.bulk
writes the checked rows, all or none)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import unit_names
from mebposta_admin.domain.folding import fold
from mebposta_admin.errors import AppError, PermissionDenied, ValidationFailed
from mebposta_admin.models import Alias, District, Institution, Mailbox, Person
from mebposta_admin.services import excel_io
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.guard import Refuse
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.units.custodians import _custodian_person
from mebposta_admin.services.units.reading import QUOTA_RANGE_MB

OFFICE_KINDS = ("province_office", "district_office", "central")


@dataclass
class RowPlan:
    row: int
    address: str
    box: Mailbox | None = None  # an existing unit account
    office: Institution | None = None
    primary: Person | None = None
    deputies: list[Person] = field(default_factory=list)
    quota_mb: int | None = None
    display_name: str = ""
    problems: list[AppError] = field(default_factory=list)


class Planner:
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

    def plan(self, sheet_row: excel_io.SheetRow) -> RowPlan:
        cells = sheet_row.cells
        plan = RowPlan(sheet_row.number, "")
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

    def _quota(self, plan: RowPlan, value: str) -> None:
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

    def _office(self, plan: RowPlan, code: str, name: str) -> Institution | None:
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

    def _person(self, plan: RowPlan, value: str, province: str | None) -> Person | None:
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
