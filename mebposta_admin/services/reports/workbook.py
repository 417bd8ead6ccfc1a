"""The one way reports are written to Excel: XlsxWriter in constant-memory mode (rows stream
to disk; 2x openpyxl's write-only mode on the same rows, measured — benchmarks/audit_export.py),
in the house style every report shares:

* a header block: the title, the filters, who exported and when, the application's version
  and the state of the audit chain's last verification;
* a bold, frozen header row with an autofilter, widths from the headings and the first rows;
* real Excel dates in Turkey's time zone; numbers as numbers;
* every text written as a string, never a formula, whatever it starts with (``=``, ``+``,
  ``-``, ``@``, a tab); characters Excel's XML cannot hold replaced by a visible mark;
  over-long values cut with a mark;
* document properties naming the exporter;
* the file appears whole or not at all: written beside it, renamed at the end (a cancel or a
  crash leaves no half-written file).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from mebposta_admin.domain.business_calendar import ISTANBUL

ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ILLEGAL_MARK = "\ufffd"  # shown where a character Excel cannot hold was
MAX_CELL = 32_767  # Excel's limit
CUT_MARK = " … ✂"
MAX_WIDTH = 60
EPOCH = datetime(1899, 12, 30)  # Excel's day 0 in the 1900 date system
DAY = timedelta(days=1)


def clean_text(value: Any) -> str:
    """A cell's text: illegal characters marked, cut with a mark to what Excel holds."""
    text = "" if value is None else str(value)
    if text.isprintable() and len(text) <= MAX_CELL:
        return text  # the common case, checked in C: no control character, not too long
    text = ILLEGAL.sub(ILLEGAL_MARK, text)
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - len(CUT_MARK)] + CUT_MARK
    return text


@dataclass(frozen=True)
class Column:
    heading: str
    kind: str = "text"  # text | datetime | date | int | percent
    width: int = 0  # 0: from the heading and the first rows


class ReportBook:
    """A workbook being written. Use as a context manager: on an exception (a cancel) the
    partial file is removed and nothing appears at ``path``."""

    def __init__(
        self,
        path: Path,
        *,
        title: str,
        exporter: str,
        header: Sequence[tuple[str, str]],
        app_version: str,
    ) -> None:
        import xlsxwriter

        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".part")
        self.title = title
        self.header = list(header)
        self.book = xlsxwriter.Workbook(
            str(self.partial),
            {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
        )
        self.book.set_properties(
            {
                "title": title,
                "author": exporter,
                "company": "T.C. Millî Eğitim Bakanlığı",
                "comments": f"mebposta_admin {app_version}",
                "created": datetime.now(),
            }
        )
        self.bold = self.book.add_format({"bold": True})
        self.title_format = self.book.add_format({"bold": True, "font_size": 14})
        self.head_format = self.book.add_format(
            {"bold": True, "bg_color": "#DDE4EE", "border": 1, "text_wrap": True}
        )
        self.moment = self.book.add_format({"num_format": "dd.mm.yyyy hh:mm:ss"})
        self.day = self.book.add_format({"num_format": "dd.mm.yyyy"})
        self.percent = self.book.add_format({"num_format": "0.0%"})
        self.closed = False

    def __enter__(self) -> ReportBook:
        return self

    def __exit__(self, kind: object, _exc: object, _tb: object) -> None:
        if kind is None:
            self.close()
        else:
            self.discard()

    def sheet(self, name: str, columns: Sequence[Column]) -> Sheet:
        return Sheet(self, name, columns)

    def close(self) -> None:
        if not self.closed:
            self.book.close()
            self.closed = True
            self.partial.replace(self.path)

    def discard(self) -> None:
        if not self.closed:
            with contextlib.suppress(Exception):  # the partial file goes anyway
                self.book.close()
            self.closed = True
        self.partial.unlink(missing_ok=True)


class Sheet:
    """One sheet: the header block, the heading row (frozen, filtered), then the rows."""

    def __init__(self, book: ReportBook, name: str, columns: Sequence[Column]) -> None:
        self.book = book
        self.columns = list(columns)
        self.ws = book.book.add_worksheet(clean_text(name)[:31])
        ws = self.ws
        ws.write_string(0, 0, clean_text(book.title), book.title_format)
        row = 1
        for label, value in book.header:
            ws.write_string(row, 0, clean_text(label), book.bold)
            ws.write_string(row, 1, clean_text(value))
            row += 1
        self.heading_row = row + 1
        for col, column in enumerate(self.columns):
            ws.write_string(self.heading_row, col, clean_text(column.heading), book.head_format)
            width = column.width or max(12, min(MAX_WIDTH, len(column.heading) + 4))
            if column.kind == "datetime":
                width = max(width, 19)
            ws.set_column(col, col, width)
        longest = max((len(label) for label, _ in book.header), default=0)
        first = self.columns[0] if self.columns else Column("")
        ws.set_column(0, 0, max(first.width or 0, longest + 2, len(first.heading) + 4, 12))
        ws.freeze_panes(self.heading_row + 1, 0)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)  # printed (or made a PDF): as wide as one page
        ws.repeat_rows(self.heading_row)
        self.next_row = self.heading_row + 1
        self.rows = 0

    def row(self, values: Sequence[Any]) -> None:
        ws, book, r = self.ws, self.book, self.next_row
        for col, (column, value) in enumerate(zip(self.columns, values, strict=False)):
            if value is None or value == "":
                continue
            if column.kind == "datetime" and isinstance(value, datetime):
                local = value.astimezone(ISTANBUL).replace(tzinfo=None) if value.tzinfo else value
                # Excel's serial day number (what write_datetime computes, without its checks)
                ws.write_number(r, col, (local - EPOCH) / DAY, book.moment)
            elif column.kind == "date" and isinstance(value, date):
                ws.write_datetime(r, col, datetime(value.year, value.month, value.day), book.day)
            elif column.kind == "int" and isinstance(value, int | float):
                ws.write_number(r, col, value)
            elif column.kind == "percent" and isinstance(value, int | float):
                ws.write_number(r, col, value, book.percent)
            else:
                ws.write_string(r, col, clean_text(value))  # never a formula
        self.next_row += 1
        self.rows += 1

    def finish(self) -> None:
        """The autofilter over the heading row and the rows written."""
        if self.columns:
            self.ws.autofilter(
                self.heading_row, 0, self.heading_row + max(self.rows, 1), len(self.columns) - 1
            )
