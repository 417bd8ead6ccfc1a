"""One object holding what the front ends share; passed into constructors, never global."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.mail_backend import DoveadmConfig
from mebposta_admin.services.secret_store import SecretStore

if TYPE_CHECKING:
    from mebposta_admin.config import Settings
    from mebposta_admin.ui.tasks import TaskRunner
    from mebposta_admin.ui.theme import Theme


@dataclass
class AppContext:
    """What exists before anyone signs in: preferences, the keyring, the task runner."""

    settings: Settings
    secrets: SecretStore
    tasks: TaskRunner
    demo: bool = False
    db_url_override: str | None = None  # --db on the command line
    log_path: Path | None = None
    translators: list[object] = field(default_factory=list)
    theme: Theme | None = None  # light or dark, following the desktop unless chosen

    def doveadm(self) -> DoveadmConfig | None:
        path = self.settings.doveadm_config
        return DoveadmConfig(config_path=path) if path else None

    def signed_in(self, database: Database, identity: AdminIdentity) -> SignedInContext:
        return SignedInContext(self, database, identity)


@dataclass
class SignedInContext:
    """After sign-in: the application's context with the database and the administrator,
    always present (the main window and everything in it take this one)."""

    app: AppContext
    database: Database
    identity: AdminIdentity

    @property
    def settings(self) -> Settings:
        return self.app.settings

    @property
    def secrets(self) -> SecretStore:
        return self.app.secrets

    @property
    def tasks(self) -> TaskRunner:
        return self.app.tasks

    @property
    def demo(self) -> bool:
        return self.app.demo

    @property
    def log_path(self) -> Path | None:
        return self.app.log_path

    @property
    def theme(self) -> Theme | None:
        return self.app.theme

    def doveadm(self) -> DoveadmConfig | None:
        return self.app.doveadm()
