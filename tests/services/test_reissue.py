"""The reissue action: refusals with reasons, rate limits, and the hash changes iff the SMS went."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.demo.sms import LocalGateway
from mebposta_admin.errors import AppError, PermissionDenied
from mebposta_admin.services import auth, people, reissue
from mebposta_admin.services.reissue import ReissuePolicy
from mebposta_admin.services.sms_gateway import SmsError, SmsReceipt
from tests.support.people import add_person


class FailingGateway:
    name = "test"

    def __init__(self, code: str, unknown: bool = False) -> None:
        self.error = SmsError(code, outcome_unknown=unknown, gateway_code="30")

    def send(self, number: str, text: str) -> SmsReceipt:
        raise self.error


def _state(db, address: str):
    with db.engine.connect() as conn:
        return conn.execute(
            sa.text("SELECT password_hash, password_changed_at FROM mailboxes WHERE address = :a"),
            {"a": address},
        ).one()


def _events(db, *, with_pending: bool = False) -> list[tuple[str, str, str]]:
    """The reissue's audit events; the "pending" event written before each send is left out
    unless asked for (every attempt has one)."""
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                sa.text(
                    "SELECT admin_username, outcome, details FROM audit_events"
                    " WHERE action = 'password.reissue' ORDER BY id"
                )
            )
            if with_pending or r[1] != "pending"
        ]


def _attempts(db) -> list[tuple[str, str | None]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(sa.text("SELECT state, error FROM reissue_attempts ORDER BY id"))
        ]


@pytest.fixture
def person(seeded_db) -> int:
    return add_person(
        seeded_db,
        "Selin",
        "Aktaş",
        province="06",
        district="Çankaya",
        gsm="5321234512",
        address="selin.aktas@meb.gov.tr",
    )


def admin(db, name: str):
    return auth.authenticate(db, name, DEMO_PASSWORD)


def test_success_sets_hash_and_audits_without_password(seeded_db, person) -> None:
    texts: list[str] = []
    result = reissue.reissue(
        seeded_db,
        admin(seeded_db, "ilce0601"),
        person,
        LocalGateway(show_once=lambda n, t: texts.append(t)),
    )
    password = texts[0].split("ŞİFRENİZ : ")[1].split()[0]
    stored, changed = _state(seeded_db, "selin.aktas@meb.gov.tr")
    assert stored.startswith("{ARGON2ID}") and changed is not None
    assert result.job_id.startswith("LOCAL-") and result.gsm_masked == "5** *** ** 12"
    [(who, first, started), (_, outcome, details)] = _events(seeded_db, with_pending=True)
    assert (who, first, outcome) == ("ilce0601", "pending", "success")
    for text in (started, details):
        assert password not in text and "5321234512" not in text and "5** *** ** 12" in text
    assert _attempts(seeded_db) == [("stored", None)]
    view = people.get_person(seeded_db, admin(seeded_db, "yardim"), person)
    assert [(a.admin_username, a.state) for a in view.reissues] == [("ilce0601", "stored")]


def test_demo_job_ids_are_unique(seeded_db) -> None:
    gateways = [LocalGateway(), LocalGateway()]  # two runs of the CLI: two fresh gateways
    jobs = {g.send("5321234512", "x").job_id for g in gateways for _ in range(3)}
    assert len(jobs) == 6


@pytest.mark.parametrize(
    ("code", "unknown", "outcome"),
    [("sms.rejected_credentials", False, "failure"), ("sms.timeout_unknown", True, "unknown")],
)
def test_gateway_failure_leaves_the_old_hash(seeded_db, person, code, unknown, outcome) -> None:
    before = _state(seeded_db, "selin.aktas@meb.gov.tr")
    with pytest.raises(SmsError) as caught:
        reissue.reissue(
            seeded_db, admin(seeded_db, "yardim"), person, FailingGateway(code, unknown)
        )
    assert caught.value.code == code
    assert _state(seeded_db, "selin.aktas@meb.gov.tr") == before
    [(_, got, details)] = _events(seeded_db)
    assert got == outcome and code in details
    assert _attempts(seeded_db) == [("unknown" if unknown else "failed", code)]


@pytest.mark.parametrize(
    ("who", "error"), [("il07", "permission.scope"), ("denetci", "permission.role")]
)
def test_refusals_by_scope_and_role(seeded_db, person, who, error) -> None:
    with pytest.raises(PermissionDenied, match=error):
        reissue.reissue(seeded_db, admin(seeded_db, who), person, LocalGateway())
    [(username, outcome, _)] = _events(seeded_db)
    assert (username, outcome) == (who, "refused")


def test_inactive_and_no_gsm_are_refused_with_the_reason(seeded_db) -> None:
    inactive = add_person(
        seeded_db, "Pasif", "Kişi", gsm="5321230000", address="pasif.kisi@meb.gov.tr"
    )
    no_gsm = add_person(seeded_db, "Numara", "Yok", address="numara.yok@meb.gov.tr")
    no_box = add_person(seeded_db, "Kutu", "Yok", gsm="5321230001")
    with seeded_db.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE mailboxes SET active = false WHERE address = 'pasif.kisi@meb.gov.tr'")
        )
    yardim = admin(seeded_db, "yardim")
    for pid, code in (
        (inactive, "reissue.inactive"),
        (no_gsm, "reissue.no_gsm"),
        (no_box, "reissue.no_mailbox"),
    ):
        with pytest.raises(AppError) as caught:
            reissue.reissue(seeded_db, yardim, pid, LocalGateway())
        assert caught.value.code == code
    assert [o for _, o, _ in _events(seeded_db)] == ["refused"] * 3


def test_rate_limits(seeded_db, person) -> None:
    yardim = admin(seeded_db, "yardim")
    for _ in range(3):
        reissue.reissue(seeded_db, yardim, person, LocalGateway())
    with pytest.raises(AppError) as caught:
        reissue.reissue(seeded_db, yardim, person, LocalGateway())
    assert caught.value.code == "reissue.mailbox_limit" and caught.value.params["limit"] == 3
    other = add_person(
        seeded_db, "Başka", "Biri", gsm="5321230002", address="baska.biri@meb.gov.tr"
    )
    with pytest.raises(AppError) as caught:
        reissue.reissue(
            seeded_db, yardim, other, LocalGateway(), ReissuePolicy(per_admin_per_hour=3)
        )
    assert caught.value.code == "reissue.admin_limit"
    assert [o for _, o, _ in _events(seeded_db)] == ["success"] * 3 + ["refused"] * 2


def test_preview_names_the_address_and_masked_gsm(seeded_db, person) -> None:
    view = reissue.preview(seeded_db, admin(seeded_db, "il06"), person)
    assert (view.address, view.gsm_masked, view.sms_segments) == (
        "selin.aktas@meb.gov.tr",
        "5** *** ** 12",
        1,
    )
    assert _events(seeded_db) == []  # a preview is not an attempt


@pytest.mark.parametrize("unknown", [False, True])
def test_failed_and_unknown_sends_count_toward_the_limits(seeded_db, person, unknown) -> None:
    """A gateway that keeps failing (or timing out) must not let the desk send again and
    again: every attempt counts, whatever became of it."""
    yardim = admin(seeded_db, "yardim")
    gateway = FailingGateway("sms.timeout_unknown" if unknown else "sms.unreachable", unknown)
    for _ in range(3):
        with pytest.raises(SmsError):
            reissue.reissue(seeded_db, yardim, person, gateway)
    with pytest.raises(AppError) as caught:
        reissue.reissue(seeded_db, yardim, person, LocalGateway())
    assert caught.value.code == "reissue.mailbox_limit"
    other = add_person(
        seeded_db, "Başka", "Biri", gsm="5321230002", address="baska.biri@meb.gov.tr"
    )
    with pytest.raises(AppError) as caught:
        reissue.reissue(
            seeded_db, yardim, other, LocalGateway(), ReissuePolicy(per_admin_per_hour=3)
        )
    assert caught.value.code == "reissue.admin_limit"


def test_inactive_person_with_an_active_mailbox_is_refused(seeded_db, person) -> None:
    with seeded_db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE people SET active = false WHERE id = :p"), {"p": person})
    before = _state(seeded_db, "selin.aktas@meb.gov.tr")
    gateway = LocalGateway()
    with pytest.raises(AppError) as caught:
        reissue.reissue(seeded_db, admin(seeded_db, "yardim"), person, gateway)
    assert caught.value.code == "reissue.inactive"
    assert gateway.sent == [] and _state(seeded_db, "selin.aktas@meb.gov.tr") == before
    assert [o for _, o, _ in _events(seeded_db)] == ["refused"]


def test_district_admin_cannot_reach_another_district_of_the_province(seeded_db) -> None:
    """Every scope test used a province administrator: ilce0601 (Çankaya) must not reach a
    person of Keçiören, also in Ankara, by id — view, reveal, caller check or reissue."""
    from mebposta_admin.services.people import Field

    other = add_person(
        seeded_db,
        "Komşu",
        "İlçeli",
        province="06",
        district="Keçiören",
        gsm="5321239999",
        address="komsu.ilceli@meb.gov.tr",
    )
    ilce = admin(seeded_db, "ilce0601")
    gateway = LocalGateway()
    attempts = [
        lambda: people.get_person(seeded_db, ilce, other),
        lambda: people.reveal(seeded_db, ilce, other, Field.TCKN),
        lambda: people.reveal(seeded_db, ilce, other, Field.GSM),
        lambda: people.caller_check(seeded_db, ilce, other, "10000000146", "5321239999"),
        lambda: reissue.preview(seeded_db, ilce, other),
        lambda: reissue.reissue(seeded_db, ilce, other, gateway),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="permission.scope"):
            attempt()
    assert gateway.sent == []
    with seeded_db.engine.connect() as conn:
        refused = conn.execute(
            sa.text(
                "SELECT count(*) FROM audit_events WHERE admin_username = 'ilce0601'"
                " AND outcome = 'refused'"
            )
        ).scalar()
    assert refused == len(attempts)
    # The same administrator still reaches their own district.
    own = add_person(seeded_db, "Ev", "Sahibi", province="06", district="Çankaya")
    assert people.get_person(seeded_db, ilce, own).id == own
