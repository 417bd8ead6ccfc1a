"""The portal feed against a real local HTTP server: paging, repeats, faults, restarts,
several pollers at once — never a lost or a duplicated item."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.services import requests as r
from mebposta_admin.services.requests import feed
from mebposta_admin.services.requests.feed import FeedError, PortalFeed
from tests.support.portal import TOKEN, PortalServer, item


@pytest.fixture
def portal():
    server = PortalServer().start()
    yield server
    server.stop()


def _tckns(n: int) -> list[str]:
    import random

    rng = random.Random(n)
    return [tckn_rules.generate(rng) for _ in range(n)]


def _stored(db) -> list[tuple[str, str]]:
    with db.engine.connect() as conn:
        return [
            tuple(x)
            for x in conn.execute(
                sa.text("SELECT portal_id, status FROM info_update_requests ORDER BY portal_id")
            )
        ]


def test_pages_are_read_to_the_end_and_the_cursor_kept(db, portal) -> None:
    portal.items = [item(i, t) for i, t in enumerate(_tckns(7))]
    result = feed.poll_once(db, PortalFeed(portal.url, TOKEN))
    assert (result.stored, result.rejected, result.cursor) == (7, 0, "7")
    assert len(_stored(db)) == 7 and feed.read_cursor(db) == "7"
    portal.items += [item(100, _tckns(8)[-1])]
    again = feed.poll_once(db, PortalFeed(portal.url, TOKEN))
    assert again.stored == 1 and len(_stored(db)) == 8
    assert portal.requests[-1].endswith("since=8")


def test_bad_items_are_stored_rejected_and_do_not_block_the_rest(db, portal) -> None:
    good = _tckns(3)
    portal.items = [
        item(1, good[0]),
        item(2, "12345678951"),  # checksum
        item(3, good[1], first_name=...),  # missing field
        "not an object",
        item(5, good[2], submitted_at="yesterday"),
        {"first_name": "Ali", "last_name": "Ak", "tckn": good[2], "gsm": "5321234567"},  # no id
        item(7, good[2], gsm={"nested": 1}),
    ]
    result = feed.poll_once(db, PortalFeed(portal.url, TOKEN))
    rows = dict(_stored(db))
    assert len(rows) == 7
    assert rows["P-000001"] == r.PENDING
    assert rows["P-000002"] == rows["P-000003"] == rows["P-000005"] == r.REJECTED
    assert result.stored + result.rejected == 7
    with db.engine.connect() as conn:
        reasons = {
            pid: reason
            for pid, reason in conn.execute(
                sa.text("SELECT portal_id, reason_text FROM info_update_requests")
            )
        }
    assert reasons["P-000002"] == "tckn.checksum"
    assert "name.missing" in reasons["P-000003"]
    assert "feed.submitted_at_invalid" in reasons["P-000005"]


def test_repeated_items_are_stored_once(db, portal) -> None:
    portal.items = [item(i, t) for i, t in enumerate(_tckns(6))]
    portal.faults = [None, "repeat", "repeat"]
    result = feed.poll_once(db, PortalFeed(portal.url, TOKEN))
    assert len(_stored(db)) == 6 and result.repeated == 4


@pytest.mark.parametrize(
    ("fault", "code"),
    [("500", "portal.http_error"), ("garbage", "portal.bad_answer"), ("slow", "portal.timeout")],
)
def test_a_failing_portal_keeps_what_was_stored_and_the_cursor(db, portal, fault, code) -> None:
    portal.items = [item(i, t) for i, t in enumerate(_tckns(6))]
    portal.faults = [None, fault]  # the first page answers, the second fails
    with pytest.raises(FeedError) as caught:
        feed.poll_once(db, PortalFeed(portal.url, TOKEN, timeout=(1.0, 0.5)))
    assert caught.value.code == code
    assert len(_stored(db)) == 3 and feed.read_cursor(db) == "3"
    # a restart (a new client, a new process) goes on from the cursor: nothing lost, no repeat
    result = feed.poll_once(db, PortalFeed(portal.url, TOKEN))
    assert result.stored == 3 and len(_stored(db)) == 6


def test_a_wrong_token_and_no_server_are_named(db, portal) -> None:
    with pytest.raises(FeedError) as caught:
        feed.poll_once(db, PortalFeed(portal.url, "wrong"))
    assert caught.value.code == "portal.refused_token"
    with pytest.raises(FeedError) as caught:
        feed.poll_once(db, PortalFeed("http://127.0.0.1:9", TOKEN))
    assert caught.value.code == "portal.unreachable"
    assert feed.read_cursor(db) is None


def test_killed_between_fetch_and_commit_loses_nothing(db, portal) -> None:
    portal.items = [item(i, t) for i, t in enumerate(_tckns(6))]

    class Killed(Exception):
        pass

    def die(step: str) -> None:
        if step == "stored":
            raise Killed  # the transaction of the page is rolled back, like a killed process

    with pytest.raises(Killed):
        feed.poll_once(db, PortalFeed(portal.url, TOKEN), checkpoint=die)
    assert _stored(db) == [] and feed.read_cursor(db) is None
    result = feed.poll_once(db, PortalFeed(portal.url, TOKEN))
    assert result.stored == 6


def test_several_pollers_at_once_never_duplicate(db, portal) -> None:
    portal.items = [item(i, t) for i, t in enumerate(_tckns(30))]
    portal.delay = 0.01
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def poll() -> None:
        start.wait()
        try:
            feed.poll_once(db, PortalFeed(portal.url, TOKEN))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=poll) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    stored = _stored(db)
    assert len(stored) == 30 == len({pid for pid, _ in stored})
    assert feed.read_cursor(db) == "30"


def test_run_backs_off_and_stops_on_request(db, portal) -> None:
    portal.items = [item(i, t) for i, t in enumerate(_tckns(4))]
    portal.faults = ["500"]
    stop = threading.Event()
    reports: list[object] = []

    def report(what: object) -> None:
        reports.append(what)
        if len(reports) >= 2:
            stop.set()

    backoff = feed.Backoff(first=0.05)
    worker = threading.Thread(
        target=feed.run,
        args=(db, lambda: PortalFeed(portal.url, TOKEN), stop),
        kwargs={"interval": 0.05, "backoff": backoff, "report": report},
    )
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive()
    first, second = reports[0], reports[1]
    assert isinstance(first, FeedError) and isinstance(second, feed.PollResult)
    assert second.stored == 4
