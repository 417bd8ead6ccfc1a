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


def file_sha256(path: Path) -> str:
    """The file's SHA-256, read in blocks (an import's key, an export's audited hash)."""
    import hashlib

    with Path(path).open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


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


PROCESS_READER_BYTES = 512 * 1024  # larger files are parsed in a reader process
BATCH_ROWS = 500
_END = "end"


def _rows_of(path: str) -> Iterator[tuple[Any, ...]]:
    """The first sheet's rows as values (formulas as their text: ``data_only=False``).
    Raises ExcelError for a file that cannot be read as a workbook."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except FileNotFoundError as exc:
        raise ExcelError("excel.missing_file", path=path) from exc
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ExcelError("excel.not_a_workbook", path=path) from exc
    try:
        if not book.worksheets:
            raise ExcelError("excel.no_header", path=path)
        # No max_row: without a <dimension> element openpyxl reads the whole sheet for it.
        yield from book.worksheets[0].iter_rows(values_only=True)
    finally:
        book.close()


def _reader_process(path: str, out: Any) -> None:
    """In the reader process: parse the sheet and send its rows in batches, then the end
    (or the error). The queue is bounded: the parser waits for the importer, so memory
    stays flat whatever the file's size."""
    try:
        batch: list[tuple[Any, ...]] = []
        for row in _rows_of(path):
            batch.append(row)
            if len(batch) >= BATCH_ROWS:
                out.put(("rows", batch))
                batch = []
        out.put(("rows", batch))
        out.put((_END, None))
    except ExcelError as exc:
        out.put(("error", exc.code))
    except BaseException as exc:  # noqa: BLE001 - reported to the importer, which raises
        out.put(("error", f"excel.not_a_workbook:{type(exc).__name__}"))


def _rows_in_process(path: str, cancel: CancelToken | None) -> Iterator[tuple[Any, ...]]:
    """Rows parsed by a reader process (openpyxl's parsing is most of an import's time; in
    a process of its own it overlaps the checking and storing: a 100 000-row file imports
    in about the time of its parsing). Spawned, never forked: the GUI's threads and Qt
    state stay out of it. Stopped when the iterator is closed (cancel, error, end)."""
    import multiprocessing
    import queue as queue_module

    context = multiprocessing.get_context("spawn")
    out = context.Queue(maxsize=8)
    reader = context.Process(target=_reader_process, args=(path, out), daemon=True)
    reader.start()
    try:
        while True:
            try:
                kind, payload = out.get(timeout=1.0)
            except queue_module.Empty:
                if cancel is not None:
                    check_cancel(cancel)
                if not reader.is_alive() and out.empty():
                    raise ExcelError("excel.not_a_workbook", path=path) from None
                continue
            if kind == _END:
                return
            if kind == "error":
                code = str(payload).split(":", 1)[0]
                raise ExcelError(code, path=path)
            yield from payload
    finally:
        if reader.is_alive():
            reader.terminate()
        reader.join(timeout=5)
        out.close()


def open_table(
    path: Path,
    synonyms: Mapping[str, Sequence[str]],
    required: Sequence[str],
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    in_process: bool | None = None,
) -> Table:
    """The first sheet's header row (within the first rows) and an iterator of its data rows.
    Raises :class:`ExcelError` for a file that is not a workbook, has no header row, or lacks
    a required column. ``in_process``: parse in a reader process (default: for files over
    :data:`PROCESS_READER_BYTES`)."""
    name = str(path)
    if in_process is None:
        try:
            in_process = Path(path).stat().st_size > PROCESS_READER_BYTES
        except OSError:
            in_process = False
    source = _rows_in_process(name, cancel) if in_process else _rows_of(name)
    wanted = {header_key(s): field for field, words in synonyms.items() for s in words}
    header_at, columns = 0, {}
    headers: tuple[str, ...] = ()
    try:
        for number in range(1, HEADER_SEARCH_ROWS + 1):
            try:
                values = list(next(source))
            except StopIteration:
                break
            found: dict[str, int] = {}
            for index, value in enumerate(values):
                field = wanted.get(header_key(value))
                if field is not None and field not in found:
                    found[field] = index
            if len(found) >= min(3, len(required) or 1):
                header_at, columns = number, found
                headers = tuple("" if v is None else str(v) for v in values)
                break
        if not header_at:
            raise ExcelError("excel.no_header", path=name)
        missing = [field for field in required if field not in columns]
        if missing:
            raise ExcelError("excel.missing_columns", columns=", ".join(missing))
    except BaseException:
        _close(source)
        raise

    def data() -> Iterator[SheetRow]:
        try:
            for offset, cells in enumerate(source, start=header_at + 1):
                if cancel is not None and offset % 500 == 0:
                    check_cancel(cancel)
                raw = tuple(cells)
                if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw):
                    continue
                picked = {}
                for field, index in columns.items():
                    picked[field] = _cell(raw[index] if index < len(raw) else None)
                if offset % 2000 == 0:
                    progress(offset, 0, "rows")  # the total is unknown until the end
                yield SheetRow(offset, picked, raw)
        finally:
            _close(source)

    return Table(header_at, columns, headers, data())


def _close(source: Iterator[Any]) -> None:
    close = getattr(source, "close", None)
    if close is not None:
        close()


def _cell(value: Any) -> Cell:
    """Read with ``data_only=False``: a formula cell's value is its formula text (``=…``),
    never its cached result; a text that starts with "=" is treated the same (Excel would
    run it as a formula when the cell is edited)."""
    if value is None:
        return Cell("")
    if isinstance(value, str) and value.startswith("="):
        return Cell(value, formula=True)
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
