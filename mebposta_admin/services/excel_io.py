"""Excel files in and out, the one way: a streaming reader that finds the header row in either
language and any column order, and a writer that never turns outside text into a formula.

Reading uses openpyxl's read-only mode (benchmarks/excel_read.py: 100 000 form rows in 14 s with
flat memory, where python-calamine held the whole sheet). Cells come back as text the form
check reads: an 11-digit TCKN stored as a number keeps its digits (``10000000146.0`` →
``10000000146``), a date cell becomes ISO text, a formula is reported, never evaluated or
trusted (its cached value may be stale or forged).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from mebposta_admin.domain.folding import fold
from mebposta_admin.errors import AppError
from mebposta_admin.services.tasks import CancelToken, ProgressFn, no_progress
from mebposta_admin.services.tasks import check as check_cancel

HEADER_SEARCH_ROWS = 10  # the header may follow a title block
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what Excel's XML cannot hold


class ExcelError(AppError):
    """The file cannot be imported at all (nothing was imported)."""


@dataclass(frozen=True)
class Cell:
    text: str
    formula: bool = False


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number Excel shows
    cells: dict[str, Cell]  # field name → cell (only the columns found)
    raw: tuple[Any, ...]  # the row as read, for the report


def header_key(text: Any) -> str:
    """``"T.C. Kimlik No"`` → ``"t c kimlik no"``: folded, punctuation as spaces."""
    folded = fold(str(text or ""))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())


@dataclass(frozen=True)
class Table:
    header_row: int
    columns: dict[str, int]  # field → 0-based column index
    headers: tuple[str, ...]  # the header row's texts
    rows: Iterator[SheetRow]


def open_table(
    path: Path,
    synonyms: Mapping[str, Sequence[str]],
    required: Sequence[str],
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> Table:
    """The first sheet's header row (within the first rows) and an iterator of its data rows.
    Raises :class:`ExcelError` for a file that is not a workbook, has no header row, or lacks
    a required column."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    wanted = {header_key(s): name for name, words in synonyms.items() for s in words}
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except FileNotFoundError as exc:
        raise ExcelError("excel.missing_file", path=str(path)) from exc
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ExcelError("excel.not_a_workbook", path=str(path)) from exc
    sheet = book.worksheets[0] if book.worksheets else None
    if sheet is None:
        book.close()
        raise ExcelError("excel.no_header", path=str(path))
    total = sheet.max_row or 0
    rows = sheet.iter_rows()
    header_at, columns = 0, {}
    headers: tuple[str, ...] = ()
    for number in range(1, HEADER_SEARCH_ROWS + 1):
        try:
            cells = next(rows)
        except StopIteration:
            break
        values = [c.value for c in cells]
        found = {}
        for index, value in enumerate(values):
            name = wanted.get(header_key(value))
            if name is not None and name not in found:
                found[name] = index
        if len(found) >= min(3, len(required) or 1):
            header_at, columns = number, found
            headers = tuple("" if v is None else str(v) for v in values)
            break
    if not header_at:
        book.close()
        raise ExcelError("excel.no_header", path=str(path))
    missing = [name for name in required if name not in columns]
    if missing:
        book.close()
        raise ExcelError("excel.missing_columns", columns=", ".join(missing))

    def data() -> Iterator[SheetRow]:
        try:
            for offset, cells in enumerate(rows, start=header_at + 1):
                if cancel is not None and offset % 500 == 0:
                    check_cancel(cancel)
                raw = tuple(c.value for c in cells)
                if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw):
                    continue
                picked = {}
                for name, index in columns.items():
                    cell = cells[index] if index < len(cells) else None
                    picked[name] = _cell(cell)
                if offset % 2000 == 0:
                    progress(offset, total, "rows")
                yield SheetRow(offset, picked, raw)
        finally:
            book.close()

    return Table(header_at, columns, headers, data())


def _cell(cell: Any) -> Cell:
    if cell is None or cell.value is None:
        return Cell("")
    value = cell.value
    if getattr(cell, "data_type", None) == "f" or (
        isinstance(value, str) and value.startswith("=")
    ):
        return Cell(str(value), formula=True)
    return Cell(cell_text(value))


def cell_text(value: Any) -> str:
    """A cell's value as the text a person typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


# ------------------------------------------------------------------------------ writing
def safe_text(value: Any) -> str:
    return _ILLEGAL.sub("", cell_text(value))


def write_rows(
    path: Path, sheet_title: str, headers: Sequence[str], rows: Iterator[Sequence[Any]]
) -> int:
    """A workbook of one sheet: a bold, frozen, filtered header row; every value written as
    text (never a formula, whatever it starts with). Returns the rows written."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    head = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=safe_text(text))
        cell.data_type = "s"
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    count = 0
    widths = [max(10, len(str(h)) + 2) for h in headers]
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            text = safe_text(value)
            cell = WriteOnlyCell(sheet, value=text)
            cell.data_type = "s"  # a text that starts with "=" stays text
            cells.append(cell)
            if index < len(widths) and count < 200:
                widths[index] = min(60, max(widths[index], len(text) + 2))
        sheet.append(cells)
        count += 1
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    book.save(path)
    return count
