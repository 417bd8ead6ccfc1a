"""Find a person among those in scope (name, TCKN…) and pick one: the handover's and the new
unit account's custodian. The search is the Kişiler search, on the task runner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.errors import AppError
from mebposta_admin.services import search
from mebposta_admin.texts.errors import text_for
from mebposta_admin.ui import accessibility


class PersonPicker(QWidget):
    """A search line (Enter searches) and the people found. Signals: said(text, outcome)."""

    said = Signal(str, str)

    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # A province's unit account is kept by people of that province (the service refuses
        # others): the search looks only there. None: everyone in scope (a central unit).
        self.province_code: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name and surname, or TCKN, then Enter"))
        self.results = QListWidget()
        accessibility.name(self.results, self.tr("People found"))
        layout.addWidget(self.results, 1)
        self.search_edit.returnPressed.connect(self.find_people)

    def set_province(self, province_code: str | None) -> None:
        if province_code != self.province_code:
            self.province_code = province_code
            self.results.clear()

    def find_people(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            return
        self.said.emit(self.tr("Searching…"), "")
        self.context.tasks.submit(
            "person-picker",
            search.search,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            text=text,
            filters=search.SearchFilters(province_code=self.province_code),
            limit=20,
            on_result=self._found,
            on_error=self._failed,
        )

    def _found(self, page: search.SearchPage) -> None:
        self.results.clear()
        for row in page.rows:
            place = " / ".join(x for x in (row.province_name, row.district_name) if x)
            gsm = row.gsm_masked or self.tr("no GSM on file")
            item = QListWidgetItem(
                f"{row.first_name} {row.last_name} · {row.tckn_masked} · {place} · {gsm}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        self.said.emit(self.tr("%n person(s) found.", "", len(page.rows)), "")
        if page.rows:
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.said.emit(text_for(exc) if isinstance(exc, AppError) else repr(exc), "error")

    def person_id(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
