"""The working sections of the main window, each with the permission it needs.

The sidebar lists what the signed-in administrator's role may use (domain.permissions), in
this order; a capability adds its page here. The services check the same permission again when
an action runs: hiding a page is a courtesy, never the protection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.domain.roles import Role
from mebposta_admin.texts import QT_TRANSLATE_NOOP
from mebposta_admin.ui.pages.admins import AdminsPage
from mebposta_admin.ui.pages.audit import AuditPage
from mebposta_admin.ui.pages.overview import OverviewPage
from mebposta_admin.ui.pages.people import PeoplePage
from mebposta_admin.ui.pages.requests import RequestsPage
from mebposta_admin.ui.pages.tickets import TicketsPage
from mebposta_admin.ui.pages.units import UnitsPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text, translated in the "Pages" context
    permission: Permission | None  # None: every role
    make: Callable[[SignedInContext], QWidget]
    help: str = ""  # what the page is for and its keys, shown by F1 ("Pages" context)

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def translated_help(self) -> str:
        return QCoreApplication.translate("Pages", self.help) if self.help else ""


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "overview",
        QT_TRANSLATE_NOOP("Pages", "Overview"),
        None,
        OverviewPage,
        QT_TRANSLATE_NOOP(
            "Pages",
            "The figures of your scope and your own recent actions. Refresh (Alt+R or F5) "
            "reads them again.",
        ),
    ),
    PageSpec(
        "people",
        QT_TRANSLATE_NOOP("Pages", "People"),
        Permission.VIEW_PERSON,
        PeoplePage,
        QT_TRANSLATE_NOOP(
            "Pages",
            "Find the caller: type a name, TCKN, GSM, e-mail address or institution code. "
            "Down moves into the results, the arrow keys open the highlighted person, Up on "
            "the first row returns to the box. In the person view, Alt+T and Alt+G go to the "
            "caller check's fields, Enter in the GSM field runs the check, Alt+S sends a new "
            "password by SMS. Tab and Shift+Tab move between the parts of the screen.",
        ),
    ),
    PageSpec(
        "requests",
        QT_TRANSLATE_NOOP("Pages", "Requests"),
        Permission.VIEW_REQUESTS,
        RequestsPage,
        QT_TRANSLATE_NOOP(
            "Pages",
            "Info-update requests (Kullanıcı Bilgi Güncelleme Formu) of your scope, the most "
            "urgent first: each is due the same working day (after 16:00, the next one). The "
            "arrow keys move, Enter opens the highlighted request beside our record and "
            "MEBBİS; there Alt+O approves, Alt+R rejects, Alt+K takes it, Alt+N opens the next "
            "one and Esc closes. A GSM change MEBBİS does not hold yet needs a justification "
            "and a second administrator. Shift or Ctrl with the arrows selects several to "
            "reject at once (Alt+J). Alt+N here takes a new form by phone, Alt+I imports an "
            "Excel export.",
        ),
    ),
    PageSpec(
        "tickets",
        QT_TRANSLATE_NOOP("Pages", "Tickets"),
        Permission.HANDLE_TICKETS,
        TicketsPage,
        QT_TRANSLATE_NOOP(
            "Pages",
            "The help desk's tickets of your scope — from posta@meb.gov.tr, the help-desk "
            "portal and the phone — what breaches its SLA first on top, with its timer. The "
            "arrow keys open the highlighted ticket beside the list: the caller (linked to "
            "their record, or the matches to choose from), the SLA clocks and the messages. "
            "Alt+O confirms the suggested category, Alt+K takes the ticket, Alt+T assigns it "
            "to the next administrator of its queue, Alt+I inserts the manual's answer filled "
            "from the caller's mailbox, Alt+A sends the answer by e-mail, Alt+N adds it as an "
            "internal note, Alt+L marks the ticket solved. Alt+C opens the caller's record, "
            "Alt+S sends a password by SMS, Alt+U takes a new info-update request, Alt+E "
            "links the chosen match; the ticket records each. Alt+P takes a phone call as a "
            "new ticket, Alt+M shows only the tickets you took.",
        ),
    ),
    PageSpec(
        "units",
        QT_TRANSLATE_NOOP("Pages", "Unit accounts"),
        Permission.VIEW_PERSON,
        UnitsPage,
        QT_TRANSLATE_NOOP(
            "Pages",
            "The offices' shared mailboxes of your scope (maarif07@, district units, central "
            "units): type an address or an office's name, Alt+W shows only those without a "
            "valid primary custodian. The arrow keys open a unit: its custodians present and "
            "past and its history. Alt+S sends a new password by SMS to the primary "
            "custodian, Alt+H hands the unit over (the dialog proposes a new password, "
            "because the old custodian knew it), Alt+E adds a deputy and Alt+T ends a "
            "deputy's custody, Alt+Q opens the quota and old addresses, Alt+D deactivates or "
            "reactivates it. Alt+I imports unit accounts and custodians from Excel (all rows "
            "or none, with a report), Alt+X exports the list.",
        ),
    ),
    PageSpec(
        "audit",
        QT_TRANSLATE_NOOP("Pages", "Audit trail"),
        Permission.VIEW_AUDIT,
        AuditPage,
        QT_TRANSLATE_NOOP(
            "Pages",
            "Who did what to whose mailbox, when and from where — the events of your scope, "
            "newest first. Filter by period, administrator, action, province, target and its "
            "number, outcome or a text in the details; the arrow keys open an event in full "
            "(personal data stays masked: a reveal shows that it happened, never the value). "
            "Alt+V verifies the hash chain that shows any change made behind the "
            "application's back; the last verification is shown at the top.",
        ),
    ),
    PageSpec(
        "admins",
        QT_TRANSLATE_NOOP("Pages", "Administration"),
        Permission.MANAGE_ADMINS,
        AdminsPage,
        QT_TRANSLATE_NOOP(
            "Pages",
            "The administrators: who may sign in, with which role and scope, their last "
            "sign-in, failed attempts and lockouts. Type the start of a user name or choose a "
            "role; Alt+L shows only the locked, disabled or failing. The arrow keys open an "
            "account: Alt+E changes its name, role and scope, Alt+D disables it (Alt+B "
            "enables it again), Alt+R gives it a one-time password (shown once, replaced at "
            "the next sign-in), Alt+U unlocks it, Alt+T forgets its authenticator (a lost "
            "phone), Alt+A opens what was done to it in the audit trail. Alt+N adds an "
            "administrator with a one-time password. Every change is recorded with the "
            "values before and after.",
        ),
    ),
)


def pages_for(role: Role) -> tuple[PageSpec, ...]:
    return tuple(p for p in PAGES if p.permission is None or allows(role, p.permission))
