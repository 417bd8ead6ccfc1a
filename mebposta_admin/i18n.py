"""Loading translators: ours and Qt's own (so stock dialogs speak Turkish too).

Shared by both front ends: the GUI and the CLI read the same ``.qm`` catalogue, and the
Qt-neutral :mod:`mebposta_admin.texts` tables are translated through it from here on.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mebposta_admin import texts
from mebposta_admin.paths import TRANSLATIONS_DIR

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("tr" or "en"); returns them (keep a reference).

    English is the source language, so "en" needs no translator of ours.
    """
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Turkish if language == "tr" else QLocale.Language.English,
            QLocale.Country.Turkey if language == "tr" else QLocale.Country.UnitedKingdom,
        )
    )
    texts.use_translator(QCoreApplication.translate)
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (
        (f"qtbase_{language}", qt_dir),
        (f"mebposta_admin_{language}", str(TRANSLATIONS_DIR)),
    ):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("Translation %s not found in %s", name, directory)
    return installed


def translation_loaded(translators: list[QTranslator]) -> bool:
    return any("mebposta_admin" in t.filePath() for t in translators)
