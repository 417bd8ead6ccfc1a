#!/usr/bin/env bash
# Prepares this checkout on Debian/Ubuntu: the Debian packages the app (and, with --test, the
# tests) need when run as root, a virtualenv in .venv, the Python packages, and the compiled
# translations. Safe to run again: it only does what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MEBPOSTA_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"
WITH_TESTS=0
[ "${1:-}" = "--test" ] && WITH_TESTS=1

# Qt's runtime libraries and a font (PySide6 ships none: without one every letter is a box).
APP_DEBS=(libegl1 libgl1 libglx0 libopengl0 libfontconfig1 libfreetype6 libxkbcommon0
  libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core libx11-xcb1 libxcb-cursor0
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1)
# The tests run against a real PostgreSQL server; Xvfb serves screenshots of real windows.
# Dovecot (IMAP, SQLite and PostgreSQL drivers) for the mail-server tests; openssl for their
# certificate. PgBouncer and fail2ban: the deployment guide's guard against password guessing.
TEST_DEBS=(postgresql xvfb dovecot-imapd dovecot-sqlite dovecot-pgsql openssl pgbouncer fail2ban)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

missing_debs() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_debs() {
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian system: install Qt's runtime libraries yourself"; return; }
  local missing
  missing=$(missing_debs "$@")
  if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
    missing="$missing python3-venv"
  fi
  [ -z "${missing// /}" ] && return
  if [ "$(id -u)" = 0 ]; then
    say "Installing Debian packages:" $missing
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    say "Missing Debian packages (run as root or: sudo apt-get install$missing)" >&2
  fi
}

"$PYTHON" - <<'PY' || { echo "Python 3.11 or newer is needed (set PYTHON=...)" >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY

if [ "$WITH_TESTS" = 1 ]; then install_debs "${APP_DEBS[@]}" "${TEST_DEBS[@]}"; else install_debs "${APP_DEBS[@]}"; fi

if [ ! -x "$VENV/bin/python" ]; then
  say "Creating the virtualenv $VENV"
  "$PYTHON" -m venv "$VENV"
fi

# The exact, hash-checked dependency set of requirements/*.lock (refresh: scripts/lock.sh),
# then the application itself without touching it.
lock="$ROOT/requirements/app.lock"
[ "$WITH_TESTS" = 1 ] && lock="$ROOT/requirements/test.lock"
stamp="$VENV/.mebposta-installed-$(basename "$lock")"
wanted="$(cat "$ROOT/pyproject.toml" "$ROOT/setup.py" "$lock" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  say "Installing Python packages (requirements/$(basename "$lock"))"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q --require-hashes -r "$lock"
  "$VENV/bin/python" -m pip install -q --no-deps --no-build-isolation -e "$ROOT"
  echo "$wanted" >"$stamp"
fi

say "Compiling translations"
for ts in "$ROOT"/translations/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
