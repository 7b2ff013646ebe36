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
trap 'scripts/postgres.sh stop' EXIT

.venv/bin/ruff check .
.venv/bin/python -m pytest -p no:cacheprovider "$@"
