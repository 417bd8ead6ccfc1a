"""People search at national scale: one box, ranked tiers, keyset pages, scope inside the SQL.

A query is split into *tiers* that are searched in order — exact matches, then prefixes, then
surname prefixes, then fragments anywhere — so the best matches come first without sorting all
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
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy import ColumnElement, Select
from sqlalchemy.orm import Session

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.domain.search_query import MIN_TRIGRAM, Kind, QueryPlan, parse
from mebposta_admin.models import Alias, District, Institution, Mailbox, Person, Province
from mebposta_admin.models.search_index import district_marker, province_marker
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database

log = logging.getLogger(__name__)

PAGE_SIZE = 50
COUNT_CAP = 10_000
CANDIDATE_CAP = 5_000
_TOP = "\U0010ffff"  # sorts after every character: [q, q + _TOP) is "starts with q"
MAILBOX_STATUSES = ("active", "inactive", "no_password")

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
@dataclass(frozen=True)
class _Tier:
    """A query producing (person_id, *key) in key order; ``after`` continues past a key.

    ``memory``: the same tier computed from the prefetched candidates, used when they exist.
    """

    name: str
    build: Callable[[tuple[Any, ...] | None, int], Select[Any]]
    memory: Callable[[tuple[Any, ...] | None, int], list[tuple[Any, ...]]] | None = None


class _Builder:
    def __init__(self, dialect: str, identity: AdminIdentity, filters: SearchFilters) -> None:
        self.pg = dialect == "postgresql"
        self.identity = identity
        self.filters = filters
        # (id, name_folded, last_name_folded) of everyone holding every typed word, when there
        # are few of them (see prefetch_candidates); None until fetched or when too many.
        self.candidates: list[tuple[int, str, str]] | None = None
        self.prefetched = False

    # -- candidates ----------------------------------------------------------------------
    def candidate_query(self, plan: QueryPlan) -> Select[Any]:
        """Everyone (in scope) whose name contains every word: the fragment tiers' universe."""
        name = people.c.name_folded
        long_terms = [t for t in plan.terms if len(t) >= MIN_TRIGRAM]
        short = [self.contains(name, t) for t in plan.terms if len(t) < MIN_TRIGRAM]
        columns = [people.c.name_folded, people.c.last_name_folded]
        query = self.people_select(columns, *[self.contains(name, t) for t in plan.terms])
        if self.pg:
            return query  # the trigram GIN index
        if self.scoped:
            # SQLite in a province or district: read that area's names from the covering
            # (scope, name) index. A no-op range on the name steers the planner there; left
            # alone it picks the older (province, district) index and visits every row of the
            # area: 50 ms instead of 3 in Ankara.
            return query.where(people.c.name_folded > "")
        return (
            sa.select(people.c.id, *columns)
            .select_from(people_fts.join(people, people.c.id == people_fts.c.rowid))
            .where(self.fts_match(long_terms), *short, *self.scope())
        )

    @property
    def scoped(self) -> bool:
        return self.identity.province_code is not None or self.identity.district_id is not None

    def wants_candidates(self, plan: QueryPlan) -> bool:
        """Multi-word names on SQLite (each trigram AND costs milliseconds and two tiers need
        it); every fragment search on PostgreSQL (where LIMIT lures the planner into walking
        the primary key past a million rows for a rare name)."""
        long_terms = [t for t in plan.terms if len(t) >= MIN_TRIGRAM]
        if plan.kind is not Kind.NAME or not long_terms:
            return False
        return self.pg or len(long_terms) >= 2

    def prefetch_candidates(self, session: Session, plan: QueryPlan) -> None:
        """Read the candidates once (at most ``CANDIDATE_CAP``; beyond that, stream instead)."""
        if self.prefetched or not self.wants_candidates(plan):
            return
        self.prefetched = True
        if self.pg:  # the trigram index, whatever the planner guesses about LIMIT
            session.execute(sa.text("SET LOCAL enable_seqscan = off"))
            session.execute(sa.text("SET LOCAL enable_indexscan = off"))
        rows = [
            tuple(r) for r in session.execute(self.candidate_query(plan).limit(CANDIDATE_CAP + 1))
        ]
        if self.pg:
            session.execute(sa.text("SET LOCAL enable_seqscan = on"))
            session.execute(sa.text("SET LOCAL enable_indexscan = on"))
        self.candidates = rows if len(rows) <= CANDIDATE_CAP else None

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

    def fts_scope_markers(self) -> list[str]:
        """SQLite: scope as FTS phrases so the index itself narrows to the province/district."""
        markers = []
        district = self.identity.district_id or self.filters.district_id
        province = self.identity.province_code or self.filters.province_code
        if district is not None:
            markers.append(district_marker(district))
        elif province:
            markers.append(province_marker(province))
        return markers

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

    # -- tiers ---------------------------------------------------------------------------
    def name_tiers(self, plan: QueryPlan) -> list[_Tier]:
        q = " ".join(plan.terms)
        first, rest = plan.terms[0], plan.terms[1:]
        name, last = people.c.name_folded, people.c.last_name_folded
        rest_contained = [self.contains(name, t) for t in rest]

        def exact(after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
            keys = [people.c.id]
            return self.keyed(self.people_select(keys, self.c(name) == q), keys, after, limit)

        def prefix(after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
            keys = [self.c(name), people.c.id]
            query = self.people_select(keys, self.starts_with(name, q), self.c(name) != q)
            return self.keyed(query, keys, after, limit)

        def surname(after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
            keys = [self.c(last), people.c.id]
            conditions = [self.starts_with(last, first), sa.not_(self.starts_with(name, q))]
            long_rest = [t for t in rest if len(t) >= MIN_TRIGRAM]
            scoped = (
                self.identity.province_code is not None or self.identity.district_id is not None
            )
            if self.pg or not long_rest or scoped:
                query = self.people_select(keys, *conditions, *rest_contained)
                return self.keyed(query, keys, after, limit)
            # SQLite, "kaya ayşe": let the trigram index find names holding the other words.
            query = (
                sa.select(people.c.id, *keys)
                .select_from(people_fts.join(people, people.c.id == people_fts.c.rowid))
                .where(
                    self.fts_match(
                        [t for t in plan.terms if len(t) >= MIN_TRIGRAM] + self.fts_scope_markers()
                    ),
                    *conditions,
                    *rest_contained,
                    *self.scope(),
                )
            )
            return self.keyed(query, keys, after, limit)

        def surname_memory(after: tuple[Any, ...] | None, limit: int) -> list[tuple[Any, ...]]:
            assert self.candidates is not None
            keyed = [
                (pid, last_folded, pid)
                for pid, name_folded, last_folded in self.candidates
                if last_folded.startswith(first)
                and not name_folded.startswith(q)
                and all(t in name_folded for t in rest)
            ]
            return self.page_of(keyed, after, limit)

        def contains_memory(after: tuple[Any, ...] | None, limit: int) -> list[tuple[Any, ...]]:
            assert self.candidates is not None
            keyed = [
                (pid, pid)
                for pid, name_folded, last_folded in self.candidates
                if not name_folded.startswith(q) and not last_folded.startswith(first)
            ]
            return self.page_of(keyed, after, limit)

        tiers = [
            _Tier("exact", exact),
            _Tier("prefix", prefix),
            # A one-word surname tier is an index range: reading the candidates first would
            # only cost a trigram bitmap it does not need (PostgreSQL: 15 ms for "ozturk").
            _Tier(
                "surname",
                surname,
                surname_memory
                if len([t for t in plan.terms if len(t) >= MIN_TRIGRAM]) >= 2
                else None,
            ),
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
            if is_alias:
                joined = joined.join(mailboxes, mailboxes.c.id == owner)
            joined = joined.join(people, people.c.id == mailboxes.c.person_id)
            return (
                sa.select(people.c.id, *keys)
                .select_from(joined)
                .where(*where, *self.scope(drive=drive))
            )

        def exact(after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
            keys = [table.c.id]
            return self.keyed(base(keys, self.c(address) == fragment), keys, after, limit)

        def prefix(after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
            keys = [self.c(address), table.c.id]
            query = base(keys, self.starts_with(address, fragment), self.c(address) != fragment)
            return self.keyed(query, keys, after, limit)

        def contains(after: tuple[Any, ...] | None, limit: int) -> Select[Any]:
            not_prefix = sa.not_(self.starts_with(address, fragment))
            if self.pg:
                keys = [table.c.id]
                query = base(keys, self.contains(address, fragment), not_prefix, drive=True)
                return self.keyed(query, keys, after, limit)
            # SQLite: the documents carry the owner's scope markers, so a provincial or
            # district search is an intersection in the index, not a national scan.
            keys = [fts.c.rowid]
            source = fts.join(table, table.c.id == fts.c.rowid)
            match = self.fts_match([fragment, *self.fts_scope_markers()], fts.name)
            query = base(keys, match, not_prefix, source=source)
            return self.keyed(query, keys, after, limit)

        tiers = [_Tier(f"{label}_exact", exact), _Tier(f"{label}_prefix", prefix)]
        if len(fragment) >= MIN_TRIGRAM:
            tiers.append(_Tier(f"{label}_contains", contains))
        return tiers

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
    builder = _Builder(db.dialect, identity, filters)
    tiers = builder.tiers(plan)
    tier = cursor.tier if cursor else 0
    after = cursor.after if cursor else None
    seen = set(cursor.seen) if cursor else set()
    ids: list[int] = []
    with db.unit_of_work() as session:
        while tier < len(tiers) and len(ids) < limit:
            need = limit - len(ids)
            current = tiers[tier]
            if current.memory is not None:
                builder.prefetch_candidates(session, plan)  # only once, only when reached
            if current.memory is not None and builder.candidates is not None:
                rows: Sequence[Any] = current.memory(after, need)
            else:
                rows = session.execute(current.build(after, need)).all()
            for row in rows:
                after = tuple(row[1:])
                if row[0] not in seen:
                    seen.add(row[0])
                    ids.append(row[0])
            if len(rows) < need:
                tier, after = tier + 1, None
        result = tuple(_rows(session, ids))
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
    builder = _Builder(db.dialect, identity, filters or SearchFilters())
    with db.unit_of_work() as session:
        if plan.kind is Kind.NAME and plan.uses_trigram:
            # The tiers of a fragment search partition "every word contained": count that.
            candidates = builder.candidate_query(plan).limit(cap + 1).subquery()
            if builder.pg:  # the trigram index, whatever the planner guesses about LIMIT
                session.execute(sa.text("SET LOCAL enable_seqscan = off"))
                session.execute(sa.text("SET LOCAL enable_indexscan = off"))
            value = int(session.scalar(sa.select(sa.func.count()).select_from(candidates)) or 0)
        else:
            # Each tier capped on its own, wrapped so SQLite accepts LIMIT inside the UNION.
            parts = [
                sa.select(capped.c[0].label("id"))
                for capped in (tier.build(None, cap + 1).subquery() for tier in builder.tiers(plan))
            ]
            union = sa.union(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
            query = sa.select(sa.func.count()).select_from(
                sa.select(union.c.id).limit(cap + 1).subquery()
            )
            value = int(session.scalar(query) or 0)
    return SearchCount(min(value, cap), value <= cap)


def _rows(session: Session, ids: list[int]) -> list[PersonRow]:
    if not ids:
        return []
    query = (
        sa.select(
            people.c.id,
            people.c.first_name,
            people.c.last_name,
            people.c.tckn,
            people.c.gsm,
            mailboxes.c.address,
            mailboxes.c.active,
            Institution.code,
            Institution.name,
            Province.name,
            District.name,
        )
        .select_from(people)
        .outerjoin(mailboxes, mailboxes.c.person_id == people.c.id)
        .outerjoin(Institution, Institution.id == people.c.institution_id)
        .outerjoin(Province, Province.code == people.c.province_code)
        .outerjoin(District, District.id == people.c.district_id)
        .where(people.c.id.in_(ids))
    )
    by_id = {}
    for r in session.execute(query):
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
            province_name=r[9],
            district_name=r[10],
        )
    return [by_id[i] for i in ids if i in by_id]
