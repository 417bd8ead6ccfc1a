"""SQL conditions shared by every tier (scope, ranges, keyset, FTS, Turkish order)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, Connection, Select
from sqlalchemy.dialects.postgresql import ARRAY

from mebposta_admin.models import Institution
from mebposta_admin.models.search_index import (
    district_marker,
    province_marker,
)
from mebposta_admin.services import paging
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.search.types import (
    _TOP,
    SearchFilters,
    _Candidate,
    mailboxes,
    people,
)

log = logging.getLogger(__name__)


class Conditions:
    """The SQL conditions every tier is made of: scope and filters, prefix ranges, keyset
    continuation, FTS phrases, Turkish-order ranges."""

    def __init__(
        self,
        dialect: str,
        identity: AdminIdentity,
        filters: SearchFilters,
        trigram_counts: dict[str, int] | None = None,
    ) -> None:
        self.pg = dialect == "postgresql"
        self.counting = False  # True: plan for a count (all matches), not for a first page
        self.trigram_counts = trigram_counts or {}
        self.identity = identity
        self.filters = filters
        # Everyone holding every typed word, when there are few of them (see
        # prefetch_candidates); None until fetched or when too many.
        self.candidates: list[_Candidate] | None = None
        self.prefetched = False
        # PostgreSQL, e-mail within an area: (id, address, person) per "address"/"alias".
        self.addresses: dict[str, list[tuple[int, str, int | None]]] | None = None

    # -- candidates ----------------------------------------------------------------------

    def c(self, column: Any) -> Any:
        """Byte-order comparison for prefix ranges (PostgreSQL's collation may differ)."""
        return column.collate("C") if self.pg else column

    def starts_with(self, column: Any, prefix: str) -> ColumnElement[bool]:
        col = self.c(column)
        return sa.and_(col >= prefix, col < prefix + _TOP)

    @staticmethod
    def contains(column: Any, fragment: str) -> ColumnElement[bool]:
        escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        condition: ColumnElement[bool] = column.like(f"%{escaped}%", escape="\\")
        return condition

    @staticmethod
    def after(keys: Sequence[Any], after: tuple[Any, ...] | None) -> ColumnElement[bool]:
        return paging.after(keys, after)

    def scope(self, *, drive: bool = True) -> list[ColumnElement[bool]]:
        """Scope and filters as conditions on ``people``: the administrator's scope first.

        ``drive=False``: another index (an address or TCKN) is far more selective, so keep
        SQLite's planner from starting at the area's rows (``district_id + 0`` cannot use an
        index; the condition still applies).
        """
        f = self.filters
        district_col: Any = people.c.district_id
        province_col: Any = people.c.province_code
        if not drive and not self.pg:
            district_col = people.c.district_id + 0
            province_col = people.c.province_code.concat("")
        conditions = Scope.of(self.identity).where(province_col, district_col)
        if f.province_code:
            conditions.append(people.c.province_code == f.province_code)
        if f.district_id is not None:
            conditions.append(people.c.district_id == f.district_id)
        if f.institution_code:
            conditions.append(
                people.c.institution_id.in_(
                    sa.select(Institution.id).where(Institution.code == f.institution_code)
                )
            )
        if f.mailbox_status:
            box = mailboxes.alias("status_box")  # the outer query may join mailboxes itself
            status = {
                "active": box.c.active.is_(True),
                "inactive": box.c.active.is_(False),
                "no_password": box.c.password_changed_at.is_(None),  # the hash is unreadable
            }[f.mailbox_status]
            conditions.append(sa.exists().where(box.c.person_id == people.c.id, status))
        return conditions

    def narrowest_area(self) -> tuple[str | None, int | None]:
        """The smallest area the scope and filters name: (None, district) or (province, None)."""
        district = self.identity.district_id or self.filters.district_id
        if district is not None:
            return None, district
        return self.identity.province_code or self.filters.province_code or None, None

    def marker_safe(self, terms: Sequence[str]) -> list[ColumnElement[bool]]:
        """SQLite: a typed word with a digit ("p06") could match a document's scope marker
        (``#p06#``) rather than the name; names hold no digits, so check the name itself."""
        name = people.c.name_folded
        return [self.contains(name, t) for t in terms if any(c.isdigit() for c in t)]

    def fts_scope_markers(self) -> list[str]:
        """SQLite: scope as FTS phrases so the index itself narrows to the province/district."""
        province, district = self.narrowest_area()
        if district is not None:
            return [district_marker(district)]
        return [province_marker(province)] if province else []

    def address_area(self, table: sa.Table) -> list[ColumnElement[bool]]:
        """The owner's area as stored on mailboxes and old addresses, so the address index
        narrows to it (the conditions on ``people`` still decide)."""
        province, district = self.narrowest_area()
        if district is not None:
            return [sa.literal_column(f"{table.name}.scope_district") == district]
        if province:
            return [sa.literal_column(f"{table.name}.scope_province") == province]
        return []

    @staticmethod
    def fts_expression(phrases: Sequence[str]) -> str:
        return " AND ".join('"' + p.replace('"', '""') + '"' for p in phrases)

    def fts_match(self, phrases: Sequence[str], table: str = "people_fts") -> ColumnElement[bool]:
        return sa.literal_column(table).op("MATCH")(self.fts_expression(phrases))

    def people_select(
        self, keys: Sequence[Any], *where: ColumnElement[bool], drive: bool = True
    ) -> Select[Any]:
        return sa.select(people.c.id, *keys).where(*where, *self.scope(drive=drive))

    def keyed(
        self, query: Select[Any], keys: Sequence[Any], after: tuple[Any, ...] | None, limit: int
    ) -> Select[Any]:
        return paging.keyset(query, keys, after, limit)

    def turkish_ranges(
        self, key: Any, prefixes: list[str], conditions: list[ColumnElement[bool]]
    ) -> _TurkishRanges:
        return _TurkishRanges(self, key, prefixes, conditions)

    def in_turkish_order(
        self,
        key: Any,
        prefixes: list[str],
        conditions: Sequence[ColumnElement[bool]],
        after: tuple[Any, ...] | None,
        limit: int,
    ) -> Select[Any]:
        """People matching ``conditions`` in the Turkish order of ``key`` (an order column),
        keyed by (key, id). A folded prefix stands for several Turkish ones ("sah": sah, şah),
        each a range of the order index in key order; the ranges are disjoint and sorted, so
        one page is the first ``limit`` rows of their union, each range read only up to
        ``limit``. Ranges wholly before ``after`` are not asked."""
        keys = [self.c(key).label("order_key"), people.c.id.label("order_id")]
        wanted = [p for p in prefixes if after is None or p + _TOP > after[0]]
        if not wanted:
            return self.people_select(keys, sa.false()).limit(0)
        if self.pg and len(wanted) > 1:
            return self._ranges_lateral(key, keys, wanted, conditions, after, limit)
        parts = []
        for prefix in wanted:
            part = self.people_select(keys, self.starts_with(key, prefix), *conditions)
            parts.append(self.keyed(part, keys, after, limit))
        if len(parts) == 1:
            return parts[0]
        # Each part wrapped: SQLite accepts ORDER BY and LIMIT inside a UNION only so.
        union = sa.union_all(*(sa.select(*p.subquery().c) for p in parts)).subquery()
        return sa.select(*union.c).order_by(union.c.order_key, union.c.order_id).limit(limit)

    def _ranges_lateral(
        self,
        key: Any,
        keys: list[Any],
        prefixes: list[str],
        conditions: Sequence[ColumnElement[bool]],
        after: tuple[Any, ...] | None,
        limit: int,
    ) -> Select[Any]:
        """PostgreSQL: the ranges as two arrays and one LATERAL part, so the statement has
        the same shape for 2 ranges or 16 (building and planning a 16-part UNION cost more
        than running it: "ismail öz" in a district 17 -> 6 ms)."""
        text_array = ARRAY(sa.Text)
        ranges = (
            sa.func.unnest(
                sa.bindparam(None, prefixes, type_=text_array),
                sa.bindparam(None, [p + _TOP for p in prefixes], type_=text_array),
            )
            .table_valued("lo", "hi")
            .render_derived(with_types=False)
            .alias("ranges")
        )
        column = self.c(key)
        part = self.people_select(keys, column >= ranges.c.lo, column < ranges.c.hi, *conditions)
        picked = self.keyed(part, keys, after, limit).lateral("picked")
        return (
            sa.select(picked.c.id, picked.c.order_key, picked.c.order_id)
            .select_from(ranges.join(picked, sa.true()))
            .order_by(picked.c.order_key, picked.c.order_id)
            .limit(limit)
        )

    # -- tiers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _TurkishRanges:
    """A tier in Turkish order over several order-key ranges (see _Builder.turkish_ranges)."""

    builder: Conditions
    key: Any
    prefixes: list[str]
    conditions: list[ColumnElement[bool]]

    def build(self, after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
        return self.builder.in_turkish_order(self.key, self.prefixes, self.conditions, after, limit)

    @property
    def run(
        self,
    ) -> Callable[[Connection, tuple[Any, ...] | None, int], list[tuple[Any, ...]]] | None:
        return None if self.builder.pg else self.run_each

    def run_each(
        self, conn: Connection, after: tuple[Any, ...] | None, limit: int
    ) -> list[tuple[Any, ...]]:
        """SQLite: the ranges one after the other, with one statement made once and run with
        each range's bounds, until the page is full: building a 16-part UNION cost more than
        running it ("ismail öz" in Ankara)."""
        b = self.builder
        column = b.c(self.key)
        keys = [column.label("order_key"), people.c.id.label("order_id")]
        part = b.people_select(
            keys,
            column >= sa.bindparam("order_lo"),
            column < sa.bindparam("order_hi"),
            *self.conditions,
        )
        statement = b.keyed(part, keys, after, sa.bindparam("order_limit"))  # type: ignore[arg-type]
        rows: list[tuple[Any, ...]] = []
        for prefix in self.prefixes:
            if after is not None and prefix + _TOP <= after[0]:
                continue
            params = {
                "order_lo": prefix,
                "order_hi": prefix + _TOP,
                "order_limit": limit - len(rows),
            }
            rows += [tuple(r) for r in conn.execute(statement, params)]
            if len(rows) >= limit:
                break
        return rows
