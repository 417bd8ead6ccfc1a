"""Search results: rows arrive page by page; the view asks for more as the user scrolls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from mebposta_admin.services.search import PersonRow
from mebposta_admin.ui.itemmodels.base import FlatTableModel, Index

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleTableModel(FlatTableModel):
    """Holds the rows fetched so far. ``fetch_more`` is the controller's: it runs the query off
    the GUI thread and calls :meth:`append` with the next page."""

    COL_NAME, COL_TCKN, COL_ADDRESS, COL_PLACE, COL_INSTITUTION = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self.more_available = False
        self.loading = False
        self.fetch_more: Callable[[], None] = lambda: None

    # -- the controller's side ------------------------------------------------------------
    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.more_available = False
        self.endResetModel()

    def append(self, rows: tuple[PersonRow, ...], more_available: bool) -> None:
        self.more_available = more_available
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_at(self, row: int) -> PersonRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt's side ------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more_available and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.fetch_more()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("TCKN"),
            self.tr("E-mail"),
            self.tr("Province / district"),
            self.tr("Institution"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return f"{row.first_name} {row.last_name}"
            if col == self.COL_TCKN:
                return row.tckn_masked
            if col == self.COL_ADDRESS:
                return row.address or "—"
            if col == self.COL_PLACE:
                return " / ".join(x for x in (row.province_name, row.district_name) if x)
            if col == self.COL_INSTITUTION:
                return row.institution_name or "—"
        if role == Qt.ItemDataRole.ForegroundRole and row.mailbox_active is False:
            return Qt.GlobalColor.darkGray
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole row, for columns elided to fit the width.
            place = " / ".join(x for x in (row.province_name, row.district_name) if x)
            lines = [
                f"{row.first_name} {row.last_name} ({row.tckn_masked})",
                row.address or "—",
                place,
                row.institution_name or "—",
            ]
            if row.mailbox_active is False:
                lines.append(self.tr("The mailbox is inactive"))
            return "\n".join(lines)
        return None
