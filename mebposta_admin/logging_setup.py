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
from mebposta_admin.domain.folding import ascii_digits

LOG_FILE_NAME = "mebposta-admin.log"
# The separators the search box and the GSM parser accept between digits (domain/gsm.py,
# domain/search_query.py), at most three in a row: "0532 123 45 67", "(0532) 123 45 67",
# "532.123.45.67", "+90 532-123-4567", "123 456 789 50".
_SEP = rf"[{gsm_rules.SEPARATOR_CHARS}]{{0,{gsm_rules.MAX_SEPARATOR_RUN}}}"
_TCKN = re.compile(rf"(?<![\d+])[1-9](?:{_SEP}\d){{10}}(?!{_SEP}\d)")
_GSM = re.compile(
    rf"(?<![\d+])(?:\(?\+?{_SEP}9{_SEP}0{_SEP}|\(?0{_SEP})?5(?:{_SEP}\d){{9}}(?!{_SEP}\d)"
)
_SECRET = re.compile(
    r"(?i)((?:password|passwd|parola|şifreniz|ŞİFRENİZ|şifre|ŞİFRE|sifre|secret|token|"
    r"authorization)\s*[=:]\s*)"
    r"(?:\"[^\"]*\"|'[^']*'|\S+)"
)
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)([^@\s]+)(@)")


def _mask_tckn(match: re.Match[str]) -> str:
    return tckn_rules.mask(re.sub(r"\D", "", match.group(0)))


def _mask_gsm(match: re.Match[str]) -> str:
    return gsm_rules.mask(gsm_rules.normalize(match.group(0)) or "")


def redact(text: str) -> str:
    """Mask TCKNs, GSMs (in every form the parsers accept, in any script's digits), URL
    passwords, ``password=...`` style secrets and the SMS text's ``ŞİFRENİZ : ...``."""
    text = ascii_digits(text)  # full-width or Arabic-Indic digits are digits too
    text = _URL_PASSWORD.sub(r"\1***\3", text)
    text = _SECRET.sub(r"\1***", text)
    # TCKNs first: a GSM's ten digits can sit inside a spaced TCKN ("1.5000000028").
    text = _TCKN.sub(_mask_tckn, text)
    return _GSM.sub(_mask_gsm, text)


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
