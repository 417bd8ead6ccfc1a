"""Help-desk tickets (destek talepleri): categories from the manual, priorities, statuses, the
ticket number, the category suggested from a caller's words, the caller's identifiers found in
the text, and the rule that a reply never carries a password.

Pure: no database, no Qt. The words are matched on Turkish-folded text (domain.folding), so
"ŞİFRE", "sifre" and "şifremi" all count, whatever the caller's keyboard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.domain.folding import fold


class Category(StrEnum):
    """The manual's subjects (design.md §3.5)."""

    PASSWORD = "password"  # şifre alma
    MISMATCH = "mismatch"  # TCKN/GSM eşleşmeme
    TCKN_INVALID = "tckn_invalid"  # TCKN hatalı
    GSM_FORMAT = "gsm_format"  # GSM biçimi
    CLIENT_SETUP = "client_setup"  # Outlook / iOS / Android kurulumu
    OLD_MAIL = "old_mail"  # eski postaların aktarımı, eski adresler
    QUOTA = "quota"
    UNIT_ACCOUNT = "unit_account"
    OTHER = "other"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Status(StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING = "waiting"  # for the caller: the SLA clocks pause
    SOLVED = "solved"
    CLOSED = "closed"
    MERGED = "merged"  # folded into another ticket (its history moved there)


OPEN_STATUSES = (Status.NEW, Status.OPEN, Status.WAITING)
PRIORITY_ORDER = {Priority.URGENT: 0, Priority.HIGH: 1, Priority.NORMAL: 2, Priority.LOW: 3}

NUMBER_PREFIX = "YM"
NUMBER = re.compile(r"\[?\b(YM-(\d{4})-(\d{6}))\b\]?", re.IGNORECASE)


def ticket_number(year: int, sequence: int) -> str:
    """``YM-2026-000123``: the year the ticket was opened and its place in that year."""
    return f"{NUMBER_PREFIX}-{year:04d}-{sequence:06d}"


def number_in(subject: str) -> str | None:
    """The ticket number a reply's subject still carries (``[YM-2026-000123]``), if any."""
    found = NUMBER.search(subject or "")
    return found.group(1).upper() if found else None  # ascii: addresses, codes


def reply_subject(number: str, subject: str) -> str:
    """``Re: [YM-2026-000123] <subject>``: the number once, one ``Re:``."""
    bare = NUMBER.sub("", subject or "").strip()
    while re.match(r"(?i)^(re|ynt|yan[ıi]t|cevap|fw|fwd|ilt)\s*:\s*", bare):
        bare = re.sub(r"(?i)^(re|ynt|yan[ıi]t|cevap|fw|fwd|ilt)\s*:\s*", "", bare).strip()
    return f"Re: [{number}] {bare}".rstrip()


# ------------------------------------------------------------------------------ triage
# (category, weight, folded phrases). A phrase counts once; the heaviest total wins. The
# manual's three screen messages weigh most: callers paste them word for word.
_RULES: tuple[tuple[Category, int, tuple[str, ...]], ...] = (
    (
        Category.MISMATCH,
        10,
        (
            "cep telefonu bilgisi eslesmemektedir",
            "eslesmemektedir",
            "eslesmiyor",
            "eslesme",
        ),
    ),
    (Category.TCKN_INVALID, 10, ("tc kimlik numarasi hatali", "kimlik numarasi hatali")),
    (
        Category.GSM_FORMAT,
        10,
        ("5xxxxxxxxx seklinde", "gsm numaranizi", "numaranizi 5xxxxxxxxx"),
    ),
    (
        Category.CLIENT_SETUP,
        4,
        (
            "outlook",
            "iphone",
            "ipad",
            "ios",
            "android",
            "samsung",
            "gmail uygulama",
            "kurulum",
            "imap",
            "smtp",
            "pop3",
            "sunucu ayar",
            "gelen sunucu",
            "giden sunucu",
            "993",
            "587",
            "ssl",
            "telefonuma kur",
        ),
    ),
    (
        Category.OLD_MAIL,
        5,
        (
            "eski posta",
            "eski e-posta",
            "eski eposta",
            "eski mail",
            "eski adres",
            "nilufer",
            "aktarim",
            "yonlendir",
            "eski hesab",
        ),
    ),
    (
        Category.QUOTA,
        6,
        (
            "kota",
            "doldu",
            "dolu",
            "500 mb",
            "kutum dolmus",
            "yer kalmadi",
            "boyut",
            "kapasite",
        ),
    ),
    (
        Category.UNIT_ACCOUNT,
        6,
        ("birim hesab", "maarif", "kurum hesab", "mudurluk hesab", "_tasra", "sorumlu"),
    ),
    (
        Category.PASSWORD,
        3,
        (
            "sifre",
            "parola",
            "yeni e-posta sifresi",
            "sifremi unuttum",
            "giris yapamiyorum",
            "giremiyorum",
            "sms gelmedi",
        ),
    ),
)


@dataclass(frozen=True)
class Suggestion:
    category: Category
    score: int
    matched: tuple[str, ...]  # the caller's words that led to it (folded), shown to the admin


def suggest_category(text: str) -> Suggestion:
    """The category the caller's words point to (``other`` when none does)."""
    folded = " " + fold(text or "") + " "
    best = Suggestion(Category.OTHER, 0, ())
    for category, weight, phrases in _RULES:
        matched = tuple(p for p in phrases if _contains(folded, p))
        score = weight * len(matched)
        if score > best.score:
            best = Suggestion(category, score, matched)
    return best


def _contains(folded: str, phrase: str) -> bool:
    if phrase.isdigit() or len(phrase) <= 3:  # "ios", "ssl", "993": a word, not inside one
        return re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", folded) is not None
    return phrase in folded


def platform_of(text: str) -> str | None:
    """Which client the caller sets up (outlook | ios | android), for the set-up answer."""
    folded = fold(text or "")
    for platform, words in (
        ("ios", ("iphone", "ipad", " ios")),
        ("android", ("android", "samsung", "xiaomi", "huawei")),
        ("outlook", ("outlook",)),
    ):
        if any(w in " " + folded for w in words):
            return platform
    return None


# ------------------------------------------------------------------------------ identifiers
_DIGITS = re.compile(r"(?<!\d)(\d[\d ]{8,16}\d)(?!\d)")
_ADDRESS = re.compile(r"[A-Za-z0-9._%+\-çğıöşüÇĞİÖŞÜ]+@meb\.gov\.tr\b", re.IGNORECASE)


@dataclass(frozen=True)
class Identifiers:
    """What a message tells about its caller, each to be matched against our records."""

    tckns: tuple[str, ...] = ()
    gsms: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()


def identifiers_in(text: str) -> Identifiers:
    """Valid TCKNs (checksum), GSMs (any of the forms callers type: 0532…, +90 532…, 532 …)
    and @meb.gov.tr addresses in the text, in order of appearance, each once."""
    tckns: list[str] = []
    gsms: list[str] = []
    for found in _DIGITS.finditer(text or ""):
        digits = found.group(1).replace(" ", "")
        start = found.start(1)
        prefix = (text[max(0, start - 3) : start]).replace(" ", "")
        if len(digits) == 11 and tckn_rules.is_valid(digits) and not digits.startswith("0"):
            if digits not in tckns:
                tckns.append(digits)
            continue
        number = gsm_rules.normalize(("+" if prefix.endswith("+") else "") + digits)
        if number and number not in gsms:
            gsms.append(number)
    addresses: list[str] = []
    for found in _ADDRESS.finditer(text or ""):
        address = found.group(0).strip(".").lower()  # ascii: addresses, codes
        if address not in addresses:
            addresses.append(address)
    return Identifiers(tuple(tckns), tuple(gsms), tuple(addresses))


# ------------------------------------------------------------------------------ safety
_PASSWORD_SHAPES = (
    # the SMS's own text, or "şifreniz: X" / "parola = X" with something after it
    re.compile(r"sifre(?:niz|si|n)?\s*(?::|=|olarak)\s*\S{4,}"),
    re.compile(r"parola(?:niz|si|n)?\s*(?::|=|olarak)\s*\S{4,}"),
    re.compile(r"password\s*[:=]\s*\S{4,}"),
)


def carries_password(text: str) -> bool:
    """Whether a reply looks like it hands a password over (refused: a password only ever
    goes by SMS to the GSM on file)."""
    folded = fold(text or "")
    return any(p.search(folded) for p in _PASSWORD_SHAPES)


@dataclass(frozen=True)
class Throttle:
    """One sender's flood: above ``per_hour`` new tickets in an hour, further mail joins the
    sender's newest open ticket instead of burying the queue."""

    per_hour: int = 10

    def exceeded(self, recent: list[datetime], now: datetime) -> bool:
        return sum(1 for t in recent if (now - t).total_seconds() < 3600) >= self.per_hour


def mask_identifiers(text: str) -> str:
    """The text with every valid TCKN and every GSM in it masked (``100******46``,
    ``5** *** ** 12``), as the desk sees a caller's message."""
    if not text:
        return text

    def masked(found: re.Match[str]) -> str:
        raw = found.group(1)
        digits = raw.replace(" ", "")
        if len(digits) == 11 and tckn_rules.is_valid(digits) and not digits.startswith("0"):
            return found.group(0).replace(raw, tckn_rules.mask(digits))
        number = gsm_rules.normalize(digits)
        if number:
            return found.group(0).replace(raw, gsm_rules.mask(number))
        return found.group(0)

    return _DIGITS.sub(masked, text)
