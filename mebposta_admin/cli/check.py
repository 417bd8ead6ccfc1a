"""``--self-check``: what this installation can reach."""

from __future__ import annotations

import argparse
from typing import Any

from mebposta_admin import __version__
from mebposta_admin.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    _open,
    _print_json,
)


def self_check(args: argparse.Namespace) -> int:
    """For bundles and installs: every part the application needs, checked and named."""
    from PySide6.QtCore import QCoreApplication

    from mebposta_admin import texts
    from mebposta_admin.i18n import install_translators, translation_loaded
    from mebposta_admin.services.database import schema_status
    from mebposta_admin.services.secret_store import SecretStore
    from mebposta_admin.services.urls import redact_url

    report: dict[str, Any] = {"version": __version__}
    ok = True
    db = _open(args)
    try:
        status = schema_status(db.engine, db.url)
        report["database"] = {
            "url": redact_url(db.url),
            "revision": status.current,
            "head": status.head,
        }
        ok &= status.up_to_date
    finally:
        db.dispose()
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "tr")
    probe = texts.translate("Labels", "National")
    report["translation_tr"] = {"loaded": translation_loaded(translators), "probe": probe}
    ok &= translation_loaded(translators) and probe != "National"
    secrets = SecretStore()
    report["keyring"] = {"backend": secrets.backend_name, "persistent": secrets.persistent}
    report["ok"] = bool(ok)
    _print_json(report)
    return EXIT_OK if ok else EXIT_FAILED
