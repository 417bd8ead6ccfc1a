"""A new unit account: the owning office, the address its naming rule asks for (a central
unit names itself), the quota and the first primary custodian — all checked again by the
service, which names what is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.errors import AppError
from mebposta_admin.services import units
from mebposta_admin.texts.errors import text_for
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.widgets.person_picker import PersonPicker

DEFAULT_QUOTA_MB = 1000


class UnitCreateDialog(QDialog):
    """Signals: created(mailbox id)."""

    created = Signal(int)

    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New unit account"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.office_combo = QComboBox()
        accessibility.name(self.office_combo, self.tr("Office"))
        office_label = QLabel(self.tr("&Office:"))
        office_label.setBuddy(self.office_combo)
        form.addRow(office_label, self.office_combo)
        self.address_edit = QLineEdit()
        accessibility.name(self.address_edit, self.tr("Address (before @meb.gov.tr)"))
        address_label = QLabel(self.tr("&Address:"))
        address_label.setBuddy(self.address_edit)
        form.addRow(address_label, self.address_edit)
        self.quota_spin = QSpinBox()
        self.quota_spin.setRange(*units.QUOTA_RANGE_MB)
        self.quota_spin.setValue(DEFAULT_QUOTA_MB)
        self.quota_spin.setSuffix(" MB")
        accessibility.name(self.quota_spin, self.tr("Quota"))
        quota_label = QLabel(self.tr("&Quota:"))
        quota_label.setBuddy(self.quota_spin)
        form.addRow(quota_label, self.quota_spin)
        self.picker = PersonPicker(context, self)
        self.person_edit, self.people = self.picker.search_edit, self.picker.results
        accessibility.name(self.person_edit, self.tr("Find the primary custodian"))
        person_label = QLabel(self.tr("&Custodian:"))
        person_label.setBuddy(self.person_edit)
        form.addRow(person_label, self.person_edit)
        layout.addLayout(form)
        layout.addWidget(self.picker, 1)
        self.status_label = accessibility.StatusLabel()
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(
            self.tr("C&reate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.create_unit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.offices: tuple[units.Office, ...] = ()
        self.office_combo.currentIndexChanged.connect(self._office_chosen)
        self.picker.said.connect(
            lambda text, outcome: self.status_label.say(text, outcome=outcome or None)
        )
        context.tasks.submit(
            "unit-offices",
            units.offices,
            owner=self,
            db=context.database,
            identity=context.identity,
            on_result=self._show_offices,
            on_error=self._failed,
        )

    def _show_offices(self, found: tuple[units.Office, ...]) -> None:
        self.offices = found
        self.office_combo.blockSignals(True)
        for office in found:
            taken = self.tr(" (has a unit account)") if office.has_unit else ""
            self.office_combo.addItem(f"{office.name}{taken}", office.id)
        self.office_combo.blockSignals(False)
        first_free = next((i for i, o in enumerate(found) if not o.has_unit), 0)
        self.office_combo.setCurrentIndex(first_free)
        self._office_chosen(first_free)

    def _office_chosen(self, index: int) -> None:
        if 0 <= index < len(self.offices):
            self.address_edit.setText(self.offices[index].suggested)
            self.picker.set_province(self.offices[index].province_code)

    def create_unit(self) -> None:
        office = self.office_combo.currentData()
        item = self.people.currentItem()
        if office is None or item is None:
            self.status_label.say(
                self.tr("Choose the office and find the primary custodian first."), outcome="error"
            )
            return
        self.create_button.setEnabled(False)
        self.status_label.say(self.tr("Creating…"))
        self.context.tasks.submit(
            "unit-create",
            units.create,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            institution_id=int(office),
            address=self.address_edit.text(),
            custodian_id=int(item.data(Qt.ItemDataRole.UserRole)),
            quota_mb=self.quota_spin.value(),
            on_result=self._created,
            on_error=self._failed,
        )

    def _created(self, mailbox_id: int) -> None:
        self.created.emit(mailbox_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.status_label.say(text, outcome="error", announce=True)
