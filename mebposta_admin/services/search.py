"""People search at national scale: one box, ranked tiers, keyset pages, scope inside the SQL.

A query is split into *tiers* that are searched in order — prefixes (exact matches lead them),
then surname prefixes, then fragments anywhere — so the best matches come first without sorting all
matches. Each tier pages by its own index order (keyset), so every page costs about the same.
The administrator's scope (province or district) is part of every query: rows outside it are
never read into the result, and the count agrees.

Name semantics: every typed word must occur in the folded name (any order). Words shorter than
three letters cannot use the trigram index; a query made only of such words matches names or
surnames that *start* with it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

import sqlalchemy as sa
from sqlalchemy import ColumnElement, Connection, Select
from sqlalchemy.dialects.postgresql import ARRAY

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.domain.folding import order_prefixes
from mebposta_admin.domain.search_query import (
    MIN_TRIGRAM,
    Kind,
    QueryPlan,
    parse,
)
from mebposta_admin.models import Alias, Institution, Mailbox, Person
from mebposta_admin.models.search_index import (
    address_index_patterns,
    address_key,
    address_key_sql,
    district_marker,
    province_marker,
    rare_trigrams,
    trigrams,
)
from mebposta_admin.services import geography
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database

log = logging.getLogger(__name__)

PAGE_SIZE = 50
COUNT_CAP = 10_000
CANDIDATE_CAP = 5_000
WALK_FIRST = 5_000  # addresses read in id order before a national fragment asks the index
_TOP = "\U0010ffff"  # sorts after every character: [q, q + _TOP) is "starts with q"

people = cast(sa.Table, Person.__table__)
mailboxes = cast(sa.Table, Mailbox.__table__)
aliases = cast(sa.Table, Alias.__table__)
people_fts = sa.table("people_fts", sa.column("rowid"))
mailboxes_fts = sa.table("mailboxes_fts", sa.column("rowid"))
aliases_fts = sa.table("aliases_fts", sa.column("rowid"))


@dataclass(frozen=True)
class SearchFilters:
    province_code: str | None = None
    district_id: int | None = None
    institution_code: str | None = None
    mailbox_status: str | None = None  # one of MAILBOX_STATUSES


@dataclass(frozen=True)
class PersonRow:
    """One result line. Personal data is masked here; revealing is a separate, audited call."""

    id: int
    first_name: str
    last_name: str
    tckn_masked: str
    gsm_masked: str | None
    address: str | None
    mailbox_active: bool | None
    institution_code: str | None
    institution_name: str | None
    province_name: str | None
    district_name: str | None


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the tier, the last key read in it, and who was shown."""

    tier: int
    after: tuple[Any, ...] | None
    seen: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class SearchPage:
    rows: tuple[PersonRow, ...]
    next: Cursor | None
    kind: str
    hint: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchCount:
    value: int
    exact: bool  # False: at least ``value`` (counting further would be slow)


# ------------------------------------------------------------------------------------ tiers
class _Candidate(NamedTuple):
    id: int
    name: str  # name_folded
    last: str  # last_name_folded
    order_first: str
    order_last: str


@dataclass(frozen=True)
class _Tier:
    """A query producing (person_id, *key) in key order; ``after`` continues past a key.

    ``memory``: the same tier computed from prefetched candidates (None when they were not
    read). ``fetches``: reaching this tier reads the name candidates (else it only uses them).
    """

    name: str
    build: Callable[[tuple[Any, ...] | None, int], Select[Any]]
    memory: Callable[[tuple[Any, ...] | None, int], list[tuple[Any, ...]] | None] | None = None
    fetches: bool = True
    # Runs a page itself (several statements) instead of ``build``'s one; counts use build.
    run: Callable[[Connection, tuple[Any, ...] | None, int], list[tuple[Any, ...]]] | None = None


@dataclass(frozen=True)
class _TurkishRanges:
    """A tier in Turkish order over several order-key ranges (see _Builder.turkish_ranges)."""

    builder: _Builder
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


class _Builder:
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
        if after is None:
            return sa.true()
        if len(keys) == 1:
            return keys[0] > after[0]  # type: ignore[no-any-return]
        return sa.tuple_(*keys) > sa.tuple_(*after)

    def scope(self, *, drive: bool = True) -> list[ColumnElement[bool]]:
        """Scope and filters as conditions on ``people``: the administrator's scope first.

        ``drive=False``: another index (an address or TCKN) is far more selective, so keep
        SQLite's planner from starting at the area's rows (``district_id + 0`` cannot use an
        index; the condition still applies).
        """
        ident, f = self.identity, self.filters
        conditions: list[ColumnElement[bool]] = []
        district_col: Any = people.c.district_id
        province_col: Any = people.c.province_code
        if not drive and not self.pg:
            district_col = people.c.district_id + 0
            province_col = people.c.province_code.concat("")
        if ident.district_id is not None:
            conditions.append(district_col == ident.district_id)
        elif ident.province_code is not None:
            conditions.append(province_col == ident.province_code)
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
                "no_password": box.c.password_hash.is_(None),
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
        return query.where(self.after(keys, after)).order_by(*keys).limit(limit)

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

    def email_tiers(self, plan: QueryPlan) -> list[_Tier]:
        fragment = plan.terms[0]
        tiers: list[_Tier] = []
        for table, fts in ((mailboxes, mailboxes_fts), (aliases, aliases_fts)):
            tiers += self._address_tiers(table, fts, fragment)
        return tiers

    def _address_tiers(self, table: sa.Table, fts: Any, fragment: str) -> list[_Tier]:
        address = table.c.address
        is_alias = table is aliases
        owner = table.c.mailbox_id if is_alias else table.c.id
        label = "alias" if is_alias else "address"

        def base(
            keys: Sequence[Any],
            *where: ColumnElement[bool],
            source: Any = None,
            drive: bool = False,
        ) -> Select[Any]:
            joined = source if source is not None else table
            scope = self.scope(drive=drive)
            if not scope and self.counting:
                return sa.select(owner, *keys).select_from(joined).where(*where, personal_owner())
            if is_alias:
                joined = joined.join(mailboxes, mailboxes.c.id == owner)
            if not scope:
                # Nothing to check on the person: the mailbox names its owner (a unit
                # account none, which is read but never shown). A national count of
                # "ayse.k" reads 5 000 addresses: no look-up in people for each.
                return sa.select(mailboxes.c.person_id, *keys).select_from(joined).where(*where)
            joined = joined.join(people, people.c.id == mailboxes.c.person_id)
            return sa.select(people.c.id, *keys).select_from(joined).where(*where, *scope)

        def personal_owner() -> ColumnElement[bool]:
            """A national count counts owning mailboxes (a person has one), never people: no
            look-up per address (a count of "@meb.k12" reads 10 000 old addresses). Unit
            accounts, which no person owns, are left out as the people join would."""
            if not is_alias:
                return table.c.person_id.is_not(None)
            units = mailboxes.alias("unit_boxes")
            return owner.not_in(sa.select(units.c.id).where(units.c.person_id.is_(None)))

        area = self.address_area(table)  # the owner's-area B-trees

        def prefix(after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
            # The exact address leads: the fragment is the smallest string starting with it.
            keys = [self.c(address), table.c.id]
            query = base(keys, self.starts_with(address, fragment), *area)
            return self.keyed(query, keys, after, limit)

        def contains(after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
            # A count asks this tier for every address holding the fragment, prefixes too,
            # and skips the prefix tier: one index read instead of two that overlap.
            not_prefix: ColumnElement[bool] = (
                sa.true() if self.counting else sa.not_(self.starts_with(address, fragment))
            )
            if self.pg:
                return pg_contains(after, limit, not_prefix)
            # SQLite: the documents carry the owner's scope markers, so a provincial or
            # district search is an intersection in the index, not a national scan.
            # The index is asked for the fragment's rare trigrams only (as on PostgreSQL,
            # ayse.kaya1 in a province: 4.6 -> 2.5 ms) and every row is checked in full.
            keys = [fts.c.rowid]
            source = fts.join(table, table.c.id == fts.c.rowid)
            # A count asks for the whole phrase (every candidate is rechecked: the rare
            # trigrams' many candidates cost a count 72 ms for ayse.k, the phrase 26 ms).
            phrases = [fragment] if self.counting else (rare_trigrams(fragment) or [fragment])
            match = self.fts_match([*phrases, *self.fts_scope_markers()], fts.name)
            query = base(keys, match, self.contains(address, fragment), not_prefix, source=source)
            return self.keyed(query, keys, after, limit)

        def pg_contains(
            after: tuple[Any, ...] | None, limit: int, not_prefix: ColumnElement[bool]
        ) -> Select[Any]:
            """The page's addresses first, their owners after: a common fragment ("@meb.k12")
            matches thousands, and joining each to its owner before the LIMIT costs more than
            the search. A picked address whose owner is out of scope or filtered out comes back
            with no person (skipped, but it still moves the page on)."""
            conditions = [*area, *self.address_match(table, fragment), not_prefix]
            scope = self.scope()
            if self.counting and not scope:
                return (
                    sa.select(owner, table.c.id)
                    .where(*conditions, personal_owner(), self.after([table.c.id], after))
                    .limit(limit)
                )
            # Nothing to check on the person: a mailbox row names its owner (a count of
            # "yilmaz@" reads 7 000 owners: no look-up at all instead of two probes each).
            direct = not scope and not is_alias
            picked_owner = table.c.person_id if direct else owner
            indexed = (
                sa.select(table.c.id, picked_owner.label("owner"))
                .where(*conditions, self.after([table.c.id], after))
                .limit(limit)
            )
            if not self.counting:  # a count takes any rows: no sort, and the scan stops early
                indexed = indexed.order_by(table.c.id)
            if self.counting or self.narrowest_area() != (None, None):
                picked = indexed.subquery("picked")
            else:
                picked = walk_first(after, limit, indexed, picked_owner).subquery("picked")
            person: Any
            if direct:
                person = picked.c.owner
            elif scope:
                person = (
                    sa.select(people.c.id)
                    .select_from(mailboxes.join(people, people.c.id == mailboxes.c.person_id))
                    .where(mailboxes.c.id == picked.c.owner, *scope)
                    .scalar_subquery()
                )
            else:
                person = (
                    sa.select(mailboxes.c.person_id)
                    .where(mailboxes.c.id == picked.c.owner)
                    .scalar_subquery()
                )
            query = sa.select(person, picked.c.id)
            return query if self.counting else query.order_by(picked.c.id)

        def walk_first(
            after: tuple[Any, ...] | None, limit: int, indexed: Select[Any], picked_owner: Any
        ) -> Select[Any]:
            """National first pages: a common fragment ("yilmaz@": every Yılmaz) fills a
            page within the next few hundred addresses in id order, where the trigram index
            hands over tens of thousands to sort (34 ms); a rare one does not, and only then
            does the index run (the walk costs it ~1 ms). One statement either way."""
            walked = (
                sa.select(table.c.id, picked_owner.label("owner"), address.label("address"))
                .where(self.after([table.c.id], after))
                .order_by(table.c.id)
                .limit(WALK_FIRST)
                .subquery("walked")
            )
            hits = (
                sa.select(walked.c.id, walked.c.owner)
                .where(
                    self.contains(walked.c.address, fragment),
                    sa.not_(self.starts_with(walked.c.address, fragment)),
                )
                .order_by(walked.c.id)
                .limit(limit)
                .cte("walk_hits")
            )
            enough = sa.select(sa.func.count()).select_from(hits).scalar_subquery() >= limit
            both: sa.CompoundSelect[Any] = sa.union(
                sa.select(hits.c.id, hits.c.owner), indexed.where(sa.not_(enough))
            )
            found = both.subquery("found")
            return sa.select(found.c.id, found.c.owner).order_by(found.c.id).limit(limit)

        def remembered(starting: bool) -> list[tuple[int, str, int | None]] | None:
            if self.addresses is None:
                return None
            return [r for r in self.addresses[label] if r[1].startswith(fragment) is starting]

        def prefix_memory(
            after: tuple[Any, ...] | None, limit: int
        ) -> list[tuple[Any, ...]] | None:
            found = remembered(True)  # code-point order = the "C" index order
            if found is None:
                return None
            return self.page_of([(p, a, i) for i, a, p in found], after, limit)

        def contains_memory(
            after: tuple[Any, ...] | None, limit: int
        ) -> list[tuple[Any, ...]] | None:
            found = remembered(False)
            if found is None:
                return None
            return self.page_of([(p, i) for i, _a, p in found], after, limit)

        # No address starts with "@": a domain search ("@meb.k12") skips the prefix tiers.
        tiers = []
        if not fragment.startswith("@"):
            tiers.append(_Tier(f"{label}_prefix", prefix, prefix_memory, fetches=False))
        if len(fragment) >= MIN_TRIGRAM:
            tiers.append(_Tier(f"{label}_contains", contains, contains_memory, fetches=False))
        return tiers

    def tiers(self, plan: QueryPlan) -> list[_Tier]:
        if plan.kind is Kind.NAME:
            return self.name_tiers(plan)
        if plan.kind is Kind.DIGITS:
            return self.digit_tiers(plan)
        if plan.kind is Kind.EMAIL:
            return self.email_tiers(plan)
        return []


TRIGRAM_SAMPLE = 20_000


def _name_trigrams(db: Database, plan: QueryPlan) -> dict[str, int] | None:
    """PostgreSQL: in how many names of a sample each of the query's trigrams occurs (the
    planner keeps no such figure for pg_trgm). Counted in the database, only for trigrams not
    seen yet on this open database: tallying the whole 20 000-name sample in Python cost a
    one-shot CLI search 0.2 s. Names change slowly; the sample only ranks trigrams, and every
    row is still checked in full."""
    if db.dialect != "postgresql" or plan.kind is not Kind.NAME or not plan.uses_trigram:
        return None
    counts = cast(dict[str, int], db.reference.setdefault("name_trigrams", {}))
    wanted = sorted(
        {g for t in plan.terms if len(t) >= MIN_TRIGRAM for g in trigrams(t)} - counts.keys()
    )
    if not wanted:
        return counts
    with db.reading(statement_snapshots=True) as conn:
        total = db.reference.get("people_estimate")
        if total is None:
            rows = conn.execute(sa.text("SELECT reltuples FROM pg_class WHERE relname = 'people'"))
            total = db.reference["people_estimate"] = max(float(rows.scalar() or 0), 1.0)
        if total <= TRIGRAM_SAMPLE * 10:
            sample = "SELECT name_folded FROM people LIMIT :n"
        else:  # about TRIGRAM_SAMPLE names from pages spread over the table
            percent = min(100.0, TRIGRAM_SAMPLE * 100 / total)
            sample = (
                f"SELECT name_folded FROM people TABLESAMPLE SYSTEM ({percent:.4f}) "
                "REPEATABLE (2026) LIMIT :n"
            )
        tallies = ", ".join(
            f"count(*) FILTER (WHERE strpos(name_folded, :g{i}) > 0)" for i in range(len(wanted))
        )
        params: dict[str, Any] = {"n": TRIGRAM_SAMPLE}
        params.update({f"g{i}": gram for i, gram in enumerate(wanted)})
        row = conn.execute(sa.text(f"SELECT {tallies} FROM ({sample}) AS s"), params).one()
    counts.update({gram: int(n) for gram, n in zip(wanted, row, strict=True)})
    return counts


def _index_scans_only(conn: Connection) -> None:
    """PostgreSQL, for the rest of this transaction: plan with bitmap index scans only.
    One statement for both settings: each round trip costs as much as a small query."""
    conn.execute(
        sa.select(
            sa.func.set_config("enable_seqscan", "off", True),
            sa.func.set_config("enable_indexscan", "off", True),
        )
    )


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


def _rows(
    conn: Connection,
    places: geography.PlaceNames,
    ids: list[int],
    scope: Sequence[ColumnElement[bool]],
) -> list[PersonRow]:
    """The page's people, masked. ``scope`` is applied once more: rows picked from the
    PostgreSQL area columns or candidates pass it by construction, and this is where the
    people's own province and district have the last word."""
    if not ids:
        return []
    # Core tables, not ORM entities: the ORM's per-row work is most of a page's Python time.
    # Place names come from the cached reference data: two joins fewer to plan and run.
    institutions = cast(sa.Table, Institution.__table__)
    if conn.dialect.name == "postgresql":  # one statement text for any page size
        wanted = people.c.id == sa.any_(sa.bindparam("ids", ids, type_=ARRAY(sa.Integer)))
    else:
        wanted = people.c.id.in_(ids)
    query = (
        sa.select(
            people.c.id,
            people.c.first_name,
            people.c.last_name,
            people.c.tckn,
            people.c.gsm,
            mailboxes.c.address,
            mailboxes.c.active,
            institutions.c.code,
            institutions.c.name,
            people.c.province_code,
            people.c.district_id,
        )
        .select_from(people)
        .outerjoin(mailboxes, mailboxes.c.person_id == people.c.id)
        .outerjoin(institutions, institutions.c.id == people.c.institution_id)
        .where(wanted, *scope)
    )
    by_id = {}
    for r in conn.execute(query):
        by_id[r[0]] = PersonRow(
            id=r[0],
            first_name=r[1],
            last_name=r[2],
            tckn_masked=tckn_rules.mask(r[3]),
            gsm_masked=gsm_rules.mask(r[4]) if r[4] else None,
            address=r[5],
            mailbox_active=r[6],
            institution_code=r[7],
            institution_name=r[8],
            province_name=places.provinces.get(r[9]) if r[9] else None,
            district_name=places.districts.get(r[10]) if r[10] is not None else None,
        )
    return [by_id[i] for i in ids if i in by_id]
