#!/usr/bin/env bash
# Refresh the .ts catalogs from the sources and compile them to .qm.
# Run after changing user-visible strings; the .qm files are committed.
#   scripts/translations.sh                  # both catalogs
#   scripts/translations.sh customer_client  # one catalog
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
catalogs=("${@:-agent_desktop customer_client}")
for catalog in ${catalogs[*]}; do
  case "$catalog" in
    agent_desktop) langs="fi sv" ;;
    customer_client) langs="fi sv ru ckb" ;;
    *) echo "unknown catalog $catalog" >&2; exit 2 ;;
  esac
  sources=$(find "$catalog" client_core -name '*.py' | sort)
  for lang in $langs; do
    ts="resources/translations/${catalog}_${lang}.ts"
    $BIN/pyside6-lupdate $sources -ts "$ts" -no-obsolete -silent
    $BIN/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm" -silent
  done
done
