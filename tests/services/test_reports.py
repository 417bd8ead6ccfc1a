"""Excel reports opened back with openpyxl: the header block, the frozen bold header row and
its autofilter, real Excel dates in Turkey's time, text that stays text whatever it starts
with, characters Excel cannot hold marked, over-long values cut, masking, the export itself
audited with the file's hash, and a cancelled export leaving no file — on both databases."""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import sqlalchemy as sa

from mebposta_admin.errors import AppError
from mebposta_admin.services import audit
from mebposta_admin.services.audit_query import AuditFilter
from mebposta_admin.services.reports import export_audit
from mebposta_admin.services.reports.workbook import CUT_MARK, ILLEGAL_MARK, MAX_CELL
from mebposta_admin.texts.labels import report_texts
from tests.support.requests import admin


@pytest.fixture
def turkish(qapp):
    """The workbook in the default language (its words come from the translation)."""
    from PySide6.QtCore import QCoreApplication

    from mebposta_admin.i18n import install_translators

    translators = install_translators(qapp, "tr")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


TRICKY = ['=HYPERLINK("http://x")', "+90 532", "-1+1", "@SUM(A1)", "\tsekme", "a\x07b"]


def _write(db, details, **fields) -> None:
    with db.unit_of_work() as session:
        audit.record(
            session,
            action=fields.pop("action", "request.reject"),
            outcome="success",
            admin_id=1,
            admin_username=fields.pop("who", "il06"),
            province_code=fields.pop("province_code", "06"),
            details=details,
            **fields,
        )


def _sheet(path):
    book = openpyxl.load_workbook(path)
    return book, book.active


def test_the_audit_detail_workbook(seeded_db, tmp_path, turkish) -> None:
    for text in TRICKY:
        _write(seeded_db, {"note": text, "gsm": "5** *** ** 12"})
    _write(seeded_db, {"note": "x" * 40_000})
    auditor = admin(seeded_db, "denetci")
    out = tmp_path / "denetim.xlsx"
    result = export_audit(
        seeded_db, auditor, out, AuditFilter(action="request.reject"), report_texts()
    )
    book, sheet = _sheet(out)
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Denetim kayıtları — ayrıntı"
    block = {r[0]: r[1] for r in rows[1:7]}
    assert block["Aktaran"] == "denetci" and "işlem" in block["Filtreler"]
    assert "mebposta_admin" in block["Uygulama"] and "doğrulanmadı" in block["Denetim zinciri"]
    head_id, head_hash = block["Kapsanan zincir başı (kayıt · özet)"].split(" · ")
    assert int(head_id) > 0 and len(head_hash) == 64
    heading = 8
    assert rows[heading][0] == "Zaman" and sheet.cell(heading + 1, 1).font.bold
    assert sheet.freeze_panes == f"A{heading + 2}"
    assert sheet.auto_filter.ref.startswith(f"A{heading + 1}:")
    data = rows[heading + 1 :]
    assert result.rows == len(data) == len(TRICKY) + 1
    first = sheet.cell(heading + 2, 1)
    assert first.is_date and isinstance(first.value, datetime)
    now_tr = datetime.now(UTC).astimezone(ZoneInfo("Europe/Istanbul"))
    assert abs((first.value - now_tr.replace(tzinfo=None)).total_seconds()) < 300
    details = [r[8] for r in data]
    for cell in sheet.iter_rows(min_row=heading + 2):
        assert all(c.data_type != "f" for c in cell)  # never a formula
    assert any('"=HYPERLINK' in d for d in details) and any("@SUM" in d for d in details)
    assert any("\\u0007" in d for d in details)  # escaped in the JSON, never dropped
    long = next(d for d in details if d.startswith('{"note": "xxx'))
    assert len(long) <= MAX_CELL and long.endswith(CUT_MARK)
    assert all("5** *** ** 12" in d or "xxx" in d for d in details)
    assert book.properties.creator == "denetci"
    with seeded_db.engine.connect() as conn:
        recorded = conn.execute(
            sa.text("SELECT details FROM audit_events WHERE action = 'report.export'")
        ).scalar_one()
    assert hashlib.sha256(out.read_bytes()).hexdigest() in recorded
    assert f'"rows": {result.rows}' in recorded


def test_the_export_is_scoped_and_a_cancel_leaves_nothing(seeded_db, tmp_path) -> None:
    _write(seeded_db, {"n": 1}, province_code="06", who="il06")
    _write(seeded_db, {"n": 2}, province_code="07", who="il07")
    il07 = admin(seeded_db, "il07")
    out = tmp_path / "antalya.xlsx"
    export_audit(seeded_db, il07, out, AuditFilter(action="request.reject"))
    _book, sheet = _sheet(out)
    provinces = {r[7] for r in sheet.iter_rows(min_row=10, values_only=True)}
    assert provinces == {"07"}

    stop = threading.Event()  # a CancelToken: the user pressed Stop
    stop.set()
    gone = tmp_path / "iptal.xlsx"
    with pytest.raises(AppError) as caught:
        export_audit(seeded_db, il07, gone, cancel=stop)
    assert caught.value.code == "task.cancelled"
    assert not gone.exists() and not gone.with_name(gone.name + ".part").exists()


def test_the_workbook_marks_what_excel_cannot_hold(tmp_path) -> None:
    from mebposta_admin.services.reports.workbook import Column, ReportBook

    out = tmp_path / "w.xlsx"
    with ReportBook(out, title="T", exporter="x", header=[("a", "b")], app_version="1") as book:
        sheet = book.sheet("S", [Column("Ad"), Column("Sayı", "int")])
        for value in ["bel\x07l", "=1+1", "+905321234567", "-2", "@A1", "\tx"]:
            sheet.row([value, 3])
        sheet.finish()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=5, values_only=True))
    assert rows[0] == (f"bel{ILLEGAL_MARK}l", 3)
    assert [r[0] for r in rows[1:]] == ["=1+1", "+905321234567", "-2", "@A1", "\tx"]
    assert not out.with_name(out.name + ".part").exists()


def test_the_summary_counts_and_charts(seeded_db, tmp_path, turkish) -> None:
    from mebposta_admin.services.reports import export_summary

    for outcome in ("success", "success", "success", "success", "refused", "unknown"):
        with seeded_db.unit_of_work() as session:
            audit.record(
                session,
                action="password.reissue",
                outcome=outcome,
                admin_id=2,
                admin_username="il07",
                province_code="07",
            )
    # tickets: one of Antalya answered in time and solved, one breaching; one central
    from mebposta_admin.services.tickets import store as st
    from mebposta_admin.services.tickets import work
    from tests.support.requests import on_file

    caller = on_file(seeded_db, "Kerem", "Aksoy", province="07", district=None)
    with seeded_db.unit_of_work() as session:
        numbers = [
            st.receive(
                session,
                st.Incoming(
                    "mail", "Kota", "Kutum doldu", caller_address=address, source_key=f"rep:{n}"
                ),
                work.intake_of(seeded_db),
            ).number
            for n, address in enumerate(("kerem.aksoy.t@meb.gov.tr",) * 2 + ("x@example.org",))
        ]
    il07 = admin(seeded_db, "il07")
    work.log_call(seeded_db, il07, numbers[0], "Aradım, kota anlatıldı.")
    work.set_status(seeded_db, il07, numbers[0], "solved")
    auditor = admin(seeded_db, "denetci")
    out = tmp_path / "ozet.xlsx"
    export_summary(seeded_db, auditor, out, report_texts())
    book = openpyxl.load_workbook(out)
    provinces, admins = book.worksheets
    rows = list(provinces.iter_rows(min_row=10, values_only=True))
    antalya = next(r for r in rows if str(r[0]).startswith("07"))
    heading = next(provinces.iter_rows(min_row=9, max_row=9, values_only=True))
    assert heading[1] == "Gönderilen şifre" and antalya[1] >= 4
    figures = dict(zip(heading, antalya, strict=True))
    assert figures["Alınan destek talebi"] == 2 and figures["Çözülen destek talebi"] == 1
    assert figures["SLA içinde ilk yanıt alan talep"] == 1.0  # answered at once, of one answered
    central = next(r for r in rows if str(r[0]).startswith("Merkez"))
    assert dict(zip(heading, central, strict=True))["Alınan destek talebi"] == 1
    del caller
    [chart_sheet] = book.chartsheets  # the native chart, on a sheet of its own
    assert chart_sheet.title == "Grafik"
    names = [r[0] for r in admins.iter_rows(min_row=10, values_only=True)]
    assert "il07" in names
    district = admin(seeded_db, "ilce0601")
    with pytest.raises(AppError):
        export_summary(seeded_db, district, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_the_backlog_lists_open_requests_masked(seeded_db, tmp_path, turkish) -> None:
    from mebposta_admin.services.reports import export_backlog
    from mebposta_admin.services.requests import intake
    from mebposta_admin.texts.labels import request_status_text
    from tests.support.requests import form_for, on_file

    ayse = on_file(seeded_db)
    il06 = admin(seeded_db, "il06")
    stored = intake.receive(seeded_db, il06, form_for(ayse, "5329998877"))
    out = tmp_path / "bekleyen.xlsx"
    result = export_backlog(seeded_db, il06, out, report_texts(), status_text=request_status_text)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=10, values_only=True))
    mine = next(r for r in rows if r[0] == stored.id)
    assert result.rows == len(rows) and ayse.tckn not in str(mine) and "*" in mine[7]
    assert isinstance(mine[1], datetime) and mine[5] == request_status_text("pending")
    assert all(r[8] == "Ankara" for r in rows)
