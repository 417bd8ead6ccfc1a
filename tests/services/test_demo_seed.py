"""Demo data: realistic, valid, consistent, and all-or-nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from mebposta_admin.demo import seed as demo_seed
from mebposta_admin.domain import gsm, tckn
from mebposta_admin.domain.addresses import candidates
from mebposta_admin.errors import ValidationFailed
from mebposta_admin.services import auth, overview
from mebposta_admin.services.database import Database, open_database
from mebposta_admin.services.tasks import Cancelled
from tests.conftest import BACKENDS, SEEDED_PEOPLE


def _all(db, sql: str) -> list:
    with db.engine.connect() as conn:
        return list(conn.execute(sa.text(sql)))


def test_people_are_valid_and_unique(seeded_db) -> None:
    people = _all(seeded_db, "SELECT tckn, gsm, first_name, last_name, name_folded FROM people")
    assert len(people) == SEEDED_PEOPLE
    assert all(tckn.is_valid(p.tckn) for p in people)
    assert len({p.tckn for p in people}) == SEEDED_PEOPLE
    with_gsm = [p.gsm for p in people if p.gsm is not None]
    assert all(gsm.is_manual_format(n) for n in with_gsm)
    assert 0 < SEEDED_PEOPLE - len(with_gsm) < SEEDED_PEOPLE * 0.1  # a few have none on file
    letters = "".join(p.first_name + p.last_name for p in people)
    assert set("çğıöşüÇĞİÖŞÜ") & set(letters), "Turkish letters appear in names"


def test_addresses_follow_the_rules_and_never_collide(seeded_db) -> None:
    rows = _all(
        seeded_db,
        "SELECT m.address, p.first_name, p.last_name"
        " FROM mailboxes m JOIN people p ON p.id = m.person_id",
    )
    assert len(rows) == SEEDED_PEOPLE
    for address, first, last in rows:
        local, domain = address.split("@")
        assert domain == "meb.gov.tr"
        gen = candidates(first, last)
        allowed = {next(gen) for _ in range(SEEDED_PEOPLE + 2)}
        assert local in allowed
    aliases = {a for (a,) in _all(seeded_db, "SELECT address FROM aliases")}
    mailboxes = {a for (a,) in _all(seeded_db, "SELECT address FROM mailboxes")}
    assert aliases and not aliases & mailboxes


def test_unit_accounts_for_every_province_and_central_units(seeded_db) -> None:
    units = {a for (a,) in _all(seeded_db, "SELECT address FROM mailboxes WHERE kind = 'unit'")}
    assert {f"maarif{n:02d}@meb.gov.tr" for n in range(1, 82)} <= units
    assert "pgm_tasra@meb.gov.tr" in units
    central = _all(
        seeded_db, "SELECT province_code FROM mailboxes WHERE address = 'pgm_tasra@meb.gov.tr'"
    )
    assert central[0][0] is None  # "merkez"
    # every İlçe MEM has its unit, named by the rule ({ilçe folded}{plate}@)
    assert {"cankaya06@meb.gov.tr", "muratpasa07@meb.gov.tr", "kadikoy34@meb.gov.tr"} <= units
    districts = _all(seeded_db, "SELECT count(*) FROM districts")[0][0]
    assert len(units) == 81 + 8 + districts


def test_institutions_everywhere_with_six_digit_codes(seeded_db) -> None:
    provinces = _all(
        seeded_db, "SELECT DISTINCT province_code FROM institutions WHERE province_code IS NOT NULL"
    )
    assert len(provinces) == 81
    districts = _all(
        seeded_db, "SELECT count(DISTINCT district_id) FROM institutions WHERE kind = 'school'"
    )
    assert districts[0][0] == 973
    codes = [c for (c,) in _all(seeded_db, "SELECT code FROM institutions")]
    assert all(len(c) == 6 and c.isdigit() for c in codes)


def test_one_demo_admin_of_every_role(seeded_db) -> None:
    roles = {r for (r,) in _all(seeded_db, "SELECT role FROM admin_accounts")}
    assert roles == {"superadmin", "helpdesk", "province_admin", "district_admin", "auditor"}


def test_refuses_a_database_that_holds_data(seeded_db) -> None:
    with pytest.raises(ValidationFailed, match="demo.not_empty"):
        demo_seed.seed(seeded_db, 10)


def test_cancel_leaves_nothing_behind(db) -> None:
    cancel = threading.Event()
    seen: list[str] = []

    def progress(done: int, total: int, stage: str) -> None:
        seen.append(stage)
        if stage == "people":
            cancel.set()

    with pytest.raises(Cancelled):
        demo_seed.seed(db, demo_seed.CHUNK + 10, progress=progress, cancel=cancel)
    assert "people" in seen
    for table in ("people", "mailboxes", "institutions", "admin_accounts", "audit_events"):
        assert _all(db, f"SELECT count(*) FROM {table}")[0][0] == 0, table
    assert demo_seed.is_empty(db)


def test_same_seed_same_data(backend, templates, tmp_path) -> None:
    from mebposta_admin.services.database import open_database

    results = []
    for i in range(2):
        (tmp_path / str(i)).mkdir()
        url = templates.copy(backend, False, tmp_path / str(i))
        db = open_database(url)
        demo_seed.seed(db, 50, rng_seed=99)
        results.append(_all(db, "SELECT tckn, first_name, last_name, gsm FROM people ORDER BY id"))
        db.dispose()
    assert results[0] == results[1]


def test_overview_is_scoped_and_matches_counts(seeded_db) -> None:
    national = overview.overview(
        seeded_db, auth.authenticate(seeded_db, "yardim", demo_seed.DEMO_PASSWORD)
    )
    ankara = overview.overview(
        seeded_db, auth.authenticate(seeded_db, "il06", demo_seed.DEMO_PASSWORD)
    )
    cankaya = overview.overview(
        seeded_db, auth.authenticate(seeded_db, "ilce0601", demo_seed.DEMO_PASSWORD)
    )
    assert national.people == SEEDED_PEOPLE
    expected_ankara = _all(seeded_db, "SELECT count(*) FROM people WHERE province_code = '06'")[0][
        0
    ]
    assert ankara.people == expected_ankara
    ankara_districts = _all(seeded_db, "SELECT count(*) FROM districts WHERE province_code = '06'")
    assert ankara.unit_accounts == 1 + ankara_districts[0][0]  # maarif06 and the İlçe MEMs
    expected_cankaya = _all(
        seeded_db,
        "SELECT count(*) FROM people p JOIN districts d ON d.id = p.district_id"
        " WHERE d.name = 'Çankaya'",
    )[0][0]
    assert cankaya.people == expected_cankaya <= ankara.people <= national.people
    assert [e.action for e in ankara.my_recent_events] == ["login"]


@pytest.fixture(scope="module", params=BACKENDS)
def history_demo(request, templates, tmp_path_factory) -> Iterator[Database]:
    """One demo with months of history per backend, read by the tests below (they only
    look): seeding it for each cost CI half a minute."""
    url = templates.copy(request.param, False, tmp_path_factory.mktemp("history"))
    database = open_database(url)
    demo_seed.seed(database, 3000, rng_seed=5)
    yield database
    database.dispose()


def test_the_demo_shows_past_reissues_of_every_outcome(history_demo) -> None:
    """A new user sees the reissue history at work: sent, refused, unanswered, interrupted."""
    from mebposta_admin.services import auth, people

    seeded_db = history_demo
    with seeded_db.engine.connect() as conn:
        states = dict(
            conn.execute(
                sa.text("SELECT state, count(*) FROM reissue_attempts GROUP BY state")
            ).all()
        )
        ankara = conn.execute(
            sa.text(
                "SELECT m.person_id FROM reissue_attempts a JOIN mailboxes m ON m.id = a.mailbox_id"
                " WHERE a.admin_username = 'il06' LIMIT 1"
            )
        ).scalar()
    assert set(states) >= {"stored", "failed", "pending"}
    il06 = auth.authenticate(seeded_db, "il06", demo_seed.DEMO_PASSWORD)
    view = people.get_person(seeded_db, il06, ankara)
    assert view.reissues and view.mailbox is not None


def test_the_demo_shows_the_request_queue_at_work(history_demo) -> None:
    """A new user sees overdue requests, a second approval waiting, hijack warnings, a name
    contradicting MEBBİS, superseded and decided requests — in the demo administrators' areas."""
    from mebposta_admin.services.directory import LocalDirectory
    from mebposta_admin.services.requests import queue, review

    db = history_demo
    il06 = auth.authenticate(db, "il06", demo_seed.DEMO_PASSWORD)
    counts = queue.counts(db, il06)
    assert counts.open >= 10 and counts.overdue >= 2 and counts.second_approval >= 1
    statuses = {row.status for row in queue.page(db, il06, queue.QueueFilter(status="all")).rows}
    assert {"pending", "second_approval", "applied", "rejected", "superseded"} <= statuses
    warnings, blockers, simple = set(), set(), 0
    for row in queue.page(db, il06).rows:
        seen = review.review(db, il06, row.id, LocalDirectory(db))
        warnings |= {w.code for w in seen.warnings}
        blockers |= set(seen.blockers)
        simple += seen.can_approve and not seen.needs_second
    assert {"gsm.on_file_elsewhere", "institution.burst"} <= warnings
    assert "mebbis.identity_mismatch" in blockers and simple >= 3
    cankaya = auth.authenticate(db, "ilce0601", demo_seed.DEMO_PASSWORD)
    assert queue.counts(db, cankaya).open >= 2
    assert overview.overview(db, il06).requests_open == counts.open


def test_the_demo_shows_unit_accounts_with_their_past(history_demo) -> None:
    """A unit opens to custodians present and past and a history that tells the same story:
    each ended custody a handover event, most followed by a password to the new custodian,
    some by a recorded reason why not; deputies added; a few units flagged."""
    from mebposta_admin.services import units

    db = history_demo
    il07 = auth.authenticate(db, "il07", demo_seed.DEMO_PASSWORD)
    desk = auth.authenticate(db, "yardim", demo_seed.DEMO_PASSWORD)
    antalya = units.page(db, il07, limit=500).rows
    seen = [units.detail(db, il07, row.id) for row in antalya]
    with_past = [u for u in seen if any(not c.current for c in u.custodians)]
    assert with_past, "no unit of Antalya shows a past custodian"
    for unit in with_past:
        actions = [e.action for e in unit.history]
        assert "unit.handover" in actions
        assert "password.reissue" in actions or "unit.reissue_declined" in actions
    assert any(u.password_changed_at is not None for u in with_past)
    assert any("unit.custodian_add" in [e.action for e in u.history] for u in seen)
    assert units.counts(db, desk).flagged >= 3
