#!/usr/bin/env bash
# Sets everything up and opens MEB Posta Yönetim on the embedded demo database.
# The demo database is created (with synthetic staff) in your user data folder on first use.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    echo "No screen found: running on a virtual screen (Xvfb)." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$ROOT/.venv/bin/mebposta-admin" --demo "$@"
  fi
  echo "No screen found (DISPLAY is not set): run this on a desktop session." >&2
  exit 1
fi
exec "$ROOT/.venv/bin/mebposta-admin" --demo "$@"
