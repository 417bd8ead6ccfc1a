"""The Netgsm REST v2 contract, against a real local HTTP server (pytest-httpserver)."""

from __future__ import annotations

import base64
import json
import socket
import time

import pytest
from werkzeug import Request, Response

from mebposta_admin.demo.sms import LocalGateway
from mebposta_admin.domain import sms
from mebposta_admin.services.sms_gateway import (
    RESULT_CODES,
    NetgsmConfig,
    NetgsmGateway,
    SmsError,
    mask_password,
)

TEXT = sms.password_text("ismail.ozturk@meb.gov.tr", "Kx7pQ2mZr9")


def gateway(httpserver, **overrides) -> NetgsmGateway:
    config = NetgsmConfig(httpserver.url_for(""), "8501234567", "MEB", **overrides)
    return NetgsmGateway(config, "gw-secret")


def test_success_and_the_exact_request(httpserver) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(
            json.dumps({"code": "00", "jobid": "17377215342605050417149344"}),
            content_type="application/json",
        )

    httpserver.expect_request("/sms/rest/v2/send", method="POST").respond_with_handler(handler)
    receipt = gateway(httpserver).send("5321234567", TEXT)
    assert receipt.job_id == "17377215342605050417149344"
    [request] = seen
    assert (
        request.headers["Authorization"]
        == "Basic " + base64.b64encode(b"8501234567:gw-secret").decode()
    )
    body = json.loads(request.get_data())
    assert body == {
        "msgheader": "MEB",
        "messages": [{"msg": TEXT, "no": "5321234567"}],
        "encoding": "TR",
        "iysfilter": "0",
    }


@pytest.mark.parametrize("code", sorted(RESULT_CODES))
def test_each_error_code_is_mapped(httpserver, code: str) -> None:
    httpserver.expect_request("/sms/rest/v2/send").respond_with_json(
        {"code": code, "description": "x"}
    )
    with pytest.raises(SmsError) as caught:
        gateway(httpserver).send("5321234567", TEXT)
    assert caught.value.code == RESULT_CODES[code]
    assert not caught.value.outcome_unknown
    assert caught.value.params["gateway_code"] == code


@pytest.mark.parametrize(
    ("reply", "status", "code"),
    [
        ("<html>Bakım</html>", 200, "sms.malformed_reply"),
        ('{"jobid": "1"}', 200, "sms.malformed_reply"),
        ("[]", 200, "sms.malformed_reply"),
        ("", 500, "sms.gateway_fault"),
        ("", 401, "sms.rejected_credentials"),
    ],
)
def test_malformed_and_http_errors(httpserver, reply: str, status: int, code: str) -> None:
    httpserver.expect_request("/sms/rest/v2/send").respond_with_data(reply, status=status)
    with pytest.raises(SmsError) as caught:
        gateway(httpserver).send("5321234567", TEXT)
    assert caught.value.code == code


def test_success_without_job_id_is_an_unknown_outcome(httpserver) -> None:
    httpserver.expect_request("/sms/rest/v2/send").respond_with_json({"code": "00"})
    with pytest.raises(SmsError) as caught:
        gateway(httpserver).send("5321234567", TEXT)
    assert caught.value.outcome_unknown


def test_slow_reply_is_an_unknown_outcome_and_not_retried(httpserver) -> None:
    calls: list[float] = []

    def slow(request: Request) -> Response:
        calls.append(time.monotonic())
        time.sleep(1.5)
        return Response('{"code":"00","jobid":"late"}', content_type="application/json")

    httpserver.expect_request("/sms/rest/v2/send").respond_with_handler(slow)
    with pytest.raises(SmsError) as caught:
        gateway(httpserver, read_timeout=0.5).send("5321234567", TEXT)
    assert caught.value.code == "sms.timeout_unknown" and caught.value.outcome_unknown
    assert len(calls) == 1  # it may have been sent: never sent twice


def test_connection_refused_is_retried_then_reported() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    config = NetgsmConfig(f"http://127.0.0.1:{port}", "u", "MEB", connect_retries=2)
    started = time.monotonic()
    with pytest.raises(SmsError) as caught:
        NetgsmGateway(config, "pw").send("5321234567", TEXT)
    assert caught.value.code == "sms.unreachable" and not caught.value.outcome_unknown
    assert time.monotonic() - started < 10


def test_the_password_never_reaches_an_error_text(httpserver) -> None:
    httpserver.expect_request("/sms/rest/v2/send").respond_with_json(
        {"code": "20", "description": TEXT}
    )
    with pytest.raises(SmsError) as caught:
        gateway(httpserver).send("5321234567", TEXT)
    assert "Kx7pQ2mZr9" not in str(caught.value) and "gw-secret" not in str(caught.value)


def test_local_gateway_masks_what_it_keeps() -> None:
    shown: list[str] = []
    local = LocalGateway(show_once=lambda number, text: shown.append(text))
    receipt = local.send("5321234567", TEXT)
    assert receipt.job_id.startswith("LOCAL-") and shown == [TEXT]
    assert local.sent[0]["text"] == mask_password(TEXT)
    assert "Kx7pQ2mZr9" not in local.sent[0]["text"] and "**********" in local.sent[0]["text"]


def test_sms_text_and_segments() -> None:
    assert (
        TEXT
        == "MAIL ADRESİNİZ : ismail.ozturk@meb.gov.tr ŞİFRENİZ : Kx7pQ2mZr9 OLARAK GÜNCELLENMİŞTİR"
    )
    size = sms.size(TEXT)
    assert size.encoding == "GSM7-TR" and size.segments == 1
    long_address = "a" * 60 + "@meb.gov.tr"
    assert sms.size(sms.password_text(long_address, "Kx7pQ2mZr9")).segments == 1
    assert sms.size("ş" * 80).segments == 2  # each Turkish letter costs an escape
    assert sms.size("😀" * 71) == sms.SmsSize(71, 2, "UCS2")
