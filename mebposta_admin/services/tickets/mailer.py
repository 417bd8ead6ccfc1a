"""Replies out: SMTP submission (port 587, STARTTLS required, the help desk's credentials
from the keyring), or the demo's local mailer, which sends nothing and keeps the message for
the screen."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Protocol

from mebposta_admin.errors import AppError

SECRET_KEY = "helpdesk:smtp-password"
TIMEOUT = 30.0


class MailError(AppError):
    """A reply could not be handed to the mail server; nothing was sent."""


class Mailer(Protocol):
    def send(self, message: EmailMessage) -> None: ...


@dataclass
class SmtpMailer:
    host: str
    port: int = 587
    username: str | None = None
    password: str | None = None
    cafile: str | None = None  # a private CA; None: the system's

    def send(self, message: EmailMessage) -> None:
        if not self.host:
            raise MailError("ticket.smtp_not_configured")
        context = ssl.create_default_context(cafile=self.cafile)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=TIMEOUT) as smtp:
                smtp.ehlo()
                if not smtp.has_extn("starttls"):
                    raise MailError("ticket.smtp_tls", host=self.host)
                try:
                    smtp.starttls(context=context)
                except (ssl.SSLError, ssl.CertificateError) as exc:
                    raise MailError("ticket.smtp_tls", host=self.host) from exc
                smtp.ehlo()
                if self.username:
                    try:
                        smtp.login(self.username, self.password or "")
                    except smtplib.SMTPAuthenticationError as exc:
                        raise MailError("ticket.smtp_refused_login") from exc
                try:
                    smtp.send_message(message)
                except smtplib.SMTPRecipientsRefused as exc:
                    raise MailError("ticket.smtp_refused", reason="recipient") from exc
                except smtplib.SMTPResponseException as exc:
                    raise MailError("ticket.smtp_refused", reason=str(exc.smtp_code)) from exc
        except MailError:
            raise
        except (TimeoutError, OSError, smtplib.SMTPException) as exc:
            raise MailError("ticket.smtp_unreachable", host=self.host) from exc


@dataclass
class LocalMailer:
    """The demo's mailer: keeps what would have been sent (nothing leaves the machine)."""

    sent: list[EmailMessage] = field(default_factory=list)

    def send(self, message: EmailMessage) -> None:
        self.sent.append(message)
