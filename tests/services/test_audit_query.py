"""The Denetim page's reading of the trail: every filter, newest first, keyset pages, and the
reader's scope — on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mebposta_admin.errors import AppError
from mebposta_admin.services import audit, audit_query
from mebposta_admin.services.audit_query import AuditFilter
from tests.support.requests import admin


def _write(db, **fields) -> None:
    with db.unit_of_work() as session:
        audit.record(
            session,
            action=fields.pop("action", "search"),
            outcome=fields.pop("outcome", "success"),
            admin_id=1,
            admin_username=fields.pop("who", "il06"),
            **fields,
        )


def _ids(page) -> list[int]:
    return [r.id for r in page.rows]


def test_filters_narrow_the_trail_and_pages_follow_newest_first(seeded_db) -> None:
    desk = admin(seeded_db, "yardim")
    for n in range(5):
        _write(seeded_db, province_code="06", details={"n": n, "reason": "Görev yeri değişti"})
    _write(
        seeded_db,
        action="password.reissue",
        outcome="refused",
        province_code="07",
        target_type="mailbox",
        target_id="42",
        who="il07",
        details={"reason": "limit"},
    )
    everything = audit_query.page(seeded_db, desk, limit=3)
    assert len(everything.rows) == 3 and everything.next is not None
    rest = audit_query.page(seeded_db, desk, after=everything.next, limit=1000)
    ids = _ids(everything) + _ids(rest)
    order = [(r.occurred_at, r.id) for r in everything.rows + rest.rows]
    assert order == sorted(order, reverse=True) and len(set(ids)) == len(ids)  # newest first
    cases = {
        AuditFilter(action="password.reissue"): 1,
        AuditFilter(outcome="refused"): 1,
        AuditFilter(province_code="06", action="search"): 5,
        AuditFilter(admin="il07"): 1,
        AuditFilter(target_type="mailbox", target_id="42"): 1,
        AuditFilter(targets=(("mailbox", "42"), ("person", "9"))): 1,
        AuditFilter(text="Görev yeri"): 5,
        AuditFilter(text="100%_"): 0,  # LIKE's wildcards are text here
        AuditFilter(since=datetime.now(UTC) + timedelta(hours=1)): 0,
        AuditFilter(until=datetime.now(UTC) - timedelta(days=3650)): 0,
    }
    for wanted, count in cases.items():
        found = audit_query.page(seeded_db, desk, wanted, limit=100).rows
        assert len([r for r in found if r.admin_username in ("il06", "il07")]) == count, wanted


def test_each_reader_sees_their_scope(seeded_db) -> None:
    _write(seeded_db, province_code="06", who="il06")
    _write(seeded_db, province_code="07", who="il07")
    _write(seeded_db, province_code="06", who="ilce0601")
    il07, district, auditor = (admin(seeded_db, n) for n in ("il07", "ilce0601", "denetci"))
    assert {r.province_code for r in audit_query.page(seeded_db, il07, limit=500).rows} == {"07"}
    assert {r.admin_username for r in audit_query.page(seeded_db, district, limit=500).rows} == {
        "ilce0601"
    }
    national = {r.province_code for r in audit_query.page(seeded_db, auditor, limit=500).rows}
    assert {"06", "07"} <= national
    other = audit_query.page(seeded_db, auditor, AuditFilter(province_code="06")).rows[0]
    with pytest.raises(AppError) as caught:
        audit_query.event(seeded_db, il07, other.id)  # another province's event: not found
    assert caught.value.code == "audit.event_not_found"
    assert audit_query.event(seeded_db, auditor, other.id).id == other.id
