"""Administrators, page by page: who, role, scope, state in words, last sign-in, failures."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.services.admin_accounts import AdminRow
from mebposta_admin.texts.labels import role_text
from mebposta_admin.ui import theme
from mebposta_admin.ui.itemmodels.base import Index
from mebposta_admin.ui.itemmodels.paged import PagedTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def when(moment: datetime | None) -> str:
    return moment.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M") if moment else ""


class AdminsTableModel(PagedTableModel[AdminRow]):
    COLS = range(7)
    # The state beside the name: what the superadmin looks for first (locked, disabled).
    COL_USER, COL_NAME, COL_STATE, COL_ROLE, COL_SCOPE, COL_LAST, COL_FAILURES = COLS

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("User name"),
            self.tr("Name"),
            self.tr("State"),
            self.tr("Role"),
            self.tr("Scope"),
            self.tr("Last sign-in"),
            self.tr("Failures / lockouts"),
        )

    def state_text(self, row: AdminRow) -> str:
        parts = []
        if not row.active:
            parts.append(self.tr("disabled"))
        elif row.locked():
            parts.append(self.tr("locked until {time}").format(time=when(row.locked_until)[-5:]))
        else:
            parts.append(self.tr("active"))
        if row.must_change_password:
            parts.append(self.tr("one-time password"))
        parts.append(self.tr("2FA") if row.second_factor else self.tr("no 2FA"))
        return " · ".join(parts)

    def scope_text(self, row: AdminRow) -> str:
        if row.province_code is None:
            return self.tr("National")
        province = f"{row.province_code} {row.province_name or ''}".strip()
        return f"{province} / {row.district_name}" if row.district_name else province

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_USER: row.username,
                self.COL_NAME: row.display_name,
                self.COL_ROLE: role_text(row.role),
                self.COL_SCOPE: self.scope_text(row),
                self.COL_STATE: self.state_text(row),
                self.COL_LAST: when(row.last_login_at) or self.tr("never"),
                self.COL_FAILURES: f"{row.failed_attempts} / {row.lockouts_total}",
            }[col]
        trouble = not row.active or row.locked()
        if col == self.COL_STATE and trouble:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(theme.colour("bad_back"))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.colour("bad_text"))
        return None
