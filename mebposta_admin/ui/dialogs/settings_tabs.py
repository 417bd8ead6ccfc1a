"""The settings dialog's "Requests and units" tab: the systems the info-update requests use,
their same-day deadline's business calendar, and the naming rules of unit accounts — all
system settings (read and saved by the dialog through services.system_settings)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from mebposta_admin.services.system_settings import SystemSettings
from mebposta_admin.ui import accessibility


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    return label


class RequestsTab(QWidget):
    KEYS = frozenset(
        {
            "mebbis_base_url",
            "portal_base_url",
            "request_cutoff",
            "business_closures",
            "business_working_days",
            "unit_name_province",
            "unit_name_district",
        }
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        systems = QGroupBox(self.tr("Systems the requests use"))
        sform = QFormLayout(systems)
        self.mebbis_url_edit = QLineEdit()
        self.mebbis_url_edit.setPlaceholderText(self.tr("empty: the imported MEBBİS export"))
        self.portal_url_edit = QLineEdit()
        self.portal_url_edit.setPlaceholderText(self.tr("empty: the portal is not polled"))
        sform.addRow(self.tr("MEBBİS address:"), self.mebbis_url_edit)
        sform.addRow(self.tr("Help-desk portal address:"), self.portal_url_edit)
        layout.addWidget(systems)
        calendar = QGroupBox(self.tr("Same-day deadline"))
        cform = QFormLayout(calendar)
        self.cutoff_edit = QLineEdit()
        self.cutoff_edit.setPlaceholderText("16:00")
        self.cutoff_edit.setMaxLength(5)
        self.closures_edit = QLineEdit()
        self.closures_edit.setPlaceholderText("2026-12-31, 2027-01-02")
        self.working_days_edit = QLineEdit()
        self.working_days_edit.setPlaceholderText("2027-03-27")
        cform.addRow(self.tr("Cut-off (later: the next working day):"), self.cutoff_edit)
        cform.addRow(self.tr("Local holidays:"), self.closures_edit)
        cform.addRow(self.tr("Worked weekend days:"), self.working_days_edit)
        cform.addRow(
            _hint(
                self.tr(
                    "Turkish public holidays, the moving Bayrams and their half-day eves are "
                    "known already; add only local closures and worked Saturdays."
                )
            )
        )
        layout.addWidget(calendar)
        names = QGroupBox(self.tr("Names of unit accounts"))
        nform = QFormLayout(names)
        self.province_rule_edit = QLineEdit()
        self.province_rule_edit.setPlaceholderText("maarif{plate}")
        accessibility.name(self.province_rule_edit, self.tr("Naming rule of an İl MEM"))
        self.district_rule_edit = QLineEdit()
        self.district_rule_edit.setPlaceholderText("{district}{plate}")
        accessibility.name(self.district_rule_edit, self.tr("Naming rule of an İlçe MEM"))
        nform.addRow(self.tr("İl MEM:"), self.province_rule_edit)
        nform.addRow(self.tr("İlçe MEM:"), self.district_rule_edit)
        nform.addRow(
            _hint(
                self.tr(
                    "{plate} is the province's plate (07), {district} the district's name in "
                    "a–z (muratpasa). New unit accounts must follow the rule; existing ones "
                    "keep their address. A central unit names itself."
                )
            )
        )
        layout.addWidget(names)
        self.error_label = accessibility.StatusLabel()
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def fields(self) -> list[QWidget]:
        return [
            self.mebbis_url_edit,
            self.portal_url_edit,
            self.cutoff_edit,
            self.closures_edit,
            self.working_days_edit,
            self.province_rule_edit,
            self.district_rule_edit,
        ]

    def show_values(self, values: SystemSettings) -> None:
        self.mebbis_url_edit.setText(values.mebbis_base_url)
        self.portal_url_edit.setText(values.portal_base_url)
        self.cutoff_edit.setText(values.request_cutoff)
        self.closures_edit.setText(values.business_closures)
        self.working_days_edit.setText(values.business_working_days)
        self.province_rule_edit.setText(values.unit_name_province)
        self.district_rule_edit.setText(values.unit_name_district)

    def values(self) -> dict[str, str]:
        """This tab's settings as the service takes them (text)."""
        return {
            "mebbis_base_url": self.mebbis_url_edit.text().strip(),
            "portal_base_url": self.portal_url_edit.text().strip(),
            "request_cutoff": self.cutoff_edit.text().strip(),
            "business_closures": self.closures_edit.text().strip(),
            "business_working_days": self.working_days_edit.text().strip(),
            "unit_name_province": self.province_rule_edit.text().strip(),
            "unit_name_district": self.district_rule_edit.text().strip(),
        }
