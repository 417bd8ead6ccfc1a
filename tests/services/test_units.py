"""Unit accounts: naming rules and collisions, custodians and handovers, mailbox actions,
scope — on both databases."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from mebposta_admin.errors import AppError, PermissionDenied, ValidationFailed
from mebposta_admin.models import Institution
from mebposta_admin.services import reissue, units
from tests.support.requests import admin, on_file
from tests.support.units import free_address


def _office(db, kind: str, province: str | None = None, district: str | None = None) -> int:
    free_address(db, "cankaya06@meb.gov.tr")  # the demo's own: created here as a user would
    with db.engine.connect() as conn:
        query = sa.select(Institution.id).where(Institution.kind == kind)
        if province:
            query = query.where(Institution.province_code == province)
        if district:
            query = query.where(Institution.name.startswith(district))
        return int(conn.execute(query.order_by(Institution.id)).scalars().first())


def _audit(db, action: str) -> list[tuple[str, str]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                sa.text("SELECT outcome, details FROM audit_events WHERE action = :a ORDER BY id"),
                {"a": action},
            )
        ]


def test_a_district_unit_is_named_by_the_rule_and_gets_its_custodian(seeded_db) -> None:
    il06 = admin(seeded_db, "il06")
    office = _office(seeded_db, "district_office", "06", "Çankaya")
    keeper = on_file(seeded_db, "Emel", "Sarı", gsm="5351112233")
    mailbox_id = units.create(
        seeded_db, il06, institution_id=office, address="cankaya06", custodian_id=keeper.id
    )
    unit = units.detail(seeded_db, il06, mailbox_id)
    assert unit.address == "cankaya06@meb.gov.tr" and not unit.flagged
    assert unit.primary is not None and unit.primary.person_id == keeper.id
    assert reissue.preview(seeded_db, il06, mailbox_id=mailbox_id).person_name == "Emel Sarı"
    [(outcome, details)] = _audit(seeded_db, "unit.create")
    assert outcome == "success" and "cankaya06@meb.gov.tr" in details


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("cankaya6", "unit.address_rule"),  # the rule asks for cankaya06
        ("çankaya06", "unit.address_turkish_letters"),
        ("CANKAYA06", "unit.address_turkish_letters"),
        ("cankaya06@gmail.com", "unit.address_domain"),
    ],
)
def test_names_breaking_the_rule_are_refused_and_nothing_written(seeded_db, typed, code) -> None:
    il06 = admin(seeded_db, "il06")
    office = _office(seeded_db, "district_office", "06", "Çankaya")
    keeper = on_file(seeded_db, "Emel", "Sarı", gsm="5351112233")
    with pytest.raises(ValidationFailed) as caught:
        units.create(seeded_db, il06, institution_id=office, address=typed, custodian_id=keeper.id)
    assert caught.value.code == code
    if code == "unit.address_rule":
        assert caught.value.params["expected"] == "cankaya06"
    assert "cankaya06@meb.gov.tr" not in {
        r.address for r in units.page(seeded_db, il06, "cankaya").rows
    }


def test_an_address_taken_by_a_person_or_an_old_address_is_refused(seeded_db) -> None:
    desk = admin(seeded_db, "yardim")
    central = _office(seeded_db, "central")
    keeper = on_file(seeded_db, "Emel", "Sarı", gsm="5351112233")
    with seeded_db.engine.connect() as conn:
        person_address, alias = conn.execute(
            sa.text(
                "SELECT m.address, a.address FROM aliases a JOIN mailboxes m ON m.id = a.mailbox_id"
                " ORDER BY a.id LIMIT 1"
            )
        ).one()
    for taken in (person_address, alias, "pgm_tasra"):
        local = taken.split("@")[0]
        if "." in local:  # a person's ad.soyad is not a central unit's shape: its own refusal
            with pytest.raises(ValidationFailed):
                units.create(
                    seeded_db, desk, institution_id=central, address=local, custodian_id=keeper.id
                )
            continue
        with pytest.raises(ValidationFailed) as caught:
            units.create(
                seeded_db, desk, institution_id=central, address=local, custodian_id=keeper.id
            )
        assert caught.value.code == "unit.address_taken"
    mailbox = units.create(
        seeded_db, desk, institution_id=central, address="yeni_birim", custodian_id=keeper.id
    )
    other = units.detail(seeded_db, desk, mailbox)
    with pytest.raises(ValidationFailed) as taken_alias:
        units.add_alias(seeded_db, desk, mailbox, alias)
    assert taken_alias.value.code == "unit.address_taken"
    assert units.add_alias(seeded_db, desk, mailbox, "eski_birim") == "eski_birim@meb.gov.tr"
    assert units.detail(seeded_db, desk, other.id).aliases == ("eski_birim@meb.gov.tr",)


def test_custodians_must_be_in_scope_with_a_gsm(seeded_db) -> None:
    il06 = admin(seeded_db, "il06")
    office = _office(seeded_db, "district_office", "06", "Çankaya")
    outsider = on_file(seeded_db, "Ali", "Kaya", province="07", district="Muratpaşa")
    no_gsm = on_file(seeded_db, "Veli", "Kaya", gsm=None)
    with pytest.raises(PermissionDenied) as caught:
        units.create(
            seeded_db, il06, institution_id=office, address="cankaya06", custodian_id=outsider.id
        )
    assert caught.value.code == "unit.custodian_outside_scope"
    with pytest.raises(ValidationFailed) as caught2:
        units.create(
            seeded_db, il06, institution_id=office, address="cankaya06", custodian_id=no_gsm.id
        )
    assert caught2.value.code == "unit.custodian_no_gsm"


def test_handover_ends_the_old_custody_and_proposes_a_reissue(seeded_db) -> None:
    il06 = admin(seeded_db, "il06")
    office = _office(seeded_db, "district_office", "06", "Çankaya")
    first = on_file(seeded_db, "Emel", "Sarı", gsm="5351112233")
    second = on_file(seeded_db, "Burak", "Tan", gsm="5351112244")
    mailbox_id = units.create(
        seeded_db, il06, institution_id=office, address="cankaya06", custodian_id=first.id
    )
    with pytest.raises(ValidationFailed) as same:
        units.handover(seeded_db, il06, mailbox_id, first.id)
    assert same.value.code == "unit.handover_to_same"
    result = units.handover(seeded_db, il06, mailbox_id, second.id, "Görev yeri değişti")
    assert result.old_primary == first.id and result.propose_reissue
    unit = units.detail(seeded_db, il06, mailbox_id)
    assert [(c.name, c.current) for c in unit.custodians] == [
        ("Burak Tan", True),
        ("Emel Sarı", False),
    ]
    assert unit.custodians[1].end_reason == "Görev yeri değişti"
    with pytest.raises(ValidationFailed):
        units.decline_reissue(seeded_db, il06, mailbox_id, "hayır")  # a reason is required
    units.decline_reissue(seeded_db, il06, mailbox_id, "Birim bugün kapalı, yarın gönderilecek")
    [(outcome, details)] = _audit(seeded_db, "unit.reissue_declined")
    assert outcome == "success" and "yarın" in details


def test_unit_accounts_are_managed_within_scope(seeded_db) -> None:
    il06, il07, desk, district = (
        admin(seeded_db, n) for n in ("il06", "il07", "yardim", "ilce0601")
    )
    maarif07 = reissue.find_mailbox(seeded_db, "maarif07@meb.gov.tr")
    central = reissue.find_mailbox(seeded_db, "pgm_tasra@meb.gov.tr")
    for who, box in ((il06, maarif07), (il07, central), (district, maarif07)):
        with pytest.raises(PermissionDenied):
            units.set_active(seeded_db, who, box, False)
    units.set_active(seeded_db, il07, maarif07, False)
    units.set_quota(seeded_db, desk, central, 2000)
    assert not units.detail(seeded_db, il07, maarif07).active
    assert units.detail(seeded_db, desk, central).quota_bytes == 2000 * 1024 * 1024
    antalya = [r.address for r in units.page(seeded_db, il07, limit=200).rows]
    assert "maarif07@meb.gov.tr" in antalya and "muratpasa07@meb.gov.tr" in antalya
    assert all(a.endswith("07@meb.gov.tr") for a in antalya)
    assert units.page(seeded_db, district).rows == ()
    first = units.page(seeded_db, desk, limit=500)
    rest = units.page(seeded_db, desk, after=first.next, limit=1000)
    national = first.rows + rest.rows
    assert len(national) == 81 + 8 + 973 and len({r.address for r in national}) == len(national)
    assert any(r.address == "pgm_tasra@meb.gov.tr" for r in national)
    found = units.page(seeded_db, desk, "personel genel")  # the office's name, folded
    assert {r.address for r in found.rows} >= {"pgm_tasra@meb.gov.tr"}
    flagged = units.page(seeded_db, desk, flagged_only=True, limit=2000).rows
    assert {"maarif44@meb.gov.tr", "strateji@meb.gov.tr"} <= {r.address for r in flagged}
    assert units.counts(seeded_db, desk).flagged == len(flagged)
    with pytest.raises(ValidationFailed):
        units.set_quota(seeded_db, desk, central, 10)
    statuses = _audit(seeded_db, "mailbox.status")
    assert statuses[-1][0] == "success" and '"active": false' in statuses[-1][1]
    with pytest.raises(AppError):
        units.detail(seeded_db, desk, 10**9)
