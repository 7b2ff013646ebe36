#!/usr/bin/env bash
# Build the Linux one-folder bundles of both programs with one command:
#
#   packaging/build_linux.sh            # -> dist/linux/agent-desktop/, dist/linux/customer-client/
#   packaging/build_linux.sh --smoke    # ... then run each bundle with --smoke-test offscreen
#   packaging/build_linux.sh --tar      # ... and pack each bundle as a .tar.gz
#
# Environment: PYTHON (default .venv/bin/python), DIST_DIR, WORK_DIR, APPS
# (space separated subset of "agent_desktop customer_client").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST_DIR="${DIST_DIR:-$ROOT/dist/linux}"
WORK_DIR="${WORK_DIR:-$ROOT/build/pyinstaller}"
APPS="${APPS:-agent_desktop customer_client}"
SMOKE=0
TAR=0
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=1 ;;
    --tar) TAR=1 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

# PyInstaller is a build tool, not a run-time dependency: install it on demand.
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
fi

cd "$ROOT"
for app in $APPS; do
  start=$(date +%s)
  "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$WORK_DIR/$app" \
    "packaging/pyinstaller/$app.spec"
  echo "built $app in $(( $(date +%s) - start )) s"
done

for app in $APPS; do
  exe_name="${app//_/-}"
  if [[ $SMOKE == 1 ]]; then
    "$PYTHON" packaging/smoke_test.py --call --no-server-code "$DIST_DIR/$exe_name/$exe_name"
  fi
  if [[ $TAR == 1 ]]; then
    version="$("$PYTHON" -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
    tar -C "$DIST_DIR" -czf "$DIST_DIR/$exe_name-$version-linux-$(uname -m).tar.gz" "$exe_name"
  fi
done
echo "bundles in $DIST_DIR"
