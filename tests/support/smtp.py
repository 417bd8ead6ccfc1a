"""A real SMTP submission server on loopback (aiosmtpd): STARTTLS required, AUTH required
after it, every accepted message kept for the test to read."""

from __future__ import annotations

import email
import email.policy
import shutil
import socket
import ssl
import tempfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from tests.support.dovecot import certificate

USER = "posta@meb.gov.tr"
PASSWORD = "Smtp-Test-Parola-1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class SmtpServer:
    port: int
    cafile: str
    controller: Any
    received: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    refuse_next: int | None = None  # an SMTP code to answer the next DATA with
    user: str = USER  # the one account it accepts (with PASSWORD)
    folder: Path | None = None  # its certificate and key, removed when it stops

    def stop(self) -> None:
        self.controller.stop()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def start() -> SmtpServer:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    folder = Path(tempfile.mkdtemp(prefix="mebposta-smtp-"))
    cert, key = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    certificate(cert, key)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))
    port = _free_port()
    server = SmtpServer(port, str(cert), None, folder=folder)

    class Handler:
        async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
            if server.refuse_next is not None:
                code, server.refuse_next = server.refuse_next, None
                return f"{code} refused by the test"
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            server.received.append(message)
            server.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
            return "250 OK"

    def authenticate(_server: Any, _session: Any, _envelope: Any, mechanism: str, data: Any) -> Any:
        ok = isinstance(data, LoginPassword) and (
            data.login.decode() == server.user and data.password.decode() == PASSWORD
        )
        return AuthResult(success=ok, handled=False)

    controller = Controller(
        Handler(),
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        authenticator=authenticate,
        auth_required=True,
        auth_require_tls=True,
    )
    controller.start()
    server.controller = controller
    return server
