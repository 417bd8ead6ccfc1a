"""Helpers for the info-update request tests: a person on file, a directory that answers what
the test says (the HTTP and local directories have tests of their own), forms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.domain.info_update import InfoUpdateForm
from mebposta_admin.models import Person
from mebposta_admin.services import auth
from mebposta_admin.services.directory import DirectoryRecord, DirectoryUnavailable
from tests.support.people import add_person


@dataclass
class OnFile:
    id: int
    tckn: str
    first: str
    last: str
    gsm: str


def on_file(
    db, first="Ayşe", last="Yılmaz", *, province="06", district="Çankaya", gsm="5321112233"
):
    pid = add_person(
        db,
        first,
        last,
        province=province,
        district=district,
        gsm=gsm,
        address=f"{first.lower()}.{last.lower()}.t@meb.gov.tr".replace("ş", "s").replace("ı", "i"),
    )
    with db.unit_of_work() as s:
        person = s.get(Person, pid)
        return OnFile(pid, person.tckn, first, last, gsm)


def form_for(person: OnFile, gsm: str, **changes) -> InfoUpdateForm:
    values = dict(
        first_name=person.first,
        last_name=person.last,
        tckn=person.tckn,
        gsm=gsm,
        email="",
        institution_name="",
        province="Ankara",
        district="Çankaya",
        institution_code="",
        note="Telefonumu değiştirdim.",
    )
    values.update(changes)
    return InfoUpdateForm(**values)


class Directory:
    """MEBBİS as the test needs it: the records given, or down."""

    name = "test"

    def __init__(self, *records: DirectoryRecord, down: bool = False) -> None:
        self.records = {r.tckn: r for r in records}
        self.down = down
        self.asked: list[str] = []

    def lookup(self, tckn: str) -> DirectoryRecord | None:
        self.asked.append(tckn)
        if self.down:
            raise DirectoryUnavailable("mebbis.unreachable", url="https://mebbis.test")
        return self.records.get(tckn)


def holding(person: OnFile, gsm: str | None, **changes) -> DirectoryRecord:
    values: dict[str, Any] = dict(
        tckn=person.tckn,
        first_name=person.first,
        last_name=person.last,
        gsm=gsm,
        province_code="06",
        district="Çankaya",
    )
    values.update(changes)
    return DirectoryRecord(**values)


def admin(db, name: str):
    return auth.authenticate(db, name, DEMO_PASSWORD)


def person_gsm(db, person_id: int) -> str | None:
    with db.engine.connect() as conn:
        return conn.execute(sa.select(Person.gsm).where(Person.id == person_id)).scalar_one()


def audit_rows(db, prefix: str = "request.") -> list[tuple[str, str, str]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                sa.text(
                    "SELECT action, outcome, details FROM audit_events"
                    " WHERE action LIKE :p ORDER BY id"
                ),
                {"p": prefix + "%"},
            )
        ]


def mebbis_holds(db, person: OnFile, gsm: str | None, *, active: bool = True) -> None:
    """The local MEBBİS directory's record of ``person`` (the demo seed copied the people it
    made; people a test adds need their own)."""
    with db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO mebbis_personnel (tckn, first_name, last_name, gsm, institution_code,"
                " institution_name, province_code, district, active, imported_at)"
                " VALUES (:t, :f, :l, :g, '', '', '06', 'Çankaya', :a, CURRENT_TIMESTAMP)"
            ),
            {"t": person.tckn, "f": person.first, "l": person.last, "g": gsm, "a": active},
        )
