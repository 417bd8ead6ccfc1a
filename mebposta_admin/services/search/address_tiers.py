"""The tiers of an e-mail search, with PostgreSQL's national walk and owner look-ups."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, Select

from mebposta_admin.domain.search_query import MIN_TRIGRAM, QueryPlan
from mebposta_admin.models.search_index import (
    rare_trigrams,
)
from mebposta_admin.services.search.planning import Planner
from mebposta_admin.services.search.types import (
    WALK_FIRST,
    _Tier,
    aliases,
    aliases_fts,
    mailboxes,
    mailboxes_fts,
    people,
)

log = logging.getLogger(__name__)


class AddressTiers(Planner):
    """Tiers of an e-mail search: address and old-address prefixes and fragments."""

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
