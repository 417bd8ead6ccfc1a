"""The mail backend: the virtual-mailbox table a stock Dovecot reads through its SQL passdb and
userdb (``resources/dovecot/``), and ending open IMAP sessions with ``doveadm kick``.

The table is ``mailboxes`` (address, password hash with its ``{SCHEME}`` prefix, quota in bytes,
active flag, maildir) and ``aliases``; it may live in the application's database (the demo) or
in a separate one that the mail servers read (production). Hashes are computed here, never by
Python's deprecated ``crypt`` module.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import bcrypt
import sqlalchemy as sa
from argon2 import PasswordHasher
from passlib.hash import sha512_crypt
from sqlalchemy.orm import Session

from mebposta_admin.errors import AppError
from mebposta_admin.models import Mailbox

log = logging.getLogger(__name__)


class HashScheme(StrEnum):
    ARGON2ID = "ARGON2ID"
    BLF_CRYPT = "BLF-CRYPT"
    SHA512_CRYPT = "SHA512-CRYPT"


# Every IMAP login verifies the hash: modest Argon2 memory keeps a mail server with a million
# users responsive while staying far beyond brute force for a random 10-character password.
_argon2 = PasswordHasher(time_cost=3, memory_cost=32 * 1024, parallelism=1)


def dovecot_hash(password: str, scheme: HashScheme = HashScheme.ARGON2ID) -> str:
    """``{SCHEME}hash`` exactly as Dovecot's SQL passdb expects it."""
    if scheme is HashScheme.ARGON2ID:
        return "{ARGON2ID}" + _argon2.hash(password)
    if scheme is HashScheme.BLF_CRYPT:
        return "{BLF-CRYPT}" + bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=10)).decode()
    hashed: str = sha512_crypt.using(rounds=5000).hash(password)
    return "{SHA512-CRYPT}" + hashed


def verify(stored: str, password: str) -> bool:
    """Checks a stored ``{SCHEME}`` hash (for tests and diagnostics)."""
    if stored.startswith("{ARGON2ID}"):
        try:
            return _argon2.verify(stored[len("{ARGON2ID}") :], password)
        except Exception:  # argon2 raises several verification errors
            return False
    if stored.startswith("{BLF-CRYPT}"):
        return bcrypt.checkpw(password.encode(), stored[len("{BLF-CRYPT}") :].encode())
    if stored.startswith("{SHA512-CRYPT}"):
        return bool(sha512_crypt.verify(password, stored[len("{SHA512-CRYPT}") :]))
    return False


@dataclass(frozen=True)
class MailboxState:
    id: int
    address: str
    active: bool
    has_password: bool
    password_changed_at: datetime | None


def set_password_hash(
    session: Session, mailbox_id: int, password_hash: str, when: datetime
) -> None:
    """Store a new hash in the caller's unit of work (committed with its audit event)."""
    _set_hash(session, Mailbox.id == mailbox_id, password_hash, when, "mailbox.not_found", {})


def set_password_hash_by_address(
    session: Session, address: str, password_hash: str, when: datetime
) -> None:
    """The same, in a separate mail database, where the address is the shared key."""
    _set_hash(
        session,
        Mailbox.address == address,
        password_hash,
        when,
        "mailbox.not_in_mail_db",
        {"address": address},
    )


def _set_hash(
    session: Session,
    which: sa.ColumnElement[bool],
    password_hash: str,
    when: datetime,
    missing: str,
    params: dict[str, str],
) -> None:
    result = session.execute(
        sa.update(Mailbox)
        .where(which)
        .values(password_hash=password_hash, password_changed_at=when)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise AppError(missing, **params)


@dataclass(frozen=True)
class DoveadmConfig:
    """How to reach Dovecot's admin tool on this workstation (optional)."""

    binary: str = "doveadm"
    config_path: str | None = None  # -c FILE; None: Dovecot's default configuration
    timeout_seconds: float = 10.0


def kick(address: str, config: DoveadmConfig) -> int:
    """End the mailbox's open IMAP/POP3 sessions; returns how many were ended.

    Uses ``doveadm kick`` (the CLI: no HTTP API credentials to manage on workstations).
    """
    binary = shutil.which(config.binary) or config.binary
    command = [binary]
    if config.config_path:
        command += ["-c", config.config_path]
    command += ["kick", address]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=config.timeout_seconds, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise AppError("mail.kick_failed", reason=type(exc).__name__) from exc
    if done.returncode not in (0, 68):  # 68: EX_NOUSER — nobody was connected
        raise AppError("mail.kick_failed", reason=done.stderr.strip()[:200])
    ended = sum(1 for line in done.stdout.splitlines() if address in line)
    log.info("doveadm kick %s: sessions ended: %d", address, ended)
    return ended


def quota_used_mb(address: str, config: DoveadmConfig) -> int | None:
    """How much of the mailbox's quota is used (MB), from ``doveadm quota get``; None when
    Dovecot cannot be asked here."""
    binary = shutil.which(config.binary)
    if binary is None:
        return None
    command = [binary]
    if config.config_path:
        command += ["-c", config.config_path]
    command += ["quota", "get", "-u", address]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=config.timeout_seconds, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    for line in done.stdout.splitlines():
        parts = line.split()
        if "STORAGE" in parts:  # Quota name, Type, Value (KiB), Limit, %
            at = parts.index("STORAGE")
            try:
                return round(int(parts[at + 1]) / 1024)
            except (IndexError, ValueError):
                return None
    return None
