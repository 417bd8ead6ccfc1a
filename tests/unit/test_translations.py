"""Turkish is complete and current: lupdate would add nothing, and nothing is unfinished."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "mebposta_admin_tr.ts"


def _messages(path: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.findall("numerusform")]
            result[(name, message.findtext("source") or "")] = (
                forms[0] if forms else translation.text,
                translation.get("type"),
            )
    return result


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(found).exists():
        pytest.fail("pyside6-lupdate is missing: install PySide6-Essentials")
    return found


def test_committed_ts_is_current(tmp_path: Path) -> None:
    copy = tmp_path / "check.ts"
    shutil.copyfile(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "mebposta_admin").rglob("*.py"))
    subprocess.run(
        [
            _lupdate(),
            *sources,
            "-ts",
            str(copy),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "tr",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    committed, fresh = _messages(TS), _messages(copy)
    assert set(fresh) == set(committed), "run pyside6-lupdate and translate the new strings"


def test_every_turkish_entry_is_finished() -> None:
    unfinished = [
        src
        for (ctx, src), (text, kind) in _messages(TS).items()
        if kind in ("unfinished", "vanished", "obsolete") or not (text or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    import re

    field = re.compile(r"\{(\w*)\}")
    for (_ctx, src), (text, _kind) in _messages(TS).items():
        assert sorted(field.findall(src)) == sorted(field.findall(text or "")), src


def test_compiled_catalogue_translates(qapp) -> None:
    translator = QTranslator()
    assert translator.load("mebposta_admin_tr", str(ROOT / "translations")), (
        "run the install step (lrelease)"
    )
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Labels", "National") == "Ülke geneli"
        assert QCoreApplication.translate("LoginDialog", "&Sign in") == "&Giriş yap"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_shared_texts_speak_the_installed_language(qapp) -> None:
    """mebposta_admin.texts has no Qt of its own: English until a front end installs Qt's
    translator (i18n.install_translators does), Turkish after, English again for "en"."""
    import subprocess

    from mebposta_admin import texts
    from mebposta_admin.domain.roles import Role
    from mebposta_admin.errors import AppError
    from mebposta_admin.i18n import install_translators
    from mebposta_admin.texts.errors import text_for
    from mebposta_admin.texts.labels import role_text

    # A fresh interpreter, no Qt imported at all: the English source texts.
    script = (
        "import sys; from mebposta_admin.texts.errors import text_for; "
        "from mebposta_admin.errors import AppError; "
        "print(text_for(AppError('task.cancelled'))); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.splitlines()
    assert out == ["Cancelled. Nothing was changed.", "False"]

    translators = install_translators(qapp, "tr")
    try:
        assert text_for(AppError("task.cancelled")) == "İptal edildi. Hiçbir şey değiştirilmedi."
        assert role_text(Role.HELPDESK) == "Yardım masası"
        assert texts.translate("Labels", "National") == "Ülke geneli"
        unknown = text_for(AppError("no.such_code"))
        assert unknown.startswith("Beklenmeyen hata") and "no.such_code" in unknown
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    install_translators(qapp, "en")
    assert text_for(AppError("task.cancelled")) == "Cancelled. Nothing was changed."
