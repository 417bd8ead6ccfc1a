"""A real local HTTP server speaking the help-desk portal's feed contract and MEBBİS's personnel
contract (design.md §4), with faults on demand. Used by the tests and benchmarks/requests.py."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

TOKEN = "portal-test-token"


@dataclass
class PortalServer:
    items: list[Any] = field(default_factory=list)
    tickets: list[Any] = field(default_factory=list)  # the ticket feed's items
    page_size: int = 3
    personnel: dict[str, Any] = field(default_factory=dict)
    faults: list[str] = field(
        default_factory=list
    )  # next answers: "500", "slow", "garbage", "repeat"
    token: str = TOKEN
    delay: float = 0.0
    requests: list[str] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> PortalServer:
        portal = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:
                pass

            def do_GET(self) -> None:
                portal.requests.append(self.path)
                if self.headers.get("Authorization") != f"Bearer {portal.token}":
                    return self._send(401, {"error": "unauthorized"})
                fault = portal.faults.pop(0) if portal.faults else None
                if fault == "500":
                    return self._send(500, {"error": "boom"})
                if fault == "slow":
                    time.sleep(2.0)
                if fault == "garbage":
                    return self._raw(200, b"<html>not json")
                if portal.delay:
                    time.sleep(portal.delay)
                parts = urlsplit(self.path)
                if parts.path in ("/api/v1/info-update-requests", "/api/v1/tickets"):
                    items = portal.items if "info-update" in parts.path else portal.tickets
                    since = parse_qs(parts.query).get("since", ["0"])[0]
                    start = int(since) if since.isdigit() else 0
                    page = items[start : start + portal.page_size]
                    following = start + len(page)
                    if fault == "repeat":  # the page again with the two items before it
                        page = items[max(0, start - 2) : following]
                    return self._send(200, {"items": page, "next": str(following)})
                if parts.path.startswith("/api/v1/personnel/"):
                    tckn = parts.path.rsplit("/", 1)[1]
                    if tckn in portal.personnel:
                        return self._send(200, portal.personnel[tckn])
                    return self._send(404, {"error": "not found"})
                return self._send(404, {"error": "no such path"})

            def _send(self, status: int, body: Any) -> None:
                self._raw(status, json.dumps(body, ensure_ascii=False).encode())

            def _raw(self, status: int, data: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


def item(n: int, tckn: str, **fields: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "id": f"P-{n:06d}",
        "submitted_at": "2026-12-01T09:00:00+03:00",
        "first_name": "Ayşe",
        "last_name": "Yılmaz",
        "tckn": tckn,
        "gsm": "0532 999 88 77",
        "email": "ayse.yilmaz@meb.gov.tr",
        "institution_name": "Çankaya İlkokulu",
        "province": "Ankara",
        "district": "Çankaya",
        "institution_code": "123456",
        "note": "Yeni hattım",
    }
    values.update(fields)
    return {k: v for k, v in values.items() if v is not ...}
