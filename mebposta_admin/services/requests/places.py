"""Where a request belongs: the 81 provinces and their districts, as the form check and the
scope columns need them (reference data only migrations write, read once per database)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.info_update import Places
from mebposta_admin.models import District, Province
from mebposta_admin.services.database import Database


@dataclass(frozen=True)
class RequestPlaces:
    """The 81 provinces and their districts, as the form check and the scope columns need."""

    places: Places
    district_ids: dict[tuple[str, str], int]  # (plate, folded name) → districts.id


def places(db: Database) -> RequestPlaces:
    """Read once per open database (reference data only migrations write)."""
    cached = db.reference.get("request_places")
    if cached is None:
        with db.reading() as conn:
            cached = db.reference["request_places"] = places_from(conn)
    return cast(RequestPlaces, cached)


def places_from(conn: sa.Connection | Session) -> RequestPlaces:
    rows = conn.execute(
        sa.select(Province.code, Province.name, District.name, District.id).join(
            District, District.province_code == Province.code
        )
    ).all()
    return RequestPlaces(
        Places.of((code, province, district) for code, province, district, _ in rows),
        {(code, fold(district)): did for code, _, district, did in rows},
    )


__all__ = ["RequestPlaces", "places", "places_from"]
