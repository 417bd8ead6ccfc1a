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


def _from_imports(path: Path) -> set[str]:
    """Every module a file imports, in full (``import a.b`` and ``from a.b import c``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_ui_never_imports_the_model_layer() -> None:
    """Widgets reach data through services only (style.md)."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "ui").rglob("*.py")
        if any(m.startswith("mebposta_admin.models") for m in _from_imports(path))
    ]
    assert offenders == []


def test_no_service_imports_demo_code_or_reads_the_environment() -> None:
    """The real-or-demo choice is made once, in mebposta_admin.adapters; services get what
    was chosen and read no environment variables (the front ends do)."""
    offenders = []
    for path in (PACKAGE / "services").rglob("*.py"):
        modules = _from_imports(path)
        if any(m.startswith("mebposta_admin.demo") for m in modules):
            offenders.append(f"{path.name}: imports demo code")
        source = path.read_text(encoding="utf-8")
        if "os.environ" in source or "getenv(" in source:
            offenders.append(f"{path.name}: reads the environment")
    assert offenders == []


CASE_CALLS = ("lower", "upper", "casefold", "title", "capitalize", "swapcase")


def test_case_changes_only_in_turkish_folding_or_marked_ascii() -> None:
    """``"İ".lower()`` and ``"ı".upper()`` are wrong for Turkish: names go through
    domain.folding. Elsewhere a case change is allowed only on text known to be ASCII, and the
    line says so with ``# ascii``."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).as_posix() == "domain/folding.py":
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in CASE_CALLS
                and not node.args
            ):
                end = getattr(node, "end_lineno", node.lineno) or node.lineno
                if not any("# ascii" in lines[n - 1] for n in range(node.lineno, end + 1)):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_audit_actions_are_the_enum() -> None:
    """Every ``action=`` given to the audit layer is an AuditAction member, never a literal."""
    offenders = []
    for path in (PACKAGE / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if (
                        keyword.arg == "action"
                        and isinstance(keyword.value, ast.Constant)
                        and isinstance(keyword.value.value, str)
                    ):
                        offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_only_auth_creates_an_identity() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).as_posix() == "services/auth.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name | ast.Attribute)
                and (getattr(node.func, "id", None) or getattr(node.func, "attr", None))
                == "AdminIdentity"
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_plurals_use_n_not_parenthesised_s() -> None:
    """Qt plurals ("%n kişi") translate; "kişi(ler)" and "result(s)" do not."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                numerus = "%n" in node.value or "%Ln" in node.value  # tr(text, "", n) forms
                if not numerus and any(m in node.value for m in ("(s)", "(ler)", "(lar)")):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_shared_texts_are_qt_neutral_and_the_cli_needs_no_widgets() -> None:
    """Error sentences and value names live in mebposta_admin.texts, which both front ends
    use: it never imports Qt, and the CLI never imports the GUI package to say something."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "texts").rglob("*.py")
        if _imports(path) & {"PySide6", "shiboken6"}
    ]
    offenders += [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "cli").rglob("*.py")
        if any(m.startswith("mebposta_admin.ui") for m in _from_imports(path))
    ]
    assert offenders == []


def test_services_say_codes_not_sentences() -> None:
    """Services raise error codes; only the front ends (and texts) turn them into words."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for layer in ("services", "models", "domain")
        for path in (PACKAGE / layer).rglob("*.py")
        if any(m.startswith("mebposta_admin.texts") for m in _from_imports(path))
    ]
    assert offenders == []
