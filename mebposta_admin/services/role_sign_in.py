"""The workstation's side of the shared deployment's sign-in (issue 15).

A connection profile whose URL ends in ``?auth=role`` holds no credential at all. At sign-in
the workstation connects as the administrator's gate role ``mpg_<username>`` with the password
just typed (SCRAM: the server keeps only a verifier, a wrong password is refused by PostgreSQL
itself), calls ``mebposta_sign_in`` (services.db_sign_in_sql) with the second factor, and, when
that says ``ok``, works as ``mp_<username>`` — the role the row-level security policies know —
with a password made up here for this session and held only in memory. The gate's connection
is closed at once; a password alone opens no data.
"""

from __future__ import annotations

import logging
import secrets

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from mebposta_admin.domain import second_factor
from mebposta_admin.domain.passwords import weakness
from mebposta_admin.errors import AuthError, DatabaseError, ValidationFailed
from mebposta_admin.models import schema
from mebposta_admin.models.engine import redact_url
from mebposta_admin.services import audit
from mebposta_admin.services.database import Database, classify_operational_error
from mebposta_admin.services.db_functions import MAX_USERNAME

log = logging.getLogger(__name__)

PARAM, VALUE = "auth", "role"


def wants_roles(url: URL) -> bool:
    """Whether the profile signs in as the administrator's own database role."""
    return url.get_backend_name() == "postgresql" and url.query.get(PARAM) == VALUE


def without_param(url: URL) -> URL:
    return url.difference_update_query([PARAM])


def sign_in(
    db: Database,
    username: str,
    password: str,
    *,
    code: str | None = None,
    new_password: str | None = None,
    enrolment: object | None = None,
    session: bool = True,
) -> tuple[int, tuple[str, ...]]:
    """Sign in through the gate; on success ``db`` is rebound to the working role (unless
    ``session`` is false: the idle lock's unlock keeps the session it has). Returns the
    account's id and the recovery codes of a second factor just set up."""
    from mebposta_admin.services import db_security
    from mebposta_admin.services.auth import hash_password

    base = db.gate_url
    assert base is not None
    username = username.strip()
    if not username or len(username) > MAX_USERNAME or not password:
        raise AuthError("auth.invalid_credentials")
    if new_password is not None:
        if new_password == password:
            raise ValidationFailed("auth.password_unchanged")
        problem = weakness(new_password, username, "")
        if problem:
            raise ValidationFailed(problem)
    engine = create_engine(
        base.set(username=db_security.gate_of(username), password=password),
        poolclass=NullPool,
        connect_args={"prepare_threshold": None, "connect_timeout": 10},
    )
    work_secret = secrets.token_urlsafe(32)
    codes: tuple[str, ...] = ()
    typed = second_factor.normalise_code(code or "")
    recovery = (
        second_factor.recovery_hash(typed) if second_factor.looks_like_recovery(typed) else None
    )
    enrol_secret = getattr(enrolment, "secret", None)
    if enrol_secret is not None:
        codes = tuple(second_factor.new_recovery_codes())
        recovery = None
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT outcome, minutes, admin_id FROM mebposta_sign_in(:code, :recovery, "
                    ":work, :new_hash, :new_gate, :enrol, :hashes, :workstation)"
                ),
                {
                    "code": typed if recovery is None and typed else None,
                    "recovery": recovery,
                    "work": (
                        db_security.scram_verifier(conn, username, work_secret) if session else None
                    ),
                    "new_hash": hash_password(new_password) if new_password else None,
                    "new_gate": (
                        db_security.scram_verifier(conn, username, new_password)
                        if new_password
                        else None
                    ),
                    "enrol": enrol_secret,
                    "hashes": [second_factor.recovery_hash(c) for c in codes] if codes else None,
                    "workstation": audit.workstation(),
                },
            ).one()
            conn.commit()
    except OperationalError as exc:
        if "not permitted to log in" in str(exc):  # said only after the password was right
            raise AuthError("auth.inactive") from None
        error = classify_operational_error(exc, base)
        if error.code == "db.auth_failed":
            log.info("Sign-in refused by the database for %r", username)
            raise AuthError("auth.invalid_credentials") from None
        raise error from exc
    finally:
        engine.dispose()
    if row.outcome != "ok":
        log.info("Sign-in refused for %r: %s", username, row.outcome)
        raise AuthError(str(row.outcome), minutes=int(row.minutes or 0))
    if not session:
        return int(row.admin_id), codes
    db.rebind(base.set(username=db_security.role_of(username), password=work_secret))
    with db.reading() as conn:
        current = schema.current_revision(conn)
    if current != schema.head_revision():
        code_ = "db.schema_newer" if current not in schema.known_revisions() else "db.schema_old"
        raise DatabaseError(code_, url=redact_url(base), revision=current)
    return int(row.admin_id), codes


def open_session(
    url: URL,
    username: str,
    password: str,
    *,
    code: str | None = None,
    new_password: str | None = None,
) -> Database:
    """A database session as the administrator's own role (the CLI's, the tests' and the
    load benchmark's way in): the URL's own user and password, if any, are ignored."""
    from mebposta_admin.services.database import gated

    db = gated(without_param(url)._replace(username=None, password=None))
    try:
        sign_in(db, username, password, code=code, new_password=new_password)
    except BaseException:
        db.dispose()
        raise
    return db
