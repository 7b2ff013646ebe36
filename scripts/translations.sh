#!/usr/bin/env bash
# Refresh the .ts catalogs from the sources and compile them to .qm.
# Run after changing user-visible strings; the .qm files are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
for catalog in agent_desktop customer_client; do
  sources=$(find "$catalog" client_core -name '*.py' | sort)
  for lang in fi sv ru ckb; do
    ts="resources/translations/${catalog}_${lang}.ts"
    [ "$catalog" = agent_desktop ] && [ "$lang" != fi ] && [ "$lang" != sv ] && continue
    $BIN/pyside6-lupdate $sources -ts "$ts" -no-obsolete -silent
    $BIN/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm" -silent
  done
done
