"""The settings dialog's "Requests and units" tab: the systems the info-update requests use,
their same-day deadline's business calendar, and the naming rules of unit accounts — all
system settings (read and saved by the dialog through services.system_settings)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.domain.roles import Role
from mebposta_admin.services.system_settings import SystemSettings, totp_required
from mebposta_admin.texts.labels import role_text
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


class HelpdeskTab(QWidget):
    """The help desk's mailbox (IMAP over TLS), its outgoing server (SMTP submission with
    STARTTLS), the SLA targets and the intake's limits. The mailbox's and the server's
    passwords are not settings: they go into the keyring of the computer that reads and
    sends (helpdesk:imap-password, helpdesk:smtp-password)."""

    KEYS = frozenset(
        {
            "helpdesk_address",
            "helpdesk_imap_host",
            "helpdesk_imap_port",
            "helpdesk_imap_folder",
            "smtp_host",
            "smtp_port",
            "ticket_sla",
            "ticket_attachment_mb",
            "ticket_flood_per_hour",
        }
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        mail = QGroupBox(self.tr("Help-desk mailbox"))
        mform = QFormLayout(mail)
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText("posta@meb.gov.tr")
        self.imap_host_edit = QLineEdit()
        self.imap_host_edit.setPlaceholderText(self.tr("empty: no mail is read"))
        self.imap_port_edit = QLineEdit()
        self.imap_port_edit.setPlaceholderText("993")
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText("INBOX")
        self.smtp_host_edit = QLineEdit()
        self.smtp_host_edit.setPlaceholderText(self.tr("empty: answers cannot be sent"))
        self.smtp_port_edit = QLineEdit()
        self.smtp_port_edit.setPlaceholderText("587")
        mform.addRow(self.tr("Address (also the sign-in name):"), self.address_edit)
        mform.addRow(self.tr("IMAP server (SSL/TLS):"), self.imap_host_edit)
        mform.addRow(self.tr("IMAP port:"), self.imap_port_edit)
        mform.addRow(self.tr("Folder read:"), self.folder_edit)
        mform.addRow(self.tr("SMTP server (STARTTLS):"), self.smtp_host_edit)
        mform.addRow(self.tr("SMTP port:"), self.smtp_port_edit)
        mform.addRow(
            _hint(
                self.tr(
                    "The passwords go into the keyring of the computer that reads and sends "
                    "(helpdesk:imap-password, helpdesk:smtp-password), never into a setting."
                )
            )
        )
        layout.addWidget(mail)
        sla_box = QGroupBox(self.tr("Service levels and limits"))
        lform = QFormLayout(sla_box)
        self.sla_edit = QLineEdit()
        accessibility.name(self.sla_edit, self.tr("SLA targets"))
        self.attachment_edit = QLineEdit()
        self.attachment_edit.setPlaceholderText("10")
        self.flood_edit = QLineEdit()
        self.flood_edit.setPlaceholderText("10")
        lform.addRow(self.tr("SLA targets:"), self.sla_edit)
        lform.addRow(
            _hint(
                self.tr(
                    "Business minutes of first response / update / solution per priority, "
                    "optionally per category: “normal=120/240/960; password:normal=60/120/480”. "
                    "A change recomputes every open ticket's clocks."
                )
            )
        )
        lform.addRow(self.tr("Largest attachment kept (MB):"), self.attachment_edit)
        lform.addRow(self.tr("New tickets per sender and hour:"), self.flood_edit)
        layout.addWidget(sla_box)
        self.error_label = accessibility.StatusLabel()
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def _edits(self) -> dict[str, QLineEdit]:
        return {
            "helpdesk_address": self.address_edit,
            "helpdesk_imap_host": self.imap_host_edit,
            "helpdesk_imap_port": self.imap_port_edit,
            "helpdesk_imap_folder": self.folder_edit,
            "smtp_host": self.smtp_host_edit,
            "smtp_port": self.smtp_port_edit,
            "ticket_sla": self.sla_edit,
            "ticket_attachment_mb": self.attachment_edit,
            "ticket_flood_per_hour": self.flood_edit,
        }

    def fields(self) -> list[QWidget]:
        return list(self._edits().values())

    def show_values(self, values: SystemSettings) -> None:
        for key, edit in self._edits().items():
            edit.setText(str(getattr(values, key)))

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self._edits().items()}


class SignInTab(QWidget):
    """Sign-in: the roles that must give a second factor's code after the password, and the
    idle minutes after which every workstation locks until the password is given again."""

    KEYS = frozenset({"totp_roles", "idle_lock_minutes"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Two-factor sign-in (authenticator app)"))
        v = QVBoxLayout(box)
        v.addWidget(
            _hint(
                self.tr(
                    "These roles give a 6-digit code from an authenticator app after the "
                    "password; at their next sign-in they set it up with a QR code and get "
                    "ten recovery codes."
                )
            )
        )
        self.role_checks: dict[Role, QCheckBox] = {}
        for role in Role:
            check = QCheckBox(role_text(role))
            self.role_checks[role] = check
            v.addWidget(check)
        layout.addWidget(box)
        idle = QGroupBox(self.tr("Idle lock"))
        form = QFormLayout(idle)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(1, 240)
        self.idle_spin.setSuffix(self.tr(" min"))
        accessibility.name(self.idle_spin, self.tr("Lock after idle minutes"))
        form.addRow(self.tr("Lock after (minutes without use):"), self.idle_spin)
        layout.addWidget(idle)
        self.error_label = accessibility.StatusLabel()
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def fields(self) -> list[QWidget]:
        return [*self.role_checks.values(), self.idle_spin]

    def show_values(self, values: SystemSettings) -> None:
        for role, check in self.role_checks.items():
            check.setChecked(totp_required(values, role))
        self.idle_spin.setValue(values.idle_lock_minutes)

    def values(self) -> dict[str, str]:
        chosen = [role.value for role, check in self.role_checks.items() if check.isChecked()]
        roles = ", ".join(chosen)
        return {"totp_roles": roles, "idle_lock_minutes": str(self.idle_spin.value())}
