"""A unit account's password goes by SMS to its primary custodian's GSM on file, keyed on the
mailbox; without a primary custodian, or outside the administrator's scope, it is refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from mebposta_admin.demo.sms import LocalGateway
from mebposta_admin.errors import AppError, PermissionDenied
from mebposta_admin.models import UnitCustodian
from mebposta_admin.services import reissue
from tests.support.requests import admin, on_file


def _custodian(db, address: str, person_id: int) -> int:
    """``person_id`` becomes the unit's only primary custodian (earlier custody ended)."""
    mailbox_id = reissue.find_mailbox(db, address)
    now = datetime.now(UTC)
    with db.unit_of_work() as s:
        s.execute(
            sa.update(UnitCustodian)
            .where(UnitCustodian.mailbox_id == mailbox_id, UnitCustodian.ended_at.is_(None))
            .values(ended_at=now, ended_by="test", end_reason="test")
        )
        s.add(
            UnitCustodian(
                mailbox_id=mailbox_id,
                person_id=person_id,
                role="primary",
                started_at=now,
                started_by="test",
            )
        )
    return mailbox_id


def _hash(db, mailbox_id: int) -> str | None:
    with db.engine.connect() as conn:
        return conn.execute(
            sa.text("SELECT password_hash FROM mailboxes WHERE id = :i"), {"i": mailbox_id}
        ).scalar()


def test_the_sms_goes_to_the_primary_custodian_and_names_the_unit(seeded_db) -> None:
    keeper = on_file(
        seeded_db, "Hatice", "Er", province="07", district="Muratpaşa", gsm="5331234567"
    )
    mailbox_id = _custodian(seeded_db, "maarif07@meb.gov.tr", keeper.id)
    il07 = admin(seeded_db, "il07")
    view = reissue.preview(seeded_db, il07, mailbox_id=mailbox_id)
    assert view.unit and view.person_name == "Hatice Er" and view.gsm_masked == "5** *** ** 67"
    gateway = LocalGateway()
    result = reissue.reissue(seeded_db, il07, None, gateway, mailbox_id=mailbox_id)
    (sms,) = gateway.sent
    assert sms["number"] == "5331234567"
    assert sms["text"].startswith("MAIL ADRESİNİZ : maarif07@meb.gov.tr ŞİFRENİZ : ")
    assert result.address == "maarif07@meb.gov.tr"
    assert (_hash(seeded_db, mailbox_id) or "").startswith("{ARGON2ID}")
    with seeded_db.engine.connect() as conn:
        details = conn.execute(
            sa.text(
                "SELECT details FROM audit_events WHERE action = 'password.reissue'"
                " AND outcome = 'success'"
            )
        ).scalar()
    assert f'"custodian_id": {keeper.id}' in details and "5331234567" not in details


def test_a_unit_without_a_primary_custodian_is_refused(seeded_db) -> None:
    mailbox_id = reissue.find_mailbox(seeded_db, "maarif07@meb.gov.tr")
    with seeded_db.unit_of_work() as s:
        s.execute(
            sa.update(UnitCustodian)
            .where(UnitCustodian.mailbox_id == mailbox_id)
            .values(ended_at=datetime.now(UTC))
        )
    with pytest.raises(AppError) as caught:
        reissue.preview(seeded_db, admin(seeded_db, "il07"), mailbox_id=mailbox_id)
    assert caught.value.code == "reissue.no_custodian"
    assert _hash(seeded_db, mailbox_id) is None


def test_units_are_reissued_within_scope_only(seeded_db) -> None:
    keeper = on_file(
        seeded_db, "Hatice", "Er", province="07", district="Muratpaşa", gsm="5331234567"
    )
    antalya = _custodian(seeded_db, "maarif07@meb.gov.tr", keeper.id)
    central_keeper = on_file(seeded_db, "Murat", "Kök", gsm="5331234568")
    central = _custodian(seeded_db, "pgm_tasra@meb.gov.tr", central_keeper.id)
    for who, mailbox_id in (("il06", antalya), ("il07", central), ("ilce0601", antalya)):
        with pytest.raises(PermissionDenied):
            reissue.preview(seeded_db, admin(seeded_db, who), mailbox_id=mailbox_id)
    assert reissue.preview(seeded_db, admin(seeded_db, "yardim"), mailbox_id=central).unit
    # Addresses are looked up as they are stored: folded (a Turkish "İ" typed is an "i").
    assert reissue.find_mailbox(seeded_db, " MAARİF07@meb.gov.tr ") == antalya
    with pytest.raises(AppError) as caught:
        reissue.find_mailbox(seeded_db, "maarif99@meb.gov.tr")
    assert caught.value.code == "mailbox.no_such_address"
