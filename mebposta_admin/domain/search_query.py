"""Understanding what an administrator typed into the one search box.

The same box takes names (any case, with or without Turkish letters, any order), a TCKN or a
prefix of at least four digits, a GSM in any common form, an e-mail address or fragment
(old alias addresses included) and an institution code. :func:`parse` decides which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain.folding import ascii_digits, fold

MAX_QUERY_CHARS = 100
MAX_TERMS = 6
MAILBOX_STATUSES = ("active", "inactive", "no_password")
MIN_TCKN_PREFIX = 4
MIN_TRIGRAM = 3  # the trigram index cannot look up shorter fragments

_DIGITISH = re.compile(r"^[\d\s+\-().]+$")
_WORD = re.compile(r"[a-z0-9]+")
_EMAIL_CHARS = re.compile(r"[^a-z0-9._@-]")


class Kind(StrEnum):
    NAME = "name"
    DIGITS = "digits"  # TCKN, TCKN prefix, GSM and/or institution code
    EMAIL = "email"
    HINT = "hint"  # nothing searchable: tell the user what to type


class Hint(StrEnum):
    EMPTY = "search.hint_empty"
    TOO_SHORT = "search.hint_too_short"
    DIGITS_TOO_SHORT = "search.hint_digits_too_short"
    NOTHING_SEARCHABLE = "search.hint_nothing_searchable"


@dataclass(frozen=True)
class QueryPlan:
    """What to look for. ``terms`` are folded words (names) or one folded fragment (e-mail)."""

    kind: Kind
    text: str = ""
    terms: tuple[str, ...] = ()
    tckn_exact: str | None = None
    tckn_prefix: str | None = None
    gsm: str | None = None
    institution_code: str | None = None
    hint: Hint | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def uses_trigram(self) -> bool:
        return any(len(t) >= MIN_TRIGRAM for t in self.terms)


def parse(raw: str) -> QueryPlan:
    text = ascii_digits(raw or "").strip()  # full-width digits are digits, stored as ASCII
    notes: tuple[str, ...] = ()
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notes = ("search.note_truncated",)
    if not text:
        return QueryPlan(Kind.HINT, hint=Hint.EMPTY)
    if _DIGITISH.match(text) and any(c.isdigit() for c in text):
        return _digits(text, notes)
    folded = fold(text)
    if "@" in folded or (
        "." in folded and " " not in folded and _WORD.fullmatch(folded.replace(".", "")) is not None
    ):
        fragment = _EMAIL_CHARS.sub("", folded)
        if len(fragment.replace("@", "").replace(".", "")) < 2:
            return QueryPlan(Kind.HINT, text=text, hint=Hint.TOO_SHORT, notes=notes)
        return QueryPlan(Kind.EMAIL, text=text, terms=(fragment,), notes=notes)
    words = tuple(dict.fromkeys(_WORD.findall(folded)))[:MAX_TERMS]
    if not words:
        return QueryPlan(Kind.HINT, text=text, hint=Hint.NOTHING_SEARCHABLE, notes=notes)
    if len(words) > MAX_TERMS - 1 and len(_WORD.findall(folded)) > MAX_TERMS:
        notes = (*notes, "search.note_terms_dropped")
    if all(len(w) < 2 for w in words):
        return QueryPlan(Kind.HINT, text=text, hint=Hint.TOO_SHORT, notes=notes)
    return QueryPlan(Kind.NAME, text=text, terms=words, notes=notes)


def _digits(text: str, notes: tuple[str, ...]) -> QueryPlan:
    digits = re.sub(r"\D", "", text)
    phone = gsm_rules.normalize(text)
    tckn_exact = digits if len(digits) == 11 and digits[0] != "0" else None
    tckn_prefix = (
        digits
        if MIN_TCKN_PREFIX <= len(digits) < 11 and digits[0] != "0" and not text.startswith("+")
        else None
    )
    institution = digits if 5 <= len(digits) <= 8 else None
    if not (phone or tckn_exact or tckn_prefix or institution):
        return QueryPlan(Kind.HINT, text=text, hint=Hint.DIGITS_TOO_SHORT, notes=notes)
    return QueryPlan(
        Kind.DIGITS,
        text=text,
        tckn_exact=tckn_exact,
        tckn_prefix=tckn_prefix,
        gsm=phone,
        institution_code=institution,
        notes=notes,
    )
