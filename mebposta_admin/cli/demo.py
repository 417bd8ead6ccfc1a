"""``demo seed``: the demo database."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from mebposta_admin.cli.common import (
    EXIT_OK,
    _open,
    _print_json,
    translate,
)


def _demo(args: argparse.Namespace) -> int:
    from mebposta_admin.demo import seed as demo_seed

    db = _open(args)
    try:

        def progress(done: int, total: int, stage: str) -> None:
            if sys.stderr.isatty() and stage == "people":
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        people = demo_seed.DEFAULT_DEMO_PEOPLE if args.people is None else args.people
        summary = demo_seed.seed(db, people, rng_seed=args.seed, progress=progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        db.dispose()
    if args.json:
        _print_json(asdict(summary))
    else:
        print(
            translate(
                "Cli",
                "Demo data written: {people} people, {mailboxes} mailboxes, "
                "{aliases} old addresses, {institutions} institutions in {seconds} s.",
            ).format(
                people=summary.people,
                mailboxes=summary.mailboxes,
                aliases=summary.aliases,
                institutions=summary.institutions,
                seconds=round(summary.seconds, 1),
            )
        )
    return EXIT_OK
