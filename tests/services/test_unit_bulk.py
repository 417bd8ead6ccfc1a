"""Unit accounts in bulk: the Excel import (all rows or none, a row-level report, every bad
row named) and the export that imports back — on both databases."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from mebposta_admin.errors import PermissionDenied
from mebposta_admin.models import Institution
from mebposta_admin.services import excel_io, reissue, system_settings, units
from mebposta_admin.texts.errors import text_for
from mebposta_admin.texts.labels import unit_bulk_text, unit_export_headers
from tests.support.requests import admin, on_file
from tests.support.units import free_address

HEAD = ["Adres", "Kurum Kodu", "Sorumlu", "Yardımcı Sorumlular", "Kota (MB)"]


def _book(path: Path, rows: list[list[object]], head: list[str] = HEAD) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Birim hesapları — Ankara", None])  # a title block above the header
    sheet.append([])
    sheet.append(head)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _code(db, name_start: str, kind: str = "district_office") -> str:
    with db.engine.connect() as conn:
        return str(
            conn.execute(
                sa.select(Institution.code).where(
                    Institution.kind == kind, Institution.name.startswith(name_start)
                )
            ).scalar_one()
        )


def _units_named(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            a: i
            for a, i in conn.execute(sa.text("SELECT address, id FROM mailboxes WHERE kind='unit'"))
        }


def _events(db, mailbox_id: int) -> list[str]:
    with db.engine.connect() as conn:
        return list(
            conn.execute(
                sa.text(
                    "SELECT action FROM audit_events WHERE target_type='mailbox'"
                    " AND target_id=:m ORDER BY id"
                ),
                {"m": str(mailbox_id)},
            ).scalars()
        )


def test_an_import_creates_hands_over_and_updates_in_one_go(seeded_db, tmp_path) -> None:
    il06 = admin(seeded_db, "il06")
    free_address(seeded_db, "cankaya06@meb.gov.tr")
    keeper = on_file(seeded_db, "Emel", "Sarı", gsm="5351112233")
    deputy = on_file(seeded_db, "Burak", "Tan", gsm="5351112244")
    newcomer = on_file(seeded_db, "Selin", "Aydın", district="Keçiören", gsm="5351112255")
    keciorenin = units.detail(seeded_db, il06, _units_named(seeded_db)["kecioren06@meb.gov.tr"])
    assert keciorenin.primary is not None
    path = _book(
        tmp_path / "birimler.xlsx",
        [
            ["cankaya06", _code(seeded_db, "Çankaya İlçe"), keeper.tckn, "burak.tan.t@meb.gov.tr"],
            ["kecioren06@meb.gov.tr", None, "selin.aydin.t", None, None],
            ["maarif06@meb.gov.tr", None, None, None, 2500.0],  # a number cell, as Excel keeps it
        ],
    )
    report = units.import_file(
        seeded_db,
        il06,
        path,
        report_path=tmp_path / "rapor.xlsx",
        describe=unit_bulk_text,
        explain=text_for,
    )
    assert report.imported and (report.created, report.handed_over, report.updated) == (1, 1, 1)
    named = _units_named(seeded_db)
    created = units.detail(seeded_db, il06, named["cankaya06@meb.gov.tr"])
    assert created.primary is not None and created.primary.person_id == keeper.id
    assert [c.person_id for c in created.custodians if c.current] == [keeper.id, deputy.id]
    assert (
        reissue.preview(seeded_db, il06, mailbox_id=created.id).person_name == "Emel Sarı"
    )  # its password goes to the primary custodian
    handed = units.detail(seeded_db, il06, keciorenin.id)
    assert handed.primary is not None and handed.primary.person_id == newcomer.id
    assert any(not c.current and c.name == keciorenin.primary.name for c in handed.custodians)
    maarif06 = units.detail(seeded_db, il06, named["maarif06@meb.gov.tr"])
    assert maarif06.quota_bytes == 2500 * 1024 * 1024
    assert _events(seeded_db, created.id)[-1] == "unit.create"
    assert _events(seeded_db, keciorenin.id)[-1] == "unit.handover"  # on the unit's history
    sheet = openpyxl.load_workbook(tmp_path / "rapor.xlsx").active
    lines = list(sheet.iter_rows(values_only=True))
    assert lines[0][-3:] == ("Row", "Verdict", "Reasons")
    assert [line[-2] for line in lines[1:]] == [
        unit_bulk_text("unit_verdict.created"),
        unit_bulk_text("unit_verdict.handed_over"),
        unit_bulk_text("unit_verdict.updated"),
    ]


def test_one_bad_row_imports_nothing_and_every_problem_is_named(seeded_db, tmp_path) -> None:
    il06 = admin(seeded_db, "il06")
    free_address(seeded_db, "cankaya06@meb.gov.tr")
    keeper = on_file(seeded_db, "Emel", "Sarı", gsm="5351112233")
    outsider = on_file(seeded_db, "Ali", "Kaya", province="07", district="Muratpaşa")
    no_gsm = on_file(seeded_db, "Veli", "Kaya", gsm=None)
    cankaya = _code(seeded_db, "Çankaya İlçe")
    path = _book(
        tmp_path / "bozuk.xlsx",
        [
            ["cankaya06", cankaya, keeper.tckn, None, None],  # fine on its own
            ["yeni06", "999999999", keeper.tckn, None, None],  # no such office
            ["maarıf06", None, keeper.tckn, None, None],  # a Turkish letter
            ["emel.sari.t@meb.gov.tr", cankaya, keeper.tckn, None, None],  # a person's address
            ["cankaya06", cankaya, keeper.tckn, None, None],  # the same address again
            ["kecioren06", None, outsider.tckn, None, None],  # a custodian outside scope
            ["kecioren06x", cankaya, no_gsm.tckn, None, None],  # rule broken, no GSM
            ["polatli06", None, "=HYPERLINK(1)", None, None],  # a formula
            ["maarif07", None, keeper.tckn, None, None],  # outside the importer's scope
            ["maarif06", None, None, None, "çok"],  # not a quota
        ],
    )
    before = _units_named(seeded_db)
    report = units.import_file(
        seeded_db,
        il06,
        path,
        report_path=tmp_path / "bozuk-rapor.xlsx",
        describe=unit_bulk_text,
        explain=text_for,
    )
    assert not report.imported and report.rejected == 9
    assert _units_named(seeded_db) == before  # nothing half-imported
    codes = {v.row: [p.code for p in v.problems] for v in report.verdicts}
    assert codes[4] == [] and [v.verdict for v in report.verdicts][0] == "ready"
    assert codes[5] == ["unit.import_office_unknown"]
    assert codes[6] == ["unit.address_turkish_letters"]
    assert codes[7] == ["unit.address_taken"]
    assert codes[8] == ["unit.import_repeated"]
    assert codes[9] == ["unit.custodian_outside_scope"]
    assert codes[10] == ["unit.address_rule", "unit.custodian_no_gsm"]
    assert codes[11] == ["unit.import_formula"]
    assert codes[12] == ["permission.scope"]
    assert codes[13] == ["unit.import_quota"]
    lines = list(
        openpyxl.load_workbook(tmp_path / "bozuk-rapor.xlsx").active.iter_rows(values_only=True)
    )
    assert len(lines) == 11 and "cankaya06" in lines[7][-1]  # the rule's address, in words
    assert lines[8][2] == "=HYPERLINK(1)"  # the formula written back as text
    with seeded_db.engine.connect() as conn:
        outcome = (
            conn.execute(
                sa.text("SELECT outcome FROM audit_events WHERE action='unit.import' ORDER BY id")
            )
            .scalars()
            .all()
        )
    assert outcome == ["refused"]


def test_the_export_imports_back_and_changes_nothing(seeded_db, tmp_path) -> None:
    il07 = admin(seeded_db, "il07")
    out = tmp_path / "antalya.xlsx"
    count = units.export_file(seeded_db, il07, out, unit_export_headers(), describe=unit_bulk_text)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert count == len(rows) - 1 == units.counts(seeded_db, il07).total
    assert all(str(r[0]).endswith("07@meb.gov.tr") for r in rows[1:])
    assert not out.with_name(out.name + ".part").exists()
    report = units.import_file(seeded_db, il07, out)
    assert report.imported and report.unchanged == count and report.created == 0


def test_an_english_header_and_office_names_are_read(seeded_db, tmp_path) -> None:
    desk = admin(seeded_db, "yardim")
    on_file(seeded_db, "Emel", "Sarı", gsm="5351112233")
    path = _book(
        tmp_path / "central.xlsx",
        [["ogm_destek", "ORTAÖĞRETİM GENEL MÜDÜRLÜĞÜ", "emel.sari.t@meb.gov.tr", 800]],
        head=["E-mail", "Office", "Primary custodian", "Quota"],
    )
    report = units.import_file(seeded_db, desk, path)
    assert report.imported and report.created == 1
    unit = units.detail(seeded_db, desk, _units_named(seeded_db)["ogm_destek@meb.gov.tr"])
    assert unit.province_code is None and unit.quota_bytes == 800 * 1024 * 1024


def test_a_province_unit_is_kept_by_people_of_its_province(seeded_db, tmp_path) -> None:
    sistem = admin(seeded_db, "sistem")
    ankaran = on_file(seeded_db, "Emel", "Sarı", gsm="5351112233")
    path = _book(tmp_path / "p.xlsx", [["maarif07", None, ankaran.tckn]])
    [verdict] = units.import_file(seeded_db, sistem, path).verdicts
    assert [p.code for p in verdict.problems] == ["unit.custodian_other_province"]
    assert "Antalya" in text_for(verdict.problems[0])


def test_the_naming_rules_come_from_the_system_settings(seeded_db, tmp_path) -> None:
    sistem, il06 = admin(seeded_db, "sistem"), admin(seeded_db, "il06")
    free_address(seeded_db, "cankaya06@meb.gov.tr")
    keeper = on_file(seeded_db, "Emel", "Sarı", gsm="5351112233")
    system_settings.update(seeded_db, sistem, {"unit_name_district": "ilce_{district}{plate}"})
    path = _book(
        tmp_path / "r.xlsx", [["cankaya06", _code(seeded_db, "Çankaya İlçe"), keeper.tckn]]
    )
    report = units.import_file(seeded_db, il06, path)
    [verdict] = report.verdicts
    assert [p.code for p in verdict.problems] == ["unit.address_rule"]
    assert verdict.problems[0].params["expected"] == "ilce_cankaya06"
    offices = {o.name: o.suggested for o in units.offices(seeded_db, il06)}
    assert offices["Çankaya İlçe Millî Eğitim Müdürlüğü"] == "ilce_cankaya06"


@pytest.mark.parametrize("rule", ["maarif", "Maarif{plate}", "maarif-{plate}", "{il}{plate}"])
def test_a_naming_rule_without_its_plate_or_with_other_letters_is_refused(seeded_db, rule) -> None:
    sistem = admin(seeded_db, "sistem")
    with pytest.raises(Exception) as caught:
        system_settings.update(seeded_db, sistem, {"unit_name_province": rule})
    assert getattr(caught.value, "code", "") == "settings.name_rule_invalid"


def test_a_file_without_an_office_column_or_by_the_wrong_role_is_refused(
    seeded_db, tmp_path
) -> None:
    il06, auditor = admin(seeded_db, "il06"), admin(seeded_db, "denetci")
    path = _book(tmp_path / "x.xlsx", [["maarif06", "x"]], head=["Adres", "Sorumlu"])
    with pytest.raises(excel_io.ExcelError) as caught:
        units.import_file(seeded_db, il06, path)
    assert caught.value.code == "excel.missing_columns"
    with pytest.raises(PermissionDenied):
        units.import_file(seeded_db, auditor, path)
