"""The help-desk mailbox (``posta@meb.gov.tr``) read over IMAP (IMAPClient) into tickets.

One poll (:func:`poll_once`):

1. log in, select the folder, read its UIDVALIDITY; if it differs from the stored one the
   UIDs were renumbered, and the folder is read again from UID 1 — the messages stored before
   are recognised by their Message-ID (or SHA-256) and skipped, so nothing is doubled;
2. mark what an interrupted poll committed but did not mark (``$YMTicket``, ``\\Seen``);
3. fetch the new messages in batches (``BODY.PEEK[]``: reading marks nothing); each batch is
   stored in one transaction that also advances the folder's last UID, under the folder's
   lock (a second poller finds the UID moved and reads on from there);
4. only after the commit are the messages marked on the server.

A poller killed anywhere leaves either the old last UID and no tickets of the batch, or the
new last UID and all of them; unmarked committed mail is marked by the next poll.
"""

from __future__ import annotations

import logging
import ssl
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.errors import AppError
from mebposta_admin.models import MailIntakeState
from mebposta_admin.models.base import utcnow
from mebposta_admin.services.database import Database
from mebposta_admin.services.tickets import mail_message
from mebposta_admin.services.tickets.store import Incoming, Intake, receive

log = logging.getLogger(__name__)

SECRET_KEY = "helpdesk:imap-password"  # the help-desk mailbox's password, in the keyring
MARK = b"$YMTicket"  # the keyword of a message stored as (part of) a ticket
BATCH = 200
TIMEOUT = 30.0
LOCK_KEY = 0x6D656274  # advisory lock key of the mail intake ("mebt")


class MailboxError(AppError):
    """The help-desk mailbox could not be read (down, refused, no such folder)."""


@dataclass(frozen=True)
class MailboxConfig:
    host: str
    port: int
    username: str
    password: str | None
    folder: str = "INBOX"
    cafile: str | None = None  # a private CA (tests, an internal server); None: the system's

    @property
    def name(self) -> str:
        return f"{self.username}@{self.host}/{self.folder}"[:200]


@dataclass(frozen=True)
class MailPoll:
    stored: int = 0  # new tickets
    joined: int = 0  # added to a ticket (replies, throttled floods)
    repeated: int = 0  # seen before (a renumbered folder, a second poller)
    unreadable: int = 0  # stored with a mark on what could not be read
    uidvalidity_changed: bool = False
    last_uid: int = 0
    marked: int = 0


def _connect(config: MailboxConfig) -> Any:
    from imapclient import IMAPClient
    from imapclient.exceptions import LoginError

    if not config.host:
        raise MailboxError("imap.not_configured")
    context = ssl.create_default_context(cafile=config.cafile)
    try:
        client = IMAPClient(
            config.host, port=config.port, ssl=True, ssl_context=context, timeout=TIMEOUT
        )
    except (TimeoutError, OSError, ssl.SSLError) as exc:
        raise MailboxError("imap.unreachable", host=config.host) from exc
    try:
        # AUTHENTICATE PLAIN carries UTF-8 (a password with Turkish letters); LOGIN cannot
        client.plain_login(config.username, config.password or "")
    except (LoginError, UnicodeError) as exc:
        _logout(client)
        raise MailboxError("imap.refused_login") from exc
    return client


def _logout(client: Any) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - the connection is going anyway
        log.debug("IMAP logout failed", exc_info=True)


def _state(session: Session, name: str, *, lock: bool) -> MailIntakeState:
    if lock:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(
                sa.text("SELECT pg_advisory_xact_lock(:k, hashtext(:f))"),
                {"k": LOCK_KEY, "f": name},
            )
        else:  # SQLite: the first write takes the database's write lock
            session.execute(
                sa.update(MailIntakeState)
                .where(MailIntakeState.folder == name)
                .values(updated_at=utcnow())
            )
    row = session.execute(
        sa.select(MailIntakeState)
        .where(MailIntakeState.folder == name)
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if row is None:
        row = MailIntakeState(folder=name, uidvalidity=None, last_uid=0, messages_seen=0)
        session.add(row)
        session.flush()
    return row


def _chunks(values: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def poll_once(
    db: Database,
    config: MailboxConfig,
    intake: Intake,
    *,
    stop: threading.Event | None = None,
    checkpoint: Callable[[str], None] | None = None,
    attachment_limit: int = 10 * 1024 * 1024,
) -> MailPoll:
    """Read what is new in the folder (see the module text). A connection lost midway is
    :class:`MailboxError` ``imap.unreachable``; the batches committed before it are kept."""
    import imaplib

    try:
        return _poll(db, config, intake, stop, checkpoint, attachment_limit)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise MailboxError("imap.unreachable", host=config.host) from exc


def _poll(
    db: Database,
    config: MailboxConfig,
    intake: Intake,
    stop: threading.Event | None,
    checkpoint: Callable[[str], None] | None,
    attachment_limit: int,
) -> MailPoll:
    client = _connect(config)
    try:
        try:
            info = client.select_folder(config.folder)
        except Exception as exc:  # noqa: BLE001 - imapclient raises its IMAP4 errors
            raise MailboxError("imap.folder_missing", folder=config.folder) from exc
        validity = int(info.get(b"UIDVALIDITY", 0))
        changed = False
        with db.unit_of_work() as session:
            state = _state(session, config.name, lock=True)
            if state.uidvalidity != validity:
                changed = state.uidvalidity is not None
                if changed:
                    log.warning("UIDVALIDITY of %s changed: reading it again", config.name)
                state.uidvalidity, state.last_uid = validity, 0
            last = state.last_uid
        marked = _mark_committed(client, last)
        uids = sorted(u for u in client.search(["UID", f"{last + 1}:*"]) if u > last)
        counts = {"stored": 0, "joined": 0, "repeated": 0, "unreadable": 0}
        for batch in _chunks(uids, BATCH):
            if stop is not None and stop.is_set():
                break
            fetched = client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
            if checkpoint:
                checkpoint("fetched")
            with db.unit_of_work() as session:
                state = _state(session, config.name, lock=True)
                if state.uidvalidity != validity or state.last_uid != last:
                    last = state.last_uid  # another poller stored these first
                    continue
                for uid in batch:
                    data = fetched.get(uid, {})
                    raw = data.get(b"BODY[]") or b""
                    arrived = data.get(b"INTERNALDATE")
                    mail = mail_message.parse(raw, attachment_limit=attachment_limit)
                    received_at = _aware(arrived) if isinstance(arrived, datetime) else None
                    result = receive(session, Incoming.of_mail(mail, received_at), intake)
                    if result.duplicate:
                        counts["repeated"] += 1
                    elif result.created:
                        counts["stored"] += 1
                    else:
                        counts["joined"] += 1
                    if set(mail.problems) - {"html_only"}:
                        counts["unreadable"] += 1
                state.last_uid = max(batch)
                state.messages_seen = (state.messages_seen or 0) + len(batch)
                state.updated_at = utcnow()
                if checkpoint:
                    checkpoint("stored")
            last = max(batch)
            marked += _mark(client, batch)
        return MailPoll(
            counts["stored"],
            counts["joined"],
            counts["repeated"],
            counts["unreadable"],
            changed,
            last,
            marked,
        )
    finally:
        _logout(client)


def _aware(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _mark(client: Any, uids: list[int]) -> int:
    try:
        client.add_flags(uids, [b"\\Seen", MARK], silent=True)
        return len(uids)
    except Exception:  # noqa: BLE001 - stored already; the next poll marks them
        log.warning("Could not mark %d messages; the next poll will", len(uids), exc_info=True)
        return 0


def _mark_committed(client: Any, last: int) -> int:
    """Messages up to the stored last UID that an interrupted poll left unmarked."""
    if last <= 0:
        return 0
    pending = client.search(["UID", f"1:{last}", "UNKEYWORD", MARK.decode()])
    return _mark(client, list(pending)) if pending else 0
