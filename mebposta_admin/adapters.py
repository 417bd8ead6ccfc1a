"""The external systems, chosen once: real, or the local demo stand-ins.

This is the one place that decides which SMS gateway and which mail servers' database the
services talk to, from the system settings (a demo database gets the local gateway, which
sends nothing). Services receive the chosen :class:`ExternalSystems` and never choose, read
environment variables or import demo code themselves. The front ends build it at start-up
(the GUI after sign-in, the CLI per command) and pass secrets they were given (the keyring,
or for a scheduled job a variable the CLI read).

The HR directory (MEBBİS) is the HTTP service the settings name (token in the keyring), else the
imported personnel export; the help-desk portal's feeds and the help-desk mailbox are read only
when the settings name them; replies go out over SMTP submission (a demo keeps them on screen).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mebposta_admin.demo import seed as demo_seed
from mebposta_admin.demo.sms import LocalGateway
from mebposta_admin.services import directory as directory_service
from mebposta_admin.services import reissue as reissue_service
from mebposta_admin.services import system_settings
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.connect import connect
from mebposta_admin.services.database import Database
from mebposta_admin.services.mail_backend import DoveadmConfig
from mebposta_admin.services.reissue import ReissueResult
from mebposta_admin.services.requests import feed as feed_service
from mebposta_admin.services.secret_store import SecretStore
from mebposta_admin.services.sms_gateway import SECRET_KEY as SMS_SECRET_KEY
from mebposta_admin.services.sms_gateway import SmsGateway, netgsm_from
from mebposta_admin.services.tasks import CancelToken, ProgressFn, no_progress
from mebposta_admin.services.tickets import imap_intake
from mebposta_admin.services.tickets import mailer as ticket_mailer

MAIL_DB_SECRET_KEY = "mail-db:password"


@dataclass
class ExternalSystems:
    sms: SmsGateway
    # The separate database the mail servers read (production), or None when they read the
    # application's own. Opened lazily, closed with :meth:`close`.
    mail_db_url: str | None = None
    mail_db_password: str | None = None
    _mail_db: Database | None = None

    @property
    def mail_db(self) -> Database | None:
        if self.mail_db_url and self._mail_db is None:
            self._mail_db = connect(self.mail_db_url, self.mail_db_password)
        return self._mail_db

    def close(self) -> None:
        if self._mail_db is not None:
            self._mail_db.dispose()
            self._mail_db = None


def choose(
    db: Database,
    secrets: SecretStore,
    *,
    show_demo_sms: Callable[[str, str], None] | None = None,
    sms_password: str | None = None,
) -> ExternalSystems:
    """The systems the system settings name. ``sms_password``: the gateway password when the
    keyring has none (a scheduled CLI job on a server without one)."""
    settings = system_settings.load(db)
    sms: SmsGateway
    if settings.demo:
        sms = LocalGateway(show_once=show_demo_sms)
    else:
        password = secrets.get(SMS_SECRET_KEY) or sms_password
        sms = netgsm_from(
            settings.sms_base_url, settings.sms_usercode, settings.sms_header, password
        )
    mail_password = secrets.get(MAIL_DB_SECRET_KEY) if settings.mail_database_url else None
    return ExternalSystems(sms, settings.mail_database_url or None, mail_password)


def reissue(
    db: Database,
    identity: AdminIdentity,
    person_id: int | None,
    secrets: SecretStore,
    *,
    show_demo_sms: Callable[[str, str], None] | None = None,
    sms_password: str | None = None,
    end_sessions: DoveadmConfig | None = None,
    checkpoint: Callable[[str], None] | None = None,
    mailbox_id: int | None = None,
) -> ReissueResult:
    """A reissue through the systems the settings name, as of now (a superadmin may have
    changed them since start-up). Runs on a worker thread: it reads the database and the
    keyring."""
    systems = choose(db, secrets, show_demo_sms=show_demo_sms, sms_password=sms_password)
    try:
        return reissue_service.reissue(
            db,
            identity,
            person_id,
            systems.sms,
            end_sessions=end_sessions,
            mail_db=systems.mail_db,
            checkpoint=checkpoint or reissue_service.no_checkpoint,
            mailbox_id=mailbox_id,
        )
    finally:
        systems.close()


def open_chosen(
    url: str,
    password: str | None = None,
    *,
    secrets: SecretStore | None = None,
    secret_key: str | None = None,
    demo: bool = False,
    demo_people: int | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> Database:
    """The database the sign-in window chose; the demo database is filled on first use."""
    db = connect(url, password, secrets=secrets, secret_key=secret_key)
    try:
        if demo and demo_seed.is_empty(db):
            people = demo_seed.DEFAULT_DEMO_PEOPLE if demo_people is None else demo_people
            demo_seed.seed(db, people, progress=progress, cancel=cancel)
    except BaseException:
        db.dispose()
        raise
    return db


def directory(
    db: Database, secrets: SecretStore, *, token: str | None = None
) -> directory_service.Directory:
    """MEBBİS as the system settings name it: the HTTP service, or the imported export.
    ``token``: for a scheduled job on a server without a keyring."""
    settings = system_settings.load(db)
    if settings.mebbis_base_url:
        secret = secrets.get(directory_service.SECRET_KEY) or token
        return directory_service.HttpDirectory(settings.mebbis_base_url, secret)
    return directory_service.LocalDirectory(db)


def portal_feed(
    db: Database, secrets: SecretStore, *, token: str | None = None
) -> feed_service.PortalFeed:
    """The help-desk portal's request feed; FeedError ``portal.not_configured`` without one."""
    settings = system_settings.load(db)
    secret = secrets.get(feed_service.SECRET_KEY) or token
    return feed_service.PortalFeed(settings.portal_base_url, secret)


def sms_gateway(
    db: Database,
    secrets: SecretStore,
    *,
    show_demo_sms: Callable[[str, str], None] | None = None,
    sms_password: str | None = None,
) -> SmsGateway:
    """The gateway notices go through (the same the reissue uses)."""
    systems = choose(db, secrets, show_demo_sms=show_demo_sms, sms_password=sms_password)
    systems.close()
    return systems.sms


# ------------------------------------------------------------------------------ intake
def helpdesk_mailbox(
    db: Database, secrets: SecretStore, *, password: str | None = None
) -> imap_intake.MailboxConfig | None:
    """The help-desk mailbox the settings name (None: not set). ``password``: for a server
    without a keyring (``$MEBPOSTA_IMAP_PASSWORD``)."""
    settings = system_settings.load(db)
    if not settings.helpdesk_imap_host:
        return None
    return imap_intake.MailboxConfig(
        settings.helpdesk_imap_host,
        settings.helpdesk_imap_port,
        settings.helpdesk_address,
        secrets.get(imap_intake.SECRET_KEY) or password,
        settings.helpdesk_imap_folder,
    )


def mailer(
    db: Database, secrets: SecretStore, *, password: str | None = None
) -> ticket_mailer.Mailer:
    """Where replies go: the demo's local mailer, or SMTP submission as the settings name it."""
    settings = system_settings.load(db)
    if settings.demo:
        return _DEMO_MAILER
    return ticket_mailer.SmtpMailer(
        settings.smtp_host,
        settings.smtp_port,
        settings.helpdesk_address,
        secrets.get(ticket_mailer.SECRET_KEY) or password,
    )


_DEMO_MAILER = ticket_mailer.LocalMailer()


def intake_sources(
    db: Database,
    secrets: SecretStore,
    *,
    portal_token: str | None = None,
    imap_password: str | None = None,
) -> list[tuple[str, Callable[[], object]]]:
    """Everything ``intake run`` (or the single workstation's poller) reads, each a poll of
    its own: the portal's request and ticket feeds, the help-desk mailbox, and the sweep that
    escalates tickets whose SLA ran out. A source that is not configured is left out."""
    from mebposta_admin.services.tickets import portal as ticket_portal
    from mebposta_admin.services.tickets import sla as ticket_sla
    from mebposta_admin.services.tickets import work as ticket_work

    settings = system_settings.load(db)
    sources: list[tuple[str, Callable[[], object]]] = []
    if settings.portal_base_url:
        token = secrets.get(feed_service.SECRET_KEY) or portal_token

        def requests_feed() -> object:
            client = feed_service.PortalFeed(settings.portal_base_url, token)
            try:
                return feed_service.poll_once(db, client)
            finally:
                client.close()

        def tickets_feed() -> object:
            client = ticket_portal.feed(settings.portal_base_url, token)
            try:
                return ticket_portal.poll_once(db, client, ticket_work.intake_of(db))
            finally:
                client.close()

        sources += [("requests", requests_feed), ("tickets", tickets_feed)]
    mailbox = helpdesk_mailbox(db, secrets, password=imap_password)
    if mailbox is not None:
        limit = settings.ticket_attachment_mb * 1024 * 1024

        def mail() -> object:
            return imap_intake.poll_once(
                db, mailbox, ticket_work.intake_of(db), attachment_limit=limit
            )

        sources.append(("mail", mail))

    def sweep() -> object:
        with db.unit_of_work() as session:
            return ticket_sla.sweep(session, ticket_work.rules_of(db))

    sources.append(("sla", sweep))
    return sources
