"""Unit accounts from scripts, as a user runs them: ``units list|export`` and ``import units``
in real processes, options before and after the command, the exit code a scheduler sees."""

from __future__ import annotations

import json

import openpyxl
import pytest

from mebposta_admin.demo.seed import DEMO_PASSWORD
from tests.integration.test_cli import run

ENV = {"MEBPOSTA_PASSWORD": DEMO_PASSWORD}


# The command line is the same on both databases, whose services are tested on both: this
# command runs on sqlite here, its sibling on the other (CI time, issue 15).
@pytest.mark.parametrize("backend", ["sqlite"])
def test_export_then_import_back_with_options_anywhere(seeded_url: str, tmp_path) -> None:
    out = tmp_path / "antalya.xlsx"
    exported = run(
        "--db", seeded_url, "units", "export", "--out", str(out), "--as", "il07", env=ENV
    )
    assert exported.returncode == 0, exported.stderr
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Adres", "Kurum Kodu", "Kurum/Birim Adı")  # Turkish by default
    assert all(str(r[0]).endswith("07@meb.gov.tr") for r in rows[1:])
    listed = run(
        "units", "list", "--json", "--as", "il07", "--limit", "500", "--db", seeded_url, env=ENV
    )
    assert len(json.loads(listed.stdout)) == len(rows) - 1
    again = run("import", "units", str(out), "--db", seeded_url, "--as", "il07", "--json", env=ENV)
    assert again.returncode == 0, again.stderr
    data = json.loads(again.stdout)
    assert data["imported"] and data["unchanged"] == len(rows) - 1 and data["created"] == 0
    assert (tmp_path / "antalya-rapor.xlsx").exists()


# The command line is the same on both databases, whose services are tested on both: this
# command runs on postgresql here, its sibling on the other (CI time, issue 15).
@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_rejected_file_exits_1_names_the_rows_and_changes_nothing(
    seeded_url: str, tmp_path
) -> None:
    path = tmp_path / "bozuk.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Adres", "Kurum", "Sorumlu"])
    book.active.append(["maarıf07", "Antalya İl Millî Eğitim Müdürlüğü", "12345678901"])
    book.active.append(["yeni07", "Olmayan Müdürlük", "ali.veli@meb.gov.tr"])
    book.save(path)
    before = run(
        "units", "list", "--json", "--limit", "500", "--db", seeded_url, "--as", "il07", env=ENV
    )
    result = run("--db", seeded_url, "import", "units", str(path), "--as", "il07", env=ENV)
    assert result.returncode == 1
    assert "2:" in result.stderr and "3:" in result.stderr and "maarif07" in result.stderr
    assert "hiçbir şey aktarılmadı" in result.stderr
    after = run(
        "units", "list", "--json", "--limit", "500", "--db", seeded_url, "--as", "il07", env=ENV
    )
    assert json.loads(after.stdout) == json.loads(before.stdout)
    auditor = run("--db", seeded_url, "import", "units", str(path), "--as", "denetci", env=ENV)
    assert auditor.returncode == 1 and "Traceback" not in auditor.stderr
