"""A form taken at the desk (phone, e-mail): the fields of the "Kullanıcı Bilgi Güncelleme
Formu", checked by the same rules as every source before anything is stored."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.info_update import InfoUpdateForm
from mebposta_admin.errors import AppError
from mebposta_admin.services import geography
from mebposta_admin.services.requests import intake
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import field_text
from mebposta_admin.ui import accessibility


class RequestEntryDialog(QDialog):
    """Signals: stored(request id)."""

    stored = Signal(int)

    def __init__(self, context: SignedInContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New info-update request"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "first_name": self.tr("&Name:"),
            "last_name": self.tr("&Surname:"),
            "tckn": self.tr("&TCKN:"),
            "gsm": self.tr("&GSM:"),
            "email": self.tr("Current &e-mail:"),
            "institution_name": self.tr("Institution / &unit:"),
            "institution_code": self.tr("Institution &code:"),
        }
        for name, text in labels.items():
            edit = QLineEdit()
            accessibility.name(edit, field_text(name))
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[name] = edit
        self.edits["tckn"].setMaxLength(11)
        self.edits["gsm"].setPlaceholderText("5XXXXXXXXX")
        self.province_combo = QComboBox()
        accessibility.name(self.province_combo, field_text("province"))
        self.district_combo = QComboBox()
        accessibility.name(self.district_combo, field_text("district"))
        province_label = QLabel(self.tr("&Province:"))
        province_label.setBuddy(self.province_combo)
        district_label = QLabel(self.tr("&District:"))
        district_label.setBuddy(self.district_combo)
        form.addRow(province_label, self.province_combo)
        form.addRow(district_label, self.district_combo)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        accessibility.name(self.note_edit, field_text("note"))
        note_label = QLabel(self.tr("E&xplanation:"))
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("Phone"), "phone")
        self.channel_combo.addItem(self.tr("E-mail"), "email")
        self.channel_combo.addItem(self.tr("In person"), "visit")
        channel_label = QLabel(self.tr("Ta&ken by:"))
        channel_label.setBuddy(self.channel_combo)
        form.addRow(channel_label, self.channel_combo)
        layout.addLayout(form)
        self.status_label = accessibility.StatusLabel()
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("S&ave"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.geography: geography.Geography | None = None
        self.province_combo.currentIndexChanged.connect(lambda _i: self._fill_districts())
        context.tasks.submit(
            "entry-places",
            geography.load,
            owner=self,
            db=context.database,
            on_result=self._places,
            on_error=self._failed,
        )

    def _places(self, places: geography.Geography) -> None:
        self.geography = places
        own = self.context.identity.province_code
        for place in places.provinces:
            if own is None or place.code == own:
                self.province_combo.addItem(f"{place.code} {place.name}", place.name)
        self._fill_districts()

    def _fill_districts(self) -> None:
        self.district_combo.clear()
        self.district_combo.addItem(self.tr("(not given)"), "")
        if self.geography is None:
            return
        code = (self.province_combo.currentText() or "")[:2]
        own = self.context.identity.district_name
        for place in self.geography.districts.get(code, ()):
            if own is None or place.name == own:
                self.district_combo.addItem(place.name, place.name)
        if own:
            self.district_combo.setCurrentIndex(1)

    def form(self) -> InfoUpdateForm:
        values = {name: edit.text() for name, edit in self.edits.items()}
        return InfoUpdateForm(
            province=str(self.province_combo.currentData() or ""),
            district=str(self.district_combo.currentData() or ""),
            note=self.note_edit.toPlainText(),
            **values,
        )

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.status_label.say(self.tr("Saving…"))
        self.context.tasks.submit(
            "entry-save",
            intake.receive,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            form=self.form(),
            channel=str(self.channel_combo.currentData()),
            on_result=self._saved,
            on_error=self._failed,
        )

    def _saved(self, stored: intake.Stored) -> None:
        self.stored.emit(stored.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.status_label.say(text, outcome="error", announce=True)
        field = exc.params.get("field") if isinstance(exc, AppError) else None
        if isinstance(field, str) and field in self.edits:
            self.edits[field].setFocus()
            self.edits[field].selectAll()
