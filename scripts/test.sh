#!/usr/bin/env bash
# Set up (system packages, .venv) and run every test, headless.
# PostgreSQL and a PulseAudio null sink are started for the run and stopped after.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

export QT_QPA_PLATFORM=offscreen
if url=$(scripts/postgres.sh start 2>var-pg-error.log); then
  export TEST_POSTGRES_URL="$url"
  rm -f var-pg-error.log
else
  echo "tests: PostgreSQL could not start ($(cat var-pg-error.log)); its tests will skip" >&2
  rm -f var-pg-error.log
fi
# Audio devices for QtMultimedia: a PulseAudio null sink (the speaker) and a
# virtual source on its monitor (the microphone), so a tone played comes back.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$PWD/var/pulse-runtime}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if command -v pulseaudio >/dev/null && ! pactl info >/dev/null 2>&1; then
  pulseaudio --daemonize=yes --exit-idle-time=-1 -n --log-target=file:"$PWD/var/pulse.log" \
    --load="module-native-protocol-unix" \
    --load="module-null-sink sink_name=test_speaker" \
    --load="module-virtual-source source_name=test_mic master=test_speaker.monitor" 2>/dev/null \
    && started_pulse=1 || echo "tests: PulseAudio could not start; audio device tests will skip" >&2
fi
cleanup() {
  scripts/postgres.sh stop
  [ -n "${started_pulse:-}" ] && pulseaudio --kill 2>/dev/null || true
}
trap cleanup EXIT

# The PyInstaller bundles are built and smoke-tested too (about a minute or two).
export RUN_BUNDLE_TESTS="${RUN_BUNDLE_TESTS:-1}"

.venv/bin/ruff check .
# Import contracts (pyproject.toml [tool.importlinter]); the report is printed only when one breaks.
if ! contracts=$(.venv/bin/lint-imports --no-cache 2>&1); then echo "$contracts"; exit 1; fi
.venv/bin/python -m pytest -p no:cacheprovider "$@"
