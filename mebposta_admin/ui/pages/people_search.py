"""The people search as the page runs it: each query a new keyset-paged list (stale pages
dropped by the model), its count alongside, only the newest answer shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.services import search, units
from mebposta_admin.services.search import Cursor, SearchCount, SearchFilters, SearchPage
from mebposta_admin.ui.itemmodels.people_model import PeopleTableModel

if TYPE_CHECKING:
    from mebposta_admin.ui.pages.people import PeoplePage


class PeopleSearchController(QObject):
    """Runs searches for the page: each query starts a new list in the paged model (older
    queries' pages are dropped there), and its count runs alongside."""

    def __init__(self, context: SignedInContext, model: PeopleTableModel, page: PeoplePage) -> None:
        super().__init__(page)
        self.context = context
        self.model = model
        self.page = page
        self.generation = 0  # of counts; the model keeps its own for pages
        self.text = ""
        self.filters = SearchFilters()
        model.page_arrived.connect(page.show_page)
        model.failed.connect(page.show_error)

    def start(self, text: str, filters: SearchFilters) -> None:
        self.generation += 1
        self.text, self.filters = text, filters
        db, identity = self.context.database, self.context.identity
        assert db is not None and identity is not None
        self.page.show_searching()

        def fetch(cursor: Cursor | None) -> SearchPage:  # on a worker thread
            return search.search(db, identity, text, filters, cursor)

        self.model.start(fetch, name="search-page")
        self.page.show_units(())
        if text.strip():
            generation = self.generation
            self.context.tasks.submit(
                "search-units",
                units.matching,
                owner=self,
                db=db,
                identity=identity,
                text=text,
                on_result=lambda rows: self._units(generation, rows),
                on_error=lambda e: self._count_failed(generation, e),
            )
            self.context.tasks.submit(
                "search-count",
                search.count,
                owner=self,
                db=db,
                identity=identity,
                text=text,
                filters=filters,
                on_result=lambda c: self._counted(generation, c),
                on_error=lambda e: self._count_failed(generation, e),
            )

    def stop(self) -> None:
        """No query: drop the list and any page or count still in flight."""
        self.generation += 1
        self.model.clear()

    def _units(self, generation: int, rows: tuple[units.UnitRow, ...]) -> None:
        if generation == self.generation:
            self.page.show_units(rows)

    def _counted(self, generation: int, result: SearchCount) -> None:
        if generation == self.generation:
            self.page.show_count(result)

    def _count_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self.generation:
            self.page.show_error(exc)
