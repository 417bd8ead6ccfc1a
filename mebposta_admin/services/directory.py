"""The HR directory (MEBBİS): who a TCKN is, by the authority (design.md §4).

Two implementations of one contract, chosen once at start-up (mebposta_admin.adapters):

* :class:`HttpDirectory` — ``GET {base}/api/v1/personnel/{tckn}`` with a bearer token from the
  keyring → ``{tckn, first_name, last_name, gsm, institution_code, institution_name,
  province_code, district, active}``; 404 = unknown person; timeouts and clear errors.
* :class:`LocalDirectory` — the imported MEBBİS personnel export (``mebposta-admin import
  mebbis FILE.xlsx``), kept in ``mebbis_personnel``.

A lookup answers a :class:`DirectoryRecord`, None (MEBBİS does not know the TCKN) or raises
:class:`DirectoryUnavailable` (it could not be asked: the review says so and approval waits).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import requests
import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.info_update import InfoUpdateForm, Severity, check
from mebposta_admin.domain.permissions import Permission
from mebposta_admin.errors import AppError
from mebposta_admin.models import MebbisPerson
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import excel_io, guard
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Target
from mebposta_admin.services.tasks import CancelToken, ProgressFn, no_progress

PERSONNEL_PATH = "/api/v1/personnel/"
SECRET_KEY = "mebbis:token"
TIMEOUT = (3.05, 10.0)


class DirectoryUnavailable(AppError):
    """MEBBİS could not be asked (down, slow, refused the token, answered nonsense)."""


@dataclass(frozen=True)
class DirectoryRecord:
    tckn: str
    first_name: str
    last_name: str
    gsm: str | None
    institution_code: str = ""
    institution_name: str = ""
    province_code: str | None = None
    district: str = ""
    active: bool = True


class Directory(Protocol):
    name: str

    def lookup(self, tckn: str) -> DirectoryRecord | None: ...


class HttpDirectory:
    name = "mebbis-http"

    def __init__(
        self, base_url: str, token: str | None, *, timeout: tuple[float, float] = TIMEOUT
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.http = requests.Session()
        if token:
            self.http.headers["Authorization"] = f"Bearer {token}"
        self.http.headers["Accept"] = "application/json"

    def lookup(self, tckn: str) -> DirectoryRecord | None:
        if not tckn_rules.is_valid(tckn):
            return None  # never sent: MEBBİS knows no invalid TCKN
        url = self.base_url + PERSONNEL_PATH + tckn
        try:
            answer = self.http.get(url, timeout=self.timeout)
        except requests.Timeout as exc:
            raise DirectoryUnavailable("mebbis.timeout", url=self.base_url) from exc
        except requests.RequestException as exc:
            raise DirectoryUnavailable("mebbis.unreachable", url=self.base_url) from exc
        if answer.status_code == 404:
            return None
        if answer.status_code in (401, 403):
            raise DirectoryUnavailable("mebbis.refused_token", status=answer.status_code)
        if answer.status_code != 200:
            raise DirectoryUnavailable("mebbis.http_error", status=answer.status_code)
        try:
            body = answer.json()
        except ValueError as exc:
            raise DirectoryUnavailable("mebbis.bad_answer", reason="not JSON") from exc
        return record_of(body, tckn)

    def close(self) -> None:
        self.http.close()


def record_of(body: Any, tckn: str) -> DirectoryRecord:
    if not isinstance(body, dict):
        raise DirectoryUnavailable("mebbis.bad_answer", reason="not an object")
    if str(body.get("tckn", "")) != tckn:
        raise DirectoryUnavailable("mebbis.bad_answer", reason="another TCKN")
    first, last = body.get("first_name"), body.get("last_name")
    if not isinstance(first, str) or not isinstance(last, str):
        raise DirectoryUnavailable("mebbis.bad_answer", reason="no name")
    gsm = body.get("gsm")
    province = body.get("province_code")
    return DirectoryRecord(
        tckn=tckn,
        first_name=first,
        last_name=last,
        gsm=gsm_rules.normalize(str(gsm)) if gsm else None,
        institution_code=str(body.get("institution_code") or ""),
        institution_name=str(body.get("institution_name") or ""),
        province_code=f"{int(str(province)):02d}" if str(province or "").isdigit() else None,
        district=str(body.get("district") or ""),
        active=body.get("active", True) is not False,
    )


class LocalDirectory:
    """The imported personnel export, read from this database."""

    name = "mebbis-local"

    def __init__(self, db: Database) -> None:
        self.db = db

    def lookup(self, tckn: str) -> DirectoryRecord | None:
        with self.db.unit_of_work() as session:
            row = session.get(MebbisPerson, tckn)
            if row is None:
                return None
            return DirectoryRecord(
                row.tckn,
                row.first_name,
                row.last_name,
                row.gsm,
                row.institution_code,
                row.institution_name,
                row.province_code,
                row.district,
                row.active,
            )

    def close(self) -> None:
        pass


def holders_of(session: Session, gsm: str) -> int:
    """How many MEBBİS records hold ``gsm`` (local directory only; a fraud warning)."""
    return int(session.scalar(sa.select(sa.func.count()).where(MebbisPerson.gsm == gsm)) or 0)


# ------------------------------------------------------------------------------ import
SYNONYMS: dict[str, tuple[str, ...]] = {
    "tckn": ("TCKN", "TC Kimlik No", "T.C. Kimlik No", "TC Kimlik Numarası", "Kimlik No", "TC"),
    "first_name": ("Ad", "Adı", "Adi", "First name", "Name"),
    "last_name": ("Soyad", "Soyadı", "Soyadi", "Last name", "Surname"),
    "gsm": ("GSM", "Cep Telefonu", "Telefon", "Cep", "Mobile", "Phone"),
    "institution_code": ("Kurum Kodu", "Institution code"),
    "institution_name": (
        "Kurum Adı",
        "Kurum",
        "Kurum/Birim Adı",
        "Institution",
        "Institution name",
    ),
    "province": ("İl", "Il", "İl Kodu", "Province", "Province code"),
    "district": ("İlçe", "Ilce", "District"),
    "active": ("Durum", "Aktif", "Status", "Active"),
}
REQUIRED = ("tckn", "first_name", "last_name", "province")
_INACTIVE = {"pasif", "hayir", "0", "false", "no", "inactive", "ayrildi", "emekli"}


@dataclass(frozen=True)
class DirectoryImport:
    rows: int
    stored: int
    rejected: tuple[tuple[int, tuple[str, ...]], ...] = field(default=())  # (row, codes)
    repeated: int = 0


def import_export(
    db: Database,
    identity: AdminIdentity,
    path: Path,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
) -> DirectoryImport:
    """Upsert the export's people by TCKN, in one unit of work; rows failing the form's
    checks (TCKN checksum, GSM shape, province and district) are listed, not stored."""
    from mebposta_admin.services.requests.places import places

    where = places(db).places
    table = excel_io.open_table(Path(path), SYNONYMS, REQUIRED, progress=progress, cancel=cancel)
    now = now or utcnow()

    def rows() -> Iterator[tuple[int, dict[str, Any] | None, tuple[str, ...]]]:
        for sheet_row in table.rows:
            cells = sheet_row.cells
            if any(c.formula for c in cells.values()):
                yield sheet_row.number, None, ("cell.formula",)
                continue
            text = {name: c.text for name, c in cells.items()}
            gsm_text = text.get("gsm", "").strip()
            form = InfoUpdateForm(
                first_name=text.get("first_name", ""),
                last_name=text.get("last_name", ""),
                tckn=text.get("tckn", ""),
                gsm=gsm_text or "5000000000",  # a record without a GSM is allowed
                province=text.get("province", ""),
                district=text.get("district", ""),
                institution_code=text.get("institution_code", ""),
                institution_name=text.get("institution_name", ""),
            )
            checked = check(form, where)
            errors = tuple(p.code for p in checked.problems if p.severity == Severity.ERROR)
            if errors:
                yield sheet_row.number, None, errors
                continue
            f = checked.form
            yield (
                sheet_row.number,
                {
                    "tckn": f.tckn,
                    "first_name": f.first_name,
                    "last_name": f.last_name,
                    "gsm": f.gsm if gsm_text else None,
                    "institution_code": f.institution_code,
                    "institution_name": f.institution_name,
                    "province_code": checked.province_code,
                    "district": f.district,
                    "active": fold(text.get("active", "")).strip() not in _INACTIVE,
                    "imported_at": now,
                },
                (),
            )

    def work(session: Session, _none: None) -> Done[DirectoryImport]:
        rejected: list[tuple[int, tuple[str, ...]]] = []
        batch: dict[str, dict[str, Any]] = {}
        count = stored = repeated = 0

        def flush() -> None:
            _upsert(session, list(batch.values()))
            batch.clear()

        for number, values, errors in rows():
            count += 1
            if values is None:
                rejected.append((number, errors))
                continue
            if values["tckn"] in batch:
                repeated += 1
            batch[values["tckn"]] = values  # the later row of the file wins
            stored += 1
            if len(batch) >= 2000:
                flush()
        if batch:
            flush()
        result = DirectoryImport(count, stored - repeated, tuple(rejected), repeated)
        details = {
            "file": Path(path).name,
            "rows": count,
            "stored": result.stored,
            "rejected": len(rejected),
        }
        return Done(result, details)

    return guard.act(
        db,
        identity,
        Permission.IMPORT_DIRECTORY,
        AuditAction.DIRECTORY_IMPORT,
        load=lambda _s: None,
        locate=lambda _none: Target("directory", None),
        work=work,
        refusal_details={"file": Path(path).name},
    )


def _upsert(session: Session, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = MebbisPerson
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        pg = pg_insert(table)
        statement: Any = pg.on_conflict_do_update(
            index_elements=["tckn"],
            set_={c: pg.excluded[c] for c in rows[0] if c != "tckn"},
        )
    else:
        from sqlalchemy.dialects.sqlite import insert as lite_insert

        lite = lite_insert(table)
        statement = lite.on_conflict_do_update(
            index_elements=["tckn"],
            set_={c: lite.excluded[c] for c in rows[0] if c != "tckn"},
        )
    session.execute(statement, rows)


def choose(
    db: Database,
    base_url: str,
    token: str | None,
) -> Directory:
    """The HTTP directory when the system settings name one, else the imported export."""
    if base_url:
        return HttpDirectory(base_url, token)
    return LocalDirectory(db)


Lookup = Callable[[str], DirectoryRecord | None]
