"""The "Kullanıcı Bilgi Güncelleme Formu", checked the same way whatever brought it (the portal
feed, an Excel export, the desk): Ad, Soyad, TCKN, GSM, current e-mail, Kurum/Birim adı, İl,
İlçe, Kurum kodu, Açıklama (manual, "Şifre Hatırlatma Ekranında Karşılaşılan Hatalar").

:func:`check` returns the form normalised (GSM as ``5XXXXXXXXX``, the province as its plate
code, the district as the official name) and every problem found, each an error (the request
cannot be decided as it stands: it is stored as rejected with the reason) or a warning (shown to
the administrator). Problems carry codes; their sentences live in ``texts/labels.py``.

Pure: the places come in as a :class:`Places` built from ``il_ilce.csv`` or the database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.domain.folding import ascii_digits, fold

MAX_NAME = 100
MAX_NOTE = 2000
MAX_INSTITUTION_NAME = 200
_EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_INSTITUTION_CODE = re.compile(r"^\d{6}$")  # MEB kurum kodu
_NAME_CHARS = re.compile(r"^[^\W\d_]+(?:[ '’.-][^\W\d_]+)*$")
MEB_DOMAIN = "meb.gov.tr"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    field: str  # one of InfoUpdateForm's field names
    code: str  # e.g. "tckn.checksum"; the sentence is texts.labels.problem_text(code)
    severity: Severity = Severity.ERROR


@dataclass(frozen=True)
class InfoUpdateForm:
    """The form as submitted: every field the text the person typed (or the cell's value)."""

    first_name: str = ""
    last_name: str = ""
    tckn: str = ""
    gsm: str = ""
    email: str = ""
    institution_name: str = ""
    province: str = ""
    district: str = ""
    institution_code: str = ""
    note: str = ""


@dataclass(frozen=True)
class CheckedForm:
    """The form normalised; fields that could not be read keep the text as given."""

    form: InfoUpdateForm
    problems: tuple[Problem, ...] = ()
    province_code: str | None = None

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)


@dataclass(frozen=True)
class Places:
    """Provinces by plate code and folded name, districts by province and folded name."""

    provinces: dict[str, str] = field(default_factory=dict)  # plate → official name
    by_folded_name: dict[str, str] = field(default_factory=dict)  # folded name → plate
    districts: dict[str, dict[str, str]] = field(default_factory=dict)  # plate → folded → name

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str, str]]) -> Places:
        """From ``(plate, province name, district name)`` rows, as in ``il_ilce.csv``."""
        provinces: dict[str, str] = {}
        districts: dict[str, dict[str, str]] = {}
        for plate, province, district in rows:
            code = f"{int(plate):02d}"
            provinces[code] = province
            districts.setdefault(code, {})[fold(district)] = district
        folded = {fold(name): code for code, name in provinces.items()}
        return cls(provinces, folded, districts)

    def province_code(self, text: str) -> str | None:
        """``06``, ``6``, ``Ankara``, ``ANKARA``, ``06 Ankara`` → ``06``."""
        value = _clean(text)
        digits = ascii_digits(value)
        head = digits.split(" ", 1)[0]
        if head.isascii() and head.isdigit():
            code = f"{int(head):02d}"
            rest = value.split(" ", 1)[1] if " " in value else ""
            if code in self.provinces and (not rest or fold(rest) == fold(self.provinces[code])):
                return code
            return None
        return self.by_folded_name.get(fold(value))

    def district_name(self, province_code: str, text: str) -> str | None:
        return self.districts.get(province_code, {}).get(fold(_clean(text)))


def _clean(text: str | None) -> str:
    """NFC, no control characters, single spaces, trimmed."""
    value = unicodedata.normalize("NFC", str(text or ""))
    if not value.isprintable():  # control, format or separator characters: the slow path
        value = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in value)
    return " ".join(value.split())


def check(form: InfoUpdateForm, places: Places) -> CheckedForm:
    problems: list[Problem] = []

    def problem(name: str, code: str, severity: Severity = Severity.ERROR) -> None:
        problems.append(Problem(name, code, severity))

    first, last = _clean(form.first_name), _clean(form.last_name)
    for name, value in (("first_name", first), ("last_name", last)):
        if not value:
            problem(name, "name.missing")
        elif len(value) > MAX_NAME or not _NAME_CHARS.match(value):
            problem(name, "name.invalid")

    tckn = re.sub(r"[\s.-]", "", ascii_digits(_clean(form.tckn)))
    if not tckn:
        problem("tckn", "tckn.missing")
    elif not (tckn.isascii() and tckn.isdigit() and len(tckn) == 11):
        problem("tckn", "tckn.shape")
    elif not tckn_rules.is_valid(tckn):
        problem("tckn", "tckn.checksum")

    gsm_text = _clean(form.gsm)
    gsm = gsm_rules.normalize(gsm_text) if gsm_text else None
    if not gsm_text:
        problem("gsm", "gsm.missing")
    elif gsm is None:
        problem("gsm", "gsm.shape")

    email = _clean(form.email).lower()  # ascii: checked against an ASCII pattern right below
    if email and not (email.isascii() and _EMAIL.match(email)):
        problem("email", "email.shape")
    elif email and not email.endswith("@" + MEB_DOMAIN):
        problem("email", "email.not_meb", Severity.WARNING)

    province_text, district_text = _clean(form.province), _clean(form.district)
    province_code = places.province_code(province_text) if province_text else None
    district = None
    if not province_text:
        problem("province", "province.missing")
    elif province_code is None:
        problem("province", "province.unknown")
    if district_text and province_code is not None:
        district = places.district_name(province_code, district_text)
        if district is None:
            problem("district", "district.not_in_province")

    code = ascii_digits(_clean(form.institution_code)).replace(" ", "")
    if code and not _INSTITUTION_CODE.match(code):
        problem("institution_code", "institution_code.shape", Severity.WARNING)
    institution = _clean(form.institution_name)
    if len(institution) > MAX_INSTITUTION_NAME:
        problem("institution_name", "text.too_long")
    note = unicodedata.normalize("NFC", str(form.note or "")).strip()
    if len(note) > MAX_NOTE:
        problem("note", "text.too_long")

    normalised = InfoUpdateForm(
        first_name=first,
        last_name=last,
        tckn=tckn,
        gsm=gsm or gsm_text,
        email=email,
        institution_name=institution,
        province=places.provinces.get(province_code, province_text)
        if province_code
        else province_text,
        district=district or district_text,
        institution_code=code,
        note=note,
    )
    return CheckedForm(normalised, tuple(problems), province_code)
