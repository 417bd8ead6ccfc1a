"""``search``: the people search, as text or JSON."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from mebposta_admin.cli.common import (
    EXIT_OK,
    _district_id,
    _open,
    _print_json,
    _sign_in,
    translate,
)


def _search(args: argparse.Namespace) -> int:
    from mebposta_admin.domain.search_query import MAX_QUERY_CHARS
    from mebposta_admin.domain.search_query import parse as parse_query
    from mebposta_admin.services import search as search_service
    from mebposta_admin.texts.labels import hint_text

    db = _open(args)
    try:
        identity = _sign_in(db, args)
        province = args.province
        district_id = None
        if args.district:
            district_id = _district_id(db, province or identity.province_code, args.district)
        filters = search_service.SearchFilters(
            province_code=province,
            district_id=district_id,
            institution_code=args.institution,
            mailbox_status=args.status,
        )
        page = search_service.search(db, identity, args.query, filters, limit=args.limit)
        total = search_service.count(db, identity, args.query, filters)
    finally:
        db.dispose()
    hint = hint_text(page.hint) if page.hint else None
    notes = [hint_text(n) for n in page.notes]
    if args.json:
        _print_json(
            {
                "query": args.query,
                "searched_for": parse_query(args.query).text,
                "truncated": "search.note_truncated" in page.notes,
                "max_query_chars": MAX_QUERY_CHARS,
                "notes": notes,
                "count": total.value,
                "count_exact": total.exact,
                "hint": hint,
                "results": [asdict(r) for r in page.rows],
            }
        )
        return EXIT_OK
    for note in notes:
        print(note, file=sys.stderr)
    if hint:
        print(hint)
        return EXIT_OK
    for r in page.rows:
        place = " / ".join(x for x in (r.province_name, r.district_name) if x)
        print(f"{r.tckn_masked}  {r.first_name} {r.last_name:<24} {r.address or '-':<36} {place}")
    shown = translate("Cli", "{shown} shown of {total}{more}.").format(
        shown=len(page.rows), total=total.value, more="" if total.exact else "+"
    )
    print(shown, file=sys.stderr)
    return EXIT_OK
