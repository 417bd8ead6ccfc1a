"""The search's values (filters, rows, cursors, pages, counts), its tables, a tier."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

import sqlalchemy as sa
from sqlalchemy import Connection, Select

from mebposta_admin.models import Alias, Mailbox, Person

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
