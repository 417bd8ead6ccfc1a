"""A private PostgreSQL cluster for the tests (notes/postgresql-test-server.md).

Reuses a running server when ``MEBPOSTA_TEST_PG_URL`` names one (a superuser URL); otherwise
initialises a throw-away cluster under a temporary directory on a free loopback port.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class PgServer:
    admin_url: str  # postgresql+psycopg://postgres:pw@127.0.0.1:port/postgres
    directory: Path | None = None
    bin_dir: Path | None = None

    def url_for(self, database: str) -> str:
        return self.admin_url.rsplit("/", 1)[0] + "/" + database

    def stop(self) -> None:
        if self.directory is None or self.bin_dir is None:
            return
        _as_postgres(
            [
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.directory / "data"),
                "-m",
                "fast",
                "-w",
                "stop",
            ],
            check=False,
        )
        # Hundreds of per-test databases: removing them took half a minute at the end of
        # every run, so the removal goes on after the tests have reported.
        subprocess.Popen(  # noqa: S603
            ["rm", "-rf", str(self.directory)],  # noqa: S607
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def _bin_dir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    for candidate in reversed(candidates):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)


def start() -> PgServer:
    reuse = os.environ.get("MEBPOSTA_TEST_PG_URL")
    if reuse:
        return PgServer(admin_url=reuse)
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise RuntimeError(
            "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin). Run the README's "
            "test command, which installs them, or set MEBPOSTA_TEST_PG_URL to a running server."
        )
    directory = Path(tempfile.mkdtemp(prefix="mebposta-pg-"))
    directory.chmod(0o755)
    password = secrets.token_hex(12)
    pwfile = directory / "pw"
    pwfile.write_text(password)
    (directory / "sock").mkdir()
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
        shutil.chown(pwfile, "postgres", "postgres")
        shutil.chown(directory / "sock", "postgres", "postgres")
    _as_postgres(
        [
            str(bin_dir / "initdb"),
            "-D",
            str(directory / "data"),
            "-A",
            "scram-sha-256",
            f"--pwfile={pwfile}",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ]
    )
    port = _free_port()
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={directory / 'sock'}"
        " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    _as_postgres(
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(directory / "data"),
            "-l",
            str(directory / "pg.log"),
            "-w",
            "-o",
            options,
            "start",
        ]
    )
    return PgServer(
        admin_url=f"postgresql+psycopg://postgres:{password}@127.0.0.1:{port}/postgres",
        directory=directory,
        bin_dir=bin_dir,
    )
