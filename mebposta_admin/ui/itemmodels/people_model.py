"""Search results: rows arrive page by page; the view asks for more as the user scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from mebposta_admin.services.search import PersonRow
from mebposta_admin.ui.itemmodels.base import Index
from mebposta_admin.ui.itemmodels.paged import PagedTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleTableModel(PagedTableModel[PersonRow]):
    """Search results: the paged model with the people columns (the controller starts each
    query's list; the view's scrolling fetches the next pages)."""

    COL_NAME, COL_TCKN, COL_ADDRESS, COL_PLACE, COL_INSTITUTION, COL_STATUS = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("TCKN"),
            self.tr("E-mail"),
            self.tr("Province / district"),
            self.tr("Institution"),
            self.tr("Status"),
        )

    def status_text(self, row: PersonRow) -> str:
        """The mailbox's state in words (never by colour alone)."""
        if row.mailbox_active is None:
            return self.tr("no mailbox")
        return self.tr("active") if row.mailbox_active else self.tr("inactive")

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
            if col == self.COL_STATUS:
                return self.status_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.mailbox_active is False:
            # A brush (a bare Qt.GlobalColor is not drawn by PySide6): the palette's
            # placeholder grey, which the theme keeps at 4.5:1 on both row colours.
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
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
