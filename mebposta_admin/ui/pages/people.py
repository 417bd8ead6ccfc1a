"""Kişiler: find the caller among 1.2 million people and open their record.

Search-as-you-type: each keystroke restarts a short timer; when it fires, the query runs on the
task runner and any older query's results are dropped. Results page in lazily as the user
scrolls. Keyboard first: Ctrl+F focuses the box, Down moves into the results, Enter opens.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.errors import AppError
from mebposta_admin.services import geography, units
from mebposta_admin.services.search import SearchCount, SearchFilters, SearchPage
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import hint_text, scope_text
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.itemmodels.people_model import PeopleTableModel
from mebposta_admin.ui.pages.people_search import PeopleSearchController
from mebposta_admin.ui.widgets.person_panel import PersonPanel

log = logging.getLogger(__name__)

DEBOUNCE_MS = 200
FOLLOW_MS = 120


class PeoplePage(QWidget):
    """Signals: unit_requested(mailbox id) — a unit account chosen in the results;
    trail_requested(targets, label) — a person's whole trail asked for."""

    unit_requested = Signal(int)
    trail_requested = Signal(object, str)

    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.geography: geography.Geography | None = None
        self._open_single_result = False
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("People"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Name and surname, TCKN, GSM, e-mail address or institution code")
        )
        accessibility.name(
            self.search_edit, self.tr("Search people"), self.search_edit.placeholderText()
        )
        outer.addWidget(self.search_edit)

        filters = QHBoxLayout()
        self.province_combo = QComboBox()
        accessibility.name(self.province_combo, self.tr("Province"))
        self.district_combo = QComboBox()
        accessibility.name(self.district_combo, self.tr("District"))
        # An administrator's own province or district is shown as text, not as a disabled
        # list (low contrast, skipped by Tab and by screen readers).
        self.scope_filter_label = QLabel()
        self.scope_filter_label.setObjectName("hintLabel")
        self.scope_filter_label.hide()
        self.institution_edit = QLineEdit()
        self.institution_edit.setPlaceholderText(self.tr("Institution code"))
        accessibility.name(self.institution_edit, self.tr("Institution code"))
        self.institution_edit.setMaxLength(16)
        self.institution_edit.setMinimumWidth(
            self.institution_edit.fontMetrics().averageCharWidth() * 16
        )
        self.status_combo = QComboBox()
        accessibility.name(self.status_combo, self.tr("Mailbox status"))
        self.status_combo.addItem(self.tr("All mailboxes"), None)
        self.status_combo.addItem(self.tr("Active mailboxes"), "active")
        self.status_combo.addItem(self.tr("Inactive mailboxes"), "inactive")
        self.status_combo.addItem(self.tr("No e-mail password yet"), "no_password")
        for widget in (
            self.scope_filter_label,
            self.province_combo,
            self.district_combo,
            self.institution_edit,
            self.status_combo,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        outer.addLayout(filters)

        self.result_label = QLabel()
        self.result_label.setObjectName("statusLabel")
        self.result_label.setWordWrap(True)
        outer.addWidget(self.result_label)

        # Unit accounts whose address holds the query, marked as such (issue 12): Enter or a
        # double click opens the unit in Birim Hesapları.
        self.units_list = QListWidget()
        accessibility.name(self.units_list, self.tr("Unit accounts matching"))
        self.units_list.setMaximumHeight(self.units_list.fontMetrics().lineSpacing() * 4 + 8)
        self.units_list.itemActivated.connect(
            lambda item: self.unit_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.units_list.hide()
        outer.addWidget(self.units_list)

        self.model = PeopleTableModel(context.tasks, self)
        self.table = QTableView()
        accessibility.keyboard_view(self.table, self.tr("Search results"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # At 1280×800 and the usual text size every column fits; with larger text the table
        # scrolls sideways rather than cutting columns off.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Every column fits the visible width (no sideways scrolling at 1280×800): fixed
        # widths from the font for name, masked TCKN and place; address and institution share
        # the rest. A cut-off text is elided and whole in the row's tooltip.
        # The masked TCKN is in each row's tooltip and in the person view: the address and
        # the place tell same-name rows apart, and need the room more.
        self.table.setColumnHidden(PeopleTableModel.COL_TCKN, True)
        self.table.ensurePolished()  # the style sheet's font, not the default one
        metrics = self.table.fontMetrics()
        cap = metrics.averageCharWidth() * 44  # grows with the font, never a pixel constant
        for column, sample in (
            (PeopleTableModel.COL_NAME, "Abdülkadir Karakoyun"),
            (PeopleTableModel.COL_ADDRESS, "zerrin.tuzcuoglu2@meb.gov.tr"),
            (PeopleTableModel.COL_PLACE, "Ankara / Kahramankazan"),
            (PeopleTableModel.COL_STATUS, "posta kutusu yok"),  # the widest status (width only)
        ):
            self.table.setColumnWidth(column, min(metrics.horizontalAdvance(sample) + 16, cap))
        header.setSectionResizeMode(
            PeopleTableModel.COL_INSTITUTION, QHeaderView.ResizeMode.Stretch
        )

        self.panel = PersonPanel(context)
        self.panel.trail_requested.connect(self.trail_requested)
        scroll = QScrollArea()
        # Not a Tab stop of its own: the focus goes to the controls inside, and the area
        # scrolls to show each one (QScrollArea.focusNextPrevChild).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        # As wide as the person view needs in the system font (larger text: a wider panel),
        # and it scrolls sideways rather than cutting anything off if the window is narrow.
        needed = max(
            self.panel.minimumSizeHint().width(), self.panel.body.minimumSizeHint().width()
        )
        panel_width = max(400, needed + scroll.verticalScrollBar().sizeHint().width() + 4)
        scroll.setMinimumWidth(panel_width)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([max(680, 1080 - panel_width), panel_width])
        outer.addWidget(splitter, 1)

        self.controller = PeopleSearchController(context, self.model, self)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self.debounce.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.institution_edit.textChanged.connect(lambda _t: self.debounce.start())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.province_combo.currentIndexChanged.connect(self._province_changed)
        self.district_combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.table.activated.connect(self.open_index)
        self.table.doubleClicked.connect(self.open_index)
        # The panel follows the selection (a click, the arrow keys): the person the
        # administrator acts on is always the one highlighted. A short delay keeps a held
        # arrow key from loading every row it passes.
        self.follow_timer = QTimer(self)
        self.follow_timer.setSingleShot(True)
        self.follow_timer.setInterval(FOLLOW_MS)
        self.follow_timer.timeout.connect(self._follow_selection)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._selection_moved()
        )
        self.search_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self._init_scope_filters()
        self.result_label.setText(hint_text("search.hint_empty"))

    # ------------------------------------------------------------------------------ filters
    def _init_scope_filters(self) -> None:
        identity = self.context.identity
        assert identity is not None
        self.province_combo.addItem(self.tr("All provinces"), None)
        self.district_combo.addItem(self.tr("All districts"), None)
        if identity.province_code:
            self.province_combo.clear()
            self.province_combo.addItem(
                identity.province_name or identity.province_code, identity.province_code
            )
            self.province_combo.hide()
            self.scope_filter_label.setText(scope_text(identity))
            self.scope_filter_label.show()
        if identity.district_id is not None:
            self.district_combo.clear()
            self.district_combo.addItem(identity.district_name or "", identity.district_id)
            self.district_combo.hide()
        self.province_combo.setEnabled(False)  # until the list has loaded
        self.context.tasks.submit(
            "geography",
            geography.load,
            owner=self,
            db=self.context.database,
            on_result=self._geography_loaded,
        )

    def _geography_loaded(self, data: geography.Geography) -> None:
        self.geography = data
        identity = self.context.identity
        assert identity is not None
        if identity.province_code is None:
            self.province_combo.blockSignals(True)
            for place in data.provinces:
                self.province_combo.addItem(f"{place.code} {place.name}", place.code)
            self.province_combo.blockSignals(False)
            self.province_combo.setEnabled(True)
        if identity.district_id is None:
            self._fill_districts(identity.province_code)

    def _fill_districts(self, province: str | None) -> None:
        self.district_combo.blockSignals(True)
        self.district_combo.clear()
        self.district_combo.addItem(self.tr("All districts"), None)
        if province and self.geography is not None:
            for place in self.geography.districts.get(province, ()):
                self.district_combo.addItem(place.name, int(place.code))
        self.district_combo.setEnabled(bool(province))
        self.district_combo.blockSignals(False)

    def _province_changed(self, _index: int) -> None:
        if self.context.identity is not None and self.context.identity.district_id is None:
            self._fill_districts(self.province_combo.currentData())
        self.run_search()

    def current_filters(self) -> SearchFilters:
        identity = self.context.identity
        assert identity is not None
        return SearchFilters(
            province_code=self.province_combo.currentData()
            if identity.province_code is None
            else None,
            district_id=self.district_combo.currentData() if identity.district_id is None else None,
            institution_code=self.institution_edit.text().strip() or None,
            mailbox_status=self.status_combo.currentData(),
        )

    # ------------------------------------------------------------------------------ searching
    def _search_now(self) -> None:
        """Enter in the box: search at once; a single result opens by itself."""
        pending = self.debounce.isActive() or self.controller.text != self.search_edit.text()
        if not pending and self.model.rowCount() == 1 and not self.model.more_available:
            self.open_row(0)
            return
        self._open_single_result = True
        self.run_search()

    def run_search(self) -> None:
        self.debounce.stop()
        text = self.search_edit.text()
        filters = self.current_filters()
        if not text.strip() and filters == SearchFilters():
            self.controller.stop()
            self.panel.clear()
            self.result_label.setText(hint_text("search.hint_empty"))
            return
        # Filters alone are not a search: the service answers with the "type something" hint.
        self.panel.clear()  # a new query: nobody is selected, nobody can be acted on
        self.controller.start(text, filters)

    def show_units(self, rows: tuple[units.UnitRow, ...]) -> None:
        self.units_list.clear()
        for row in rows:
            place = row.province_name or self.tr("central")
            item = QListWidgetItem(
                self.tr("Unit account: {address} — {office} ({place})").format(
                    address=row.address, office=row.display_name, place=place
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.units_list.addItem(item)
        self.units_list.setVisible(bool(rows))

    def show_searching(self) -> None:
        self.result_label.setText(self.tr("Searching…"))

    def show_page(self, page: SearchPage) -> None:
        if self._open_single_result and page.next is None and self.model.rowCount() == 1:
            self.open_row(0)
        self._open_single_result = False
        if page.hint:
            self.result_label.setText(hint_text(page.hint))
        elif self.model.rowCount() == 0:
            self.result_label.setText(
                self.tr("Nobody found. Check the spelling, or search by TCKN.")
            )
            accessibility.announce(self.result_label, self.result_label.text())
        notes = [hint_text(n) for n in page.notes]
        if notes:
            self.result_label.setText(" ".join([self.result_label.text(), *notes]))
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def show_count(self, result: SearchCount) -> None:
        if result.value == 0:
            return
        number = QLocale().toString(result.value)
        if result.exact:
            self.result_label.setText(self.tr("%Ln person(s) found", "", result.value))
        else:
            self.result_label.setText(
                self.tr("More than {count} people found: narrow the search.").format(count=number)
            )
        accessibility.announce(self.result_label, self.result_label.text())

    def show_error(self, exc: BaseException) -> None:
        text = (
            text_for(exc)
            if isinstance(exc, AppError)
            else self.tr("Search failed: {error}").format(error=type(exc).__name__)
        )
        self.result_label.setText(text)
        accessibility.announce(self.result_label, text, assertive=True)

    # ------------------------------------------------------------------------------ keyboard
    def focus_first(self) -> None:
        self.focus_search()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def open_index(self, index) -> None:
        self.open_row(index.row())

    def open_row(self, row: int) -> None:
        person = self.model.row_at(row)
        if person is not None:
            self.follow_timer.stop()
            if self.table.currentIndex().row() != row:
                self.table.selectRow(row)
                self.follow_timer.stop()
            self.panel.open_person(person.id)

    def _selection_moved(self) -> None:
        """At once: the previous person leaves the panel (no button acts on them any more);
        the highlighted one loads after a short pause."""
        row = self.table.currentIndex().row()
        person = self.model.row_at(row) if row >= 0 else None
        if person is None or person.id != self.panel.person_id:
            self.panel.clear()
        self.follow_timer.start()

    def _follow_selection(self) -> None:
        row = self.table.currentIndex().row()
        person = self.model.row_at(row) if row >= 0 else None
        if person is None:
            self.panel.clear()
        elif self.panel.person_id != person.id:
            self.panel.open_person(person.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search_edit and key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                if self.table.currentIndex().row() < 0:
                    self.table.selectRow(0)
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_row(self.table.currentIndex().row())
                return True
            if (
                watched is self.table
                and key == Qt.Key.Key_Up
                and self.table.currentIndex().row() == 0
            ):
                self.focus_search()
                return True
        return super().eventFilter(watched, event)
