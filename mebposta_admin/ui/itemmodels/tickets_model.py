"""The ticket queue: rows arrive page by page; the SLA timer says how long is left (or how
long ago it ran out) and is coloured — breached red, due soon amber, met green."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.services.tickets.queue import TicketRow
from mebposta_admin.texts.labels import ticket_text
from mebposta_admin.ui import theme
from mebposta_admin.ui.itemmodels.base import Index
from mebposta_admin.ui.itemmodels.paged import PagedTableModel

_COLOURS = {
    "breached": ("bad_back", "bad_text"),
    "warning": ("warning_back", "warning_text"),
    "met": ("ok_back", "ok_text"),
}


def timer_text(due: datetime | None, state: str, now: datetime | None = None) -> str:
    """“2 sa 15 dk kaldı”, “40 dk önce aşıldı”, or the state's word when nothing runs."""
    if due is None:
        return ticket_text("sla", state)
    now = now or datetime.now(UTC)
    seconds = int((due - now).total_seconds())
    minutes = abs(seconds) // 60
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        span = QCoreApplication.translate("Tickets", "{d} d {h} h").format(d=days, h=hours)
    elif hours:
        span = QCoreApplication.translate("Tickets", "{h} h {m} min").format(h=hours, m=minutes)
    else:
        span = QCoreApplication.translate("Tickets", "{m} min").format(m=minutes)
    if seconds < 0:
        return QCoreApplication.translate("Tickets", "breached {span} ago").format(span=span)
    return QCoreApplication.translate("Tickets", "{span} left").format(span=span)


class TicketsTableModel(PagedTableModel[TicketRow]):
    COL_SLA, COL_NUMBER, COL_SUBJECT, COL_CALLER, COL_CATEGORY, COL_PRIORITY, COL_STATUS = range(7)
    COL_ASSIGNED = 7

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("SLA"),
            self.tr("Number"),
            self.tr("Subject"),
            self.tr("Caller"),
            self.tr("Category"),
            self.tr("Priority"),
            self.tr("Status"),
            self.tr("Assigned to"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if col == self.COL_SLA and row.sla_state in _COLOURS:
            back, text = _COLOURS[row.sla_state]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(theme.colour(back))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.colour(text))
        if role == Qt.ItemDataRole.ToolTipRole:
            opened = row.created_at.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M")
            return f"{row.number} · {row.subject}\n{opened} · {ticket_text('sla', row.sla_state)}"
        return None

    def _text(self, row: TicketRow, col: int) -> str:
        if col == self.COL_SLA:
            text = timer_text(row.next_breach_at, row.sla_state)
            return f"⚠ {text}" if row.escalated else text
        if col == self.COL_NUMBER:
            return row.number
        if col == self.COL_SUBJECT:
            return row.subject or "—"
        if col == self.COL_CALLER:
            return row.caller or "—"
        if col == self.COL_CATEGORY:
            word = ticket_text("category", row.category)
            return word if row.category_confirmed else f"{word} ?"
        if col == self.COL_PRIORITY:
            return ticket_text("priority", row.priority)
        if col == self.COL_STATUS:
            return ticket_text("status", row.status)
        return row.assigned_to or ""
