"""The PyInstaller bundle starts, migrates, speaks Turkish and names its keyring backend."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("MEBPOSTA_TEST_BUNDLE") != "1":
        pytest.skip(
            "set MEBPOSTA_TEST_BUNDLE=1 to build the bundle (the README's test command does)"
        )
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    program = work / "dist" / "mebposta-admin" / "mebposta-admin"
    assert program.exists()
    return program


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_bundle_version(bundle: Path) -> None:
    result = subprocess.run(
        [str(bundle), "--version"], capture_output=True, text=True, env=_env(), timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("mebposta-admin ")


def test_bundle_self_check(bundle: Path, tmp_path: Path) -> None:
    database = tmp_path / "bundle.sqlite3"
    result = subprocess.run(
        [str(bundle), "--self-check", "--db", f"sqlite:///{database}"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["database"]["revision"] == report["database"]["head"]
    assert report["translation_tr"]["probe"] == "Ülke geneli"
    assert report["keyring"]["backend"].startswith("keyring.backends.")
    assert database.exists()


def test_bundle_cli_against_postgresql(bundle: Path, pg_server, tmp_path: Path) -> None:
    import sqlalchemy as sa

    admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql('DROP DATABASE IF EXISTS "bundle_check"')
        conn.exec_driver_sql('CREATE DATABASE "bundle_check"')
    admin.dispose()
    result = subprocess.run(
        [
            str(bundle),
            "demo",
            "seed",
            "--people",
            "200",
            "--json",
            "--db",
            pg_server.url_for("bundle_check"),
        ],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["people"] == 200
