"""Unit accounts, page by page; a unit without a valid primary custodian says so in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.services.units import UnitRow
from mebposta_admin.ui import theme
from mebposta_admin.ui.itemmodels.base import Index
from mebposta_admin.ui.itemmodels.paged import PagedTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitsTableModel(PagedTableModel[UnitRow]):
    COL_ADDRESS, COL_OFFICE, COL_PROVINCE, COL_PRIMARY, COL_STATUS, COL_REISSUE = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Address"),
            self.tr("Office"),
            self.tr("Province"),
            self.tr("Primary custodian"),
            self.tr("Status"),
            self.tr("Last password"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_ADDRESS:
                return row.address
            if col == self.COL_OFFICE:
                return row.display_name
            if col == self.COL_PROVINCE:
                return row.province_name or self.tr("central")
            if col == self.COL_PRIMARY:
                if row.flagged:
                    name = row.primary_name
                    return self.tr("⚠ no valid primary custodian") + (f" ({name})" if name else "")
                extra = self.tr(" + %n deputy(ies)", "", row.deputies) if row.deputies else ""
                return f"{row.primary_name}{extra}"
            if col == self.COL_STATUS:
                return self.tr("active") if row.active else self.tr("inactive")
            if col == self.COL_REISSUE:
                if row.password_changed_at is None:
                    return self.tr("never")
                return row.password_changed_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")
        if col == self.COL_PRIMARY and row.flagged:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(theme.colour("bad_back"))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.colour("bad_text"))
        return None
