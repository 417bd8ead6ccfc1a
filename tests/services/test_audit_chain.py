"""The audit trail's hash chain against changes made behind the application's back — an
edit, a removal, a forged back-dated insert, a removed tail, a whole chain rewritten — and
parallel writers on PostgreSQL; signed checkpoints; on both databases."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from mebposta_admin.services import audit, audit_chain
from mebposta_admin.services.database import open_database
from tests.support.requests import admin


def _events(db, n: int, who: str = "yardim") -> None:
    for i in range(n):
        with db.unit_of_work() as session:
            audit.record(
                session,
                action="search",
                outcome="success",
                admin_id=1,
                admin_username=who,
                details={"i": i, "text": "Çağrı Öztürk"},
            )


def _ids(db) -> list[int]:
    with db.engine.connect() as conn:
        return list(conn.execute(sa.text("SELECT id FROM audit_events ORDER BY id")).scalars())


def _behind_the_back(db, *statements: tuple[str, dict]) -> None:
    """Raw SQL as someone with the database file or credentials would run it: the
    append-only triggers lifted first (on a copy, or by the owner)."""
    with db.engine.begin() as conn:
        if db.dialect == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_update")
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_delete")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change")
        for sql, params in statements:
            conn.execute(sa.text(sql), params)


def test_an_untouched_trail_verifies_and_the_demo_is_chained(seeded_db) -> None:
    _events(seeded_db, 5)
    result = audit_chain.verify(seeded_db)
    assert result.ok and result.checked == len(_ids(seeded_db)) > 5
    assert result.last_id == _ids(seeded_db)[-1]


def test_an_edited_event_is_named(seeded_db) -> None:
    _events(seeded_db, 6)
    victim = _ids(seeded_db)[-3]
    _behind_the_back(
        seeded_db,
        ("UPDATE audit_events SET details = '{\"i\": 99}' WHERE id = :i", {"i": victim}),
    )
    result = audit_chain.verify(seeded_db)
    assert not result.ok and result.broken_id == victim and result.problem == "changed"


def test_an_edit_with_its_hash_recomputed_breaks_the_next_link(seeded_db) -> None:
    _events(seeded_db, 6)
    ids = _ids(seeded_db)
    victim = ids[-3]
    with seeded_db.engine.connect() as conn:
        row = dict(
            conn.execute(sa.text("SELECT * FROM audit_events WHERE id = :i"), {"i": victim})
            .mappings()
            .one()
        )
    row["outcome"] = "refused"
    forged = audit_chain.row_hash(row)
    _behind_the_back(
        seeded_db,
        (
            "UPDATE audit_events SET outcome = 'refused', row_hash = :h WHERE id = :i",
            {"h": forged, "i": victim},
        ),
    )
    result = audit_chain.verify(seeded_db)
    assert not result.ok and result.broken_id == ids[-2] and result.problem == "link"


def test_a_removed_event_breaks_the_link_after_it(seeded_db) -> None:
    _events(seeded_db, 6)
    ids = _ids(seeded_db)
    _behind_the_back(seeded_db, ("DELETE FROM audit_events WHERE id = :i", {"i": ids[-4]}))
    result = audit_chain.verify(seeded_db)
    assert not result.ok and result.broken_id == ids[-3] and result.problem == "link"


def test_a_removed_tail_is_named_by_the_head(seeded_db) -> None:
    _events(seeded_db, 3)
    ids = _ids(seeded_db)
    _behind_the_back(seeded_db, ("DELETE FROM audit_events WHERE id = :i", {"i": ids[-1]}))
    result = audit_chain.verify(seeded_db)
    assert not result.ok and result.problem == "head" and result.broken_id == ids[-1]


def test_a_forged_back_dated_insert_is_named(seeded_db) -> None:
    _events(seeded_db, 3)
    last = _ids(seeded_db)[-1]
    then = datetime.now(UTC) - timedelta(days=40)
    with seeded_db.engine.begin() as conn:  # inserts are allowed: no trigger needed
        conn.execute(
            sa.text(
                "INSERT INTO audit_events (occurred_at, admin_id, admin_username, "
                "workstation, action, outcome, details) VALUES (:t, 1, 'il06', 'pc', "
                "'password.reissue', 'success', '{}')"
            ),
            {"t": then},
        )
    forged = _ids(seeded_db)[-1]
    assert forged > last
    _events(seeded_db, 1)  # the application goes on writing after it
    result = audit_chain.verify(seeded_db)
    assert not result.ok and result.broken_id == forged and result.problem == "link"


def test_a_period_is_verified_from_the_event_before_it(seeded_db) -> None:
    _events(seeded_db, 3)
    since = datetime.now(UTC)
    _events(seeded_db, 4)
    result = audit_chain.verify(seeded_db, since=since)
    assert result.ok and result.checked == 4 and result.first_id == _ids(seeded_db)[-4]
    _behind_the_back(
        seeded_db, ("DELETE FROM audit_events WHERE id = :i", {"i": _ids(seeded_db)[-5]})
    )
    broken = audit_chain.verify(seeded_db, since=since)  # the anchor is gone: named
    assert not broken.ok and broken.problem == "link"


def test_a_checkpoint_exposes_a_rewritten_chain(seeded_db, tmp_path) -> None:
    """Someone rewrites an event and every hash after it (and the head): the chain alone
    verifies again — the signed checkpoint taken before does not."""
    _events(seeded_db, 4)
    private, public = audit_chain.make_key(tmp_path / "keys")
    assert oct(private.stat().st_mode & 0o777) == "0o600"
    signed = audit_chain.checkpoint(seeded_db, private, signer="denetci")
    stored = tmp_path / "checkpoint.json"
    stored.write_text(json.dumps(signed), encoding="utf-8")
    assert audit_chain.check_checkpoint(seeded_db, stored, public) == (True, signed["head_id"])
    ids = _ids(seeded_db)
    with seeded_db.engine.connect() as conn:
        rows = [
            dict(r)
            for r in conn.execute(
                sa.text("SELECT * FROM audit_events WHERE id >= :i ORDER BY id"), {"i": ids[-3]}
            ).mappings()
        ]
        previous = conn.execute(
            sa.text("SELECT row_hash FROM audit_events WHERE id = :i"), {"i": ids[-4]}
        ).scalar()
    statements = []
    for row in rows:
        if row["id"] == ids[-3]:
            row["details"] = '{"i": 0, "text": "başka"}'
        row["prev_hash"] = previous
        row["row_hash"] = previous = audit_chain.row_hash(row)
        statements.append(
            (
                "UPDATE audit_events SET details = :d, prev_hash = :p, row_hash = :h WHERE id = :i",
                {"d": row["details"], "p": row["prev_hash"], "h": row["row_hash"], "i": row["id"]},
            )
        )
    statements.append(("UPDATE audit_head SET last_hash = :h", {"h": previous}))
    _behind_the_back(seeded_db, *statements)
    assert audit_chain.verify(seeded_db).ok  # the chain alone cannot tell
    assert audit_chain.check_checkpoint(seeded_db, stored, public)[0] is False
    forged = {**signed, "head_hash": previous}  # a checkpoint edited to match: the signature
    (tmp_path / "forged.json").write_text(json.dumps(forged), encoding="utf-8")
    assert audit_chain.check_checkpoint(seeded_db, tmp_path / "forged.json", public)[0] is False
    desk = admin(seeded_db, "denetci")
    result = audit_chain.run_verification(
        seeded_db, desk, checkpoint_file=stored, public_key=public
    )
    assert not result.ok and result.checkpoint_ok is False
    last = audit_chain.last_verification(seeded_db)
    assert last is not None and last["ok"] is False and last["by"] == "denetci"


def test_parallel_writers_never_fork_the_chain(seeded_url) -> None:
    """Eight workstations writing at once: every event chained, one after the other."""
    if not seeded_url.startswith("postgresql"):
        pytest.skip("parallel writers: the shared (PostgreSQL) deployment")
    probe = open_database(seeded_url)
    before = len(_ids(probe))
    probe.dispose()
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        db = open_database(seeded_url)
        try:
            _events(db, 40, who=f"ws{n}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    db = open_database(seeded_url)
    result = audit_chain.verify(db)
    db.dispose()
    assert result.ok and result.checked == before + 8 * 40
