#!/usr/bin/env bash
# Set up (system packages, .venv) and run every test, headless.
# PostgreSQL and a PulseAudio null sink are started for the run and stopped after.
#
#   scripts/test.sh [--strict] [pytest arguments]
#
# --strict (or TEST_STRICT=1; .ci/run uses it): a real part that cannot start
# (PostgreSQL, PulseAudio, network namespaces, bundle builds, ...) fails the
# run instead of skipping its tests; see tests/realparts.py.
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
for arg in "$@"; do
  if [ "$arg" = "--strict" ]; then export TEST_STRICT=1; else args+=("$arg"); fi
done
strict="${TEST_STRICT:-0}"
[ "$strict" = "0" ] && strict=""

# A part that cannot start: fatal in strict mode, a warning (its tests skip) otherwise.
part_missing() {
  if [ -n "$strict" ]; then
    echo "tests: $1 [strict mode: stopping]" >&2
    exit 1
  fi
  echo "tests: $1; its tests will skip (scripts/test.sh --strict fails instead)" >&2
}

scripts/setup.sh

export QT_QPA_PLATFORM=offscreen
cleanup() {
  scripts/postgres.sh stop
  [ -n "${started_pulse:-}" ] && pulseaudio --kill 2>/dev/null || true
}
trap cleanup EXIT

mkdir -p var
if url=$(scripts/postgres.sh start 2>var/pg-error.log); then
  export TEST_POSTGRES_URL="$url"
  rm -f var/pg-error.log
else
  error=$(cat var/pg-error.log) && rm -f var/pg-error.log
  part_missing "PostgreSQL could not start ($error)"
fi

# Audio devices for QtMultimedia: a PulseAudio null sink (the speaker) and a
# virtual source on its monitor (the microphone), so a tone played comes back.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$PWD/var/pulse-runtime}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if ! command -v pulseaudio >/dev/null; then
  part_missing "PulseAudio is not installed"
elif ! pactl info >/dev/null 2>&1; then
  if pulseaudio --daemonize=yes --exit-idle-time=-1 -n --log-target=file:"$PWD/var/pulse.log" \
    --load="module-native-protocol-unix" \
    --load="module-null-sink sink_name=test_speaker" \
    --load="module-virtual-source source_name=test_mic master=test_speaker.monitor" 2>/dev/null; then
    started_pulse=1
  else
    part_missing "PulseAudio could not start (see var/pulse.log)"
  fi
fi

# The PyInstaller bundles are built and smoke-tested too (about a minute or two).
export RUN_BUNDLE_TESTS="${RUN_BUNDLE_TESTS:-1}"

.venv/bin/ruff check .
# Import contracts (pyproject.toml [tool.importlinter]); the report is printed only when one breaks.
if ! contracts=$(.venv/bin/lint-imports --no-cache 2>&1); then echo "$contracts"; exit 1; fi
.venv/bin/python -m pytest -p no:cacheprovider "${args[@]}"
