"""Audit events in a table (small, bounded lists: recent actions, a person's history)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.services.audit import AuditRecord
from mebposta_admin.texts.labels import action_text, outcome_text, target_text
from mebposta_admin.ui.itemmodels.base import FlatTableModel, Index
from mebposta_admin.ui.itemmodels.paged import PagedTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole


class AuditTableModel(FlatTableModel):
    COL_TIME, COL_ADMIN, COL_ACTION, COL_OUTCOME, COL_WORKSTATION = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRecord] = []

    def set_rows(self, rows: list[AuditRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Time"),
            self.tr("Administrator"),
            self.tr("Action"),
            self.tr("Outcome"),
            self.tr("Workstation"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        if role == ROW_ROLE:
            return record
        col = index.column()
        if role == SORT_ROLE and col == self.COL_TIME:
            return record.occurred_at.timestamp()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_TIME: record.occurred_at.astimezone().strftime("%d.%m.%Y %H:%M:%S"),
            self.COL_ADMIN: record.admin_username,
            self.COL_ACTION: action_text(record.action),
            self.COL_OUTCOME: outcome_text(record.outcome),
            self.COL_WORKSTATION: record.workstation,
        }[col]


class AuditPagedModel(PagedTableModel[AuditRecord]):
    """The Denetim page's list: the trail, newest first, page by page."""

    COL_TIME, COL_ADMIN, COL_ACTION, COL_OUTCOME, COL_TARGET, COL_PROVINCE, COL_WORKSTATION = range(
        7
    )

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Time"),
            self.tr("Administrator"),
            self.tr("Action"),
            self.tr("Outcome"),
            self.tr("Target"),
            self.tr("Province"),
            self.tr("Workstation"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.row_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == ROW_ROLE:
            return record
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.COL_TIME:
            return record.occurred_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M:%S")
        if col == self.COL_ADMIN:
            return record.admin_username
        if col == self.COL_ACTION:
            return action_text(record.action)
        if col == self.COL_OUTCOME:
            return outcome_text(record.outcome)
        if col == self.COL_TARGET:
            if record.target_type is None:
                return "—"
            return f"{target_text(record.target_type)} {record.target_id or ''}".strip()
        if col == self.COL_PROVINCE:
            return record.province_code or "—"
        return record.workstation
