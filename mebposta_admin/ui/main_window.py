"""The main window: a sidebar of working sections, the pages, and who/where in the status bar."""

from __future__ import annotations

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from mebposta_admin import __version__
from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.services import system_settings
from mebposta_admin.texts.labels import role_text, scope_text
from mebposta_admin.ui import notify
from mebposta_admin.ui.dialogs.settings_dialog import SettingsDialog
from mebposta_admin.ui.pages.overview import OverviewPage
from mebposta_admin.ui.pages.people import PeoplePage
from mebposta_admin.ui.pages.registry import pages_for


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
        self.sidebar.setFixedWidth(180)
        self.pages = QStackedWidget()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # The sections the role may use (ui.pages.registry); capabilities add theirs there.
        self.page_widgets: dict[str, QWidget] = {}
        for spec in pages_for(context.identity.role):
            widget = spec.make(context)
            self.page_widgets[spec.key] = widget
            self._add_section(spec.translated_title(), widget)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)

        self._build_menus()
        self._build_status_bar()
        geometry = context.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._adopt_legacy_settings()

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
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        identity = self.context.identity
        database = self.context.database
        assert identity is not None and database is not None
        bar = self.statusBar()
        self.user_label = QLabel(
            self.tr("{name} ({username})").format(
                name=identity.display_name, username=identity.username
            )
        )
        self.user_label.setObjectName("userLabel")
        self.role_label = QLabel(role_text(identity.role))
        self.scope_label = QLabel(self.tr("Scope: {scope}").format(scope=scope_text(identity)))
        db_text = database.description
        if self.context.demo:
            db_text = self.tr("{database} (demo)").format(database=db_text)
        self.database_label = QLabel(self.tr("Database: {database}").format(database=db_text))
        self.database_label.setToolTip(db_text)
        for label in (self.user_label, self.role_label, self.scope_label):
            bar.addWidget(label)
        bar.addPermanentWidget(self.database_label)
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

    def find_person(self) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(self.people_page))
        self.people_page.focus_search()

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
        self.context.settings.window_geometry = self.saveGeometry()
        self.context.settings.sync()
        self.context.tasks.wait_for_done(5000)
        super().closeEvent(event)
