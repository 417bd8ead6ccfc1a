"""One logging setup: a rotating file in the user log directory, redacting personal data.

TCKNs, GSM numbers, passwords and tokens never reach a log file (KVKK): a filter rewrites every
record's message before any handler formats it.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules

LOG_FILE_NAME = "mebposta-admin.log"
_TCKN = re.compile(r"(?<!\d)[1-9]\d{10}(?!\d)")
_GSM = re.compile(r"(?<![\d+])(?:\+?90[\s-]?|0)?5\d{2}[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)")
_SECRET = re.compile(
    r"(?i)((?:password|passwd|parola|şifre|sifre|secret|token|authorization)\s*[=:]\s*)"
    r"(?:\"[^\"]*\"|'[^']*'|\S+)"
)
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)([^@\s]+)(@)")


def redact(text: str) -> str:
    """Mask TCKNs, GSMs, URL passwords and ``password=...`` style secrets in ``text``."""
    text = _URL_PASSWORD.sub(r"\1***\3", text)
    text = _SECRET.sub(r"\1***", text)
    text = _TCKN.sub(lambda m: tckn_rules.mask(m.group(0)), text)
    return _GSM.sub(lambda m: gsm_rules.mask(gsm_rules.normalize(m.group(0)) or ""), text)


class RedactingFilter(logging.Filter):
    """Rewrites the message (with its arguments merged in) and the exception text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        if record.exc_info:
            formatter = logging.Formatter()
            message = f"{message}\n{formatter.formatException(record.exc_info)}"
            record.exc_info = None
            record.exc_text = None
        record.msg = redact(message)
        record.args = None
        return True


def configure(
    log_dir: Path | None, *, level: int = logging.INFO, console: bool = True
) -> Path | None:
    """Install the handlers once; returns the log file path (None when no file is used)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_mebposta", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    path = None
    handlers: list[logging.Handler] = []
    if log_dir is not None:
        path = log_dir / LOG_FILE_NAME
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=5 * 1024 * 1024, backupCount=5, encoding="utf-8"
        )
        handlers.append(file_handler)
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        handlers.append(stream)
    for handler in handlers:
        handler.setFormatter(fmt)
        handler.addFilter(RedactingFilter())
        handler._mebposta = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path
