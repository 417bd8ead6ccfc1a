"""Benchmark: reading an info-update export of N rows from Excel — openpyxl's read-only mode
beside python-calamine — time and peak memory, each reader in a fresh process. JSON.

    python benchmarks/excel_read.py [--rows 100000 200000] [--keep DIR]

The workbook is the form's ten columns as a real export holds them: TCKNs stored as numbers
(11 digits, leading digits intact), GSMs as text in mixed forms, a submission date as a real
date, Turkish names and institutions. Issue 11's target: 100 000 rows ≤ 30 s, memory flat as the
file grows.

Measured here (2 CPUs): openpyxl read-only 14.0 s / 32 MB at 100 000 rows, 29.0 s / 41 MB at
200 000 (flat); python-calamine 1.1 s / 118 MB and 2.2 s / 224 MB (it holds the whole sheet,
so memory grows with the file). The import uses openpyxl's read-only mode: within the time
target and flat; calamine is not a dependency (install it to see it measured beside).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

HEADER = [
    "Ad",
    "Soyad",
    "TC Kimlik No",
    "GSM",
    "E-posta",
    "Kurum/Birim Adı",
    "İl",
    "İlçe",
    "Kurum Kodu",
    "Açıklama",
    "Başvuru Tarihi",
]
FIRST = ["Ayşe", "Mehmet", "Zeynep", "Mustafa", "Elif", "Hüseyin", "Gülşen", "İsmail", "Özge"]
LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan"]
PLACES = [("Ankara", "Çankaya"), ("İstanbul", "Kadıköy"), ("İzmir", "Bornova"), ("Van", "İpekyolu")]

READER = r"""
import resource, sys, time
path, kind = sys.argv[1], sys.argv[2]
started = time.perf_counter()
rows = 0
if kind == "openpyxl":
    from openpyxl import load_workbook
    book = load_workbook(path, read_only=True, data_only=True)
    for row in book.active.iter_rows(values_only=True):
        rows += 1
    book.close()
else:
    from python_calamine import CalamineWorkbook
    book = CalamineWorkbook.from_path(path)
    sheet = book.get_sheet_by_index(0)
    for row in sheet.iter_rows():
        rows += 1
elapsed = time.perf_counter() - started
print(rows, round(elapsed, 2), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def write(path: Path, count: int) -> float:
    from openpyxl import Workbook

    started = time.perf_counter()
    rng = random.Random(count)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Talepler")
    sheet.append(HEADER)
    day = datetime(2026, 11, 2, 8, 30)
    for i in range(count):
        province, district = PLACES[i % len(PLACES)]
        tckn = 10_000_000_000 + rng.randrange(89_999_999_999)
        sheet.append(
            [
                rng.choice(FIRST),
                rng.choice(LAST),
                tckn,  # a number, as Excel keeps a TCKN typed into a cell
                rng.choice(["0532 {} {} {}", "+90532{}{}{}", "532{}{}{}"]).format(
                    rng.randrange(100, 999), rng.randrange(10, 99), rng.randrange(10, 99)
                ),
                f"kisi{i}@meb.gov.tr",
                f"{district} Anadolu Lisesi",
                province,
                district,
                str(700000 + i % 99999),
                "GSM numaram değişti, eski hattım kapandı.",
                day + timedelta(minutes=i % 20000),
            ]
        )
    book.save(path)
    return time.perf_counter() - started


def read(path: Path, kind: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", READER, str(path), kind], capture_output=True, text=True
    )
    if done.returncode != 0:  # python-calamine is measured only where it is installed
        return {"error": done.stderr.strip().splitlines()[-1]}
    out = done.stdout.split()
    return {"rows": int(out[0]), "seconds": float(out[1]), "peak_mb": int(out[2])}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 200_000])
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep the workbooks in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="mebposta-xlsx-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for count in args.rows:
        path = folder / f"requests-{count}.xlsx"
        written = write(path, count) if not path.exists() else 0.0
        results.append(
            {
                "rows": count,
                "file_mb": round(path.stat().st_size / 1e6, 1),
                "write_s": round(written, 1),
                "openpyxl_read_only": read(path, "openpyxl"),
                "python_calamine": read(path, "calamine"),
            }
        )
        if args.keep is None:
            path.unlink()
    print(json.dumps({"cpus": os.cpu_count(), "results": results}, indent=2))


if __name__ == "__main__":
    main()
