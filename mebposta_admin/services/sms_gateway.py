"""SMS gateways: Netgsm's REST v2 contract over ``requests`` (the demo's stand-in is demo/sms.py).

Contract: ``POST {base}/sms/rest/v2/send``, HTTP Basic auth (user code : password), JSON
``{"msgheader", "messages": [{"msg", "no"}], "encoding": "TR", "iysfilter": "0"}`` — a password
SMS is informational, outside İYS consent. Success: ``{"code": "00", "jobid": ...}``.

A request is retried only when it surely did not reach the gateway (the connection could not be
made); after that, a timeout means the outcome is *unknown* and is reported as such, never as a
failure that invites a second SMS with a different password.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

import requests

from mebposta_admin.errors import AppError
from mebposta_admin.logging_setup import redact

log = logging.getLogger(__name__)

SEND_PATH = "/sms/rest/v2/send"

# Netgsm result codes → our error codes (texts in texts/errors.py).
RESULT_CODES = {
    "20": "sms.rejected_text",  # message text or length problem
    "30": "sms.rejected_credentials",  # wrong user/password, or API access / IP not allowed
    "40": "sms.rejected_header",  # sender name (msgheader) not defined
    "50": "sms.rejected_iys",  # İYS-controlled sending not allowed
    "51": "sms.rejected_iys",
    "70": "sms.rejected_parameters",  # wrong or missing parameters
    "80": "sms.rejected_limit",  # sending limit exceeded
    "85": "sms.rejected_duplicate",  # same number, too many sends within minutes
    "100": "sms.gateway_fault",
    "101": "sms.gateway_fault",
}


class SmsError(AppError):
    """The SMS was not sent (``outcome_unknown`` False) or may have been (True)."""

    def __init__(self, code: str, *, outcome_unknown: bool = False, **params: Any) -> None:
        super().__init__(code, **params)
        self.outcome_unknown = outcome_unknown


@dataclass(frozen=True)
class SmsReceipt:
    job_id: str
    gateway: str


class SmsGateway(Protocol):
    name: str

    def send(self, number: str, text: str) -> SmsReceipt: ...


@dataclass(frozen=True)
class NetgsmConfig:
    base_url: str
    usercode: str
    header: str
    connect_timeout: float = 3.05
    read_timeout: float = 10.0
    connect_retries: int = 2


class NetgsmGateway:
    name = "netgsm"

    def __init__(
        self, config: NetgsmConfig, password: str, session: requests.Session | None = None
    ) -> None:
        self.config = config
        self._password = password
        self._session = session or requests.Session()

    def send(self, number: str, text: str) -> SmsReceipt:
        payload: dict[str, Any] = {
            "msgheader": self.config.header,
            "messages": [{"msg": text, "no": number}],
            "encoding": "TR",
            "iysfilter": "0",
        }
        url = self.config.base_url.rstrip("/") + SEND_PATH
        attempts = 1 + max(0, self.config.connect_retries)
        for attempt in range(1, attempts + 1):
            try:
                response = self._session.post(
                    url,
                    json=payload,
                    auth=(self.config.usercode, self._password),
                    timeout=(self.config.connect_timeout, self.config.read_timeout),
                )
                break
            except requests.exceptions.ConnectTimeout as exc:
                # The TCP connection was never made: the request cannot have arrived.
                if attempt == attempts:
                    raise SmsError("sms.unreachable", reason="connect timeout") from exc
            except requests.exceptions.ReadTimeout as exc:
                raise SmsError("sms.timeout_unknown", outcome_unknown=True) from exc
            except requests.exceptions.ConnectionError as exc:
                if _connection_never_made(exc):
                    if attempt == attempts:
                        raise SmsError("sms.unreachable", reason=type(exc).__name__) from exc
                else:  # dropped mid-request: it may have been delivered
                    raise SmsError("sms.timeout_unknown", outcome_unknown=True) from exc
            log.info("SMS gateway unreachable (attempt %d of %d), retrying", attempt, attempts)
        return self._receipt(response)

    def _receipt(self, response: requests.Response) -> SmsReceipt:
        if response.status_code in (401, 403):
            raise SmsError("sms.rejected_credentials", status=response.status_code)
        if response.status_code >= 500:
            raise SmsError("sms.gateway_fault", status=response.status_code)
        try:
            body = response.json()
        except ValueError as exc:
            raise SmsError("sms.malformed_reply", status=response.status_code) from exc
        if not isinstance(body, dict) or "code" not in body:
            raise SmsError("sms.malformed_reply", status=response.status_code)
        code = str(body.get("code"))
        if code == "00":
            job = body.get("jobid")
            if not job:
                # Accepted without a job id: it was probably sent. Do not claim either way.
                raise SmsError(
                    "sms.malformed_reply", status=response.status_code, outcome_unknown=True
                )
            return SmsReceipt(job_id=str(job), gateway=self.name)
        error = RESULT_CODES.get(code, "sms.rejected_other")
        log.warning(
            "SMS gateway refused: code %s (%s)", code, redact(str(body.get("description", "")))
        )
        raise SmsError(error, gateway_code=code)


SECRET_KEY = "sms:password"  # the gateway password's key in the secret store


def netgsm_from(base_url: str, usercode: str, header: str, password: str | None) -> NetgsmGateway:
    """The configured gateway; refuses plainly when settings or the password are missing."""
    if not base_url or not usercode or not header:
        raise AppError("sms.not_configured")
    if not password:
        raise AppError("sms.no_password")
    return NetgsmGateway(NetgsmConfig(base_url, usercode, header), password)


def _connection_never_made(exc: requests.exceptions.ConnectionError) -> bool:
    text = repr(exc)
    return any(
        marker in text
        for marker in (
            "NewConnectionError",
            "Connection refused",
            "Name or service not known",
            "NameResolutionError",
        )
    )


def mask_password(text: str) -> str:
    """The SMS text with the password replaced by stars (for logs and demo records)."""
    marker = "ŞİFRENİZ : "
    if marker not in text:
        return text
    head, tail = text.split(marker, 1)
    password, _, rest = tail.partition(" ")
    return f"{head}{marker}{'*' * len(password)} {rest}"
