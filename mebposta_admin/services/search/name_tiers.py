"""The tiers of a name search (prefix, surname, fragment) and of digits (TCKN, GSM, institution)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, Select

from mebposta_admin.domain.folding import order_prefixes
from mebposta_admin.domain.search_query import MIN_TRIGRAM, QueryPlan
from mebposta_admin.models import Institution
from mebposta_admin.services.search.planning import Planner
from mebposta_admin.services.search.types import (
    _Tier,
    people,
    people_fts,
)

log = logging.getLogger(__name__)


class NameTiers(Planner):
    """Tiers of name and digit searches."""

    def name_tiers(self, plan: QueryPlan) -> list[_Tier]:
        q = " ".join(plan.terms)
        first, rest = plan.terms[0], plan.terms[1:]
        name, last = people.c.name_folded, people.c.last_name_folded
        # Checked on the rows of a B-tree range. On PostgreSQL strpos, which no index serves:
        # with LIKE the planner ANDs the trigram index ("mehmet": 46 000 rows) into the
        # surname range and sorts (28 ms instead of a walk along the range).
        rest_contained = [
            sa.func.strpos(name, t) > 0 if self.pg else self.contains(name, t) for t in rest
        ]

        # Given names (then surname) in Turkish order; exact matches lead, since the typed
        # text is the smallest key that starts with it. The name is checked on each row.
        # (A form no index serves: else PostgreSQL reads the folded-name range and sorts it,
        # "can" 17 ms instead of 1.)
        name_starts = (
            sa.func.strpos(name, q) == 1 if self.pg else sa.func.substr(name, 1, len(q)) == q
        )
        prefix_ranges = self.turkish_ranges(
            people.c.order_first, order_prefixes(q, parts=True)[0], [name_starts]
        )
        # The surname range in Turkish order, the other words checked on each row (covered
        # by the index): "kaya ayşe" fills a page after ~1000 Kayas, where asking a trigram
        # index for both words reads two huge posting lists.
        surname_conditions = [sa.not_(self.starts_with(name, q))]
        surname_prefixes, whole = order_prefixes(first)
        if not (whole and first.isascii() and first.isalpha()):
            # Otherwise the order ranges are exactly "the folded surname starts with it" (the
            # check would read the table: the index holds the folded name only).
            surname_conditions.append(self.starts_with(last, first))
        surname_ranges = self.turkish_ranges(
            people.c.order_last, surname_prefixes, [*surname_conditions, *rest_contained]
        )

        def prefix_memory(
            after: tuple[Any, ...] | None, limit: int
        ) -> list[tuple[Any, ...]] | None:
            if self.candidates is None:  # code-point order = the "C"/BINARY index order
                return None
            keyed = [(c.id, c.order_first, c.id) for c in self.candidates if c.name.startswith(q)]
            return self.page_of(keyed, after, limit)

        def surname_memory(
            after: tuple[Any, ...] | None, limit: int
        ) -> list[tuple[Any, ...]] | None:
            if self.candidates is None:
                return None
            keyed = [
                (c.id, c.order_last, c.id)
                for c in self.candidates
                if c.last.startswith(first)
                and not c.name.startswith(q)
                and all(t in c.name for t in rest)
            ]
            return self.page_of(keyed, after, limit)

        def contains_memory(
            after: tuple[Any, ...] | None, limit: int
        ) -> list[tuple[Any, ...]] | None:
            if self.candidates is None:
                return None
            keyed = [
                (c.id, c.order_last, c.id)
                for c in self.candidates
                if not c.name.startswith(q) and not c.last.startswith(first)
            ]
            return self.page_of(keyed, after, limit)

        tiers = [
            # Every tier's rows hold every typed word, so all of them can come from the
            # candidates when those were read first (see candidates_first); only the
            # fragment tier makes them be read.
            _Tier("prefix", prefix_ranges.build, prefix_memory, False, prefix_ranges.run),
            _Tier("surname", surname_ranges.build, surname_memory, False, surname_ranges.run),
        ]
        if plan.uses_trigram:
            tiers.append(_Tier("contains", self._name_contains(plan, q, first), contains_memory))
        return tiers

    def _name_contains(
        self, plan: QueryPlan, q: str, first: str
    ) -> Callable[[tuple[Any, ...] | None, int], Select[Any]]:
        name, last = people.c.name_folded, people.c.last_name_folded
        long_terms = [t for t in plan.terms if len(t) >= MIN_TRIGRAM]
        short_terms = [t for t in plan.terms if len(t) < MIN_TRIGRAM]
        not_better = [sa.not_(self.starts_with(name, q)), sa.not_(self.starts_with(last, first))]

        def build(after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
            # More matches than fit in memory: index order, not Turkish order (sorting them
            # all for each page would cost a scan). A cursor from the in-memory order (the
            # candidates grew past the cap between pages) starts over; shown rows are skipped.
            if after is not None and len(after) != 1:
                after = None
            if self.pg:
                pg_keys = [people.c.id]
                pg_query = self.people_select(
                    pg_keys, *[self.contains(name, t) for t in plan.terms], *not_better
                )
                return self.keyed(pg_query, pg_keys, after, limit)
            keys = [people_fts.c.rowid]
            query: Select[Any] = (
                sa.select(people.c.id, people_fts.c.rowid)
                .select_from(people_fts.join(people, people.c.id == people_fts.c.rowid))
                .where(
                    self.fts_match([*long_terms, *self.fts_scope_markers()]),
                    *[self.contains(name, t) for t in short_terms],
                    *self.marker_safe(long_terms),
                    *not_better,
                    *self.scope(),
                )
            )
            return self.keyed(query, keys, after, limit)

        return build

    def digit_tiers(self, plan: QueryPlan) -> list[_Tier]:
        tiers: list[_Tier] = []

        def simple(name: str, condition: ColumnElement[bool]) -> _Tier:
            def build(after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
                keys = [people.c.id]
                query = self.people_select(keys, condition, drive=name == "institution")
                return self.keyed(query, keys, after, limit)

            return _Tier(name, build)

        if plan.tckn_exact:
            tiers.append(simple("tckn", people.c.tckn == plan.tckn_exact))
        if plan.gsm:
            tiers.append(simple("gsm", people.c.gsm == plan.gsm))
        if plan.institution_code:
            tiers.append(
                simple(
                    "institution",
                    people.c.institution_id.in_(
                        sa.select(Institution.id).where(Institution.code == plan.institution_code)
                    ),
                )
            )
        if plan.tckn_prefix:
            prefix = plan.tckn_prefix

            def tckn_prefix(after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
                keys = [self.c(people.c.tckn)]
                query = self.people_select(
                    keys, self.starts_with(people.c.tckn, prefix), drive=False
                )
                return self.keyed(query, keys, after, limit)

            tiers.append(_Tier("tckn_prefix", tckn_prefix))
        return tiers
