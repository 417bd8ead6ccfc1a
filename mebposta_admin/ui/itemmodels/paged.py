"""One keyset-paged table model for every list: people now, the queues and the audit trail next.

The model is given a ``fetch(cursor)`` that returns a page (``.rows`` and ``.next``, as
services.paging.Page and services.search.SearchPage have); it runs fetch on the task runner,
never on the GUI thread, appends each page as it arrives, and asks for the next one when the
view scrolls near the end (Qt's canFetchMore/fetchMore). :meth:`start` begins a new list: pages
of the previous one still in flight are dropped when they arrive (stale results), so a slow
old query can never overwrite a new one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Signal

from mebposta_admin.ui.itemmodels.base import FlatTableModel, Index
from mebposta_admin.ui.tasks import TaskRunner

RowT = TypeVar("RowT")


class PageLike(Protocol):
    @property
    def rows(self) -> Sequence[Any]: ...

    @property
    def next(self) -> Any | None: ...


Fetch = Callable[[Any | None], PageLike]


class PagedTableModel(FlatTableModel, Generic[RowT]):
    """Subclasses give ``headers()`` and ``data()``; rows are read with :meth:`row_at`."""

    page_arrived = Signal(object)  # the page, after its rows were appended
    failed = Signal(object)  # the exception of the newest list's fetch

    def __init__(self, tasks: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._rows: list[RowT] = []
        self._fetch: Fetch | None = None
        self._cursor: Any | None = None
        self.more_available = False
        self.loading = False
        self.generation = 0  # bumped by every start(): older pages are stale
        self.task_name = "page"

    # -- the controller's side ------------------------------------------------------------
    def start(self, fetch: Fetch, *, name: str = "page") -> None:
        """Begin a new list: clear the rows and fetch its first page."""
        self.generation += 1
        self.task_name = name
        self._fetch = fetch
        self._cursor = None
        self.beginResetModel()
        self._rows = []
        self.more_available = False
        self.endResetModel()
        self._request()

    def clear(self) -> None:
        """No list at all (and drop any page in flight)."""
        self.generation += 1
        self._fetch = None
        self.loading = False
        self.beginResetModel()
        self._rows = []
        self.more_available = False
        self.endResetModel()

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> tuple[RowT, ...]:
        return tuple(self._rows)

    # -- Qt's side ------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more_available and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request()

    # -- internals ------------------------------------------------------------------------
    def _request(self) -> None:
        if self._fetch is None or self.tasks is None:
            return
        generation = self.generation
        self.loading = True
        self.tasks.submit(
            self.task_name,
            self._fetch,
            owner=self,
            cursor=self._cursor,
            on_result=lambda page: self._arrived(generation, page),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, page: PageLike) -> None:
        if generation != self.generation:
            return  # a page of an older list: the user has moved on
        self.loading = False
        self._cursor = page.next
        self.more_available = page.next is not None
        rows = list(page.rows)
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_arrived.emit(page)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.generation:
            return
        self.loading = False
        self.failed.emit(exc)
