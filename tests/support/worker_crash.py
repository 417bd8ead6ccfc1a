"""Run the server's SMS worker for one queued request and kill it (SIGKILL) after a step.

    python -m tests.support.worker_crash DB_URL STEP SMS_FILE

Used by tests/integration/test_dovecot.py: nothing of this process survives the kill, exactly
as when the server loses power. The local gateway stands in for Netgsm and writes the SMS
text to SMS_FILE — the caller's phone, which the test reads.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from mebposta_admin.demo.sms import LocalGateway
from mebposta_admin.services import sms_worker
from mebposta_admin.services.database import open_database


def main() -> None:
    db_url, step, sms_file = sys.argv[1:4]
    db = open_database(db_url)

    def phone(_number: str, text: str) -> None:
        Path(sms_file).write_text(text, encoding="utf-8")

    def checkpoint(reached: str) -> None:
        if reached == step:
            print(f"killed after {reached}", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    taken = sms_worker.run_once(db, LocalGateway(show_once=phone), checkpoint=checkpoint)
    print(f"finished {taken}", flush=True)


if __name__ == "__main__":
    main()
