"""Logs never hold TCKNs, GSMs or passwords (KVKK)."""

from __future__ import annotations

import logging
from pathlib import Path

from mebposta_admin import logging_setup


def test_redact_examples() -> None:
    text = (
        "tckn 10000000146 gsm 0532 123 45 67 and +905321234599 "
        "password=Gizli-Parola! url postgresql://u:s3cr3t@h/db"
    )
    out = logging_setup.redact(text)
    for secret in ("10000000146", "123 45 67", "5321234599", "Gizli-Parola!", "s3cr3t"):
        assert secret not in out
    assert "100******46" in out and "5** *** ** 67" in out


def test_log_file_is_redacted_including_exceptions(tmp_path: Path) -> None:
    path = logging_setup.configure(tmp_path, console=False)
    assert path is not None
    log = logging.getLogger("test.redaction")
    log.warning("caller %s with %s", "12345678950", "5321234567")
    try:
        raise ValueError("parola: Cok-Gizli-1 for 10000000146")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "caller 123******50 with 5** *** ** 67" in content
    assert "ValueError" in content
    for secret in ("12345678950", "5321234567", "Cok-Gizli-1", "10000000146"):
        assert secret not in content
