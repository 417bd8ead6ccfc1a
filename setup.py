"""Build hook: the wheel carries the shipped data and the compiled translations.

``resources/`` and ``translations/`` sit beside the package in the checkout (and in the
PyInstaller bundle); a plain ``pip install .`` would leave them behind — no Turkish, and no
province list for the first migration. This copies ``resources/`` into the built package as
``mebposta_admin/_data/resources`` and compiles every ``translations/*.ts`` with Qt's
``lrelease`` (from PySide6, a build requirement) into ``mebposta_admin/_data/translations``.
Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> list[str]:
    import PySide6  # the build environment's (pyproject.toml [build-system] requires)

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        if (folder / name).exists():
            return [str(folder / name)]
    return ["pyside6-lrelease"]


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's own folders
            return
        target = Path(self.build_lib) / "mebposta_admin" / "_data"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target / "resources")
        (target / "translations").mkdir(parents=True)
        for ts in sorted((ROOT / "translations").glob("*.ts")):
            qm = target / "translations" / f"{ts.stem}.qm"
            subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.exists():
                raise SystemExit(f"lrelease did not write {qm}")


setup(cmdclass={"build_py": BuildPyWithData})
