"""Scope: the part of the country an administrator may act in — implemented once.

A scope is data — national, one province, or one district (of a province) — so that every
service asks the same question and PostgreSQL's row-level security (issue 15) can mirror it
with the same rule on each table's area columns::

    national                      -> every row
    province P                    -> rows whose province is P
    district D (of province P)    -> rows whose district is D

Services build their SQL conditions from :meth:`Scope.where` and judge a loaded row with
:meth:`Scope.contains`; the action guard (services.guard) refuses and audits the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, true

from mebposta_admin.services.auth import AdminIdentity


@dataclass(frozen=True)
class Scope:
    province_code: str | None = None
    district_id: int | None = None

    @classmethod
    def of(cls, identity: AdminIdentity) -> Scope:
        return cls(identity.province_code, identity.district_id)

    @property
    def national(self) -> bool:
        return self.province_code is None and self.district_id is None

    @property
    def kind(self) -> str:
        """``national``, ``province`` or ``district``: the rule's name (as RLS will use it)."""
        if self.district_id is not None:
            return "district"
        return "province" if self.province_code is not None else "national"

    def contains(self, province_code: str | None, district_id: int | None) -> bool:
        """Whether a row of this province and district is in scope."""
        if self.district_id is not None:
            return district_id == self.district_id
        if self.province_code is not None:
            return province_code == self.province_code
        return True

    def where(self, province_col: Any, district_col: Any | None) -> list[ColumnElement[bool]]:
        """The conditions limiting rows with these area columns to the scope (none when
        national). A table without a district column (a unit account's mailbox belongs to a
        province) is limited to the district's province."""
        if self.district_id is not None and district_col is not None:
            return [district_col == self.district_id]
        if self.province_code is not None:
            return [province_col == self.province_code]
        return []


def rows_in_scope(identity: AdminIdentity, province_col: Any, district_col: Any | None) -> Any:
    """One WHERE clause for the identity's scope (national: always true)."""
    conditions = Scope.of(identity).where(province_col, district_col)
    return conditions[0] if conditions else true()


def describe(identity: AdminIdentity) -> str:
    """Plain scope text for logs (the UI builds its own translated text)."""
    if identity.district_name:
        return f"{identity.province_name} / {identity.district_name}"
    return identity.province_name or "national"
