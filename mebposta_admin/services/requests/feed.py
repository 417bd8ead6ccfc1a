"""The help-desk portal's feed of info-update forms (design.md §4), polled without losing or
repeating an item.

Contract: ``GET {base}/api/v1/info-update-requests?since=<cursor>`` with a bearer token →
``{"items": [...], "next": <cursor>}``. Each item carries the portal's own ``id`` and
``submitted_at`` (ISO 8601) and the form's fields: ``first_name``, ``last_name``, ``tckn``,
``gsm``, ``email``, ``institution_name``, ``province``, ``district``, ``institution_code``,
``note`` (``description`` is read as ``note``). The feed may repeat items and may be down.

One poll (:func:`poll_once`): read the cursor, fetch the page (no lock held over the network),
then in one transaction take the feed's lock (PostgreSQL: an advisory lock; SQLite: the write
lock, taken by touching the cursor row first), check that nobody advanced the cursor meanwhile
(else the page is dropped and read again from the new cursor), store every item not stored
before (the portal id is unique), and advance the cursor — all or nothing. A poller killed at
any point leaves either the old cursor and no items, or the new cursor and all of them.

An item missing fields, with an invalid TCKN or not an object at all is stored rejected with the
reason, and the items after it are stored as usual.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import requests
import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain.business_calendar import BusinessCalendar
from mebposta_admin.domain.info_update import InfoUpdateForm, Problem
from mebposta_admin.errors import AppError
from mebposta_admin.models import IntakeCursor
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import requests as r
from mebposta_admin.services import system_settings
from mebposta_admin.services.database import Database
from mebposta_admin.services.requests.calendar import calendar_of
from mebposta_admin.services.requests.intake import Incoming, store
from mebposta_admin.services.requests.places import RequestPlaces, places

log = logging.getLogger(__name__)

FEED_PATH = "/api/v1/info-update-requests"
FEED_NAME = "portal:info-update-requests"
SECRET_KEY = "portal:token"  # the bearer token, in the keyring
TIMEOUT = (3.05, 15.0)  # connect, read (seconds)
MAX_PAGES_PER_POLL = 50
FIELDS = (
    "first_name",
    "last_name",
    "tckn",
    "gsm",
    "email",
    "institution_name",
    "province",
    "district",
    "institution_code",
    "note",
)
LOCK_KEY = 0x6D656270  # advisory lock key of the info-update feed ("mebp")


class FeedError(AppError):
    """The portal could not be read (down, refused the token, answered nonsense)."""


@dataclass(frozen=True)
class FeedPage:
    items: tuple[Any, ...]
    next: str | None


class PortalFeed:
    """The portal's feed over HTTPS (``requests``)."""

    def __init__(
        self,
        base_url: str,
        token: str | None,
        *,
        timeout: tuple[float, float] = TIMEOUT,
        path: str = FEED_PATH,
    ) -> None:
        if not base_url:
            raise FeedError("portal.not_configured")
        self.base_url = base_url.rstrip("/")
        self.path = path
        self.timeout = timeout
        self.http = requests.Session()
        if token:
            self.http.headers["Authorization"] = f"Bearer {token}"
        self.http.headers["Accept"] = "application/json"

    def fetch(self, cursor: str | None) -> FeedPage:
        params = {"since": cursor} if cursor else {}
        try:
            answer = self.http.get(self.base_url + self.path, params=params, timeout=self.timeout)
        except requests.Timeout as exc:
            raise FeedError("portal.timeout", url=self.base_url) from exc
        except requests.RequestException as exc:
            raise FeedError("portal.unreachable", url=self.base_url) from exc
        if answer.status_code in (401, 403):
            raise FeedError("portal.refused_token", status=answer.status_code)
        if answer.status_code != 200:
            raise FeedError("portal.http_error", status=answer.status_code)
        try:
            body = answer.json()
        except ValueError as exc:
            raise FeedError("portal.bad_answer", reason="not JSON") from exc
        if not isinstance(body, dict) or not isinstance(body.get("items"), list):
            raise FeedError("portal.bad_answer", reason="no items list")
        following = body.get("next")
        if following is not None and not isinstance(following, str | int):
            raise FeedError("portal.bad_answer", reason="next is not a cursor")
        return FeedPage(tuple(body["items"]), None if following is None else str(following))

    def close(self) -> None:
        self.http.close()


@dataclass(frozen=True)
class PollResult:
    stored: int = 0
    rejected: int = 0
    repeated: int = 0  # items the feed delivered again (stored before)
    pages: int = 0
    cursor: str | None = None
    raced: int = 0  # pages dropped because another poller advanced the cursor first


def incoming_of(item: Any) -> Incoming:
    """A feed item as a form; whatever is wrong with it becomes a problem, never an exception."""
    problems: list[Problem] = []
    if not isinstance(item, dict):
        raw = json.dumps(item, ensure_ascii=False, default=str)[:500]
        return Incoming(
            InfoUpdateForm(note=raw),
            r.PORTAL,
            portal_id=_synthetic_id(item),
            problems=(Problem("id", "feed.not_an_object"),),
        )
    values: dict[str, str] = {}
    for name in FIELDS:
        value = item.get(name)
        if value is None and name == "note":
            value = item.get("description")
        if value is None:
            continue
        if isinstance(value, dict | list):
            problems.append(Problem(name, "feed.field_type"))
            continue
        values[name] = str(value)
    portal_id = item.get("id")
    if portal_id is None or isinstance(portal_id, dict | list) or str(portal_id).strip() == "":
        problems.append(Problem("id", "feed.id_missing"))
        pid = _synthetic_id(item)
    else:
        pid = str(portal_id).strip()[:64]
    submitted = _parse_time(item.get("submitted_at"))
    if submitted is None:
        problems.append(Problem("submitted_at", "feed.submitted_at_invalid"))
    return Incoming(
        InfoUpdateForm(**values),
        r.PORTAL,
        submitted_at=submitted,
        portal_id=pid,
        problems=tuple(problems),
    )


def _synthetic_id(item: Any) -> str:
    canonical = json.dumps(item, ensure_ascii=False, sort_keys=True, default=str)
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()[:48]


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None  # a time without its zone cannot be placed on the calendar
    return moment.astimezone(UTC)


# ------------------------------------------------------------------------------ polling
def read_cursor(db: Database, feed: str = FEED_NAME) -> str | None:
    with db.unit_of_work() as session:
        row = session.get(IntakeCursor, feed)
        return row.cursor if row is not None else None


def _ensure_cursor_row(db: Database, feed: str) -> None:
    with db.unit_of_work() as session:
        if session.get(IntakeCursor, feed) is None:
            session.add(IntakeCursor(feed=feed, cursor=None, updated_at=utcnow(), items_seen=0))
    # two pollers starting at once: the second insert fails on the primary key; it is there


def _lock(session: Session, feed: str) -> IntakeCursor:
    """The feed's lock for the rest of the transaction, and its cursor row as of now."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            sa.text("SELECT pg_advisory_xact_lock(:k, hashtext(:f))"), {"k": LOCK_KEY, "f": feed}
        )
    else:  # SQLite: a write first takes the database's write lock for the transaction
        session.execute(
            sa.update(IntakeCursor).where(IntakeCursor.feed == feed).values(updated_at=utcnow())
        )
    row = session.execute(
        sa.select(IntakeCursor)
        .where(IntakeCursor.feed == feed)
        .execution_options(populate_existing=True)
    ).scalar_one()
    return row


def poll_once(
    db: Database,
    feed: PortalFeed,
    *,
    name: str = FEED_NAME,
    where: RequestPlaces | None = None,
    calendar: BusinessCalendar | None = None,
    max_pages: int = MAX_PAGES_PER_POLL,
    stop: threading.Event | None = None,
    checkpoint: Callable[[str], None] | None = None,
    store_item: Callable[[Session, Any], str] | None = None,
) -> PollResult:
    """Read pages until the feed has nothing new (or ``max_pages``); each page is committed
    with its cursor. Raises :class:`FeedError` when the portal fails (the pages before are
    kept). ``store_item`` stores one item of another feed (the tickets') and says
    "stored", "rejected" or "repeated"; by default the item is an info-update form."""
    try:
        _ensure_cursor_row(db, name)
    except AppError:
        raise
    except sa.exc.IntegrityError:
        pass
    if store_item is None:
        where = where or places(db)
        calendar = calendar or calendar_of(system_settings.load(db))
        assert where is not None and calendar is not None
        store_item = _request_store(where, calendar)
    stored = rejected = repeated = pages = raced = 0
    cursor = read_cursor(db, name)
    while pages < max_pages and not (stop and stop.is_set()):
        page = feed.fetch(cursor)
        if checkpoint:
            checkpoint("fetched")
        with db.unit_of_work() as session:
            row = _lock(session, name)
            if row.cursor != cursor:  # another poller stored this page (or more) first
                raced += 1
                cursor = row.cursor
                continue
            for item in page.items:
                verdict = store_item(session, item)
                if verdict == "repeated":
                    repeated += 1
                elif verdict == "rejected":
                    rejected += 1
                else:
                    stored += 1
            advanced = page.next if page.next is not None else cursor
            row.cursor = advanced
            row.items_seen = (row.items_seen or 0) + len(page.items)
            row.updated_at = utcnow()
            if checkpoint:
                checkpoint("stored")
        pages += 1
        if not page.items or advanced == cursor:
            cursor = advanced
            break
        cursor = advanced
    return PollResult(stored, rejected, repeated, pages, cursor, raced)


def _request_store(
    where: RequestPlaces, calendar: BusinessCalendar
) -> Callable[[Session, Any], str]:
    def store_one(session: Session, item: Any) -> str:
        result = store(session, incoming_of(item), where, calendar, by=None)
        if result.duplicate:
            return "repeated"
        return "rejected" if result.status == r.REJECTED else "stored"

    return store_one


@dataclass
class Backoff:
    """Exponential backoff with jitter between failed polls (seconds)."""

    first: float = 5.0
    ceiling: float = 300.0
    failures: int = 0

    def next_delay(self) -> float:
        self.failures += 1
        delay = min(self.ceiling, self.first * 2 ** (self.failures - 1))
        return float(delay * random.uniform(0.8, 1.2))  # noqa: S311 - jitter, not a secret

    def reset(self) -> None:
        self.failures = 0


def run(
    db: Database,
    make_feed: Callable[[], PortalFeed],
    stop: threading.Event,
    *,
    interval: float = 30.0,
    backoff: Backoff | None = None,
    report: Callable[[PollResult | AppError], None] | None = None,
) -> None:
    """Poll until ``stop`` is set (SIGTERM in ``intake run``): every ``interval`` seconds while
    the portal answers, backing off while it does not. A lost database is waited out the same
    way; nothing is lost, the cursor stays where the last committed page left it."""
    backoff = backoff or Backoff()
    feed: PortalFeed | None = None
    while not stop.is_set():
        try:
            feed = feed or make_feed()
            result = poll_once(db, feed, stop=stop)
        except AppError as exc:
            log.warning("Intake poll failed: %s", exc.code)
            if report:
                report(exc)
            stop.wait(backoff.next_delay())
            continue
        backoff.reset()
        if report:
            report(result)
        stop.wait(interval)
    if feed is not None:
        feed.close()
