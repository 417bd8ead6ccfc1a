"""People search at national scale: one box, ranked tiers, keyset pages, scope inside the SQL.

A query is split into *tiers* that are searched in order — prefixes (exact matches lead them),
then surname prefixes, then fragments anywhere — so the best matches come first without sorting all
matches. Each tier pages by its own index order (keyset), so every page costs about the same.
The administrator's scope (province or district) is part of every query: rows outside it are
never read into the result, and the count agrees.

Name semantics: every typed word must occur in the folded name (any order). Words shorter than
three letters cannot use the trigram index; a query made only of such words matches names or
surnames that *start* with it.

Modules: types (values), conditions (SQL pieces), planning (which reads), name_tiers,
address_tiers, postgres (tactics), rows (the page's people); this module: the API.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from mebposta_admin.domain.search_query import Kind, QueryPlan, parse
from mebposta_admin.services import geography
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.search.address_tiers import AddressTiers
from mebposta_admin.services.search.name_tiers import NameTiers
from mebposta_admin.services.search.postgres import _index_scans_only, _name_trigrams
from mebposta_admin.services.search.rows import _rows
from mebposta_admin.services.search.types import (
    COUNT_CAP,
    PAGE_SIZE,
    Cursor,
    PersonRow,
    SearchCount,
    SearchFilters,
    SearchPage,
    _Tier,
)

__all__ = [
    "COUNT_CAP",
    "PAGE_SIZE",
    "Cursor",
    "PersonRow",
    "SearchCount",
    "SearchFilters",
    "SearchPage",
    "count",
    "search",
]

log = logging.getLogger(__name__)


class _Builder(NameTiers, AddressTiers):
    """Every tier of a query, in order."""

    def tiers(self, plan: QueryPlan) -> list[_Tier]:
        if plan.kind is Kind.NAME:
            return self.name_tiers(plan)
        if plan.kind is Kind.DIGITS:
            return self.digit_tiers(plan)
        if plan.kind is Kind.EMAIL:
            return self.email_tiers(plan)
        return []


# ------------------------------------------------------------------------------------ API
def search(
    db: Database,
    identity: AdminIdentity,
    text: str,
    filters: SearchFilters | None = None,
    cursor: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> SearchPage:
    """One page of people matching ``text`` within the administrator's scope."""
    plan = parse(text)
    filters = filters or SearchFilters()
    if plan.kind is Kind.HINT:
        return SearchPage(
            (), None, plan.kind.value, plan.hint.value if plan.hint else None, plan.notes
        )
    places = geography.names(db)
    builder = _Builder(db.dialect, identity, filters, _name_trigrams(db, plan))
    tiers = builder.tiers(plan)
    tier = cursor.tier if cursor else 0
    after = cursor.after if cursor else None
    seen = set(cursor.seen) if cursor else set()
    ids: list[int] = []
    with db.reading(statement_snapshots=True) as conn:
        if builder.candidates_first(plan):
            builder.prefetch_candidates(db, conn, plan)
        if builder.addresses_first(plan):
            builder.prefetch_addresses(conn, plan)
        while tier < len(tiers) and len(ids) < limit:
            need = limit - len(ids)
            current = tiers[tier]
            if current.memory is not None and current.fetches:
                builder.prefetch_candidates(db, conn, plan)  # only once, only when reached
            remembered = current.memory(after, need) if current.memory is not None else None
            if remembered is not None:
                rows: Sequence[Any] = remembered
            elif current.run is not None:
                rows = current.run(conn, after, need)
            else:
                rows = conn.execute(current.build(after, need)).all()
            for row in rows:
                after = tuple(row[1:])
                if row[0] is not None and row[0] not in seen:  # None: read, but not shown
                    seen.add(row[0])
                    ids.append(row[0])
            if len(rows) < need:
                tier, after = tier + 1, None
        result = tuple(_rows(conn, places, ids, builder.scope(drive=False)))
    next_cursor = Cursor(tier, after, frozenset(seen)) if tier < len(tiers) else None
    return SearchPage(result, next_cursor, plan.kind.value, None, plan.notes)


def count(
    db: Database,
    identity: AdminIdentity,
    text: str,
    filters: SearchFilters | None = None,
    cap: int = COUNT_CAP,
) -> SearchCount:
    """How many people the search finds: exact up to ``cap``, else "at least ``cap``"."""
    plan = parse(text)
    if plan.kind is Kind.HINT:
        return SearchCount(0, True)
    builder = _Builder(db.dialect, identity, filters or SearchFilters(), _name_trigrams(db, plan))
    builder.counting = True
    forced = builder.forces_index_scans and plan.kind is Kind.NAME and plan.uses_trigram
    with db.reading(statement_snapshots=not forced) as conn:  # the settings need a transaction
        if plan.kind is Kind.NAME and plan.uses_trigram:
            # The tiers of a fragment search partition "every word contained": count that.
            candidates = builder.candidate_query(plan).limit(cap + 1).subquery()
            if forced:
                _index_scans_only(conn)
            value = int(conn.scalar(sa.select(sa.func.count()).select_from(candidates)) or 0)
        else:
            # Each tier capped on its own, wrapped so SQLite accepts LIMIT inside the UNION.
            tiers = builder.tiers(plan)
            if any(t.name.endswith("_contains") for t in tiers):  # they hold the prefixes
                tiers = [t for t in tiers if not t.name.endswith("_prefix")]
            parts = [
                sa.select(capped.c[0].label("id")).where(capped.c[0].is_not(None))
                for capped in (tier.build(None, cap + 1).subquery() for tier in tiers)
            ]
            union = sa.union(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
            query = sa.select(sa.func.count()).select_from(
                sa.select(union.c.id).limit(cap + 1).subquery()
            )
            value = int(conn.scalar(query) or 0)
    return SearchCount(min(value, cap), value <= cap)
