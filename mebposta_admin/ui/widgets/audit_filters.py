"""The Denetim page's filters: a period (Turkey's days), administrator, action, province,
target and its number, outcome and a text in the details. ``changed`` fires on every edit
(the page debounces it); :meth:`AuditFilters.current` is the service's AuditFilter."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.services import audit_query
from mebposta_admin.texts.labels import action_text, outcome_text, target_text
from mebposta_admin.ui import accessibility

ANY_DATE = QDate(2000, 1, 1)


class DateEdit(QDateEdit):
    """A date field that Tab leaves (QDateEdit uses Tab for its day/month/year sections: a
    Tab trap for keyboard users; the arrow keys and typing move between sections)."""

    def event(self, event: QEvent) -> bool:
        tab = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )
        if tab:
            assert isinstance(event, QKeyEvent)
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
            return True
        return super().event(event)


def _combo(name: str, items: list[tuple[str, str]], any_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(any_text, "")
    for value, text in items:
        combo.addItem(text, value)
    accessibility.name(combo, name)
    return combo


class AuditFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.since_edit = self._date_edit(self.tr("From (day)"))
        self.until_edit = self._date_edit(self.tr("Until (day)"))
        self.admin_combo = QComboBox()
        self.admin_combo.setEditable(True)
        self.admin_combo.addItem("")
        accessibility.name(self.admin_combo, self.tr("Administrator"))
        actions = sorted(
            ((a, action_text(a)) for a in audit_query.ACTIONS), key=lambda item: item[1]
        )
        self.action_combo = _combo(self.tr("Action"), actions, self.tr("any action"))
        self.province_combo = _combo(self.tr("Province"), [], self.tr("any province"))
        targets = [(t, target_text(t)) for t in audit_query.TARGET_TYPES]
        self.target_combo = _combo(self.tr("Target"), targets, self.tr("any target"))
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("its number"))
        accessibility.name(self.target_edit, self.tr("Target number"))
        outcomes = [(o, outcome_text(o)) for o in audit_query.OUTCOMES]
        self.outcome_combo = _combo(self.tr("Outcome"), outcomes, self.tr("any outcome"))
        self.text_edit = QLineEdit()
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setPlaceholderText(self.tr("text in the details, e.g. a reason or a file"))
        accessibility.name(self.text_edit, self.tr("Text in the details"))
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        cells = (
            (self.tr("Fro&m:"), self.since_edit, 0, 0),
            (self.tr("&Until:"), self.until_edit, 0, 2),
            (self.tr("&Administrator:"), self.admin_combo, 0, 4),
            (self.tr("Ac&tion:"), self.action_combo, 0, 6),
            (self.tr("&Province:"), self.province_combo, 1, 0),
            (self.tr("Tar&get:"), self.target_combo, 1, 2),
            (self.tr("&Number:"), self.target_edit, 1, 4),
            (self.tr("&Outcome:"), self.outcome_combo, 1, 6),
            (self.tr("Te&xt:"), self.text_edit, 2, 0),
        )
        for text, widget, row, col in cells:
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, col)
            span = 5 if widget is self.text_edit else 1
            grid.addWidget(widget, row, col + 1, 1, span)
        grid.addWidget(self.clear_button, 2, 7)
        for col in (1, 3, 5, 7):
            grid.setColumnStretch(col, 1)
        for combo in (
            self.action_combo,
            self.province_combo,
            self.target_combo,
            self.outcome_combo,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.admin_combo.currentTextChanged.connect(lambda _t: self.changed.emit())
        for edit in (self.target_edit, self.text_edit):
            edit.textChanged.connect(lambda _t: self.changed.emit())
        for date in (self.since_edit, self.until_edit):
            date.dateChanged.connect(lambda _d: self.changed.emit())

    def _date_edit(self, name: str) -> QDateEdit:
        edit = DateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(ANY_DATE)
        accessibility.name(edit, name)
        return edit

    # ------------------------------------------------------------------------------ list
    def current(self, trail: tuple[tuple[str, str], ...] = ()) -> audit_query.AuditFilter:
        def day(edit: QDateEdit, end: bool) -> datetime | None:
            value = edit.date()
            if value == ANY_DATE:
                return None
            moment = time.max if end else time.min
            return datetime.combine(value.toPython(), moment, tzinfo=ISTANBUL)  # type: ignore[arg-type]

        return audit_query.AuditFilter(
            since=day(self.since_edit, False),
            until=day(self.until_edit, True),
            admin=self.admin_combo.currentText().strip(),
            action=str(self.action_combo.currentData() or ""),
            province_code=str(self.province_combo.currentData() or ""),
            target_type=str(self.target_combo.currentData() or ""),
            target_id=self.target_edit.text().strip(),
            outcome=str(self.outcome_combo.currentData() or ""),
            text=self.text_edit.text(),
            targets=trail,
        )

    def clear(self) -> None:
        """Every filter back to "any", without a signal per field (one refresh follows)."""
        self.blockSignals(True)
        for edit in (self.since_edit, self.until_edit):
            edit.setDate(ANY_DATE)
        for combo in (self.action_combo, self.province_combo, self.target_combo):
            combo.setCurrentIndex(0)
        self.outcome_combo.setCurrentIndex(0)
        self.admin_combo.setCurrentText("")
        self.target_edit.clear()
        self.text_edit.clear()
        self.blockSignals(False)

    def set_choices(self, admins: tuple[str, ...], provinces: dict[str, str]) -> None:
        self.admin_combo.blockSignals(True)
        self.admin_combo.addItems(list(admins))
        self.admin_combo.setCurrentText("")
        self.admin_combo.blockSignals(False)
        self.province_combo.blockSignals(True)
        for code, name in sorted(provinces.items()):
            self.province_combo.addItem(f"{code} {name}", code)
        self.province_combo.blockSignals(False)
