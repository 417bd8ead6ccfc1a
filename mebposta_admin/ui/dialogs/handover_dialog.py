"""Hand a unit account over: find the new primary custodian among the people of your scope.
After the handover the page strongly proposes a new password (the old custodian knew it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.errors import AppError
from mebposta_admin.services import search
from mebposta_admin.texts.errors import text_for
from mebposta_admin.ui import accessibility


class HandoverDialog(QDialog):
    def __init__(
        self,
        context: SignedInContext,
        address: str,
        current: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Hand over {address}").format(address=address))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The current primary custodian ({current}) stops being responsible for "
                "{address}. Find the new one by name or TCKN, then press Enter."
            ).format(current=current or self.tr("none"), address=address)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name and surname, or TCKN"))
        accessibility.name(self.search_edit, self.tr("Find the new custodian"))
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.search_edit)
        form.addRow(find_label, self.search_edit)
        layout.addLayout(form)
        self.results = QListWidget()
        accessibility.name(self.results, self.tr("People found"))
        layout.addWidget(self.results, 1)
        self.reason_edit = QLineEdit()
        accessibility.name(self.reason_edit, self.tr("Reason of the handover"))
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        reason_form = QFormLayout()
        reason_form.addRow(reason_label, self.reason_edit)
        layout.addLayout(reason_form)
        self.status_label = accessibility.StatusLabel()
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.hand_button = buttons.addButton(
            self.tr("&Hand over"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.hand_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search_edit.returnPressed.connect(self.find_people)
        self.results.currentItemChanged.connect(
            lambda item, _old: self.hand_button.setEnabled(item is not None)
        )

    def find_people(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            return
        self.status_label.say(self.tr("Searching…"))
        self.context.tasks.submit(
            "handover-search",
            search.search,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            text=text,
            limit=20,
            on_result=self._found,
            on_error=self._failed,
        )

    def _found(self, page: search.SearchPage) -> None:
        self.results.clear()
        for row in page.rows:
            place = " / ".join(x for x in (row.province_name, row.district_name) if x)
            gsm = row.gsm_masked or self.tr("no GSM on file")
            item = QListWidgetItem(
                f"{row.first_name} {row.last_name} · {row.tckn_masked} · {place} · {gsm}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        self.status_label.say(self.tr("%n person(s) found.", "", len(page.rows)))
        if page.rows:
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.status_label.say(text, outcome="error", announce=True)

    def person_id(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def reason(self) -> str:
        return self.reason_edit.text().strip()
