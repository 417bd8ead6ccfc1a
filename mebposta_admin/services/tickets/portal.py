"""The help-desk portal's ticket feed (design.md §4): ``GET {base}/api/v1/tickets?since=<cursor>``
→ ``{"items": [...], "next": <cursor>}``, polled with the same rules as the request feed —
the cursor advances in the transaction that stores the page, under the feed's lock, so
several pollers never skip or repeat, and an item seen before (its portal ``id``) is skipped.

An item: ``id``, ``submitted_at`` (ISO 8601 with its zone), ``subject``, ``body`` (or
``description``), ``name``, ``email``, ``phone``, optionally ``reply_to`` (the number of the
ticket it follows up, ``YM-…``). An item that is not an object, or has no id, is stored as a
ticket marked with what was wrong (never lost, never a stop for the items after it).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from mebposta_admin.services.database import Database
from mebposta_admin.services.requests import feed as request_feed
from mebposta_admin.services.requests.feed import FeedError, PollResult, PortalFeed
from mebposta_admin.services.tickets.store import Incoming, Intake, receive

FEED_PATH = "/api/v1/tickets"
FEED_NAME = "portal:tickets"
MAX_TEXT = 20_000


def incoming_of(item: Any) -> Incoming:
    """A feed item as something that arrived; what is wrong with it becomes a mark."""
    if not isinstance(item, dict):
        raw = json.dumps(item, ensure_ascii=False, default=str)[:MAX_TEXT]
        key = request_feed._synthetic_id(item)  # noqa: SLF001 - the feed's one id rule
        return Incoming(
            "portal",
            "",
            raw,
            portal_id=key,
            source_key=f"portal:{key}",
            problems=("feed.not_an_object",),
        )
    problems: list[str] = []

    def text(*names: str, limit: int = MAX_TEXT) -> str:
        for name in names:
            value = item.get(name)
            if value is None:
                continue
            if isinstance(value, dict | list):
                problems.append(f"feed.field_type:{name}")
                continue
            return str(value)[:limit]
        return ""

    portal_id = item.get("id")
    if portal_id is None or isinstance(portal_id, dict | list) or not str(portal_id).strip():
        problems.append("feed.id_missing")
        pid = request_feed._synthetic_id(item)  # noqa: SLF001
    else:
        pid = str(portal_id).strip()[:64]
    submitted = request_feed._parse_time(item.get("submitted_at"))  # noqa: SLF001
    if submitted is None:
        problems.append("feed.submitted_at_invalid")
    subject = text("subject", limit=300)
    follows = text("reply_to", limit=20)
    if follows and follows.upper() not in subject.upper():  # ascii: addresses, codes
        subject = f"[{follows.upper()}] {subject}".strip()  # ascii: addresses, codes
    return Incoming(
        "portal",
        subject,
        text("body", "description"),
        caller_name=text("name", limit=200),
        caller_address=text("email", limit=254).strip().lower(),  # ascii: addresses, codes
        caller_phone=text("phone", limit=16),
        received_at=submitted,
        source_key=f"portal:{pid}",
        portal_id=pid,
        problems=tuple(problems),
    )


def feed(base_url: str, token: str | None) -> PortalFeed:
    return PortalFeed(base_url, token, path=FEED_PATH)


def poll_once(
    db: Database,
    portal: PortalFeed,
    intake: Intake,
    *,
    stop: threading.Event | None = None,
    checkpoint: Callable[[str], None] | None = None,
) -> PollResult:
    """Read the feed until it has nothing new; raises :class:`FeedError` when it fails."""

    def store_one(session: Session, item: Any) -> str:
        incoming = incoming_of(item)
        result = receive(session, incoming, intake)
        if result.duplicate:
            return "repeated"
        return "rejected" if incoming.problems else "stored"

    return request_feed.poll_once(
        db, portal, name=FEED_NAME, stop=stop, checkpoint=checkpoint, store_item=store_one
    )


__all__ = ["FEED_NAME", "FEED_PATH", "FeedError", "feed", "incoming_of", "poll_once"]
