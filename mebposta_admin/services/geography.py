"""Provinces and districts for filters and forms, in Turkish alphabetical order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import sqlalchemy as sa

from mebposta_admin.domain.folding import turkish_sort_key
from mebposta_admin.models import District, Province
from mebposta_admin.services.database import Database


@dataclass(frozen=True)
class Place:
    code: str  # province plate code, or str(district id)
    name: str


@dataclass(frozen=True)
class Geography:
    provinces: tuple[Place, ...]  # by plate code, as administrators know them
    districts: dict[str, tuple[Place, ...]]  # province code -> districts, Turkish order


def load(db: Database) -> Geography:
    with db.unit_of_work() as session:
        provinces = tuple(
            Place(code, name)
            for code, name in session.execute(
                sa.select(Province.code, Province.name).order_by(Province.code)
            )
        )
        districts: dict[str, list[Place]] = {p.code: [] for p in provinces}
        for did, code, name in session.execute(
            sa.select(District.id, District.province_code, District.name)
        ):
            districts[code].append(Place(str(did), name))
    return Geography(
        provinces,
        {
            code: tuple(sorted(items, key=lambda p: turkish_sort_key(p.name)))
            for code, items in districts.items()
        },
    )


@dataclass(frozen=True)
class PlaceNames:
    provinces: dict[str, str]  # plate code -> name
    districts: dict[int, str]  # district id -> name


def names(db: Database) -> PlaceNames:
    """Province and district names by key, read once per open database (reference data that
    only migrations write): result pages name places without joining two more tables."""
    cached = db.reference.get("place_names")
    if cached is None:
        places = load(db)
        cached = db.reference["place_names"] = PlaceNames(
            {p.code: p.name for p in places.provinces},
            {int(d.code): d.name for ds in places.districts.values() for d in ds},
        )
    return cast(PlaceNames, cached)
