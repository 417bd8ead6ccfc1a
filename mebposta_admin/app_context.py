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


@dataclass
class AppContext:
    settings: Settings
    secrets: SecretStore
    tasks: TaskRunner
    demo: bool = False
    db_url_override: str | None = None  # --db on the command line
    log_path: Path | None = None
    database: Database | None = None
    identity: AdminIdentity | None = None
    translators: list[object] = field(default_factory=list)

    def doveadm(self) -> DoveadmConfig | None:
        path = self.settings.doveadm_config
        return DoveadmConfig(config_path=path) if path else None
