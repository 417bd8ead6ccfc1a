"""The main window: a sidebar of working sections, the pages, and who/where in the status bar."""

from __future__ import annotations

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from mebposta_admin import __version__
from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.services import system_settings
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import role_text, scope_text
from mebposta_admin.ui import accessibility, notify
from mebposta_admin.ui.dialogs.help_dialog import HelpDialog
from mebposta_admin.ui.dialogs.settings_dialog import SettingsDialog
from mebposta_admin.ui.idle_lock import IdleLock
from mebposta_admin.ui.intake_poller import IntakePoller
from mebposta_admin.ui.pages.audit import AuditPage
from mebposta_admin.ui.pages.overview import OverviewPage
from mebposta_admin.ui.pages.people import PeoplePage
from mebposta_admin.ui.pages.registry import PageSpec, pages_for
from mebposta_admin.ui.pages.requests import RequestsPage
from mebposta_admin.ui.pages.tickets import TicketsPage
from mebposta_admin.ui.pages.units import UnitsPage
from mebposta_admin.ui.widgets.elided_label import ElidedLabel


class MainWindow(QMainWindow):
    def __init__(self, context: SignedInContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("MEB Posta Yönetim"))
        self.resize(1280, 800)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        accessibility.name(
            self.sidebar,
            self.tr("Sections"),
            self.tr("Ctrl+1, Ctrl+2 … open a section directly."),
        )
        # As wide as the longest section title in the system font (no fixed pixel width).
        self.sidebar.setMinimumWidth(self.sidebar.fontMetrics().averageCharWidth() * 20)
        self.sidebar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.pages = QStackedWidget()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # The sections the role may use (ui.pages.registry); capabilities add theirs there.
        self.page_widgets: dict[str, QWidget] = {}
        self.page_specs = pages_for(context.identity.role)
        for spec in self.page_specs:
            widget = spec.make(context)
            self.page_widgets[spec.key] = widget
            self._add_section(spec.translated_title(), widget)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        widths = [
            self.sidebar.fontMetrics().horizontalAdvance(s.translated_title())
            for s in self.page_specs
        ]
        self.sidebar.setFixedWidth(max([self.sidebar.minimumWidth(), *(w + 48 for w in widths)]))

        self._build_menus()
        self._build_status_bar()
        geometry = context.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._adopt_legacy_settings()
        if "people" in self.page_widgets and "units" in self.page_widgets:
            self.people_page.unit_requested.connect(self.open_unit)
        if "audit" in self.page_widgets:
            if "people" in self.page_widgets:
                self.people_page.trail_requested.connect(self.open_trail)
            if "units" in self.page_widgets:
                units_page = self.page_widgets["units"]
                assert isinstance(units_page, UnitsPage)
                units_page.trail_requested.connect(self.open_trail)
        if "tickets" in self.page_widgets:
            tickets_page = self.page_widgets["tickets"]
            assert isinstance(tickets_page, TicketsPage)
            if "people" in self.page_widgets:
                tickets_page.person_requested.connect(self.open_person)
        self.idle_lock = IdleLock(self, context)
        context.tasks.submit(
            "idle-lock-minutes",
            system_settings.load,
            owner=self,
            db=context.database,
            on_result=lambda settings: self.idle_lock.start(settings.idle_lock_minutes),
        )
        self.intake = IntakePoller(context, self)
        self.intake.polled.connect(self._intake_polled)
        self.intake.failed.connect(lambda exc: self.statusBar().showMessage(text_for(exc), 15000))
        if IntakePoller.wanted(context) and (
            "requests" in self.page_widgets or "tickets" in self.page_widgets
        ):
            self.intake.start()

    def _intake_polled(self, counts: dict[str, int]) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Intake: {requests} new info-update requests, {tickets} new ticket messages, "
                "{escalated} tickets escalated."
            ).format(**counts),
            15000,
        )
        if counts.get("requests") and "requests" in self.page_widgets:
            self.requests_page.refresh()
        if (counts.get("tickets") or counts.get("escalated")) and "tickets" in self.page_widgets:
            page = self.page_widgets["tickets"]
            assert isinstance(page, TicketsPage)
            page.refresh()

    def _adopt_legacy_settings(self) -> None:
        """An older version kept the gateway and limits in this computer's settings file: a
        superadmin's sign-in moves them into the database once (other roles' files are not
        trusted for what governs other people's accounts, and are left alone)."""
        legacy = self.context.settings.legacy_system_values()
        identity = self.context.identity
        if (
            not legacy
            or identity is None
            or not allows(identity.role, Permission.CHANGE_SYSTEM_SETTINGS)
        ):
            return

        def adopted(keys: tuple[str, ...]) -> None:
            self.context.settings.forget_legacy_system_values()
            if keys:
                self.statusBar().showMessage(
                    self.tr(
                        "System settings moved from this computer into the database: {keys}"
                    ).format(keys=", ".join(keys)),
                    15000,
                )

        self.context.tasks.submit(
            "adopt-legacy-settings",
            system_settings.adopt_legacy,
            owner=self,
            db=self.context.database,
            identity=identity,
            values=legacy,
            on_result=adopted,
        )

    def _add_section(self, title: str, page: QWidget) -> None:
        QListWidgetItem(title, self.sidebar)
        self.pages.addWidget(page)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        find_action = QAction(self.tr("&Find a person"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.find_person)
        file_menu.addAction(find_action)
        settings_action = QAction(self.tr("&Settings…"), self)
        # The platform's key where it has one (Ctrl+, on macOS), Ctrl+, everywhere else.
        settings_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]
        )
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        # One entry per section the role may use, Ctrl+1 … Ctrl+9 in the sidebar's order.
        sections_menu = self.menuBar().addMenu(self.tr("Na&vigate"))
        self.section_actions: list[QAction] = []
        for number, spec in enumerate(self.page_specs, start=1):
            action = QAction(f"&{number} {spec.translated_title()}", self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            sections_menu.addAction(action)
            self.section_actions.append(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_action = QAction(self.tr("&Help and keys"), self)
        help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_action.triggered.connect(self.show_help)
        help_menu.addAction(help_action)
        about_action = QAction(self.tr("&About"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)
        self.help_action, self.settings_action, self.quit_action = (
            help_action,
            settings_action,
            quit_action,
        )

    def _build_status_bar(self) -> None:
        identity = self.context.identity
        database = self.context.database
        assert identity is not None and database is not None
        bar = self.statusBar()
        # Shortened with "…" when the text is large and the window narrow; whole in the
        # tooltip and for a screen reader.
        self.user_label = ElidedLabel(
            self.tr("{name} ({username})").format(
                name=identity.display_name, username=identity.username
            )
        )
        self.user_label.setObjectName("userLabel")
        self.role_label = ElidedLabel(role_text(identity.role))
        self.scope_label = ElidedLabel(self.tr("Scope: {scope}").format(scope=scope_text(identity)))
        db_text = database.description
        if self.context.demo:
            db_text = self.tr("{database} (demo)").format(database=db_text)
        self.database_label = ElidedLabel(self.tr("Database: {database}").format(database=db_text))
        for label in (self.user_label, self.role_label, self.scope_label):
            bar.addWidget(label)
        bar.addPermanentWidget(self.database_label, 1)
        if not self.context.secrets.persistent:
            self.keyring_label = QLabel(self.tr("No keyring"))
            self.keyring_label.setObjectName("warningLabel")
            self.keyring_label.setToolTip(
                self.tr(
                    "No system keyring is available: passwords are kept in memory for this "
                    "session only and must be entered again next time."
                )
            )
            bar.addPermanentWidget(self.keyring_label)

    @property
    def overview_page(self) -> OverviewPage:
        page = self.page_widgets["overview"]
        assert isinstance(page, OverviewPage)
        return page

    @property
    def people_page(self) -> PeoplePage:
        page = self.page_widgets["people"]
        assert isinstance(page, PeoplePage)
        return page

    @property
    def requests_page(self) -> RequestsPage:
        page = self.page_widgets["requests"]
        assert isinstance(page, RequestsPage)
        return page

    def open_unit(self, mailbox_id: int) -> None:
        """A unit account chosen in the Kişiler box: opened in Birim Hesapları."""
        self.show_page("units")
        page = self.page_widgets["units"]
        assert isinstance(page, UnitsPage)
        page.load(mailbox_id)

    def open_person(self, person_id: int) -> None:
        """A ticket's caller: their record in Kişiler (the caller check, the mailbox)."""
        self.show_page("people")
        self.people_page.panel.open_person(person_id)

    def open_trail(self, targets: tuple[tuple[str, str], ...], label: str) -> None:
        """A person's or a unit's whole trail: opened in Denetim, filtered to it."""
        self.show_page("audit")
        page = self.page_widgets["audit"]
        assert isinstance(page, AuditPage)
        page.open_trail(targets, label)

    def find_person(self) -> None:
        self.show_page("people")
        self.people_page.focus_search()

    def show_page(self, key: str) -> None:
        """Open a section; the focus goes to its first control, so the keyboard follows."""
        page = self.page_widgets.get(key)
        if page is None:
            return
        self.sidebar.setCurrentRow(self.pages.indexOf(page))
        focus = getattr(page, "focus_first", None)
        if callable(focus):
            focus()

    def current_spec(self) -> PageSpec | None:
        row = self.sidebar.currentRow()
        return self.page_specs[row] if 0 <= row < len(self.page_specs) else None

    def show_help(self) -> None:
        HelpDialog(self, self.current_spec(), self.page_specs, self).show()

    def open_settings(self) -> None:
        SettingsDialog(self.context, self).exec()

    def show_about(self) -> None:
        notify.inform(
            self,
            self.tr("About MEB Posta Yönetim"),
            self.tr(
                "MEB Posta Yönetim {version}\nAccount administration and help desk for the "
                "Ministry of National Education's e-mail system.\nLog file: {log}"
            ).format(version=__version__, log=self.context.log_path or "-"),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.idle_lock.stop()
        self.context.settings.window_geometry = self.saveGeometry()
        self.context.settings.sync()
        self.context.tasks.wait_for_done(5000)
        super().closeEvent(event)
