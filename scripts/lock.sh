#!/usr/bin/env bash
# Refreshes requirements/app.lock and requirements/test.lock from pyproject.toml with pip-tools:
# every package pinned with its hashes. Run after changing a dependency, commit both files.
#   ./scripts/lock.sh            keep the pins that still fit
#   ./scripts/lock.sh --upgrade  move every pin to the newest release that fits
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MEBPOSTA_VENV:-$ROOT/.venv}"
"$VENV/bin/python" -m pip install -q pip-tools
cd "$ROOT"
common=(--quiet --strip-extras --generate-hashes --allow-unsafe --no-emit-index-url
  --no-emit-find-links "$@")
"$VENV/bin/pip-compile" "${common[@]}" -o requirements/app.lock pyproject.toml
"$VENV/bin/pip-compile" "${common[@]}" --extra test -o requirements/test.lock pyproject.toml
echo "requirements/app.lock and requirements/test.lock written"
