"""PgBouncer in front of a private test server: transaction pooling, SCRAM, its own log.

Used by the password-guessing test (the README's fail2ban filter on a real PgBouncer log) and
by ``benchmarks/load.py`` (500 roles through one PgBouncer).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_pgbouncer(
    folder: Path, pg_port: int, database: str, max_db_connections: int, pool: int
) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    ini = folder / "pgbouncer.ini"
    ini.write_text(
        f"""[databases]
{database} = host=127.0.0.1 port={pg_port} dbname={database}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
auth_type = scram-sha-256
auth_file = {folder / "userlist.txt"}
pool_mode = transaction
max_client_conn = 2000
default_pool_size = {pool}
max_db_connections = {max_db_connections}
server_idle_timeout = 10
server_lifetime = 3600
ignore_startup_parameters = extra_float_digits,options
logfile = {folder / "pgbouncer.log"}
""",
        encoding="utf-8",
    )
    binary = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
    user = ["-u", "postgres"] if os.geteuid() == 0 else []
    if user:
        shutil.chown(folder, "postgres")
        for item in folder.iterdir():
            shutil.chown(item, "postgres")
    process = subprocess.Popen([binary, *user, str(ini)])  # noqa: S603
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, port
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("pgbouncer did not start")
