"""The request queue: rows arrive page by page; the deadline is said in words and coloured."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.services.requests.queue import RequestRow
from mebposta_admin.texts.labels import (
    deadline_text,
    problem_text,
    request_source_text,
    request_status_text,
)
from mebposta_admin.ui import theme
from mebposta_admin.ui.itemmodels.base import Index
from mebposta_admin.ui.itemmodels.paged import PagedTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_STATE_COLOURS = {
    "overdue": ("bad_back", "bad_text"),
    "due_soon": ("warning_back", "warning_text"),
}


class RequestsTableModel(PagedTableModel[RequestRow]):
    COL_DUE, COL_NAME, COL_TCKN, COL_PLACE, COL_STATUS, COL_SOURCE, COL_ASSIGNED, COL_RECEIVED = (
        range(8)
    )

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Deadline"),
            self.tr("Name"),
            self.tr("TCKN"),
            self.tr("Province / district"),
            self.tr("Status"),
            self.tr("Source"),
            self.tr("Taken by"),
            self.tr("Received"),
        )

    def deadline_cell(self, row: RequestRow) -> str:
        when = _local(row.due_at)
        if row.deadline == "closed":
            return request_status_text(row.status)
        return f"{deadline_text(row.deadline)} · {when}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_DUE:
                return self.deadline_cell(row)
            if col == self.COL_NAME:
                return row.name or "—"
            if col == self.COL_TCKN:
                return row.tckn_masked or "—"
            if col == self.COL_PLACE:
                return " / ".join(x for x in (row.province_name, row.district_name) if x) or "—"
            if col == self.COL_STATUS:
                return request_status_text(row.status)
            if col == self.COL_SOURCE:
                return request_source_text(row.source)
            if col == self.COL_ASSIGNED:
                return row.assigned_to or ""
            if col == self.COL_RECEIVED:
                return _local(row.received_at)
        if col == self.COL_DUE and row.deadline in _STATE_COLOURS:
            back, text = _STATE_COLOURS[row.deadline]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(theme.colour(back))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.colour(text))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"#{row.id} {row.name}", self.deadline_cell(row)]
            lines += [problem_text(code) for code in row.problem_codes]
            return "\n".join(lines)
        return None


def _local(moment: Any) -> str:
    """Turkey's time, as the desk reads it (the deadline is Turkey's working day)."""
    return str(moment.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M"))
