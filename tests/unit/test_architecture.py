"""House rules that keep the layers apart (style.md)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "mebposta_admin"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_layers_never_import_qt() -> None:
    offenders = []
    for layer in ("services", "models", "domain"):
        for path in (PACKAGE / layer).rglob("*.py"):
            if _imports(path) & {"PySide6", "shiboken6"}:
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_core_layers_never_import_ui() -> None:
    offenders = []
    for layer in ("services", "models", "domain"):
        for path in (PACKAGE / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "mebposta_admin.ui"
                ):
                    offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_widgets_run_no_sql_or_http() -> None:
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        imported = _imports(path)
        if imported & {"requests", "sqlalchemy", "sqlite3", "psycopg"}:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_no_fstring_inside_tr() -> None:
    """Translate first, then format: an f-string in tr() can never match the catalogue."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("tr", "translate")
                and any(isinstance(arg, ast.JoinedStr) for arg in node.args)
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
