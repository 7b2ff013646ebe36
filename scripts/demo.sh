#!/usr/bin/env bash
# Set up (system packages, .venv) and run the demo: hub + agent desktop + customer client.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/python scripts/demo.py "$@"
