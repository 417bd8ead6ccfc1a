"""A private Dovecot for the tests (notes/dovecot-test-server.md), reading the mailbox table
through the SQL files shipped in resources/dovecot/ — only their connect line is replaced."""

from __future__ import annotations

import imaplib
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "dovecot"
MAIL_UID = 5000


def available() -> str | None:
    """None when Dovecot can run here, else the reason."""
    if shutil.which("dovecot") is None or shutil.which("doveadm") is None:
        return "dovecot is not installed (the README's test command installs dovecot-imapd)"
    if shutil.which("openssl") is None:
        return "openssl is not installed"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Dovecot:
    directory: Path
    config: Path
    port: int
    process: subprocess.Popen[bytes]

    @property
    def cafile(self) -> str:
        return str(self.directory / "cert.pem")

    def imap(self) -> imaplib.IMAP4_SSL:
        context = ssl.create_default_context(cafile=self.cafile)
        return imaplib.IMAP4_SSL("127.0.0.1", self.port, ssl_context=context, timeout=10)

    def login_works(self, address: str, password: str) -> bool:
        """A real login followed by SELECT INBOX (LOGIN alone answers before storage is ready)."""
        client = self.imap()
        try:
            client.login(address, password)
        except imaplib.IMAP4.error:
            return False
        try:
            status, _ = client.select("INBOX")
            return status == "OK"
        finally:
            client.logout()

    def quota_kib(self, address: str, password: str) -> int:
        client = self.imap()
        try:
            client.login(address, password)
            client.select("INBOX")
            status, data = client.getquotaroot("INBOX")
            assert status == "OK", data
            for line in data[1]:
                text = line.decode() if isinstance(line, bytes) else str(line)
                if "STORAGE" in text:
                    return int(text.rstrip(")").split()[-1])
            raise AssertionError(f"no STORAGE quota in {data!r}")
        finally:
            client.logout()

    def doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["doveadm", "-c", str(self.config), *args], capture_output=True, text=True, timeout=30
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.directory, ignore_errors=True)


def sql_config(backend: str, connect: str) -> str:
    shipped = (
        SHIPPED / f"dovecot-sql.{'sqlite' if backend == 'sqlite' else 'pgsql'}.conf.ext"
    ).read_text()
    lines = [
        f"connect = {connect}" if line.startswith("connect = ") else line
        for line in shipped.splitlines()
    ]
    return "\n".join(lines) + "\n"


def certificate(cert: Path, key: Path) -> None:
    """A self-signed certificate for localhost and 127.0.0.1 (a test server's)."""
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )


def desk_mailbox(db, password: str) -> str:
    """A help-desk mailbox (a unit account of the central desk) Dovecot logs in; its address."""
    import uuid

    from mebposta_admin.models import Mailbox
    from mebposta_admin.services.mail_backend import dovecot_hash

    address = f"posta.{uuid.uuid4().hex[:6]}@meb.gov.tr"
    with db.unit_of_work() as s:
        s.add(
            Mailbox(
                address=address,
                kind="unit",
                display_name="Yardım Masası",
                password_hash=dovecot_hash(password),
                quota_bytes=2 * 1024**3,
                active=True,
                maildir=f"meb.gov.tr/{address.split('@')[0]}/",
            )
        )
    return address


def start(backend: str, connect: str) -> Dovecot:
    directory = Path(tempfile.mkdtemp(prefix="mebposta-dovecot-"))
    directory.chmod(0o755)  # the mail uid must traverse it (pytest's tmp_path is 0700)
    (directory / "mail").mkdir()
    os.chown(directory / "mail", MAIL_UID, MAIL_UID) if os.geteuid() == 0 else None
    certificate(directory / "cert.pem", directory / "key.pem")
    (directory / "dovecot-sql.conf.ext").write_text(sql_config(backend, connect))
    port = _free_port()
    config = directory / "dovecot.conf"
    config.write_text(f"""
instance_name = mebposta-test-{port}
base_dir = {directory}/run
state_dir = {directory}/state
log_path = {directory}/dovecot.log
listen = 127.0.0.1
protocols = imap
ssl = required
ssl_cert = <{directory}/cert.pem
ssl_key = <{directory}/key.pem
auth_mechanisms = plain login
auth_failure_delay = 0
auth_cache_size = 0
first_valid_uid = 1000
mail_uid = {MAIL_UID}
mail_gid = {MAIL_UID}
mail_home = {directory}/mail/%d/%n
mail_location = maildir:~/Maildir
mail_plugins = $mail_plugins quota
protocol imap {{
  mail_plugins = $mail_plugins imap_quota
}}
plugin {{
  quota = count:User quota
  quota_vsizes = yes
}}
passdb {{
  driver = sql
  args = {directory}/dovecot-sql.conf.ext
}}
userdb {{
  driver = sql
  args = {directory}/dovecot-sql.conf.ext
}}
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {port}
    ssl = yes
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
""")
    process = subprocess.Popen(
        ["dovecot", "-F", "-c", str(config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (
                (directory / "dovecot.log").read_text()
                if (directory / "dovecot.log").exists()
                else ""
            )
            out = process.stdout.read().decode() if process.stdout else ""
            raise RuntimeError(f"dovecot exited: {out}\n{log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.05)
    else:
        process.kill()
        raise RuntimeError("dovecot did not listen in time")
    return Dovecot(directory, config, port, process)
