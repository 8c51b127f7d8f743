#!/usr/bin/env bash
# Build the one-folder app: dist/stakeholder-map/stakeholder-map (run from anywhere).
#
#   packaging/build.sh                  # uses .venv (created when missing)
#   PYTHON=/path/to/python packaging/build.sh   # uses that interpreter's environment
#   DIST=/tmp/out WORK=/tmp/work packaging/build.sh
#
# Idempotent: reinstalls nothing that is already there, and replaces the previous bundle.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

if [ -z "${PYTHON:-}" ]; then
    [ -x .venv/bin/python ] || python3 -m venv .venv
    PYTHON=.venv/bin/python
fi
DIST="${DIST:-$ROOT/dist}"
WORK="${WORK:-$ROOT/build/pyinstaller}"

# The app and PyInstaller (the 'package' extra); skipped when both import already.
if ! "$PYTHON" -c "import PyInstaller, PySide6, networkx, stakeholder_map" 2>/dev/null; then
    "$PYTHON" -m pip install -q -e '.[package]'
fi

"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/stakeholder-map.spec

APP="$DIST/stakeholder-map/stakeholder-map"
"$APP" --version
echo "built $APP ($(du -sh "$DIST/stakeholder-map" | cut -f1))"
