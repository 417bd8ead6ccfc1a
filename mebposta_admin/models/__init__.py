"""SQLAlchemy models and the engine factory. No Qt here."""

from mebposta_admin.models.base import Base
from mebposta_admin.models.entities import (
    AdminAccount,
    Alias,
    AuditEvent,
    District,
    Institution,
    Mailbox,
    Person,
    Province,
    ReissueAttempt,
    SignInThrottle,
    SystemSetting,
)

__all__ = [
    "AdminAccount",
    "Alias",
    "AuditEvent",
    "Base",
    "District",
    "Institution",
    "Mailbox",
    "Person",
    "Province",
    "ReissueAttempt",
    "SignInThrottle",
    "SystemSetting",
]
