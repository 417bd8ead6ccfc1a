"""The demo's SMS gateway: nothing leaves the machine."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from mebposta_admin.services.sms_gateway import SmsReceipt, mask_password


@dataclass
class LocalGateway:
    """The demo's gateway: nothing leaves the machine. It keeps each message with the password
    masked and hands the full text once to ``show_once`` (the demo administrator's screen)."""

    name: str = "local"
    sent: list[dict[str, str]] = field(default_factory=list)
    show_once: Callable[[str, str], None] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def send(self, number: str, text: str) -> SmsReceipt:
        with self._lock:
            # Unique across runs and processes, like a real gateway's job ids (a counter
            # restarted at 1 in every CLI run and made every demo job "LOCAL-000001").
            job = f"LOCAL-{uuid.uuid4().hex[:16].upper()}"  # ascii hex
            self.sent.append({"job_id": job, "number": number, "text": mask_password(text)})
        if self.show_once is not None:
            self.show_once(number, text)
        return SmsReceipt(job_id=job, gateway=self.name)
