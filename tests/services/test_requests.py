"""Info-update requests: desk intake, supersede, queue, review, the decision rules (MEBBİS,
four eyes, optimistic locking) and applying (person updated, audit masked, notice SMS)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from mebposta_admin.demo.sms import LocalGateway
from mebposta_admin.errors import AppError, PermissionDenied, ValidationFailed
from mebposta_admin.models import InfoUpdateRequest
from mebposta_admin.services import requests as r
from mebposta_admin.services.requests import decide, intake, queue, review
from mebposta_admin.services.sms_gateway import SmsError, SmsReceipt
from tests.support.requests import (
    Directory,
    admin,
    audit_rows,
    form_for,
    holding,
    on_file,
    person_gsm,
)

NEW = "5329998877"


@pytest.fixture
def ayse(seeded_db):
    return on_file(seeded_db)


def _open(db, who, person, gsm=NEW, **changes):
    return intake.receive(db, admin(db, who), form_for(person, gsm, **changes))


def _version(db, request_id):
    with db.engine.connect() as conn:
        return conn.execute(
            sa.select(InfoUpdateRequest.version).where(InfoUpdateRequest.id == request_id)
        ).scalar_one()


def test_desk_entry_is_stored_due_today_and_audited_masked(seeded_db, ayse) -> None:
    monday_morning = datetime(2026, 12, 7, 7, 0, tzinfo=UTC)  # 10:00 in Turkey
    stored = intake.receive(
        seeded_db, admin(seeded_db, "il06"), form_for(ayse, "0 532 999 88 77"), now=monday_morning
    )
    assert stored.status == r.PENDING
    with seeded_db.unit_of_work() as s:
        q = s.get(InfoUpdateRequest, stored.id)
        assert q.gsm == NEW  # normalised
        assert q.due_at == datetime(2026, 12, 7, 14, 30, tzinfo=UTC)  # 17:30 the same day
        assert q.person_id == ayse.id and q.province_code == "06" and q.district_id
    (event,) = audit_rows(seeded_db)
    assert event[0] == "request.receive" and NEW not in event[2] and ayse.tckn not in event[2]


def test_desk_entry_after_the_cutoff_on_friday_is_due_monday(seeded_db, ayse) -> None:
    friday_evening = datetime(2026, 12, 4, 13, 30, tzinfo=UTC)  # 16:30 in Turkey
    stored = _open(seeded_db, "il06", ayse)
    with seeded_db.unit_of_work() as s:
        s.get(InfoUpdateRequest, stored.id)
    again = intake.receive(
        seeded_db, admin(seeded_db, "il06"), form_for(ayse, "5329998866"), now=friday_evening
    )
    with seeded_db.unit_of_work() as s:
        assert s.get(InfoUpdateRequest, again.id).due_at == datetime(
            2026, 12, 7, 14, 30, tzinfo=UTC
        )


def test_an_invalid_desk_form_is_refused_and_nothing_stored(seeded_db, ayse) -> None:
    with pytest.raises(ValidationFailed) as caught:
        _open(seeded_db, "il06", ayse, tckn="12345678951")
    assert caught.value.params["problem"] == "tckn.checksum"
    with pytest.raises(ValidationFailed):
        _open(seeded_db, "il06", ayse, gsm="212 555 11 22")
    with seeded_db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM info_update_requests")).scalar() == 0


def test_a_new_request_supersedes_the_pending_one_visibly(seeded_db, ayse) -> None:
    first = _open(seeded_db, "il06", ayse, gsm="5329998800")
    second = _open(seeded_db, "il06", ayse)
    assert second.superseded == (first.id,)
    il06 = admin(seeded_db, "il06")
    old = review.snapshot(seeded_db, il06, first.id)
    new = review.snapshot(seeded_db, il06, second.id)
    assert old.status == r.SUPERSEDED and old.superseded_by == second.id
    assert [h.kind for h in old.history] == ["received", "superseded"]
    assert [h.kind for h in new.history] == ["received", "supersedes"]
    page = queue.page(seeded_db, il06)
    assert [row.id for row in page.rows] == [second.id]


def test_queue_is_scoped_filtered_and_keyset_paged(seeded_db, ayse) -> None:
    antalya = on_file(seeded_db, "Mehmet", "Kaya", province="07", district="Muratpaşa")
    for index in range(5):
        person = on_file(seeded_db, "Ali", f"Demir{chr(97 + index)}", gsm=f"53200000{index:02d}")
        _open(seeded_db, "il06", person, gsm=f"54400000{index:02d}")
    intake.receive(
        seeded_db,
        admin(seeded_db, "il07"),
        form_for(antalya, NEW, province="07", district="Muratpaşa"),
    )
    il06, il07, desk = (admin(seeded_db, n) for n in ("il06", "il07", "yardim"))
    assert len(queue.page(seeded_db, il06).rows) == 5
    assert len(queue.page(seeded_db, il07).rows) == 1
    everyone = queue.page(seeded_db, desk, limit=4)
    assert len(everyone.rows) == 4 and everyone.next is not None
    rest = queue.page(seeded_db, desk, after=everyone.next, limit=4)
    assert len(rest.rows) == 2 and rest.next is None
    seen = [row.id for row in everyone.rows + rest.rows]
    assert len(set(seen)) == 6
    assert len(queue.page(seeded_db, desk, queue.QueueFilter(province_code="07")).rows) == 1
    assert queue.page(seeded_db, desk, queue.QueueFilter(source="excel")).rows == ()
    later = datetime.now(UTC) + timedelta(days=10)
    overdue = queue.page(seeded_db, desk, queue.QueueFilter(overdue=True), now=later)
    assert len(overdue.rows) == 6 and {row.deadline for row in overdue.rows} == {"overdue"}
    counts = queue.counts(seeded_db, il06, now=later)
    assert (counts.open, counts.overdue) == (5, 5)
    assert all(row.tckn_masked.count("*") == 6 for row in everyone.rows)
    with pytest.raises(PermissionDenied):
        review.snapshot(
            seeded_db,
            il07,
            everyone.rows[0].id if everyone.rows[0].province_name == "Ankara" else rest.rows[0].id,
        )


def test_review_marks_every_field_and_warns_of_a_hijack(seeded_db, ayse) -> None:
    other = on_file(seeded_db, "Veli", "Çelik", gsm=NEW)  # the new number is someone else's
    _open(seeded_db, "il06", ayse, gsm="5329998800")
    stored = _open(seeded_db, "il06", ayse, first_name="AYŞE", last_name="YILMAZ")
    mebbis = Directory(holding(ayse, "5320000000", first_name="Ayse", last_name="Yilmaz"))
    seen = review.review(seeded_db, admin(seeded_db, "il06"), stored.id, mebbis)
    marks = {f.field: (f.ours_same, f.mebbis_same) for f in seen.fields}
    assert marks["first_name"] == (True, True)  # Turkish-folded
    assert marks["gsm"] == (False, False)
    codes = {w.code: w.count for w in seen.warnings}
    assert codes["gsm.on_file_elsewhere"] == 1
    assert codes["tckn.repeated"] == 2
    assert seen.gsm_change and not seen.mebbis_holds_gsm and seen.needs_second
    gsm_field = next(f for f in seen.fields if f.field == "gsm")
    assert other.gsm not in (gsm_field.request, gsm_field.ours, gsm_field.mebbis)


def test_gsm_change_mebbis_confirms_is_applied_with_notice_to_the_old_number(
    seeded_db, ayse
) -> None:
    stored = _open(seeded_db, "il06", ayse)
    gateway = LocalGateway()
    decision = decide.approve(
        seeded_db,
        admin(seeded_db, "il06"),
        stored.id,
        _version(seeded_db, stored.id),
        Directory(holding(ayse, NEW)),
        gateway=gateway,
    )
    assert decision.status == r.APPLIED and decision.changed == ("gsm",)
    assert decision.notice is not None and decision.notice.state == "sent"
    assert decision.offer_reissue
    assert person_gsm(seeded_db, ayse.id) == NEW
    (sms,) = gateway.sent
    assert sms["number"] == ayse.gsm and "DEĞİŞTİRİLDİ" in sms["text"] and NEW not in sms["text"]
    actions = [(a, o) for a, o, _ in audit_rows(seeded_db)]
    assert ("request.apply", "success") in actions and ("request.notice", "success") in actions
    for _action, _outcome, details in audit_rows(seeded_db):
        assert NEW not in details and ayse.gsm not in details and ayse.tckn not in details
    history = review.snapshot(seeded_db, admin(seeded_db, "il06"), stored.id).history
    assert [h.kind for h in history] == ["received", "approved", "applied", "notice_sent"]


def test_unconfirmed_gsm_change_needs_four_eyes(seeded_db, ayse) -> None:
    stored = _open(seeded_db, "il06", ayse)
    mebbis = Directory(holding(ayse, ayse.gsm))  # MEBBİS still has the old number
    il06, desk = admin(seeded_db, "il06"), admin(seeded_db, "yardim")
    with pytest.raises(ValidationFailed, match="justification"):
        decide.approve(seeded_db, il06, stored.id, _version(seeded_db, stored.id), mebbis)
    first = decide.approve(
        seeded_db,
        il06,
        stored.id,
        _version(seeded_db, stored.id),
        mebbis,
        justification="Kimliğini görüntülü aramada doğruladım.",
    )
    assert first.status == r.SECOND_APPROVAL and person_gsm(seeded_db, ayse.id) == ayse.gsm
    with pytest.raises(PermissionDenied) as same_admin:
        decide.approve(seeded_db, il06, stored.id, _version(seeded_db, stored.id), mebbis)
    assert same_admin.value.code == "request.four_eyes_same_admin"
    assert person_gsm(seeded_db, ayse.id) == ayse.gsm
    # A district administrator of another district has no scope for the second approval.
    with pytest.raises(PermissionDenied):
        decide.approve(
            seeded_db, admin(seeded_db, "il07"), stored.id, _version(seeded_db, stored.id), mebbis
        )
    second = decide.approve(seeded_db, desk, stored.id, _version(seeded_db, stored.id), mebbis)
    assert second.status == r.APPLIED and person_gsm(seeded_db, ayse.id) == NEW
    kinds = [h.kind for h in review.snapshot(seeded_db, desk, stored.id).history]
    assert kinds == ["received", "first_approval", "approved", "applied"]


@pytest.mark.parametrize(
    ("record", "code"),
    [
        (None, "request.blocked.mebbis.unknown_person"),
        ("mismatch", "request.blocked.mebbis.identity_mismatch"),
        ("inactive", "request.blocked.mebbis.inactive"),
    ],
)
def test_identity_contradicting_mebbis_cannot_be_approved(seeded_db, ayse, record, code) -> None:
    stored = _open(seeded_db, "il06", ayse)
    records = {
        None: (),
        "mismatch": (holding(ayse, NEW, last_name="Yıldız"),),
        "inactive": (holding(ayse, NEW, active=False),),
    }[record]
    with pytest.raises(AppError) as caught:
        decide.approve(
            seeded_db,
            admin(seeded_db, "il06"),
            stored.id,
            _version(seeded_db, stored.id),
            Directory(*records),
        )
    assert caught.value.code == code
    assert person_gsm(seeded_db, ayse.id) == ayse.gsm
    assert audit_rows(seeded_db)[-1][1] == "refused"


def test_mebbis_down_approval_waits_rejection_works(seeded_db, ayse) -> None:
    stored = _open(seeded_db, "il06", ayse)
    il06 = admin(seeded_db, "il06")
    down = Directory(down=True)
    seen = review.review(seeded_db, il06, stored.id, down)
    assert seen.directory == review.UNAVAILABLE and "mebbis.unavailable" in seen.blockers
    with pytest.raises(AppError) as caught:
        decide.approve(seeded_db, il06, stored.id, _version(seeded_db, stored.id), down)
    assert caught.value.code == "request.mebbis_unavailable"
    (rejected,) = decide.reject(
        seeded_db, il06, [stored.id], "fix_gsm_in_mebbis", versions={stored.id: 1}
    )
    assert rejected.status == r.REJECTED
    assert person_gsm(seeded_db, ayse.id) == ayse.gsm


def test_the_second_decider_is_told_who_decided_and_when(seeded_db, ayse) -> None:
    stored = _open(seeded_db, "il06", ayse)
    seen = _version(seeded_db, stored.id)
    il06, desk = admin(seeded_db, "il06"), admin(seeded_db, "yardim")
    decide.reject(seeded_db, il06, [stored.id], "junk", versions={stored.id: seen})
    with pytest.raises(AppError) as caught:
        decide.approve(seeded_db, desk, stored.id, seen, Directory(holding(ayse, NEW)))
    assert caught.value.code == "request.already_decided"
    assert caught.value.params["by"] == "il06" and caught.value.params["at"] != "-"
    assert person_gsm(seeded_db, ayse.id) == ayse.gsm


def test_a_stale_version_is_refused_even_while_open(seeded_db, ayse) -> None:
    stored = _open(seeded_db, "il06", ayse)
    il06, desk = admin(seeded_db, "il06"), admin(seeded_db, "yardim")
    decide.assign(seeded_db, desk, stored.id, 1)
    with pytest.raises(AppError) as caught:
        decide.reject(seeded_db, il06, [stored.id], "junk", versions={stored.id: 1})
    assert caught.value.code == "request.changed" and caught.value.params["by"] == "yardim"


def test_concurrent_decisions_on_one_request_one_wins(seeded_db, ayse) -> None:
    stored = _open(seeded_db, "il06", ayse)
    admins = [admin(seeded_db, n) for n in ("il06", "yardim", "sistem", "ilce0601")] * 2
    start = threading.Barrier(len(admins))
    outcomes: list[str] = []

    def decide_once(identity) -> None:
        start.wait()
        try:
            decide.reject(seeded_db, identity, [stored.id], "junk", versions={stored.id: 1})
            outcomes.append("won")
        except AppError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=decide_once, args=(a,)) for a in admins]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("won") == 1
    assert set(outcomes) - {"won"} <= {"request.already_decided", "request.changed", "db.locked"}
    with seeded_db.engine.connect() as conn:
        events = conn.execute(
            sa.text("SELECT count(*) FROM request_events WHERE kind = 'rejected'")
        ).scalar()
    assert events == 1


def test_the_row_lock_refuses_a_write_of_an_old_version(backend, seeded_db, ayse) -> None:
    """Two connections load version 1; the first commits; the second's write matches no row."""
    from sqlalchemy.orm.exc import StaleDataError

    stored = _open(seeded_db, "il06", ayse)
    one, two = seeded_db.sessions(), seeded_db.sessions()
    try:
        a = one.get(InfoUpdateRequest, stored.id)
        b = two.get(InfoUpdateRequest, stored.id)
        assert a.version == b.version == 1
        a.status = r.REJECTED
        one.commit()
        b.status = r.APPLIED
        with pytest.raises(StaleDataError):
            two.commit()
    finally:
        one.close()
        two.close()
    with seeded_db.unit_of_work() as s:
        assert s.get(InfoUpdateRequest, stored.id).status == r.REJECTED


def test_multi_reject_is_all_or_nothing_and_scoped(seeded_db, ayse) -> None:
    antalya = on_file(seeded_db, "Mehmet", "Kaya", province="07", district="Muratpaşa")
    here = [_open(seeded_db, "il06", on_file(seeded_db, "Can", f"Ak{c}")).id for c in "abc"]
    there = intake.receive(
        seeded_db,
        admin(seeded_db, "il07"),
        form_for(antalya, NEW, province="07", district="Muratpaşa"),
    ).id
    il06 = admin(seeded_db, "il06")
    with pytest.raises(PermissionDenied):
        decide.reject(seeded_db, il06, [*here, there], "junk")
    assert len(queue.page(seeded_db, il06).rows) == 3
    with pytest.raises(ValidationFailed):
        decide.reject(seeded_db, il06, here, "other")  # free text required
    decided = decide.reject(seeded_db, il06, here, "junk")
    assert [d.status for d in decided] == [r.REJECTED] * 3
    assert queue.page(seeded_db, il06).rows == ()


class _Refusing:
    name = "refusing"

    def __init__(self) -> None:
        self.fail = True
        self.sent: list[str] = []

    def send(self, number: str, text: str) -> SmsReceipt:
        if self.fail:
            raise SmsError("sms.rejected_limit", gateway_code="80")
        self.sent.append(number)
        return SmsReceipt("job-2", "refusing")


def test_a_refused_notice_is_shown_and_sent_again(seeded_db, ayse) -> None:
    stored = _open(seeded_db, "il06", ayse)
    il06 = admin(seeded_db, "il06")
    gateway = _Refusing()
    decision = decide.approve(
        seeded_db, il06, stored.id, 1, Directory(holding(ayse, NEW)), gateway=gateway
    )
    assert decision.status == r.APPLIED
    assert decision.notice is not None and decision.notice.state == "failed"
    assert decide.undelivered(seeded_db, il06) == 1
    gateway.fail = False
    again = decide.retry_notice(seeded_db, il06, stored.id, gateway)
    assert again.state == "sent" and gateway.sent == [ayse.gsm]
    assert decide.undelivered(seeded_db, il06) == 0
    kinds = [h.kind for h in review.snapshot(seeded_db, il06, stored.id).history]
    assert kinds[-2:] == ["notice_failed", "notice_sent"]


def test_auditor_sees_the_queue_but_cannot_decide(seeded_db, ayse) -> None:
    stored = _open(seeded_db, "il06", ayse)
    auditor = admin(seeded_db, "denetci")
    assert [row.id for row in queue.page(seeded_db, auditor).rows] == [stored.id]
    with pytest.raises(PermissionDenied):
        decide.reject(seeded_db, auditor, [stored.id], "junk")
    with pytest.raises(PermissionDenied):
        intake.receive(seeded_db, auditor, form_for(ayse, NEW))
