"""``pip install .`` without the setup script: the installed package speaks Turkish and can
create its database (the first migration reads the shipped province list)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Run the *installed* copy: drop the checkout's editable-install finder and put the target first.
PROBE = r"""
import json, sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in type(f).__module__.lower()]
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QCoreApplication
import mebposta_admin, mebposta_admin.paths as paths
from mebposta_admin.i18n import install_translators
from mebposta_admin.services.database import open_database
app = QCoreApplication([])
translators = install_translators(app, "tr")
db = open_database("sqlite:///" + sys.argv[2])
with db.engine.connect() as conn:
    provinces = conn.exec_driver_sql("SELECT count(*) FROM provinces").scalar()
db.dispose()
print(json.dumps({
    "package": mebposta_admin.__file__,
    "translations": str(paths.TRANSLATIONS_DIR),
    "probe": QCoreApplication.translate("Labels", "National"),
    "provinces": provinces,
}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        timeout=600,
    )
    [built] = out.glob("mebposta_admin-*.whl")
    return built


def test_the_wheel_carries_translations_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "mebposta_admin/_data/translations/mebposta_admin_tr.qm" in names
    assert "mebposta_admin/_data/resources/data/il_ilce.csv" in names
    assert "mebposta_admin/_data/resources/data/il_ilce.NOTICE.txt" in names
    assert any(n.startswith("mebposta_admin/migrations/versions/0006") for n in names)
    assert "mebposta_admin/migrations/script.py.mako" in names


def test_an_installed_wheel_speaks_turkish_and_creates_its_database(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(target), str(tmp_path / "db.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["package"].startswith(str(target))
    assert report["translations"].startswith(str(target))
    assert report["probe"] == "Ülke geneli"
    assert report["provinces"] == 81
