"""Query planning: which reads a search makes, and when."""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, Connection, Select

from mebposta_admin.domain.search_query import MIN_TRIGRAM, Kind, QueryPlan
from mebposta_admin.models.search_index import (
    address_index_patterns,
    address_key,
    address_key_sql,
    trigrams,
)
from mebposta_admin.services.database import Database
from mebposta_admin.services.search.conditions import Conditions
from mebposta_admin.services.search.postgres import _index_scans_only
from mebposta_admin.services.search.types import (
    CANDIDATE_CAP,
    _Candidate,
    aliases,
    mailboxes,
    people,
    people_fts,
)

log = logging.getLogger(__name__)


class Planner(Conditions):
    """Which statements a search runs: candidates read once, addresses first, forced index
    scans (the choices measured in notes/measured-at-1.2M)."""

    def candidate_query(self, plan: QueryPlan) -> Select[Any]:
        """Everyone (in scope) whose name contains every word: the fragment tiers' universe."""
        name = people.c.name_folded
        long_terms = [t for t in plan.terms if len(t) >= MIN_TRIGRAM]
        short = [self.contains(name, t) for t in plan.terms if len(t) < MIN_TRIGRAM]
        columns = [
            people.c.name_folded,
            people.c.last_name_folded,
            people.c.order_first,
            people.c.order_last,
        ]
        if self.pg:
            # The trigram index is asked for each word's rarest trigram only (it costs what it
            # reads: every asked trigram's posting list); strpos, which no index serves,
            # checks the whole words on the rows it returns. "şahin mehmet" in Ankara:
            # 4.0 -> 2.6 ms.
            rarest = [self.contains(name, self.rarest_trigram(t)) for t in long_terms]
            whole = [sa.func.strpos(name, t) > 0 for t in plan.terms]
            return self.people_select(columns, *rarest, *whole)
        query = self.people_select(columns, *[self.contains(name, t) for t in plan.terms])
        if self.scoped and len(long_terms) > 1:
            # SQLite, several words in a province or district: read that area's names from
            # the covering (scope, name) index (each trigram AND costs milliseconds). A no-op
            # range on the name steers the planner there; left alone it picks the older
            # (province, district) index and visits every row of the area: 50 ms instead of
            # 3 in Ankara.
            return query.where(people.c.name_folded > "")
        # One word, or national: the trigram index, with the area's marker when scoped
        # ("abdulkadir" in Ankara: 5 -> 1 ms against the area scan).
        return (
            sa.select(people.c.id, *columns)
            .select_from(people_fts.join(people, people.c.id == people_fts.c.rowid))
            .where(
                self.fts_match([*long_terms, *self.fts_scope_markers()]),
                *short,
                *self.marker_safe(plan.terms),
                *self.scope(),
            )
        )

    def rarest_trigram(self, term: str) -> str:
        """The term's trigram held by the fewest names in the sample (see _name_trigrams);
        without a sample, the whole term."""
        if not self.trigram_counts:
            return term
        grams = trigrams(term)  # ties: the earliest
        return min(grams, key=lambda g: self.trigram_counts.get(g, 0))

    @property
    def scoped(self) -> bool:
        return self.identity.province_code is not None or self.identity.district_id is not None

    def wants_candidates(self, plan: QueryPlan) -> bool:
        """Every name-fragment search: read once, every page of the fragment tier is sorted
        out of them in Turkish order (the index can only give id order); on SQLite each
        trigram AND costs milliseconds, and on PostgreSQL LIMIT lures the planner into
        walking the primary key past a million rows for a rare name."""
        long_terms = [t for t in plan.terms if len(t) >= MIN_TRIGRAM]
        return plan.kind is Kind.NAME and bool(long_terms)

    def addresses_first(self, plan: QueryPlan) -> bool:
        """PostgreSQL, an e-mail fragment within an area: the area's matching addresses and
        old addresses are one statement, and the four address tiers are sorted out of them in
        memory (instead of four statements). Filters beyond the area keep the SQL tiers, and
        so does a domain ("@meb.k12": every old address in the area matches, and the SQL tier
        joins only a page of them to their owners)."""
        return (
            self.pg
            and plan.kind is Kind.EMAIL
            and len(plan.terms[0]) >= MIN_TRIGRAM
            and not plan.terms[0].startswith("@")
            and self.narrowest_area() != (None, None)
            and not self.filters.institution_code
            and not self.filters.mailbox_status
        )

    def prefetch_addresses(self, conn: Connection, plan: QueryPlan) -> None:
        """(id, address, owner person) of every matching address in the area, per table; not
        kept when either holds more than ``CANDIDATE_CAP`` (the SQL tiers page instead)."""
        fragment = plan.terms[0]
        parts = []
        for label, table in (("address", mailboxes), ("alias", aliases)):
            conditions = [*self.address_area(table), *self.address_match(table, fragment)]
            if table is mailboxes:
                query = sa.select(sa.literal(label), table.c.id, table.c.address, table.c.person_id)
            else:
                query = sa.select(
                    sa.literal(label), table.c.id, table.c.address, mailboxes.c.person_id
                ).select_from(table.join(mailboxes, mailboxes.c.id == table.c.mailbox_id))
            parts.append(query.where(*conditions).limit(CANDIDATE_CAP + 1))
        found: dict[str, list[tuple[int, str, int | None]]] = {"address": [], "alias": []}
        for label, rid, address, person in conn.execute(sa.union_all(*parts)):
            found[label].append((rid, address, person))
        if all(len(rows) <= CANDIDATE_CAP for rows in found.values()):
            self.addresses = found

    def address_match(self, table: sa.Table, fragment: str) -> list[ColumnElement[bool]]:
        """PostgreSQL: ``address`` holds ``fragment``. Nationally and in a province the trigram
        index narrows first, asked only for the fragment's rare trigrams; a district's few
        hundred addresses are read from its B-tree faster than any trigram."""
        conditions = [self.contains(table.c.address, fragment)]
        if self.narrowest_area()[1] is None:
            indexed: ColumnElement[str] = sa.literal_column(
                address_key_sql(f"{table.name}.address")
            )
            # A count rechecks every row the index returns: there the whole fragment's
            # trigrams, intersected in the index, cost less than the rare ones' many rows
            # (ayse.k: 110 ms of heap rechecks, notes/measured-at-1.2M).
            patterns = (
                [address_key(fragment)] if self.counting else address_index_patterns(fragment)
            )
            conditions[:0] = [self.contains(indexed, part) for part in patterns]
        return conditions

    def candidates_first(self, plan: QueryPlan) -> bool:
        """PostgreSQL, several words, within an area: the few people holding them all are one
        index read, and every tier is then sorted out of them in memory: one statement
        instead of three. (Nationally "kaya ayşe" holds thousands; the B-tree tiers fill the
        page first.)"""
        long_terms = [t for t in plan.terms if len(t) >= MIN_TRIGRAM]
        return (
            self.pg
            and plan.kind is Kind.NAME
            and len(long_terms) >= 2
            and self.narrowest_area() != (None, None)
        )

    def prefetch_candidates(self, db: Database, conn: Connection, plan: QueryPlan) -> None:
        """Read the candidates once (at most ``CANDIDATE_CAP``; beyond that, stream instead).

        The forced plan needs its settings in a transaction of its own: the search's other
        statements run without one (see :meth:`Database.reading`)."""
        if self.prefetched or not self.wants_candidates(plan):
            return
        self.prefetched = True
        query = self.candidate_query(plan).limit(CANDIDATE_CAP + 1)
        if self.forces_index_scans:
            with db.reading() as forced:
                _index_scans_only(forced)
                rows = [_Candidate(*r) for r in forced.execute(query)]
        else:
            rows = [_Candidate(*r) for r in conn.execute(query)]
        self.candidates = rows if len(rows) <= CANDIDATE_CAP else None

    @property
    def forces_index_scans(self) -> bool:
        """PostgreSQL, national: the trigram index, whatever the planner guesses about LIMIT.
        Within an area the planner chooses well (the area's covering B-tree or the scope-led
        trigram index) and the two settings would cost two round trips."""
        return self.pg and self.narrowest_area() == (None, None)

    @staticmethod
    def page_of(
        keyed: list[tuple[Any, ...]], after: tuple[Any, ...] | None, limit: int
    ) -> list[tuple[Any, ...]]:
        """Rows ``(id, *key)`` sorted by key, continuing after ``after``."""
        keyed.sort(key=lambda r: r[1:])
        if after is not None:
            keyed = [r for r in keyed if r[1:] > after]
        return keyed[:limit]
