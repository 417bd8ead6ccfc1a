"""Issue 15: the server-side SMS worker. A workstation connected with its administrator's own
database role (row-level security on) records the request; the worker — connected as the
database's owner, standing in for the worker role — sends it and stores the hash; the
workstation sees the outcome within a second. Refusals, timeouts, expiry and two workers on
one queue, on a real PostgreSQL server (the queue's claim is FOR UPDATE SKIP LOCKED)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.demo.sms import LocalGateway
from mebposta_admin.errors import AppError
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import (
    auth,
    db_security,
    reissue,
    role_sign_in,
    sms_worker,
    system_settings,
)
from mebposta_admin.services.database import Database, open_database
from mebposta_admin.services.sms_gateway import SmsError, SmsReceipt
from tests.support.people import add_person

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])
ROLE_PASSWORD = "Ankara-Masası-Parolası-61"


class Refusing:
    name = "test"

    def __init__(self, code: str, unknown: bool = False) -> None:
        self.code, self.unknown, self.calls = code, unknown, 0

    def send(self, number: str, text: str) -> SmsReceipt:
        self.calls += 1
        raise SmsError(self.code, outcome_unknown=self.unknown)


@pytest.fixture
def shared(seeded_url: str) -> Iterator[tuple[Database, Database]]:
    """(the worker's database, the il06 workstation's database as its own role)."""
    owner = open_database(seeded_url)
    with owner.engine.begin() as conn:
        db_security.install(conn)
        db_security.provision(conn, "il06", "province_admin", password=ROLE_PASSWORD)
    desk = role_sign_in.open_session(make_url(seeded_url), "il06", ROLE_PASSWORD)
    yield owner, desk
    desk.dispose()
    owner.dispose()


def _person(db: Database, n: int) -> int:
    return add_person(
        db,
        "Kuyruk",
        f"Sınaması{n}",
        province="06",
        gsm=f"53255500{n:02d}",
        address=f"kuyruk.sinamasi{n}@meb.gov.tr",
    )


def _hash(db: Database, pid: int) -> str | None:
    with db.engine.connect() as conn:
        return conn.execute(
            sa.text("SELECT password_hash FROM mailboxes WHERE person_id = :p"), {"p": pid}
        ).scalar()


def _in_background(call):
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, box


def _work_until_taken(owner: Database, gateway, timeout: float = 10.0) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sms_worker.run_once(owner, gateway):
            return time.monotonic()
        time.sleep(0.05)
    raise AssertionError("nothing was queued")


def test_the_desk_records_the_worker_sends_and_the_desk_sees_it(shared) -> None:
    owner, desk = shared
    pid = _person(owner, 1)
    identity = auth.authenticate(owner, "il06", DEMO_PASSWORD)
    before = _hash(owner, pid)
    phone: list[str] = []
    thread, box = _in_background(
        lambda: reissue.reissue(desk, identity, pid, LocalGateway(name="never-used"))
    )
    worker_gateway = LocalGateway(show_once=lambda _n, text: phone.append(text))
    done_at = _work_until_taken(owner, worker_gateway)
    thread.join(10)
    seen_at = time.monotonic()
    assert "error" not in box, box.get("error")
    result = box["result"]
    assert isinstance(result, reissue.ReissueResult)
    assert result.address == "kuyruk.sinamasi1@meb.gov.tr" and result.gateway == "worker"
    assert seen_at - done_at < 1.0  # the administrator sees it within a second
    assert len(phone) == 1 and result.job_id == worker_gateway.sent[0]["job_id"]
    assert _hash(owner, pid) != before
    with owner.engine.connect() as conn:
        states = conn.execute(sa.text("SELECT state FROM reissue_attempts")).scalars().all()
        events = conn.execute(
            sa.text(
                "SELECT admin_username, outcome FROM audit_events "
                "WHERE action = 'password.reissue' ORDER BY id"
            )
        ).all()
    assert states == ["stored"]
    assert [tuple(e) for e in events] == [("il06", "pending"), ("il06", "success")]


@pytest.mark.parametrize(
    ("code", "unknown", "state"),
    [("sms.rejected_credentials", False, "failed"), ("sms.timeout_unknown", True, "unknown")],
)
def test_a_refusal_or_a_timeout_reaches_the_desk_and_keeps_the_old_hash(
    shared, code: str, unknown: bool, state: str
) -> None:
    owner, desk = shared
    pid = _person(owner, 2)
    identity = auth.authenticate(owner, "il06", DEMO_PASSWORD)
    before = _hash(owner, pid)
    thread, box = _in_background(lambda: reissue.reissue(desk, identity, pid, LocalGateway()))
    gateway = Refusing(code, unknown)
    _work_until_taken(owner, gateway)
    thread.join(10)
    error = box.get("error")
    assert isinstance(error, SmsError) and error.code == code
    assert error.outcome_unknown is unknown
    assert gateway.calls == 1 and _hash(owner, pid) == before
    with owner.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT state FROM reissue_attempts")).scalar() == state


def test_two_workers_share_one_queue_and_send_each_once(shared) -> None:
    owner, desk = shared
    sistem = auth.authenticate(owner, "sistem", DEMO_PASSWORD)
    system_settings.update(owner, sistem, {"reissue_per_admin_per_hour": "100"})
    identity = auth.authenticate(owner, "il06", DEMO_PASSWORD)
    people = [_person(owner, 10 + n) for n in range(24)]
    attempts = [sms_worker.request(desk, identity, pid)[0] for pid in people]
    assert sms_worker.backlog(owner) == 24
    gateway = LocalGateway()
    counts = [0, 0]

    def work(slot: int) -> None:
        db = open_database(str(owner.engine.url.render_as_string(hide_password=False)))
        try:
            while sms_worker.run_once(db, gateway):
                counts[slot] += 1
        finally:
            db.dispose()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sum(counts) == 24 and min(counts) > 0  # both worked, nothing taken twice
    assert len(gateway.sent) == 24  # one SMS per request: none lost, none twice
    with owner.engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT id, state, job_id FROM reissue_attempts ORDER BY id")
        ).all()
    assert [r[0] for r in rows] == attempts
    assert {r[1] for r in rows} == {"stored"}
    assert sorted(r[2] for r in rows) == sorted(s["job_id"] for s in gateway.sent)
    assert sms_worker.backlog(owner) == 0


def test_a_request_the_worker_finds_too_late_is_not_sent(shared) -> None:
    owner, desk = shared
    pid = _person(owner, 3)
    identity = auth.authenticate(owner, "il06", DEMO_PASSWORD)
    attempt, _target = sms_worker.request(desk, identity, pid)
    with owner.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE reissue_attempts SET started_at = :t WHERE id = :i"),
            {"t": utcnow() - timedelta(minutes=11), "i": attempt},
        )
    gateway = LocalGateway()
    assert sms_worker.run_once(owner, gateway) == 0
    assert gateway.sent == []
    with owner.engine.connect() as conn:
        state, error = conn.execute(
            sa.text("SELECT state, error FROM reissue_attempts WHERE id = :i"), {"i": attempt}
        ).one()
    assert (state, error) == ("failed", "reissue.expired")


def test_without_a_worker_the_desk_is_told_and_nothing_is_lost(shared) -> None:
    owner, desk = shared
    pid = _person(owner, 4)
    identity = auth.authenticate(owner, "il06", DEMO_PASSWORD)
    attempt, target = sms_worker.request(desk, identity, pid)
    with pytest.raises(AppError) as caught:
        sms_worker.wait(desk, attempt, target, timeout=0.3)
    assert caught.value.code == "reissue.worker_waiting"
    assert sms_worker.backlog(owner) == 1  # still queued: the worker sends it when it runs
    assert sms_worker.run_once(owner, LocalGateway()) == 1
    assert sms_worker.wait(desk, attempt, target, timeout=1).address == target.address


class _NoGateway:
    """The workstation's gateway in the shared deployment: it must never be called."""

    name = "none"

    def send(self, number: str, text: str) -> SmsReceipt:  # pragma: no cover - fails the test
        raise AssertionError("the workstation sent an SMS itself")


def test_the_notice_to_the_old_number_goes_out_through_the_worker(shared) -> None:
    """An approved GSM change, decided at the desk (its own role): the notice to the old number
    is queued, the worker sends it, the review shows it sent; a worker lost after its claim
    leaves the notice 'sending' and nobody sends it again unasked."""
    from mebposta_admin.models import InfoUpdateRequest
    from mebposta_admin.services.requests import decide, intake, notices
    from tests.support.requests import Directory, form_for, holding, on_file

    owner, desk = shared
    il06 = auth.authenticate(owner, "il06", DEMO_PASSWORD)
    gateway = LocalGateway()

    def approve(person, new: str):
        stored = intake.receive(desk, il06, form_for(person, new))
        with owner.engine.connect() as conn:
            version = conn.execute(
                sa.select(InfoUpdateRequest.version).where(InfoUpdateRequest.id == stored.id)
            ).scalar_one()
        return decide.approve(
            desk, il06, stored.id, version, Directory(holding(person, new)), gateway=_NoGateway()
        )

    ayse = on_file(owner)
    stop = threading.Event()

    def work() -> None:
        while not stop.is_set():
            if not notices.run_worker_once(owner, gateway):
                stop.wait(0.05)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    try:
        decision = approve(ayse, "5329998877")
    finally:
        stop.set()
        thread.join(5)
    assert decision.notice is not None and decision.notice.state == "sent"
    (sms,) = gateway.sent
    assert sms["number"] == ayse.gsm and "5329998877" not in sms["text"]
    # No worker: the desk is told the notice waits; a worker lost after claiming it leaves it
    # "sending" (unknown) and it is not sent again by anyone unasked.
    mehmet = on_file(owner, "Mehmet", "Kuyruk", gsm="5321114455")
    original = notices.WAIT_SECONDS
    notices.WAIT_SECONDS = 0.3
    try:
        waiting = approve(mehmet, "5329998866")
    finally:
        notices.WAIT_SECONDS = original
    assert waiting.notice is not None and waiting.notice.state == "queued"
    assert notices.undelivered(desk, il06) >= 1
    with owner.engine.begin() as conn:  # a worker's claim, then the worker is gone
        conn.execute(
            sa.text("UPDATE notice_sms SET state = 'sending' WHERE id = :n"),
            {"n": waiting.notice.id},
        )
    assert notices.run_worker_once(owner, gateway) == 0 and len(gateway.sent) == 1
    assert notices.notice_of(desk, waiting.notice.id).state == "sending"
