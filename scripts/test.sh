#!/usr/bin/env bash
# Sets everything up (Debian packages as root, virtualenv, Python packages, translations) and
# runs the whole test suite: lint, type checks, and pytest against real SQLite and a private
# PostgreSQL server that the tests start themselves. The PyInstaller bundle is built and
# checked too (set MEBPOSTA_TEST_BUNDLE=0 to skip it while developing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" --test
cd "$ROOT"
VENV="${MEBPOSTA_VENV:-$ROOT/.venv}"
export QT_QPA_PLATFORM=offscreen
export MEBPOSTA_TEST_BUNDLE="${MEBPOSTA_TEST_BUNDLE:-1}"

echo "==> ruff"
"$VENV/bin/ruff" check mebposta_admin tests benchmarks scripts
"$VENV/bin/ruff" format --check mebposta_admin tests benchmarks scripts
echo "==> mypy (strict: domain, models, services, texts, demo, adapters; loose: tests, GUI, CLI)"
"$VENV/bin/mypy"
"$VENV/bin/mypy" tests benchmarks scripts
# One pytest-xdist worker per core (at most 4; MEBPOSTA_TEST_WORKERS=N to choose, 0 for none).
# Whole files go to one worker (--dist loadfile): a file's module fixtures are built once.
WORKERS="${MEBPOSTA_TEST_WORKERS:-$(n=$(nproc); echo $((n > 4 ? 4 : n)))}"
echo "==> pytest ($WORKERS workers)"
set +e
"$VENV/bin/python" -m pytest -n "$WORKERS" --dist loadfile "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
  echo "pytest collected no tests" >&2
  exit 1
fi
exit "$status"
