"""Keyset paging, once: every list (people, queues, the audit trail) pages by its index order.

A page is the next ``limit`` rows after the last key shown — never an OFFSET, so page 400 of
the audit trail costs what page 1 does, and rows written meanwhile neither repeat nor vanish.
The cursor (``Page.next``) is a plain value that crosses threads and is handed back for the
next page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy import ColumnElement, Select

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: tuple[T, ...]
    next: Any | None  # None: this was the last page


def after(keys: Sequence[Any], last: tuple[Any, ...] | None) -> ColumnElement[bool]:
    """Rows whose key comes after ``last`` in the order of ``keys`` (a row value compare)."""
    if last is None:
        return sa.true()
    if len(keys) == 1:
        condition: ColumnElement[bool] = keys[0] > last[0]
        return condition
    return sa.tuple_(*keys) > sa.tuple_(*last)


def keyset(
    query: Select[Any], keys: Sequence[Any], last: tuple[Any, ...] | None, limit: Any
) -> Select[Any]:
    """``query``'s rows after ``last``, in key order, at most ``limit``."""
    return query.where(after(keys, last)).order_by(*keys).limit(limit)


def page_of(rows: Sequence[T], key_of: Any, limit: int) -> Page[T]:
    """A page from ``limit + 1`` rows read: the extra one only says whether more follow."""
    shown = tuple(rows[:limit])
    more = len(rows) > limit
    return Page(shown, key_of(shown[-1]) if more and shown else None)
