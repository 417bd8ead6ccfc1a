"""Naming rules of unit accounts (issue 12), as the system settings hold them.

* an İl MEM (province office): ``maarif{plate}`` — ``maarif07@``;
* an İlçe MEM (district office): ``{ilçe}{plate}`` with the district's name folded and its
  spaces dropped — ``muratpasa07@``;
* a central unit: a free local part of ``[a-z0-9_]``, 3 to 40 characters — ``pgm_tasra@``.

Pure: the service checks collisions with every address and old address in the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mebposta_admin.domain.folding import fold

DOMAIN = "meb.gov.tr"
PROVINCE_RULE = "maarif{plate}"
DISTRICT_RULE = "{district}{plate}"
_CENTRAL = re.compile(r"^[a-z0-9_]{3,40}$")


@dataclass(frozen=True)
class NameCheck:
    local_part: str  # as it would be stored (ASCII)
    problem: str | None = None  # a code; None: the rule holds
    expected: str | None = None  # what the rule asks for, when it asks for one


def expected_local(
    kind: str, plate: str | None, district: str | None, rules: dict[str, str]
) -> str | None:
    """What the rule asks for an office of this kind (None: a central unit names itself)."""
    if kind == "province_office" and plate:
        return rules.get("province", PROVINCE_RULE).format(plate=plate)
    if kind == "district_office" and plate and district:
        name = fold(district).replace(" ", "").replace("-", "")
        return rules.get("district", DISTRICT_RULE).format(district=name, plate=plate)
    return None


def check(
    typed: str,
    kind: str,
    plate: str | None,
    district: str | None,
    rules: dict[str, str] | None = None,
) -> NameCheck:
    """Judge a typed local part (or whole address) for an office."""
    text = (typed or "").strip()
    local = text.split("@", 1)[0]
    domain = text.split("@", 1)[1] if "@" in text else DOMAIN
    if fold(domain) != DOMAIN:
        return NameCheck(local, "unit.address_domain")
    if local != fold(local) or not local.isascii():
        folded = fold(local)
        if folded != local and folded.isascii():
            # maarıf07, MAARİF07: one Turkish letter away from another address
            return NameCheck(folded, "unit.address_turkish_letters", folded)
        return NameCheck(local, "unit.address_shape")
    expected = expected_local(kind, plate, district, rules or {})
    if expected is not None:
        if local != expected:
            return NameCheck(local, "unit.address_rule", expected)
        return NameCheck(local)
    if kind != "central":
        return NameCheck(local, "unit.office_kind")
    if not _CENTRAL.match(local):
        return NameCheck(local, "unit.address_shape")
    return NameCheck(local)
