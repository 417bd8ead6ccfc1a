"""SQLAlchemy models, one module per aggregate, and the engine factory. No Qt here."""

from mebposta_admin.models.admins import (
    AdminAccount,
    AdminRecoveryCode,
    SignInEvent,
    SignInThrottle,
)
from mebposta_admin.models.audit import AuditEvent, AuditHead
from mebposta_admin.models.base import Base
from mebposta_admin.models.geography import District, Institution, Province
from mebposta_admin.models.mail import DEFAULT_QUOTA_BYTES, Alias, Mailbox, UnitCustodian
from mebposta_admin.models.people import NameTrigramStat, Person
from mebposta_admin.models.reissue import ReissueAttempt
from mebposta_admin.models.requests import (
    InfoUpdateRequest,
    IntakeCursor,
    MebbisPerson,
    NoticeSms,
    RequestEvent,
)
from mebposta_admin.models.settings import SystemSetting
from mebposta_admin.models.tickets import (
    AttachmentBlob,
    MailIntakeState,
    MailOutbox,
    Ticket,
    TicketArticle,
    TicketAttachment,
    TicketCounter,
    TicketEvent,
    TicketMessageId,
)

__all__ = [
    "DEFAULT_QUOTA_BYTES",
    "AdminAccount",
    "AdminRecoveryCode",
    "AttachmentBlob",
    "Alias",
    "AuditEvent",
    "AuditHead",
    "Base",
    "District",
    "InfoUpdateRequest",
    "Institution",
    "IntakeCursor",
    "Mailbox",
    "MailIntakeState",
    "MailOutbox",
    "MebbisPerson",
    "NoticeSms",
    "NameTrigramStat",
    "Person",
    "Province",
    "ReissueAttempt",
    "RequestEvent",
    "SignInEvent",
    "SignInThrottle",
    "SystemSetting",
    "Ticket",
    "TicketArticle",
    "TicketAttachment",
    "TicketCounter",
    "TicketEvent",
    "TicketMessageId",
    "UnitCustodian",
]
