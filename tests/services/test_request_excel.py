"""Excel imports of the form and of the MEBBİS personnel export: every bad input named per row
and per file, nothing half-imported, a report written back as a workbook."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.errors import AppError, PermissionDenied
from mebposta_admin.services import directory
from mebposta_admin.services.excel_io import ExcelError
from mebposta_admin.services.requests import excel
from tests.support.requests import admin

TR_HEADER = [
    "Ad",
    "Soyad",
    "T.C. Kimlik No",
    "GSM",
    "E-posta",
    "Kurum/Birim Adı",
    "İl",
    "İlçe",
    "Kurum Kodu",
    "Açıklama",
    "Başvuru Tarihi",
]


def _tckns(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [tckn_rules.generate(rng) for _ in range(n)]


def _book(path: Path, header, rows, *, title: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _row(
    tckn,
    *,
    first="Ayşe",
    gsm="0532 111 22 33",
    province="Ankara",
    district="Çankaya",
    when="01.12.2026 10:15",
):
    return [
        first,
        "Yılmaz",
        tckn,
        gsm,
        "ayse.yilmaz@meb.gov.tr",
        "Çankaya İlkokulu",
        province,
        district,
        "123456",
        "Yeni hat",
        when,
    ]


def _count(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM info_update_requests")).scalar()


class _Verdicts(dict):
    """Row → (verdict, codes); a row the report does not list was stored as it came."""

    def __missing__(self, row: int) -> tuple[str, tuple[str, ...]]:
        return ("stored", ())


def _verdicts(report) -> dict[int, tuple[str, tuple[str, ...]]]:
    return _Verdicts({v.row: (v.verdict, v.codes) for v in report.verdicts})


def test_each_bad_row_gets_its_verdict_and_the_report_is_a_workbook(seeded_db, tmp_path) -> None:
    t = _tckns(6)
    source = _book(
        tmp_path / "talepler.xlsx",
        TR_HEADER,
        [
            _row(t[0]),  # row 2: fine
            _row("12345678951"),  # 3: checksum
            _row(int(t[1])),  # 4: an 11-digit TCKN stored as a number
            _row(t[2], gsm='=HYPERLINK("http://x")'),  # 5: a formula
            _row(t[3], when="dün"),  # 6: an unreadable date: a warning
            _row(t[0]),  # 7: the same form as row 2
            _row(t[4], province="Antalya", district="Muratpaşa"),  # 8: outside il06's scope
            _row(t[5], district="Kadıköy"),  # 9: district not in the province
            [None] * 11,  # an empty row: skipped
        ],
        title="Kullanıcı Bilgi Güncelleme Formu — dışa aktarım",
    )
    report_path = tmp_path / "rapor.xlsx"
    report = excel.import_file(
        seeded_db,
        admin(seeded_db, "il06"),
        source,
        report_path=report_path,
        describe=lambda code: f"<{code}>",
    )
    verdicts = _verdicts(report)
    assert report.rows == 8  # the title block and the empty row are not rows
    assert verdicts[4] == ("stored", ())
    assert verdicts[5] == ("rejected", ("tckn.checksum",))
    assert verdicts[6] == ("stored", ())  # its 11 digits intact
    assert verdicts[7] == ("rejected", ("cell.formula", "gsm.missing"))
    assert verdicts[8] == ("stored_with_warnings", ("date.unreadable",))
    assert verdicts[9][0] == "repeated"
    assert verdicts[10] == ("rejected", ("scope.outside",))
    assert verdicts[11] == ("rejected", ("district.not_in_province",))
    assert (report.stored, report.rejected, report.repeated) == (3, 4, 1)
    assert _count(seeded_db) == 3
    out = openpyxl.load_workbook(report_path)
    sheet = out.active
    header = [c.value for c in sheet[1]]
    assert header[-3:] == ["Row", "Verdict", "Reasons"] and sheet.freeze_panes == "A2"
    assert [c.value for c in sheet["A"]][1:] == ["Ayşe"] * 6  # rows 5, 7-11: not simply stored
    formula_row = list(sheet[3])  # the file's row 7
    assert all(c.data_type != "f" for c in formula_row)
    assert any(str(c.value).startswith("=HYPERLINK") for c in formula_row)  # kept as text
    assert sheet.cell(2, len(header)).value == "<tckn.checksum>"  # the file's row 5
    assert sheet.cell(2, len(header) - 2).value == "5"


def test_english_headers_in_another_order(seeded_db, tmp_path) -> None:
    t = _tckns(2, seed=2)
    header = ["Province", "Surname", "Name", "Mobile", "National ID", "District"]
    source = _book(
        tmp_path / "en.xlsx",
        header,
        [
            ["06", "Kaya", "Ali", 5321234567, t[0], "Çankaya"],
            ["6", "Demir", "Can", "+90 532 123 45 68", t[1], ""],
        ],
    )
    report = excel.import_file(seeded_db, admin(seeded_db, "yardim"), source)
    assert report.stored == 2 and report.rejected == 0
    with seeded_db.engine.connect() as conn:
        gsms = sorted(conn.execute(sa.text("SELECT gsm FROM info_update_requests")).scalars())
    assert gsms == ["5321234567", "5321234568"]


def test_the_same_file_again_stores_nothing_twice(seeded_db, tmp_path) -> None:
    source = _book(tmp_path / "a.xlsx", TR_HEADER, [_row(t) for t in _tckns(3, seed=3)])
    desk = admin(seeded_db, "yardim")
    first = excel.import_file(seeded_db, desk, source)
    again = excel.import_file(seeded_db, desk, source)
    assert first.stored == 3 and again.stored == 0 and again.imported_before == 3
    assert _count(seeded_db) == 3


def test_two_rows_for_one_tckn_the_later_supersedes(seeded_db, tmp_path) -> None:
    (t,) = _tckns(1, seed=4)
    source = _book(
        tmp_path / "b.xlsx",
        TR_HEADER,
        [
            _row(t, gsm="5321111111", when="01.12.2026 09:00"),
            _row(t, gsm="5322222222", when="01.12.2026 11:00"),
        ],
    )
    report = excel.import_file(seeded_db, admin(seeded_db, "yardim"), source)
    verdicts = _verdicts(report)
    assert verdicts[2][0] == "superseded" and verdicts[3][0] == "stored"
    with seeded_db.engine.connect() as conn:
        rows = dict(conn.execute(sa.text("SELECT gsm, status FROM info_update_requests")).all())
    assert rows == {"5321111111": "superseded", "5322222222": "pending"}


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p.write_text("Ad;Soyad\nAli;Kaya\n", encoding="utf-8"), "excel.not_a_workbook"),
        (lambda p: _book(p, ["x", "y", "z"], [[1, 2, 3]]), "excel.no_header"),
        (
            lambda p: _book(p, ["Ad", "Soyad", "İl"], [["Ali", "Kaya", "06"]]),
            "excel.missing_columns",
        ),
    ],
)
def test_a_file_that_cannot_be_imported_is_named_and_nothing_stored(
    seeded_db, tmp_path, make, code
) -> None:
    path = tmp_path / "bad.xlsx"
    make(path)
    with pytest.raises(ExcelError) as caught:
        excel.import_file(seeded_db, admin(seeded_db, "yardim"), path)
    assert caught.value.code == code
    assert _count(seeded_db) == 0


def test_a_cancelled_import_leaves_nothing(seeded_db, tmp_path) -> None:
    source = _book(tmp_path / "big.xlsx", TR_HEADER, [_row(t) for t in _tckns(3000, seed=5)])

    class CancelSoon:
        calls = 0

        def is_set(self) -> bool:
            self.calls += 1
            return self.calls > 3

    with pytest.raises(AppError) as caught:
        excel.import_file(seeded_db, admin(seeded_db, "yardim"), source, cancel=CancelSoon())
    assert caught.value.code == "task.cancelled"
    assert _count(seeded_db) == 0


def test_auditor_may_not_import(seeded_db, tmp_path) -> None:
    source = _book(tmp_path / "a.xlsx", TR_HEADER, [_row(_tckns(1)[0])])
    with pytest.raises(PermissionDenied):
        excel.import_file(seeded_db, admin(seeded_db, "denetci"), source)


# ------------------------------------------------------------------------------ MEBBİS
MEBBIS_HEADER = [
    "TC Kimlik No",
    "Adı",
    "Soyadı",
    "Cep Telefonu",
    "Kurum Kodu",
    "Kurum Adı",
    "İl",
    "İlçe",
    "Durum",
]


def test_mebbis_export_is_imported_and_answers_lookups(seeded_db, tmp_path) -> None:
    t = _tckns(4, seed=6)
    source = _book(
        tmp_path / "mebbis.xlsx",
        MEBBIS_HEADER,
        [
            [
                int(t[0]),
                "AYŞE",
                "YILMAZ",
                "05321112233",
                "123456",
                "Çankaya İlkokulu",
                "Ankara",
                "Çankaya",
                "Aktif",
            ],
            [t[1], "Ali", "Kaya", None, "", "", "06", "", "Pasif"],
            ["12345678951", "Bad", "Row", "", "", "", "06", "", ""],
            [t[3], "Can", "Ak", "212 555 11 22", "", "", "06", "", ""],
        ],
    )
    result = directory.import_export(seeded_db, admin(seeded_db, "sistem"), source)
    assert result.stored == 2 and [row for row, _ in result.rejected] == [4, 5]
    local = directory.LocalDirectory(seeded_db)
    found, passive = local.lookup(t[0]), local.lookup(t[1])
    assert found is not None and passive is not None
    assert found.gsm == "5321112233" and found.first_name == "AYŞE" and found.active
    assert passive.gsm is None and not passive.active
    assert local.lookup(t[3]) is None
    # importing a newer export updates, never duplicates
    _book(source, MEBBIS_HEADER, [[t[0], "Ayşe", "Yılmaz", "5329998877", "", "", "06", "", ""]])
    directory.import_export(seeded_db, admin(seeded_db, "sistem"), source)
    updated = local.lookup(t[0])
    assert updated is not None and updated.gsm == "5329998877"
    with pytest.raises(PermissionDenied):
        directory.import_export(seeded_db, admin(seeded_db, "il06"), source)


def test_dates_in_cells_are_read_in_turkish_time(seeded_db, tmp_path) -> None:
    (t,) = _tckns(1, seed=8)
    row = _row(t, when=datetime(2026, 12, 1, 9, 30))
    source = _book(tmp_path / "d.xlsx", TR_HEADER, [row])
    excel.import_file(seeded_db, admin(seeded_db, "yardim"), source)
    with seeded_db.engine.connect() as conn:
        submitted = conn.execute(sa.text("SELECT submitted_at FROM info_update_requests")).scalar()
    text = str(submitted)
    assert "06:30" in text  # 09:30 in Turkey is 06:30 UTC


def test_the_reader_process_reads_what_the_inline_reader_reads(tmp_path) -> None:
    """Big files are parsed in a spawned reader process (its own CPU): same rows, same
    errors, and a cancel stops it."""
    from mebposta_admin.services import excel_io

    rows = [_row(t) for t in _tckns(1200, seed=9)]
    rows[7][3] = '=HYPERLINK("x")'
    source = _book(tmp_path / "p.xlsx", TR_HEADER, rows, title="Dışa aktarım")

    def read(in_process: bool) -> list[tuple[int, dict[str, tuple[str, bool]]]]:
        table = excel_io.open_table(source, excel.SYNONYMS, excel.REQUIRED, in_process=in_process)
        return [
            (r.number, {k: (c.text, c.formula) for k, c in r.cells.items()}) for r in table.rows
        ]

    inline, spawned = read(False), read(True)
    assert spawned == inline and len(spawned) == 1200
    assert spawned[7][1]["gsm"] == ('=HYPERLINK("x")', True)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ExcelError) as caught:
        excel_io.open_table(bad, excel.SYNONYMS, excel.REQUIRED, in_process=True)
    assert caught.value.code == "excel.not_a_workbook"

    class Cancelled:
        def is_set(self) -> bool:
            return True

    table = excel_io.open_table(
        source, excel.SYNONYMS, excel.REQUIRED, in_process=True, cancel=Cancelled()
    )
    with pytest.raises(AppError) as stopped:
        list(table.rows)
    assert stopped.value.code == "task.cancelled"


def test_cells_of_the_wrong_type_get_their_verdict(seeded_db, tmp_path) -> None:
    """A number where a name belongs, a date where the GSM belongs, a TCKN stored as a float
    (Excel's own way of keeping long numbers) — each row judged, none lost, none crashing."""
    t = _tckns(3, seed=12)
    rows = [_row(t[0]), _row(t[1]), _row(float(int(t[2])))]
    rows[0][0] = 12345  # the name
    rows[1][3] = datetime(2026, 12, 1)  # the GSM
    source = _book(tmp_path / "types.xlsx", TR_HEADER, rows)
    report = excel.import_file(seeded_db, admin(seeded_db, "yardim"), source)
    verdicts = _verdicts(report)
    assert verdicts[2] == ("rejected", ("name.invalid",))
    assert verdicts[3] == ("rejected", ("gsm.shape",))
    assert verdicts[4] == ("stored", ())  # 1.0000000146e10 read back as its 11 digits


ROWS = 30_000  # 60 chunks of every IN (...) list; 100 000 rows: benchmarks/info_requests.py


@pytest.mark.parametrize("backend", ["sqlite"])  # the size is the point: services run on both
def test_a_large_file_imports_whole(backend, seeded_db, tmp_path) -> None:
    """A large export: every row stored, none twice, in one unit of work, past every chunk
    boundary (its speed at a province's yearly 100 000 rows is measured by
    benchmarks/info_requests.py, not here)."""
    from openpyxl import Workbook

    rng = random.Random(100)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Talepler")
    sheet.append(TR_HEADER)
    for i in range(ROWS):
        sheet.append(
            [
                "Ayşe",
                "Yılmaz",
                int(tckn_rules.generate(rng)),
                f"532{i:07d}",
                "",
                "",
                "Ankara",
                "Çankaya",
                "",
                "",
                None,
            ]
        )
    path = tmp_path / "big.xlsx"
    book.save(path)
    report = excel.import_file(seeded_db, admin(seeded_db, "yardim"), path)
    assert report.rows == ROWS
    assert report.stored + report.repeated + report.rejected == ROWS
    assert report.rejected == 0
    with seeded_db.engine.connect() as conn:
        stored, distinct = conn.execute(
            sa.text("SELECT count(*), count(DISTINCT import_key) FROM info_update_requests")
        ).one()
    assert stored == distinct == report.stored
