"""Audit events in a table (small, bounded lists: recent actions, a person's history)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from mebposta_admin.services.audit import AuditRecord
from mebposta_admin.texts.labels import action_text, outcome_text
from mebposta_admin.ui.itemmodels.base import FlatTableModel, Index

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
