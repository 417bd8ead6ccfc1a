"""One object holding what the front ends share; passed into constructors, never global."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mebposta_admin.domain.mail_passwords import PasswordStyle
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.mail_backend import DoveadmConfig
from mebposta_admin.services.reissue import ReissuePolicy
from mebposta_admin.services.secret_store import SecretStore
from mebposta_admin.services.sms_gateway import SECRET_KEY, LocalGateway, SmsGateway, netgsm_from

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

    def sms_gateway(self, show_demo_sms: Callable[[str, str], None] | None = None) -> SmsGateway:
        """The gateway for a reissue: local in demo mode, Netgsm as configured otherwise.

        ``show_demo_sms`` receives the demo SMS (on a worker thread: emit a signal, never touch
        widgets). Raises AppError when no gateway is configured.
        """
        if self.demo:
            return LocalGateway(show_once=show_demo_sms)
        s = self.settings
        # The keyring first; scheduled CLI jobs on a server without one may pass the variable.
        password = self.secrets.get(SECRET_KEY) or os.environ.get("MEBPOSTA_SMS_PASSWORD")
        return netgsm_from(s.sms_base_url, s.sms_usercode, s.sms_header, password)

    def reissue_policy(self) -> ReissuePolicy:
        s = self.settings
        return ReissuePolicy(
            per_mailbox_per_day=s.reissue_per_mailbox_per_day,
            per_admin_per_hour=s.reissue_per_admin_per_hour,
            style=PasswordStyle.NUMERIC if s.reissue_numeric_passwords else PasswordStyle.EASY,
        )

    def doveadm(self) -> DoveadmConfig | None:
        path = self.settings.doveadm_config
        return DoveadmConfig(config_path=path) if path else None
