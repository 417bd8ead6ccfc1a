"""Run one SMS reissue in this process and kill it (SIGKILL) after a given step.

    python -m tests.support.reissue_crash DB_URL MAIL_DB_URL|- PERSON_ID STEP

Used by tests/services/test_reissue_crash.py: nothing of this process survives the kill (no
``finally``, no rollback, no flush), exactly as when the workstation loses power.
"""

from __future__ import annotations

import os
import signal
import sys

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.demo.sms import LocalGateway
from mebposta_admin.services import auth, reissue
from mebposta_admin.services.database import open_database


def main() -> None:
    db_url, mail_url, person_id, step = sys.argv[1:5]
    db = open_database(db_url)
    mail_db = open_database(mail_url) if mail_url != "-" else None

    def checkpoint(reached: str) -> None:
        if reached == step:
            print(f"killed after {reached}", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    identity = auth.authenticate(db, "yardim", DEMO_PASSWORD)
    reissue.reissue(
        db, identity, int(person_id), LocalGateway(), mail_db=mail_db, checkpoint=checkpoint
    )
    print("finished", flush=True)


if __name__ == "__main__":
    main()
