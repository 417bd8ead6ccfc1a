"""System settings: what governs other people's accounts, kept in the database.

The SMS gateway (address, user code, sender name), the reissue limits and password style, and
the mail servers' database live here, not in a workstation's settings file: every workstation
reads the same values, only a superadmin changes them, and every change is an audit event with
the values before and after. Gateway *credentials* are not settings: they stay in the keyring
of the machine that sends.

``demo`` is set by the demo seed alone, and only then is the local gateway (which shows the
SMS on screen instead of sending it) used; a superadmin may turn it off, never on.
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, time
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.mail_passwords import PasswordStyle
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.domain.roles import Role
from mebposta_admin.domain.ticket_sla import DEFAULT_TARGETS, TargetTable
from mebposta_admin.errors import AppError, ValidationFailed
from mebposta_admin.models import SystemSetting
from mebposta_admin.models.base import utcnow
from mebposta_admin.models.engine import parse_url, split_password
from mebposta_admin.services import guard
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Target

ACTION = AuditAction.SETTINGS_CHANGE

PER_MAILBOX_RANGE = (1, 10)
PER_ADMIN_RANGE = (1, 500)
MAX_HEADER = 11  # Netgsm message headers: at most 11 characters


@dataclass(frozen=True)
class SystemSettings:
    sms_base_url: str = ""
    sms_usercode: str = ""
    sms_header: str = "MEB"
    reissue_per_mailbox_per_day: int = 3
    reissue_per_admin_per_hour: int = 30
    password_style: PasswordStyle = PasswordStyle.EASY
    mail_database_url: str = ""  # empty: the mail servers read the application's database
    # The HR directory (MEBBİS) and the help-desk portal: empty = not connected (MEBBİS is
    # then the imported personnel export, the portal feed is not polled).
    mebbis_base_url: str = ""
    portal_base_url: str = ""
    # The request queue's business calendar (domain.business_calendar): the cut-off after
    # which a request is due the next working day, local closures and worked weekend days.
    request_cutoff: str = "16:00"
    business_closures: str = ""  # "2026-12-31, 2027-01-02"
    business_working_days: str = ""
    # Naming rules of unit accounts (domain.unit_names): an İl MEM's and an İlçe MEM's local
    # part; a central unit names itself ([a-z0-9_], 3 to 40 characters).
    unit_name_province: str = "maarif{plate}"
    unit_name_district: str = "{district}{plate}"
    # The help desk (issue 14): its mailbox over IMAP (the password in the keyring of the
    # machine that reads it), replies over SMTP submission (STARTTLS), the SLA targets in
    # business minutes ("[category:]priority=first/update/solution; …"), the attachment
    # limit and the flood limit of one sender.
    helpdesk_address: str = "posta@meb.gov.tr"
    helpdesk_imap_host: str = ""
    helpdesk_imap_port: int = 993
    helpdesk_imap_folder: str = "INBOX"
    smtp_host: str = ""
    smtp_port: int = 587
    ticket_sla: str = DEFAULT_TARGETS
    ticket_attachment_mb: int = 10
    ticket_flood_per_hour: int = 10
    # Sign-in (issue 15): the roles that must give a TOTP code after the password, and the
    # idle minutes after which the application locks until the password is given again.
    totp_roles: str = "superadmin, helpdesk"
    idle_lock_minutes: int = 15
    demo: bool = False


DEFAULTS = SystemSettings()
# What the tickets' SLA clocks depend on (services.tickets.sla).
CLOCK_KEYS = frozenset(
    {"ticket_sla", "request_cutoff", "business_closures", "business_working_days"}
)
EDITABLE = tuple(f.name for f in fields(SystemSettings))
SECRET_KEYS: frozenset[str] = frozenset()  # none today; masked in the audit if added


def _https_url(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme == "https" and parts.hostname:
        if parts.username or parts.password:
            raise ValidationFailed("settings.url_credentials", key="sms_base_url")
        return value.rstrip("/")
    if parts.scheme == "http" and parts.hostname and _is_loopback(parts.hostname):
        return value.rstrip("/")  # a gateway simulator on this machine (tests, demos)
    raise ValidationFailed("settings.https_required", value=value)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _text(limit: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        value = value.strip()
        if len(value) > limit or any(not ch.isprintable() for ch in value):
            raise ValidationFailed("settings.text_invalid", limit=limit)
        return value

    return check


def _header(value: str) -> str:
    value = value.strip()
    if not value or len(value) > MAX_HEADER or not value.isprintable():
        raise ValidationFailed("settings.header_invalid", limit=MAX_HEADER)
    return value


def _int_in(bounds: tuple[int, int]) -> Callable[[str], int]:
    low, high = bounds

    def check(value: str) -> int:
        text = str(value).strip()
        if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
            raise ValidationFailed("settings.out_of_range", value=value, low=low, high=high)
        return int(text)

    return check


def _style(value: str) -> PasswordStyle:
    try:
        return PasswordStyle(str(value).strip())
    except ValueError:
        raise ValidationFailed(
            "settings.choice_invalid",
            value=value,
            choices=", ".join(s.value for s in PasswordStyle),
        ) from None


def _clock(value: str) -> str:
    text = str(value).strip()
    hours, _, minutes = text.partition(":")
    if not (hours.isascii() and hours.isdigit() and minutes.isascii() and minutes.isdigit()):
        raise ValidationFailed("settings.time_invalid", value=value)
    h, m = int(hours), int(minutes)
    if not (8 <= h <= 17 and 0 <= m <= 59 and len(minutes) == 2):  # within 08:30-17:30
        raise ValidationFailed("settings.time_invalid", value=value)
    if not (time(8, 30) < time(h, m) <= time(17, 30)):
        raise ValidationFailed("settings.time_invalid", value=value)
    return f"{h:02d}:{m:02d}"


def _dates(value: str) -> str:
    """Comma- or space-separated ISO dates, stored sorted and without repeats."""
    days: set[date] = set()
    for part in str(value).replace(",", " ").replace(";", " ").split():
        try:
            days.add(date.fromisoformat(part))
        except ValueError:
            raise ValidationFailed("settings.dates_invalid", value=part) from None
    return ", ".join(d.isoformat() for d in sorted(days))


def parse_dates(text: str) -> frozenset[date]:
    return frozenset(date.fromisoformat(p) for p in text.replace(",", " ").split() if p)


def _name_rule(*needed: str) -> Callable[[str], str]:
    """A unit account's naming rule: a–z, 0–9 and _ around the placeholders ``{plate}`` and
    ``{district}``; ``needed`` must appear (the plate keeps two provinces' units apart)."""

    def check(value: str) -> str:
        text = str(value).strip()
        bare = text
        for name in ("plate", "district"):
            bare = bare.replace("{" + name + "}", "")
        missing = [name for name in needed if "{" + name + "}" not in text]
        if missing or not re.fullmatch(r"[a-z0-9_]*", bare) or len(text) > 40:
            raise ValidationFailed(
                "settings.name_rule_invalid",
                value=text,
                needed=", ".join("{" + n + "}" for n in needed),
            )
        return text

    return check


def unit_rules(settings: SystemSettings) -> dict[str, str]:
    """The naming rules as :mod:`mebposta_admin.domain.unit_names` takes them."""
    return {"province": settings.unit_name_province, "district": settings.unit_name_district}


def _database_url(value: str) -> str:

    value = value.strip()
    if not value:
        return ""
    url, password = split_password(value)
    if password is not None:
        raise ValidationFailed("settings.url_password")
    try:
        parse_url(url)
    except AppError as exc:  # db.url_invalid / db.url_unsupported: bad input, not a failure
        raise ValidationFailed(exc.code, **exc.params) from exc
    return url


def _host(value: str) -> str:
    """A server's name or address (no scheme, no port): empty = not connected."""
    text = str(value).strip()
    if text and not re.fullmatch(r"[A-Za-z0-9.\-]{1,253}|\[?[0-9A-Fa-f:.]+\]?", text):
        raise ValidationFailed("settings.host_invalid", value=text)
    return text


def _address(value: str) -> str:
    text = str(value).strip().lower()  # ascii: addresses, codes
    if not re.fullmatch(r"[a-z0-9._%+\-]{1,64}@[a-z0-9.\-]{1,190}\.[a-z]{2,}", text):
        raise ValidationFailed("settings.address_invalid", value=text)
    return text


def _folder(value: str) -> str:
    text = str(value).strip()
    if not text or len(text) > 100 or any(ord(ch) < 32 for ch in text):
        raise ValidationFailed("settings.folder_invalid", value=text)
    return text


def _sla(value: str) -> str:
    text = " ".join(str(value).split())
    try:
        TargetTable(text)
    except ValueError as exc:
        raise ValidationFailed("settings.sla_invalid", value=text, reason=str(exc)) from exc
    return text


def _roles(value: str) -> str:
    """Role names (``superadmin, helpdesk``), stored in the roles' own order; empty: none."""
    named = {part.strip() for part in str(value).replace(";", ",").split(",") if part.strip()}
    known = {role.value for role in Role}
    unknown = sorted(named - known)
    if unknown:
        raise ValidationFailed(
            "settings.choice_invalid", value=unknown[0], choices=", ".join(sorted(known))
        )
    return ", ".join(role.value for role in Role if role.value in named)


def totp_required(settings: SystemSettings, role: Role) -> bool:
    return role.value in {part.strip() for part in settings.totp_roles.split(",")}


def _demo_off(value: str) -> bool:
    """A demo database may be turned into a real one (SMS then go through the gateway); only
    the demo seed makes a database a demo, so nobody can divert real passwords to a screen."""
    text = str(value).strip().lower()  # ascii: true/false
    if text in ("false", "0", "no", "hayir", "hayır"):
        return False
    if text in ("true", "1", "yes", "evet"):
        raise ValidationFailed("settings.demo_only_seed")
    raise ValidationFailed("settings.choice_invalid", value=value, choices="false")


PARSERS: dict[str, Callable[[str], Any]] = {
    "demo": _demo_off,
    "sms_base_url": _https_url,
    "sms_usercode": _text(64),
    "sms_header": _header,
    "reissue_per_mailbox_per_day": _int_in(PER_MAILBOX_RANGE),
    "reissue_per_admin_per_hour": _int_in(PER_ADMIN_RANGE),
    "password_style": _style,
    "mail_database_url": _database_url,
    "mebbis_base_url": _https_url,
    "portal_base_url": _https_url,
    "request_cutoff": _clock,
    "business_closures": _dates,
    "business_working_days": _dates,
    "unit_name_province": _name_rule("plate"),
    "unit_name_district": _name_rule("district", "plate"),
    "helpdesk_address": _address,
    "helpdesk_imap_host": _host,
    "helpdesk_imap_port": _int_in((1, 65535)),
    "helpdesk_imap_folder": _folder,
    "smtp_host": _host,
    "smtp_port": _int_in((1, 65535)),
    "ticket_sla": _sla,
    "ticket_attachment_mb": _int_in((1, 50)),
    "ticket_flood_per_hour": _int_in((1, 1000)),
    "totp_roles": _roles,
    "idle_lock_minutes": _int_in((1, 240)),
}


def _decode(settings: SystemSettings, key: str, raw: str) -> SystemSettings:
    try:
        value = json.loads(raw)
    except ValueError:
        return settings
    if key == "demo":
        return replace(settings, demo=value is True)
    if key not in PARSERS:
        return settings  # a key of a newer version: ignored, kept
    try:
        return replace(settings, **{key: PARSERS[key](str(value))})
    except ValidationFailed:
        return settings  # written behind the application's back: the default applies


def read(session: Session) -> SystemSettings:
    settings = DEFAULTS
    for row in session.scalars(select(SystemSetting)):
        settings = _decode(settings, row.key, row.value)
    return settings


def load(db: Database) -> SystemSettings:
    with db.unit_of_work() as session:
        return read(session)


def _shown(key: str, value: Any) -> Any:
    if key in SECRET_KEYS and value:
        return "***"
    return value.value if isinstance(value, PasswordStyle) else value


def update(
    db: Database,
    identity: AdminIdentity,
    changes: Mapping[str, str],
    *,
    action: AuditAction = ACTION,
) -> SystemSettings:
    """Validate every change, then write them all with one audit event (before/after), or
    nothing. Only a superadmin may (the action guard); a refusal is audited too."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ValidationFailed("settings.unknown_key", key=unknown[0], keys=", ".join(EDITABLE))

    def work(session: Session, current: SystemSettings) -> Done[SystemSettings]:
        parsed = {key: PARSERS[key](value) for key, value in changes.items()}
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for key, value in parsed.items():
            old = getattr(current, key)
            if old == value:
                continue
            before[key], after[key] = _shown(key, old), _shown(key, value)
            _write(session, key, value, identity.username)
        details: dict[str, Any] | None = {"before": before, "after": after} if after else None
        updated = replace(current, **parsed)
        if set(after) & CLOCK_KEYS:
            # The tickets' SLA clocks come from their history: a changed calendar or target
            # moves every open ticket's due time in the same unit of work.
            from mebposta_admin.services.tickets import sla

            details = {
                **(details or {}),
                "tickets_recomputed": sla.recompute_all(session, sla.Rules.of(updated)),
            }
        return Done(updated, details)

    return guard.act(
        db,
        identity,
        Permission.CHANGE_SYSTEM_SETTINGS,
        action,
        load=read,
        locate=lambda _current: SETTINGS_TARGET,
        work=work,
        refusal_details={"keys": sorted(changes)},
    )


SETTINGS_TARGET = Target("settings", None)


def _write(session: Session, key: str, value: Any, who: str) -> None:
    stored = json.dumps(value.value if isinstance(value, PasswordStyle) else value)
    row = session.get(SystemSetting, key)
    if row is None:
        session.add(SystemSetting(key=key, value=stored, updated_at=utcnow(), updated_by=who))
    else:
        row.value, row.updated_at, row.updated_by = stored, utcnow(), who


def mark_demo(session: Session) -> None:
    """The demo seed's mark: this database's SMS are shown on screen, never sent."""
    _write(session, "demo", True, "demo-seed")


def as_strings(settings: SystemSettings) -> dict[str, str]:
    """Every setting as text (CLI ``settings show``, the settings dialog)."""
    result: dict[str, str] = {}
    for f in fields(SystemSettings):
        value = getattr(settings, f.name)
        if isinstance(value, bool):
            result[f.name] = "true" if value else "false"
        else:
            result[f.name] = str(_shown(f.name, value))
    return result


def adopt_legacy(
    db: Database, identity: AdminIdentity, values: Mapping[str, str]
) -> tuple[str, ...]:
    """Move values an older version kept in a workstation's settings file into the database,
    once: only keys the database does not hold yet, only when a superadmin signs in, and only
    values that pass validation. Returns the keys adopted (audited as one change)."""
    if not allows(identity.role, Permission.CHANGE_SYSTEM_SETTINGS) or not values:
        return ()
    with db.unit_of_work() as session:
        present = set(session.scalars(select(SystemSetting.key)))
    wanted: dict[str, str] = {}
    for key, value in values.items():
        if key in EDITABLE and key not in present:
            try:
                PARSERS[key](value)
            except ValidationFailed:
                continue
            wanted[key] = value
    if wanted:
        update(db, identity, wanted, action=AuditAction.SETTINGS_MIGRATE)
    return tuple(sorted(wanted))
